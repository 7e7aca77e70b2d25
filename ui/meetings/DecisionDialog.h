#pragma once

#include "meetings/MeetingService.h"

#include <QDialog>
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

class MessageBar;

// Records the board's decision on one agenda item: the outcome (a fixed list), the
// rationale (required), conditions (approve with conditions only), an expiry
// (approvals), the board members present and, for a system in review, whether the
// recording member gives their board sign-off first. OK hands the request to the
// recorder (MeetingService::decide); a refusal (permission, workflow rule) shows in
// the dialog's message bar and the dialog stays open with nothing written.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    // Returns the refusal's message, or an empty string when the decision was recorded.
    using Recorder = std::function<QString(const DecisionRequest &request)>;

    // BOARDMEMBERS: attendees with the board role (logins -> shown names), all ticked.
    DecisionDialog(int position, const QString &itemTitle, const QList<std::pair<QString, QString>> &boardMembers,
                   QWidget *parent = nullptr);

    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }
    DecisionRequest request() const;

    void setOutcome(MeetingOutcome outcome);
    void setRationale(const QString &text);
    void setConditions(const QString &text);

    MessageBar *messageBar() const { return m_messageBar; }
    QPushButton *recordButton() const;

public slots:
    void accept() override;

private:
    void updateFields();

    int m_position = 0;
    Recorder m_recorder;
    MessageBar *m_messageBar = nullptr;
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
