#include "PolicyRepository.h"

#include "AuditStore.h"
#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace charter {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("charter::PolicyRepository", text);
}
} // namespace

Result<std::optional<PolicyRepository::StoredPolicy>> PolicyRepository::active() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT version, name, body FROM policies ORDER BY version DESC LIMIT 1"_s))
        return m_db.queryError(query, tr("reading the risk policy"));
    if (!query.next())
        return std::optional<StoredPolicy>();
    return std::optional<StoredPolicy>(StoredPolicy{query.value(0).toInt(), query.value(1).toString(),
                                                    query.value(2).toString().toUtf8()});
}

Status PolicyRepository::store(const StoredPolicy &policy, const WriteContext &context)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT 1 FROM policies WHERE version = ?"_s);
    query.addBindValue(policy.version);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the risk policy"));
    if (query.next()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Risk policy version %1 already exists; a changed policy needs a new "
                            "version number.").arg(policy.version));
    }
    query.prepare(u"INSERT INTO policies (version, name, body, activated_at, activated_by) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
    query.addBindValue(policy.version);
    query.addBindValue(sql::text(policy.name));
    query.addBindValue(QString::fromUtf8(policy.body));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(sql::text(context.actor));
    if (!query.exec())
        return m_db.queryError(query, tr("storing risk policy version %1").arg(policy.version));
    return AuditStore(m_db).append(context, u"activate"_s, u"policy"_s,
                                   QString::number(policy.version), {}, policy.body);
}

} // namespace charter
