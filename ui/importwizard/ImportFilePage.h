#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace charter {

class ImportWizard;

// Step 1 of the import: which file.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    void setFilePath(const QString &path);
    QString filePath() const;
    QLineEdit *pathEdit() const { return m_path; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace charter
