#include "RegistryModel.h"

#include "theme/Colours.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <limits>

using namespace Qt::StringLiterals;

namespace charter {

RegistryModel::RegistryModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{
}

void RegistryModel::setRows(QList<RegistryRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int RegistryModel::rowOfSystem(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

void RegistryModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, NextReviewColumn), index(int(m_rows.size()) - 1, NextReviewColumn));
    }
}

int RegistryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant RegistryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegistryRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::ToolTipRole:
        return toolTipData(row, column);
    case SortRole:
        return sortData(row, column);
    case SystemIdRole:
        return row.id;
    case RiskTierRole:
        return int(row.riskTier);
    case IsGapRole:
        return isGap(row, column);
    case Qt::ForegroundRole:
        if (isGap(row, column))
            return warningColour(QGuiApplication::palette());
        return {};
    case Qt::FontRole:
        if (column == OwnerColumn && row.accountableOwner.isEmpty()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        switch (column) {
        case ScoreColumn:
        case CompletenessColumn:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case TierColumn:
            return int(Qt::AlignCenter);
        default:
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant RegistryModel::displayData(const RegistryRow &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.name;
    case ReferenceColumn:
        return row.externalReference;
    case BusinessUnitColumn:
        return row.businessUnit;
    case LifecycleColumn:
        return enumLabel(row.lifecycle);
    case OwnerColumn:
        return row.accountableOwner.isEmpty() ? tr("No owner") : row.accountableOwner;
    case TierColumn:
        return enumLabel(row.riskTier);
    case ScoreColumn:
        return row.riskScore;
    case CompletenessColumn:
        return tr("%1%").arg(row.completeness);
    case VendorColumn:
        if (!row.vendor.isEmpty())
            return row.vendor;
        return row.vendorUnknown ? tr("Unknown") : tr("In-house");
    case NextReviewColumn:
        if (!row.nextReview.isValid())
            return tr("Not scheduled");
        return QLocale().toString(row.nextReview, QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant RegistryModel::sortData(const RegistryRow &row, int column) const
{
    switch (column) {
    case LifecycleColumn:
        return int(row.lifecycle);
    case TierColumn:
        // Severity first; within a tier, the higher score is the riskier system.
        return qint64(row.riskTier) * 1'000'000 + row.riskScore;
    case ScoreColumn:
        return row.riskScore;
    case CompletenessColumn:
        return row.completeness;
    case NextReviewColumn:
        // Unscheduled reviews sort before every date: they are the most urgent gap.
        return row.nextReview.isValid() ? row.nextReview.toJulianDay()
                                        : std::numeric_limits<qint64>::min();
    case OwnerColumn:
        return row.accountableOwner; // empty (nobody named) sorts first
    default:
        return displayData(row, column);
    }
}

QVariant RegistryModel::toolTipData(const RegistryRow &row, int column) const
{
    switch (column) {
    case OwnerColumn:
        if (row.accountableOwner.isEmpty())
            return tr("Nobody is named accountable owner of this system: a governance gap.");
        return {};
    case VendorColumn:
        if (row.vendor.isEmpty() && row.vendorUnknown)
            return tr("It is not known whether a vendor is involved: a governance gap.");
        return {};
    case CompletenessColumn:
        if (row.gapCount == 0)
            return tr("Every question is answered");
        return row.gapCount == 1 ? tr("1 question answered \"unknown\"")
                                 : tr("%n questions answered \"unknown\"", nullptr, row.gapCount);
    case NextReviewColumn:
        if (!row.nextReview.isValid())
            return tr("No review is scheduled.");
        if (isOverdue(row)) {
            return tr("Review overdue since %1.")
                .arg(QLocale().toString(row.nextReview, QLocale::LongFormat));
        }
        return QLocale().toString(row.nextReview, QLocale::LongFormat);
    default:
        return {};
    }
}

bool RegistryModel::isGap(const RegistryRow &row, int column) const
{
    switch (column) {
    case OwnerColumn:
        return row.accountableOwner.isEmpty();
    case VendorColumn:
        return row.vendor.isEmpty() && row.vendorUnknown;
    case NextReviewColumn:
        return !row.nextReview.isValid() || isOverdue(row);
    case LifecycleColumn:
        return row.lifecycle == Lifecycle::Unknown;
    default:
        return false;
    }
}

bool RegistryModel::isOverdue(const RegistryRow &row) const
{
    return row.nextReview.isValid() && m_today.isValid() && row.nextReview < m_today;
}

QVariant RegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (section == ScoreColumn || section == CompletenessColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (section == TierColumn)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ScoreColumn:
            return tr("Risk score: the sum of the points of every risk factor");
        case CompletenessColumn:
            return tr("Share of the register's questions that are answered");
        case ReferenceColumn:
            return tr("Your organisation's own reference for the system");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ReferenceColumn:
        return tr("Reference");
    case BusinessUnitColumn:
        return tr("Business unit");
    case LifecycleColumn:
        return tr("Lifecycle");
    case OwnerColumn:
        return tr("Accountable owner");
    case TierColumn:
        return tr("Risk tier");
    case ScoreColumn:
        return tr("Score");
    case CompletenessColumn:
        return tr("Complete");
    case VendorColumn:
        return tr("Vendor");
    case NextReviewColumn:
        return tr("Next review");
    default:
        return {};
    }
}

} // namespace charter
