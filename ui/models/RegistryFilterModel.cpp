#include "RegistryFilterModel.h"

#include "RegistryModel.h"

namespace charter {

RegistryFilterModel::RegistryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RegistryModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

void RegistryFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_registry = qobject_cast<RegistryModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || m_registry, "RegistryFilterModel",
               "the source model must be a RegistryModel");
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void RegistryFilterModel::setFilterText(const QString &text)
{
    const QString lowered = text.trimmed().toLower();
    m_filterText = text;
    if (lowered == m_loweredNeedle)
        return;
    m_loweredNeedle = lowered;
    invalidateRowsFilter();
}

bool RegistryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_registry)
        return false;
    if (m_loweredNeedle.isEmpty())
        return true;
    return registryRowMatches(m_registry->rowAt(sourceRow), m_loweredNeedle);
}

} // namespace charter
