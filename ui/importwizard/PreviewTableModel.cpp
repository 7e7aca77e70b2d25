#include "PreviewTableModel.h"

#include "theme/Colours.h"

#include <QFont>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace charter {

PreviewTableModel::PreviewTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PreviewTableModel::setPreview(const SpreadsheetPreview &preview, int headerLine)
{
    beginResetModel();
    m_preview = preview;
    m_headerLine = headerLine;
    endResetModel();
}

void PreviewTableModel::clear()
{
    setPreview(SpreadsheetPreview(), 0);
}

QString PreviewTableModel::columnName(int column)
{
    QString name;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(u'A' + (n - 1) % 26));
    return name;
}

int PreviewTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int PreviewTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_preview.columnCount;
}

QVariant PreviewTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpreadsheetPreview::Row &row = m_preview.rows.at(index.row());
    const bool isHeader = m_headerLine > 0 && row.line == m_headerLine;
    const bool isPreamble = m_headerLine > 0 && row.line < m_headerLine;
    switch (role) {
    case Qt::DisplayRole: {
        // One line per cell; the tooltip has the whole text.
        QString text = row.cells.value(index.column());
        text.replace(u'\n', u' ');
        return text;
    }
    case Qt::ToolTipRole: {
        const QString text = row.cells.value(index.column());
        return text.size() > 40 ? text : QVariant();
    }
    case Qt::FontRole:
        if (isHeader) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (isPreamble)
            return mutedColour(QGuiApplication::palette());
        return {};
    case IsHeaderRowRole:
        return isHeader;
    case IsPreambleRole:
        return isPreamble;
    default:
        return {};
    }
}

QVariant PreviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_preview.columnCount)
            return columnName(section);
        return {};
    }
    if (section < 0 || section >= m_preview.rows.size())
        return {};
    const int line = m_preview.rows.at(section).line;
    if (role == Qt::DisplayRole)
        return line;
    if (role == Qt::ToolTipRole) {
        if (line == m_headerLine)
            return tr("Line %1: the header row").arg(line);
        if (m_headerLine > 0 && line < m_headerLine)
            return tr("Line %1: above the header row, not imported").arg(line);
        return tr("Line %1").arg(line);
    }
    return {};
}

} // namespace charter
