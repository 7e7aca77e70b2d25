#include "ConnectionHistory.h"

#include "storage/ConnectionString.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

const QString RecentKey = u"connections/recentServers"_s;

} // namespace

QStringList ConnectionHistory::recent()
{
    QStringList list = QSettings().value(RecentKey).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    return list.mid(0, MaxEntries);
}

void ConnectionHistory::add(const QString &location)
{
    const QString redacted = ConnectionString::redacted(location.trimmed());
    if (redacted.isEmpty())
        return;
    QStringList list = recent();
    list.removeAll(redacted);
    list.prepend(redacted);
    QSettings().setValue(RecentKey, list.mid(0, MaxEntries));
}

void ConnectionHistory::remove(const QString &location)
{
    QStringList list = recent();
    list.removeAll(ConnectionString::redacted(location.trimmed()));
    QSettings().setValue(RecentKey, list);
}

} // namespace charter
