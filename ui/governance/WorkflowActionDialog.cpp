#include "WorkflowActionDialog.h"

#include "governance/WorkflowService.h"
#include "register/RegisterService.h"
#include "views/MessageBar.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

WorkflowActionDialog::WorkflowActionDialog(RegisterService &session, qint64 systemId, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_systemId(systemId)
    , m_mode(mode)
    , m_messageBar(new MessageBar(this))
    , m_reason(new QPlainTextEdit(this))
{
    setObjectName(u"workflowActionDialog"_s);
    Result<WorkflowStatus> status = WorkflowService(m_session).status(systemId);
    const QString name = status ? status->systemName : QString::number(systemId);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    QString okText;
    switch (mode) {
    case Mode::Submit:
        setWindowTitle(tr("Submit for Review"));
        intro->setText(tr("Submit <b>%1</b> for review. The required sign-offs are collected next.").arg(name.toHtmlEscaped()));
        okText = tr("&Submit");
        break;
    case Mode::Review: {
        setWindowTitle(tr("Review Decision"));
        intro->setText(tr("Your decision on <b>%1</b>. Approval needs every required sign-off to be current.")
                           .arg(name.toHtmlEscaped()));
        m_approve = new QRadioButton(tr("&Approve"), this);
        m_requestChanges = new QRadioButton(tr("Request &changes"), this);
        m_reject = new QRadioButton(tr("Re&ject"), this);
        m_approve->setObjectName(u"approve"_s);
        m_requestChanges->setObjectName(u"requestChanges"_s);
        m_reject->setObjectName(u"reject"_s);
        auto *group = new QButtonGroup(this);
        auto *row = new QHBoxLayout;
        for (QRadioButton *button : {m_approve, m_requestChanges, m_reject}) {
            group->addButton(button);
            row->addWidget(button);
            connect(button, &QRadioButton::toggled, this, &WorkflowActionDialog::updateFields);
        }
        row->addStretch();
        m_approve->setChecked(true);
        form->addRow(tr("Decision:"), row);
        m_conditions = new QLineEdit(this);
        m_conditions->setObjectName(u"conditions"_s);
        m_conditions->setPlaceholderText(tr("None"));
        form->addRow(tr("Con&ditions:"), m_conditions);
        m_expiresSet = new QCheckBox(tr("Approval &expires after"), this);
        m_expires = new QDateEdit(m_session.today().addYears(1), this);
        m_expires->setCalendarPopup(true);
        auto *expiry = new QHBoxLayout;
        expiry->addWidget(m_expiresSet);
        expiry->addWidget(m_expires);
        expiry->addStretch();
        connect(m_expiresSet, &QCheckBox::toggled, this, &WorkflowActionDialog::updateFields);
        form->addRow(QString(), expiry);
        okText = tr("&Record Decision");
        break;
    }
    case Mode::Suspend:
        setWindowTitle(tr("Suspend System"));
        intro->setText(tr("Suspend <b>%1</b>: it stays approved on paper but must not be used until reinstated.")
                           .arg(name.toHtmlEscaped()));
        okText = tr("&Suspend");
        break;
    case Mode::Reinstate:
        setWindowTitle(tr("Reinstate System"));
        intro->setText(tr("Reinstate <b>%1</b> (only while its approval still holds).").arg(name.toHtmlEscaped()));
        okText = tr("&Reinstate");
        break;
    case Mode::Retire:
        setWindowTitle(tr("Retire System"));
        intro->setText(tr("Retire <b>%1</b>. This is final.").arg(name.toHtmlEscaped()));
        okText = tr("R&etire");
        break;
    }
    m_reason->setObjectName(u"reason"_s);
    m_reason->setPlaceholderText(mode == Mode::Submit ? tr("Optional; recorded in the history")
                                                      : tr("Required; recorded in the history"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    form->addRow(mode == Mode::Submit ? tr("Rea&son:") : tr("Rea&son (required):"), m_reason);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(okText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    layout->addWidget(buttons);
    if (!status)
        m_messageBar->showMessage(status.error().message, MessageBar::Type::Error);
    updateFields();
    resize(560, sizeHint().height());
}

void WorkflowActionDialog::updateFields()
{
    if (m_mode != Mode::Review || !m_expires)
        return; // not a review, or still being built
    const bool approving = m_approve->isChecked();
    m_conditions->setEnabled(approving);
    m_expiresSet->setEnabled(approving);
    m_expires->setEnabled(approving && m_expiresSet->isChecked());
}

bool WorkflowActionDialog::apply()
{
    const QString reason = m_reason->toPlainText().trimmed();
    if (m_mode != Mode::Submit && reason.isEmpty()) {
        m_messageBar->showMessage(tr("Give a reason: it is recorded in the history and the audit trail."),
                                  MessageBar::Type::Warning);
        m_reason->setFocus();
        return false;
    }
    WorkflowService workflow(m_session);
    Result<WorkflowRecord> record = [&]() -> Result<WorkflowRecord> {
        switch (m_mode) {
        case Mode::Submit:
            return workflow.submit(m_systemId, reason);
        case Mode::Review:
            if (m_approve->isChecked()) {
                ReviewDecision decision{reason, m_conditions->text().trimmed(),
                                        m_expiresSet->isChecked() ? m_expires->date() : QDate()};
                return workflow.approve(m_systemId, decision);
            }
            if (m_requestChanges->isChecked())
                return workflow.requestChanges(m_systemId, reason);
            return workflow.reject(m_systemId, reason);
        case Mode::Suspend:
            return workflow.suspend(m_systemId, reason);
        case Mode::Reinstate:
            return workflow.reinstate(m_systemId, reason);
        case Mode::Retire:
            return workflow.retire(m_systemId, reason);
        }
        return makeError(ErrorCode::InvalidInput, QString());
    }();
    if (!record) {
        m_messageBar->showMessage(record.error().message, MessageBar::Type::Error);
        return false;
    }
    emit applied(m_systemId);
    return true;
}

} // namespace charter
