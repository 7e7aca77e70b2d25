#pragma once

#include "DemoHistory.h"
#include "RegisterService.h"

#include <optional>

namespace charter {

struct DemoRegisterSummary {
    PortfolioImportSummary portfolio;
    std::optional<DemoHistorySummary> history; // absent when asked for the portfolio alone
};

// The demo register as charter-cli demo and the first-run dialog create it: the
// deterministic demo portfolio (generateDemoPortfolio) and, unless WITHHISTORY is false,
// its approval history (DemoHistory), all in one transaction: everything or nothing.
class DemoRegister
{
public:
    static Result<DemoRegisterSummary> add(RegisterService &service, int systems, quint64 seed,
                                           const PortfolioImportOptions &options, bool withHistory);
};

} // namespace charter
