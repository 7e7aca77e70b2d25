#include "ImportWizard.h"

#include "storage/ConnectionString.h"

#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportReportPage.h"
#include "tasks/TaskRunner.h"

#include <QFileDialog>
#include <QFileInfo>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

bool sameOptions(const ImportOptions &a, const ImportOptions &b)
{
    return a.profile == b.profile && a.mappingFile == b.mappingFile && a.strict == b.strict;
}

} // namespace

ImportWizard::ImportWizard(const QString &databaseLocation, QWidget *parent)
    : QWizard(parent)
    , m_location(databaseLocation)
    , m_today(QDate::currentDate())
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import Systems"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setButtonText(QWizard::FinishButton, tr("&Import"));

    m_runner = new TaskRunner(this);
    m_chooseFile = [](QWidget *parentWidget, const QString &current) {
        return QFileDialog::getOpenFileName(
            parentWidget, ImportWizard::tr("Import Systems"), current,
            ImportWizard::tr("Inventories (*.csv *.txt *.json);;CSV files (*.csv *.txt);;"
                             "Charter portfolios (*.json);;All files (*)"));
    };
    m_chooseMapping = [](QWidget *parentWidget, const QString &current) {
        return QFileDialog::getOpenFileName(parentWidget, ImportWizard::tr("Choose a Mapping File"),
                                            current,
                                            ImportWizard::tr("Mapping files (*.json);;All files (*)"));
    };

    m_filePage = new ImportFilePage(this);
    m_previewPage = new ImportPreviewPage(this);
    m_mappingPage = new ImportMappingPage(this);
    m_reportPage = new ImportReportPage(this);
    setPage(FilePageId, m_filePage);
    setPage(PreviewPageId, m_previewPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(ReportPageId, m_reportPage);
    setStartId(FilePageId);

    // Sized in characters, so it reads the same at any scale.
    const int em = fontMetrics().averageCharWidth();
    const int line = fontMetrics().height();
    setMinimumSize(em * 100, line * 30);
    resize(em * 160, line * 46);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFilePath(const QString &path)
{
    m_filePath = path;
    m_filePage->setFilePath(path);
}

void ImportWizard::setImportOptions(const ImportOptions &options)
{
    m_options = options;
}

bool ImportWizard::analysisIsCurrent() const
{
    return m_hasAnalysis && m_analysis.filePath == m_filePath && !m_analysis.cancelled
        && sameOptions(m_analysedOptions, m_options);
}

bool ImportWizard::isBusy() const
{
    return m_runner->isRunning();
}

void ImportWizard::analyse()
{
    if (m_filePath.isEmpty() || analysisIsCurrent())
        return;
    if (m_runner->isRunning()) {
        m_analysisPending = true; // run again once the current one is done
        return;
    }
    TaskRunner::Options options;
    options.title = tr("Reading the File");
    options.label = tr("Reading %1…").arg(QFileInfo(m_filePath).fileName());
    const QString path = m_filePath;
    const ImportOptions importOptions = m_options;
    emit analysisStarted();
    m_runner->run<InterchangeJobs::Analysis>(
        options,
        [path, importOptions](TaskControl &control) {
            return InterchangeJobs::analyseImport(path, importOptions, control);
        },
        [this, importOptions](InterchangeJobs::Analysis analysis) {
            finishAnalysis(std::move(analysis), importOptions);
        });
}

void ImportWizard::finishAnalysis(InterchangeJobs::Analysis analysis, const ImportOptions &options)
{
    if (!analysis.cancelled || !m_hasAnalysis) {
        m_analysis = std::move(analysis);
        m_analysedOptions = options;
        m_hasAnalysis = true;
    } else {
        // Cancelled: the last finished dry run stays; it no longer matches the options.
        m_analysis.cancelled = true;
    }
    if (m_analysis.readError)
        spdlog::info("Import preview of {} failed: {}", m_analysis.filePath.toStdString(),
                     m_analysis.readError->message.toStdString());
    emit analysisFinished();
    if (std::exchange(m_analysisPending, false))
        analyse();
}

void ImportWizard::startImport()
{
    if (m_runner->isRunning() || !analysisIsCurrent() || !m_analysis.canImport())
        return;
    TaskRunner::Options options;
    options.title = tr("Importing");
    options.label = tr("Storing the systems of %1…").arg(QFileInfo(m_filePath).fileName());
    const QString location = m_location;
    const InterchangeJobs::Analysis analysis = m_analysis;
    const QDate today = m_today;
    m_importing = true;
    m_runner->run<InterchangeJobs::ImportOutcome>(
        options,
        [location, analysis, today](TaskControl &control) {
            return InterchangeJobs::storeImport(location, analysis, today, control);
        },
        [this](InterchangeJobs::ImportOutcome outcome) { finishImport(outcome); });
}

void ImportWizard::finishImport(const InterchangeJobs::ImportOutcome &outcome)
{
    m_importing = false;
    emit importFinished(outcome);
    if (outcome.cancelled || outcome.error) {
        m_reportPage->showImportProblem(outcome);
        return;
    }
    spdlog::info("Imported {} systems from {} into {}", outcome.summary.systemsAdded,
                 m_filePath.toStdString(), ConnectionString::redacted(m_location).toStdString());
    m_reportPage->setImported(true);
    emit imported(outcome);
    accept();
}

void ImportWizard::reject()
{
    if (m_importing) {
        // Closing while storing means "stop": the transaction rolls back first.
        m_runner->cancel();
        return;
    }
    if (m_runner->isRunning())
        m_runner->cancel();
    QWizard::reject();
}

QString ImportWizard::chooseFile(QWidget *parent, const QString &current) const
{
    return m_chooseFile ? m_chooseFile(parent, current) : QString();
}

QString ImportWizard::chooseMappingFile(QWidget *parent, const QString &current) const
{
    return m_chooseMapping ? m_chooseMapping(parent, current) : QString();
}

} // namespace charter
