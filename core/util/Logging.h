#pragma once

#include <QString>

namespace charter {

// Sends spdlog (and Qt's own qDebug/qWarning messages) to a rotating file in
// logDirectory() and, when VERBOSE, to stderr as well. Safe to call once per process;
// if the log folder cannot be created, logging falls back to stderr only.
void setupLogging(const QString &programName, bool verbose);

} // namespace charter
