#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace charter {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &connection)
{
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
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
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

} // namespace charter
