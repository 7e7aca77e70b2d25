#pragma once

#include "util/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

namespace charter {

// Live refresh for a shared (PostgreSQL) database: other clients' commits, as they happen.
//
// Every audited write through Charter sends NOTIFY charter_changes with
// "ENTITYTYPE:ENTITYID" in its own transaction (AuditStore), so PostgreSQL delivers it
// when, and only when, the transaction commits; the server's external-change trigger
// (ServerSetup) does the same for changes made with psql ("table:key"). The notifier
// listens on a connection of its own, checks that connection every checkInterval()
// and, when it is lost (server restart, network, pg_terminate_backend), reports it,
// reconnects with the same settings and listens again, retrying with backoff (the
// first retry at once, then waits doubling up to maximumRetryDelay()). Notifications
// sent while it was disconnected are lost, so after reconnecting it emits
// resynchronise(): reload everything. Does nothing on an SQLite file (isSupported() is
// false).
// Threading: lives in the thread that created it (needs that thread's event loop).
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
    int maximumRetryDelay() const { return m_maximumRetryDelay; }
    void setMaximumRetryDelay(int milliseconds) { m_maximumRetryDelay = milliseconds; }

signals:
    // ENTITYTYPE ("system", "person", "external_change", a table name...) and its id.
    void changed(const QString &entityType, const QString &entityId);
    void connectionLost(const QString &message);
    void reconnected();
    // Changes may have been missed (after a reconnect): reload everything.
    void resynchronise();

private:
    Status connectAndListen();
    void check();
    void retry();
    void onNotification(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    QTimer m_timer;      // liveness checks while connected
    QTimer m_retryTimer; // reconnection attempts while not
    int m_retryDelay = 0;
    int m_maximumRetryDelay = 8000;
    bool m_supported = false;
    bool m_connected = false;
    qint64 m_backendPid = 0;
};

} // namespace charter
