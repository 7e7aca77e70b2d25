#include "UiSettings.h"

#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

const QString VersionKey = u"ui/settingsVersion"_s;
const QString GeometryKey = u"mainWindow/geometry"_s;
const QString StateKey = u"mainWindow/state"_s;
const QString SplitterKey = u"mainWindow/detailSplitter"_s;
const QString HeaderKey = u"registry/headerState"_s;
const QString LastDatabaseKey = u"files/lastDatabase"_s;
const QString RecentKey = u"files/recentDatabases"_s;
const QString ViewsKey = u"registry/savedViews"_s;
const QString ImportDirectoryKey = u"files/lastImportDirectory"_s;
const QString ExportFileKey = u"files/lastExportFile"_s;
const QString ExportBomKey = u"files/exportUtf8Bom"_s;
const QString LanguageKey = u"ui/language"_s;

// Keys inside one saved view.
const QString ViewNameKey = u"name"_s;
const QString ViewTextKey = u"filterText"_s;
const QString ViewQuickKey = u"quickFilters"_s;
const QString ViewSortColumnKey = u"sortColumn"_s;
const QString ViewSortOrderKey = u"sortOrder"_s;
const QString ViewHeaderKey = u"headerState"_s;

QByteArray readBytes(const QString &key)
{
    return QSettings().value(key).toByteArray();
}

void writeBytes(const QString &key, const QByteArray &value)
{
    QSettings().setValue(key, value);
}

// Recent entries are compared as the file system would.
QString normalised(const QString &location)
{
    if (location.isEmpty() || Database::isServerLocation(location))
        return location;
    return QDir::cleanPath(QFileInfo(location).absoluteFilePath());
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

QString UiSettings::lastDatabase()
{
    return QSettings().value(LastDatabaseKey).toString();
}

void UiSettings::setLastDatabase(const QString &location)
{
    // A server location may carry a password: never stored.
    if (Database::isServerLocation(location))
        return;
    QSettings().setValue(LastDatabaseKey, normalised(location));
}

QString UiSettings::startupDatabase(const QString &defaultLocation)
{
    const QString last = lastDatabase();
    if (!last.isEmpty() && QFileInfo(last).isFile())
        return last;
    return defaultLocation;
}

QStringList UiSettings::recentDatabases()
{
    QStringList list = QSettings().value(RecentKey).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    return list.mid(0, MaxRecentDatabases);
}

void UiSettings::setRecentDatabases(const QStringList &locations)
{
    QStringList list;
    for (const QString &location : locations) {
        const QString path = normalised(location);
        if (!path.isEmpty() && !Database::isServerLocation(path) && !list.contains(path))
            list << path;
    }
    QSettings().setValue(RecentKey, list.mid(0, MaxRecentDatabases));
}

void UiSettings::addRecentDatabase(const QString &location)
{
    if (location.isEmpty() || Database::isServerLocation(location))
        return;
    QStringList list = recentDatabases();
    const QString path = normalised(location);
    list.removeAll(path);
    list.prepend(path);
    setRecentDatabases(list);
}

void UiSettings::removeRecentDatabase(const QString &location)
{
    QStringList list = recentDatabases();
    list.removeAll(normalised(location));
    list.removeAll(location);
    setRecentDatabases(list);
}

QList<SavedView> UiSettings::savedViews()
{
    QSettings settings;
    QList<SavedView> views;
    const int count = settings.beginReadArray(ViewsKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        SavedView view;
        view.name = settings.value(ViewNameKey).toString().trimmed();
        if (view.name.isEmpty())
            continue;
        view.filter = RegistryFilter::quickFiltersFromString(settings.value(ViewQuickKey).toString());
        view.filter.text = settings.value(ViewTextKey).toString();
        view.sortColumn = settings.value(ViewSortColumnKey, 0).toInt();
        view.sortOrder = settings.value(ViewSortOrderKey).toInt() == int(Qt::DescendingOrder)
            ? Qt::DescendingOrder
            : Qt::AscendingOrder;
        view.headerState = settings.value(ViewHeaderKey).toByteArray();
        if (indexOfView(views, view.name) < 0)
            views << view;
    }
    settings.endArray();
    return views;
}

void UiSettings::setSavedViews(const QList<SavedView> &views)
{
    QSettings settings;
    settings.remove(ViewsKey);
    settings.beginWriteArray(ViewsKey, int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        const SavedView &view = views.at(i);
        settings.setArrayIndex(i);
        settings.setValue(ViewNameKey, view.name);
        settings.setValue(ViewTextKey, view.filter.text);
        settings.setValue(ViewQuickKey, view.filter.quickFiltersToString());
        settings.setValue(ViewSortColumnKey, view.sortColumn);
        settings.setValue(ViewSortOrderKey, int(view.sortOrder));
        settings.setValue(ViewHeaderKey, view.headerState);
    }
    settings.endArray();
}

QString UiSettings::lastImportDirectory()
{
    return QSettings().value(ImportDirectoryKey).toString();
}

void UiSettings::setLastImportDirectory(const QString &directory)
{
    QSettings().setValue(ImportDirectoryKey, directory);
}

QString UiSettings::lastExportFile()
{
    return QSettings().value(ExportFileKey).toString();
}

void UiSettings::setLastExportFile(const QString &path)
{
    QSettings().setValue(ExportFileKey, path);
}

bool UiSettings::exportUtf8Bom()
{
    return QSettings().value(ExportBomKey, true).toBool();
}

void UiSettings::setExportUtf8Bom(bool bom)
{
    QSettings().setValue(ExportBomKey, bom);
}

QString UiSettings::language()
{
    return QSettings().value(LanguageKey).toString();
}

void UiSettings::setLanguage(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(LanguageKey);
    else
        QSettings().setValue(LanguageKey, language);
}

} // namespace charter
