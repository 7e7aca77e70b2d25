#include "LiveRefresh.h"

#include <spdlog/spdlog.h>

namespace charter {

LiveRefresh::LiveRefresh(const QString &location, QObject *parent)
    : QObject(parent)
    , m_notifier(location)
{
    if (!m_notifier.isSupported())
        return;
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(150);
    connect(&m_debounce, &QTimer::timeout, this, &LiveRefresh::refreshNeeded);
    connect(&m_notifier, &ChangeNotifier::changed, &m_debounce, [this] { m_debounce.start(); });
    connect(&m_notifier, &ChangeNotifier::resynchronise, &m_debounce, [this] { m_debounce.start(); });
    connect(&m_notifier, &ChangeNotifier::connectionLost, this, [this] {
        emit connectionLost(tr("The connection to the shared database was lost. Charter is "
                               "reconnecting; your unsaved edits are kept."));
    });
    connect(&m_notifier, &ChangeNotifier::reconnected, this, &LiveRefresh::reconnected);
    if (Status status = m_notifier.start(); !status)
        spdlog::warn("Live refresh is off for now: {}", status.error().message.toStdString());
}

} // namespace charter
