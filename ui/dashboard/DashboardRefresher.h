#pragma once

#include "governance/Policy.h"
#include "reporting/PortfolioMetrics.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <optional>

namespace charter {

// Recomputes the portfolio metrics off the UI thread: each run opens its own Database
// on the location (one connection per thread). Requests made while one runs collapse
// into one more run after it, so a burst of edits costs at most two computations and
// the last request always wins.
class DashboardRefresher : public QObject
{
    Q_OBJECT

public:
    explicit DashboardRefresher(QObject *parent = nullptr);
    ~DashboardRefresher() override;

    void request(const QString &location, const Policy &policy, const QDate &today);
    bool isRunning() const { return m_running; }

    // What a worker hands back: metrics, or why there are none.
    struct Outcome {
        std::optional<PortfolioMetrics> metrics;
        QString error;
    };
    static Outcome compute(const QString &location, const Policy &policy, const QDate &today);

signals:
    void computed(const charter::PortfolioMetrics &metrics);
    void failed(const QString &error);

private:
    void start();

    struct Request {
        QString location;
        Policy policy;
        QDate today;
    };
    std::optional<Request> m_pending;
    bool m_running = false;
};

} // namespace charter
