#pragma once

#include "util/Progress.h"

#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>

namespace charter {

// The line between the UI thread and one piece of work on a worker: the worker reports
// how far it got (report(), stage()), the UI reads that on its own schedule and may ask
// the work to stop (cancel()). Shared through a std::shared_ptr by both sides, so either
// may go first. Every member is thread-safe.
class TaskControl
{
public:
    // -- UI thread
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    int done() const { return m_done.load(std::memory_order_relaxed); }
    int total() const { return m_total.load(std::memory_order_relaxed); }
    QString stage() const;

    // -- Worker thread
    // Records DONE of TOTAL (TOTAL 0: unknown); false once cancel() was called, so it
    // serves as a core ProgressCallback.
    bool report(int done, int total);
    // What the work is doing now ("Reading treasury.csv…"); resets the count.
    void setStage(const QString &text);
    ProgressCallback callback() { return [this](int d, int t) { return report(d, t); }; }

    // -- Either
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

    // Testing aid: called by report() on the worker, before the cancel check, so a test
    // can cancel at an exact point of the work.
    using Probe = std::function<void(TaskControl &control, int done, int total)>;
    void setProbe(Probe probe) { m_probe = std::move(probe); }

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<int> m_done{0};
    std::atomic<int> m_total{0};
    mutable QMutex m_mutex; // guards m_stage
    QString m_stage;
    Probe m_probe; // set before the work starts, read only by the worker
};

} // namespace charter
