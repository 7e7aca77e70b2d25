#include "ScreenshotRunner.h"

#include "MainWindow.h"
#include "editor/EditingWorkspace.h"
#include "governance/GovernanceWorkspace.h"
#include "meetings/MeetingsWindow.h"
#include "meetings/MeetingsWorkspace.h"
#include "importwizard/ImportWizard.h"
#include "models/RegistryModel.h"
#include "registry/QuickFilterBar.h"
#include "dashboard/DashboardView.h"
#include "dashboard/MetricTile.h"
#include "views/MessageBar.h"
#include "views/RegistryView.h"
#include "views/SystemDetailPane.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPalette>
#include <QPixmap>
#include <QPointer>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

constexpr int TimeoutMs = 300'000;
constexpr int SettleMs = 300;
constexpr int PollMs = 50;

void printError(const QString &text)
{
    std::fprintf(stderr, "charter: %s\n", qPrintable(text));
}

// A dark palette for Fusion, as a dark desktop theme would give it.
QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, window);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4b));
    palette.setColor(QPalette::Midlight, QColor(0x3c, 0x3e, 0x42));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, QString target, Mode mode, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_target(std::move(target))
    , m_mode(mode)
{
}

QString ScreenshotRunner::findSharedDataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CHARTER_SHARED_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir::cleanPath(fromEnvironment);
    for (const QString &start : {QDir::currentPath(), QCoreApplication::applicationDirPath()}) {
        QDir dir(start);
        for (int level = 0; level < 6; ++level) {
            const QString candidate = dir.absoluteFilePath(u"../shared/data"_s);
            if (QFileInfo(candidate).isDir())
                return QDir::cleanPath(candidate);
            if (!dir.cdUp())
                break;
        }
    }
    return QString();
}

void ScreenshotRunner::start()
{
    connect(m_window, &MainWindow::registryLoaded, this, &ScreenshotRunner::onLoaded);
    connect(m_window, &MainWindow::loadFailed, this, &ScreenshotRunner::onFailed);
    QTimer::singleShot(TimeoutMs, this, [this] {
        if (m_done)
            return;
        printError(tr("Timed out while taking the screenshots."));
        finish(1);
    });
}

void ScreenshotRunner::onLoaded()
{
    if (m_done || m_started)
        return;
    m_started = true;
    // The riskiest system of tier High or above, so the explanation has substance.
    const RegistryModel *model = m_window->registryView()->model();
    qint64 chosen = 0;
    qint64 best = -1;
    for (const RegistryRow &row : model->rows()) {
        if (row.riskTier < RiskTier::High)
            continue;
        // Prefer High over Critical (a typical case, not the extreme), then the score.
        const qint64 rank = (row.riskTier == RiskTier::High ? 1'000'000 : 0) + row.riskScore;
        if (rank > best) {
            best = rank;
            chosen = row.id;
        }
    }
    if (chosen == 0 && !model->rows().isEmpty())
        chosen = model->rows().constFirst().id;
    if (chosen != 0)
        m_window->registryView()->selectSystem(chosen);
    // Notices such as "Created … with the demo portfolio" name a temporary file.
    m_window->messageBar()->hideMessage();

    if (m_mode == Mode::Single) {
        then([this] {
            if (save(m_window, QString()))
                finish(0);
        });
    } else {
        queueDocumentationSet();
    }
    QTimer::singleShot(SettleMs, this, &ScreenshotRunner::next);
}

void ScreenshotRunner::onFailed(const QString &error)
{
    if (m_done || m_started)
        return;
    m_started = true;
    printError(error);
    // The window shows the error in its message bar: capture that too, then report.
    m_failed = true;
    then([this] {
        if (save(m_window, m_mode == Mode::Single ? QString() : u"registry.png"_s))
            finish(6);
    });
    QTimer::singleShot(SettleMs, this, &ScreenshotRunner::next);
}

void ScreenshotRunner::queueDocumentationSet()
{
    RegistryView *registry = m_window->registryView();
    const qint64 selected = registry->selectedSystemId();
    then([this] { save(m_window, u"registry.png"_s); });
    then([this] { save(m_window->detailPane(), u"risk-explanation.png"_s); });
    then([registry] {
        QuickFilterBar *bar = registry->quickFilterBar();
        bar->highRiskAction()->trigger();
        bar->overdueAction()->trigger();
        registry->selectNext(1);
        registry->tableView()->scrollToTop();
    });
    then([this] { save(m_window, u"registry-filtered.png"_s); });
    then([registry, selected] {
        registry->clearFilters();
        registry->selectSystem(selected);
        QApplication::setPalette(darkPalette());
    });
    then([this] { save(m_window, u"registry-dark.png"_s); });
    then([] { QApplication::setPalette(QApplication::style()->standardPalette()); });
    queueDashboard();
    // The editor's sections and the directories, as the editing workspace sets them up.
    if (EditingWorkspace *editing = m_window->editing()) {
        for (const EditingWorkspace::Shot shot : EditingWorkspace::screenshotShots()) {
            then([this, editing, shot] {
                if (!editing->prepareScreenshot(shot))
                    printError(tr("Cannot show %1; it is left out.")
                                   .arg(EditingWorkspace::screenshotFileName(shot)));
            });
            then([this, shot] { save(m_window, EditingWorkspace::screenshotFileName(shot)); });
        }
        then([editing, registry, selected] {
            editing->showRegister();
            registry->selectSystem(selected);
        });
    }
    queueGovernance();
    queueMeeting();
    if (!m_importSample.isEmpty())
        queueImportWizard();
    then([this] { finish(0); });
}

void ScreenshotRunner::queueDashboard()
{
    DashboardView *dashboard = m_window->dashboard();
    if (!dashboard)
        return;
    // Shows the page (which starts the computation), then waits for the metrics.
    auto waitForMetrics = [this, dashboard] {
        const auto poll = std::make_shared<std::function<void()>>();
        *poll = [this, dashboard, poll] {
            if (dashboard->isComputing() || !dashboard->metrics().today.isValid()) {
                QTimer::singleShot(PollMs, this, *poll);
                return;
            }
            QTimer::singleShot(SettleMs, this, &ScreenshotRunner::next);
        };
        (*poll)();
    };
    m_steps.append([this, waitForMetrics] {
        m_window->showDashboard();
        waitForMetrics();
    });
    // The whole page, not only what the window's height shows.
    auto content = [dashboard] { return dashboard->findChild<QWidget *>(u"dashboardContent"_s); };
    then([this, content] { save(content(), u"dashboard.png"_s); });
    then([] { QApplication::setPalette(darkPalette()); });
    then([this, content] { save(content(), u"dashboard-dark.png"_s); });
    // A tile clicked through: the registry scoped to its systems, with the chip.
    then([dashboard] {
        QApplication::setPalette(QApplication::style()->standardPalette());
        if (MetricTile *tile = dashboard->tile(u"no_accountable_owner"_s))
            tile->click();
    });
    then([this] { save(m_window, u"registry-scoped.png"_s); });
    then([this] {
        m_window->registryView()->clearScope();
        m_window->showRegistry();
    });
}

void ScreenshotRunner::queueMeeting()
{
    MeetingsWorkspace *meetings = m_window->meetings();
    if (!meetings)
        return;
    const auto shown = std::make_shared<QPointer<QWidget>>();
    then([this, meetings, shown] {
        *shown = meetings->prepareScreenshot();
        if (!*shown)
            printError(tr("The database has no review meeting; meeting.png is left out."));
    });
    then([this, shown] {
        if (*shown)
            save(*shown, u"meeting.png"_s);
    });
    then([shown] {
        if (*shown)
            (*shown)->close();
    });
}

void ScreenshotRunner::queueGovernance()
{
    GovernanceWorkspace *governance = m_window->governance();
    if (!governance)
        return;
    for (const GovernanceWorkspace::Shot shot : GovernanceWorkspace::screenshotShots()) {
        const QString name = GovernanceWorkspace::screenshotFileName(shot);
        const auto shown = std::make_shared<QPointer<QWidget>>();
        // Shows the window, then polls until it is done working (Verify).
        m_steps.append([this, governance, shot, shown, name] {
            *shown = governance->prepareScreenshot(shot);
            if (!*shown)
                printError(tr("The database has nothing to show in %1; it is left out.").arg(name));
            const auto poll = std::make_shared<std::function<void()>>();
            *poll = [this, governance, poll] {
                if (governance->screenshotBusy()) {
                    QTimer::singleShot(PollMs, this, *poll);
                    return;
                }
                QTimer::singleShot(SettleMs, this, &ScreenshotRunner::next);
            };
            (*poll)();
        });
        then([this, shown, name] {
            if (*shown)
                save(*shown, name);
        });
        then([governance] { governance->closeScreenshot(); });
    }
}

void ScreenshotRunner::queueImportWizard()
{
    const auto waitForWizard = [this] {
        // Polls until the dry run is done, then moves on.
        const auto poll = std::make_shared<std::function<void()>>();
        *poll = [this, poll] {
            if (m_wizard && m_wizard->isBusy()) {
                QTimer::singleShot(PollMs, this, *poll);
                return;
            }
            QTimer::singleShot(SettleMs, this, &ScreenshotRunner::next);
        };
        return poll;
    };
    m_steps.append([this] {
        m_wizard = m_window->showImportWizard();
        if (!m_wizard) {
            printError(tr("The import wizard could not be opened."));
            finish(1);
            return;
        }
        m_wizard->setFilePath(m_importSample);
        QTimer::singleShot(SettleMs, this, &ScreenshotRunner::next);
    });
    m_steps.append([this, waitForWizard] {
        m_wizard->next();
        (*waitForWizard())();
    });
    then([this] { save(m_wizard, u"import-wizard-preview.png"_s); });
    m_steps.append([this, waitForWizard] {
        m_wizard->next();
        (*waitForWizard())();
    });
    then([this] { save(m_wizard, u"import-wizard-mapping.png"_s); });
    m_steps.append([this, waitForWizard] {
        m_wizard->next();
        (*waitForWizard())();
    });
    then([this] { save(m_wizard, u"import-wizard-report.png"_s); });
    then([this] {
        m_wizard->reject();
        m_wizard = nullptr;
    });
}

void ScreenshotRunner::then(Step step)
{
    // A step that finishes at once; the next one follows when the window has settled.
    m_steps.append([this, step = std::move(step)] {
        step();
        if (!m_done)
            QTimer::singleShot(SettleMs, this, &ScreenshotRunner::next);
    });
}

void ScreenshotRunner::next()
{
    if (m_done || m_steps.isEmpty())
        return;
    const Step step = m_steps.takeFirst();
    step();
}

bool ScreenshotRunner::save(QWidget *widget, const QString &name)
{
    if (m_done)
        return false;
    QString fileName = name;
    if (!m_suffix.isEmpty() && fileName.endsWith(u".png"_s))
        fileName.insert(fileName.size() - 4, m_suffix);
    const QString file = name.isEmpty() ? m_target : QDir(m_target).filePath(fileName);
    const QPixmap pixmap = widget->grab();
    const QFileInfo info(file);
    if (!QDir().mkpath(info.absolutePath()) || !pixmap.save(file, "PNG")) {
        printError(tr("Cannot write the screenshot %1.").arg(file));
        finish(1);
        return false;
    }
    spdlog::info("Wrote screenshot {}", file.toStdString());
    return true;
}

void ScreenshotRunner::finish(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    if (m_wizard)
        m_wizard->reject();
    QCoreApplication::exit(m_failed && exitCode == 0 ? 6 : exitCode);
}

} // namespace charter
