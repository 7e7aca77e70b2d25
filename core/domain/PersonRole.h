#pragma once

#include "Enums.h"

#include <QString>

namespace charter {

// One place a person is named in the register: a role on a system, or a step of its
// escalation path ("what is Raj responsible for?").
struct PersonRole {
    enum class Kind { AccountableOwner, BusinessOwner, TechnicalOwner, SupportOwner, ItContact, Escalation };

    qint64 systemId = 0;
    QString systemName;
    Kind kind = Kind::AccountableOwner;
    Severity severity = Severity::High; // escalation steps only

    bool operator==(const PersonRole &) const = default;
};

} // namespace charter
