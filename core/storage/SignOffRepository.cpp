#include "SignOffRepository.h"

#include "AuditStore.h"
#include "Database.h"
#include "ReadRows.h"
#include "SqlValues.h"
#include "domain/GovernanceJson.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::SignOffRepository", text);
}

const QString SignOffFields = u"s.id, s.system_id, s.cycle, s.kind, s.signer, s.signer_person_id, "
                              "s.signed_at, s.reason, s.content_sha256, s.content, s.risk_tier, "
                              "s.policy_version"_s;

SignOff readSignOff(const QSqlQuery &query)
{
    SignOff signOff;
    signOff.id = query.value(0).toLongLong();
    signOff.systemId = query.value(1).toLongLong();
    signOff.cycle = query.value(2).toInt();
    signOff.kind = sql::toEnum(query.value(3), SignOffKind::ItReview);
    signOff.signer = query.value(4).toString();
    signOff.signerPersonId = query.value(5).toLongLong();
    signOff.signedAt = timestampFromStored(query.value(6).toString());
    signOff.reason = query.value(7).toString();
    signOff.contentSha256 = query.value(8).toString();
    signOff.content = query.value(9).toString().toUtf8();
    signOff.tier = sql::toEnum(query.value(10), RiskTier::Low);
    signOff.policyVersion = query.value(11).toInt();
    return signOff;
}

} // namespace

Result<QList<SignOff>> SignOffRepository::forSystem(qint64 systemId, int cycle) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + SignOffFields + u" FROM sign_offs s WHERE s.system_id = ?"_s
                  + (cycle >= 0 ? u" AND s.cycle = ?"_s : QString()) + u" ORDER BY s.id"_s);
    query.addBindValue(systemId);
    if (cycle >= 0)
        query.addBindValue(cycle);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the sign-offs of system %1").arg(systemId));
    QList<SignOff> signOffs;
    while (query.next())
        signOffs.append(readSignOff(query));
    return signOffs;
}

Result<QHash<qint64, QList<SignOff>>> SignOffRepository::ofSystemsInReview() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + SignOffFields + u" FROM sign_offs s JOIN system_workflow w "
                  "ON w.system_id = s.system_id AND w.cycle = s.cycle WHERE w.state = ? "
                  "ORDER BY s.id"_s);
    query.addBindValue(enumKey(WorkflowState::InReview));
    if (!query.exec())
        return m_db.queryError(query, tr("reading the sign-offs of the systems in review"));
    QHash<qint64, QList<SignOff>> bySystem;
    while (query.next()) {
        SignOff signOff = readSignOff(query);
        bySystem[signOff.systemId].append(std::move(signOff));
    }
    return bySystem;
}

Result<QHash<qint64, QList<SignOff>>> SignOffRepository::ofCurrentCycles() const
{
    return readRowsGrouped(
        m_db,
        u"SELECT "_s + SignOffFields + u" FROM sign_offs s JOIN system_workflow w "
                                       "ON w.system_id = s.system_id AND w.cycle = s.cycle ORDER BY s.id"_s,
        {}, tr("reading the sign-offs of the current review cycles"), readSignOff,
        [](const SignOff &signOff) { return signOff.systemId; });
}

Status SignOffRepository::insert(SignOff &signOff, const WriteContext &context)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO sign_offs (system_id, cycle, kind, signer, signer_person_id, signed_at, "
                  "reason, content_sha256, content, risk_tier, policy_version) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(signOff.systemId);
    query.addBindValue(signOff.cycle);
    query.addBindValue(enumKey(signOff.kind));
    query.addBindValue(signOff.signer);
    query.addBindValue(sql::idOrNull(signOff.signerPersonId));
    query.addBindValue(storedTimestamp(signOff.signedAt));
    query.addBindValue(sql::text(signOff.reason));
    query.addBindValue(signOff.contentSha256);
    query.addBindValue(QString::fromUtf8(signOff.content));
    query.addBindValue(enumKey(signOff.tier));
    query.addBindValue(signOff.policyVersion);
    if (!query.exec() || !query.next())
        return m_db.queryError(query, tr("recording the sign-off on system %1").arg(signOff.systemId));
    signOff.id = query.value(0).toLongLong();
    return AuditStore(m_db).append(context, u"sign"_s, u"sign_off"_s, QString::number(signOff.id), {},
                                   auditBytes(toJson(signOff)));
}

} // namespace charter
