#include "TaskControl.h"

#include <QMutexLocker>

namespace charter {

QString TaskControl::stage() const
{
    QMutexLocker locker(&m_mutex);
    return m_stage;
}

bool TaskControl::report(int done, int total)
{
    if (m_probe)
        m_probe(*this, done, total);
    m_total.store(total, std::memory_order_relaxed);
    m_done.store(done, std::memory_order_relaxed);
    return !isCancelled();
}

void TaskControl::setStage(const QString &text)
{
    {
        QMutexLocker locker(&m_mutex);
        m_stage = text;
    }
    m_done.store(0, std::memory_order_relaxed);
    m_total.store(0, std::memory_order_relaxed);
}

} // namespace charter
