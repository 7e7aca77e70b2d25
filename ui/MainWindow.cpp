#include "MainWindow.h"

#include "LiveRefresh.h"
#include "UiSettings.h"
#include "connection/ConnectDialog.h"
#include "connection/ConnectionHistory.h"
#include "connection/KeychainCredentialStore.h"
#include "dialogs/FirstRunDialog.h"
#include "dashboard/DashboardView.h"
#include "editor/EditingWorkspace.h"
#include "files/ExportDialog.h"
#include "files/RecentDatabasesMenu.h"
#include "governance/GovernanceWorkspace.h"
#include "meetings/MeetingsWorkspace.h"
#include "governance/Roles.h"
#include "help/ShortcutsDialog.h"
#include "preferences/PreferencesDialog.h"
#include "importwizard/ImportWizard.h"
#include "models/RegistryModel.h"
#include "register/RegisterService.h"
#include "registry/ColumnChooser.h"
#include "registry/QuickFilterBar.h"
#include "registry/SavedViewsMenu.h"
#include "storage/ConnectionString.h"
#include "storage/Database.h"
#include "tasks/TaskRunner.h"
#include "views/MessageBar.h"
#include "views/RegistryView.h"
#include "views/SystemDetailPane.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QAbstractButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

// Resources of the static charter_ui library must be registered by name, from the
// global namespace, or the linker may drop them.
static void initUiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace charter {

namespace {

const QString DatabaseFileFilter = u"*.db *.charter *.sqlite *.sqlite3"_s;

QString startDirectory(const QString &location)
{
    if (!location.isEmpty() && !Database::isServerLocation(location))
        return QFileInfo(location).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_today(QDate::currentDate())
{
    initUiResources();
    setObjectName(u"mainWindow"_s);
    setWindowIcon(QIcon(u":/charter/icons/charter.svg"_s));

    m_chooseOpenFile = [this](QWidget *parentWidget) {
        return QFileDialog::getOpenFileName(
            parentWidget, tr("Open Charter Database"), startDirectory(m_location),
            tr("Charter databases (%1);;All files (*)").arg(DatabaseFileFilter));
    };
    m_chooseNewFile = [this](QWidget *parentWidget) {
        return QFileDialog::getSaveFileName(
            parentWidget, tr("New Charter Database"),
            startDirectory(m_location) + u"/charter.db"_s,
            tr("Charter databases (%1);;All files (*)").arg(DatabaseFileFilter), nullptr,
            QFileDialog::DontConfirmOverwrite);
    };

    m_exportRunner = new TaskRunner(this);
    m_credentials = std::make_unique<KeychainCredentialStore>();

    createActions();
    createPages();
    installEditing();
    installDashboard();
    createMenus();
    setTabOrders();

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"systemCount"_s);
    m_busyBar = new QProgressBar(this);
    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(160);
    m_busyBar->setMaximumHeight(fontMetrics().height());
    m_busyBar->setTextVisible(false);
    m_busyBar->hide();
    statusBar()->addPermanentWidget(m_busyBar);
    statusBar()->addPermanentWidget(m_countLabel);

    resize(1280, 800);
    if (m_options.persistState)
        restoreState();
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_openAction = new QAction(tr("&Open Database…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an existing Charter database file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpen);

    m_connectAction = new QAction(tr("&Connect to Shared Database…"), this);
    m_connectAction->setObjectName(u"connectAction"_s);
    m_connectAction->setStatusTip(tr("Open a Charter database on a PostgreSQL server"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::chooseAndConnect);

    m_newAction = new QAction(tr("&New Database…"), this);
    // Ctrl+N is left to the more frequent "new system".
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newAction->setStatusTip(tr("Create a new Charter database file"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseAndCreate);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_refreshAction = new QAction(tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setStatusTip(tr("Read the register again from the database"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_filterAction = new QAction(tr("&Filter Systems"), this);
    m_filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(m_filterAction, &QAction::triggered, this, [this] { m_registry->focusFilter(); });

    m_importAction = new QAction(tr("&Import…"), this);
    m_importAction->setObjectName(u"importAction"_s);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Add the systems of a spreadsheet inventory or a Charter "
                                    "portfolio to the register"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImportWizard);

    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(u"exportAction"_s);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write the register to a JSON portfolio or a CSV file"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::showExportDialog);

    m_nextAction = new QAction(tr("&Next System"), this);
    m_nextAction->setObjectName(u"nextSystemAction"_s);
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    connect(m_nextAction, &QAction::triggered, this, [this] { m_registry->selectNext(1); });
    m_previousAction = new QAction(tr("&Previous System"), this);
    m_previousAction->setObjectName(u"previousSystemAction"_s);
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    connect(m_previousAction, &QAction::triggered, this, [this] { m_registry->selectNext(-1); });

    m_shortcutsAction = new QAction(tr("&Keyboard Shortcuts"), this);
    m_shortcutsAction->setObjectName(u"shortcutsAction"_s);
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);

    m_aboutAction = new QAction(tr("&About Charter"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_createHereAction = new QAction(tr("Create It…"), this);
    connect(m_createHereAction, &QAction::triggered, this, &MainWindow::createAtFailedLocation);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_connectAction);
    m_recentMenu = new RecentDatabasesMenu(this);
    connect(m_recentMenu, &RecentDatabasesMenu::openRequested, this, &MainWindow::openDatabase);
    connect(m_recentMenu, &RecentDatabasesMenu::openSharedRequested, this, &MainWindow::openRecentShared);
    file->addMenu(m_recentMenu);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    QMenu *boardExports = file->addMenu(tr("&Board Exports"));
    boardExports->setObjectName(u"boardExportsMenu"_s);
    m_meetings->addExportActions(boardExports);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = m_editing->createEditMenu(this);
    menuBar()->addMenu(edit);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"));
    preferences->setObjectName(u"preferencesAction"_s);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted)
            dialog.apply();
    });

    // The quick filters are the bar's own actions, so menu, buttons and keys agree.
    QuickFilterBar *bar = m_registry->quickFilterBar();
    bar->highRiskAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    bar->gapsAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    bar->overdueAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    bar->noOwnerAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    bar->clearAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_dashboardAction);
    view->addSeparator();
    view->addAction(m_filterAction);
    QMenu *quick = view->addMenu(tr("&Quick Filters"));
    quick->setObjectName(u"quickFiltersMenu"_s);
    quick->addAction(bar->highRiskAction());
    quick->addAction(bar->gapsAction());
    quick->addAction(bar->overdueAction());
    quick->addAction(bar->noOwnerAction());
    quick->addSeparator();
    quick->addMenu(bar->tierMenu());
    quick->addMenu(bar->lifecycleMenu());
    quick->addSeparator();
    quick->addAction(bar->clearAction());
    m_viewsMenu = new SavedViewsMenu(m_registry, this);
    m_registry->setViewsMenu(m_viewsMenu);
    view->addMenu(m_viewsMenu);
    view->addMenu(m_registry->columnChooser()->menu());
    view->addSeparator();
    view->addAction(m_nextAction);
    view->addAction(m_previousAction);
    view->addSeparator();
    view->addAction(m_refreshAction);

    menuBar()->addMenu(m_editing->createSystemMenu(this));
    menuBar()->addMenu(m_editing->createDirectoriesMenu(this));
    QMenu *governanceMenu = m_governance->createMenu(this);
    governanceMenu->addSeparator();
    governanceMenu->addAction(m_meetings->meetingsAction());
    menuBar()->addMenu(governanceMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_aboutAction);
}

void MainWindow::setTabOrders()
{
    // Top to bottom, left to right: filter, views, quick filters, table, details.
    QWidget *previous = m_registry->filterEdit();
    const auto chain = [&previous](QWidget *next) {
        setTabOrder(previous, next);
        previous = next;
    };
    chain(m_registry->viewsButton());
    const QList<QAbstractButton *> buttons =
        m_registry->quickFilterBar()->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
    for (QAbstractButton *button : buttons)
        chain(button);
    chain(m_registry->tableView());
    chain(m_detail);
}

void MainWindow::createPages()
{
    // No database: a short note with the two ways forward.
    m_emptyPage = new QWidget(this);
    {
        auto *title = new QLabel(tr("No register is open"), m_emptyPage);
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        title->setFont(font);
        title->setAlignment(Qt::AlignCenter);
        auto *hint = new QLabel(tr("Open a Charter database, create a new one, or connect to a shared one."), m_emptyPage);
        hint->setAlignment(Qt::AlignCenter);
        auto *open = new QPushButton(tr("Open Database…"), m_emptyPage);
        auto *create = new QPushButton(tr("New Database…"), m_emptyPage);
        auto *shared = new QPushButton(tr("Connect to Shared Database…"), m_emptyPage);
        connect(shared, &QPushButton::clicked, m_connectAction, &QAction::trigger);
        connect(open, &QPushButton::clicked, m_openAction, &QAction::trigger);
        connect(create, &QPushButton::clicked, m_newAction, &QAction::trigger);
        auto *buttons = new QHBoxLayout;
        buttons->addStretch();
        buttons->addWidget(open);
        buttons->addWidget(create);
        buttons->addWidget(shared);
        buttons->addStretch();
        auto *layout = new QVBoxLayout(m_emptyPage);
        layout->addStretch(1);
        layout->addWidget(title);
        layout->addWidget(hint);
        layout->addSpacing(12);
        layout->addLayout(buttons);
        layout->addStretch(2);
    }

    // Loading: a busy indicator while the worker reads.
    m_loadingPage = new QWidget(this);
    {
        m_loadingLabel = new QLabel(m_loadingPage);
        m_loadingLabel->setAlignment(Qt::AlignCenter);
        auto *bar = new QProgressBar(m_loadingPage);
        bar->setRange(0, 0);
        bar->setTextVisible(false);
        bar->setFixedWidth(260);
        auto *layout = new QVBoxLayout(m_loadingPage);
        layout->addStretch(1);
        layout->addWidget(m_loadingLabel);
        layout->addWidget(bar, 0, Qt::AlignHCenter);
        layout->addStretch(2);
    }

    // The register: table on the left, details on the right.
    m_registry = new RegistryView(this);
    m_detail = new SystemDetailPane(this);
    m_detail->setMinimumWidth(320);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"detailSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_registry);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({820, 460});

    connect(m_registry, &RegistryView::currentSystemChanged, this, &MainWindow::showSystem);
    connect(m_registry, &RegistryView::countsChanged, this, &MainWindow::updateCounts);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_emptyPage);
    m_pages->addWidget(m_loadingPage);
    m_pages->addWidget(m_splitter);
    m_pages->setCurrentWidget(m_emptyPage);

    m_messageBar = new MessageBar(this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(8);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::restoreState()
{
    UiSettings::migrate();
    const QByteArray geometry = UiSettings::mainWindowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = UiSettings::mainWindowState();
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
    const QByteArray splitter = UiSettings::detailSplitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_registry->restoreHeaderState(UiSettings::registryHeaderState());
}

void MainWindow::saveState() const
{
    UiSettings::setMainWindowGeometry(saveGeometry());
    UiSettings::setMainWindowState(QMainWindow::saveState());
    UiSettings::setDetailSplitterState(m_splitter->saveState());
    UiSettings::setRegistryHeaderState(m_registry->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved edits: Save, Discard or Cancel (which keeps the window open).
    if (!m_editing->confirmLeaveAll()) {
        event->ignore();
        return;
    }
    if (m_options.persistState)
        saveState();
    QMainWindow::closeEvent(event);
}

bool MainWindow::hasDatabase() const
{
    return m_db != nullptr;
}

void MainWindow::setToday(const QDate &today)
{
    m_today = today;
    m_registry->model()->setToday(today);
    m_detail->setToday(today);
    m_meetings->setToday(today);
    if (m_service)
        m_service->setToday(today);
}

// ---- Loading ---------------------------------------------------------------------

void MainWindow::openDatabase(const QString &location)
{
    if (!m_editing->confirmLeaveAll())
        return;
    const QString name = Database::isServerLocation(location) ? ConnectionString::redacted(location)
                                                              : QFileInfo(location).fileName();
    runTask(location, tr("Opening %1…").arg(name),
            [location] { return RegisterLoader::load(location); });
}

void MainWindow::createDatabase(const QString &location, bool withDemo)
{
    if (!m_editing->confirmLeaveAll())
        return;
    RegisterLoader::CreateOptions options;
    options.demoSystems = withDemo ? m_options.demoSystemCount : 0;
    options.demoSeed = m_options.demoSeed;
    options.today = m_today;
    const QString text = withDemo ? tr("Creating %1 with the demo portfolio…")
                                  : tr("Creating %1…");
    runTask(location, text.arg(Database::isServerLocation(location) ? ConnectionString::redacted(location)
                                                                    : QFileInfo(location).fileName()),
            [location, options] { return RegisterLoader::create(location, options); });
}

void MainWindow::refresh()
{
    if (m_location.isEmpty() || m_loading)
        return;
    runTask(m_connectionText, tr("Refreshing…"), [location = m_connectionText] {
        return RegisterLoader::load(location);
    });
}

void MainWindow::runTask(const QString &location, const QString &busyText, Task task)
{
    spdlog::debug("Starting database task on {}", ConnectionString::redacted(location).toStdString());
    const int serial = ++m_taskSerial;
    setBusy(true, busyText);

    // Parented to the window: when the window goes, the callback goes with it. A newer
    // task makes older results stale (serial), so the last request wins.
    auto *watcher = new QFutureWatcher<RegisterSnapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_taskSerial)
            return;
        finishTask(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(task)));
}

void MainWindow::finishTask(const RegisterSnapshot &snapshot)
{
    setBusy(false);
    if (!snapshot.ok()) {
        showOpenError(snapshot.location, snapshot.error->message);
        return;
    }
    if (!attach(snapshot))
        return;

    m_registry->setRows(snapshot.rows);
    // The editor and the directories stay shown across a refresh.
    if (!m_editing->ownsPage(m_pages->currentWidget()) && m_pages->currentWidget() != m_dashboard)
        m_pages->setCurrentWidget(m_splitter);
    updateCounts(m_registry->shownCount(), m_registry->totalCount());
    updateTitle();
    updateActions();

    if (snapshot.created && snapshot.demoSystems > 0) {
        m_messageBar->showMessage(
            (snapshot.demoSystems == 1
                 ? tr("Created %1 with the demo portfolio: 1 fictional system to explore.")
                 : tr("Created %1 with the demo portfolio: %n fictional systems to explore.",
                      nullptr, snapshot.demoSystems))
                .arg(QDir::toNativeSeparators(snapshot.location)),
            MessageBar::Type::Positive);
    } else if (snapshot.created) {
        m_messageBar->showMessage(
            tr("Created the empty register %1.").arg(QDir::toNativeSeparators(snapshot.location)),
            MessageBar::Type::Positive);
    } else if (!snapshot.backupPath.isEmpty()) {
        m_messageBar->showMessage(
            tr("The database was upgraded to this version of Charter. A copy of the old file "
               "was kept at %1.").arg(QDir::toNativeSeparators(snapshot.backupPath)),
            MessageBar::Type::Information);
    } else if (m_messageBar->type() == MessageBar::Type::Error) {
        m_messageBar->hideMessage();
    }

    // Refreshed rows may carry a new risk: show the selected system again.
    if (m_registry->selectedSystemId() != 0)
        showSystem(m_registry->selectedSystemId());
    emit registryLoaded();
}

bool MainWindow::attach(const RegisterSnapshot &snapshot)
{
    if (m_db && snapshot.location == m_location)
        return true; // a refresh of the database already open

    // The worker opened, migrated and read the file; this connection serves the quick
    // per-system reads of the detail pane.
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    auto db = Database::open(snapshot.connectionText, options);
    if (!db) {
        showOpenError(snapshot.location, db.error().message);
        return false;
    }
    auto service = std::make_unique<RegisterService>(**db, WriteContext{actingLogin(**db), QString()});
    if (Status status = service->initialise(); !status) {
        showOpenError(snapshot.location, status.error().message);
        return false;
    }
    service->setToday(m_today);

    m_editing->attach(nullptr); // before the service it uses goes
    m_governance->attach(nullptr);
    m_meetings->attach(nullptr, QString());
    m_service.reset();
    m_db = std::move(*db);
    m_service = std::move(service);
    m_editing->attach(m_service.get());
    m_governance->attach(m_service.get());
    m_meetings->attach(m_service.get(), snapshot.connectionText);
    m_location = snapshot.location;
    m_connectionText = snapshot.connectionText;
    m_schemaVersion = snapshot.schemaVersion;
    m_failedLocation.clear();
    // Nothing for a file. On a server it also reopens this window's connection after a
    // loss; editors keep their unsaved input meanwhile (they are not reloaded).
    LiveRefresh::MainConnection mainConnection;
    mainConnection.session = [this] { return m_db ? m_db->serverSession() : PgLink::Session{}; };
    mainConnection.reopen = [this]() -> Status { return m_db ? m_db->reconnect(m_connectionText) : Status{}; };
    m_liveRefresh = std::make_unique<LiveRefresh>(m_connectionText, mainConnection);
    connect(m_liveRefresh.get(), &LiveRefresh::refreshNeeded, this, &MainWindow::refresh);
    connect(m_liveRefresh.get(), &LiveRefresh::connectionLost, this,
            [this](const QString &message) { m_messageBar->showMessage(message, MessageBar::Type::Warning); });
    connect(m_liveRefresh.get(), &LiveRefresh::reconnected, m_messageBar, &MessageBar::hideMessage);
    rememberDatabase(m_location);
    // A new database: nothing of the old selection applies.
    m_registry->setRows({});
    m_registry->filterEdit()->clear();
    m_detail->showNote(tr("Select a system to see its owners, decision boundaries and risk "
                          "explanation."));
    return true;
}

void MainWindow::showOpenError(const QString &location, const QString &message)
{
    spdlog::warn("Showing database error for {}: {}", ConnectionString::redacted(location).toStdString(),
                 message.toStdString());
    m_failedLocation = location;
    QList<QAction *> actions{m_openAction};
    const bool missing = !Database::isServerLocation(location) && !QFileInfo::exists(location);
    if (missing)
        actions.prepend(m_createHereAction);
    actions << m_quitAction;

    QString text = tr("Charter could not open the database. %1").arg(message);
    if (m_db && location != m_location) {
        text += u' '
            + tr("%1 is still open.").arg(QDir::toNativeSeparators(QFileInfo(m_location).fileName()));
    }
    m_messageBar->showMessage(text, MessageBar::Type::Error, actions);
    if (!m_db)
        m_pages->setCurrentWidget(m_emptyPage);
    updateActions();
    emit loadFailed(message);
}

void MainWindow::setBusy(bool busy, const QString &text)
{
    m_loading = busy;
    if (busy && !m_db) {
        m_loadingLabel->setText(text);
        m_pages->setCurrentWidget(m_loadingPage);
    }
    m_busyBar->setVisible(busy && m_db);
    if (busy)
        statusBar()->showMessage(text);
    else
        statusBar()->clearMessage();
    updateActions();
}

// ---- Presentation ----------------------------------------------------------------

void MainWindow::showSystem(qint64 systemId)
{
    if (systemId == 0 || !m_service) {
        m_governance->setCurrentSystem(0);
        m_detail->showNote(tr("Select a system to see its owners, decision boundaries and risk "
                              "explanation."));
        return;
    }
    auto details = m_service->details(systemId);
    if (!details) {
        m_detail->showNote(tr("Cannot show this system. %1").arg(details.error().message));
        return;
    }
    m_detail->showDetails(*details);
    emit detailsShown(systemId);
}

QString MainWindow::countText() const
{
    return m_countLabel->text();
}

void MainWindow::updateCounts(int shown, int total)
{
    if (!m_db) {
        m_countLabel->clear();
        return;
    }
    m_countLabel->setText(total == 1 ? tr("%1 of 1 system").arg(shown)
                                     : tr("%1 of %n systems", nullptr, total).arg(shown));
}

void MainWindow::updateTitle()
{
    if (m_location.isEmpty()) {
        setWindowTitle(tr("Charter"));
        return;
    }
    const QString name = Database::isServerLocation(m_location) ? ConnectionString::redacted(m_location)
                                                                 : QFileInfo(m_location).fileName();
    setWindowTitle(tr("%1 – Charter").arg(name));
}

void MainWindow::updateActions()
{
    m_refreshAction->setEnabled(m_db && !m_loading);
    m_filterAction->setEnabled(m_db != nullptr);
    m_importAction->setEnabled(m_db && !m_loading);
    m_exportAction->setEnabled(m_db && !m_loading);
    m_nextAction->setEnabled(m_db != nullptr);
    m_previousAction->setEnabled(m_db != nullptr);
    m_openAction->setEnabled(!m_loading);
    m_connectAction->setEnabled(!m_loading);
    m_newAction->setEnabled(!m_loading);
    m_createHereAction->setEnabled(!m_loading);
}

// ---- Commands ----------------------------------------------------------------------

void MainWindow::chooseAndOpen()
{
    const QString location = m_chooseOpenFile ? m_chooseOpenFile(this) : QString();
    if (!location.isEmpty())
        openDatabase(location);
}

void MainWindow::setCredentialStore(std::unique_ptr<CredentialStore> store)
{
    m_credentials = std::move(store);
}

void MainWindow::chooseAndConnect()
{
    ConnectDialog::Options options;
    options.rememberHistory = m_options.persistState;
    ConnectDialog dialog(*m_credentials, options, this);
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.location());
}

void MainWindow::openRecentShared(const QString &location)
{
    // Remembered without a password: a password kept in the keychain goes with it;
    // otherwise libpq's own conventions (.pgpass, the service file) apply.
    QString withPassword = location;
    const Result<QString> stored = m_credentials->password(CredentialStore::accountFor(location));
    if (stored && !stored->isEmpty()) {
        if (Result<ConnectionString> parsed = ConnectionString::parse(location))
            withPassword = parsed->with(u"password"_s, *stored).toKeywordValue(true);
    }
    openDatabase(withPassword);
}

void MainWindow::chooseAndCreate()
{
    const QString location = m_chooseNewFile ? m_chooseNewFile(this) : QString();
    if (location.isEmpty())
        return;
    if (QFileInfo::exists(location)) {
        m_messageBar->showMessage(
            tr("%1 already exists. Open it, or choose a new file name for the new database.")
                .arg(QDir::toNativeSeparators(location)),
            MessageBar::Type::Warning, {m_openAction});
        return;
    }
    FirstRunDialog dialog(location, m_options.demoSystemCount, FirstRunDialog::Purpose::NewFile, this);
    dialog.exec();
    if (dialog.choice() == FirstRunDialog::Choice::CreateWithDemo)
        createDatabase(location, true);
    else if (dialog.choice() == FirstRunDialog::Choice::CreateEmpty)
        createDatabase(location, false);
}

void MainWindow::offerToCreate(const QString &location)
{
    FirstRunDialog dialog(location, m_options.demoSystemCount, FirstRunDialog::Purpose::FirstRun, this);
    dialog.exec();
    switch (dialog.choice()) {
    case FirstRunDialog::Choice::CreateWithDemo:
        createDatabase(location, true);
        break;
    case FirstRunDialog::Choice::CreateEmpty:
        createDatabase(location, false);
        break;
    case FirstRunDialog::Choice::OpenOther:
        chooseAndOpen();
        break;
    case FirstRunDialog::Choice::Quit:
        close();
        break;
    case FirstRunDialog::Choice::Dismissed:
        break;
    }
    if (!m_loading && !m_db) {
        m_failedLocation = location;
        m_messageBar->showMessage(tr("No database is open. There is no Charter database at %1 yet.")
                                      .arg(QDir::toNativeSeparators(ConnectionString::redacted(location))),
                                  MessageBar::Type::Information,
                                  {m_createHereAction, m_openAction, m_quitAction});
    }
}

void MainWindow::createAtFailedLocation()
{
    if (m_failedLocation.isEmpty())
        return;
    if (QFileInfo::exists(m_failedLocation)) {
        openDatabase(m_failedLocation);
        return;
    }
    FirstRunDialog dialog(m_failedLocation, m_options.demoSystemCount,
                          FirstRunDialog::Purpose::NewFile, this);
    dialog.exec();
    if (dialog.choice() == FirstRunDialog::Choice::CreateWithDemo)
        createDatabase(m_failedLocation, true);
    else if (dialog.choice() == FirstRunDialog::Choice::CreateEmpty)
        createDatabase(m_failedLocation, false);
}

void MainWindow::rememberDatabase(const QString &location)
{
    if (!m_options.persistState)
        return;
    if (Database::isServerLocation(location)) {
        ConnectionHistory::add(location); // without its password
        return;
    }
    UiSettings::addRecentDatabase(location);
    UiSettings::setLastDatabase(location);
}

// ---- Import and export -------------------------------------------------------------

ImportWizard *MainWindow::showImportWizard()
{
    if (!m_db || m_loading)
        return nullptr;
    auto *wizard = new ImportWizard(m_connectionText, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setToday(m_today);
    connect(wizard, &ImportWizard::imported, this,
            [this, wizard](const InterchangeJobs::ImportOutcome &outcome) {
                finishImport(outcome, wizard->filePath());
            });
    wizard->open();
    return wizard;
}

void MainWindow::finishImport(const InterchangeJobs::ImportOutcome &outcome, const QString &file)
{
    if (outcome.location != m_connectionText)
        return; // another database was opened meanwhile; its rows are current
    const PortfolioImportSummary &summary = outcome.summary;
    m_messageBar->showMessage(
        tr("Imported %1 from %2 (%3 new people, %4 new vendors).")
            .arg(summary.systemsAdded == 1 ? tr("1 system")
                                           : tr("%n systems", nullptr, summary.systemsAdded),
                 QFileInfo(file).fileName())
            .arg(summary.peopleAdded)
            .arg(summary.vendorsAdded),
        MessageBar::Type::Positive);
    refresh();
}

ExportDialog *MainWindow::showExportDialog()
{
    if (!m_db || m_loading || m_exportRunner->isRunning())
        return nullptr;
    QString suggested = UiSettings::lastExportFile();
    if (suggested.isEmpty()) {
        const QString base = Database::isServerLocation(m_location)
            ? u"register"_s
            : QFileInfo(m_location).completeBaseName();
        suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                        .filePath(base + u".json"_s);
    }
    auto *dialog = new ExportDialog(suggested, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (suggested.endsWith(u".csv"_s, Qt::CaseInsensitive))
        dialog->setFormat(ExportDialog::Format::CsvRegister);
    dialog->setUtf8Bom(UiSettings::exportUtf8Bom());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        InterchangeJobs::ExportRequest request;
        request.target = dialog->filePath();
        request.format = dialog->format();
        request.utf8Bom = dialog->utf8Bom();
        if (m_options.persistState) {
            UiSettings::setLastExportFile(request.target);
            if (request.format == ExportDialog::Format::CsvRegister)
                UiSettings::setExportUtf8Bom(request.utf8Bom);
        }
        exportRegister(request);
    });
    dialog->open();
    return dialog;
}

void MainWindow::exportRegister(InterchangeJobs::ExportRequest request)
{
    if (!m_db)
        return;
    request.location = m_connectionText;
    request.today = m_today;
    TaskRunner::Options options;
    options.title = tr("Exporting");
    options.label = tr("Exporting the register to %1…").arg(QFileInfo(request.target).fileName());
    m_exportRunner->run<InterchangeJobs::ExportOutcome>(
        options,
        [request](TaskControl &control) { return InterchangeJobs::exportRegister(request, control); },
        [this](InterchangeJobs::ExportOutcome outcome) { finishExport(outcome); });
}

void MainWindow::finishExport(const InterchangeJobs::ExportOutcome &outcome)
{
    const QString target = QDir::toNativeSeparators(outcome.target);
    if (outcome.cancelled) {
        m_messageBar->showMessage(tr("The export was cancelled; %1 was not written.").arg(target),
                                  MessageBar::Type::Information);
    } else if (outcome.error) {
        spdlog::warn("Export to {} failed: {}", outcome.target.toStdString(),
                     outcome.error->message.toStdString());
        m_messageBar->showMessage(tr("The export failed. %1").arg(outcome.error->message),
                                  MessageBar::Type::Error, {m_exportAction});
    } else {
        m_messageBar->showMessage(
            (outcome.systems == 1 ? tr("Exported 1 system to %1.")
                                  : tr("Exported %n systems to %1.", nullptr, outcome.systems))
                .arg(target),
            MessageBar::Type::Positive);
    }
    emit exportFinished(outcome);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this);
    dialog.exec();
}

// ---- Editing ---------------------------------------------------------------------

void MainWindow::installEditing()
{
    // The system editor and the people and vendor directories are pages of the stack;
    // EditingWorkspace owns their actions, menus and undo group.
    m_editing = new EditingWorkspace(this);
    for (QWidget *page : m_editing->pages())
        m_pages->addWidget(page);
    m_editing->setRegistry(m_registry, m_splitter);
    connect(m_editing, &EditingWorkspace::showPageRequested, m_pages, &QStackedWidget::setCurrentWidget);
    connect(m_pages, &QStackedWidget::currentChanged, m_editing,
            [this] { m_editing->pageShown(m_pages->currentWidget()); });
    connect(m_editing, &EditingWorkspace::registerChanged, this, &MainWindow::refresh);
    connect(this, &MainWindow::registryLoaded, m_editing, &EditingWorkspace::registryReloaded);
    m_editing->pageShown(m_pages->currentWidget());

    // Workflow steps change what the registry and the detail pane show.
    m_governance = new GovernanceWorkspace(this, m_messageBar);
    connect(m_governance, &GovernanceWorkspace::workflowChanged, this, &MainWindow::refresh);
    connect(m_governance, &GovernanceWorkspace::workflowChanged, this, &MainWindow::showSystem);
    connect(m_governance, &GovernanceWorkspace::openSystemRequested, this,
            [this](qint64 id) { m_registry->selectSystem(id); });
    connect(this, &MainWindow::detailsShown, m_governance, &GovernanceWorkspace::setCurrentSystem);

    // Review meetings: decisions go through the workflow, so the registry reads them again.
    m_meetings = new MeetingsWorkspace(this, m_messageBar);
    m_meetings->setToday(m_today);
    connect(m_meetings, &MeetingsWorkspace::workflowChanged, this, &MainWindow::refresh);
}

// ---- Dashboard -------------------------------------------------------------------

void MainWindow::installDashboard()
{
    // A page of the stack, recomputed on a worker whenever the register is (re)loaded:
    // every save, workflow step and refresh ends in registryLoaded.
    m_dashboard = new DashboardView(this);
    m_pages->addWidget(m_dashboard);
    connect(this, &MainWindow::registryLoaded, m_dashboard, [this] {
        if (m_service)
            m_dashboard->setSource(m_connectionText, m_service->policy(), m_today);
    });
    connect(m_dashboard, &DashboardView::scopeRequested, this,
            [this](const QList<qint64> &ids, const QString &label) {
                showRegistry();
                m_registry->setScope(QSet<qint64>(ids.cbegin(), ids.cend()), label);
            });

    // Ctrl+1..3 show the register, people and vendors (EditingWorkspace).
    m_dashboardAction = new QAction(tr("&Dashboard"), this);
    m_dashboardAction->setObjectName(u"showDashboardAction"_s);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_dashboardAction->setStatusTip(tr("Show the portfolio dashboard: tiles and charts that open "
                                       "the systems behind them"));
    connect(m_dashboardAction, &QAction::triggered, this, &MainWindow::showDashboard);
}

void MainWindow::showDashboard()
{
    // Like Ctrl+1..3, switching pages keeps an editor's unsaved changes where they are.
    if (!m_db || m_loading)
        return;
    m_pages->setCurrentWidget(m_dashboard);
}

void MainWindow::showRegistry()
{
    if (m_db && !m_loading)
        m_editing->showRegister(); // asks about unsaved changes first
}

QString MainWindow::aboutText() const
{
    const auto row = [](const QString &label, const QString &value) -> QString {
        return u"<tr><td style=\"padding-right: 12px\"><b>"_s + label.toHtmlEscaped()
            + u"</b></td><td>"_s + value.toHtmlEscaped() + u"</td></tr>"_s;
    };
    QString html = u"<h3>"_s + tr("Charter %1").arg(QCoreApplication::applicationVersion()).toHtmlEscaped()
        + u"</h3><p>"_s
        + tr("A governance console for AI systems: owners, decision boundaries, escalation "
             "paths, vendor risk and explained risk scores.").toHtmlEscaped()
        + u"</p><table>"_s;
    html += row(tr("Database"), m_location.isEmpty() ? tr("None open")
                                                    : QDir::toNativeSeparators(ConnectionString::redacted(m_location)));
    if (m_db) {
        html += row(tr("Schema version"),
                    tr("%1 (this Charter reads up to %2)")
                        .arg(m_schemaVersion)
                        .arg(Database::latestSchemaVersion()));
    }
    html += row(tr("Qt"), QString::fromLatin1(qVersion()));
    html += u"</table>"_s;
    return html;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Charter"), aboutText());
}

} // namespace charter
