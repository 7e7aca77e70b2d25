#include "RegisterLoader.h"

#include "governance/Roles.h"
#include "register/DemoRegister.h"
#include "register/RegisterService.h"
#include "storage/ConnectionString.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"

#include <QFileInfo>

#include <spdlog/spdlog.h>

namespace charter {

namespace {

RegisterSnapshot failed(const QString &location, const Error &error)
{
    spdlog::warn("Cannot use database {}: {}", ConnectionString::redacted(location).toStdString(),
                 error.message.toStdString());
    RegisterSnapshot snapshot;
    snapshot.location = location;
    snapshot.error = error;
    return snapshot;
}

// Reads the rows of DB into SNAPSHOT; the policy is stored on first use.
RegisterSnapshot readRegister(Database &db, RegisterSnapshot snapshot)
{
    RegisterService service(db, WriteContext{actingLogin(db), QString()});
    if (Status status = service.initialise(); !status)
        return failed(snapshot.location, status.error());
    auto rows = SystemRepository(db).registryRows();
    if (!rows)
        return failed(snapshot.location, rows.error());
    snapshot.rows = std::move(rows).value();
    snapshot.schemaVersion = db.schemaVersion();
    snapshot.backupPath = db.backupPath();
    return snapshot;
}

} // namespace

RegisterSnapshot RegisterLoader::load(const QString &location)
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    auto db = Database::open(location, options);
    if (!db)
        return failed(location, db.error());
    RegisterSnapshot snapshot;
    snapshot.location = (*db)->location();
    snapshot.connectionText = location;
    return readRegister(**db, std::move(snapshot));
}

RegisterSnapshot RegisterLoader::create(const QString &location, const CreateOptions &options)
{
    const QFileInfo info(location);
    if (!Database::isServerLocation(location) && info.exists() && (info.isDir() || info.size() > 0)) {
        return failed(location,
                      makeError(ErrorCode::InvalidInput,
                                tr("%1 already exists. Open it, or choose a new file name for "
                                   "the new database.").arg(location)));
    }
    Database::Options openOptions;
    openOptions.mode = Database::OpenMode::CreateIfMissing;
    auto db = Database::open(location, openOptions);
    if (!db)
        return failed(location, db.error());

    RegisterSnapshot snapshot;
    snapshot.location = (*db)->location();
    snapshot.connectionText = location;
    snapshot.created = true;
    if (options.demoSystems > 0) {
        RegisterService service(**db, WriteContext{actingLogin(**db), QString()});
        if (Status status = service.initialise(); !status)
            return failed(location, status.error());
        service.setToday(options.today);
        PortfolioImportOptions importOptions;
        importOptions.keepIds = true;
        importOptions.reason = tr("Demo portfolio created by Charter");
        // With its approval history, so the inbox, audit trail and dashboard have content.
        auto summary = DemoRegister::add(service, options.demoSystems, options.demoSeed, importOptions, true);
        if (!summary)
            return failed(location, summary.error());
        snapshot.demoSystems = summary->portfolio.systemsAdded;
    }
    return readRegister(**db, std::move(snapshot));
}

} // namespace charter
