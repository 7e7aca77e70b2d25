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

} // namespace charter::cli
