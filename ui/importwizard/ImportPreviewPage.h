#pragma once

#include <QWizardPage>

class QLabel;
class QTableView;

namespace charter {

class ImportWizard;
class MessageBar;
class PreviewTableModel;

// Step 2 of the import: the first rows of the file as Charter reads them, with the
// encoding, the delimiter and the header line it found (a JSON portfolio shows what it
// holds instead). The dry run starts when the page opens.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    PreviewTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }
    MessageBar *messageBar() const { return m_message; }

private:
    void refresh();

    ImportWizard *m_wizard;
    MessageBar *m_message = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    PreviewTableModel *m_model = nullptr;
};

} // namespace charter
