#include "AuditVerifier.h"

#include "RegistryCheck.h"
#include "storage/ExternalChanges.h"
#include "TrailScan.h"
#include "storage/AuditStore.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <climits>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::AuditVerifier", text);
}

AuditFinding finding(AuditFinding::Kind kind, qint64 seq, const QString &message)
{
    AuditFinding f;
    f.kind = kind;
    f.seq = seq;
    f.message = message;
    return f;
}

QString shortHash(const MerkleHash &hash)
{
    return merkleHashToHex(hash).left(16) + u"…"_s;
}

// Compares the stored head with the recomputed one; names what the difference means.
void compareHeads(const AuditTreeState &stored, const AuditVerifyReport &report, const TrailScan &scan,
                  QList<AuditFinding> &findings)
{
    const qint64 covered = stored.head.size;
    const qint64 found = report.entries;
    if (covered < found) {
        findings.append(finding(AuditFinding::Kind::EntryAdded, covered + 1,
                                tr("The trail holds %1 entries but its tree head covers only %2: the "
                                   "entries after entry %2 were added outside Charter.")
                                    .arg(found).arg(covered)));
    } else if (covered > found) {
        const qint64 firstGone = scan.lastSeq() + 1;
        // A plain variable as the count: lupdate 6.4 hangs on a call expression there.
        const int deleted = int(std::min<qint64>(covered - found, INT_MAX));
        QString where = QCoreApplication::translate("charter::AuditVerifier", "%n entries were deleted",
                                                    nullptr, deleted);
        if (scan.lastSeq() < covered && !scan.hasGaps()) {
            where = firstGone == covered
                ? tr("entry %1 was cut off the end of the trail").arg(covered)
                : tr("entries %1 to %2 were cut off the end of the trail").arg(firstGone).arg(covered);
        }
        findings.append(finding(AuditFinding::Kind::EntryMissing, firstGone,
                                tr("The trail holds %1 entries but its tree head covers %2: %3 outside "
                                   "Charter.").arg(found).arg(covered).arg(where)));
    } else if (stored.head.root != report.computed.root) {
        findings.append(finding(AuditFinding::Kind::TreeHead, 0,
                                tr("The tree hash of the %1 entries (%2) differs from the stored tree "
                                   "head (%3): entries or the head were changed outside Charter.")
                                    .arg(found)
                                    .arg(shortHash(report.computed.root), shortHash(stored.head.root))));
    }
}

// True when the tree roots stored with entries FROMSEQ.. all equal the roots replayed
// from the recomputed leaves (entries without a stored root are skipped). Sets
// *FIRSTMISMATCH to the first entry that differs. Requires a gap-free trail.
Result<bool> storedRootsMatch(const AuditStore &store, const TrailScan &scan, qint64 fromSeq,
                              qint64 *firstMismatch)
{
    const MerkleTree &tree = scan.tree();
    MerkleFrontier replay;
    bool matches = true;
    const bool onlyLast = fromSeq == tree.size();
    Status status = store.scanTreeRoots(fromSeq, [&](qint64 seq, const AuditField &root) {
        MerkleHash expected;
        if (onlyLast) {
            expected = scan.root();
        } else {
            replay.append(tree.leafHash(seq - 1));
            expected = replay.root();
        }
        if (!root.isNull && root.bytes != merkleHashBytes(expected)) {
            matches = false;
            if (firstMismatch)
                *firstMismatch = seq;
            return false;
        }
        return seq < tree.size();
    });
    if (!status)
        return status.error();
    return matches;
}

} // namespace

QString AuditFinding::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Integrity: return u"integrity"_s;
    case Kind::EntryAltered: return u"entry_altered"_s;
    case Kind::EntryMissing: return u"entry_missing"_s;
    case Kind::EntryAdded: return u"entry_added"_s;
    case Kind::TreeHead: return u"tree_head"_s;
    case Kind::EntryRewritten: return u"entry_rewritten"_s;
    case Kind::EarlierHead: return u"earlier_head"_s;
    case Kind::RegistryChanged: return u"registry_changed"_s;
    case Kind::RegistryUnaudited: return u"registry_unaudited"_s;
    case Kind::RegistryVanished: return u"registry_vanished"_s;
    }
    return u"unknown"_s;
}

AuditVerifier::AuditVerifier(Database &db)
    : m_db(db)
    , m_sources(registryEntitySources())
{
}

Result<AuditVerifyReport> AuditVerifier::run()
{
    AuditVerifyReport report;
    report.earlier = m_earlier;
    QList<AuditFinding> &findings = report.findings;
    AuditReadSnapshot snapshot(m_db); // trail and register as of one moment
    AuditStore store(m_db);

    // 1. The file.
    QStringList problems;
    if (Status status = m_db.checkIntegrity(&problems); !status)
        return status.error();
    for (const QString &problem : problems)
        findings.append(finding(AuditFinding::Kind::Integrity, 0, problem));

    // 2. Every entry, and the tree rebuilt from them.
    Result<qint64> count = store.count();
    if (!count)
        return count.error();
    TrailScan scan(store, m_entryFindingLimit,
                   m_earlier ? std::optional<qint64>(m_earlier->size) : std::nullopt);
    if (Status status = scan.run(*count, findings); !status)
        return status.error();
    report.entries = scan.tree().size();
    report.computed = TreeHead{report.entries, scan.root(), scan.lastTime()};

    // 3. The stored head.
    bool headMatches = false;
    Result<std::optional<AuditTreeState>> stored = store.treeState();
    if (!stored) {
        findings.append(finding(AuditFinding::Kind::TreeHead, 0, stored.error().message));
    } else if (!stored->has_value()) {
        if (report.entries > 0 && scan.unsealed() == report.entries) {
            findings.append(finding(AuditFinding::Kind::TreeHead, 0,
                                    tr("None of the %1 audit entries is sealed: they were written "
                                       "before this version of Charter, or their hashes and the tree "
                                       "head were removed. Run 'charter-cli verify' (it seals them) "
                                       "and keep the tree head it prints.").arg(report.entries)));
        } else if (report.entries > 0) {
            findings.append(finding(AuditFinding::Kind::TreeHead, 0,
                                    tr("The audit trail's tree head is missing: it was removed outside "
                                       "Charter.")));
        } else {
            headMatches = true;
        }
    } else {
        report.stored = stored->value().head;
        compareHeads(stored->value(), report, scan, findings);
        headMatches = report.stored->size == report.entries && report.stored->root == report.computed.root;
    }

    // 3b. Each entry also stored the tree root after it. An entry rewritten together
    // with its leaf hash (and perhaps the head) still disagrees with the roots stored
    // after it: the first stored root that differs from the replayed tree names it.
    // Cheap when all is well: only the newest entry's root is read.
    if (report.entries > 0 && scan.entryFindings() == 0) {
        Result<bool> lastMatches = storedRootsMatch(store, scan, scan.lastSeq(), nullptr);
        if (!lastMatches)
            return lastMatches.error();
        if (!*lastMatches || !headMatches) {
            qint64 rewritten = 0;
            Result<bool> all = storedRootsMatch(store, scan, 1, &rewritten);
            if (!all)
                return all.error();
            if (!*all) {
                findings.append(finding(AuditFinding::Kind::EntryRewritten, rewritten,
                                        tr("Entry %1 was rewritten together with its hash: the tree "
                                           "root recorded with it no longer matches the entries up to "
                                           "it.").arg(rewritten)));
            }
        }
    }

    // 4. The earlier head: the old tree must be a prefix of the current one.
    if (m_earlier) {
        const TreeHead &old = *m_earlier;
        if (old.size > report.entries) {
            findings.append(finding(AuditFinding::Kind::EarlierHead, report.entries + 1,
                                    tr("The earlier tree head covers %1 entries but the trail holds "
                                       "only %2: entries were removed since that head.")
                                        .arg(old.size).arg(report.entries)));
        } else if (scan.prefixRoot() != old.root) {
            findings.append(finding(AuditFinding::Kind::EarlierHead, 0,
                                    tr("The first %1 entries no longer match the earlier tree head "
                                       "(root %2, %3): entries up to entry %1 were changed, removed or "
                                       "inserted since that head was taken.")
                                        .arg(old.size)
                                        .arg(shortHash(old.root), old.time.isEmpty() ? tr("no time") : old.time)));
        }
        if (old.size <= report.entries) {
            const std::optional<std::vector<MerkleHash>> proof = scan.tree().consistencyProof(old.size, report.entries);
            report.consistencyProofLength = proof ? int(proof->size()) : 0;
            report.consistencyProofVerified = proof
                && MerkleProof::verifyConsistency(old.size, report.entries, old.root,
                                                  report.computed.root, *proof);
            if (!report.consistencyProofVerified && scan.prefixRoot() == old.root) {
                findings.append(finding(AuditFinding::Kind::EarlierHead, 0,
                                        tr("The consistency proof from the earlier tree head (%1 "
                                           "entries) to the current one does not verify.").arg(old.size)));
            }
        }
    }

    // 5. The register against the trail.
    // Changes the server recorded as made outside Charter (shared databases).
    if (Status status = ExternalChanges(m_db).check(findings); !status)
        return status.error();
    Result<qint64> rows = RegistryCheck(m_db, store).run(m_sources, findings);
    if (!rows)
        return rows.error();
    report.registryRowsChecked = *rows;
    return report;
}

} // namespace charter
