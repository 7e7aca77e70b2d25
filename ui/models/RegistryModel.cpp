#include "RegistryModel.h"

#include "domain/RegistryFilter.h"
#include "theme/Colours.h"

#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <limits>
#include <string_view>

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
    buildSearchIndex();
    endResetModel();
}

void RegistryModel::buildSearchIndex()
{
    qsizetype size = 0;
    for (const RegistryRow &row : std::as_const(m_rows)) {
        size += row.name.size() + row.externalReference.size() + row.businessUnit.size()
            + row.accountableOwner.size() + row.vendor.size() + 6;
    }
    m_search.clear();
    m_search.reserve(size);
    m_searchOffsets.clear();
    m_searchOffsets.reserve(m_rows.size() + 1);
    m_nameLengths.clear();
    m_nameLengths.reserve(m_rows.size());
    m_nameKeyIndex.clear();
    m_nameKeyIndex.reserve(m_rows.size());
    m_nameKeys.clear();
    for (const RegistryRow &row : std::as_const(m_rows)) {
        const qsizetype start = m_search.size();
        m_searchOffsets.append(start);
        const qsizetype nameLength = appendRegistrySearchText(row, m_search);
        m_nameLengths.append(int(nameLength));
        const QByteArrayView folded = QByteArrayView(m_search).sliced(start, nameLength);
        if (std::all_of(folded.cbegin(), folded.cend(), [](char c) { return uchar(c) < 0x80; })) {
            m_nameKeyIndex.append(-1);
        } else {
            // Base letters: decomposed, without the combining marks.
            const QString decomposed = row.name.normalized(QString::NormalizationForm_KD);
            QString base;
            base.reserve(decomposed.size());
            for (QChar c : decomposed) {
                if (!c.isMark())
                    base += c;
            }
            m_nameKeyIndex.append(int(m_nameKeys.size()));
            m_nameKeys.append(base.toCaseFolded().toUtf8());
        }
        m_search += '\x1e';
    }
    m_searchOffsets.append(m_search.size());
}

QByteArrayView RegistryModel::nameSortKey(int row) const
{
    const int key = m_nameKeyIndex.at(row);
    return key < 0 ? foldedName(row) : QByteArrayView(m_nameKeys.at(key));
}

int RegistryModel::compareRows(int a, int b, int column) const
{
    const RegistryRow &left = m_rows.at(a);
    const RegistryRow &right = m_rows.at(b);
    const auto three = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    const auto text = [](const QString &x, const QString &y) {
        return QString::compare(x, y, Qt::CaseInsensitive);
    };
    switch (column) {
    case NameColumn:
    {
        // Byte order of UTF-8 is code point order; base letters first, then accents.
        const auto bytes = [](QByteArrayView view) {
            return std::string_view(view.data(), size_t(view.size()));
        };
        if (const int c = bytes(nameSortKey(a)).compare(bytes(nameSortKey(b))); c != 0)
            return c;
        return bytes(foldedName(a)).compare(bytes(foldedName(b)));
    }
    case LifecycleColumn:
        return three(int(left.lifecycle), int(right.lifecycle));
    case TierColumn:
        if (left.riskTier != right.riskTier)
            return three(int(left.riskTier), int(right.riskTier));
        return three(left.riskScore, right.riskScore);
    case ScoreColumn:
        return three(left.riskScore, right.riskScore);
    case CompletenessColumn:
        return three(left.completeness, right.completeness);
    case NextReviewColumn:
        // Unscheduled reviews sort before every date: they are the most urgent gap.
        if (left.nextReview.isValid() != right.nextReview.isValid())
            return left.nextReview.isValid() ? 1 : -1;
        return three(left.nextReview.toJulianDay(), right.nextReview.toJulianDay());
    case OwnerColumn:
        return text(left.accountableOwner, right.accountableOwner); // nobody named first
    case VendorColumn:
        if (left.vendor.isEmpty() || right.vendor.isEmpty())
            return text(displayData(left, column).toString(), displayData(right, column).toString());
        return text(left.vendor, right.vendor);
    case BusinessUnitColumn:
        return text(left.businessUnit, right.businessUnit);
    case ReferenceColumn:
        return text(left.externalReference, right.externalReference);
    default:
        return 0;
    }
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
    emit todayChanged(today);
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
