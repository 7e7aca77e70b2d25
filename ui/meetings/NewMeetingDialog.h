#pragma once

#include "SubmitDialog.h"
#include "domain/User.h"
#include "meetings/MeetingService.h"

#include <QList>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

namespace charter {

// "New meeting": the date, the board's name and the attendees, picked from the active
// Charter accounts (board members first, with their roles). Only collects the choice;
// MeetingsWindow creates the meeting through MeetingService (on a worker): a refusal
// shows in the dialog, which stays open with the choice as it was.
class NewMeetingDialog : public SubmitDialog
{
    Q_OBJECT

public:
    NewMeetingDialog(const QList<User> &users, const QDate &date, QWidget *parent = nullptr);

    NewMeeting request() const;
    void setBoard(const QString &board);
    // Ticks the accounts of LOGINS (tests, defaults).
    void setAttendees(const QStringList &logins);

    QListWidget *attendeeList() const { return m_attendees; }

protected:
    bool canSubmit() const override;

private:
    QDateEdit *m_date = nullptr;
    QLineEdit *m_board = nullptr;
    QListWidget *m_attendees = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace charter
