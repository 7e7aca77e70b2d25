#include "ChangeNotifier.h"

#include "ConnectionString.h"
#include "Database.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString displayOf(const QString &location)
{
    Result<ConnectionString> parsed = ConnectionString::parse(location);
    return parsed ? parsed->displayText() : QString();
}

} // namespace

ChangeNotifier::ChangeNotifier(QString location, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_supported(Database::isServerLocation(m_location))
{
    static QAtomicInteger<int> counter;
    m_connectionName = u"charter-notifier-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    // Children, so that moveToThread() takes them along.
    m_timer.setParent(this);
    m_retryTimer.setParent(this);
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::check);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChangeNotifier::retry);
}

ChangeNotifier::~ChangeNotifier()
{
    m_timer.stop();
    m_retryTimer.stop();
    m_socket = -1;
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void ChangeNotifier::watch(PgLink::Session session)
{
    m_watchedSocket = session.socket;
    m_watchedPid = session.backendPid;
}

void ChangeNotifier::abortConnection()
{
    PgLink::abortSocket(m_socket);
}

Status ChangeNotifier::start()
{
    if (!m_supported)
        return {};
    Status status = connectAndListen();
    if (status) {
        m_timer.start();
    } else {
        m_retryDelay = std::min(250, m_maximumRetryDelay);
        m_retryTimer.start(m_retryDelay); // keeps trying, as after a lost connection
    }
    return status;
}

Status ChangeNotifier::connectAndListen()
{
    if (!m_db.isValid()) {
        m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        Result<ConnectionString> parsed = ConnectionString::parse(m_location);
        if (!parsed)
            return parsed.error();
        if (Status status = parsed->applyTo(m_db); !status)
            return status;
    }
    m_socket = -1;
    m_db.close();
    if (!m_db.open()) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Cannot listen for changes on %1: %2")
                             .arg(displayOf(m_location), m_db.lastError().text().trimmed()));
    }
    const PgLink::Session session = PgLink::sessionOf(m_db);
    m_backendPid = session.backendPid;
    m_socket = session.socket;
    QSqlDriver *driver = m_db.driver();
    // A new connection has a new driver object: (re)connect to it and subscribe again.
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    connect(driver, &QSqlDriver::notification, this, &ChangeNotifier::onNotification);
    if (!driver->subscribeToNotification(QString::fromLatin1(Channel))) {
        m_db.close();
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Cannot listen for changes on %1: %2")
                             .arg(displayOf(m_location), driver->lastError().text().trimmed()));
    }
    m_connected = true;
    return {};
}

void ChangeNotifier::check()
{
    if (!m_connected)
        return;
    // One round trip answers both: is the server there, and is the watched session?
    const qint64 watched = m_watchedPid;
    const QByteArray question = watched
        ? "SELECT count(*) FROM pg_stat_activity WHERE pid = " + QByteArray::number(watched)
        : QByteArrayLiteral("SELECT 1");
    const PgLink::Answer answer = PgLink::ask(m_db, question, m_probeTimeout,
                                              [this](const QString &channel, const QString &payload) {
                                                  deliver(channel, payload);
                                              });
    switch (answer.kind) {
    case PgLink::Answer::Kind::Answered:
        if (watched && answer.value == u"0"_s && m_watchedPid == watched) {
            spdlog::warn("The watched connection to {} (server process {}) has ended",
                         displayOf(m_location).toStdString(), watched);
            forgetWatched();
            emit watchedConnectionLost();
        }
        return;
    case PgLink::Answer::Kind::TimedOut:
        // A silent network: whatever waits on this server waits in vain.
        PgLink::abortSocket(m_socket);
        if (m_watchedPid) {
            PgLink::abortSocket(m_watchedSocket);
            forgetWatched();
            emit watchedConnectionLost();
        }
        lose(answer.error);
        return;
    case PgLink::Answer::Kind::Failed:
        lose(answer.error);
        return;
    }
}

void ChangeNotifier::forgetWatched()
{
    m_watchedPid = 0;
    m_watchedSocket = -1;
}

void ChangeNotifier::lose(const QString &reason)
{
    m_connected = false;
    m_timer.stop();
    const QString message = tr("Lost the connection to %1; reconnecting.").arg(displayOf(m_location));
    spdlog::warn("{} ({})", message.toStdString(), reason.toStdString());
    emit connectionLost(message);
    m_retryDelay = 0;
    m_retryTimer.start(0); // at once: a dropped session on a running server is back immediately
}

void ChangeNotifier::retry()
{
    if (!connectAndListen()) {
        // Backoff: a restarting server is not hammered, a long outage costs little.
        m_retryDelay = std::clamp(m_retryDelay * 2, 250, std::max(250, m_maximumRetryDelay));
        m_retryTimer.start(m_retryDelay);
        return;
    }
    m_retryDelay = 0;
    m_timer.start();
    spdlog::info("Listening for changes on {} again", displayOf(m_location).toStdString());
    check(); // the watched session may have ended with the server: say so first
    if (!m_connected)
        return;
    emit reconnected();
    emit resynchronise();
}

void ChangeNotifier::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                    const QVariant &payload)
{
    Q_UNUSED(source)
    deliver(name, payload.toString());
}

void ChangeNotifier::deliver(const QString &channel, const QString &payload)
{
    if (channel != QString::fromLatin1(Channel))
        return;
    const qsizetype colon = payload.indexOf(u':');
    emit changed(colon < 0 ? payload : payload.left(colon), colon < 0 ? QString() : payload.mid(colon + 1));
}

} // namespace charter
