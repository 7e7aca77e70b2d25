#include "RecentDatabasesMenu.h"

#include "UiSettings.h"
#include "connection/ConnectionHistory.h"
#include "storage/ConnectionString.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

// "charter – shared database on db.example.org"; the redacted location as a fallback.
QString sharedEntryText(const QString &location)
{
    Result<ConnectionString> parsed = ConnectionString::parse(location);
    if (!parsed)
        return location;
    QString name = parsed->database();
    if (name.isEmpty())
        name = parsed->value(u"service"_s);
    if (name.isEmpty())
        return parsed->displayText();
    const QString host = parsed->host();
    return host.isEmpty() ? RecentDatabasesMenu::tr("%1 – shared database").arg(name)
                          : RecentDatabasesMenu::tr("%1 – shared database on %2").arg(name, host);
}

} // namespace

RecentDatabasesMenu::RecentDatabasesMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    setObjectName(u"recentMenu"_s);
    connect(this, &QMenu::aboutToShow, this, &RecentDatabasesMenu::rebuild);
    rebuild();
}

void RecentDatabasesMenu::rebuild()
{
    const QList<QAction *> old = actions();
    for (QAction *action : old) {
        removeAction(action);
        action->deleteLater();
    }
    const QStringList recent = UiSettings::recentDatabases();
    bool anyMissing = false;
    int number = 0;
    for (const QString &location : recent) {
        ++number;
        const QFileInfo info(location);
        const bool missing = !info.exists();
        anyMissing = anyMissing || missing;
        // "&1 register.db – /home/ana/Documents"; the number is the keyboard accelerator.
        QString text = tr("%1 – %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        text.replace(u'&', u"&&"_s);
        if (number < 10)
            text = u"&%1 "_s.arg(number) + text;
        if (missing)
            text = tr("%1 (missing)").arg(text);
        QAction *action = addAction(text);
        action->setData(location);
        action->setEnabled(!missing);
        action->setToolTip(missing ? tr("%1 no longer exists.").arg(QDir::toNativeSeparators(location))
                                   : QDir::toNativeSeparators(location));
        connect(action, &QAction::triggered, this, [this, location] { emit openRequested(location); });
    }
    // Shared databases after the files, without any password (ConnectionHistory keeps
    // them redacted); a remembered one comes from the keychain when it is opened.
    const QStringList shared = ConnectionHistory::recent();
    if (!recent.isEmpty() && !shared.isEmpty())
        addSeparator();
    for (const QString &location : shared) {
        ++number;
        QString text = sharedEntryText(location);
        text.replace(u'&', u"&&"_s);
        if (number < 10)
            text = u"&%1 "_s.arg(number) + text;
        QAction *action = addAction(text);
        action->setData(location);
        action->setToolTip(location);
        connect(action, &QAction::triggered, this, [this, location] { emit openSharedRequested(location); });
    }
    if (recent.isEmpty() && shared.isEmpty()) {
        QAction *none = addAction(tr("No recent databases"));
        none->setEnabled(false);
        return;
    }
    addSeparator();
    QAction *removeMissing = addAction(tr("Remove &Missing Files"));
    removeMissing->setObjectName(u"removeMissingRecent"_s);
    removeMissing->setEnabled(anyMissing);
    connect(removeMissing, &QAction::triggered, this, [] {
        QStringList kept;
        for (const QString &location : UiSettings::recentDatabases()) {
            if (QFileInfo::exists(location))
                kept << location;
        }
        UiSettings::setRecentDatabases(kept);
    });
    QAction *clear = addAction(tr("&Clear Menu"));
    clear->setObjectName(u"clearRecent"_s);
    connect(clear, &QAction::triggered, this, [] {
        UiSettings::setRecentDatabases({});
        for (const QString &location : ConnectionHistory::recent())
            ConnectionHistory::remove(location);
    });
}

} // namespace charter
