#pragma once

#include "tasks/InterchangeJobs.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QRadioButton;

namespace charter {

// File > Export…: what to write (a JSON portfolio, complete and re-importable, or a CSV
// register extract for spreadsheets, optionally with the UTF-8 byte-order mark Excel
// needs) and where. Only collects the choice; the window runs the export.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    using Format = InterchangeJobs::ExportFormat;

    explicit ExportDialog(const QString &suggestedPath, QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    bool utf8Bom() const;
    void setUtf8Bom(bool bom);
    QString filePath() const;
    void setFilePath(const QString &path);

    // Asks for the target file (empty: cancelled); replaceable for tests.
    using FileChooser = std::function<QString(QWidget *parent, const QString &current, Format format)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

private:
    void browse();
    void formatChanged();
    void updateButtons();

    QRadioButton *m_json = nullptr;
    QRadioButton *m_csv = nullptr;
    QCheckBox *m_bom = nullptr;
    QLineEdit *m_path = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    FileChooser m_chooseFile;
};

} // namespace charter
