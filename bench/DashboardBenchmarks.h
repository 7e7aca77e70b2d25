#pragma once

#include "Benchmarks.h"

namespace charter::bench {

// 7: recomputing the dashboard (computePortfolioMetrics: every tile and chart with the
// ids behind each element) over the register, against the raw SQL aggregates of the
// same numbers (QSqlQuery GROUP BY counts, no ids) on the same file; target 2x. Runs
// on a copy of DATABASE given a workflow state, overrides and incidents, so every
// query has rows to read.
QList<Figure> runDashboardBenchmark(const BenchConfig &config, Workspace &workspace, const QString &database);

} // namespace charter::bench
