#pragma once

#include <QObject>

class QWidget;

namespace charter {

// Text inputs (QLineEdit, QPlainTextEdit, spin boxes, editable combo boxes) keep their
// own undo history and claim Ctrl+Z / Ctrl+Shift+Z for it. In an editor whose every
// edit is a QUndoCommand that would split the history in two. Installed on an input,
// this filter declines the inputs' claim on the undo and redo keys, so the window's
// Undo and Redo actions (the editor's QUndoStack) receive them.
class UndoShortcutGuard : public QObject
{
    Q_OBJECT

public:
    explicit UndoShortcutGuard(QObject *parent = nullptr);

    // Installs one guard (a child of ROOT) on every input below ROOT.
    static void protect(QWidget *root);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace charter
