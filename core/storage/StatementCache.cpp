#include "StatementCache.h"

#include <QSqlQuery>

namespace charter {

StatementCache::~StatementCache()
{
    clear();
}

QSqlQuery &StatementCache::prepared(const QString &sql, bool *ok)
{
    if (const auto it = m_statements.constFind(sql); it != m_statements.cend()) {
        *ok = true;
        return **it;
    }
    auto query = std::make_shared<QSqlQuery>(m_connection);
    *ok = query->prepare(sql);
    if (!*ok) {
        m_failed = std::move(query);
        return *m_failed;
    }
    return **m_statements.insert(sql, std::move(query));
}

void StatementCache::clear()
{
    m_statements.clear();
    m_failed.reset();
}

CachedQuery::~CachedQuery()
{
    // Resets the statement (and ends a read's implicit snapshot); bindings start afresh.
    m_query->finish();
}

} // namespace charter
