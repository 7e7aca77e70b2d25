#include "LiveRefresh.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace charter {

namespace {

constexpr int FirstRetryMs = 250;
constexpr int LongestRetryMs = 8000;

} // namespace

LiveRefresh::LiveRefresh(const QString &location, MainConnection main, QObject *parent)
    : QObject(parent)
    , m_notifier(location)
    , m_main(std::move(main))
{
    if (!m_notifier.isSupported())
        return;
    // Not restarted by later changes: a steady stream of commits from many clients still
    // refreshes every interval instead of never.
    m_refreshDelay.setSingleShot(true);
    m_refreshDelay.setInterval(100);
    connect(&m_refreshDelay, &QTimer::timeout, this, &LiveRefresh::refreshNeeded);
    const auto scheduleRefresh = [this] {
        if (!m_refreshDelay.isActive())
            m_refreshDelay.start();
    };
    connect(&m_notifier, &ChangeNotifier::changed, &m_refreshDelay, scheduleRefresh);
    connect(&m_notifier, &ChangeNotifier::resynchronise, &m_refreshDelay, scheduleRefresh);
    connect(&m_notifier, &ChangeNotifier::connectionLost, this, &LiveRefresh::reportLost);
    connect(&m_notifier, &ChangeNotifier::reconnected, this, [this] {
        // The server may have restarted meanwhile, ending the window's session too.
        if (m_main.isAlive && m_main.reopen && !m_mainLost && !m_main.isAlive())
            m_mainLost = true;
        if (m_mainLost)
            reopenMain();
        else if (m_reported) {
            m_reported = false;
            emit reconnected();
        }
    });

    m_mainCheck.setInterval(m_notifier.checkInterval());
    connect(&m_mainCheck, &QTimer::timeout, this, &LiveRefresh::checkMain);
    m_mainRetry.setSingleShot(true);
    connect(&m_mainRetry, &QTimer::timeout, this, &LiveRefresh::reopenMain);
    if (m_main.isAlive && m_main.reopen)
        m_mainCheck.start();

    if (Status status = m_notifier.start(); !status)
        spdlog::warn("Live refresh is off for now: {}", status.error().message.toStdString());
}

void LiveRefresh::reportLost()
{
    if (m_reported)
        return;
    m_reported = true;
    emit connectionLost(tr("The connection to the shared database was lost. Charter is "
                           "reconnecting; your unsaved edits are kept."));
}

void LiveRefresh::checkMain()
{
    if (m_mainLost || m_main.isAlive())
        return;
    spdlog::warn("The window's connection to the shared database was lost; reconnecting");
    m_mainLost = true;
    reportLost();
    m_mainRetryDelay = 0;
    if (m_notifier.isConnected())
        reopenMain();
    // else: reopened when the notifier is back
}

void LiveRefresh::reopenMain()
{
    if (!m_notifier.isConnected())
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
    if (m_reported) {
        m_reported = false;
        emit reconnected();
    }
    if (!m_refreshDelay.isActive())
        m_refreshDelay.start(); // what happened while we were away
}

} // namespace charter
