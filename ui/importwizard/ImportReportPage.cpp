#include "ImportReportPage.h"

#include "ImportIssuesModel.h"
#include "ImportWizard.h"
#include "storage/Database.h"
#include "views/MessageBar.h"

#include <QClipboard>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

ImportReportPage::ImportReportPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"importReportPage"_s);
    setTitle(tr("Dry Run"));
    setSubTitle(tr("What the import would store, and every problem found. Nothing has been "
                   "stored yet."));
    setFinalPage(true);

    m_message = new MessageBar(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"reportSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_issuesModel = new ImportIssuesModel(ImportIssuesModel::Mode::PerRecord, this);
    m_issues = new QTableView(this);
    m_issues->setObjectName(u"issuesTable"_s);
    m_issues->setAccessibleName(tr("Problems found by the dry run"));
    m_issues->setModel(m_issuesModel);
    m_issues->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issues->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issues->setSelectionMode(QAbstractItemView::SingleSelection);
    m_issues->setAlternatingRowColors(true);
    m_issues->setShowGrid(false);
    m_issues->setWordWrap(false);
    m_issues->verticalHeader()->hide();
    m_issues->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_issues->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().averageCharWidth();
    m_issues->horizontalHeader()->resizeSection(0, em * 7);
    m_issues->horizontalHeader()->resizeSection(1, em * 16);
    m_issues->horizontalHeader()->resizeSection(2, em * 20);
    m_issues->horizontalHeader()->resizeSection(3, em * 26);

    m_noIssues = new QLabel(tr("No problems found: every row maps onto the register."), this);
    m_noIssues->setObjectName(u"noIssues"_s);
    m_noIssues->setAlignment(Qt::AlignCenter);
    auto *problems = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_issues, 1);
    problemsLayout->addWidget(m_noIssues, 1);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"reportText"_s);
    m_text->setAccessibleName(tr("The report as text"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"reportTabs"_s);
    m_tabs->addTab(problems, tr("Problems"));
    m_tabs->addTab(m_text, tr("Report"));

    m_copy = new QPushButton(tr("&Copy Report"), this);
    m_copy->setObjectName(u"copyReport"_s);
    m_copy->setToolTip(tr("Copy the whole report as text, to paste it into an e-mail or a ticket"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(reportText()); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);

    connect(wizard, &ImportWizard::analysisFinished, this, &ImportReportPage::refresh);
}

void ImportReportPage::initializePage()
{
    m_imported = false;
    m_message->hideMessage();
    m_wizard->analyse();
    refresh();
}

void ImportReportPage::refresh()
{
    const InterchangeJobs::Analysis &analysis = m_wizard->analysis();
    if (!m_wizard->analysisIsCurrent()) {
        m_summary->setText(m_wizard->isBusy() ? tr("Trying the import…") : QString());
        emit completeChanged();
        return;
    }
    const QLocale locale;
    const QString target = Database::isServerLocation(m_wizard->databaseLocation())
        ? m_wizard->databaseLocation()
        : QFileInfo(m_wizard->databaseLocation()).fileName();
    if (analysis.importError) {
        m_message->showMessage(analysis.importError->message, MessageBar::Type::Error);
        m_summary->clear();
        m_issuesModel->setIssues({});
        emit completeChanged();
        return;
    }
    const int systems = int(analysis.portfolio.systems.size());
    QString text = tr("Importing adds <b>%1 systems</b>, %2 people and %3 vendors to <b>%4</b>, "
                      "in one step: if anything fails, nothing is stored.")
                       .arg(locale.toString(systems), locale.toString(analysis.portfolio.people.size()),
                            locale.toString(analysis.portfolio.vendors.size()), target.toHtmlEscaped());
    // What arrives, by lifecycle stage: the first thing a reviewer checks.
    QMap<int, int> stages;
    for (const AiSystem &system : analysis.portfolio.systems)
        ++stages[int(system.lifecycle)];
    QStringList parts;
    for (auto it = stages.cbegin(); it != stages.cend(); ++it)
        // "In development (70)": the label as it is, German nouns keep their capitals.
        parts << tr("%1 (%2)").arg(enumLabel(Lifecycle(it.key())), locale.toString(it.value()));
    if (!parts.isEmpty())
        text += u"<br>"_s + tr("By lifecycle: %1.").arg(parts.join(u", "_s)).toHtmlEscaped();
    if (!analysis.isPortfolio) {
        const ImportReport &report = analysis.report;
        text += u"<br>"_s
            + tr("Read with the profile %1; %2 columns used, %3 not imported; %4 blank rows skipped.")
                  .arg(report.profile.toHtmlEscaped())
                  .arg(report.columns.size())
                  .arg(report.unusedColumns.size())
                  .arg(report.blankRows);
        text += u"<br>"_s
            + (report.issues.isEmpty()
                   ? tr("No problems found.")
                   : tr("<b>%1 problems</b>, listed below. Those systems are imported all the "
                        "same; each line says what was kept, and the system gets a note.")
                         .arg(locale.toString(report.issues.size())));
        m_issuesModel->setIssues(report.issues);
    } else {
        m_issuesModel->setIssues({});
    }
    const int problems = m_issuesModel->rowCount();
    m_issues->setVisible(problems > 0);
    m_noIssues->setVisible(problems == 0);
    m_tabs->setTabText(0, problems == 0 ? tr("Problems") : tr("Problems (%1)").arg(locale.toString(problems)));
    m_text->setPlainText(reportText());
    m_tabs->setCurrentIndex(problems == 0 ? 1 : 0);
    if (systems == 0) {
        m_message->showMessage(tr("The file holds no systems; there is nothing to import."),
                               MessageBar::Type::Warning);
    }
    m_summary->setText(text);
    m_tabs->setTabVisible(0, !analysis.isPortfolio);
    m_tabs->setTabVisible(1, !analysis.isPortfolio);
    m_tabs->setVisible(!analysis.isPortfolio);
    m_copy->setEnabled(!analysis.isPortfolio);
    emit completeChanged();
}

QString ImportReportPage::reportText() const
{
    const InterchangeJobs::Analysis &analysis = m_wizard->analysis();
    if (analysis.isPortfolio || analysis.importError)
        return m_summary->text();
    return analysis.report.toText();
}

bool ImportReportPage::isComplete() const
{
    return !m_wizard->isBusy() && m_wizard->analysisIsCurrent() && m_wizard->analysis().canImport();
}

bool ImportReportPage::validatePage()
{
    if (m_imported)
        return true;
    // Import runs on a worker; the wizard closes itself when it succeeds.
    m_message->hideMessage();
    m_wizard->startImport();
    return false;
}

void ImportReportPage::showImportProblem(const InterchangeJobs::ImportOutcome &outcome)
{
    if (outcome.cancelled) {
        m_message->showMessage(tr("The import was cancelled. Nothing was stored; the register is "
                                  "as it was."),
                               MessageBar::Type::Warning);
    } else if (outcome.error) {
        m_message->showMessage(tr("Nothing was imported. %1").arg(outcome.error->message),
                               MessageBar::Type::Error);
    }
}

} // namespace charter
