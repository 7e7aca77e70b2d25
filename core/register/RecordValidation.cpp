#include "RecordValidation.h"

#include "governance/Completeness.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::RecordValidation", text);
}

bool looksLikeEmail(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.indexOf(u'@');
    return at > 0 && at == trimmed.lastIndexOf(u'@') && at < trimmed.size() - 1
        && !trimmed.contains(u' ');
}

} // namespace

QList<FieldProblem> validateSystem(const AiSystem &system)
{
    QList<FieldProblem> problems;
    if (isUnansweredText(system.name))
        problems.append({fieldkey::Name, -1, tr("Enter a name: every system in the register needs one.")});
    for (qsizetype i = 0; i < system.escalation.size(); ++i) {
        if (system.escalation.at(i).responseMinutes < -1) {
            problems.append({fieldkey::EscalationResponseMinutes, int(i),
                             tr("Step %1: the response time must be 0 minutes or more, or unknown.")
                                 .arg(i + 1)});
        }
    }
    if (system.vendorId > 0 && system.vendorUnknown)
        problems.append({fieldkey::Vendor, -1, tr("Choose a vendor or mark the vendor unknown, not both.")});
    return problems;
}

QList<FieldProblem> validatePerson(const Person &person)
{
    QList<FieldProblem> problems;
    if (isUnansweredText(person.name))
        problems.append({fieldkey::Name, -1, tr("Enter the person's name.")});
    if (!person.email.trimmed().isEmpty() && !looksLikeEmail(person.email))
        problems.append({fieldkey::Email, -1,
                         tr("\"%1\" is not an e-mail address (name@example.org).").arg(person.email.trimmed())});
    return problems;
}

QList<FieldProblem> validateVendor(const Vendor &vendor)
{
    QList<FieldProblem> problems;
    if (isUnansweredText(vendor.name))
        problems.append({fieldkey::Name, -1, tr("Enter the vendor's name.")});
    if (vendor.deprecationNoticeDays < -1)
        problems.append({fieldkey::DeprecationNoticeDays, -1,
                         tr("The deprecation notice must be 0 days or more, or unknown.")});
    return problems;
}

QString describeProblems(const QList<FieldProblem> &problems)
{
    QStringList messages;
    for (const FieldProblem &problem : problems)
        messages << problem.message;
    return messages.join(u' ');
}

} // namespace charter
