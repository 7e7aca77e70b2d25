#pragma once

#include "domain/Portfolio.h"

#include <QDate>

namespace charter {

// Builds the register of a fictional organisation (Harbourline Group) for demos,
// screenshots, manual testing and benchmarks: a people directory, a dozen or so
// vendors with varied risk profiles, and systemCount AI systems with owners, decision
// boundaries, escalation paths, data and regulatory answers. Roughly a fifth of the
// answers are Unknown and some systems lack an accountable owner, so the register
// shows gaps the way a real one does.
//
// Ids are local to the portfolio: people 1..P, vendors 1..V, systems 1..N.
// Deterministic: the same (systemCount, seed, today) gives an identical Portfolio on
// every platform and compiler; `today` only anchors the dates (reviews, contracts).
// Names, e-mail addresses (@harbourline.example) and phone numbers (Ofcom drama
// ranges) are fictional. A negative systemCount is treated as 0; the directory and
// vendors are generated even then. Thread-safe (no shared state); about 0.2 s for
// 100,000 systems.
Portfolio generateDemoPortfolio(int systemCount, quint64 seed, QDate today);

} // namespace charter
