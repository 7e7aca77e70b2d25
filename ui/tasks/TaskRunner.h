#pragma once

#include "ProgressDialog.h"
#include "TaskControl.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

class QTimer;

namespace charter {

// Runs long work off the UI thread (QtConcurrent) with a progress dialog and Cancel,
// one piece of work at a time (KeePassXC's AsyncTask, with progress):
//
//   runner->run<Result>(options,
//       [args](TaskControl &control) { ...worker thread, no widgets... return result; },
//       [this](Result result) { ...UI thread... });
//
// The work gets a TaskControl to report progress to and to ask whether it was
// cancelled (its callback() serves core's ProgressCallback). The dialog appears only
// when the work takes longer than Options::dialogDelayMs and is window-modal over the
// runner's widget: the window keeps painting but takes no other command meanwhile.
// DONE runs on the UI thread when the work has returned, also after a cancel (the
// work says what it undid). The watcher is a child of the runner: when the runner (or
// the window owning it) is destroyed, DONE is dropped and the work is asked to stop.
// Database work opens its own Database inside WORK (one connection per thread).
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    explicit TaskRunner(QWidget *dialogParent);
    ~TaskRunner() override;

    struct Options {
        QString title;          // window title of the progress dialog
        QString label;          // what the work does, until it says otherwise
        bool cancellable = true;
        bool showDialog = true; // false: run silently (the caller shows its own state)
        int dialogDelayMs = 300;
    };

    // Starts WORK; false (and nothing starts) while another piece of work runs.
    template <typename T>
    bool run(const Options &options, std::function<T(TaskControl &)> work,
             std::function<void(T)> done);

    bool isRunning() const { return m_control != nullptr; }
    // Asks the running work to stop (as the Cancel button does).
    void cancel();
    // The dialog of the running work, or null.
    ProgressDialog *dialog() const { return m_dialog; }
    // Testing aid: the probe given to the next piece of work's TaskControl.
    void setProbe(TaskControl::Probe probe) { m_probe = std::move(probe); }

signals:
    void runningChanged(bool running);

private:
    std::shared_ptr<TaskControl> begin(const Options &options);
    void end();
    void poll();

    QPointer<QWidget> m_dialogParent;
    std::shared_ptr<TaskControl> m_control;
    QPointer<ProgressDialog> m_dialog;
    QTimer *m_poll = nullptr;
    QTimer *m_showDialog = nullptr;
    TaskControl::Probe m_probe;
};

template <typename T>
bool TaskRunner::run(const Options &options, std::function<T(TaskControl &)> work,
                     std::function<void(T)> done)
{
    if (isRunning())
        return false;
    std::shared_ptr<TaskControl> control = begin(options);
    auto *watcher = new QFutureWatcher<T>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, done = std::move(done)] {
                watcher->deleteLater();
                T result = watcher->result();
                end();
                if (done)
                    done(std::move(result));
            });
    watcher->setFuture(QtConcurrent::run([control, work = std::move(work)] { return work(*control); }));
    return true;
}

} // namespace charter
