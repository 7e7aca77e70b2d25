#pragma once

#include "domain/Workflow.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace charter {

class MessageBar;
class RegisterService;

// Asks for what a workflow step needs and makes it through WorkflowService:
// - Review: approve (with conditions and an expiry date), request changes or reject;
// - Submit, Suspend, Reinstate, Retire: the reason (optional for Submit only).
// The reason is required where core requires it; a refusal (role, separation of
// duties, state, missing sign-off) shows inline with the rule's message and the dialog
// stays open.
class WorkflowActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Submit, Review, Suspend, Reinstate, Retire };

    WorkflowActionDialog(RegisterService &session, qint64 systemId, Mode mode, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    MessageBar *messageBar() const { return m_messageBar; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QRadioButton *approveButton() const { return m_approve; }
    QRadioButton *requestChangesButton() const { return m_requestChanges; }
    QRadioButton *rejectButton() const { return m_reject; }
    QLineEdit *conditionsEdit() const { return m_conditions; }
    QPushButton *okButton() const { return m_ok; }

    // Makes the step (what OK does); true when it was recorded.
    bool apply();

signals:
    void applied(qint64 systemId);

private:
    void updateFields();

    RegisterService &m_session;
    qint64 m_systemId;
    Mode m_mode;
    MessageBar *m_messageBar;
    QRadioButton *m_approve = nullptr;
    QRadioButton *m_requestChanges = nullptr;
    QRadioButton *m_reject = nullptr;
    QLineEdit *m_conditions = nullptr;
    QCheckBox *m_expiresSet = nullptr;
    QDateEdit *m_expires = nullptr;
    QPlainTextEdit *m_reason;
    QPushButton *m_ok = nullptr;
};

} // namespace charter
