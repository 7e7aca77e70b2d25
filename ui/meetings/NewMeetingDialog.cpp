#include "NewMeetingDialog.h"

#include "views/MessageBar.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charter {

NewMeetingDialog::NewMeetingDialog(const QList<User> &users, const QDate &date, QWidget *parent)
    : SubmitDialog(parent)
{
    setWindowTitle(tr("New Meeting"));
    setObjectName(u"newMeetingDialog"_s);

    m_date = new QDateEdit(date, this);
    m_date->setCalendarPopup(true);
    m_date->setObjectName(u"meetingDate"_s);
    m_board = new QLineEdit(tr("AI governance board"), this);
    m_board->setObjectName(u"meetingBoard"_s);
    m_attendees = new QListWidget(this);
    m_attendees->setObjectName(u"meetingAttendees"_s);

    // Board members first: they decide; the others attend to present.
    QList<User> sorted;
    for (const User &user : users)
        if (user.active)
            sorted << user;
    std::stable_sort(sorted.begin(), sorted.end(), [](const User &a, const User &b) {
        return a.roles.has(Role::Board) && !b.roles.has(Role::Board);
    });
    for (const User &user : sorted) {
        const QString name = user.displayName.isEmpty() ? user.login : user.displayName;
        QStringList roles;
        for (Role role : user.roles.toList())
            roles << enumLabel(role);
        auto *item = new QListWidgetItem(tr("%1 (%2) — %3").arg(name, user.login, roles.join(u", "_s)), m_attendees);
        item->setData(Qt::UserRole, user.login);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(user.roles.has(Role::Board) ? Qt::Checked : Qt::Unchecked);
    }

    auto *form = new QFormLayout(this);
    form->addRow(messageBar());
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Board:"), m_board);
    form->addRow(tr("&Attendees:"), m_attendees);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Meeting"));
    form->addRow(m_buttons);
    setSubmitButton(m_buttons->button(QDialogButtonBox::Ok));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewMeetingDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewMeetingDialog::reject);
    connect(m_board, &QLineEdit::textChanged, this, &NewMeetingDialog::updateSubmitButton);
    connect(m_attendees, &QListWidget::itemChanged, this, &NewMeetingDialog::updateSubmitButton);
    resize(480, 440);
    updateSubmitButton();
}

NewMeeting NewMeetingDialog::request() const
{
    NewMeeting request;
    request.date = m_date->date();
    request.board = m_board->text().trimmed();
    for (int row = 0; row < m_attendees->count(); ++row) {
        const QListWidgetItem *item = m_attendees->item(row);
        if (item->checkState() == Qt::Checked)
            request.attendees << item->data(Qt::UserRole).toString();
    }
    request.buildAgenda = true;
    return request;
}

void NewMeetingDialog::setBoard(const QString &board)
{
    m_board->setText(board);
}

void NewMeetingDialog::setAttendees(const QStringList &logins)
{
    for (int row = 0; row < m_attendees->count(); ++row) {
        QListWidgetItem *item = m_attendees->item(row);
        item->setCheckState(logins.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

bool NewMeetingDialog::canSubmit() const
{
    const NewMeeting current = request();
    return !current.board.isEmpty() && !current.attendees.isEmpty();
}

} // namespace charter
