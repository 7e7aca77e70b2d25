#include "TestBackend.h"

#include "storage/ConnectionString.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace charter::test {

namespace {

QString environment(const char *name)
{
    return qEnvironmentVariable(name).trimmed();
}

bool isConnectionString(const QString &text)
{
    return ConnectionString::looksLikeConnectionString(text);
}

int nextNumber()
{
    static std::atomic<int> counter{0};
    return ++counter;
}

// Opens a QPSQL connection named NAME to CONNECTIONTEXT; ERROR says why not.
QSqlDatabase connectRaw(const QString &connectionText, const QString &name, QString *error)
{
    Result<ConnectionString> parsed = ConnectionString::parse(connectionText);
    if (!parsed) {
        *error = parsed.error().message;
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (Status status = parsed->applyTo(db); !status) {
        *error = status.error().message;
        return db;
    }
    if (!db.open())
        *error = u"cannot connect to %1: %2"_s.arg(parsed->displayText(), db.lastError().text());
    return db;
}

} // namespace

Backend backend()
{
    const QString value = environment("CHARTER_TEST_DATABASE");
    if (value.isEmpty() || value.compare(u"sqlite"_s, Qt::CaseInsensitive) == 0)
        return Backend::Sqlite;
    return Backend::Postgres;
}

QString maintenanceConnection(QString *error)
{
    const QString chosen = environment("CHARTER_TEST_DATABASE");
    if (isConnectionString(chosen))
        return chosen;
    if (const QString pg = environment("CHARTER_TEST_PG"); !pg.isEmpty())
        return pg;
    const QString file = environment("CHARTER_TEST_PG_FILE");
    if (!file.isEmpty()) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            const QString text = QString::fromUtf8(f.readAll()).trimmed();
            if (!text.isEmpty())
                return text;
        }
    }
    *error = u"This test runs against PostgreSQL but no server is configured: CHARTER_TEST_PG "
             "is not set and the CTest fixture's connection file (%1) is missing. Run "
             "tests/run-tests.sh BUILD_DIR, or start a cluster with tests/pg/start-cluster.sh "
             "DIR and export CHARTER_TEST_PG with the line it prints."_s
                 .arg(file.isEmpty() ? u"CHARTER_TEST_PG_FILE unset"_s : file);
    return {};
}

bool runOnMaintenance(const QString &sql, QString *error)
{
    QString problem;
    const QString maintenance = maintenanceConnection(&problem);
    const QString name = u"charter-test-maintenance-%1"_s.arg(nextNumber());
    {
        QSqlDatabase db;
        if (!maintenance.isEmpty())
            db = connectRaw(maintenance, name, &problem);
        if (problem.isEmpty()) {
            QSqlQuery query(db);
            if (!query.exec(sql))
                problem = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (error)
        *error = problem;
    return problem.isEmpty();
}

ScratchDatabase::ScratchDatabase(const QString &name)
{
    if (backend() == Backend::Sqlite) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            m_error = u"cannot create a temporary folder: %1"_s.arg(m_dir->errorString());
        m_location = m_dir->filePath(name + u".db"_s);
        return;
    }
    m_maintenance = maintenanceConnection(&m_error);
    if (m_maintenance.isEmpty())
        return;
    m_databaseName = u"charter_test_%1_%2_%3"_s.arg(QCoreApplication::applicationPid())
                         .arg(nextNumber())
                         .arg(QRandomGenerator::global()->bounded(1000000));
    const QString admin = u"charter-test-admin-%1"_s.arg(m_databaseName);
    {
        QSqlDatabase db = connectRaw(m_maintenance, admin, &m_error);
        if (m_error.isEmpty()) {
            QSqlQuery query(db);
            if (!query.exec(u"CREATE DATABASE %1"_s.arg(m_databaseName)))
                m_error = u"cannot create the test database: %1"_s.arg(query.lastError().text());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(admin);
    m_location = ConnectionString::parse(m_maintenance)->with(u"dbname"_s, m_databaseName)
                     .toKeywordValue(true);
}

ScratchDatabase::~ScratchDatabase()
{
    if (!m_rawName.isEmpty()) {
        QSqlDatabase::database(m_rawName, false).close();
        QSqlDatabase::removeDatabase(m_rawName);
    }
    if (m_databaseName.isEmpty())
        return;
    const QString admin = u"charter-test-drop-%1"_s.arg(m_databaseName);
    {
        QString error;
        QSqlDatabase db = connectRaw(m_maintenance, admin, &error);
        if (error.isEmpty()) {
            // FORCE: a test that failed half-way may still hold a connection.
            QSqlQuery query(db);
            if (!query.exec(u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(m_databaseName)))
                qWarning("cannot drop %s: %s", qPrintable(m_databaseName), qPrintable(query.lastError().text()));
        } else {
            qWarning("cannot drop %s: %s", qPrintable(m_databaseName), qPrintable(error));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(admin);
}

QSqlDatabase ScratchDatabase::rawConnection()
{
    if (!m_rawName.isEmpty())
        return QSqlDatabase::database(m_rawName);
    m_rawName = u"charter-test-raw-%1"_s.arg(nextNumber());
    if (!isServer()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_rawName);
        db.setDatabaseName(m_location);
        db.open();
        return db;
    }
    QString error;
    QSqlDatabase db = connectRaw(m_location, m_rawName, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return db;
}

} // namespace charter::test
