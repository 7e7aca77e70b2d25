#pragma once

#include "Enums.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace charter {

// One decision the system touches and how far it may influence it.
struct DecisionBoundary {
    QString decision;
    InfluenceLevel influence = InfluenceLevel::Unknown;
    QString humanIntervention;    // when a human must step in; empty = unknown
    QString failureHandling;      // how failures are handled; empty = unknown
    QString uncertaintyReporting; // what uncertainty the system reports; empty = unknown

    bool operator==(const DecisionBoundary &) const = default;
};

// One step of the escalation path for a severity; steps are ordered within a severity.
struct EscalationStep {
    Severity severity = Severity::High;
    qint64 personId = 0; // 0 = nobody named (a gap)
    QString channel;     // "phone", "pager", "email", "ticket"...; empty = unknown
    int responseMinutes = -1; // response-time target; -1 = unknown

    bool operator==(const EscalationStep &) const = default;
};

// The ownership roles DESIGN.md names; each is a person from the directory (0 = nobody).
struct Ownership {
    qint64 accountableOwnerId = 0; // answers for outcomes
    qint64 businessOwnerId = 0;    // uses the output and decides on it
    qint64 technicalOwnerId = 0;   // maintains it
    qint64 supportOwnerId = 0;     // supports it when it fails
    qint64 itContactId = 0;

    bool operator==(const Ownership &) const = default;
};

struct DataSecurity {
    Answer personalData = Answer::Unknown;
    Answer productionData = Answer::Unknown;
    Answer safetyRelated = Answer::Unknown;
    QString dataResidency; // empty = unknown
    QString accessScope;   // empty = unknown
    Answer externalProcessing = Answer::Unknown;
    Answer cloudConnectivity = Answer::Unknown;
    QString credentialHandling; // empty = unknown
    QString integrations;       // existing systems it is wired into; empty = unknown

    bool operator==(const DataSecurity &) const = default;
};

struct SupportModel {
    Maintainer maintainer = Maintainer::Unknown;
    QString updatePolicy;    // how updates are handled; empty = unknown
    QString issueEscalation; // how issues are escalated; empty = unknown

    bool operator==(const SupportModel &) const = default;
};

struct RegulatoryClassification {
    EuAiActCategory euAiActCategory = EuAiActCategory::Unknown;
    EuAiActRole euAiActRole = EuAiActRole::Unknown;
    Answer usOmbHighImpact = Answer::Unknown;

    bool operator==(const RegulatoryClassification &) const = default;
};

// One AI system in the register: everything IT asks before it can say yes.
struct AiSystem {
    qint64 id = 0; // 0 until stored
    QString name;
    QString purpose;
    QString businessUnit;
    Lifecycle lifecycle = Lifecycle::Unknown;
    DeploymentModel deploymentModel = DeploymentModel::Unknown;
    QString externalReference; // the organisation's own id, e.g. from a spreadsheet

    Ownership ownership;
    QList<DecisionBoundary> boundaries;
    QList<EscalationStep> escalation; // ordered by severity, then position
    DataSecurity data;
    qint64 vendorId = 0; // 0 = built in-house or vendor unknown (see vendorUnknown)
    bool vendorUnknown = false; // true when it is not known whether a vendor is involved
    SupportModel support;
    RegulatoryClassification regulatory;
    QDate nextReview; // invalid = none scheduled

    // Problems found when this record was imported (e.g. "no name in the file"),
    // kept so they stay visible as gaps until someone fixes them.
    QStringList importNotes;

    int version = 0; // optimistic-concurrency version, bumped by every update
    QDateTime createdAt;
    QDateTime updatedAt;

    bool operator==(const AiSystem &) const = default;
};

} // namespace charter
