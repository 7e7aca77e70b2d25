#include "TrailScan.h"

#include "storage/AuditStore.h"

#include <QCoreApplication>

#include <climits>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::AuditVerifier", text);
}

QString text(const AuditField &field)
{
    return field.isNull ? QString() : QString::fromUtf8(field.bytes);
}

AuditFinding entryFinding(AuditFinding::Kind kind, qint64 seq, const QString &message)
{
    AuditFinding finding;
    finding.kind = kind;
    finding.seq = seq;
    finding.message = message;
    return finding;
}

} // namespace

QString describeAuditEntry(const AuditEntryFields &fields)
{
    return tr("%1 of %2 %3 by %4, recorded %5")
        .arg(text(fields.action), text(fields.entityType), text(fields.entityId), text(fields.actor),
             text(fields.recordedAt));
}

TrailScan::TrailScan(const AuditStore &store, int findingLimit, std::optional<qint64> prefixSize)
    : m_store(store)
    , m_findingLimit(findingLimit)
    , m_prefixSize(prefixSize)
{
    if (m_prefixSize && *m_prefixSize == 0)
        m_prefixRoot = merkleEmptyRoot();
}

Status TrailScan::run(qint64 expectedEntries, QList<AuditFinding> &findings)
{
    m_tree.reserve(expectedEntries);
    Status status = m_store.scan([&](const AuditRow &row) {
        visit(row, findings);
        return true;
    });
    m_lastTime = QString::fromUtf8(m_lastTime8);
    if (m_entryFindings > m_findingLimit) {
        // A plain variable as the count: lupdate 6.4 hangs on a call expression there.
        const int more = int(std::min<qint64>(m_entryFindings - m_findingLimit, INT_MAX));
        findings.append(entryFinding(AuditFinding::Kind::EntryAltered, m_lastReportedSeq,
                                     QCoreApplication::translate("charter::AuditVerifier",
                                                                 "... and %n more entries are affected "
                                                                 "(the last at entry %1).", nullptr, more)
                                         .arg(m_lastReportedSeq)));
    }
    return status;
}

void TrailScan::report(QList<AuditFinding> &findings, AuditFinding finding)
{
    ++m_entryFindings;
    m_lastReportedSeq = finding.seq;
    if (m_entryFindings <= m_findingLimit)
        findings.append(std::move(finding));
}

void TrailScan::visit(const AuditRow &row, QList<AuditFinding> &findings)
{
    const qint64 seq = row.fields.seq;
    if (seq != m_expectedSeq) {
        if (seq > m_expectedSeq) {
            m_gaps = true;
            report(findings, entryFinding(AuditFinding::Kind::EntryMissing, m_expectedSeq,
                                          seq == m_expectedSeq + 1
                                              ? tr("Entry %1 is missing: it was deleted outside Charter.").arg(m_expectedSeq)
                                              : tr("Entries %1 to %2 are missing: they were deleted outside "
                                                   "Charter.").arg(m_expectedSeq).arg(seq - 1)));
        } else {
            report(findings, entryFinding(AuditFinding::Kind::EntryAdded, seq,
                                          tr("Entry %1 (%2) is out of sequence (entries are numbered "
                                             "from 1): it was added outside Charter.")
                                              .arg(seq).arg(describeAuditEntry(row.fields))));
        }
    }
    m_expectedSeq = seq + 1;
    m_lastSeq = seq;

    const MerkleHash leaf = AuditEntryCodec::leafHash(row.fields, m_sha);
    if (row.leafHash.isNull) {
        ++m_unsealed;
        report(findings, entryFinding(AuditFinding::Kind::EntryAdded, seq,
                                      tr("Entry %1 (%2) has no recorded hash: it was added outside "
                                         "Charter.").arg(seq).arg(describeAuditEntry(row.fields))));
    } else if (row.leafHash.bytes != merkleHashBytes(leaf)) {
        report(findings, entryFinding(AuditFinding::Kind::EntryAltered, seq,
                                      tr("Entry %1 (%2) was changed after it was written: its content "
                                         "no longer matches the hash recorded with it.")
                                          .arg(seq).arg(describeAuditEntry(row.fields))));
    }

    m_tree.appendLeafHash(leaf);
    m_frontier.append(leaf);
    if (m_prefixSize && m_frontier.size() == *m_prefixSize)
        m_prefixRoot = m_frontier.root();
    m_lastTime8.resize(0);
    m_lastTime8.append(row.fields.recordedAt.bytes);
}

} // namespace charter
