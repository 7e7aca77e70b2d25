#pragma once

#include "meetings/Meeting.h"

#include <QAbstractTableModel>
#include <QList>

namespace charter {

// The review meetings of the register, oldest first, for the Meetings window's list.
class MeetingListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, BoardColumn, AttendeesColumn, StatusColumn, ColumnCount };
    enum Role { MeetingIdRole = Qt::UserRole + 1 };

    using QAbstractTableModel::QAbstractTableModel;

    void setMeetings(const QList<Meeting> &meetings);
    const QList<Meeting> &meetings() const { return m_meetings; }
    // The row of meeting ID, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Meeting> m_meetings;
};

} // namespace charter
