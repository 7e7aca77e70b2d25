#pragma once

#include "registry/SavedView.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace charter {

// The window's remembered state, typed, with every key and default in one place
// (QSettings underneath, in the application's settings file). Never holds secrets:
// database locations are stored without passwords (server locations are not stored).
class UiSettings
{
public:
    // Bumped when a key changes meaning; older values are dropped by migrate().
    static constexpr int Version = 1;
    static void migrate();

    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &value);
    static QByteArray mainWindowState();
    static void setMainWindowState(const QByteArray &value);
    static QByteArray detailSplitterState();
    static void setDetailSplitterState(const QByteArray &value);
    static QByteArray registryHeaderState();
    static void setRegistryHeaderState(const QByteArray &value);

    // The database shown when Charter last closed; opened again on start.
    static QString lastDatabase();
    static void setLastDatabase(const QString &location);
    // What to open on start without --db: the last database while its file exists,
    // else DEFAULTLOCATION.
    static QString startupDatabase(const QString &defaultLocation);

    // File > Open Recent: most recent first, at most MaxRecentDatabases, no duplicates.
    static constexpr int MaxRecentDatabases = 8;
    static QStringList recentDatabases();
    static void setRecentDatabases(const QStringList &locations);
    // Puts LOCATION first (file paths only; server locations may carry credentials).
    static void addRecentDatabase(const QString &location);
    static void removeRecentDatabase(const QString &location);

    // Registry views saved by name.
    static QList<SavedView> savedViews();
    static void setSavedViews(const QList<SavedView> &views);

    // Where the last import came from and the last export went.
    static QString lastImportDirectory();
    static void setLastImportDirectory(const QString &directory);
    static QString lastExportFile();
    static void setLastExportFile(const QString &path);
    static bool exportUtf8Bom(); // default true: Excel reads UTF-8 only with it
    static void setExportUtf8Bom(bool bom);

    // Edit > Preferences: the language of the user interface as a language name
    // ("en", "de", "fr"); empty means the system's. Read once at start.
    static QString language();
    static void setLanguage(const QString &language);
};

} // namespace charter
