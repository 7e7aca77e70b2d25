#include "CliContext.h"

#include "governance/Roles.h"
#include "storage/ConnectionString.h"

#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace charter::cli {

RegisterService *CliContext::openRegister(Database::OpenMode mode, int *exitCode)
{
    if (m_register)
        return m_register.get();
    Database::Options options;
    options.mode = mode;
    Result<std::unique_ptr<Database>> db = Database::open(m_location, options);
    if (!db) {
        *exitCode = fail(db.error());
        return nullptr;
    }
    m_db = std::move(*db);
    if (!m_db->backupPath().isEmpty()) {
        m_err << QCoreApplication::translate("charter::cli", "Upgraded %1; the previous version was "
                                             "saved as %2.\n").arg(displayLocation(), m_db->backupPath());
    }
    // The OS account, or CHARTER_ACTOR when tests allow it (governance/Roles.h). On a
    // shared database the identity is the database login: the server checks it.
    auto service = std::make_unique<RegisterService>(*m_db, WriteContext{actingLogin(*m_db), {}});
    if (Status status = service->initialise(); !status) {
        *exitCode = fail(status.error());
        return nullptr;
    }
    m_register = std::move(service);
    return m_register.get();
}

void CliContext::removeDatabase()
{
    m_register.reset();
    m_db.reset();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(m_location + QLatin1StringView(suffix));
}

QString CliContext::displayLocation() const
{
    return ConnectionString::redacted(m_location);
}

int CliContext::fail(const Error &error)
{
    m_err << u"charter-cli: "_s << error.message << u'\n';
    m_err.flush();
    return int(error.code);
}

int CliContext::usageError(const QString &message)
{
    m_err << u"charter-cli: "_s << message << u"\n"_s
          << QCoreApplication::translate("charter::cli", "Try 'charter-cli --help'.") << u'\n';
    m_err.flush();
    return int(ErrorCode::Usage);
}

bool CliContext::parseVerb(QCommandLineParser &parser, const QString &verb,
                           const QStringList &args, int *exitCode)
{
    const QCommandLineOption help({u"h"_s, u"help"_s},
                                  QCoreApplication::translate("charter::cli", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{u"charter-cli "_s + verb} + args)) {
        *exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // helpText() names the executable's path; show the command as users type it.
        // helpText() starts "Usage: /path/to/exe [options] ARGS"; show the command as
        // users type it instead.
        QString text = parser.helpText();
        const qsizetype options = text.indexOf(u" [options]"_s);
        if (options >= 0)
            text.replace(0, options, u"Usage: charter-cli [--db LOCATION] "_s + verb);
        m_out << text;
        m_out.flush();
        *exitCode = 0;
        return false;
    }
    return true;
}

} // namespace charter::cli
