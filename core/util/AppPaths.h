#pragma once

#include <QString>

namespace charter {

// Reverse-DNS application id, used for the desktop file, metainfo, icons and data paths.
inline constexpr char ApplicationId[] = "io.charter.Charter";

// Sets the application and organisation names that QStandardPaths and QSettings use.
// Call once in every main() before anything reads a path.
void initApplicationIdentity();

// QStandardPaths::AppDataLocation/charter.db: the database used when none is named.
QString defaultDatabasePath();

// Where the rotating log files live (AppDataLocation/logs).
QString logDirectory();

} // namespace charter
