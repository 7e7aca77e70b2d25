#pragma once

#include "util/Result.h"

#include <QHash>
#include <QString>

namespace charter {

// Where the GUI keeps the passwords of shared (PostgreSQL) databases the user asked it
// to remember: the operating system's keychain (KeychainCredentialStore), never
// QSettings, never a log. Passwords are filed under the database's account name, the
// connection string without any password (ConnectionString::redacted), so the
// connection dialog finds one again from what it shows and stores. libpq's own
// conventions (.pgpass, the service file) need no entry here at all.
// Threading: UI thread only.
class CredentialStore {
public:
    virtual ~CredentialStore() = default;

    // The account a password for LOCATION is filed under (no password in it).
    static QString accountFor(const QString &location);

    // The stored password, or an empty string when none is stored. An error when the
    // store itself cannot be reached (no keychain service), with a message that says so.
    virtual Result<QString> password(const QString &account) = 0;
    virtual Status storePassword(const QString &account, const QString &password) = 0;
    // Removes the entry; fine when there was none.
    virtual Status forgetPassword(const QString &account) = 0;
};

// Keeps passwords in memory only: for tests, which have no keychain service. Can
// pretend to be unreachable, to exercise the dialog's fallback.
class MemoryCredentialStore : public CredentialStore {
public:
    Result<QString> password(const QString &account) override;
    Status storePassword(const QString &account, const QString &password) override;
    Status forgetPassword(const QString &account) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    const QHash<QString, QString> &entries() const { return m_entries; }

private:
    Status unavailableError() const;

    QHash<QString, QString> m_entries;
    bool m_unavailable = false;
};

} // namespace charter
