#include "UiSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

const QString VersionKey = u"ui/settingsVersion"_s;
const QString GeometryKey = u"mainWindow/geometry"_s;
const QString StateKey = u"mainWindow/state"_s;
const QString SplitterKey = u"mainWindow/detailSplitter"_s;
const QString HeaderKey = u"registry/headerState"_s;

QByteArray readBytes(const QString &key)
{
    return QSettings().value(key).toByteArray();
}

void writeBytes(const QString &key, const QByteArray &value)
{
    QSettings().setValue(key, value);
}

} // namespace

void UiSettings::migrate()
{
    QSettings settings;
    const int stored = settings.value(VersionKey, 0).toInt();
    if (stored == Version)
        return;
    if (stored > Version) // written by a newer Charter: leave its values alone
        return;
    // Version 0 had no window state worth keeping.
    settings.setValue(VersionKey, Version);
}

QByteArray UiSettings::mainWindowGeometry()
{
    return readBytes(GeometryKey);
}

void UiSettings::setMainWindowGeometry(const QByteArray &value)
{
    writeBytes(GeometryKey, value);
}

QByteArray UiSettings::mainWindowState()
{
    return readBytes(StateKey);
}

void UiSettings::setMainWindowState(const QByteArray &value)
{
    writeBytes(StateKey, value);
}

QByteArray UiSettings::detailSplitterState()
{
    return readBytes(SplitterKey);
}

void UiSettings::setDetailSplitterState(const QByteArray &value)
{
    writeBytes(SplitterKey, value);
}

QByteArray UiSettings::registryHeaderState()
{
    return readBytes(HeaderKey);
}

void UiSettings::setRegistryHeaderState(const QByteArray &value)
{
    writeBytes(HeaderKey, value);
}

} // namespace charter
