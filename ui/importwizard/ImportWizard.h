#pragma once

#include "interchange/SpreadsheetImporter.h"
#include "tasks/InterchangeJobs.h"

#include <QDate>
#include <QWizard>

#include <functional>

namespace charter {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;
class ImportReportPage;
class TaskRunner;

// File > Import…: brings a spreadsheet inventory (CSV) or a Charter JSON portfolio into
// the open register, in four steps:
//   1. the file;
//   2. a preview of its first rows with the encoding, delimiter and header line found;
//   3. the import profile or a mapping file, showing which column fills which field and
//      which values did not map (spreadsheets only);
//   4. the dry run's report; Import stores everything in one transaction, or nothing.
// Reading, the dry runs and storing run on a worker (TaskRunner: progress and Cancel);
// the wizard stays responsive. Errors show inline on the page. On success it emits
// imported() and closes.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, ReportPageId };

    ImportWizard(const QString &databaseLocation, QWidget *parent = nullptr);
    ~ImportWizard() override;

    QString databaseLocation() const { return m_location; }
    void setToday(const QDate &today) { m_today = today; }

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    ImportOptions importOptions() const { return m_options; }
    void setImportOptions(const ImportOptions &options);

    // The latest finished dry run (for the file and options it names).
    const InterchangeJobs::Analysis &analysis() const { return m_analysis; }
    // True when analysis() belongs to the current file and options.
    bool analysisIsCurrent() const;
    bool isBusy() const;
    TaskRunner *runner() const { return m_runner; }

    // Starts a dry run of the current file and options unless one is current or running.
    void analyse();
    // Stores the analysed portfolio (the Import button).
    void startImport();
    bool isImporting() const { return m_importing; }

    // Asks for a file (empty: cancelled); replaceable so tests never meet a modal dialog.
    using FileChooser = std::function<QString(QWidget *parent, const QString &current)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }
    void setMappingFileChooser(FileChooser chooser) { m_chooseMapping = std::move(chooser); }
    QString chooseFile(QWidget *parent, const QString &current) const;
    QString chooseMappingFile(QWidget *parent, const QString &current) const;

    ImportFilePage *filePage() const { return m_filePage; }
    ImportPreviewPage *previewPage() const { return m_previewPage; }
    ImportMappingPage *mappingPage() const { return m_mappingPage; }
    ImportReportPage *reportPage() const { return m_reportPage; }

signals:
    void analysisStarted();
    void analysisFinished();
    void importFinished(const charter::InterchangeJobs::ImportOutcome &outcome);
    // Emitted once the systems are stored, just before the wizard closes.
    void imported(const charter::InterchangeJobs::ImportOutcome &outcome);

public slots:
    void reject() override;

private:
    void finishAnalysis(InterchangeJobs::Analysis analysis, const ImportOptions &options);
    void finishImport(const InterchangeJobs::ImportOutcome &outcome);

    QString m_location;
    QDate m_today;
    QString m_filePath;
    ImportOptions m_options;
    InterchangeJobs::Analysis m_analysis;
    ImportOptions m_analysedOptions;
    bool m_hasAnalysis = false;
    bool m_analysisPending = false;
    bool m_importing = false;

    TaskRunner *m_runner = nullptr;
    FileChooser m_chooseFile;
    FileChooser m_chooseMapping;
    ImportFilePage *m_filePage = nullptr;
    ImportPreviewPage *m_previewPage = nullptr;
    ImportMappingPage *m_mappingPage = nullptr;
    ImportReportPage *m_reportPage = nullptr;
};

} // namespace charter
