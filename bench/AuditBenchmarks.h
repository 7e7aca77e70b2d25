#pragma once

#include "Benchmarks.h"

namespace charter::bench {

// 5a: AuditVerifier::run() over a trail of AUDITENTRIES entries vs `sha256sum` over the
//     same leaf bytes, in the same run.
// 5b: one audited edit (RegisterService::updateSystem, committed) vs a raw SQLite
//     insert transaction with the same durability settings (WAL, synchronous=FULL).
QList<Figure> runAuditBenchmarks(const BenchConfig &config, Workspace &workspace, qint64 auditEntries);

} // namespace charter::bench
