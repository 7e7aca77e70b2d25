#pragma once

#include <QStringList>

namespace charter::cli {

class CliContext;

// One function per verb; each parses its own options (every verb has --help) and
// returns the process exit code.
int runInit(CliContext &context, const QStringList &args);
int runDemo(CliContext &context, const QStringList &args);
int runList(CliContext &context, const QStringList &args);
int runShow(CliContext &context, const QStringList &args);
int runRisk(CliContext &context, const QStringList &args);
int runCheck(CliContext &context, const QStringList &args);
int runImport(CliContext &context, const QStringList &args);
int runExport(CliContext &context, const QStringList &args);
// Approval workflow, decision log and accounts (WorkflowVerbs.cpp, DecisionLogVerbs.cpp,
// UserVerbs.cpp).
int runSubmit(CliContext &context, const QStringList &args);
int runReview(CliContext &context, const QStringList &args);
int runSign(CliContext &context, const QStringList &args);
int runSuspend(CliContext &context, const QStringList &args);
int runReinstate(CliContext &context, const QStringList &args);
int runRetire(CliContext &context, const QStringList &args);
int runSignoffs(CliContext &context, const QStringList &args);
int runInbox(CliContext &context, const QStringList &args);
int runOverride(CliContext &context, const QStringList &args);
int runIncident(CliContext &context, const QStringList &args);
int runUsers(CliContext &context, const QStringList &args);
// Tamper-evident audit trail (AuditVerbs.cpp).
int runAudit(CliContext &context, const QStringList &args);
int runVerify(CliContext &context, const QStringList &args);
int runTreehead(CliContext &context, const QStringList &args);
// Shared (PostgreSQL) database administration (AdminVerbs.cpp).
int runAdmin(CliContext &context, const QStringList &args);
// Copying a database to another location (MigrateVerbs.cpp).
int runMigrate(CliContext &context, const QStringList &args);
// Changing one field of a system, version-checked (SetVerb.cpp).
int runSet(CliContext &context, const QStringList &args);
// Review meetings, the decision register and the re-review calendar (MeetingVerbs.cpp).
int runMeeting(CliContext &context, const QStringList &args);
int runDecisions(CliContext &context, const QStringList &args);
int runCalendar(CliContext &context, const QStringList &args);
// Board pack as PDF, HTML or Markdown (PackVerbs.cpp).
int runPack(CliContext &context, const QStringList &args);

} // namespace charter::cli
