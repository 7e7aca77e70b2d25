#include "ImportIssuesModel.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

enum RecordColumn { LineColumn, ReferenceColumn, FieldColumn, ValueColumn, ProblemColumn, RecordColumns };
enum GroupColumn { GroupFieldColumn, GroupValueColumn, GroupCountColumn, GroupProblemColumn, GroupColumns };

} // namespace

ImportIssuesModel::ImportIssuesModel(Mode mode, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mode(mode)
{
}

void ImportIssuesModel::setIssues(const QList<ImportIssue> &issues)
{
    beginResetModel();
    m_issues = issues;
    m_groups.clear();
    if (m_mode == Mode::ByValue) {
        QHash<QString, int> index;
        for (const ImportIssue &issue : issues) {
            if (issue.field.isEmpty() || issue.rawValue.trimmed().isEmpty())
                continue;
            const QString key = issue.field + u'\x1f' + issue.rawValue;
            const auto it = index.constFind(key);
            if (it != index.cend()) {
                ++m_groups[*it].count;
                continue;
            }
            index.insert(key, int(m_groups.size()));
            m_groups.append({issue.field, issue.rawValue, 1, issue.line, issue.message});
        }
    }
    endResetModel();
}

int ImportIssuesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_mode == Mode::PerRecord ? m_issues.size() : m_groups.size());
}

int ImportIssuesModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_mode == Mode::PerRecord ? int(RecordColumns) : int(GroupColumns);
}

QVariant ImportIssuesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int column = index.column();
    if (m_mode == Mode::PerRecord) {
        const ImportIssue &issue = m_issues.at(index.row());
        if (role == LineRole)
            return issue.line;
        if (role == Qt::TextAlignmentRole && column == LineColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole)
            return issue.toText();
        if (role != Qt::DisplayRole)
            return {};
        switch (column) {
        case LineColumn:
            return issue.line;
        case ReferenceColumn:
            return issue.reference;
        case FieldColumn:
            return issue.field;
        case ValueColumn:
            return issue.rawValue.simplified();
        case ProblemColumn:
            return issue.message;
        default:
            return {};
        }
    }
    const Group &group = m_groups.at(index.row());
    if (role == LineRole)
        return group.firstLine;
    if (role == Qt::TextAlignmentRole && column == GroupCountColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (column == GroupProblemColumn || column == GroupValueColumn)
            return tr("First on line %1: %2").arg(group.firstLine).arg(group.message);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case GroupFieldColumn:
        return group.field;
    case GroupValueColumn:
        return group.value.simplified();
    case GroupCountColumn:
        return group.count;
    case GroupProblemColumn:
        return group.message;
    default:
        return {};
    }
}

QVariant ImportIssuesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (m_mode == Mode::PerRecord) {
        switch (section) {
        case LineColumn:
            return tr("Line");
        case ReferenceColumn:
            return tr("Reference");
        case FieldColumn:
            return tr("Field");
        case ValueColumn:
            return tr("Value in the file");
        case ProblemColumn:
            return tr("What happened");
        default:
            return {};
        }
    }
    switch (section) {
    case GroupFieldColumn:
        return tr("Field");
    case GroupValueColumn:
        return tr("Value in the file");
    case GroupCountColumn:
        return tr("Rows");
    case GroupProblemColumn:
        return tr("What happens");
    default:
        return {};
    }
}

} // namespace charter
