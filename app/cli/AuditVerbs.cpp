// Verbs of the tamper-evident audit trail: treehead, verify, audit (docs/audit.md).
#include "CliContext.h"
#include "Verbs.h"

#include "audit/AuditVerifier.h"
#include "audit/TreeHead.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

QCommandLineOption formatOption(const QString &fallback)
{
    return QCommandLineOption(u"format"_s, tr("Output format: text or json (default %1).").arg(fallback),
                              u"FORMAT"_s, fallback);
}

bool validFormat(const QString &format)
{
    return format == u"text"_s || format == u"json"_s;
}

// These verbs read the database as it is, without the register service (which may
// write on start), so they work on a copy, a read-only file or a tampered one.
std::unique_ptr<Database> openDatabase(CliContext &context, int *exitCode)
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    Result<std::unique_ptr<Database>> db = Database::open(context.location(), options);
    if (!db) {
        *exitCode = context.fail(db.error());
        return nullptr;
    }
    if (!(*db)->backupPath().isEmpty()) {
        context.err() << tr("Upgraded %1; the previous version was saved as %2.")
                             .arg(context.displayLocation(), (*db)->backupPath())
                      << u'\n';
    }
    return std::move(*db);
}

// Entries written before schema version 3 have no hashes yet: seal them once, so the
// trail has a tree head from now on. Failure is left for verify to report.
void sealOlderEntries(CliContext &context, Database &db)
{
    AuditStore store(db);
    Result<std::optional<AuditTreeState>> state = store.treeState();
    Result<qint64> unsealed = store.unsealedCount();
    if (!state || state->has_value() || !unsealed || *unsealed == 0)
        return;
    qint64 sealed = 0;
    const Status status = db.transaction([&]() -> Status {
        Result<qint64> result = store.seal();
        if (!result)
            return result.error();
        sealed = *result;
        return {};
    });
    if (!status) {
        context.err() << u"charter-cli: "_s << status.error().message << u'\n';
        return;
    }
    context.err() << QCoreApplication::translate("charter::cli",
                                                 "Sealed %n audit entries written before this version "
                                                 "of Charter; their tree head covers them from now on.",
                                                 nullptr, int(sealed))
                  << u'\n';
}

QJsonValue jsonOrText(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return QString::fromUtf8(bytes);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

QJsonObject findingJson(const AuditFinding &finding)
{
    QJsonObject object{{u"kind"_s, AuditFinding::kindKey(finding.kind)},
                       {u"seq"_s, finding.seq > 0 ? QJsonValue(finding.seq) : QJsonValue(QJsonValue::Null)},
                       {u"message"_s, finding.message}};
    if (!finding.entityType.isEmpty()) {
        object.insert(u"entity_type"_s, finding.entityType);
        object.insert(u"entity_id"_s, finding.entityId);
        object.insert(u"entity_name"_s, finding.entityName);
    }
    return object;
}

QJsonObject reportJson(const QString &location, const AuditVerifyReport &report)
{
    QJsonArray findings;
    for (const AuditFinding &finding : report.findings)
        findings.append(findingJson(finding));
    QJsonObject object{
        {u"ok"_s, report.ok()},
        {u"database"_s, location},
        {u"entries"_s, report.entries},
        {u"tree_head"_s, report.computed.toJson()},
        {u"stored_tree_head"_s, report.stored ? QJsonValue(report.stored->toJson()) : QJsonValue(QJsonValue::Null)},
        {u"since"_s, report.earlier ? QJsonValue(report.earlier->toJson()) : QJsonValue(QJsonValue::Null)},
        {u"registry_rows_checked"_s, report.registryRowsChecked},
        {u"findings"_s, findings},
    };
    if (report.earlier) {
        object.insert(u"consistency_proof"_s, QJsonObject{{u"verified"_s, report.consistencyProofVerified},
                                                          {u"length"_s, report.consistencyProofLength}});
    }
    return object;
}

QString cell(const QString &text, int width)
{
    return text.size() > width - 1 ? text.left(width - 2) + u"… "_s : text.leftJustified(width);
}

// "--entity system:12", "--entity system:Claims triage" or "--entity person".
bool parseEntity(CliContext &context, Database &db, const QString &value, AuditFilter &filter,
                 int *exitCode)
{
    const qsizetype colon = value.indexOf(u':');
    filter.entityType = (colon < 0 ? value : value.left(colon)).trimmed();
    filter.entityId = colon < 0 ? QString() : value.mid(colon + 1).trimmed();
    if (filter.entityType.isEmpty() || (colon >= 0 && filter.entityId.isEmpty())) {
        *exitCode = context.usageError(tr("--entity needs TYPE:ID, e.g. system:12, or a TYPE alone."));
        return false;
    }
    bool numeric = false;
    filter.entityId.toLongLong(&numeric);
    if (filter.entityType == u"system"_s && !filter.entityId.isEmpty() && !numeric) {
        Result<qint64> id = SystemRepository(db).resolve(filter.entityId);
        if (!id) {
            *exitCode = context.fail(id.error());
            return false;
        }
        filter.entityId = QString::number(*id);
    }
    return true;
}

} // namespace

int runTreehead(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the audit trail's tree head: its size, its RFC 6962 "
                                        "Merkle root (SHA-256, hex) and when its newest entry was "
                                        "recorded. Keep it (e.g. in the board pack): 'charter-cli "
                                        "verify --since FILE' later proves nothing before it was "
                                        "changed."));
    const QCommandLineOption format = formatOption(u"text"_s);
    parser.addOption(format);
    int code = 0;
    if (!context.parseVerb(parser, u"treehead"_s, args, &code))
        return code;
    if (!validFormat(parser.value(format)))
        return context.usageError(tr("Unknown --format \"%1\"; use text or json.").arg(parser.value(format)));
    std::unique_ptr<Database> db = openDatabase(context, &code);
    if (!db)
        return code;
    sealOlderEntries(context, *db);
    Result<std::optional<AuditTreeState>> state = AuditStore(*db).treeState();
    if (!state)
        return context.fail(state.error());
    const TreeHead head = state->has_value() ? state->value().head : TreeHead{};
    if (!state->has_value()) {
        Result<qint64> count = AuditStore(*db).count();
        if (!count)
            return context.fail(count.error());
        if (*count > 0) {
            return context.fail(makeError(ErrorCode::VerificationFailed,
                                          tr("%1 has %2 audit entries but no tree head. Run "
                                             "'charter-cli verify' to see why.")
                                              .arg(context.displayLocation()).arg(*count)));
        }
    }
    if (parser.value(format) == u"json"_s)
        context.out() << head.toJsonText();
    else
        context.out() << head.toText();
    return 0;
}

int runVerify(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verify the database: its integrity, every audit entry against its hash, the Merkle "
           "tree against the stored tree head, and every system, person and vendor against its "
           "last audited state. With --since, also prove that the trail extends the earlier tree "
           "head TREEHEAD (a file written by 'charter-cli treehead', or its JSON text): nothing "
           "before it was changed, removed or inserted. Exit 0 when everything checks out, 3 with "
           "every finding named."));
    const QCommandLineOption since(u"since"_s, tr("An earlier tree head: a file or its JSON text."),
                                   u"TREEHEAD"_s);
    const QCommandLineOption format = formatOption(u"text"_s);
    parser.addOption(since);
    parser.addOption(format);
    int code = 0;
    if (!context.parseVerb(parser, u"verify"_s, args, &code))
        return code;
    if (!validFormat(parser.value(format)))
        return context.usageError(tr("Unknown --format \"%1\"; use text or json.").arg(parser.value(format)));
    std::optional<TreeHead> earlier;
    if (parser.isSet(since)) {
        Result<TreeHead> head = readTreeHead(parser.value(since));
        if (!head)
            return context.fail(head.error());
        earlier = *head;
    }
    std::unique_ptr<Database> db = openDatabase(context, &code);
    if (!db)
        return code;
    sealOlderEntries(context, *db);

    AuditVerifier verifier(*db);
    if (earlier)
        verifier.setEarlierHead(*earlier);
    Result<AuditVerifyReport> report = verifier.run();
    if (!report)
        return context.fail(report.error());

    if (parser.value(format) == u"json"_s) {
        context.out() << QJsonDocument(reportJson(context.displayLocation(), *report)).toJson(QJsonDocument::Indented);
    } else {
        for (const AuditFinding &finding : report->findings)
            context.err() << finding.message << u'\n';
        if (report->ok()) {
            context.out() << tr("%1: verified. %2 audit entries, tree head %3 (root %4); %5 register "
                                "rows match their audit trail.")
                                 .arg(context.displayLocation())
                                 .arg(report->entries)
                                 .arg(report->computed.size)
                                 .arg(merkleHashToHex(report->computed.root))
                                 .arg(report->registryRowsChecked)
                          << u'\n';
            if (report->earlier) {
                context.out() << tr("It extends the earlier tree head of %1 entries (consistency proof "
                                    "of %2 hashes verified).")
                                     .arg(report->earlier->size)
                                     .arg(report->consistencyProofLength)
                              << u'\n';
            }
        } else {
            context.err() << QCoreApplication::translate("charter::cli",
                                                         "%1 FAILED verification: %n finding(s).",
                                                         nullptr, int(report->findings.size()))
                                 .arg(context.displayLocation())
                          << u'\n';
        }
    }
    return report->ok() ? 0 : int(ErrorCode::VerificationFailed);
}

int runAudit(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the audit trail: sequence number, time, actor, action, "
                                        "entity and reason (json adds the before and after values "
                                        "and each entry's leaf hash)."));
    const QCommandLineOption format = formatOption(u"text"_s);
    const QCommandLineOption entity(u"entity"_s, tr("Only entries about ENTITY: TYPE:ID (e.g. "
                                                    "system:12 or system:\"exact name\") or a TYPE."),
                                    u"ENTITY"_s);
    const QCommandLineOption limit(u"limit"_s, tr("Only the newest N entries."), u"N"_s);
    parser.addOption(format);
    parser.addOption(entity);
    parser.addOption(limit);
    int code = 0;
    if (!context.parseVerb(parser, u"audit"_s, args, &code))
        return code;
    if (!validFormat(parser.value(format)))
        return context.usageError(tr("Unknown --format \"%1\"; use text or json.").arg(parser.value(format)));
    AuditFilter filter;
    if (parser.isSet(limit)) {
        bool ok = false;
        filter.newest = parser.value(limit).toInt(&ok);
        if (!ok || filter.newest < 0)
            return context.usageError(tr("--limit needs a whole number of 0 or more."));
    }
    std::unique_ptr<Database> db = openDatabase(context, &code);
    if (!db)
        return code;
    if (parser.isSet(entity) && !parseEntity(context, *db, parser.value(entity), filter, &code))
        return code;
    Result<QList<AuditRecord>> records = AuditStore(*db).find(filter);
    if (!records)
        return context.fail(records.error());

    if (parser.value(format) == u"json"_s) {
        QJsonArray array;
        for (const AuditRecord &record : *records) {
            array.append(QJsonObject{
                {u"seq"_s, record.seq},
                {u"time"_s, record.recordedAt.toUTC().toString(Qt::ISODateWithMs)},
                {u"actor"_s, record.actor},
                {u"action"_s, record.action},
                {u"entity_type"_s, record.entityType},
                {u"entity_id"_s, record.entityId},
                {u"reason"_s, record.reason},
                {u"before"_s, jsonOrText(record.before)},
                {u"after"_s, jsonOrText(record.after)},
                {u"leaf_hash"_s, record.leafHash.size() == 32 ? QJsonValue(QString::fromLatin1(record.leafHash.toHex()))
                                                              : QJsonValue(QJsonValue::Null)},
            });
        }
        context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return 0;
    }
    context.out() << cell(tr("Seq"), 8) << cell(tr("Time (UTC)"), 26) << cell(tr("Actor"), 16)
                  << cell(tr("Action"), 12) << cell(tr("Entity"), 20) << tr("Reason") << u'\n';
    for (const AuditRecord &record : *records) {
        context.out() << cell(QString::number(record.seq), 8)
                      << cell(record.recordedAt.toUTC().toString(Qt::ISODateWithMs), 26)
                      << cell(record.actor, 16) << cell(record.action, 12)
                      << cell(record.entityType + u':' + record.entityId, 20) << record.reason << u'\n';
    }
    context.out() << QCoreApplication::translate("charter::cli", "%n audit entries", nullptr,
                                                 int(records->size()))
                  << u'\n';
    return 0;
}

} // namespace charter::cli
