#pragma once

#include "TaskControl.h"
#include "interchange/ImportReport.h"
#include "interchange/SpreadsheetImporter.h"
#include "interchange/SpreadsheetPreview.h"
#include "register/RegisterService.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace charter {

// The import and export work the window runs on a worker (TaskRunner). Each function
// reads files and opens its own Database on the location it is given (one connection
// per thread), reports progress to CONTROL, stops when CONTROL is cancelled, and
// returns a plain value for the UI thread. No widgets. Thread-safe.
class InterchangeJobs
{
    Q_DECLARE_TR_FUNCTIONS(InterchangeJobs)

public:
    // What the import wizard learns about a file before anything is stored: a preview of
    // its first rows and a dry run of the import with OPTIONS.
    struct Analysis {
        QString filePath;
        bool isPortfolio = false; // a Charter JSON portfolio (no preview, no mapping)
        bool cancelled = false;
        std::optional<Error> readError;   // the file cannot be read or is not text
        std::optional<SpreadsheetPreview> preview; // spreadsheets only
        std::optional<Error> importError; // the dry run failed: no header, bad mapping...
        Portfolio portfolio;              // what importing would store
        ImportReport report;              // spreadsheets: the dry run's report
        // Spreadsheets: the bytes and options the dry run read, which storing reads
        // again (the file on disk may have changed since).
        QByteArray content;
        ImportOptions options;

        bool canImport() const
        {
            return !cancelled && !readError && !importError && !portfolio.systems.isEmpty();
        }
    };
    static Analysis analyseImport(const QString &filePath, const ImportOptions &options,
                                  TaskControl &control);

    struct ImportOutcome {
        QString location;
        bool cancelled = false;
        std::optional<Error> error;
        PortfolioImportSummary summary;
    };
    // Stores what ANALYSIS read into the database at LOCATION in one transaction: all
    // of it, or nothing (on error or cancel). A spreadsheet is read again from
    // ANALYSIS's bytes while its systems are stored, as charter-cli import does; a JSON
    // portfolio keeps its ids when the register is empty.
    static ImportOutcome storeImport(const QString &location, const Analysis &analysis,
                                     const QDate &today, TaskControl &control);

    enum class ExportFormat { JsonPortfolio, CsvRegister };
    struct ExportRequest {
        QString location; // database
        QString target;   // file to write
        ExportFormat format = ExportFormat::JsonPortfolio;
        bool utf8Bom = false; // CSV: a byte-order mark, so Excel reads UTF-8
        QDate today = QDate::currentDate();
    };
    struct ExportOutcome {
        QString target;
        bool cancelled = false;
        std::optional<Error> error;
        int systems = 0;
        qint64 bytes = 0;
    };
    // Writes the register to REQUEST.target atomically (QSaveFile): a cancelled or
    // failed export leaves any file already there untouched.
    static ExportOutcome exportRegister(const ExportRequest &request, TaskControl &control);

    // Reads a whole file, reporting KiB read; nullopt when cancelled.
    static Result<QByteArray> readFile(const QString &path, TaskControl &control);

private:
    static Result<PortfolioImportSummary> storeSystems(RegisterService &service, const Analysis &analysis,
                                                      const PortfolioImportOptions &options,
                                                      TaskControl &control);
};

} // namespace charter
