#pragma once

#include "domain/RegistryFilter.h"

#include <QAbstractProxyModel>
#include <QList>
#include <QString>

#include <vector>

namespace charter {

class RegistryModel;

// Filters and sorts a RegistryModel for the registry table: filter-as-you-type over
// name, reference, business unit, owner and vendor (RegistryMatcher) combined with the
// quick filters, sorted by one column (RegistryModel::compareRows: scores as numbers,
// reviews by date, tiers by severity, text without regard to case; ties keep the
// source's order, which is by name).
//
// Built for large registers: the sorted order of all rows is kept, so a filter change
// walks it once (O(n), no allocation per row), and typing one more character re-tests
// only the rows that passed before. Filter and sort changes are layout changes that
// keep persistent indexes (the selection) on rows still shown; a reset of the source
// resets this model.
class RegistryFilterModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit RegistryFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    RegistryModel *registryModel() const { return m_registry; }

    QString filterText() const { return m_filter.text; }
    void setFilterText(const QString &text);
    // The quick filters of FILTER (its text is ignored).
    void setQuickFilters(const RegistryFilter &filter);
    // Only the systems with these ids (RegistryFilter::systemIds), combined with the
    // text and quick filters; empty IDS removes the scope.
    void setScope(const QSet<qint64> &systemIds, const QString &label);
    void clearScope() { setScope({}, QString()); }
    // Text, quick filters and scope at once (one pass).
    void setFilter(const RegistryFilter &filter);
    const RegistryFilter &filter() const { return m_filter; }

    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // COLUMN -1: the source's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void filterChanged();

private:
    void sourceAboutToBeReset();
    void sourceReset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);

    void applyFilter(const RegistryFilter &filter);
    // Sorts all source rows into m_sorted.
    void sortAll();
    // Tests rows against the matcher; when NARROWING, only those that passed before.
    void match(bool narrowing);
    // The shown rows from m_sorted and m_accepted, without signals.
    QList<int> shownRows() const;
    // Replaces the shown rows inside a layout change, moving persistent indexes along.
    void relayout(QList<int> shown);
    void rebuildFromSource(); // sort, match and map everything, without signals

    RegistryModel *m_registry = nullptr;
    RegistryFilter m_filter;
    RegistryMatcher m_matcher;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;

    QList<int> m_sorted;              // every source row, in sort order
    std::vector<char> m_accepted;     // per source row: passes the filter
    QList<int> m_proxyToSource;       // the rows shown, in order
    QList<int> m_sourceToProxy;       // per source row: its row here, or -1
};

} // namespace charter
