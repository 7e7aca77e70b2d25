#include "CredentialStore.h"

#include "storage/ConnectionString.h"

#include <QCoreApplication>

namespace charter {

QString CredentialStore::accountFor(const QString &location)
{
    return ConnectionString::redacted(location.trimmed());
}

Result<QString> MemoryCredentialStore::password(const QString &account)
{
    if (m_unavailable)
        return unavailableError().error();
    return m_entries.value(account);
}

Status MemoryCredentialStore::storePassword(const QString &account, const QString &password)
{
    if (m_unavailable)
        return unavailableError();
    m_entries.insert(account, password);
    return {};
}

Status MemoryCredentialStore::forgetPassword(const QString &account)
{
    if (m_unavailable)
        return unavailableError();
    m_entries.remove(account);
    return {};
}

Status MemoryCredentialStore::unavailableError() const
{
    return makeError(ErrorCode::DatabaseUnavailable,
                     QCoreApplication::translate("charter::CredentialStore",
                                                 "The system keychain is not available."));
}

} // namespace charter
