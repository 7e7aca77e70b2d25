#include "KeychainCredentialStore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

const QString ServiceName = u"Charter"_s;

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::KeychainCredentialStore", text);
}

// Runs JOB to the end; its error as Charter's.
Status run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false); // never a plain-text copy
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    switch (job.error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
        return {};
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return makeError(ErrorCode::NotPermitted,
                         tr("The system keychain refused access (%1), so Charter cannot remember the "
                            "password. Type it each time, or keep it in ~/.pgpass or a service file "
                            "as libpq does.").arg(job.errorString()));
    default: // no keychain service running (no D-Bus session, no Secret Service), or its error
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("The system keychain is not available (%1), so Charter cannot remember the "
                            "password. Type it each time, or keep it in ~/.pgpass or a service file "
                            "as libpq does.").arg(job.errorString()));
    }
}

} // namespace

Result<QString> KeychainCredentialStore::password(const QString &account)
{
    QKeychain::ReadPasswordJob job(ServiceName);
    job.setKey(account);
    if (Status status = run(job); !status)
        return status.error();
    return job.error() == QKeychain::EntryNotFound ? QString() : job.textData();
}

Status KeychainCredentialStore::storePassword(const QString &account, const QString &password)
{
    QKeychain::WritePasswordJob job(ServiceName);
    job.setKey(account);
    job.setTextData(password);
    return run(job);
}

Status KeychainCredentialStore::forgetPassword(const QString &account)
{
    QKeychain::DeletePasswordJob job(ServiceName);
    job.setKey(account);
    return run(job);
}

} // namespace charter
