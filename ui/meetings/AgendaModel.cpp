#include "AgendaModel.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace charter {

namespace {
const QString AgendaRowMime = u"application/x-charter-agenda-row"_s;
}

void AgendaModel::setAgenda(const QList<AgendaItem> &items, const QList<MeetingDecision> &decisions)
{
    beginResetModel();
    m_items = items;
    m_decisions.clear();
    for (const MeetingDecision &decision : decisions)
        m_decisions.insert(decision.itemId, decision);
    endResetModel();
}

const MeetingDecision *AgendaModel::decisionFor(qint64 itemId) const
{
    auto found = m_decisions.constFind(itemId);
    return found == m_decisions.cend() ? nullptr : &*found;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem &item = m_items.at(index.row());
    if (role == ItemIdRole)
        return item.id;
    if (role == SystemIdRole)
        return item.systemId;
    if (role == Qt::TextAlignmentRole && index.column() == PositionColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case PositionColumn:
        return item.position;
    case TitleColumn:
        return item.title;
    case KindColumn:
        return enumLabel(item.kind);
    case ReasonColumn:
        return item.reason;
    case DecisionColumn: {
        const MeetingDecision *decision = decisionFor(item.id);
        if (!decision)
            return role == Qt::DisplayRole ? tr("Not decided") : QVariant();
        return role == Qt::DisplayRole ? enumLabel(decision->outcome) : decision->rationale;
    }
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PositionColumn:
        return tr("#");
    case TitleColumn:
        return tr("Item");
    case KindColumn:
        return tr("Kind");
    case ReasonColumn:
        return tr("Reason");
    case DecisionColumn:
        return tr("Decision");
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!m_movable)
        return flags;
    if (index.isValid())
        return flags | Qt::ItemIsDragEnabled;
    return flags | Qt::ItemIsDropEnabled; // between rows
}

Qt::DropActions AgendaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaModel::mimeTypes() const
{
    return {AgendaRowMime};
}

QMimeData *AgendaModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(AgendaRowMime, QByteArray::number(indexes.first().row()));
    return mime;
}

bool AgendaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                               const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data || !data->hasFormat(AgendaRowMime))
        return false;
    bool ok = false;
    const int from = data->data(AgendaRowMime).toInt(&ok);
    if (!ok || from < 0 || from >= m_items.size())
        return false;
    int to = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_items.size()));
    if (to > from)
        --to; // dropped below: the rows close up first
    to = qBound(0, to, int(m_items.size()) - 1);
    if (to != from)
        emit moveRequested(from + 1, to + 1);
    return false; // the agenda is read again after the move; the view removes nothing
}

} // namespace charter
