#include "SubmitDialog.h"

#include "views/MessageBar.h"

#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace charter {

SubmitDialog::SubmitDialog(QWidget *parent)
    : QDialog(parent)
{
    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(u"submitMessageBar"_s);
}

void SubmitDialog::updateSubmitButton()
{
    if (m_submitButton)
        m_submitButton->setEnabled(!m_submitting && canSubmit());
}

void SubmitDialog::accept()
{
    if (m_submitting)
        return;
    if (!m_submitter) {
        QDialog::accept();
        return;
    }
    m_submitting = true;
    updateSubmitButton();
    m_messageBar->showMessage(tr("Saving…"), MessageBar::Type::Information);
    // The dialog may be closed (or its window destroyed) before the write ends.
    QPointer<SubmitDialog> self(this);
    const bool started = m_submitter([self](const QString &refusal) {
        if (self)
            self->finish(refusal);
    });
    if (!started)
        finish(tr("Another change is still being saved. Try again in a moment."));
}

void SubmitDialog::reject()
{
    if (!m_submitting)
        QDialog::reject();
}

void SubmitDialog::finish(const QString &refusal)
{
    m_submitting = false;
    updateSubmitButton();
    if (!refusal.isEmpty()) {
        m_messageBar->showMessage(refusal, MessageBar::Type::Error);
        emit submitted(false);
        return;
    }
    m_messageBar->hideMessage();
    emit submitted(true);
    QDialog::accept();
}

} // namespace charter
