#include "EscalationTableModel.h"

#include "PeopleModel.h"
#include "theme/Colours.h"

#include <QGuiApplication>
#include <QPalette>

namespace charter {

EscalationTableModel::EscalationTableModel(QList<EscalationStep> *rows, QUndoStack *undoStack,
                                           QObject *parent)
    : RowListModel<EscalationStep>(rows, undoStack, parent)
{
    // Step numbers count within a severity: any change of order or severity renumbers.
    const auto renumber = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, StepColumn), index(rowCount() - 1, StepColumn));
    };
    connect(this, &QAbstractItemModel::rowsInserted, this, renumber);
    connect(this, &QAbstractItemModel::rowsRemoved, this, renumber);
    connect(this, &QAbstractItemModel::rowsMoved, this, renumber);
    connect(this, &QAbstractItemModel::dataChanged, this,
            [this, renumber](const QModelIndex &topLeft, const QModelIndex &) {
                if (topLeft.column() <= SeverityColumn)
                    renumber();
            });
}

void EscalationTableModel::setPeople(PeopleModel *people)
{
    if (m_people)
        disconnect(m_people, nullptr, this, nullptr);
    m_people = people;
    if (people) {
        connect(people, &QAbstractItemModel::modelReset, this, &EscalationTableModel::peopleChanged);
        connect(people, &QAbstractItemModel::rowsInserted, this, &EscalationTableModel::peopleChanged);
        connect(people, &QAbstractItemModel::rowsRemoved, this, &EscalationTableModel::peopleChanged);
        connect(people, &QAbstractItemModel::dataChanged, this, &EscalationTableModel::peopleChanged);
    }
    peopleChanged();
}

void EscalationTableModel::peopleChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, PersonColumn), index(rowCount() - 1, PersonColumn));
}

int EscalationTableModel::stepNumber(int row) const
{
    const Severity severity = m_rows->at(row).severity;
    int number = 0;
    for (int i = 0; i <= row; ++i)
        if (m_rows->at(i).severity == severity)
            ++number;
    return number;
}

int EscalationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EscalationTableModel::personText(qint64 personId) const
{
    if (personId <= 0)
        return tr("Nobody named");
    return m_people ? m_people->nameOf(personId) : tr("Person #%1").arg(personId);
}

namespace {

bool isGap(const EscalationStep &step, int column)
{
    switch (column) {
    case EscalationTableModel::PersonColumn:
        return step.personId <= 0;
    case EscalationTableModel::ChannelColumn:
        return step.channel.trimmed().isEmpty();
    case EscalationTableModel::ResponseColumn:
        return step.responseMinutes < 0;
    }
    return false;
}

} // namespace

QVariant EscalationTableModel::data(const QModelIndex &index, int role) const
{
    if (!isCellOf(this, index))
        return {};
    const EscalationStep &step = m_rows->at(index.row());
    const int column = index.column();
    const bool gap = isGap(step, column);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn:
            return enumLabel(step.severity);
        case StepColumn:
            return stepNumber(index.row());
        case PersonColumn:
            return personText(step.personId);
        case ChannelColumn:
            return gap ? tr("Unknown") : step.channel;
        case ResponseColumn:
            if (gap)
                return tr("Unknown");
            return step.responseMinutes == 1 ? tr("1 minute")
                                             : tr("%n minutes", nullptr, step.responseMinutes);
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case SeverityColumn:
            return int(step.severity);
        case StepColumn:
            return stepNumber(index.row());
        case PersonColumn:
            return step.personId;
        case ChannelColumn:
            return step.channel;
        case ResponseColumn:
            return step.responseMinutes;
        }
        return {};
    case Qt::ToolTipRole:
        if (gap)
            return tr("Unknown: a gap that counts as risk. Double-click or press F2 to answer.");
        return {};
    case Qt::ForegroundRole:
        if (gap)
            return warningColour(QGuiApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        if (column == StepColumn || column == ResponseColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IsGapRole:
        return gap;
    }
    return {};
}

QVariant EscalationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case StepColumn:
        return tr("Step");
    case PersonColumn:
        return tr("Person called");
    case ChannelColumn:
        return tr("Channel");
    case ResponseColumn:
        return tr("Response target");
    }
    return {};
}

Qt::ItemFlags EscalationTableModel::flags(const QModelIndex &index) const
{
    if (!isCellOf(this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() != StepColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

EscalationStep EscalationTableModel::newItem(int row) const
{
    EscalationStep step;
    if (row > 0 && row <= rowCount())
        step.severity = m_rows->at(row - 1).severity;
    return step;
}

bool EscalationTableModel::applyEdit(EscalationStep &item, int column, const QVariant &value) const
{
    bool ok = false;
    switch (column) {
    case SeverityColumn: {
        const int severity = value.toInt(&ok);
        if (!ok || severity < int(Severity::Low) || severity > int(Severity::Critical))
            return false;
        item.severity = Severity(severity);
        return true;
    }
    case PersonColumn: {
        const qint64 id = value.toLongLong(&ok);
        if (!ok || id < 0)
            return false;
        item.personId = id;
        return true;
    }
    case ChannelColumn:
        item.channel = value.toString();
        return true;
    case ResponseColumn: {
        const int minutes = value.toInt(&ok);
        // Minutes, or -1 for unknown; anything else is refused (validation also says so).
        if (!ok || minutes < -1)
            return false;
        item.responseMinutes = minutes;
        return true;
    }
    }
    return false;
}

QString EscalationTableModel::editText(int column) const
{
    return tr("Edit escalation step: %1").arg(headerData(column, Qt::Horizontal).toString());
}

QString EscalationTableModel::addText() const
{
    return tr("Add escalation step");
}

QString EscalationTableModel::removeText() const
{
    return tr("Remove escalation step");
}

QString EscalationTableModel::moveText() const
{
    return tr("Move escalation step");
}

} // namespace charter
