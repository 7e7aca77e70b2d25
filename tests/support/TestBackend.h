#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// Runs the storage and service suites against either engine. CTest registers such a
// suite twice: "<name>" with CHARTER_TEST_DATABASE=sqlite and "<name>_pg" with
// CHARTER_TEST_DATABASE=postgresql. The PostgreSQL server is the one CHARTER_TEST_PG
// names (a libpq connection string to a maintenance database, e.g. the throwaway
// cluster tests/run-tests.sh starts), or else the one whose connection string the CTest
// fixture wrote to the file CHARTER_TEST_PG_FILE. CHARTER_TEST_DATABASE may also be a
// connection string itself. A PostgreSQL run without a server fails; it never skips.
namespace charter::test {

enum class Backend { Sqlite, Postgres };

Backend backend();
inline bool onPostgres() { return backend() == Backend::Postgres; }

// The maintenance connection string for PostgreSQL runs; empty (with a reason in
// ERROR) when there is none.
QString maintenanceConnection(QString *error);

// Runs SQL on the PostgreSQL maintenance database (as the cluster's superuser in the
// throwaway cluster): creating and dropping logins. False, with ERROR, on failure.
bool runOnMaintenance(const QString &sql, QString *error = nullptr);

// One fresh, empty database for one test: a file in a temporary folder, or a new
// PostgreSQL database (charter_test_<pid>_<n>) dropped again when this goes away.
class ScratchDatabase {
public:
    explicit ScratchDatabase(const QString &name = QStringLiteral("charter"));
    ~ScratchDatabase();
    ScratchDatabase(const ScratchDatabase &) = delete;
    ScratchDatabase &operator=(const ScratchDatabase &) = delete;

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool isServer() const { return !m_databaseName.isEmpty(); }

    // What to hand to Database::open (and to charter-cli --db).
    QString location() const { return m_location; }
    // PostgreSQL: the database's name; maintenance connection string.
    QString databaseName() const { return m_databaseName; }
    QString maintenance() const { return m_maintenance; }

    // A plain connection to this database, bypassing Charter (to build broken or
    // foreign databases); closed when this goes away.
    QSqlDatabase rawConnection();

private:
    QString m_error;
    QString m_location;
    QString m_databaseName;
    QString m_maintenance;
    QString m_rawName;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace charter::test

// In a test function: skip it on the backend it does not apply to.
#define CHARTER_SKIP_ON_POSTGRES(why)          \
    do {                                       \
        if (charter::test::onPostgres())       \
            QSKIP(why);                        \
    } while (false)
#define CHARTER_ONLY_ON_POSTGRES()                                   \
    do {                                                             \
        if (!charter::test::onPostgres())                            \
            QSKIP("PostgreSQL only (runs in the *_pg twin)");        \
    } while (false)
