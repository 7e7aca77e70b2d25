#include "LiveRefresh.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace charter {

namespace {

constexpr int FirstRetryMs = 250;
constexpr int LongestRetryMs = 8000;

} // namespace

LiveRefresh::LiveRefresh(const QString &location, MainConnection main, Timing timing, QObject *parent)
    : QObject(parent)
    , m_notifier(new ChangeNotifier(location))
    , m_main(std::move(main))
{
    if (!m_notifier->isSupported())
        return;
    m_notifier->setCheckInterval(timing.checkInterval);
    m_notifier->setProbeTimeout(timing.probeTimeout);
    m_notifier->setMaximumRetryDelay(timing.maximumRetryDelay);

    // Not restarted by later changes: a steady stream of commits from many clients still
    // refreshes every interval instead of never.
    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(100);
    connect(&m_refreshDelay, &QTimer::timeout, this, &LiveRefresh::refreshNeeded);
    // The notifier's signals cross from the worker: queued, in the order sent.
    connect(m_notifier, &ChangeNotifier::changed, this, &LiveRefresh::scheduleRefresh);
    connect(m_notifier, &ChangeNotifier::resynchronise, this, &LiveRefresh::scheduleRefresh);
    connect(m_notifier, &ChangeNotifier::connectionLost, this, &LiveRefresh::reportLost);
    connect(m_notifier, &ChangeNotifier::watchedConnectionLost, this, &LiveRefresh::loseMain);
    connect(m_notifier, &ChangeNotifier::reconnected, this, [this] {
        if (m_mainLost)
            reopenMain();
        else if (m_reported) {
            m_reported = false;
            emit reconnected();
        }
    });
    m_mainRetry.setSingleShot(true);
    connect(&m_mainRetry, &QTimer::timeout, this, &LiveRefresh::reopenMain);

    m_worker.setObjectName(QStringLiteral("charter-live-refresh"));
    m_notifier->moveToThread(&m_worker);
    m_worker.start();
    watchMain();
    QMetaObject::invokeMethod(m_notifier, [this, notifier = m_notifier] {
        if (Status status = notifier->start(); !status) {
            spdlog::warn("Live refresh is off for now: {}", status.error().message.toStdString());
            return; // retried; resynchronise() follows the first success
        }
        // Commits between the window's read and this LISTEN sent nothing it heard.
        QMetaObject::invokeMethod(this, &LiveRefresh::scheduleRefresh);
    });
}

LiveRefresh::~LiveRefresh()
{
    if (!m_worker.isRunning()) {
        delete m_notifier;
        return;
    }
    // A check waiting on a silent network ends at once; the connection closes in its thread.
    m_notifier->abortConnection();
    QMetaObject::invokeMethod(m_notifier, [notifier = m_notifier] { delete notifier; },
                              Qt::BlockingQueuedConnection);
    m_worker.quit();
    m_worker.wait();
}

void LiveRefresh::scheduleRefresh()
{
    // Not restarted by later changes (see the constructor).
    if (!m_refreshDelay.isActive())
        m_refreshDelay.start();
}

void LiveRefresh::watchMain()
{
    if (m_main.session && m_main.reopen)
        m_notifier->watch(m_main.session());
}

void LiveRefresh::reportLost()
{
    if (m_reported)
        return;
    m_reported = true;
    emit connectionLost(tr("The connection to the shared database was lost. Charter is "
                           "reconnecting; your unsaved edits are kept."));
}

void LiveRefresh::loseMain()
{
    if (m_mainLost || !m_main.reopen)
        return;
    spdlog::warn("The window's connection to the shared database was lost; reconnecting");
    m_mainLost = true;
    reportLost();
    m_mainRetryDelay = 0;
    if (m_notifier->isConnected())
        reopenMain();
    // else: reopened when the notifier is back
}

void LiveRefresh::reopenMain()
{
    if (!m_notifier->isConnected())
        return; // the notifier's reconnection comes first and calls again
    if (Status status = m_main.reopen(); !status) {
        m_mainRetryDelay = std::clamp(m_mainRetryDelay * 2, FirstRetryMs, LongestRetryMs);
        spdlog::info("Reconnecting the window's connection failed; next try in {} ms: {}", m_mainRetryDelay,
                     status.error().message.toStdString());
        m_mainRetry.start(m_mainRetryDelay);
        return;
    }
    m_mainLost = false;
    m_mainRetryDelay = 0;
    watchMain();
    if (m_reported) {
        m_reported = false;
        emit reconnected();
    }
    scheduleRefresh(); // what happened while we were away
}

} // namespace charter
