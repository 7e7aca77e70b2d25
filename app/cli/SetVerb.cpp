// `charter-cli set SYSTEM FIELD VALUE`: changes one text field of a system, checking
// the version the caller read (--if-version) so a concurrent change is a conflict
// (exit 5), never silently overwritten.
#include "CliContext.h"
#include "Verbs.h"
#include "storage/SystemRepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

// The fields `set` changes, by their CSV/JSON names.
QString *fieldOf(AiSystem &system, const QString &field)
{
    if (field == u"name"_s)
        return &system.name;
    if (field == u"purpose"_s)
        return &system.purpose;
    if (field == u"business_unit"_s)
        return &system.businessUnit;
    return nullptr;
}

} // namespace

int runSet(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Change one field of a system: name, purpose or business_unit. With --if-version N "
           "the change is made only when the system is still at version N (as you read it, "
           "e.g. with 'show --format json'); otherwise it is a conflict (exit 5) and nothing "
           "is written. Prints the system's new version."));
    parser.addPositionalArgument(u"SYSTEM"_s, tr("The system's id or exact name."));
    parser.addPositionalArgument(u"FIELD"_s, tr("name, purpose or business_unit."));
    parser.addPositionalArgument(u"VALUE"_s, tr("The new value."));
    const QCommandLineOption ifVersion(u"if-version"_s, tr("Only change version N of the system."), u"N"_s);
    parser.addOption(ifVersion);
    int code = 0;
    if (!context.parseVerb(parser, u"set"_s, args, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return context.usageError(tr("Name a SYSTEM, a FIELD and a VALUE."));
    int expected = -1;
    if (parser.isSet(ifVersion)) {
        bool ok = false;
        expected = parser.value(ifVersion).toInt(&ok);
        if (!ok || expected < 1)
            return context.usageError(tr("--if-version needs a version number (1 or more)."));
    }
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    SystemRepository systems(service->database());
    Result<qint64> id = systems.resolve(positional[0]);
    if (!id)
        return context.fail(id.error());
    Result<AiSystem> system = systems.load(*id);
    if (!system)
        return context.fail(system.error());
    QString *field = fieldOf(*system, positional[1]);
    if (!field) {
        return context.fail(makeError(ErrorCode::InvalidInput,
                                      tr("\"%1\" is not a field 'set' changes; use name, purpose or "
                                         "business_unit.").arg(positional[1])));
    }
    if (positional[1] == u"name"_s && positional[2].trimmed().isEmpty())
        return context.fail(makeError(ErrorCode::InvalidInput, tr("A system needs a name.")));
    *field = positional[2];
    if (expected > 0)
        system->version = expected;
    if (Status status = service->updateSystem(*system); !status)
        return context.fail(status.error());
    context.out() << tr("System %1: %2 changed; now at version %3.").arg(*id).arg(positional[1]).arg(system->version)
                  << u'\n';
    return 0;
}

} // namespace charter::cli
