#pragma once

#include "tasks/InterchangeJobs.h"

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace charter {

class ImportIssuesModel;
class ImportWizard;
class MessageBar;

// Step 4 of the import: the dry run's report (what would be stored and every problem
// found, per record), then Import. Storing is all or nothing; a failure or a cancel is
// shown here and nothing is stored.
class ImportReportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportReportPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void showImportProblem(const InterchangeJobs::ImportOutcome &outcome);
    void setImported(bool imported) { m_imported = imported; }

    ImportIssuesModel *issuesModel() const { return m_issuesModel; }
    QTableView *issuesTable() const { return m_issues; }
    QLabel *summaryLabel() const { return m_summary; }
    MessageBar *messageBar() const { return m_message; }
    // The report as plain text (what Copy Report puts on the clipboard).
    QString reportText() const;

private:
    void refresh();

    ImportWizard *m_wizard;
    MessageBar *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_issues = nullptr;
    QLabel *m_noIssues = nullptr;
    QPlainTextEdit *m_text = nullptr;
    ImportIssuesModel *m_issuesModel = nullptr;
    QPushButton *m_copy = nullptr;
    bool m_imported = false;
};

} // namespace charter
