#pragma once

#include "storage/ChangeNotifier.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace charter {

// Live refresh for the window showing a shared (PostgreSQL) database: other clients'
// commits ask for a refresh (a burst of them, one refresh at most refreshDelay() after
// the first), a lost connection asks for a banner until Charter is connected again.
// Does nothing for a file.
//
// The window's own connection (MainConnection) is looked after too: it is checked as
// often as the listening connection, and after a loss (server restart, network,
// pg_terminate_backend) it is reopened as soon as the notifier is back, retried with
// backoff while the server still refuses it. reconnected() comes when both are back,
// followed by a refresh (notifications sent meanwhile were lost).
class LiveRefresh : public QObject {
    Q_OBJECT

public:
    struct MainConnection {
        std::function<bool()> isAlive;   // asks the server (SELECT 1)
        std::function<Status()> reopen;  // Database::reconnect with the window's location
    };

    explicit LiveRefresh(const QString &location, QObject *parent = nullptr)
        : LiveRefresh(location, MainConnection{}, parent)
    {
    }
    LiveRefresh(const QString &location, MainConnection main, QObject *parent = nullptr);

    ChangeNotifier &notifier() { return m_notifier; }
    bool isConnected() const { return m_notifier.isConnected() && !m_mainLost; }
    int refreshDelay() const { return m_refreshDelay.interval(); }

signals:
    void refreshNeeded();
    void connectionLost(const QString &message);
    void reconnected();

private:
    void reportLost();
    void checkMain();
    void reopenMain();

    ChangeNotifier m_notifier;
    MainConnection m_main;
    QTimer m_refreshDelay;
    QTimer m_mainCheck;
    QTimer m_mainRetry;
    int m_mainRetryDelay = 0;
    bool m_mainLost = false;
    bool m_reported = false; // the banner is up
};

} // namespace charter
