#include "UnsavedChangesPrompt.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace charter {

UnsavedChoice askAboutUnsavedChanges(QWidget *parent, const QString &what)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(QCoreApplication::translate("charter::UnsavedChangesPrompt", "Unsaved Changes"));
    box.setText(QCoreApplication::translate("charter::UnsavedChangesPrompt",
                                            "Save the changes to \u201c%1\u201d?")
                    .arg(what));
    box.setInformativeText(QCoreApplication::translate(
        "charter::UnsavedChangesPrompt", "Your changes are lost if you don't save them."));
    box.setStandardButtons(QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

} // namespace charter
