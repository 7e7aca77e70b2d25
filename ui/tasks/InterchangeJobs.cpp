#include "InterchangeJobs.h"

#include "governance/Roles.h"
#include "interchange/PortfolioJson.h"
#include "interchange/RegisterCsv.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

constexpr qint64 ChunkSize = 1 << 20;
constexpr qint64 MaxImportFileSize = 512LL * 1024 * 1024; // as the importer

// A JSON portfolio, by name or by its first character.
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

Error cancelledError()
{
    return makeError(ErrorCode::InvalidInput, InterchangeJobs::tr("Cancelled."));
}

Result<std::unique_ptr<Database>> openExisting(const QString &location)
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    return Database::open(location, options);
}

} // namespace

Result<QByteArray> InterchangeJobs::readFile(const QString &path, TaskControl &control)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const qint64 size = file.size();
    if (size > MaxImportFileSize) {
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 is larger than 512 MiB; split it into smaller files.")
                             .arg(QDir::toNativeSeparators(path)));
    }
    QByteArray content;
    content.reserve(size);
    const int totalKiB = int(size / 1024);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(ChunkSize);
        if (chunk.isEmpty() && file.error() != QFileDevice::NoError)
            break;
        content += chunk;
        if (!control.report(int(content.size() / 1024), totalKiB))
            return cancelledError();
    }
    if (file.error() != QFileDevice::NoError) {
        return makeError(ErrorCode::InvalidInput,
                         tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return content;
}

InterchangeJobs::Analysis InterchangeJobs::analyseImport(const QString &filePath,
                                                         const ImportOptions &options,
                                                         TaskControl &control)
{
    Analysis analysis;
    analysis.filePath = filePath;
    const QString name = QFileInfo(filePath).fileName();

    control.setStage(tr("Reading %1…").arg(name));
    Result<QByteArray> content = readFile(filePath, control);
    if (control.isCancelled()) {
        analysis.cancelled = true;
        return analysis;
    }
    if (!content) {
        analysis.readError = content.error();
        return analysis;
    }

    analysis.isPortfolio = looksLikeJson(filePath, *content);
    if (analysis.isPortfolio) {
        control.setStage(tr("Checking the portfolio in %1…").arg(name));
        Result<Portfolio> portfolio = readPortfolio(*content, name);
        if (!portfolio)
            analysis.importError = portfolio.error();
        else
            analysis.portfolio = std::move(*portfolio);
        analysis.cancelled = control.isCancelled();
        return analysis;
    }

    control.setStage(tr("Previewing %1…").arg(name));
    Result<SpreadsheetPreview> preview = previewSpreadsheet(*content, name);
    if (!preview) {
        analysis.readError = preview.error();
        return analysis;
    }
    analysis.preview = std::move(*preview);

    control.setStage(tr("Trying the import of %1 (nothing is stored yet)…").arg(name));
    Result<SpreadsheetImport> dryRun = importSpreadsheet(*content, name, options, control.callback());
    if (control.isCancelled()) {
        analysis.cancelled = true;
        return analysis;
    }
    if (!dryRun) {
        analysis.importError = dryRun.error();
        return analysis;
    }
    analysis.portfolio = std::move(dryRun->portfolio);
    analysis.report = std::move(dryRun->report);
    analysis.content = *content;
    analysis.options = options;
    return analysis;
}

Result<PortfolioImportSummary> InterchangeJobs::storeSystems(RegisterService &service,
                                                             const Analysis &analysis,
                                                             const PortfolioImportOptions &options,
                                                             TaskControl &control)
{
    if (analysis.isPortfolio)
        return service.importPortfolio(analysis.portfolio, options, control.callback());
    Result<SpreadsheetReader> reader =
        SpreadsheetReader::open(analysis.content, QFileInfo(analysis.filePath).fileName(), analysis.options);
    if (!reader)
        return reader.error();
    return service.importSpreadsheet(*reader, options, control.callback());
}

InterchangeJobs::ImportOutcome InterchangeJobs::storeImport(const QString &location,
                                                            const Analysis &analysis,
                                                            const QDate &today,
                                                            TaskControl &control)
{
    ImportOutcome outcome;
    outcome.location = location;
    const QString name = QFileInfo(analysis.filePath).fileName();
    control.setStage(tr("Opening the register…"));
    auto db = openExisting(location);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    RegisterService service(**db, WriteContext{actingLogin(**db), QString()});
    service.setToday(today);
    if (Status status = service.initialise(); !status) {
        outcome.error = status.error();
        return outcome;
    }
    PortfolioImportOptions options;
    options.reason = tr("Imported from %1").arg(name);
    if (analysis.isPortfolio) {
        Result<qint64> existing = SystemRepository(**db).count();
        if (!existing) {
            outcome.error = existing.error();
            return outcome;
        }
        options.keepIds = *existing == 0;
    }
    control.setStage(tr("Storing the systems of %1…").arg(name));
    Result<PortfolioImportSummary> summary = storeSystems(service, analysis, options, control);
    if (control.isCancelled()) {
        // Cancelled before the commit: the transaction rolled back. A cancel that came
        // after the last report arrived too late and the import stands.
        outcome.cancelled = !summary.ok();
        if (summary)
            outcome.summary = *summary;
        else
            spdlog::info("Import of {} into {} cancelled; nothing stored", name.toStdString(),
                         location.toStdString());
        return outcome;
    }
    if (!summary) {
        outcome.error = summary.error();
        return outcome;
    }
    outcome.summary = *summary;
    return outcome;
}

InterchangeJobs::ExportOutcome InterchangeJobs::exportRegister(const ExportRequest &request,
                                                               TaskControl &control)
{
    ExportOutcome outcome;
    outcome.target = request.target;
    const QString name = QFileInfo(request.target).fileName();
    const auto stop = [&outcome] {
        outcome.cancelled = true;
        return outcome;
    };

    control.setStage(tr("Reading the register…"));
    auto db = openExisting(request.location);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    // Initialised as charter-cli export does: the CSV's risk columns use the stored policy.
    RegisterService service(**db, WriteContext{actingLogin(**db), QString()});
    service.setToday(request.today);
    if (Status status = service.initialise(); !status) {
        outcome.error = status.error();
        return outcome;
    }
    Result<Portfolio> portfolio = service.exportPortfolio();
    if (!portfolio) {
        outcome.error = portfolio.error();
        return outcome;
    }
    if (control.isCancelled())
        return stop();

    control.setStage(tr("Writing %1…").arg(name));
    QByteArray bytes;
    if (request.format == ExportFormat::JsonPortfolio) {
        bytes = writePortfolio(*portfolio);
    } else {
        Result<QHash<qint64, RiskAssessment>> risks = service.assessAll(*portfolio);
        if (!risks) {
            outcome.error = risks.error();
            return outcome;
        }
        bytes = writeRegisterCsv(*portfolio, *risks, request.utf8Bom);
    }
    if (control.isCancelled())
        return stop();

    QSaveFile file(request.target);
    const auto writeError = [&] {
        return makeError(ErrorCode::InvalidInput,
                         tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(request.target), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly)) {
        outcome.error = writeError();
        return outcome;
    }
    const int totalKiB = int(bytes.size() / 1024);
    for (qint64 offset = 0; offset < bytes.size(); offset += ChunkSize) {
        const qint64 length = qMin(ChunkSize, bytes.size() - offset);
        if (file.write(bytes.constData() + offset, length) != length) {
            outcome.error = writeError();
            file.cancelWriting();
            return outcome;
        }
        if (!control.report(int((offset + length) / 1024), totalKiB)) {
            file.cancelWriting(); // the old file, if any, stays as it was
            return stop();
        }
    }
    if (!file.commit()) {
        outcome.error = writeError();
        return outcome;
    }
    outcome.systems = int(portfolio->systems.size());
    outcome.bytes = bytes.size();
    spdlog::info("Exported {} systems to {}", outcome.systems, request.target.toStdString());
    return outcome;
}

} // namespace charter
