// Helper of tst_crash_audit: commits audited edits of one AI system through the
// register service, as the GUI or charter-cli would, until it is killed. After each
// acknowledged commit it prints the edit's number on stdout and flushes, so the test
// knows exactly which commits it was promised.
//
// Usage: charter_crash_writer DATABASE [--full-sync] [MAX_EDITS]
// Edit numbers continue from the system's current purpose ("edit N"), so every number
// is committed exactly once however often the writer is killed.
#include "domain/AiSystem.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"
#include "util/Logging.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

int fail(const QString &what, const Error &error)
{
    std::fprintf(stderr, "crash_writer: %s: %s\n", qPrintable(what), qPrintable(error.message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: charter_crash_writer DATABASE [--full-sync] [MAX_EDITS]\n");
        return 1;
    }
    const bool fullSync = args.contains(u"--full-sync"_s);
    const QStringList rest = args.mid(fullSync ? 3 : 2);
    const qint64 maxEdits = rest.isEmpty() ? -1 : rest.first().toLongLong();
    setupLogging(u"charter_crash_writer"_s, false); // to a file: stdout carries the numbers

    Result<std::unique_ptr<Database>> opened = Database::open(args[1]);
    if (!opened)
        return fail(u"open"_s, opened.error());
    Database &db = **opened;
    // Process crashes are under test, not power cuts: SQLite has written every
    // committed transaction to the WAL before COMMIT returns, so it survives SIGKILL
    // without an fsync per commit (which would make 10,000 commits take minutes).
    // --full-sync keeps Charter's own setting, whose slow COMMIT (the fsync) is a wide
    // window for a kill to land in.
    if (!fullSync)
        QSqlQuery(db.connection()).exec(u"PRAGMA synchronous = NORMAL"_s);

    RegisterService service(db, WriteContext{u"crash-writer"_s, {}});
    if (Status status = service.initialise(); !status)
        return fail(u"initialise"_s, status.error());

    SystemRepository systems(db);
    Result<QList<AiSystem>> all = systems.all();
    if (!all)
        return fail(u"read"_s, all.error());
    AiSystem system;
    if (all->isEmpty()) {
        system.name = u"Crash-test assistant"_s;
        system.purpose = u"edit 0"_s;
        system.lifecycle = Lifecycle::Pilot;
        if (Status status = service.addSystem(system); !status)
            return fail(u"add"_s, status.error());
    } else {
        system = all->first();
    }
    qint64 next = system.purpose.mid(5).toLongLong() + 1;

    for (qint64 done = 0; maxEdits < 0 || done < maxEdits; ++done, ++next) {
        system.purpose = u"edit %1"_s.arg(next);
        system.data.accessScope = u"scope %1"_s.arg(next % 7);
        if (Status status = service.updateSystem(system); !status)
            return fail(u"update"_s, status.error());
        std::printf("%lld\n", static_cast<long long>(next));
        std::fflush(stdout);
    }
    return 0;
}
