#pragma once

#include "storage/ChangeNotifier.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <functional>

namespace charter {

// Live refresh for the window showing a shared (PostgreSQL) database: other clients'
// commits ask for a refresh (a burst of them, one refresh at most refreshDelay() after
// the first), a lost connection asks for a banner until Charter is connected again.
// Does nothing for a file.
//
// The listening and every check run on a worker thread (ChangeNotifier), so a network
// gone silent never freezes the window: the check gives up after probeTimeout and ends
// the window's own connection too (MainConnection), so that a query the window waits on
// fails at once instead of after the TCP timeout. The window's connection is watched by
// its server session; after a loss (server restart, network, pg_terminate_backend) it
// is reopened on the window's thread as soon as the notifier has reached the server
// again, retried with backoff while the server still refuses it. reconnected() comes
// when both are back, followed by a refresh (notifications sent meanwhile were lost).
// The first LISTEN is followed by a refresh too: the window read the register before it.
class LiveRefresh : public QObject {
    Q_OBJECT

public:
    struct MainConnection {
        std::function<PgLink::Session()> session; // Database::serverSession
        std::function<Status()> reopen;           // Database::reconnect with the window's location
    };

    struct Timing {
        int checkInterval = 2000; // how often the server is asked
        int probeTimeout = 5000;  // a check not answered by then means the network is gone
        int maximumRetryDelay = 8000;
    };

    explicit LiveRefresh(const QString &location, QObject *parent = nullptr)
        : LiveRefresh(location, MainConnection{}, Timing{}, parent)
    {
    }
    LiveRefresh(const QString &location, MainConnection main, QObject *parent = nullptr)
        : LiveRefresh(location, std::move(main), Timing{}, parent)
    {
    }
    LiveRefresh(const QString &location, MainConnection main, Timing timing, QObject *parent = nullptr);
    ~LiveRefresh() override;

    bool isConnected() const { return m_notifier->isConnected() && !m_mainLost; }
    int refreshDelay() const { return m_refreshDelay.interval(); }
    // The listening connection's server process (for tests and diagnostics).
    qint64 listenerPid() const { return m_notifier->backendPid(); }

signals:
    void refreshNeeded();
    void connectionLost(const QString &message);
    void reconnected();

private:
    void scheduleRefresh();
    void reportLost();
    void loseMain();
    void reopenMain();
    void watchMain();

    ChangeNotifier *m_notifier; // lives in m_worker (deleted there), or here for a file
    QThread m_worker;
    MainConnection m_main;
    QTimer m_refreshDelay;
    QTimer m_mainRetry;
    int m_mainRetryDelay = 0;
    bool m_mainLost = false;
    bool m_reported = false; // the banner is up
};

} // namespace charter
