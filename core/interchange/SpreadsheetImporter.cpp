#include "SpreadsheetImporter.h"

#include "CsvReader.h"
#include "ImportDirectory.h"
#include "ImportProfile.h"
#include "ImportRecordMapper.h"
#include "TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

constexpr qint64 kMaxFileSize = 512LL * 1024 * 1024;
constexpr int kHeaderSearchRows = 100; // preamble rows we look past for the header
constexpr qsizetype kMaxHeaderLength = 1000; // longer cells are data, never a header
constexpr int kProgressInterval = 256;        // records between progress reports

Error inputError(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// The header row as one profile reads it.
struct HeaderPlan {
    const ImportProfile *profile = nullptr;
    QList<ImportColumnPlan> columns;
    QList<ImportColumnUse> used;
    QStringList unused;
    int fieldCount = 0; // distinct register fields found (for choosing a profile)
};

std::optional<HeaderPlan> planHeader(const ImportProfile &profile, const CsvRecord &header)
{
    struct Candidate {
        qsizetype index;
        ImportProfile::HeaderMatch match;
    };
    QHash<ImportField, Candidate> best; // per field: lowest priority, then leftmost
    QList<std::optional<ImportProfile::HeaderMatch>> matches(header.fields.size());
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QStringView cell = header.fields.at(i).trimmed();
        if (cell.isEmpty() || cell.size() > kMaxHeaderLength)
            continue;
        matches[i] = profile.matchHeader(cell);
        if (!matches[i] || matches[i]->field == ImportField::Ignore)
            continue;
        const auto it = best.constFind(matches[i]->field);
        if (it == best.constEnd() || matches[i]->priority < it->match.priority)
            best.insert(matches[i]->field, Candidate{i, *matches[i]});
    }
    if (!best.contains(ImportField::Name))
        return std::nullopt;

    HeaderPlan plan;
    plan.profile = &profile;
    plan.fieldCount = int(best.size());
    for (qsizetype i = 0; i < header.fields.size(); ++i) {
        const QString text = header.fields.at(i).toString().simplified();
        if (text.isEmpty())
            continue;
        const auto &match = matches.at(i);
        const bool chosen =
            match && (match->field == ImportField::Ignore || best.value(match->field).index == i);
        if (!chosen) {
            plan.unused << text;
            continue;
        }
        plan.used.append({int(i), text, importFieldKey(match->field)});
        if (match->field != ImportField::Ignore)
            plan.columns.append({int(i), match->field, text});
    }
    return plan;
}

Result<QList<ImportProfile>> candidateProfiles(const ImportOptions &options)
{
    if (!options.mappingFile.isEmpty()) {
        Result<ImportProfile> mapped =
            ImportProfile::fromMappingFile(options.mappingFile, options.profile);
        if (!mapped)
            return mapped.error();
        return QList<ImportProfile>{std::move(mapped).value()};
    }
    if (!options.profile.isEmpty()) {
        const auto profile = ImportProfile::builtin(options.profile);
        if (!profile)
            return inputError(
                QCoreApplication::translate("charter::SpreadsheetImporter",
                                            "There is no import profile \u201c%1\u201d; built-in "
                                            "profiles: %2.")
                    .arg(options.profile, ImportProfile::builtinNames().join(u", "_s)));
        return QList<ImportProfile>{*profile};
    }
    QList<ImportProfile> all;
    for (const QString &name : ImportProfile::builtinNames())
        all << *ImportProfile::builtin(name);
    return all;
}

Error noHeaderError(const QString &displayName, int lastLine, const QList<ImportProfile> &profiles)
{
    QStringList names;
    for (const ImportProfile &profile : profiles)
        names << profile.aliases(ImportField::Name);
    names.removeDuplicates();
    for (QString &name : names)
        name = u"\u201c"_s + name + u"\u201d"_s;
    return inputError(
        QCoreApplication::translate("charter::SpreadsheetImporter",
                                    "%1, lines 1-%2, name: no header row found; no row has a "
                                    "name column (%3). Add a header row, or name the column in "
                                    "a mapping file.")
            .arg(displayName)
            .arg(lastLine)
            .arg(names.join(u", "_s)));
}

Error cancelledError(const QString &displayName)
{
    return inputError(
        QCoreApplication::translate("charter::SpreadsheetImporter",
                                    "%1: reading was cancelled; nothing was imported.")
            .arg(displayName));
}

Error strictError(const QString &displayName, const ImportIssue &issue)
{
    const QString field = issue.field.isEmpty() ? QString() : u", "_s + issue.field;
    return inputError(
        QCoreApplication::translate("charter::SpreadsheetImporter",
                                    "%1, line %2%3: %4 Strict import: nothing was imported.")
            .arg(displayName)
            .arg(issue.line)
            .arg(field, issue.message));
}

} // namespace

Result<SpreadsheetImport> importSpreadsheet(const QString &filePath, const ImportOptions &options)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return inputError(
            QCoreApplication::translate("charter::SpreadsheetImporter", "%1: cannot be read (%2).")
                .arg(filePath, file.errorString()));
    if (file.size() > kMaxFileSize)
        return inputError(
            QCoreApplication::translate("charter::SpreadsheetImporter",
                                        "%1: the file is larger than 512 MiB; split it.")
                .arg(filePath));
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return inputError(
            QCoreApplication::translate("charter::SpreadsheetImporter", "%1: cannot be read (%2).")
                .arg(filePath, file.errorString()));
    return importSpreadsheet(content, QFileInfo(filePath).fileName(), options);
}

Result<SpreadsheetImport> importSpreadsheet(const QByteArray &content, const QString &displayName,
                                            const ImportOptions &options)
{
    return importSpreadsheet(content, displayName, options, ProgressCallback());
}

struct SpreadsheetReader::Private {
    QString displayName;
    bool strict = false;
    QList<ImportProfile> profiles; // the plan points into these
    QString text;
    HeaderPlan plan;
    int headerRow = -1;
    qsizetype headerWidth = 0;
    QChar delimiter;
    int lineCount = 0;
    ImportReport report;
    ImportDirectory directory;
    bool read = false;
};

SpreadsheetReader::SpreadsheetReader(std::unique_ptr<Private> d) : d(std::move(d)) {}
SpreadsheetReader::SpreadsheetReader(SpreadsheetReader &&) noexcept = default;
SpreadsheetReader &SpreadsheetReader::operator=(SpreadsheetReader &&) noexcept = default;
SpreadsheetReader::~SpreadsheetReader() = default;

ImportDirectory &SpreadsheetReader::directory() { return d->directory; }
const ImportReport &SpreadsheetReader::report() const { return d->report; }
int SpreadsheetReader::lineCount() const { return d->lineCount; }

Result<SpreadsheetReader> SpreadsheetReader::open(const QByteArray &content, const QString &displayName,
                                                  const ImportOptions &options)
{
    if (content.size() > kMaxFileSize)
        return inputError(
            QCoreApplication::translate("charter::SpreadsheetImporter",
                                        "%1: the file is larger than 512 MiB; split it.")
                .arg(displayName));
    auto d = std::make_unique<Private>();
    d->displayName = displayName;
    d->strict = options.strict;
    Result<QList<ImportProfile>> profiles = candidateProfiles(options);
    if (!profiles)
        return profiles.error();
    d->profiles = std::move(*profiles);
    Result<DecodedText> decoded = decodeText(content, displayName);
    if (!decoded)
        return decoded.error();
    d->text = std::move(decoded->text);

    // The header is the row (among the first ones, below any preamble) with a name column
    // that fills the most fields: a preamble cell that happens to read "Name:" loses to
    // the real header.
    CsvReader scout(d->text, displayName);
    CsvRecord record;
    std::optional<HeaderPlan> plan;
    int headerLine = 0;
    int lastLine = 0;
    for (int row = 0; row < kHeaderSearchRows && scout.next(record); ++row) {
        lastLine = record.line;
        for (const ImportProfile &profile : std::as_const(d->profiles)) {
            std::optional<HeaderPlan> candidate = planHeader(profile, record);
            if (candidate && (!plan || candidate->fieldCount > plan->fieldCount)) {
                plan = std::move(candidate);
                d->headerRow = row;
                headerLine = record.line;
                d->headerWidth = record.fields.size();
            }
        }
    }
    if (scout.error() && !plan)
        return *scout.error();
    if (lastLine == 0)
        return inputError(
            QCoreApplication::translate("charter::SpreadsheetImporter",
                                        "%1: the file is empty; there is no header row.")
                .arg(displayName));
    if (!plan)
        return noHeaderError(displayName, lastLine, d->profiles);
    d->plan = std::move(*plan);
    d->delimiter = scout.delimiter();
    const qsizetype lineCount = d->text.count(u'\n') + 1;
    d->lineCount = int(qMin<qsizetype>(lineCount, std::numeric_limits<int>::max()));

    ImportReport &report = d->report;
    report.fileName = displayName;
    report.profile = d->plan.profile->name();
    report.encoding = decoded->encoding;
    report.delimiter = d->delimiter;
    report.headerLine = headerLine;
    report.columns = d->plan.used;
    report.unusedColumns = d->plan.unused;
    return SpreadsheetReader(std::move(d));
}

Status SpreadsheetReader::readRecords(const std::function<bool(AiSystem &&)> &sink,
                                      const ProgressCallback &progress)
{
    Q_ASSERT_X(!d->read, "SpreadsheetReader::readRecords", "reads the file once");
    d->read = true;
    CsvReader reader(d->text, d->displayName, d->delimiter);
    CsvRecord record;
    for (int row = 0; row <= d->headerRow; ++row)
        reader.next(record);

    ImportReport &report = d->report;
    ImportRecordMapper mapper(*d->plan.profile, d->plan.columns, d->headerWidth, d->displayName,
                              d->directory);
    int records = 0;
    int sinceReport = 0;
    while (reader.next(record)) {
        if (progress && ++sinceReport == kProgressInterval) {
            sinceReport = 0;
            if (!progress(qMin(record.line, d->lineCount), d->lineCount))
                return cancelledError(d->displayName);
        }
        if (record.isBlank()) {
            ++report.blankRows;
            continue;
        }
        const qsizetype issuesBefore = report.issues.size();
        AiSystem system = mapper.map(record, report.issues);
        if (d->strict && report.issues.size() > issuesBefore)
            return strictError(d->displayName, report.issues.at(issuesBefore));
        ++records;
        if (!sink(std::move(system)))
            return cancelledError(d->displayName);
    }
    if (reader.error())
        return *reader.error();
    if (!reportProgress(progress, d->lineCount, d->lineCount))
        return cancelledError(d->displayName);
    report.records = records;
    report.people = int(d->directory.people().size());
    report.vendors = int(d->directory.vendors().size());
    return {};
}

Result<SpreadsheetImport> importSpreadsheet(const QByteArray &content, const QString &displayName,
                                            const ImportOptions &options,
                                            const ProgressCallback &progress)
{
    Result<SpreadsheetReader> reader = SpreadsheetReader::open(content, displayName, options);
    if (!reader)
        return reader.error();
    SpreadsheetImport result;
    // One system per line at most; saves regrowing a list of large values.
    result.portfolio.systems.reserve(reader->lineCount());
    const Status read = reader->readRecords(
        [&result](AiSystem &&system) {
            result.portfolio.systems.append(std::move(system));
            return true;
        },
        progress);
    if (!read)
        return read.error();
    result.portfolio.people = reader->directory().people();
    result.portfolio.vendors = reader->directory().vendors();
    result.report = reader->report();
    return result;
}

} // namespace charter
