#pragma once

#include <QSortFilterProxyModel>
#include <QString>

namespace charter {

class RegistryModel;

// Filters and sorts a RegistryModel: a row passes when registryRowMatches() finds the
// filter text in its name, reference, business unit, owner or vendor; sorting uses
// RegistryModel::SortRole, so scores sort numerically and reviews by date.
class RegistryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RegistryFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *sourceModel) override;
    RegistryModel *registryModel() const { return m_registry; }

    QString filterText() const { return m_filterText; }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    RegistryModel *m_registry = nullptr;
    QString m_filterText;
    QString m_loweredNeedle; // folded once per change, not per row
};

} // namespace charter
