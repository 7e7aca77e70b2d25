#pragma once

#include "Benchmarks.h"

namespace charter::bench {

// 8: the desktop's startup, each side a separate process started from scratch (offscreen,
// a fresh configuration directory), alternating, after one warm-up run of each:
//   8a `charter --db DATABASE --exit-when-loaded` until it prints its line (the registry
//      holds every row and the window is painted) vs charter-startup-baseline
//      (bench/minimal_window.cpp: a minimal window plus the raw registry SELECT);
//   8b the peak resident memory of those charter runs, beside the baseline's;
//   8c the same two programs on an empty register: the fixed cost of starting up.
QList<Figure> runStartupBenchmark(const BenchConfig &config, Workspace &workspace,
                                  const QString &database);

} // namespace charter::bench
