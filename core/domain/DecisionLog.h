#pragma once

#include "Enums.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace charter {

// A person overruling the system's output: what the AI recommended, what the human
// decided and why.
struct Override {
    qint64 id = 0;
    qint64 systemId = 0;
    QDateTime occurredAt;
    QDateTime recordedAt;
    QString recordedBy; // login
    QString decision;   // the decision boundary it concerned; empty = not said
    QString recommended;
    QString decided;
    QString reason;

    bool operator==(const Override &) const = default;
};

// Something that went wrong with a system, who it was escalated to and how fast they
// acknowledged it, against the response-time target of the escalation path in force
// when it was recorded.
struct Incident {
    qint64 id = 0;
    qint64 systemId = 0;
    QDateTime occurredAt;
    QDateTime recordedAt;
    QString recordedBy; // login
    Severity severity = Severity::Medium;
    QString what;
    qint64 escalatedToId = 0;          // person; 0 = nobody named
    int targetMinutes = -1;            // response-time target; -1 = none defined (a gap)
    int acknowledgedAfterMinutes = -1; // -1 = not acknowledged (yet)

    bool operator==(const Incident &) const = default;
};

} // namespace charter
