// `charter-cli migrate --to LOCATION`: copies a whole Charter database to another place,
// a local file to a shared PostgreSQL database or back (docs/shared-database.md).
#include "CliContext.h"
#include "Verbs.h"
#include "audit/AuditVerifier.h"
#include "audit/MerkleHash.h"
#include "storage/ConnectionString.h"
#include "storage/Database.h"
#include "storage/RegisterCopy.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

// Verifies DB; an error naming the first findings when it does not verify.
Result<AuditVerifyReport> verified(Database &db, const QString &role)
{
    Result<AuditVerifyReport> report = AuditVerifier(db).run();
    if (!report)
        return report.error();
    if (report->ok())
        return report;
    QStringList first;
    for (const AuditFinding &finding : std::as_const(report->findings).first(qMin<qsizetype>(3, report->findings.size())))
        first.append(finding.message);
    return makeError(ErrorCode::VerificationFailed,
                     tr("The %1 %2 does not verify (%3 findings; 'charter-cli verify' lists them "
                        "all): %4")
                         .arg(role, db.location())
                         .arg(report->findings.size())
                         .arg(first.join(u' ')));
}

} // namespace

int runMigrate(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copy this Charter database (--db) to an empty one at LOCATION: a file to a shared "
           "PostgreSQL database or back. Copies people, vendors, systems, accounts and roles, "
           "risk policies, workflow, sign-offs, the decision log and the audit trail (leaf hashes "
           "and tree head included), keeping every id. The source must verify; the copy is "
           "verified and counted before it is committed, so a failed copy leaves nothing behind. "
           "For a shared database: migrate into an empty database as its owner, then run "
           "'admin init-server'."));
    const QCommandLineOption to(u"to"_s, tr("Where to copy to: a new file, or an empty PostgreSQL "
                                            "database (connection string or URI)."),
                                u"LOCATION"_s);
    parser.addOption(to);
    int code = 0;
    if (!context.parseVerb(parser, u"migrate"_s, args, &code))
        return code;
    if (!parser.isSet(to) || parser.value(to).trimmed().isEmpty())
        return context.usageError(tr("Name where to copy to with --to LOCATION."));
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("'migrate' takes no arguments besides --to LOCATION."));
    const QString targetLocation = parser.value(to);

    Database::Options existing;
    existing.mode = Database::OpenMode::OpenExisting;
    Result<std::unique_ptr<Database>> source = Database::open(context.location(), existing);
    if (!source)
        return context.fail(source.error());
    Result<AuditVerifyReport> before = verified(**source, tr("source"));
    if (!before)
        return context.fail(before.error());

    const bool targetIsFile = !Database::isServerLocation(targetLocation);
    const bool fileExisted = targetIsFile && QFile::exists(targetLocation);
    Result<std::unique_ptr<Database>> target = Database::open(targetLocation);
    if (!target)
        return context.fail(target.error());
    const QString targetDisplay = (*target)->location();
    if ((*source)->isServer() == (*target)->isServer() && targetDisplay == (*source)->location())
        return context.usageError(tr("--to names the database being copied."));

    Result<RegisterCopy::TableCounts> sourceCounts = RegisterCopy::rowCounts(**source);
    if (!sourceCounts)
        return context.fail(sourceCounts.error());
    // Checked before the copy commits: the copy verifies, ends in the same tree head and
    // holds the same rows.
    const auto check = [&]() -> Status {
        Result<AuditVerifyReport> after = verified(**target, tr("copy"));
        if (!after)
            return after.error();
        if (after->computed.size != before->computed.size || after->computed.root != before->computed.root) {
            return makeError(ErrorCode::VerificationFailed,
                             tr("The copy's audit trail ends in another tree head (%1 entries) than "
                                "the source's (%2 entries).").arg(after->computed.size).arg(before->computed.size));
        }
        Result<RegisterCopy::TableCounts> counts = RegisterCopy::rowCounts(**target);
        if (!counts)
            return counts.error();
        if (*counts != *sourceCounts)
            return makeError(ErrorCode::VerificationFailed, tr("The copy does not hold the same rows as the source."));
        return {};
    };
    Result<RegisterCopy::TableCounts> copied = RegisterCopy::copy(**source, **target, check);
    if (!copied) {
        target = Error{};
        if (targetIsFile && !fileExisted) { // nothing of ours to keep: the file we created
            QFile::remove(targetLocation);
            QFile::remove(targetLocation + u"-wal"_s);
            QFile::remove(targetLocation + u"-shm"_s);
        }
        return context.fail(copied.error());
    }
    for (const auto &[table, rows] : std::as_const(*copied))
        context.out() << u"  %1 %2\n"_s.arg(table, -18).arg(rows);
    context.out() << tr("Copied %1 to %2 and verified the copy: %3 audit entries, tree head root %4.")
                         .arg((*source)->location(), targetDisplay)
                         .arg(before->computed.size)
                         .arg(merkleHashToHex(before->computed.root))
                  << u'\n';
    if ((*target)->isServer())
        context.out() << tr("Next, as the owner: charter-cli --db LOCATION admin init-server") << u'\n';
    return 0;
}

} // namespace charter::cli
