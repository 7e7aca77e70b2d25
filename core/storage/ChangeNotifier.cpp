#include "ChangeNotifier.h"

#include "ConnectionString.h"
#include "Database.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

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
    m_timer.setInterval(2000);
    connect(&m_timer, &QTimer::timeout, this, &ChangeNotifier::check);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChangeNotifier::retry);
}

ChangeNotifier::~ChangeNotifier()
{
    m_timer.stop();
    m_retryTimer.stop();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
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
    m_db.close();
    if (!m_db.open()) {
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Cannot listen for changes on %1: %2")
                             .arg(displayOf(m_location), m_db.lastError().text().trimmed()));
    }
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT pg_backend_pid()"_s) || !query.next()) {
        m_db.close();
        return makeError(ErrorCode::DatabaseUnavailable,
                         tr("Cannot listen for changes on %1: %2")
                             .arg(displayOf(m_location), query.lastError().text().trimmed()));
    }
    m_backendPid = query.value(0).toLongLong();
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
    QSqlQuery query(m_db);
    if (query.exec(u"SELECT 1"_s))
        return;
    m_connected = false;
    m_timer.stop();
    const QString message = tr("Lost the connection to %1; reconnecting.").arg(displayOf(m_location));
    spdlog::warn("{}", message.toStdString());
    emit connectionLost(message);
    m_retryDelay = 0;
    retry(); // at once: a dropped session on a running server is back immediately
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
    emit reconnected();
    emit resynchronise();
}

void ChangeNotifier::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                    const QVariant &payload)
{
    Q_UNUSED(source)
    if (name != QString::fromLatin1(Channel))
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.indexOf(u':');
    emit changed(colon < 0 ? text : text.left(colon), colon < 0 ? QString() : text.mid(colon + 1));
}

} // namespace charter
