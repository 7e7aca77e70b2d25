#include "RegistryFilterModel.h"

#include "RegistryModel.h"

#include <algorithm>
#include <vector>

namespace charter {

RegistryFilterModel::RegistryFilterModel(QObject *parent)
    : QAbstractProxyModel(parent)
{
}

void RegistryFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    RegistryModel *registry = qobject_cast<RegistryModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || registry, "RegistryFilterModel",
               "the source model must be a RegistryModel");
    if (registry == m_registry)
        return;

    beginResetModel();
    if (m_registry)
        disconnect(m_registry, nullptr, this, nullptr);
    m_registry = registry;
    QAbstractProxyModel::setSourceModel(registry);
    if (m_registry) {
        connect(m_registry, &QAbstractItemModel::modelAboutToBeReset, this,
                &RegistryFilterModel::sourceAboutToBeReset);
        connect(m_registry, &QAbstractItemModel::modelReset, this, &RegistryFilterModel::sourceReset);
        connect(m_registry, &QAbstractItemModel::dataChanged, this,
                &RegistryFilterModel::sourceDataChanged);
        // RegistryModel only resets; any finer change is taken as a reset all the same.
        connect(m_registry, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &RegistryFilterModel::sourceAboutToBeReset);
        connect(m_registry, &QAbstractItemModel::layoutChanged, this, &RegistryFilterModel::sourceReset);
        connect(m_registry, &QAbstractItemModel::rowsAboutToBeInserted, this,
                &RegistryFilterModel::sourceAboutToBeReset);
        connect(m_registry, &QAbstractItemModel::rowsInserted, this, &RegistryFilterModel::sourceReset);
        connect(m_registry, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &RegistryFilterModel::sourceAboutToBeReset);
        connect(m_registry, &QAbstractItemModel::rowsRemoved, this, &RegistryFilterModel::sourceReset);
        connect(m_registry, &QAbstractItemModel::rowsAboutToBeMoved, this,
                &RegistryFilterModel::sourceAboutToBeReset);
        connect(m_registry, &QAbstractItemModel::rowsMoved, this, &RegistryFilterModel::sourceReset);
        connect(m_registry, &RegistryModel::todayChanged, this, [this] {
            // "Review overdue" depends on the date.
            if (m_filter.reviewOverdue)
                applyFilter(m_filter);
        });
    }
    rebuildFromSource();
    endResetModel();
}

// ---- Filtering -------------------------------------------------------------------

void RegistryFilterModel::setFilterText(const QString &text)
{
    RegistryFilter filter = m_filter;
    filter.text = text;
    applyFilter(filter);
}

void RegistryFilterModel::setQuickFilters(const RegistryFilter &quick)
{
    RegistryFilter filter = quick;
    filter.text = m_filter.text;
    filter.systemIds = m_filter.systemIds; // the quick filters narrow a scope, never drop it
    filter.scopeLabel = m_filter.scopeLabel;
    applyFilter(filter);
}

void RegistryFilterModel::setScope(const QSet<qint64> &systemIds, const QString &label)
{
    RegistryFilter filter = m_filter;
    filter.systemIds = systemIds;
    filter.scopeLabel = systemIds.isEmpty() ? QString() : label;
    applyFilter(filter);
}

void RegistryFilterModel::setFilter(const RegistryFilter &filter)
{
    applyFilter(filter);
}

void RegistryFilterModel::applyFilter(const RegistryFilter &filter)
{
    RegistryMatcher matcher(filter, m_registry ? m_registry->today() : QDate());
    const size_t count = size_t(m_registry ? m_registry->rowCount() : 0);
    const bool upToDate = m_accepted.size() == count;
    const bool same = upToDate && matcher.narrows(m_matcher) && m_matcher.narrows(matcher);
    const bool narrowing = upToDate && matcher.narrows(m_matcher);
    m_filter = filter;
    m_matcher = std::move(matcher);
    if (m_registry && !same) {
        // Blanks or case alone change nothing; one more character tests only the rows
        // that passed before.
        match(narrowing);
        relayout(shownRows());
    }
    emit filterChanged();
}

void RegistryFilterModel::match(bool narrowing)
{
    const int count = m_registry ? m_registry->rowCount() : 0;
    if (m_accepted.size() != size_t(count))
        narrowing = false;
    if (m_matcher.isEmpty()) {
        m_accepted.assign(size_t(count), 1);
        return;
    }
    const QList<RegistryRow> &rows = m_registry->rows();
    const QByteArray &needle = m_matcher.needleUtf8();
    if (needle.isEmpty()) {
        // Quick filters alone.
        if (!narrowing)
            m_accepted.assign(size_t(count), 1);
        for (int i = 0; i < count; ++i) {
            if (m_accepted[size_t(i)])
                m_accepted[size_t(i)] = m_matcher.quickMatches(rows.at(i));
        }
        return;
    }
    if (narrowing) {
        // One more character: only the rows that passed can pass. When few did, test
        // them one by one; otherwise one pass over all the text is quicker.
        const auto passed = std::count(m_accepted.cbegin(), m_accepted.cend(), char(1));
        if (passed < count / 8) {
            for (int i = 0; i < count; ++i) {
                if (m_accepted[size_t(i)])
                    m_accepted[size_t(i)] = m_matcher.matches(rows.at(i), m_registry->searchText(i));
            }
            return;
        }
    }
    // One search over the text of every row; a hit marks its row and the search goes on
    // from the next row.
    std::vector<char> hits(size_t(count), 0);
    const QByteArray &blob = m_registry->searchBlob();
    const QList<qsizetype> &offsets = m_registry->searchOffsets();
    qsizetype position = 0;
    int row = 0;
    while ((position = findBytes(blob, position, needle)) >= 0) {
        while (offsets.at(row + 1) <= position)
            ++row;
        if (!narrowing || m_accepted[size_t(row)])
            hits[size_t(row)] = m_matcher.quickMatches(rows.at(row));
        position = offsets.at(row + 1);
        if (++row >= count)
            break;
    }
    m_accepted = std::move(hits);
}

QList<int> RegistryFilterModel::shownRows() const
{
    QList<int> shown;
    if (m_matcher.isEmpty())
        return m_sorted;
    shown.reserve(m_sorted.size());
    for (int row : m_sorted) {
        if (m_accepted[size_t(row)])
            shown.append(row);
    }
    return shown;
}

// ---- Sorting ---------------------------------------------------------------------

void RegistryFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column >= columnCount())
        column = -1;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (!m_registry)
        return;
    sortAll();
    relayout(shownRows());
}

void RegistryFilterModel::sortAll()
{
    const int count = m_registry ? m_registry->rowCount() : 0;
    m_sorted.resize(count);
    for (int i = 0; i < count; ++i)
        m_sorted[i] = i;
    if (m_sortColumn < 0 || count < 2)
        return;
    const int column = m_sortColumn;
    const RegistryModel *registry = m_registry;
    // Ties keep the source order in either direction (a stable sort on a total order).
    if (m_sortOrder == Qt::AscendingOrder) {
        std::sort(m_sorted.begin(), m_sorted.end(), [registry, column](int a, int b) {
            const int c = registry->compareRows(a, b, column);
            return c != 0 ? c < 0 : a < b;
        });
    } else {
        std::sort(m_sorted.begin(), m_sorted.end(), [registry, column](int a, int b) {
            const int c = registry->compareRows(a, b, column);
            return c != 0 ? c > 0 : a < b;
        });
    }
}

// ---- Mapping and notification ----------------------------------------------------

void RegistryFilterModel::relayout(QList<int> shown)
{
    if (shown == m_proxyToSource)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList from = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(from.size());
    for (const QModelIndex &index : from)
        sourceRows.append(index.isValid() ? m_proxyToSource.value(index.row(), -1) : -1);

    m_proxyToSource = std::move(shown);
    m_sourceToProxy.fill(-1, m_registry ? m_registry->rowCount() : 0);
    for (int i = 0; i < m_proxyToSource.size(); ++i)
        m_sourceToProxy[m_proxyToSource[i]] = i;

    QModelIndexList to;
    to.reserve(from.size());
    for (int i = 0; i < from.size(); ++i) {
        const int sourceRow = sourceRows.at(i);
        const int row = sourceRow >= 0 ? m_sourceToProxy.value(sourceRow, -1) : -1;
        to.append(row >= 0 ? createIndex(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void RegistryFilterModel::rebuildFromSource()
{
    m_matcher = RegistryMatcher(m_filter, m_registry ? m_registry->today() : QDate());
    sortAll();
    match(false);
    m_proxyToSource = shownRows();
    m_sourceToProxy.fill(-1, m_registry ? m_registry->rowCount() : 0);
    for (int i = 0; i < m_proxyToSource.size(); ++i)
        m_sourceToProxy[m_proxyToSource[i]] = i;
}

void RegistryFilterModel::sourceAboutToBeReset()
{
    beginResetModel();
}

void RegistryFilterModel::sourceReset()
{
    rebuildFromSource();
    endResetModel();
}

void RegistryFilterModel::sourceDataChanged(const QModelIndex &topLeft,
                                            const QModelIndex &bottomRight, const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid() || m_proxyToSource.isEmpty())
        return;
    // Rows may now sort or filter differently.
    if (m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column())
        sortAll();
    match(false);
    relayout(shownRows());
    if (m_proxyToSource.isEmpty())
        return;
    emit dataChanged(index(0, topLeft.column()),
                     index(int(m_proxyToSource.size()) - 1, bottomRight.column()), roles);
}

QModelIndex RegistryFilterModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_registry || !proxyIndex.isValid() || proxyIndex.model() != this)
        return {};
    const int sourceRow = m_proxyToSource.value(proxyIndex.row(), -1);
    return sourceRow < 0 ? QModelIndex() : m_registry->index(sourceRow, proxyIndex.column());
}

QModelIndex RegistryFilterModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_registry || !sourceIndex.isValid() || sourceIndex.model() != m_registry)
        return {};
    const int row = m_sourceToProxy.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex RegistryFilterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_proxyToSource.size()
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RegistryFilterModel::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex RegistryFilterModel::sibling(int row, int column, const QModelIndex &idx) const
{
    return idx.isValid() ? index(row, column) : QModelIndex();
}

int RegistryFilterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_proxyToSource.size());
}

int RegistryFilterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_registry ? 0 : m_registry->columnCount();
}

bool RegistryFilterModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_proxyToSource.isEmpty();
}

QVariant RegistryFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_registry)
        return {};
    if (orientation == Qt::Horizontal)
        return m_registry->headerData(section, orientation, role);
    if (role == Qt::DisplayRole && section >= 0 && section < m_proxyToSource.size())
        return section + 1;
    return {};
}

} // namespace charter
