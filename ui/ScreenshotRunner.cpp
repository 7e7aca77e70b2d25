#include "ScreenshotRunner.h"

#include "MainWindow.h"
#include "models/RegistryModel.h"
#include "views/MessageBar.h"
#include "views/RegistryView.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace charter {

namespace {

constexpr int TimeoutMs = 120'000;
constexpr int SettleMs = 300;

void printError(const QString &text)
{
    std::fprintf(stderr, "charter: %s\n", qPrintable(text));
}

} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, QString file, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
{
}

void ScreenshotRunner::start()
{
    connect(m_window, &MainWindow::registryLoaded, this, &ScreenshotRunner::onLoaded);
    connect(m_window, &MainWindow::loadFailed, this, &ScreenshotRunner::onFailed);
    QTimer::singleShot(TimeoutMs, this, [this] {
        printError(tr("Timed out waiting for the register to load."));
        finish(1);
    });
}

void ScreenshotRunner::onLoaded()
{
    if (m_done)
        return;
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
    QTimer::singleShot(SettleMs, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::onFailed(const QString &error)
{
    if (m_done)
        return;
    printError(error);
    // The window shows the error in its message bar: capture that too, then report.
    m_failed = true;
    QTimer::singleShot(SettleMs, this, &ScreenshotRunner::capture);
}

void ScreenshotRunner::capture()
{
    if (m_done)
        return;
    const QPixmap pixmap = m_window->grab();
    const QFileInfo info(m_file);
    if (!QDir().mkpath(info.absolutePath()) || !pixmap.save(m_file, "PNG")) {
        printError(tr("Cannot write the screenshot %1.").arg(m_file));
        finish(1);
        return;
    }
    spdlog::info("Wrote screenshot {}", m_file.toStdString());
    finish(m_failed ? 6 : 0);
}

void ScreenshotRunner::finish(int exitCode)
{
    m_done = true;
    QCoreApplication::exit(exitCode);
}

} // namespace charter
