#pragma once

#include "storage/ChangeNotifier.h"

#include <QObject>
#include <QTimer>

namespace charter {

// Live refresh for the window showing a shared (PostgreSQL) database: other clients'
// commits ask for a refresh (a burst of them, one refresh), a lost connection asks for
// a banner until the notifier has reconnected. Does nothing for a file.
class LiveRefresh : public QObject {
    Q_OBJECT

public:
    explicit LiveRefresh(const QString &location, QObject *parent = nullptr);

signals:
    void refreshNeeded();
    void connectionLost(const QString &message);
    void reconnected();

private:
    ChangeNotifier m_notifier;
    QTimer m_debounce;
};

} // namespace charter
