#pragma once

#include "Benchmarks.h"

namespace charter::bench {

// 6: the board pack for a 1,000-system agenda as PDF (6a content, 6b database to PDF
// against the 3 s target), and the PDF alone against LibreOffice headless converting
// the same pack from HTML (6c; skipped when LibreOffice is not installed).
QList<Figure> runPackBenchmark(const BenchConfig &config, Workspace &workspace);

} // namespace charter::bench
