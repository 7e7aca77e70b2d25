// What Charter remembers between runs (UiSettings, QSettings in test mode): the recent
// databases and File > Open Recent (missing files greyed out, tidied on request), the
// last database opened again on start, and the window's geometry, splitter and columns
// restored by the next window.
#include "MainWindow.h"
#include "RegisterLoader.h"
#include "UiSettings.h"
#include "files/RecentDatabasesMenu.h"
#include "models/RegistryFilterModel.h"
#include "models/RegistryModel.h"
#include "views/RegistryView.h"

#include <QAction>
#include <QHeaderView>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

constexpr int TimeoutMs = 60'000;

bool waitForLoad(MainWindow &window)
{
    QSignalSpy loaded(&window, &MainWindow::registryLoaded);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    return QTest::qWaitFor([&] { return !loaded.isEmpty() || !failed.isEmpty(); }, TimeoutMs)
        && !loaded.isEmpty();
}

QList<QAction *> entries(QMenu &menu)
{
    emit menu.aboutToShow();
    QList<QAction *> list;
    for (QAction *action : menu.actions()) {
        if (!action->isSeparator() && action->data().isValid())
            list << action;
    }
    return list;
}

QAction *actionNamed(QMenu &menu, const QString &objectName)
{
    for (QAction *action : menu.actions()) {
        if (action->objectName() == objectName)
            return action;
    }
    return nullptr;
}

} // namespace

class TestUiSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void recentListIsShortAndUnique();
    void serverLocationsAreNeverStored();
    void recentMenuGreysOutMissingFiles();
    void openingADatabaseRemembersIt();
    void startupOpensTheLastDatabase();
    void windowStateIsRestored();
    void settingsVersionIsWritten();

private:
    QString touch(const QString &name);
    QString newDatabase(const QString &name);

    QTemporaryDir m_dir;
};

void TestUiSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestUiSettings::init()
{
    QSettings().clear();
}

QString TestUiSettings::touch(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("x");
    return path;
}

QString TestUiSettings::newDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name);
    RegisterLoader::CreateOptions options;
    options.demoSystems = 4;
    return RegisterLoader::create(path, options).ok() ? path : QString();
}

void TestUiSettings::recentListIsShortAndUnique()
{
    QVERIFY(UiSettings::recentDatabases().isEmpty());
    for (int i = 0; i < 10; ++i)
        UiSettings::addRecentDatabase(touch(u"db%1.db"_s.arg(i)));
    QStringList recent = UiSettings::recentDatabases();
    QCOMPARE(recent.size(), UiSettings::MaxRecentDatabases);
    QCOMPARE(recent.constFirst(), m_dir.filePath(u"db9.db"_s));
    QCOMPARE(recent.constLast(), m_dir.filePath(u"db2.db"_s));

    // The same file by another path moves to the front instead of appearing twice.
    UiSettings::addRecentDatabase(m_dir.path() + u"/./sub/../db5.db"_s);
    recent = UiSettings::recentDatabases();
    QCOMPARE(recent.size(), UiSettings::MaxRecentDatabases);
    QCOMPARE(recent.constFirst(), m_dir.filePath(u"db5.db"_s));
    QCOMPARE(recent.count(m_dir.filePath(u"db5.db"_s)), 1);

    UiSettings::removeRecentDatabase(m_dir.filePath(u"db5.db"_s));
    QVERIFY(!UiSettings::recentDatabases().contains(m_dir.filePath(u"db5.db"_s)));
}

void TestUiSettings::serverLocationsAreNeverStored()
{
    const QString server = u"postgresql://ana:secret@db.example/charter"_s;
    UiSettings::addRecentDatabase(server);
    UiSettings::setLastDatabase(server);
    QVERIFY(UiSettings::recentDatabases().isEmpty());
    QVERIFY(UiSettings::lastDatabase().isEmpty());
    UiSettings::setRecentDatabases({server, touch(u"file.db"_s)});
    QCOMPARE(UiSettings::recentDatabases(), QStringList{m_dir.filePath(u"file.db"_s)});
}

void TestUiSettings::recentMenuGreysOutMissingFiles()
{
    const QString kept = touch(u"kept.db"_s);
    const QString gone = touch(u"gone.db"_s);
    UiSettings::addRecentDatabase(gone);
    UiSettings::addRecentDatabase(kept);
    QFile::remove(gone);

    RecentDatabasesMenu menu;
    QList<QAction *> list = entries(menu);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0)->data().toString(), kept);
    QVERIFY(list.at(0)->isEnabled());
    QVERIFY(list.at(0)->text().startsWith(u"&1 kept.db"_s));
    QVERIFY(!list.at(1)->isEnabled());
    QVERIFY(list.at(1)->text().endsWith(u"(missing)"_s));
    QVERIFY(list.at(1)->toolTip().contains(u"no longer exists"_s));

    QSignalSpy open(&menu, &RecentDatabasesMenu::openRequested);
    list.at(0)->trigger();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.constFirst().constFirst().toString(), kept);

    QAction *removeMissing = actionNamed(menu, u"removeMissingRecent"_s);
    QVERIFY(removeMissing && removeMissing->isEnabled());
    removeMissing->trigger();
    QCOMPARE(UiSettings::recentDatabases(), QStringList{kept});
    list = entries(menu);
    QCOMPARE(list.size(), 1);
    QVERIFY(!actionNamed(menu, u"removeMissingRecent"_s)->isEnabled());

    actionNamed(menu, u"clearRecent"_s)->trigger();
    QVERIFY(UiSettings::recentDatabases().isEmpty());
    QVERIFY(entries(menu).isEmpty());
    QCOMPARE(menu.actions().size(), 1); // "No recent databases"
    QVERIFY(!menu.actions().constFirst()->isEnabled());
}

void TestUiSettings::openingADatabaseRemembersIt()
{
    const QString first = newDatabase(u"first.db"_s);
    const QString second = newDatabase(u"second.db"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    MainWindow::Options options; // persistState: remembers
    MainWindow window(options);
    window.show();
    window.openDatabase(first);
    QVERIFY(waitForLoad(window));
    window.openDatabase(second);
    QVERIFY(waitForLoad(window));
    QCOMPARE(UiSettings::recentDatabases(), (QStringList{second, first}));
    QCOMPARE(UiSettings::lastDatabase(), second);

    // File > Open Recent opens the first one again.
    QList<QAction *> list = entries(*window.recentMenu());
    QCOMPARE(list.size(), 2);
    list.at(1)->trigger();
    QVERIFY(waitForLoad(window));
    QCOMPARE(window.databaseLocation(), first);
    QCOMPARE(UiSettings::recentDatabases().constFirst(), first);

    // A window that does not persist its state leaves the list alone.
    MainWindow::Options quiet;
    quiet.persistState = false;
    UiSettings::setRecentDatabases({});
    MainWindow other(quiet);
    other.openDatabase(second);
    QVERIFY(waitForLoad(other));
    QVERIFY(UiSettings::recentDatabases().isEmpty());
}

void TestUiSettings::startupOpensTheLastDatabase()
{
    const QString fallback = m_dir.filePath(u"default.db"_s);
    QCOMPARE(UiSettings::startupDatabase(fallback), fallback);
    const QString last = touch(u"last.db"_s);
    UiSettings::setLastDatabase(last);
    QCOMPARE(UiSettings::startupDatabase(fallback), last);
    QFile::remove(last);
    QCOMPARE(UiSettings::startupDatabase(fallback), fallback); // gone: the default
}

void TestUiSettings::windowStateIsRestored()
{
    const QString db = newDatabase(u"state.db"_s);
    QByteArray splitterState;
    {
        MainWindow window;
        window.show();
        window.openDatabase(db);
        QVERIFY(waitForLoad(window));
        window.resize(1100, 700);
        auto *splitter = window.findChild<QSplitter *>(u"detailSplitter"_s);
        QVERIFY(splitter);
        splitter->setSizes({700, 400});
        splitterState = splitter->saveState();
        QHeaderView *header = window.registryView()->tableView()->horizontalHeader();
        header->setSectionHidden(RegistryModel::VendorColumn, true);
        header->resizeSection(RegistryModel::NameColumn, 333);
        window.registryView()->tableView()->sortByColumn(RegistryModel::ScoreColumn, Qt::DescendingOrder);
        window.close();
    }
    MainWindow restored;
    QCOMPARE(restored.size(), QSize(1100, 700));
    QCOMPARE(restored.findChild<QSplitter *>(u"detailSplitter"_s)->saveState(), splitterState);
    QHeaderView *header = restored.registryView()->tableView()->horizontalHeader();
    QVERIFY(header->isSectionHidden(RegistryModel::VendorColumn));
    QCOMPARE(header->sectionSize(RegistryModel::NameColumn), 333);
    QCOMPARE(restored.registryView()->filterModel()->sortColumn(), int(RegistryModel::ScoreColumn));
    QCOMPARE(restored.registryView()->filterModel()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(UiSettings::lastDatabase(), db);
}

void TestUiSettings::settingsVersionIsWritten()
{
    UiSettings::migrate();
    QCOMPARE(QSettings().value(u"ui/settingsVersion"_s).toInt(), UiSettings::Version);
    // A newer Charter's settings are left as they are.
    QSettings().setValue(u"ui/settingsVersion"_s, UiSettings::Version + 1);
    UiSettings::migrate();
    QCOMPARE(QSettings().value(u"ui/settingsVersion"_s).toInt(), UiSettings::Version + 1);
}

QTEST_MAIN(TestUiSettings)
#include "tst_ui_settings.moc"
