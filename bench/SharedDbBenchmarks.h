#pragma once

#include "Benchmarks.h"

namespace charter::bench {

// Figures 9a-9d: a shared (PostgreSQL) database with 8 clients on loopback, on a
// throwaway cluster this run starts itself (tests/pg/start-cluster.sh) and stops again.
// 9a/9b: commit latency (p50, p95) of RegisterService::updateSystem from 8 concurrent
//        clients, each with its own login and connection, vs 8 clients running the
//        equivalent raw SQL UPDATE (optimistic version check, one transaction) on a
//        plain copy of the same rows, in the same run.
// 9c/9d: notify-to-refresh latency (p50, p95): from another client's commit to the
//        refreshed register being available through LiveRefresh + RegisterLoader, as in
//        the window, vs the raw LISTEN/NOTIFY delivery of the same kind of commit.
//        Target: under 200 ms.
QList<Figure> runSharedDatabaseBenchmarks(const BenchConfig &config, Workspace &workspace);

} // namespace charter::bench
