#pragma once

#include <QStringList>

namespace charter {

// The shared databases the connection dialog offers again, most recent first, in
// QSettings. Only the redacted connection string is kept (ConnectionString::redacted):
// a password typed into the location never reaches the settings file; remembered
// passwords live in the CredentialStore.
class ConnectionHistory {
public:
    static constexpr int MaxEntries = 8;
    static QStringList recent();
    // Puts LOCATION (redacted here) first.
    static void add(const QString &location);
    static void remove(const QString &location);
};

} // namespace charter
