#include "DemoRegister.h"

#include "interchange/DemoPortfolio.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"

#include <algorithm>

namespace charter {

Result<DemoRegisterSummary> DemoRegister::add(RegisterService &service, int systems, quint64 seed,
                                              const PortfolioImportOptions &options, bool withHistory)
{
    const Portfolio portfolio = generateDemoPortfolio(systems, seed, service.today());
    DemoRegisterSummary summary;
    const Status status = service.database().transaction([&]() -> Status {
        Result<PortfolioImportSummary> imported = service.importPortfolio(portfolio, options);
        if (!imported)
            return imported.error();
        summary.portfolio = *imported;
        if (!withHistory)
            return {};
        // The systems just added have the highest ids.
        Result<QList<RegistryRow>> rows = SystemRepository(service.database()).registryRows();
        if (!rows)
            return rows.error();
        QList<qint64> ids;
        ids.reserve(rows->size());
        for (const RegistryRow &row : std::as_const(*rows))
            ids.append(row.id);
        std::sort(ids.begin(), ids.end());
        ids = ids.mid(std::max<qsizetype>(0, ids.size() - imported->systemsAdded));
        Result<DemoHistorySummary> history = DemoHistory::generate(service, ids, seed);
        if (!history)
            return history.error();
        summary.history = *history;
        return {};
    });
    if (!status)
        return status.error();
    return summary;
}

} // namespace charter
