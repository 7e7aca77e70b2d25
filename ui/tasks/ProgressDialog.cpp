#include "ProgressDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

ProgressDialog::ProgressDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"progressDialog"_s);
    setWindowModality(Qt::WindowModal);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);

    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setObjectName(u"progressLabel"_s);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"progressBar"_s);
    m_bar->setRange(0, 0);
    m_bar->setAccessibleName(tr("Progress"));
    // Wide enough for a file name in the label, in characters so it scales.
    m_bar->setMinimumWidth(fontMetrics().averageCharWidth() * 48);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancel = buttons->button(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"progressCancel"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProgressDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addSpacing(4);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
}

void ProgressDialog::setLabelText(const QString &text)
{
    if (!m_cancelling)
        m_label->setText(text);
}

QString ProgressDialog::labelText() const
{
    return m_label->text();
}

void ProgressDialog::setProgress(int done, int total)
{
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    if (m_bar->maximum() != total)
        m_bar->setRange(0, total);
    m_bar->setValue(qBound(0, done, total));
}

void ProgressDialog::setCancellable(bool cancellable)
{
    m_cancellable = cancellable;
    m_cancel->setEnabled(cancellable && !m_cancelling);
}

void ProgressDialog::setCancelling()
{
    if (m_cancelling)
        return;
    m_cancelling = true;
    m_cancel->setEnabled(false);
    m_label->setText(tr("Cancelling; undoing what was done so far…"));
}

void ProgressDialog::reject()
{
    // Never closes by itself: the work decides when it is over.
    if (!m_cancellable || m_cancelling)
        return;
    setCancelling();
    emit cancelRequested();
}

} // namespace charter
