// Verbs that move the register in and out: import and export.
#include "CliContext.h"
#include "Verbs.h"

#include "interchange/PortfolioJson.h"
#include "interchange/RegisterCsv.h"
#include "interchange/SpreadsheetImporter.h"
#include "storage/SystemRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

bool looksLikeJson(const QString &path, const QByteArray &content)
{
    if (path.endsWith(u".json"_s, Qt::CaseInsensitive))
        return true;
    for (char c : content) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::InvalidInput, tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::InvalidInput, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QString importedLine(const PortfolioImportSummary &summary, const QString &location)
{
    return tr("Imported %1 systems (%2 new people, %3 new vendors) into %4.")
        .arg(summary.systemsAdded).arg(summary.peopleAdded).arg(summary.vendorsAdded).arg(location);
}

int importPortfolioFile(CliContext &context, const QString &path, const QByteArray &content, bool dryRun)
{
    Result<Portfolio> portfolio = readPortfolio(content, path);
    if (!portfolio)
        return context.fail(portfolio.error());
    context.out() << tr("%1: Charter portfolio with %2 systems, %3 people, %4 vendors.\n")
                         .arg(path).arg(portfolio->systems.size()).arg(portfolio->people.size())
                         .arg(portfolio->vendors.size());
    if (dryRun) {
        context.out() << tr("Dry run: nothing was written.") << u'\n';
        return 0;
    }
    // Import without touching a database that does not exist yet only for dry runs.
    int code = 0;
    RegisterService *service = context.openRegister(Database::OpenMode::CreateIfMissing, &code);
    if (!service)
        return code;
    Result<qint64> existing = SystemRepository(service->database()).count();
    if (!existing)
        return context.fail(existing.error());
    PortfolioImportOptions options;
    // A JSON portfolio keeps its ids when the register is empty (exact round trip).
    options.keepIds = *existing == 0;
    options.reason = tr("Imported from %1").arg(QFileInfo(path).fileName());
    Result<PortfolioImportSummary> summary = service->importPortfolio(*portfolio, options);
    if (!summary)
        return context.fail(summary.error());
    context.out() << importedLine(*summary, context.displayLocation()) << u'\n';
    return 0;
}

// Stores the systems while the file is read. A file that cannot be read as a whole
// mostly fails when it is opened, before any database is touched; what only shows
// further down (broken quoting, a record problem with --strict) rolls the import back,
// and a database this run created for it is removed again.
int importSpreadsheetFile(CliContext &context, const QString &path, const QByteArray &content,
                          const ImportOptions &options, bool dryRun)
{
    Result<SpreadsheetReader> reader = SpreadsheetReader::open(content, QFileInfo(path).fileName(), options);
    if (!reader)
        return context.fail(reader.error());
    if (dryRun) {
        if (Status read = reader->readRecords([](AiSystem &&) { return true; }); !read)
            return context.fail(read.error());
        context.out() << reader->report().toText();
        context.out() << tr("Dry run: nothing was written.") << u'\n';
        return 0;
    }
    const bool newFile = !Database::isServerLocation(context.location()) && !QFileInfo::exists(context.location());
    int code = 0;
    RegisterService *service = context.openRegister(Database::OpenMode::CreateIfMissing, &code);
    if (!service)
        return code;
    PortfolioImportOptions importOptions;
    importOptions.reason = tr("Imported from %1").arg(QFileInfo(path).fileName());
    Result<PortfolioImportSummary> summary = service->importSpreadsheet(*reader, importOptions);
    if (!summary) {
        if (newFile)
            context.removeDatabase();
        return context.fail(summary.error());
    }
    context.out() << reader->report().toText();
    context.out() << importedLine(*summary, context.displayLocation()) << u'\n';
    return 0;
}

} // namespace

int runImport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import FILE into the register: a spreadsheet inventory (CSV, mapped by a built-in "
           "profile or a mapping file) or a Charter JSON portfolio. All or nothing: on any "
           "error nothing is written."));
    parser.addPositionalArgument(u"FILE"_s, tr("The CSV or JSON file to import."));
    const QCommandLineOption profile(u"profile"_s, tr("Built-in column profile (omb-2025, charter); "
                                                      "detected from the header when omitted."),
                                     u"NAME"_s);
    const QCommandLineOption map(u"map"_s, tr("Mapping file (JSON) naming columns and values."), u"FILE"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Show the import report; write nothing."));
    const QCommandLineOption strict(u"strict"_s, tr("Refuse the whole file when any record has a problem."));
    parser.addOption(profile);
    parser.addOption(map);
    parser.addOption(dryRun);
    parser.addOption(strict);
    int code = 0;
    if (!context.parseVerb(parser, u"import"_s, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return context.usageError(tr("Name exactly one FILE to import."));
    const QString path = parser.positionalArguments().first();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(makeError(ErrorCode::InvalidInput, tr("Cannot read %1: %2").arg(path, file.errorString())));
    const QByteArray content = file.readAll();
    file.close();

    const bool dry = parser.isSet(dryRun);
    if (looksLikeJson(path, content))
        return importPortfolioFile(context, path, content, dry);
    ImportOptions options;
    options.profile = parser.value(profile);
    options.mappingFile = parser.value(map);
    options.strict = parser.isSet(strict);
    return importSpreadsheetFile(context, path, content, options, dry);
}

int runExport(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the whole register: a JSON portfolio (people, "
                                        "vendors, systems; re-importable) or a CSV register "
                                        "extract for spreadsheets. Written atomically."));
    const QCommandLineOption format(u"format"_s, tr("json or csv."), u"FORMAT"_s);
    const QCommandLineOption outOption(u"out"_s, tr("Output file ('-' for standard output)."), u"FILE"_s);
    const QCommandLineOption bom(u"bom"_s, tr("CSV: start with a UTF-8 byte-order mark (for Excel)."));
    parser.addOption(format);
    parser.addOption(outOption);
    parser.addOption(bom);
    int code = 0;
    if (!context.parseVerb(parser, u"export"_s, args, &code))
        return code;
    const QString formatName = parser.value(format);
    if (formatName != u"json"_s && formatName != u"csv"_s)
        return context.usageError(tr("--format json or --format csv is required."));
    if (!parser.isSet(outOption))
        return context.usageError(tr("--out FILE is required."));

    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    Result<Portfolio> portfolio = service->exportPortfolio();
    if (!portfolio)
        return context.fail(portfolio.error());
    QByteArray bytes;
    if (formatName == u"json"_s) {
        bytes = writePortfolio(*portfolio);
    } else {
        Result<QHash<qint64, RiskAssessment>> risks = service->assessAll(*portfolio);
        if (!risks)
            return context.fail(risks.error());
        bytes = writeRegisterCsv(*portfolio, *risks, parser.isSet(bom));
    }
    const QString outPath = parser.value(outOption);
    if (outPath == u"-"_s) {
        context.out().flush();
        QFile stdoutFile;
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || stdoutFile.write(bytes) != bytes.size())
            return context.fail(makeError(ErrorCode::InvalidInput, tr("Cannot write to standard output.")));
        return 0;
    }
    if (Status status = writeAtomically(outPath, bytes); !status)
        return context.fail(status.error());
    context.err() << tr("Exported %1 systems to %2.").arg(portfolio->systems.size()).arg(outPath) << u'\n';
    return 0;
}

} // namespace charter::cli
