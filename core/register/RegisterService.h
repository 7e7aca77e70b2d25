#pragma once

#include "domain/AiSystem.h"
#include "domain/Person.h"
#include "domain/Portfolio.h"
#include "domain/RiskAssessment.h"
#include "domain/Vendor.h"
#include "governance/Policy.h"
#include "storage/WriteContext.h"
#include "util/Result.h"

#include <QDate>
#include <QHash>

#include <optional>

namespace charter {

class Database;

// Everything about one system that a reader needs: the record, the people it names,
// its vendor profile and its explained risk.
struct SystemDetails {
    AiSystem system;
    QHash<qint64, Person> people; // every person the system refers to, by id
    std::optional<Vendor> vendor;
    RiskAssessment risk;
};

// How a portfolio is stored.
struct PortfolioImportOptions {
    // Keep the portfolio's own ids (JSON round trip into an empty register). When
    // false, people are matched to the directory by name and e-mail, vendors by name,
    // and systems get new ids.
    bool keepIds = false;
    QString reason; // recorded in the audit trail
};

struct PortfolioImportSummary {
    int systemsAdded = 0;
    int peopleAdded = 0;
    int peopleMatched = 0;
    int vendorsAdded = 0;
    int vendorsMatched = 0;
};

// The register's use cases, shared by charter-cli and the GUI: reading with risk
// explained, adding and updating systems (risk recomputed, audited, one transaction),
// importing and exporting portfolios. Threading: like Database, one per thread.
class RegisterService {
public:
    RegisterService(Database &db, WriteContext context);

    // Loads the active risk policy, storing the default one on first use, and brings
    // stored risk up to date (see refreshRisk).
    Status initialise();

    // Risk depends on the date (overdue reviews, ending contracts) and on the policy.
    // Stored scores are recomputed once per day or policy version, so the registry
    // never shows yesterday's risk. Returns the number of systems reassessed.
    Result<int> refreshRisk();

    Database &database() const { return m_db; }
    const Policy &policy() const { return m_policy; }
    const WriteContext &context() const { return m_context; }
    // "Today" for review and contract dates; fixed in tests.
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }

    RiskAssessment assess(const AiSystem &system, const Vendor *vendor) const;
    Result<SystemDetails> details(qint64 systemId) const;

    Status addSystem(AiSystem &system);
    Status updateSystem(AiSystem &system);

    // Stores PORTFOLIO in one transaction: all of it, or nothing on any error.
    Result<PortfolioImportSummary> importPortfolio(const Portfolio &portfolio,
                                                   const PortfolioImportOptions &options);
    Result<Portfolio> exportPortfolio() const;
    // Current risk of every system, by id, as stored with the system (used by exports).
    Result<QHash<qint64, RiskAssessment>> assessAll(const Portfolio &portfolio) const;

private:
    Result<std::optional<Vendor>> vendorOf(const AiSystem &system) const;

    Database &m_db;
    WriteContext m_context;
    Policy m_policy;
    QDate m_today;
};

} // namespace charter
