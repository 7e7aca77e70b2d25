#include "PgLink.h"

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <cerrno>
#include <poll.h>
#include <sys/socket.h>

namespace charter::PgLink {

namespace {

PGconn *handleOf(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.isOpen() || !db.driver())
        return nullptr;
    // Qt's PostgreSQL driver hands out its PGconn*; Qt 6 names the type after the struct
    // behind libpq's typedef.
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

QString errorOf(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).trimmed();
}

void deliverNotifications(PGconn *connection,
                          const std::function<void(const QString &, const QString &)> &notified)
{
    while (PGnotify *notify = PQnotifies(connection)) {
        const QString channel = QString::fromUtf8(notify->relname);
        const QString payload = QString::fromUtf8(notify->extra);
        PQfreemem(notify);
        if (notified)
            notified(channel, payload);
    }
}

} // namespace

Session sessionOf(const QSqlDatabase &db)
{
    PGconn *connection = handleOf(db);
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return {};
    return {PQbackendPID(connection), PQsocket(connection)};
}

void abortSocket(int socket)
{
    if (socket >= 0)
        ::shutdown(socket, SHUT_RDWR);
}

Answer ask(const QSqlDatabase &db, const QByteArray &sql, int timeoutMs,
           const std::function<void(const QString &, const QString &)> &notified)
{
    Answer answer;
    PGconn *connection = handleOf(db);
    if (!connection) {
        answer.error = QStringLiteral("not connected");
        return answer;
    }
    if (!PQsendQuery(connection, sql.constData())) {
        answer.error = errorOf(connection);
        return answer;
    }
    const QDeadlineTimer deadline(timeoutMs);
    bool gotRow = false;
    for (;;) {
        // Read every result that is complete; PQgetResult() returns null after the last.
        bool finished = false;
        while (!PQisBusy(connection)) {
            PGresult *result = PQgetResult(connection);
            if (!result) {
                finished = true;
                break;
            }
            if (PQresultStatus(result) == PGRES_TUPLES_OK) {
                if (!gotRow && PQntuples(result) > 0 && PQnfields(result) > 0) {
                    answer.value = QString::fromUtf8(PQgetvalue(result, 0, 0));
                    gotRow = true;
                }
                answer.kind = Answer::Kind::Answered;
            } else {
                answer.kind = Answer::Kind::Failed;
                answer.error = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            }
            PQclear(result);
        }
        if (finished)
            break;
        const qint64 remaining = deadline.remainingTime();
        if (remaining == 0) {
            answer.kind = Answer::Kind::TimedOut;
            answer.error = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
            return answer;
        }
        if (PQsocket(connection) < 0) {
            answer.kind = Answer::Kind::Failed;
            answer.error = errorOf(connection);
            return answer;
        }
        pollfd wait{PQsocket(connection), POLLIN, 0};
        const int ready = ::poll(&wait, 1, int(remaining));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0)
            continue; // the deadline check above reports it
        if (ready < 0 || !PQconsumeInput(connection)) {
            answer.kind = Answer::Kind::Failed;
            answer.error = errorOf(connection);
            return answer;
        }
    }
    deliverNotifications(connection, notified);
    if (answer.kind == Answer::Kind::Failed && answer.error.isEmpty())
        answer.error = errorOf(connection);
    return answer;
}

} // namespace charter::PgLink
