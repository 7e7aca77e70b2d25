#include "SqliteStatement.h"

#include "Database.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>
#include <spdlog/spdlog.h>

#include <cstring>
#include <memory>
#include <vector>

namespace charter {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
    if (connection.driverName() != QLatin1StringView("QSQLITE"))
        return nullptr;
    if (!connection.isOpen() || !connection.driver())
        return nullptr;
    const QVariant handle = connection.driver()->handle();
    // Qt's SQLite driver hands out its sqlite3* under this type name.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

int digit(const unsigned char *text, int index)
{
    const int value = text[index] - '0';
    return value >= 0 && value <= 9 ? value : -1;
}

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase &connection, const char *sql)
    : m_handle(sqliteHandle(connection))
{
    if (m_handle && sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        recordError();
        m_statement = nullptr;
    }
    // Sized once: the held texts must never move while SQLite points at them.
    if (m_statement)
        m_texts.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)));
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &connection)
{
    return sqliteHandle(connection);
}

bool SqliteStatement::bindNull(int position)
{
    if (sqlite3_bind_null(m_statement, position) == SQLITE_OK)
        return true;
    recordError();
    return false;
}

bool SqliteStatement::bindText(int position, QByteArrayView utf8)
{
    if (position < 1 || std::size_t(position) > m_texts.size())
        return bindNull(position); // reports SQLite's range error
    std::string &held = m_texts[std::size_t(position - 1)];
    held.assign(utf8.data() ? utf8.data() : "", std::size_t(utf8.size()));
    // A non-null pointer even for "": SQLite binds a null pointer as NULL.
    if (sqlite3_bind_text64(m_statement, position, held.c_str(), sqlite3_uint64(held.size()), SQLITE_STATIC,
                            SQLITE_UTF8) == SQLITE_OK)
        return true;
    recordError();
    return false;
}

bool SqliteStatement::bindTextInPlace(int position, QByteArrayView utf8)
{
    // A non-null pointer even for "": SQLite binds a null pointer as NULL.
    if (sqlite3_bind_text64(m_statement, position, utf8.data() ? utf8.data() : "", sqlite3_uint64(utf8.size()),
                            SQLITE_STATIC, SQLITE_UTF8) == SQLITE_OK)
        return true;
    recordError();
    return false;
}

bool SqliteStatement::bindText(int position, const QString &text)
{
    if (position < 1 || std::size_t(position) > m_texts.size())
        return bindNull(position);
    std::string &held = m_texts[std::size_t(position - 1)];
    // Encoded in place (Qt's encoder narrows ASCII runs many characters at a time).
    held.resize(std::size_t(m_utf8.requiredSpace(text.size())));
    const char *end = m_utf8.appendToBuffer(held.data(), text);
    held.resize(std::size_t(end - held.data()));
    if (sqlite3_bind_text64(m_statement, position, held.c_str(), sqlite3_uint64(held.size()), SQLITE_STATIC,
                            SQLITE_UTF8) == SQLITE_OK)
        return true;
    recordError();
    return false;
}

bool SqliteStatement::bindStaticAscii(int position, const char *text)
{
    if (sqlite3_bind_text(m_statement, position, text, -1, SQLITE_STATIC) == SQLITE_OK)
        return true;
    recordError();
    return false;
}

bool SqliteStatement::bindBlob(int position, QByteArrayView bytes)
{
    if (position < 1 || std::size_t(position) > m_texts.size())
        return bindNull(position);
    // Held like the texts: SQLite would otherwise allocate a copy per row.
    std::string &held = m_texts[std::size_t(position - 1)];
    held.assign(bytes.data() ? bytes.data() : "", std::size_t(bytes.size()));
    if (sqlite3_bind_blob64(m_statement, position, held.data(), sqlite3_uint64(held.size()), SQLITE_STATIC)
        == SQLITE_OK)
        return true;
    recordError();
    return false;
}

bool SqliteStatement::execute()
{
    int result = sqlite3_step(m_statement);
    while (result == SQLITE_ROW)
        result = sqlite3_step(m_statement);
    if (result != SQLITE_DONE)
        recordError();
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return result == SQLITE_DONE;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_handle);
}

bool SqliteStatement::bind(int position, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, position, value) == SQLITE_OK)
        return true;
    recordError();
    return false;
}

bool SqliteStatement::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        recordError();
    return false;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QDate SqliteStatement::date(int column) const
{
    const unsigned char *text = sqlite3_column_text(m_statement, column);
    if (!text || sqlite3_column_bytes(m_statement, column) != 10 || text[4] != '-' || text[7] != '-')
        return QDate();
    int parts[8];
    const int positions[8] = {0, 1, 2, 3, 5, 6, 8, 9};
    for (int i = 0; i < 8; ++i) {
        parts[i] = digit(text, positions[i]);
        if (parts[i] < 0)
            return QDate();
    }
    return QDate(parts[0] * 1000 + parts[1] * 100 + parts[2] * 10 + parts[3],
                 parts[4] * 10 + parts[5], parts[6] * 10 + parts[7]);
}

void SqliteStatement::recordError()
{
    m_error = QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)),
                        QSqlError::StatementError, QString::number(sqlite3_extended_errcode(m_handle)));
}

namespace {

// The statements of one write transaction; finalised when it ends (before COMMIT).
class TransactionStatements final : public Database::TransactionState {
public:
    static constexpr char Key[] = "sqlite_statements";

    Status flush() override { return {}; }

    std::vector<std::pair<const char *, std::unique_ptr<SqliteStatement>>> statements;
};

} // namespace

SqliteStatement *transactionStatement(Database &db, const char *sql, QSqlError *error)
{
    if (!db.inTransaction())
        return nullptr; // nothing would finalise it: the caller's QSqlQuery path runs
    auto *cache = static_cast<TransactionStatements *>(db.transactionState(TransactionStatements::Key));
    if (!cache) {
        if (!SqliteStatement::handleOf(db.connection()))
            return nullptr;
        auto created = std::make_unique<TransactionStatements>();
        cache = created.get();
        db.setTransactionState(TransactionStatements::Key, std::move(created));
    }
    for (const auto &[text, statement] : cache->statements) {
        if (text == sql)
            return statement.get();
    }
    auto statement = std::make_unique<SqliteStatement>(db.connection(), sql);
    if (!statement->isValid()) {
        *error = statement->lastError();
        return nullptr;
    }
    cache->statements.emplace_back(sql, std::move(statement));
    return cache->statements.back().second.get();
}

namespace {

constexpr qint64 BulkCacheKiB = 64 * 1024; // at most 64 MiB, allocated as pages are used

void setCacheSize(sqlite3 *handle, qint64 size)
{
    const QByteArray pragma = "PRAGMA cache_size = " + QByteArray::number(size);
    sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
}

} // namespace

SqliteBulkCache::SqliteBulkCache(Database &db)
    : m_handle(SqliteStatement::handleOf(db.connection()))
{
    if (!m_handle)
        return;
    SqliteStatement current(db.connection(), "PRAGMA cache_size");
    if (!current.next()) {
        m_handle = nullptr;
        return;
    }
    m_previous = current.integer(0);
    setCacheSize(m_handle, -BulkCacheKiB);
}

SqliteBulkCache::~SqliteBulkCache()
{
    if (m_handle)
        setCacheSize(m_handle, m_previous);
}

namespace {

// Runs PRAGMA and returns its first column as text ("" on an error or without a row).
QByteArray pragmaText(sqlite3 *handle, const char *pragma)
{
    sqlite3_stmt *statement = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(handle, pragma, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        value = QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return value.toLower();
}

constexpr qint64 SynchronousExtra = 3;

} // namespace

SqliteBulkJournal::SqliteBulkJournal(Database &db)
{
    sqlite3 *handle = SqliteStatement::handleOf(db.connection());
    if (!handle || db.inTransaction() || pragmaText(handle, "PRAGMA journal_mode") != "wal")
        return;
    bool numeric = false;
    const qint64 synchronous = pragmaText(handle, "PRAGMA synchronous").toLongLong(&numeric);
    if (!numeric)
        return;
    // Synchronous first: there is no moment in DELETE mode with the weaker setting.
    if (synchronous < SynchronousExtra)
        sqlite3_exec(handle, "PRAGMA synchronous = EXTRA", nullptr, nullptr, nullptr);
    // Fails (SQLITE_BUSY, or "cannot change out of wal mode") while another connection
    // has the file open; the result then still says "wal".
    if (pragmaText(handle, "PRAGMA journal_mode = DELETE") != "delete") {
        if (synchronous < SynchronousExtra) {
            const QByteArray restore = "PRAGMA synchronous = " + QByteArray::number(synchronous);
            sqlite3_exec(handle, restore.constData(), nullptr, nullptr, nullptr);
        }
        return;
    }
    m_handle = handle;
    m_previousSynchronous = synchronous;
}

SqliteBulkJournal::~SqliteBulkJournal()
{
    if (!m_handle)
        return;
    // Back to WAL first; should that fail (another process opened the file and holds
    // it past the busy timeout), the file stays in DELETE mode with EXTRA, which is just
    // as safe, until the next open switches it to WAL (Database::applyPragmas).
    if (pragmaText(m_handle, "PRAGMA journal_mode = WAL") != "wal") {
        spdlog::warn("Could not switch the database back to WAL after a bulk write: {}",
                     sqlite3_errmsg(m_handle));
        return;
    }
    const QByteArray restore = "PRAGMA synchronous = " + QByteArray::number(m_previousSynchronous);
    sqlite3_exec(m_handle, restore.constData(), nullptr, nullptr, nullptr);
}

} // namespace charter
