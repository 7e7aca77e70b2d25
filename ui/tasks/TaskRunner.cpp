#include "TaskRunner.h"

#include "ProgressDialog.h"

#include <QTimer>
#include <QWidget>

namespace charter {

namespace {

constexpr int PollIntervalMs = 50;

} // namespace

TaskRunner::TaskRunner(QWidget *dialogParent)
    : QObject(dialogParent)
    , m_dialogParent(dialogParent)
{
    m_poll = new QTimer(this);
    m_poll->setInterval(PollIntervalMs);
    connect(m_poll, &QTimer::timeout, this, &TaskRunner::poll);
    m_showDialog = new QTimer(this);
    m_showDialog->setSingleShot(true);
    connect(m_showDialog, &QTimer::timeout, this, [this] {
        if (m_dialog) {
            poll();
            m_dialog->show();
        }
    });
}

TaskRunner::~TaskRunner()
{
    // The watcher dies with us and its callback with it; the work stops early.
    if (m_control)
        m_control->cancel();
    delete m_dialog;
}

std::shared_ptr<TaskControl> TaskRunner::begin(const Options &options)
{
    m_control = std::make_shared<TaskControl>();
    m_control->setStage(options.label);
    if (m_probe)
        m_control->setProbe(std::exchange(m_probe, {}));
    if (options.showDialog) {
        m_dialog = new ProgressDialog(m_dialogParent);
        m_dialog->setWindowTitle(options.title);
        m_dialog->setLabelText(options.label);
        m_dialog->setCancellable(options.cancellable);
        connect(m_dialog, &ProgressDialog::cancelRequested, this, &TaskRunner::cancel);
        m_showDialog->start(qMax(0, options.dialogDelayMs));
    }
    m_poll->start();
    emit runningChanged(true);
    return m_control;
}

void TaskRunner::end()
{
    m_poll->stop();
    m_showDialog->stop();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    m_control.reset();
    emit runningChanged(false);
}

void TaskRunner::cancel()
{
    if (!m_control)
        return;
    m_control->cancel();
    if (m_dialog)
        m_dialog->setCancelling();
}

void TaskRunner::poll()
{
    if (!m_control || !m_dialog)
        return;
    m_dialog->setLabelText(m_control->stage());
    m_dialog->setProgress(m_control->done(), m_control->total());
}

} // namespace charter
