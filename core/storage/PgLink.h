#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QSqlDatabase;

namespace charter {

// What Qt's PostgreSQL driver does not offer, straight from libpq: which server session
// a connection is, a question with a deadline, and ending a connection from another
// thread. Used to watch shared-database connections without ever blocking the window on
// a network that has gone silent (where a plain query waits for the TCP timeout).
namespace PgLink {

// A connection's server session: its backend process and its client socket.
struct Session {
    qint64 backendPid = 0; // 0: not a PostgreSQL connection, or not open
    int socket = -1;
};

Session sessionOf(const QSqlDatabase &db);

// Ends the connection on SOCKET at once, from any thread: a query waiting on it in
// another thread returns with an error, and so does every later one, until the
// connection is opened again. The descriptor itself stays open (its owner closes it),
// so it cannot be reused by another connection meanwhile.
void abortSocket(int socket);

struct Answer {
    enum class Kind {
        Answered, // VALUE holds the first column of the first row (empty when no row)
        Failed,   // the server or the connection reported ERROR
        TimedOut, // nothing came back within the time allowed
    };
    Kind kind = Kind::Failed;
    QString value;
    QString error;
};

// Sends SQL (a single-row question) on DB and waits at most TIMEOUTMS for the answer.
// Notifications that arrive meanwhile are handed to NOTIFIED (channel, payload) instead
// of waiting in libpq for the driver, which would only see them with the next traffic.
// After TimedOut the connection is unusable: abort it and open it again.
Answer ask(const QSqlDatabase &db, const QByteArray &sql, int timeoutMs,
           const std::function<void(const QString &channel, const QString &payload)> &notified);

} // namespace PgLink

} // namespace charter
