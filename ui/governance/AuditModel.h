#pragma once

#include "storage/AuditStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace charter {

// Audit entries as a table: sequence, time, actor, action, entity, reason.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeqColumn, TimeColumn, ActorColumn, ActionColumn, EntityColumn, ReasonColumn, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1 };

    explicit AuditModel(QObject *parent = nullptr);

    void setRecords(QList<AuditRecord> records);
    const QList<AuditRecord> &records() const { return m_records; }
    const AuditRecord &record(int row) const { return m_records.at(row); }
    // Row of the entry with sequence number SEQ, -1 when not shown.
    int rowOfSeq(qint64 seq) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditRecord> m_records;
};

// What an entry changed, as readable lines: "field: old → new" per changed path, or
// the created / deleted content. Pure; used by the audit viewer and the history.
QString auditChangeText(const AuditRecord &record);

} // namespace charter
