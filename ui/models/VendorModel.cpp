#include "VendorModel.h"

#include "CellIndex.h"
#include "theme/Colours.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace charter {

namespace {

bool nameLess(const Vendor &a, const Vendor &b)
{
    const int order = QString::localeAwareCompare(a.name, b.name);
    return order != 0 ? order < 0 : a.id < b.id;
}

Rating ratingOf(const Vendor &vendor, int column)
{
    switch (column) {
    case VendorModel::ViabilityColumn:
        return vendor.viability;
    case VendorModel::RoadmapColumn:
        return vendor.roadmapStability;
    case VendorModel::SupportColumn:
        return vendor.supportMaturity;
    case VendorModel::ExitColumn:
        return vendor.exitOptions;
    case VendorModel::PortabilityColumn:
        return vendor.dataPortability;
    }
    return Rating::Unknown;
}

bool isRatingColumn(int column)
{
    return column >= VendorModel::ViabilityColumn && column <= VendorModel::PortabilityColumn;
}

} // namespace

VendorModel::VendorModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{
}

void VendorModel::setVendors(QList<Vendor> vendors)
{
    std::sort(vendors.begin(), vendors.end(), nameLess);
    beginResetModel();
    m_vendors = std::move(vendors);
    reindex();
    endResetModel();
}

void VendorModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_vendors.size());
    for (int row = 0; row < m_vendors.size(); ++row)
        m_rowById.insert(m_vendors.at(row).id, row);
}

void VendorModel::upsert(const Vendor &vendor)
{
    const int existing = rowOfVendor(vendor.id);
    if (existing >= 0) {
        if (m_vendors.at(existing).name == vendor.name) {
            m_vendors[existing] = vendor;
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            return;
        }
        beginRemoveRows(QModelIndex(), existing, existing);
        m_vendors.removeAt(existing);
        reindex();
        endRemoveRows();
    }
    const auto it = std::lower_bound(m_vendors.cbegin(), m_vendors.cend(), vendor, nameLess);
    const int row = int(it - m_vendors.cbegin());
    beginInsertRows(QModelIndex(), row, row);
    m_vendors.insert(row, vendor);
    reindex();
    endInsertRows();
}

const Vendor *VendorModel::vendorById(qint64 id) const
{
    const int row = rowOfVendor(id);
    return row < 0 ? nullptr : &m_vendors.at(row);
}

int VendorModel::rowOfVendor(qint64 id) const
{
    return id <= 0 ? -1 : m_rowById.value(id, -1);
}

void VendorModel::setToday(const QDate &today)
{
    m_today = today;
    if (!m_vendors.isEmpty())
        emit dataChanged(index(0, ContractEndColumn), index(rowCount() - 1, ContractEndColumn));
}

int VendorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_vendors.size());
}

int VendorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VendorModel::cellText(const Vendor &vendor, int column) const
{
    if (column == NameColumn)
        return vendor.name.trimmed().isEmpty() ? tr("Unnamed vendor") : vendor.name;
    if (isRatingColumn(column))
        return enumLabel(ratingOf(vendor, column));
    if (column == ContractEndColumn) {
        return vendor.contractEnd.isValid() ? QLocale().toString(vendor.contractEnd, QLocale::ShortFormat)
                                            : tr("Unknown");
    }
    return {};
}

bool VendorModel::isGap(const Vendor &vendor, int column) const
{
    if (column == NameColumn)
        return vendor.name.trimmed().isEmpty();
    if (isRatingColumn(column))
        return ratingOf(vendor, column) == Rating::Unknown;
    if (column == ContractEndColumn)
        return !vendor.contractEnd.isValid();
    return false;
}

bool VendorModel::isProblem(const Vendor &vendor, int column) const
{
    if (isRatingColumn(column))
        return ratingOf(vendor, column) == Rating::Weak;
    if (column == ContractEndColumn)
        return vendor.contractEnd.isValid() && m_today.isValid() && vendor.contractEnd < m_today;
    return false;
}

QVariant VendorModel::data(const QModelIndex &index, int role) const
{
    if (!isCellOf(this, index))
        return {};
    const Vendor &vendor = m_vendors.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return cellText(vendor, column);
    case Qt::EditRole:
        return column == NameColumn ? QVariant(vendor.name) : cellText(vendor, column);
    case SortRole:
        if (isRatingColumn(column))
            return int(ratingOf(vendor, column));
        if (column == ContractEndColumn)
            return vendor.contractEnd;
        return vendor.name.toCaseFolded();
    case Qt::ForegroundRole:
        if (isGap(vendor, column) || isProblem(vendor, column))
            return warningColour(QGuiApplication::palette());
        return {};
    case Qt::ToolTipRole:
        if (column == ContractEndColumn && isProblem(vendor, column))
            return tr("The contract has ended.");
        if (isGap(vendor, column))
            return tr("Unknown: a gap that counts as risk for every system of this vendor.");
        return {};
    case VendorIdRole:
        return vendor.id;
    case IsGapRole:
        return isGap(vendor, column);
    }
    return {};
}

QVariant VendorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Vendor");
    case ViabilityColumn:
        return tr("Viability");
    case RoadmapColumn:
        return tr("Roadmap");
    case SupportColumn:
        return tr("Support");
    case ExitColumn:
        return tr("Exit options");
    case PortabilityColumn:
        return tr("Data portability");
    case ContractEndColumn:
        return tr("Contract end");
    }
    return {};
}

} // namespace charter
