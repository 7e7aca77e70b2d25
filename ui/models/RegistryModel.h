#pragma once

#include "domain/RegistryRow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace charter {

// The register as a table: one row per AI system (RegistryRow), read-only.
// Qt::DisplayRole gives the text shown, SortRole a value that sorts correctly (numbers
// as numbers, dates as dates, tiers by severity then score), Qt::ForegroundRole marks
// gaps (no owner, unknown vendor, overdue or unscheduled review) in the warning colour.
class RegistryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // What a reviewer scans first comes first: risk, owner, gaps, then the facts.
    enum Column {
        NameColumn,
        TierColumn,
        ScoreColumn,
        OwnerColumn,
        CompletenessColumn,
        NextReviewColumn,
        VendorColumn,
        LifecycleColumn,
        BusinessUnitColumn,
        ReferenceColumn,
        ColumnCount
    };

    enum Role {
        SortRole = Qt::UserRole,
        SystemIdRole,   // qint64
        RiskTierRole,   // int(RiskTier)
        IsGapRole,      // bool: the cell shows a gap or a problem
    };

    explicit RegistryModel(QObject *parent = nullptr);

    void setRows(QList<RegistryRow> rows);
    const QList<RegistryRow> &rows() const { return m_rows; }
    const RegistryRow &rowAt(int row) const { return m_rows.at(row); }
    // Row of the system with ID, or -1.
    int rowOfSystem(qint64 id) const;

    // The date reviews are compared to (overdue = before it). Defaults to today.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant displayData(const RegistryRow &row, int column) const;
    QVariant sortData(const RegistryRow &row, int column) const;
    QVariant toolTipData(const RegistryRow &row, int column) const;
    bool isGap(const RegistryRow &row, int column) const;
    bool isOverdue(const RegistryRow &row) const;

    QList<RegistryRow> m_rows;
    QDate m_today;
};

} // namespace charter
