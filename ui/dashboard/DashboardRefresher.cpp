#include "DashboardRefresher.h"

#include "storage/Database.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace charter {

DashboardRefresher::DashboardRefresher(QObject *parent)
    : QObject(parent)
{
}

DashboardRefresher::~DashboardRefresher() = default;

void DashboardRefresher::request(const QString &location, const Policy &policy, const QDate &today)
{
    m_pending = Request{location, policy, today};
    if (!m_running)
        start();
}

DashboardRefresher::Outcome DashboardRefresher::compute(const QString &location, const Policy &policy,
                                                        const QDate &today)
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    Result<std::unique_ptr<Database>> db = Database::open(location, options);
    if (!db)
        return {std::nullopt, db.error().message};
    Result<PortfolioMetrics> metrics = computePortfolioMetrics(**db, policy, today);
    if (!metrics)
        return {std::nullopt, metrics.error().message};
    return {std::move(*metrics), QString()};
}

void DashboardRefresher::start()
{
    if (!m_pending)
        return;
    const Request request = std::move(*m_pending);
    m_pending.reset();
    m_running = true;
    // Parented to this: when the dashboard goes, the result is dropped.
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        const Outcome outcome = watcher->result();
        m_running = false;
        if (m_pending) {
            start(); // a newer request supersedes this result
            return;
        }
        if (outcome.metrics)
            emit computed(*outcome.metrics);
        else
            emit failed(outcome.error);
    });
    watcher->setFuture(QtConcurrent::run([request] {
        return compute(request.location, request.policy, request.today);
    }));
}

} // namespace charter
