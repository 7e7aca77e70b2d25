#pragma once

#include "domain/RegistryRow.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QByteArray>
#include <QByteArrayView>
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

    // The searchable text of every row, case-folded, as UTF-8 (appendRegistrySearchText),
    // one row after the other, each ended by 0x1E; built once per setRows() in one block,
    // so filtering and sorting by name allocate nothing per row. Row R spans
    // [searchOffsets()[R], searchOffsets()[R + 1]).
    const QByteArray &searchBlob() const { return m_search; }
    const QList<qsizetype> &searchOffsets() const { return m_searchOffsets; }
    QByteArrayView searchText(int row) const
    {
        return QByteArrayView(m_search).sliced(m_searchOffsets.at(row),
                                               m_searchOffsets.at(row + 1) - m_searchOffsets.at(row));
    }
    QByteArrayView foldedName(int row) const
    {
        return QByteArrayView(m_search).sliced(m_searchOffsets.at(row), m_nameLengths.at(row));
    }

    // Three-way comparison of rows A and B by COLUMN, as SortRole orders them (text
    // without regard to case); 0 when equal.
    int compareRows(int a, int b, int column) const;

    // The date reviews are compared to (overdue = before it). Defaults to today.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void todayChanged(const QDate &today);

private:
    void buildSearchIndex();
    QByteArrayView nameSortKey(int row) const;
    QVariant displayData(const RegistryRow &row, int column) const;
    QVariant sortData(const RegistryRow &row, int column) const;
    QVariant toolTipData(const RegistryRow &row, int column) const;
    bool isGap(const RegistryRow &row, int column) const;
    bool isOverdue(const RegistryRow &row) const;

    QList<RegistryRow> m_rows;
    QDate m_today;
    QByteArray m_search;              // every row's search text, each followed by 0x1E
    QList<qsizetype> m_searchOffsets; // start of each row's text; one more at the end
    QList<int> m_nameLengths;         // bytes of the folded name that starts each text
    // Names with letters beyond ASCII also sort by their base letters ("Ångström" with
    // the A's): the index into m_nameKeys, or -1 when the folded name is its own key.
    QList<int> m_nameKeyIndex;
    QList<QByteArray> m_nameKeys;
};

} // namespace charter
