#pragma once

#include <QMenu>

namespace charter {

// File > Open Recent: the files opened last (UiSettings::recentDatabases), most recent
// first, then the shared databases (ConnectionHistory), numbered for the keyboard. A
// file that no longer exists is shown greyed out with "(missing)"; "Remove Missing
// Files" and "Clear Menu" tidy the list. Rebuilt each time it opens.
class RecentDatabasesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentDatabasesMenu(QWidget *parent = nullptr);

    // Re-reads the list now (the menu also does it when it opens).
    void rebuild();

signals:
    void openRequested(const QString &location);
    // A shared database, as remembered: without its password.
    void openSharedRequested(const QString &location);
};

} // namespace charter
