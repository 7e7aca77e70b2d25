#pragma once

#include "Policy.h"
#include "domain/SignOff.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace charter {

// Hex SHA-256 of CONTENT (canonicalBytes of a system): what a sign-off is bound to.
QString contentSha256(const QByteArray &content);

// Every difference between two canonical contents of a system, as field paths in
// document order ("ownership.accountableOwnerId", "boundaries[1].influence"). An
// element added to or removed from a list shows as one change with null on the
// missing side. Empty when the contents are equal. BEFORE may be empty (nothing).
QList<FieldChange> diffContent(const QByteArray &before, const QByteArray &after);

// Material fields: ownership, decision boundaries, data and security, vendor
// (vendorId, vendorUnknown) and regulatory classification. A change there makes a
// sign-off stale and an approval need re-approval. Everything else (name, purpose,
// escalation contacts, support notes, next review date...) is shown in diffs but
// keeps them current.
bool isMaterialPath(QStringView path);
QStringList materialSections();
QList<FieldChange> materialOnly(const QList<FieldChange> &changes);
// "ownership.accountableOwnerId, dataSecurity.dataResidency" (at most LIMIT paths, then "…").
QString changedPaths(const QList<FieldChange> &changes, int limit = 6);

// One sign-off measured against the system's current content.
struct SignOffStatus {
    SignOff signOff;
    bool current = false;       // no material change since signing
    QList<FieldChange> changes; // every change since signing (material and not)

    bool operator==(const SignOffStatus &) const = default;
};

// How far the current review cycle is towards approval, for one kind of sign-off.
struct SignOffRequirement {
    SignOffKind kind = SignOffKind::ItReview;
    int required = 0;
    QStringList signers;      // logins with a current sign-off of this kind
    QStringList staleSigners; // logins whose sign-off went stale: re-sign required

    int present() const { return int(signers.size()); }
    bool met() const { return present() >= required; }
    bool operator==(const SignOffRequirement &) const = default;
};

struct SignOffEvaluation {
    int cycle = 0;
    RiskTier tier = RiskTier::Low;
    RequiredSignOffs required;
    // The latest sign-off of each signer and kind in this cycle, in signing order.
    QList<SignOffStatus> signOffs;
    // One per kind the tier needs, in kind order.
    QList<SignOffRequirement> requirements;

    bool complete() const;
    // Plain sentences for what is still missing, e.g. "Governance board: 1 of 2 current
    // (stale, re-sign required: ravi.menon)". Empty when complete.
    QStringList missing() const;
};

// Evaluates the sign-offs of one review cycle (SIGNOFFS: all sign-offs of the system
// in that cycle, oldest first) against the system's CURRENT content and what TIER
// needs. Board sign-offs count once per person.
SignOffEvaluation evaluateSignOffs(const QList<SignOff> &signOffs, const QByteArray &currentContent,
                                   RiskTier tier, const RequiredSignOffs &required, int cycle);

} // namespace charter
