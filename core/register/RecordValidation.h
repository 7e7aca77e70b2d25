#pragma once

#include "domain/AiSystem.h"
#include "domain/Person.h"
#include "domain/Vendor.h"

#include <QLatin1String>
#include <QList>
#include <QString>

namespace charter {

// One reason a record cannot be stored as it is: which field (a stable key named like
// the JSON field, e.g. "name", "escalation.response_minutes"), which row of a list
// (-1 for a plain field), and a translated sentence that says what to do.
//
// Validation is about records that would be wrong, not incomplete: an unknown answer is
// a gap that counts as risk, never a validation error. Pure functions, thread-safe.
struct FieldProblem {
    QString field;
    int row = -1;
    QString message;

    bool operator==(const FieldProblem &) const = default;
};

namespace fieldkey {
inline constexpr QLatin1String Name("name");
inline constexpr QLatin1String Email("email");
inline constexpr QLatin1String EscalationResponseMinutes("escalation.response_minutes");
inline constexpr QLatin1String DeprecationNoticeDays("deprecation_notice_days");
inline constexpr QLatin1String Vendor("vendor");
} // namespace fieldkey

// A system edited by hand: it needs a name, response-time targets are minutes (or -1
// for unknown), and a vendor cannot be both named and unknown.
QList<FieldProblem> validateSystem(const AiSystem &system);
// A directory entry needs a name; an e-mail address, when given, must look like one.
QList<FieldProblem> validatePerson(const Person &person);
// A vendor profile needs a name; the deprecation notice is days (or -1 for unknown).
QList<FieldProblem> validateVendor(const Vendor &vendor);

// The problems joined into one message, e.g. for the command line or an error bar.
QString describeProblems(const QList<FieldProblem> &problems);

} // namespace charter
