// Figures 5a and 5b: the audit trail (docs/benchmarks.md, docs/audit.md).
#include "AuditBenchmarks.h"

#include "audit/AuditEntryCodec.h"
#include "audit/AuditTreeState.h"
#include "audit/AuditVerifier.h"
#include "domain/Json.h"
#include "interchange/DemoPortfolio.h"
#include "register/RegisterService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <optional>

using namespace Qt::StringLiterals;

namespace charter::bench {

namespace {

void removeDatabase(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

QString megabytes(qint64 bytes)
{
    return u"%1 MB"_s.arg(double(bytes) / 1e6, 0, 'f', 0);
}

// One audit entry's text columns, as UTF-8 bytes (a null array stands for SQL NULL).
struct EntryText {
    QByteArray actor;
    QByteArray action;
    QByteArray entityType;
    QByteArray entityId;
    QByteArray before;
    QByteArray after;
    QByteArray reason;
};

AuditField fieldOf(const QByteArray &bytes)
{
    return bytes.isNull() ? AuditField::null() : AuditField{QByteArrayView(bytes.constData(), bytes.size()), false};
}

QVariant bindingOf(const QByteArray &bytes)
{
    return bytes.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(QString::fromUtf8(bytes));
}

// The mix of a governance trail: per four entries one system update (the whole record
// before and after, as RegisterService writes it), two workflow steps and one sign-off.
class EntryMix {
public:
    explicit EntryMix(const BenchConfig &config)
    {
        const Portfolio portfolio = generateDemoPortfolio(200, config.seed, config.anchorDate);
        for (const AiSystem &system : portfolio.systems)
            m_systems.append(canonicalBytes(system));
    }

    EntryText entry(qint64 seq) const
    {
        const qsizetype pick = qsizetype(seq % m_systems.size());
        const QByteArray id = QByteArray::number(pick + 1);
        EntryText text;
        text.actor = (seq % 3 == 0) ? "j.moreau"_ba : "a.keller"_ba;
        text.reason = ""_ba;
        switch (seq % 4) {
        case 0:
            text.action = "update"_ba;
            text.entityType = "record"_ba; // not a register row: see the note
            text.entityId = id;
            text.before = m_systems.at(pick);
            text.after = m_systems.at((pick + 1) % m_systems.size());
            break;
        case 1:
        case 2:
            text.action = "workflow"_ba;
            text.entityType = "workflow"_ba;
            text.entityId = id;
            text.before = R"({"cycle":2,"state":"in_review","systemId":)"_ba + id + "}"_ba;
            text.after = R"({"cycle":2,"state":"approved","conditions":"Quarterly drift report to the board","expires":"2026-06-30","systemId":)"_ba
                         + id + "}"_ba;
            text.reason = "Every required sign-off is current; approved with conditions."_ba;
            break;
        default:
            text.action = "sign"_ba;
            text.entityType = "signoff"_ba;
            text.entityId = QByteArray::number(seq);
            text.after = R"({"contentSha256":"9f2c4e6a1b3d5f7081a2c4e6f8092b4d6f8a1c3e5f708192a3b4c5d6e7f80912","cycle":2,"kind":"it_review","policyVersion":1,"signer":"a.keller","systemId":)"_ba
                         + id + "}"_ba;
            break;
        }
        return text;
    }

private:
    QList<QByteArray> m_systems;
};

// Builds an audit trail of ENTRIES entries in a new database at PATH, in one
// transaction, straight into audit_log with each entry's leaf hash and tree root (what
// AuditStore::append stores, without its per-entry reads of the tree state), and writes
// every leaf's bytes (0x00 || entry) to LEAFPATH for the sha256sum baseline.
bool buildTrail(const BenchConfig &config, const QString &path, const QString &leafPath, qint64 entries,
                QString *problem)
{
    removeDatabase(path);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        *problem = db.error().message;
        return false;
    }
    QFile leaves(leafPath);
    if (!leaves.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *problem = u"cannot write %1: %2"_s.arg(leafPath, leaves.errorString());
        return false;
    }
    const EntryMix mix(config);
    const QDateTime start = QDateTime(config.anchorDate.addYears(-2), QTime(8, 0), Qt::UTC);
    Status built = (*db)->transaction([&]() -> Status {
        QSqlQuery insert((*db)->connection());
        insert.prepare(u"INSERT INTO audit_log (seq, recorded_at, actor, action, entity_type, entity_id, "
                       "before_json, after_json, reason, leaf_hash, tree_root) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        AuditTreeState state;
        Sha256 sha;
        QByteArray buffer;
        for (qint64 seq = 1; seq <= entries; ++seq) {
            const EntryText text = mix.entry(seq);
            const QByteArray time = start.addMSecs(seq * 1500).toString(Qt::ISODateWithMs).toUtf8();
            const AuditEntryFields fields{seq, fieldOf(time), fieldOf(text.actor), fieldOf(text.action),
                                          fieldOf(text.entityType), fieldOf(text.entityId),
                                          fieldOf(text.before), fieldOf(text.after), fieldOf(text.reason)};
            const MerkleHash leaf = AuditEntryCodec::leafHash(fields, sha);
            state.append(leaf, QString::fromUtf8(time));
            buffer.append('\0');
            buffer.append(AuditEntryCodec::encode(fields));
            if (buffer.size() > (1 << 20)) {
                if (leaves.write(buffer) != buffer.size())
                    return makeError(ErrorCode::DatabaseUnavailable, u"cannot write %1"_s.arg(leafPath));
                buffer.clear();
            }
            insert.addBindValue(seq);
            insert.addBindValue(QString::fromUtf8(time));
            for (const QByteArray *column : {&text.actor, &text.action, &text.entityType, &text.entityId,
                                             &text.before, &text.after, &text.reason})
                insert.addBindValue(bindingOf(*column));
            insert.addBindValue(merkleHashBytes(leaf).toByteArray());
            insert.addBindValue(merkleHashBytes(state.head.root).toByteArray());
            if (!insert.exec())
                return makeError(ErrorCode::DatabaseUnavailable, insert.lastError().text());
            if (seq % 200'000 == 0)
                progress(u"Audit: %1 of %2 entries stored"_s.arg(seq).arg(entries));
        }
        if (leaves.write(buffer) != buffer.size())
            return makeError(ErrorCode::DatabaseUnavailable, u"cannot write %1"_s.arg(leafPath));
        return (*db)->setMetaValue(QString::fromLatin1(AuditTreeState::StateKey),
                                   QString::fromUtf8(state.toStoredText()));
    });
    if (!built) {
        *problem = built.error().message;
        return false;
    }
    if (!leaves.flush()) {
        *problem = u"cannot write %1"_s.arg(leafPath);
        return false;
    }
    return true;
}

Figure verifyFigure(const BenchConfig &config, Workspace &workspace, qint64 auditEntries)
{
    Figure figure;
    figure.id = u"5a"_s;
    figure.title = u"verify %1 audit entries"_s.arg(auditEntries);
    figure.charterSide = u"AuditVerifier::run() on an open database (integrity_check, every entry against its "
                         "leaf hash, the Merkle tree recomputed, the stored tree head, the register cross-check)"_s;
    figure.baselineSide = u"sha256sum over the same leaf bytes (0x00 || entry for every entry) in one file"_s;
    figure.kind = Figure::Kind::Ratio;
    figure.target = 3;

    const QString sha256sum = QStandardPaths::findExecutable(u"sha256sum"_s);
    if (sha256sum.isEmpty()) {
        figure.error = u"the sha256sum program is needed for the baseline (coreutils)"_s;
        return figure;
    }
    const QString path = workspace.file(u"audit-trail.db"_s);
    const QString leafPath = workspace.file(u"audit-leaves.bin"_s);
    progress(u"Audit: building a trail of %1 entries"_s.arg(auditEntries));
    QString problem;
    Sample build = timeInProcess([&] {
        if (!buildTrail(config, path, leafPath, auditEntries, &problem))
            figure.error = problem;
    });
    if (!figure.error.isEmpty())
        return figure;

    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        figure.error = db.error().message;
        return figure;
    }
    progress(u"Audit: verify vs sha256sum, a warm-up and %1 runs of each"_s.arg(config.repetitions));
    for (int i = 0; i <= config.repetitions; ++i) {
        std::optional<AuditVerifyReport> report;
        const Sample ours = timeInProcess([&] {
            AuditVerifier verifier(**db);
            Result<AuditVerifyReport> result = verifier.run();
            if (result)
                report = *result;
            else
                problem = result.error().message;
        });
        if (!report) {
            figure.error = problem;
            return figure;
        }
        if (!report->ok() || report->entries != auditEntries) {
            figure.error = u"verify found %1 problems in %2 entries (expected none in %3): %4"_s
                               .arg(report->findings.size())
                               .arg(report->entries)
                               .arg(auditEntries)
                               .arg(report->findings.isEmpty() ? QString() : report->findings.first().message);
            return figure;
        }
        const ProcessResult theirs = runProcess({sha256sum, {leafPath}, {}, {}});
        if (!theirs.ok) {
            figure.error = theirs.problem;
            return figure;
        }
        if (i == 0)
            continue; // warm-up: both read from the page cache from now on
        figure.charter.runs.append(ours);
        figure.baseline.runs.append(theirs.sample);
    }
    figure.note = u"Trail: %1 entries (per 4: a system update with the whole record before and after, two "
                  "workflow steps, a sign-off; its entities are not register rows, so the register cross-check has nothing to compare); database %2, leaf bytes %3; built in %4 (one transaction, "
                  "not timed in the figure). SHA-256 %5."_s
                      .arg(auditEntries)
                      .arg(megabytes(QFileInfo(path).size()), megabytes(QFileInfo(leafPath).size()),
                           formatSeconds(build.wall),
                           Sha256::hardwareAccelerated() ? u"with the SHA extensions"_s : u"portable"_s);
    db->reset();
    removeDatabase(path);
    QFile::remove(leafPath);
    return figure;
}

// A raw SQLite connection with Charter's durability settings.
struct RawConnection {
    QString name;
    explicit RawConnection(const QString &path)
        : name(u"bench-raw-insert"_s)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(name); }
};

Figure editFigure(const BenchConfig &config, Workspace &workspace)
{
    Figure figure;
    figure.id = u"5b"_s;
    figure.title = u"one audited edit, committed"_s;
    figure.charterSide = u"RegisterService::updateSystem() of one field (permission, validation, risk, the row, "
                         "its audit entry with leaf hash and tree root, the tree state; one transaction)"_s;
    figure.baselineSide = u"QSqlQuery BEGIN; INSERT of one row with the same record's JSON; COMMIT "
                          "(journal_mode=WAL, synchronous=FULL, as Charter)"_s;
    figure.kind = Figure::Kind::Ratio;
    figure.target = 2;
    const int runs = std::max(50, config.repetitions * 10);

    const QString path = workspace.file(u"audit-edit.db"_s);
    const QString rawPath = workspace.file(u"audit-edit-raw.db"_s);
    removeDatabase(path);
    removeDatabase(rawPath);
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        figure.error = db.error().message;
        return figure;
    }
    RegisterService service(**db, WriteContext{u"charter-bench"_s, {}});
    if (Status status = service.initialise(); !status) {
        figure.error = status.error().message;
        return figure;
    }
    const Portfolio portfolio = generateDemoPortfolio(1000, config.seed, config.anchorDate);
    PortfolioImportOptions options;
    options.keepIds = true;
    options.reason = u"charter-bench"_s;
    if (Result<PortfolioImportSummary> summary = service.importPortfolio(portfolio, options); !summary) {
        figure.error = summary.error().message;
        return figure;
    }
    Result<SystemDetails> details = service.details(portfolio.systems.first().id);
    if (!details) {
        figure.error = details.error().message;
        return figure;
    }
    AiSystem system = details->system;
    const QString payload = QString::fromUtf8(canonicalBytes(system));

    RawConnection raw(rawPath);
    if (!raw.db().open()) {
        figure.error = raw.db().lastError().text();
        return figure;
    }
    {
        QSqlQuery setup(raw.db());
        for (const QString &sql : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
                                   u"CREATE TABLE edits (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                   "payload TEXT NOT NULL)"_s}) {
            if (!setup.exec(sql)) {
                figure.error = setup.lastError().text();
                return figure;
            }
        }
    }

    progress(u"Audit: %1 audited edits and %1 raw insert transactions"_s.arg(runs));
    QString problem;
    for (int i = 0; i <= runs; ++i) {
        system.purpose = u"Edit %1: %2"_s.arg(i).arg(portfolio.systems.first().purpose);
        const Sample ours = timeInProcess([&] {
            if (Status status = service.updateSystem(system); !status)
                problem = status.error().message;
        });
        const Sample theirs = timeInProcess([&] {
            QSqlDatabase connection = raw.db();
            QSqlQuery insert(connection);
            if (!connection.transaction()) {
                problem = connection.lastError().text();
                return;
            }
            insert.prepare(u"INSERT INTO edits (name, payload) VALUES (?, ?)"_s);
            insert.addBindValue(system.name);
            insert.addBindValue(payload);
            if (!insert.exec() || !connection.commit())
                problem = insert.lastError().text() + connection.lastError().text();
        });
        if (!problem.isEmpty()) {
            figure.error = problem;
            return figure;
        }
        if (i == 0)
            continue; // warm-up
        figure.charter.runs.append(ours);
        figure.baseline.runs.append(theirs);
    }
    figure.note = u"%1 runs per side, alternating, on a register of 1000 systems; the edited record's JSON is "
                  "%2 bytes."_s.arg(runs).arg(payload.size());
    return figure;
}

} // namespace

QList<Figure> runAuditBenchmarks(const BenchConfig &config, Workspace &workspace, qint64 auditEntries)
{
    QList<Figure> figures;
    figures.append(verifyFigure(config, workspace, auditEntries));
    figures.append(editFigure(config, workspace));
    return figures;
}

} // namespace charter::bench
