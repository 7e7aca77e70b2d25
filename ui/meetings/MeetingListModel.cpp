#include "MeetingListModel.h"

#include <QLocale>

namespace charter {

void MeetingListModel::setMeetings(const QList<Meeting> &meetings)
{
    beginResetModel();
    m_meetings = meetings;
    endResetModel();
}

int MeetingListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_meetings.size(); ++row)
        if (m_meetings.at(row).id == id)
            return row;
    return -1;
}

int MeetingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_meetings.size());
}

int MeetingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Meeting &meeting = m_meetings.at(index.row());
    if (role == MeetingIdRole)
        return meeting.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return QLocale().toString(meeting.date, QLocale::ShortFormat);
    case BoardColumn:
        return meeting.board;
    case AttendeesColumn:
        return role == Qt::ToolTipRole ? meeting.attendees.join(u'\n')
                                       : tr("%n attendee(s)", nullptr, int(meeting.attendees.size()));
    case StatusColumn:
        return enumLabel(meeting.status);
    default:
        return {};
    }
}

QVariant MeetingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case BoardColumn:
        return tr("Board");
    case AttendeesColumn:
        return tr("Attendees");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace charter
