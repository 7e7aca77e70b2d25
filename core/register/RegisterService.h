#pragma once

#include "domain/AiSystem.h"
#include "domain/Person.h"
#include "domain/Portfolio.h"
#include "domain/RiskAssessment.h"
#include "domain/Vendor.h"
#include "governance/Policy.h"
#include "governance/Roles.h"
#include "storage/WriteContext.h"
#include "util/Progress.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <optional>

namespace charter {

class Database;
class SpreadsheetReader;
struct ImportSeed;

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
// importing and exporting portfolios. Writes need the contributor, it_reviewer or
// board role (Permissions::editRegister), checked against the users table inside the
// write's transaction. It is also the session the governance services share
// (WorkflowService, RolesService, DecisionLogService): database, policy, acting login,
// today and the clock. Threading: like Database, one per thread.
class RegisterService {
public:
    // CONTEXT.actor is the acting login (actingLogin() in the CLI and the GUI).
    RegisterService(Database &db, WriteContext context);

    // Loads the active risk policy, storing the default one on first use; makes the
    // acting login the first account (admin and contributor) of a database that has
    // none; resolves the acting account; and brings stored risk up to date (see
    // refreshRisk).
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
    // The time workflow steps, sign-offs and the decision log are recorded at: now,
    // unless fixed (tests, and the demo history, which back-dates its story). The
    // audit trail always records the real time of the write.
    void setNow(const QDateTime &now) { m_now = now; }
    QDateTime now() const { return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc(); }

    // The acting account as it was when initialise() (or refreshActor()) ran: for
    // display, e.g. which buttons to offer. Writes re-read it (currentActor()).
    const Actor &actor() const { return m_actor; }
    Result<Actor> currentActor() const;
    Status refreshActor();
    // A copy of this session acting as LOGIN (same database, policy, today and clock).
    // For the demo history and tests; the CLI and the GUI act as actingLogin().
    RegisterService actingAs(const QString &login) const;

    RiskAssessment assess(const AiSystem &system, const Vendor *vendor) const;
    Result<SystemDetails> details(qint64 systemId) const;

    // Contributor, IT reviewer or board (NotPermitted otherwise). Updating a retired
    // system is a Conflict; a material change to an approved or suspended system
    // records that it needs re-approval (WorkflowService::noteChange), in the same
    // transaction.
    Status addSystem(AiSystem &system);
    Status updateSystem(AiSystem &system);

    // Stores PORTFOLIO in one transaction: all of it, or nothing on any error.
    Result<PortfolioImportSummary> importPortfolio(const Portfolio &portfolio,
                                                   const PortfolioImportOptions &options);
    // The same, reporting the systems stored so far to PROGRESS (on this thread, before
    // each system and once at the end). When PROGRESS returns false the transaction
    // rolls back, nothing is stored, and the error (ErrorCode::InvalidInput) says the
    // import was cancelled.
    Result<PortfolioImportSummary> importPortfolio(const Portfolio &portfolio,
                                                   const PortfolioImportOptions &options,
                                                   const ProgressCallback &progress);
    // Stores the systems of READER while it is still reading them (on a thread of its
    // own), in one transaction: all of them, or nothing on any error, the file's own
    // included (broken quoting further down, a record problem with options.strict).
    // People and vendors are matched with the register as importPortfolio() does
    // without keepIds, each when a system first names them. PROGRESS gets the systems
    // stored of READER.lineCount() (on this thread, before each system and at the end);
    // when it returns false, nothing is stored and the error says so.
    Result<PortfolioImportSummary> importSpreadsheet(SpreadsheetReader &reader,
                                                     const PortfolioImportOptions &options,
                                                     const ProgressCallback &progress = {});
    Result<Portfolio> exportPortfolio() const;
    // Current risk of every system, by id, as stored with the system (used by exports).
    Result<QHash<qint64, RiskAssessment>> assessAll(const Portfolio &portfolio) const;

private:
    Result<std::optional<Vendor>> vendorOf(const AiSystem &system) const;
    // WORK in one transaction for an import: the acting account must be allowed to edit
    // the register; on SQLite through the bulk journal and page cache.
    Status bulkImport(const std::function<Status()> &work);
    // The register's people and vendors and the next free ids, inside the import's transaction.
    Result<ImportSeed> importSeed(const WriteContext &context) const;

    Database &m_db;
    WriteContext m_context;
    Policy m_policy;
    QDate m_today;
    QDateTime m_now;
    Actor m_actor;
};

} // namespace charter
