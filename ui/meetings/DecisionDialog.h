#pragma once

#include "SubmitDialog.h"
#include "meetings/MeetingService.h"

#include <QStringList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace charter {

// Records the board's decision on one agenda item: the outcome (a fixed list), the
// rationale (required), conditions (approve with conditions only), an expiry
// (approvals), the board members present and, for a system in review, whether the
// recording member gives their board sign-off first. OK hands request() to the
// submitter (MeetingsWindow: MeetingService::decide on a worker); a refusal
// (permission, workflow rule) shows in the dialog's message bar and the dialog stays
// open with the input kept and nothing written.
class DecisionDialog : public SubmitDialog
{
    Q_OBJECT

public:
    // BOARDMEMBERS: attendees with the board role (logins -> shown names), all ticked.
    DecisionDialog(int position, const QString &itemTitle, const QList<std::pair<QString, QString>> &boardMembers,
                   QWidget *parent = nullptr);

    DecisionRequest request() const;

    void setOutcome(MeetingOutcome outcome);
    void setRationale(const QString &text);
    void setConditions(const QString &text);

    QPushButton *recordButton() const;

protected:
    bool canSubmit() const override;

private:
    void updateFields();

    int m_position = 0;
    QComboBox *m_outcome = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QPlainTextEdit *m_conditions = nullptr;
    QCheckBox *m_hasExpiry = nullptr;
    QDateEdit *m_expires = nullptr;
    QListWidget *m_present = nullptr;
    QCheckBox *m_sign = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace charter
