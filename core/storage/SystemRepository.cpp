#include "SystemRepository.h"
#include "SqliteStatement.h"

#include "AuditStore.h"
#include "Database.h"
#include "IsoTimestamp.h"
#include "SqlValues.h"
#include "domain/CanonicalSystemJson.h"
#include "domain/Json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::SystemRepository", text);
}

// Column order shared by SELECT and INSERT/UPDATE; keep readSystem/bindSystemFields in step.
const QString SystemFields = u"name, purpose, business_unit, lifecycle, deployment_model, "
                             "external_ref, accountable_owner_id, business_owner_id, "
                             "technical_owner_id, support_owner_id, it_contact_id, vendor_id, "
                             "vendor_unknown, personal_data, production_data, safety_related, "
                             "data_residency, access_scope, external_processing, "
                             "cloud_connectivity, credential_handling, integrations, "
                             "support_maintainer, support_updates, support_escalation, "
                             "eu_ai_act_category, eu_ai_act_role, omb_high_impact, next_review, "
                             "import_notes, risk_score, risk_tier, completeness, gap_count, "
                             "policy_version"_s;
constexpr int SystemFieldCount = 35;

const QString ImportNoteSeparator = u"\n"_s;

QString placeholders(int count)
{
    QString text;
    for (int i = 0; i < count; ++i)
        text += i == 0 ? u"?"_s : u", ?"_s;
    return text;
}

void bindSystemFields(QSqlQuery &query, const AiSystem &system, const RiskAssessment &risk)
{
    query.addBindValue(sql::text(system.name));
    query.addBindValue(sql::text(system.purpose));
    query.addBindValue(sql::text(system.businessUnit));
    query.addBindValue(enumKey(system.lifecycle));
    query.addBindValue(enumKey(system.deploymentModel));
    query.addBindValue(sql::text(system.externalReference));
    query.addBindValue(sql::idOrNull(system.ownership.accountableOwnerId));
    query.addBindValue(sql::idOrNull(system.ownership.businessOwnerId));
    query.addBindValue(sql::idOrNull(system.ownership.technicalOwnerId));
    query.addBindValue(sql::idOrNull(system.ownership.supportOwnerId));
    query.addBindValue(sql::idOrNull(system.ownership.itContactId));
    query.addBindValue(sql::idOrNull(system.vendorId));
    query.addBindValue(system.vendorUnknown ? 1 : 0);
    query.addBindValue(enumKey(system.data.personalData));
    query.addBindValue(enumKey(system.data.productionData));
    query.addBindValue(enumKey(system.data.safetyRelated));
    query.addBindValue(sql::text(system.data.dataResidency));
    query.addBindValue(sql::text(system.data.accessScope));
    query.addBindValue(enumKey(system.data.externalProcessing));
    query.addBindValue(enumKey(system.data.cloudConnectivity));
    query.addBindValue(sql::text(system.data.credentialHandling));
    query.addBindValue(sql::text(system.data.integrations));
    query.addBindValue(enumKey(system.support.maintainer));
    query.addBindValue(sql::text(system.support.updatePolicy));
    query.addBindValue(sql::text(system.support.issueEscalation));
    query.addBindValue(enumKey(system.regulatory.euAiActCategory));
    query.addBindValue(enumKey(system.regulatory.euAiActRole));
    query.addBindValue(enumKey(system.regulatory.usOmbHighImpact));
    query.addBindValue(sql::dateOrNull(system.nextReview));
    query.addBindValue(sql::text(system.importNotes.join(ImportNoteSeparator)));
    query.addBindValue(risk.score);
    query.addBindValue(enumKey(risk.tier));
    query.addBindValue(risk.completeness);
    query.addBindValue(int(risk.unknowns.size()));
    query.addBindValue(risk.policyVersion);
}

// enumKey() as the static string of the enum table ("" for an unlisted value).
template <typename E>
const char *enumKeyAscii(E value)
{
    for (const auto &entry : enumEntries<E>()) {
        if (entry.value == value)
            return entry.key;
    }
    return "";
}

// bindSystemFields for a raw SQLite statement, from parameter FIRST on; false on an error.
bool bindSystemFields(SqliteStatement &statement, int first, const AiSystem &system,
                      const RiskAssessment &risk)
{
    int p = first;
    bool ok = true;
    const auto text = [&](const QString &value) { ok = ok && statement.bindText(p++, value); };
    const auto key = [&](const auto value) { ok = ok && statement.bindStaticAscii(p++, enumKeyAscii(value)); };
    const auto integer = [&](qint64 value) { ok = ok && statement.bind(p++, value); };
    const auto id = [&](qint64 value) {
        ok = ok && (value > 0 ? statement.bind(p++, value) : statement.bindNull(p++));
    };
    text(system.name);
    text(system.purpose);
    text(system.businessUnit);
    key(system.lifecycle);
    key(system.deploymentModel);
    text(system.externalReference);
    id(system.ownership.accountableOwnerId);
    id(system.ownership.businessOwnerId);
    id(system.ownership.technicalOwnerId);
    id(system.ownership.supportOwnerId);
    id(system.ownership.itContactId);
    id(system.vendorId);
    integer(system.vendorUnknown ? 1 : 0);
    key(system.data.personalData);
    key(system.data.productionData);
    key(system.data.safetyRelated);
    text(system.data.dataResidency);
    text(system.data.accessScope);
    key(system.data.externalProcessing);
    key(system.data.cloudConnectivity);
    text(system.data.credentialHandling);
    text(system.data.integrations);
    key(system.support.maintainer);
    text(system.support.updatePolicy);
    text(system.support.issueEscalation);
    key(system.regulatory.euAiActCategory);
    key(system.regulatory.euAiActRole);
    key(system.regulatory.usOmbHighImpact);
    if (system.nextReview.isValid())
        text(system.nextReview.toString(Qt::ISODate));
    else
        ok = ok && statement.bindNull(p++);
    text(system.importNotes.join(ImportNoteSeparator));
    integer(risk.score);
    key(risk.tier);
    integer(risk.completeness);
    integer(risk.unknowns.size());
    integer(risk.policyVersion);
    return ok;
}

// Reads the SystemFields columns starting at column FIRST.
void readSystemFields(const QSqlQuery &query, int first, AiSystem &system)
{
    int c = first;
    const auto next = [&]() { return query.value(c++); };
    system.name = next().toString();
    system.purpose = next().toString();
    system.businessUnit = next().toString();
    system.lifecycle = sql::toEnum(next(), Lifecycle::Unknown);
    system.deploymentModel = sql::toEnum(next(), DeploymentModel::Unknown);
    system.externalReference = next().toString();
    system.ownership.accountableOwnerId = next().toLongLong();
    system.ownership.businessOwnerId = next().toLongLong();
    system.ownership.technicalOwnerId = next().toLongLong();
    system.ownership.supportOwnerId = next().toLongLong();
    system.ownership.itContactId = next().toLongLong();
    system.vendorId = next().toLongLong();
    system.vendorUnknown = next().toInt() != 0;
    system.data.personalData = sql::toEnum(next(), Answer::Unknown);
    system.data.productionData = sql::toEnum(next(), Answer::Unknown);
    system.data.safetyRelated = sql::toEnum(next(), Answer::Unknown);
    system.data.dataResidency = next().toString();
    system.data.accessScope = next().toString();
    system.data.externalProcessing = sql::toEnum(next(), Answer::Unknown);
    system.data.cloudConnectivity = sql::toEnum(next(), Answer::Unknown);
    system.data.credentialHandling = next().toString();
    system.data.integrations = next().toString();
    system.support.maintainer = sql::toEnum(next(), Maintainer::Unknown);
    system.support.updatePolicy = next().toString();
    system.support.issueEscalation = next().toString();
    system.regulatory.euAiActCategory = sql::toEnum(next(), EuAiActCategory::Unknown);
    system.regulatory.euAiActRole = sql::toEnum(next(), EuAiActRole::Unknown);
    system.regulatory.usOmbHighImpact = sql::toEnum(next(), Answer::Unknown);
    system.nextReview = sql::toDate(next());
    const QString notes = next().toString();
    system.importNotes = notes.isEmpty() ? QStringList() : notes.split(ImportNoteSeparator);
}

const QString SelectSystems = u"SELECT id, version, created_at, updated_at, "_s + SystemFields
                              + u" FROM systems"_s;

AiSystem readSystem(const QSqlQuery &query)
{
    AiSystem system;
    system.id = query.value(0).toLongLong();
    system.version = query.value(1).toInt();
    system.createdAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
    system.updatedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs);
    readSystemFields(query, 4, system);
    return system;
}

QString nowUtc()
{
    return isoUtcWithMs(QDateTime::currentDateTimeUtc());
}

} // namespace

Result<AiSystem> SystemRepository::load(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(SelectSystems + u" WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec())
        return m_db.queryError(query, tr("reading system %1").arg(id));
    if (!query.next())
        return makeError(ErrorCode::InvalidInput, tr("There is no AI system with id %1.").arg(id));
    QList<AiSystem> systems{readSystem(query)};
    if (Status status = loadChildren(systems); !status)
        return status.error();
    return systems.first();
}

Result<QList<AiSystem>> SystemRepository::all() const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(SelectSystems + u" ORDER BY id"_s))
        return m_db.queryError(query, tr("reading the register"));
    QList<AiSystem> systems;
    while (query.next())
        systems.append(readSystem(query));
    if (Status status = loadChildren(systems); !status)
        return status.error();
    return systems;
}

Status SystemRepository::loadChildren(QList<AiSystem> &systems) const
{
    if (systems.isEmpty())
        return {};
    QHash<qint64, qsizetype> indexById;
    indexById.reserve(systems.size());
    for (qsizetype i = 0; i < systems.size(); ++i)
        indexById.insert(systems[i].id, i);
    // One system: filter in SQL. Many: read the whole child tables once (cheaper than
    // a query per system) and keep the rows that belong to the requested systems.
    const bool single = systems.size() == 1;
    const QString where = single ? u" WHERE system_id = ?"_s : QString();

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT system_id, decision, influence, human_intervention, failure_handling, "
                  "uncertainty_reporting FROM boundaries"_s + where + u" ORDER BY system_id, position"_s);
    if (single)
        query.addBindValue(systems.first().id);
    if (!query.exec())
        return m_db.queryError(query, tr("reading decision boundaries"));
    while (query.next()) {
        const auto it = indexById.constFind(query.value(0).toLongLong());
        if (it == indexById.cend())
            continue;
        DecisionBoundary boundary;
        boundary.decision = query.value(1).toString();
        boundary.influence = sql::toEnum(query.value(2), InfluenceLevel::Unknown);
        boundary.humanIntervention = query.value(3).toString();
        boundary.failureHandling = query.value(4).toString();
        boundary.uncertaintyReporting = query.value(5).toString();
        systems[*it].boundaries.append(boundary);
    }

    query.prepare(u"SELECT system_id, severity, person_id, channel, response_minutes "
                  "FROM escalation_steps"_s + where + u" ORDER BY system_id, position"_s);
    if (single)
        query.addBindValue(systems.first().id);
    if (!query.exec())
        return m_db.queryError(query, tr("reading escalation paths"));
    while (query.next()) {
        const auto it = indexById.constFind(query.value(0).toLongLong());
        if (it == indexById.cend())
            continue;
        EscalationStep step;
        step.severity = sql::toEnum(query.value(1), Severity::High);
        step.personId = query.value(2).toLongLong();
        step.channel = query.value(3).toString();
        step.responseMinutes = query.value(4).toInt();
        systems[*it].escalation.append(step);
    }
    return {};
}

Result<QList<RegistryRow>> SystemRepository::registryRows() const
{
    return readRegistryRows(0);
}

Result<QList<RegistryRow>> SystemRepository::registryRowsOfVendor(qint64 vendorId) const
{
    if (vendorId <= 0)
        return QList<RegistryRow>();
    return readRegistryRows(vendorId);
}

namespace {

// The registry columns, read the same way from QSqlQuery and from SqliteStatement.
constexpr char RegistryRowsSql[] =
    "SELECT s.id, s.name, s.external_ref, s.business_unit, s.lifecycle, "
    "p.name, v.name, s.vendor_unknown, s.risk_tier, s.risk_score, "
    "s.completeness, s.gap_count, s.next_review "
    "FROM systems s "
    "LEFT JOIN people p ON p.id = s.accountable_owner_id "
    "LEFT JOIN vendors v ON v.id = s.vendor_id ";

struct QueryColumns {
    const QSqlQuery &query;
    qint64 integer(int column) const { return query.value(column).toLongLong(); }
    QString text(int column) const { return query.value(column).toString(); }
    QDate date(int column) const { return sql::toDate(query.value(column)); }
};

struct StatementColumns {
    const SqliteStatement &statement;
    qint64 integer(int column) const { return statement.integer(column); }
    QString text(int column) const { return statement.text(column); }
    QDate date(int column) const { return statement.date(column); }
};

template <typename Columns>
RegistryRow registryRow(const Columns &columns)
{
    RegistryRow row;
    row.id = columns.integer(0);
    row.name = columns.text(1);
    row.externalReference = columns.text(2);
    row.businessUnit = columns.text(3);
    row.lifecycle = enumFromKey<Lifecycle>(columns.text(4)).value_or(Lifecycle::Unknown);
    row.accountableOwner = columns.text(5);
    row.vendor = columns.text(6);
    row.vendorUnknown = columns.integer(7) != 0;
    row.riskTier = enumFromKey<RiskTier>(columns.text(8)).value_or(RiskTier::Low);
    row.riskScore = int(columns.integer(9));
    row.completeness = int(columns.integer(10));
    row.gapCount = int(columns.integer(11));
    row.nextReview = columns.date(12);
    return row;
}

} // namespace

Result<QList<RegistryRow>> SystemRepository::readRegistryRows(qint64 vendorId) const
{
    const QByteArray sql = QByteArray(RegistryRowsSql)
                           + (vendorId > 0 ? "WHERE s.vendor_id = ? " : "") + "ORDER BY s.name, s.id";
    const QString what = vendorId > 0 ? tr("reading the systems of vendor %1").arg(vendorId)
                                      : tr("reading the register");
    QList<RegistryRow> rows;

    SqliteStatement statement(m_db.connection(), sql.constData());
    if (statement.failed())
        return m_db.sqlError(statement.lastError(), what);
    if (statement.isValid()) {
        if (vendorId > 0)
            statement.bind(1, vendorId);
        const StatementColumns columns{statement};
        while (statement.next())
            rows.append(registryRow(columns));
        if (statement.failed())
            return m_db.sqlError(statement.lastError(), what);
        return rows;
    }

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QString::fromLatin1(sql));
    if (vendorId > 0)
        query.addBindValue(vendorId);
    if (!query.exec())
        return m_db.queryError(query, what);
    const QueryColumns columns{query};
    while (query.next())
        rows.append(registryRow(columns));
    return rows;
}

Result<QList<PersonRole>> SystemRepository::rolesOfPerson(qint64 personId) const
{
    QList<PersonRole> roles;
    if (personId <= 0)
        return roles;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, name, accountable_owner_id, business_owner_id, technical_owner_id, "
                  "support_owner_id, it_contact_id FROM systems WHERE ? IN (accountable_owner_id, "
                  "business_owner_id, technical_owner_id, support_owner_id, it_contact_id) "
                  "ORDER BY name, id"_s);
    query.addBindValue(personId);
    if (!query.exec())
        return m_db.queryError(query, tr("reading the roles of person %1").arg(personId));
    const PersonRole::Kind kinds[] = {PersonRole::Kind::AccountableOwner, PersonRole::Kind::BusinessOwner,
                                      PersonRole::Kind::TechnicalOwner, PersonRole::Kind::SupportOwner,
                                      PersonRole::Kind::ItContact};
    while (query.next()) {
        for (int i = 0; i < 5; ++i) {
            if (query.value(2 + i).toLongLong() != personId)
                continue;
            PersonRole role;
            role.systemId = query.value(0).toLongLong();
            role.systemName = query.value(1).toString();
            role.kind = kinds[i];
            roles.append(role);
        }
    }
    QSqlQuery steps(m_db.connection());
    steps.setForwardOnly(true);
    steps.prepare(u"SELECT s.id, s.name, e.severity FROM escalation_steps e "
                  "JOIN systems s ON s.id = e.system_id WHERE e.person_id = ? "
                  "ORDER BY s.name, s.id, e.position"_s);
    steps.addBindValue(personId);
    if (!steps.exec())
        return m_db.queryError(steps, tr("reading the escalation steps of person %1").arg(personId));
    while (steps.next()) {
        PersonRole role;
        role.systemId = steps.value(0).toLongLong();
        role.systemName = steps.value(1).toString();
        role.kind = PersonRole::Kind::Escalation;
        role.severity = sql::toEnum(steps.value(2), Severity::High);
        roles.append(role);
    }
    std::stable_sort(roles.begin(), roles.end(), [](const PersonRole &a, const PersonRole &b) {
        return QString::localeAwareCompare(a.systemName, b.systemName) < 0;
    });
    return roles;
}

Result<qint64> SystemRepository::count() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT COUNT(*) FROM systems"_s) || !query.next())
        return m_db.queryError(query, tr("counting systems"));
    return query.value(0).toLongLong();
}

Result<qint64> SystemRepository::resolve(const QString &idOrName) const
{
    QSqlQuery query(m_db.connection());
    bool numeric = false;
    const qint64 id = idOrName.toLongLong(&numeric);
    if (numeric) {
        query.prepare(u"SELECT id FROM systems WHERE id = ?"_s);
        query.addBindValue(id);
        if (!query.exec())
            return m_db.queryError(query, tr("looking up system %1").arg(idOrName));
        if (query.next())
            return id;
    }
    query.prepare(u"SELECT id FROM systems WHERE name = ? ORDER BY id LIMIT 2"_s);
    query.addBindValue(idOrName);
    if (!query.exec())
        return m_db.queryError(query, tr("looking up system %1").arg(idOrName));
    if (!query.next()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("No AI system has the id or exact name \"%1\". Use 'charter-cli list' "
                            "to see the register.").arg(idOrName));
    }
    const qint64 found = query.value(0).toLongLong();
    if (query.next()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Several AI systems are named \"%1\"; name one by its id.").arg(idOrName));
    }
    return found;
}

Status SystemRepository::insert(AiSystem &system, const RiskAssessment &risk,
                                const WriteContext &context, const PreparedAuditEntry *audit)
{
    // A restored record (portfolio import) keeps its version and times; a new one starts now.
    // Stored as UTC text with milliseconds, which is all a QDateTime holds.
    const QDateTime created = system.createdAt.isValid() ? system.createdAt.toUTC() : QDateTime::currentDateTimeUtc();
    const QDateTime updated = system.updatedAt.isValid() ? system.updatedAt.toUTC() : created;
    const QString createdAt = isoUtcWithMs(created);
    const QString updatedAt = updated == created ? createdAt : isoUtcWithMs(updated);
    const Times times{system.version > 0 ? system.version : 1, created, updated};
    // SQLite: a raw statement prepared once per transaction (an import runs this per row).
    static const QByteArray insertSqlite = (u"INSERT INTO systems (id, version, created_at, updated_at, "_s
        + SystemFields + u") VALUES (?, ?, ?, ?, "_s + placeholders(SystemFieldCount) + u")"_s).toUtf8();
    QSqlError error;
    if (SqliteStatement *raw = transactionStatement(m_db, insertSqlite.constData(), &error)) {
        const bool bound = (system.id > 0 ? raw->bind(1, system.id) : raw->bindNull(1))
                           && raw->bind(2, times.version) && raw->bindText(3, createdAt)
                           && raw->bindText(4, updatedAt) && bindSystemFields(*raw, 5, system, risk);
        if (!bound || !raw->execute())
            return m_db.sqlError(raw->lastError(), tr("adding AI system \"%1\"").arg(system.name));
        system.id = raw->lastInsertRowId();
        return finishInsert(system, times, context, audit);
    }
    if (error.isValid())
        return m_db.sqlError(error, tr("adding AI system \"%1\"").arg(system.name));
    static const QString insertSql = u"INSERT INTO systems (id, version, created_at, updated_at, "_s
        + SystemFields + u") VALUES (?, ?, ?, ?, "_s + placeholders(SystemFieldCount) + u") RETURNING id"_s;
    bool prepared = false;
    CachedQuery query = m_db.cachedQuery(insertSql, &prepared);
    if (!prepared)
        return m_db.queryError(*query, tr("adding AI system \"%1\"").arg(system.name));
    query->addBindValue(sql::idOrNull(system.id));
    query->addBindValue(times.version);
    query->addBindValue(createdAt);
    query->addBindValue(updatedAt);
    bindSystemFields(*query, system, risk);
    if (!query->exec() || !query->next())
        return m_db.queryError(*query, tr("adding AI system \"%1\"").arg(system.name));
    system.id = query->value(0).toLongLong();
    return finishInsert(system, times, context, audit);
}

Status SystemRepository::finishInsert(AiSystem &system, const Times &times, const WriteContext &context,
                                      const PreparedAuditEntry *audit)
{
    system.version = times.version;
    system.createdAt = times.createdAt;
    system.updatedAt = times.updatedAt;
    if (Status status = writeChildren(system); !status)
        return status;
    if (audit) {
        Q_ASSERT(audit->fields[6].utf8 == canonicalSystemJson(system));
        return AuditStore(m_db).appendPrepared(*audit);
    }
    return AuditStore(m_db).append(context, u"create"_s, u"system"_s, QString::number(system.id),
                                   {}, canonicalSystemJson(system));
}

Status SystemRepository::update(AiSystem &system, const RiskAssessment &risk,
                                const WriteContext &context)
{
    Result<AiSystem> before = load(system.id);
    if (!before)
        return before.error();
    if (before->version != system.version) {
        return makeError(ErrorCode::Conflict,
                         tr("AI system \"%1\" was changed by someone else (your copy is version "
                            "%2, the register holds version %3). Reload it and apply your change "
                            "again.").arg(system.name).arg(system.version).arg(before->version));
    }
    const QString now = nowUtc();
    QSqlQuery query(m_db.connection());
    QString assignments;
    const QStringList fields = SystemFields.split(u", "_s);
    for (const QString &field : fields)
        assignments += field + u" = ?, "_s;
    query.prepare(u"UPDATE systems SET "_s + assignments
                  + u"version = version + 1, updated_at = ? WHERE id = ? AND version = ?"_s);
    bindSystemFields(query, system, risk);
    query.addBindValue(now);
    query.addBindValue(system.id);
    query.addBindValue(system.version);
    if (!query.exec())
        return m_db.queryError(query, tr("updating AI system \"%1\"").arg(system.name));
    if (query.numRowsAffected() != 1) {
        return makeError(ErrorCode::Conflict,
                         tr("AI system \"%1\" was changed by someone else while saving. Reload it "
                            "and apply your change again.").arg(system.name));
    }
    QSqlQuery clear(m_db.connection());
    for (const QString &table : {u"boundaries"_s, u"escalation_steps"_s}) {
        clear.prepare(u"DELETE FROM "_s + table + u" WHERE system_id = ?"_s);
        clear.addBindValue(system.id);
        if (!clear.exec())
            return m_db.queryError(clear, tr("updating AI system \"%1\"").arg(system.name));
    }
    if (Status status = writeChildren(system); !status)
        return status;
    system.version += 1;
    system.createdAt = before->createdAt;
    system.updatedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    return AuditStore(m_db).append(context, u"update"_s, u"system"_s, QString::number(system.id),
                                   canonicalSystemJson(*before), canonicalSystemJson(system));
}

Status SystemRepository::remove(qint64 id, int expectedVersion, const WriteContext &context)
{
    Result<AiSystem> before = load(id);
    if (!before)
        return before.error();
    if (before->version != expectedVersion) {
        return makeError(ErrorCode::Conflict,
                         tr("AI system \"%1\" was changed by someone else; reload it before "
                            "deleting.").arg(before->name));
    }
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM systems WHERE id = ? AND version = ?"_s);
    query.addBindValue(id);
    query.addBindValue(expectedVersion);
    if (!query.exec())
        return m_db.queryError(query, tr("deleting AI system \"%1\"").arg(before->name));
    return AuditStore(m_db).append(context, u"delete"_s, u"system"_s, QString::number(id),
                                   canonicalSystemJson(*before), {});
}

Status SystemRepository::storeAssessment(qint64 id, const RiskAssessment &risk)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE systems SET risk_score = ?, risk_tier = ?, completeness = ?, "
                  "gap_count = ?, policy_version = ? WHERE id = ?"_s);
    query.addBindValue(risk.score);
    query.addBindValue(enumKey(risk.tier));
    query.addBindValue(risk.completeness);
    query.addBindValue(int(risk.unknowns.size()));
    query.addBindValue(risk.policyVersion);
    query.addBindValue(id);
    if (!query.exec())
        return m_db.queryError(query, tr("storing the risk of system %1").arg(id));
    return {};
}

Status SystemRepository::writeChildren(const AiSystem &system)
{
    QSqlError error;
    if (!system.boundaries.isEmpty()) {
        static constexpr char sql[] = "INSERT INTO boundaries (system_id, position, decision, influence, "
                                      "human_intervention, failure_handling, uncertainty_reporting) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?)";
        if (SqliteStatement *raw = transactionStatement(m_db, sql, &error)) {
            for (qsizetype i = 0; i < system.boundaries.size(); ++i) {
                const DecisionBoundary &boundary = system.boundaries[i];
                const bool done = raw->bind(1, system.id) && raw->bind(2, i)
                                  && raw->bindText(3, boundary.decision)
                                  && raw->bindStaticAscii(4, enumKeyAscii(boundary.influence))
                                  && raw->bindText(5, boundary.humanIntervention)
                                  && raw->bindText(6, boundary.failureHandling)
                                  && raw->bindText(7, boundary.uncertaintyReporting) && raw->execute();
                if (!done)
                    return m_db.sqlError(raw->lastError(),
                                         tr("storing the decision boundaries of \"%1\"").arg(system.name));
            }
        } else if (error.isValid()) {
            return m_db.sqlError(error, tr("storing the decision boundaries of \"%1\"").arg(system.name));
        } else if (Status status = writeBoundaries(system); !status) {
            return status;
        }
    }
    if (!system.escalation.isEmpty()) {
        static constexpr char sql[] = "INSERT INTO escalation_steps (system_id, position, severity, "
                                      "person_id, channel, response_minutes) VALUES (?, ?, ?, ?, ?, ?)";
        if (SqliteStatement *raw = transactionStatement(m_db, sql, &error)) {
            for (qsizetype i = 0; i < system.escalation.size(); ++i) {
                const EscalationStep &step = system.escalation[i];
                const bool done = raw->bind(1, system.id) && raw->bind(2, i)
                                  && raw->bindStaticAscii(3, enumKeyAscii(step.severity))
                                  && (step.personId > 0 ? raw->bind(4, step.personId) : raw->bindNull(4))
                                  && raw->bindText(5, step.channel) && raw->bind(6, step.responseMinutes)
                                  && raw->execute();
                if (!done)
                    return m_db.sqlError(raw->lastError(),
                                         tr("storing the escalation path of \"%1\"").arg(system.name));
            }
        } else if (error.isValid()) {
            return m_db.sqlError(error, tr("storing the escalation path of \"%1\"").arg(system.name));
        } else if (Status status = writeEscalation(system); !status) {
            return status;
        }
    }
    return {};
}

// The QSqlQuery path (PostgreSQL) of writeChildren.
Status SystemRepository::writeBoundaries(const AiSystem &system)
{
    bool prepared = false;
    if (!system.boundaries.isEmpty()) {
        CachedQuery query = m_db.cachedQuery(u"INSERT INTO boundaries (system_id, position, decision, "
                                             "influence, human_intervention, failure_handling, "
                                             "uncertainty_reporting) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                             &prepared);
        if (!prepared)
            return m_db.queryError(*query, tr("storing the decision boundaries of \"%1\"").arg(system.name));
        for (qsizetype i = 0; i < system.boundaries.size(); ++i) {
            const DecisionBoundary &boundary = system.boundaries[i];
            query->addBindValue(system.id);
            query->addBindValue(int(i));
            query->addBindValue(sql::text(boundary.decision));
            query->addBindValue(enumKey(boundary.influence));
            query->addBindValue(sql::text(boundary.humanIntervention));
            query->addBindValue(sql::text(boundary.failureHandling));
            query->addBindValue(sql::text(boundary.uncertaintyReporting));
            if (!query->exec())
                return m_db.queryError(*query, tr("storing the decision boundaries of \"%1\"").arg(system.name));
        }
    }
    return {};
}

Status SystemRepository::writeEscalation(const AiSystem &system)
{
    bool prepared = false;
    if (!system.escalation.isEmpty()) {
        CachedQuery query = m_db.cachedQuery(u"INSERT INTO escalation_steps (system_id, position, "
                                             "severity, person_id, channel, response_minutes) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"_s,
                                             &prepared);
        if (!prepared)
            return m_db.queryError(*query, tr("storing the escalation path of \"%1\"").arg(system.name));
        for (qsizetype i = 0; i < system.escalation.size(); ++i) {
            const EscalationStep &step = system.escalation[i];
            query->addBindValue(system.id);
            query->addBindValue(int(i));
            query->addBindValue(enumKey(step.severity));
            query->addBindValue(sql::idOrNull(step.personId));
            query->addBindValue(sql::text(step.channel));
            query->addBindValue(step.responseMinutes);
            if (!query->exec())
                return m_db.queryError(*query, tr("storing the escalation path of \"%1\"").arg(system.name));
        }
    }
    return {};
}

} // namespace charter
