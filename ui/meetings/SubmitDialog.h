#pragma once

#include <QDialog>

#include <functional>

class QPushButton;

namespace charter {

class MessageBar;

// A dialog whose OK hands its input to a write that runs elsewhere (MeetingWriter, on
// a worker): while the write runs, OK is disabled and the dialog says so; a refusal
// shows in the dialog's message bar and the dialog stays open with the input as the
// user left it; success closes it (accepted).
class SubmitDialog : public QDialog
{
    Q_OBJECT

public:
    // Reports the write's end: an empty REFUSAL means it was stored.
    using Done = std::function<void(const QString &refusal)>;
    // Starts the write with the dialog's input; calls DONE once it has ended. Returns
    // false when the write could not start (another one runs): nothing was done.
    using Submitter = std::function<bool(const Done &done)>;

    explicit SubmitDialog(QWidget *parent = nullptr);

    void setSubmitter(Submitter submitter) { m_submitter = std::move(submitter); }
    bool isSubmitting() const { return m_submitting; }
    MessageBar *messageBar() const { return m_messageBar; }

public slots:
    void accept() override;
    // Ignored while a write runs: its outcome shows here.
    void reject() override;

signals:
    // The write ended (OK or refused); tests wait for this.
    void submitted(bool stored);

protected:
    // The button that submits; SubmitDialog disables it while a write runs. Subclasses
    // decide when it is enabled otherwise (canSubmit).
    void setSubmitButton(QPushButton *button) { m_submitButton = button; }
    virtual bool canSubmit() const { return true; }
    void updateSubmitButton();

private:
    void finish(const QString &refusal);

    Submitter m_submitter;
    MessageBar *m_messageBar = nullptr;
    QPushButton *m_submitButton = nullptr;
    bool m_submitting = false;
};

} // namespace charter
