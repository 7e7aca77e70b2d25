#include "ColumnMappingModel.h"

#include "PreviewTableModel.h"
#include "theme/Colours.h"

#include <QGuiApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace charter {

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ColumnMappingModel::setMapping(const SpreadsheetPreview &preview, const ImportReport &report)
{
    beginResetModel();
    m_entries.clear();
    QHash<int, ImportColumnUse> used;
    for (const ImportColumnUse &use : report.columns)
        used.insert(use.column, use);

    // The header row and the first record below it, when the preview holds them.
    const SpreadsheetPreview::Row *header = nullptr;
    const SpreadsheetPreview::Row *first = nullptr;
    for (const SpreadsheetPreview::Row &row : preview.rows) {
        if (row.line == report.headerLine) {
            header = &row;
        } else if (header && row.line > report.headerLine
                   && std::any_of(row.cells.cbegin(), row.cells.cend(),
                                  [](const QString &cell) { return !cell.trimmed().isEmpty(); })) {
            first = &row;
            break;
        }
    }
    if (header) {
        for (int i = 0; i < header->cells.size(); ++i) {
            Entry entry;
            entry.column = i;
            entry.header = header->cells.at(i).simplified();
            if (entry.header.isEmpty() && !used.contains(i))
                continue; // an empty trailing cell is no column
            if (const auto it = used.constFind(i); it != used.cend() && it->field != u"ignore"_s)
                entry.field = it->field;
            if (first)
                entry.sample = first->cells.value(i).simplified();
            m_entries.append(entry);
        }
    } else {
        // The header is further down than the preview reaches: the report alone.
        for (const ImportColumnUse &use : report.columns) {
            Entry entry;
            entry.column = use.column;
            entry.header = use.header;
            if (use.field != u"ignore"_s)
                entry.field = use.field;
            m_entries.append(entry);
        }
    }
    endResetModel();
}

void ColumnMappingModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int ColumnMappingModel::mappedCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry &entry) { return !entry.field.isEmpty(); }));
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ColumnCount);
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return tr("%1: %2").arg(PreviewTableModel::columnName(entry.column), entry.header);
        case FieldColumn:
            return entry.field.isEmpty() ? tr("Not imported") : entry.field;
        case SampleColumn:
            return entry.sample;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FileColumn)
            return entry.header;
        if (index.column() == SampleColumn && entry.sample.size() > 30)
            return entry.sample;
        if (index.column() == FieldColumn && entry.field.isEmpty())
            return tr("No register field takes this column; name it in a mapping file to import it.");
        return {};
    case Qt::ForegroundRole:
        if (entry.field.isEmpty())
            return mutedColour(QGuiApplication::palette());
        return {};
    case IsMappedRole:
        return !entry.field.isEmpty();
    default:
        return {};
    }
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("Column in the file");
    case FieldColumn:
        return tr("Register field");
    case SampleColumn:
        return tr("First value");
    default:
        return {};
    }
}

} // namespace charter
