#pragma once

#include "PgLink.h"
#include "util/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <atomic>

namespace charter {

// Live refresh for a shared (PostgreSQL) database: other clients' commits, as they happen.
//
// Every audited write through Charter sends NOTIFY charter_changes with
// "ENTITYTYPE:ENTITYID" in its own transaction (AuditStore), so PostgreSQL delivers it
// when, and only when, the transaction commits; the server's external-change trigger
// (ServerSetup) does the same for changes made with psql ("table:key"). The notifier
// listens on a connection of its own and asks the server a question every
// checkInterval(), with a deadline (probeTimeout()): a network gone silent is noticed
// then, not after the TCP timeout. When the connection is lost (server restart,
// network, pg_terminate_backend) it reports it, reconnects with the same settings and
// listens again, retrying with backoff (the first retry at once, then waits doubling up
// to maximumRetryDelay()). Notifications sent while it was disconnected are lost, so
// after reconnecting it emits resynchronise(): reload everything. Does nothing on an
// SQLite file (isSupported() is false).
//
// It can also watch another connection to the same server (the window's own, see
// watch()): each check asks whether that session still exists, and when the server
// stops answering it ends that connection too, so a query the window is waiting on
// returns with an error instead of hanging; both report watchedConnectionLost().
//
// Threading: lives in one thread, normally a worker of its own (LiveRefresh), whose
// event loop delivers the notifications. isConnected(), backendPid(), watch() and
// abortConnection() may be called from any thread; the setters before start() only.
class ChangeNotifier : public QObject {
    Q_OBJECT

public:
    static constexpr const char *Channel = "charter_changes";

    explicit ChangeNotifier(QString location, QObject *parent = nullptr);
    ~ChangeNotifier() override;

    bool isSupported() const { return m_supported; }
    // Connects and listens; DatabaseUnavailable when the first connection fails (later
    // failures are retried).
    Status start();
    bool isConnected() const { return m_connected; }
    // The server process of the listening connection (for tests and diagnostics).
    qint64 backendPid() const { return m_backendPid; }

    int checkInterval() const { return m_timer.interval(); }
    void setCheckInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    int probeTimeout() const { return m_probeTimeout; }
    void setProbeTimeout(int milliseconds) { m_probeTimeout = milliseconds; }
    int maximumRetryDelay() const { return m_maximumRetryDelay; }
    void setMaximumRetryDelay(int milliseconds) { m_maximumRetryDelay = milliseconds; }

    // Watches SESSION (another connection to this server) from the next check on; a
    // default Session stops watching.
    void watch(PgLink::Session session);
    // Ends the listening connection at once (from any thread), e.g. before the notifier
    // is deleted while a check is waiting on a silent network.
    void abortConnection();

signals:
    // ENTITYTYPE ("system", "person", "external_change", a table name...) and its id.
    void changed(const QString &entityType, const QString &entityId);
    void connectionLost(const QString &message);
    void reconnected();
    // Changes may have been missed (after a reconnect): reload everything.
    void resynchronise();
    // The watched session ended, or was ended here because the server stopped
    // answering; watching stops until watch() is called again.
    void watchedConnectionLost();

private:
    Status connectAndListen();
    void check();
    void retry();
    void lose(const QString &reason);
    void forgetWatched();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void deliver(const QString &channel, const QString &payload);

    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer m_timer;      // checks while connected
    QTimer m_retryTimer; // reconnection attempts while not
    int m_retryDelay = 0;
    int m_probeTimeout = 5000;
    int m_maximumRetryDelay = 8000;
    bool m_supported = false;
    std::atomic<bool> m_connected = false;
    std::atomic<qint64> m_backendPid = 0;
    std::atomic<int> m_socket = -1;
    std::atomic<qint64> m_watchedPid = 0;
    std::atomic<int> m_watchedSocket = -1;
};

} // namespace charter
