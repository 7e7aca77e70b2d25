#pragma once

#include <QStringList>
#include <QTextStream>

namespace charter::cli {

// Runs charter-cli with ARGUMENTS (argv without the program name). Output meant for
// machines goes to OUT, diagnostics to ERR. Returns the process exit code from
// DESIGN.md: 0 ok, 1 usage, 2 invalid input, 3 verification failed, 4 not permitted,
// 5 conflict, 6 database unavailable.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

// True when the verb in ARGUMENTS draws (pack: fonts for the PDF and its charts), so
// main() must create a QGuiApplication instead of a QCoreApplication.
bool needsGuiApplication(const QStringList &arguments);

} // namespace charter::cli
