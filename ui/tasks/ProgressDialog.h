#pragma once

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace charter {

// The progress of one long piece of work (import, export): what it is doing, how far it
// got (a busy bar while the total is unknown) and a Cancel button. Escape and closing
// the dialog cancel too. After Cancel it says it is stopping and waits for the work to
// undo itself; it never closes on its own (TaskRunner closes it when the work ends).
class ProgressDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProgressDialog(QWidget *parent = nullptr);

    void setLabelText(const QString &text);
    QString labelText() const;
    // TOTAL 0: unknown (busy indicator).
    void setProgress(int done, int total);
    void setCancellable(bool cancellable);
    // Shows that the work was asked to stop; Cancel is disabled.
    void setCancelling();
    bool isCancelling() const { return m_cancelling; }

    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }

signals:
    void cancelRequested();

public slots:
    void reject() override; // Escape, the close button: ask to cancel

private:
    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    bool m_cancelling = false;
    bool m_cancellable = true;
};

} // namespace charter
