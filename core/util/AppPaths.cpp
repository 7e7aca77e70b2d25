#include "AppPaths.h"

#include <QCoreApplication>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace charter {

void initApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(u"charter.io"_s);
    QCoreApplication::setApplicationName(u"charter"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(CHARTER_VERSION));
}

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/charter.db"_s;
}

QString logDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/logs"_s;
}

} // namespace charter
