#pragma once

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace charter {

class ColumnMappingModel;
class ImportIssuesModel;
class ImportWizard;
class MessageBar;

// Step 3 of a spreadsheet import: how its columns and values map onto the register.
// The profile (detected, or chosen) or a mapping file decides; the page shows which
// column fills which field and the values that did not map. Any change runs the dry
// run again.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    QComboBox *profileBox() const { return m_profile; }
    QLineEdit *mappingEdit() const { return m_mapping; }
    QCheckBox *strictBox() const { return m_strict; }
    ColumnMappingModel *columnsModel() const { return m_columnsModel; }
    ImportIssuesModel *valuesModel() const { return m_valuesModel; }
    MessageBar *messageBar() const { return m_message; }

    // Sets the mapping file and runs the dry run again.
    void setMappingFile(const QString &path);

private:
    void optionsChanged();
    void browseMapping();
    void refresh();

    ImportWizard *m_wizard;
    MessageBar *m_message = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_mapping = nullptr;
    QCheckBox *m_strict = nullptr;
    QLabel *m_columnsSummary = nullptr;
    QTableView *m_columns = nullptr;
    ColumnMappingModel *m_columnsModel = nullptr;
    QWidget *m_valuesBox = nullptr;
    QLabel *m_valuesSummary = nullptr;
    QTableView *m_values = nullptr;
    ImportIssuesModel *m_valuesModel = nullptr;
    bool m_updating = false;
};

} // namespace charter
