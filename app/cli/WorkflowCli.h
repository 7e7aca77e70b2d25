#pragma once

#include "CliContext.h"
#include "governance/DecisionLogService.h"
#include "governance/WorkflowService.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonObject>
#include <QTextStream>

#include <optional>

// Shared by the workflow, decision-log and user verbs and by `show`: argument
// resolution and how workflow state, sign-offs and the decision log are printed.
namespace charter::cli {

// The single SYSTEM positional argument (an id or an exact name) as a system id.
std::optional<qint64> systemArgument(CliContext &context, RegisterService &service,
                                     const QCommandLineParser &parser, int *exitCode);

// A person of the directory by id or exact name (InvalidInput when none or several).
Result<qint64> resolvePerson(RegisterService &service, const QString &idOrName);

// "YYYY-MM-DD", or an invalid date for anything else.
QDate parseIsoDate(const QString &text);

// Names of every person the directory has, by id (for printing ids in diffs).
QHash<qint64, QString> personNames(RegisterService &service);

QJsonObject workflowJson(const WorkflowStatus &status);
QJsonObject decisionLogJson(const DecisionLogView &log);
QJsonObject signOffStatusJson(const SignOffStatus &status, bool withContent);

void writeWorkflowText(QTextStream &out, const WorkflowStatus &status, const QHash<qint64, QString> &people);
void writeDecisionLogText(QTextStream &out, const DecisionLogView &log, const QHash<qint64, QString> &people);
// One change per line: "    dataSecurity.dataResidency: "EU" -> "EU and US"  (material)".
void writeChanges(QTextStream &out, const QList<FieldChange> &changes, const QHash<qint64, QString> &people,
                  const QString &indent);

// Adds "workflow" and "decisionLog" to the JSON of `show`, or prints their sections
// after its text. Returns 0, or the exit code after printing the error.
int addWorkflowToShowJson(CliContext &context, RegisterService &service, qint64 systemId, QJsonObject &object);
int writeWorkflowToShowText(CliContext &context, RegisterService &service, qint64 systemId);

} // namespace charter::cli
