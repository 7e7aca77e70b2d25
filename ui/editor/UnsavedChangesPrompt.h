#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace charter {

// What to do with unsaved edits before leaving a record (closing the editor, switching
// to another record, closing the window, opening another database).
enum class UnsavedChoice { Save, Discard, Cancel };

// Asks the user about unsaved edits of WHAT (e.g. the system's name). Replaceable so
// tests never meet a modal dialog.
using UnsavedChangesPrompt = std::function<UnsavedChoice(QWidget *parent, const QString &what)>;

// The default prompt: a message box with Save, Discard and Cancel (Save is the default,
// Escape cancels).
UnsavedChoice askAboutUnsavedChanges(QWidget *parent, const QString &what);

} // namespace charter
