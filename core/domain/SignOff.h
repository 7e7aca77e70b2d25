#pragma once

#include "Enums.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace charter {

// The signatures a review collects; how many of each a tier needs is policy data
// (Policy::requiredSignOffs).
enum class SignOffKind { ItReview, Ownership, Board };
template <>
std::span<const EnumEntry<SignOffKind>> enumEntries<SignOffKind>();

// One signature, bound to the exact content it approved: the canonical bytes of the
// system (canonicalBytes) and their SHA-256. Sign-offs are never updated; signing
// again adds a newer one that replaces the signer's earlier one of the same kind.
struct SignOff {
    qint64 id = 0;
    qint64 systemId = 0;
    int cycle = 0;
    SignOffKind kind = SignOffKind::ItReview;
    QString signer;           // login
    qint64 signerPersonId = 0; // the signer's person at the time; 0 = none
    QDateTime signedAt;
    QString reason;
    QString contentSha256;    // hex SHA-256 of content
    QByteArray content;       // canonicalBytes(system) when signed
    RiskTier tier = RiskTier::Low;
    int policyVersion = 0;

    bool operator==(const SignOff &) const = default;
};

// One difference between two versions of a system's canonical content, e.g.
// "dataSecurity.dataResidency": "EU" -> "EU and US". Values are JSON (null = unknown
// or absent). Material changes (ownership, decision boundaries, data and security,
// vendor, regulatory classification) make sign-offs stale and approvals need
// re-approval; other changes are shown but keep them current.
struct FieldChange {
    QString path;
    QJsonValue before;
    QJsonValue after;
    bool material = false;

    bool operator==(const FieldChange &) const = default;
};

} // namespace charter
