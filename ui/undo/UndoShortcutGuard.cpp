#include "UndoShortcutGuard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace charter {

UndoShortcutGuard::UndoShortcutGuard(QObject *parent)
    : QObject(parent)
{
}

void UndoShortcutGuard::protect(QWidget *root)
{
    auto *guard = new UndoShortcutGuard(root);
    const auto inputs = root->findChildren<QWidget *>();
    for (QWidget *widget : inputs) {
        if (qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
            || qobject_cast<QTextEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QComboBox *>(widget)) {
            widget->installEventFilter(guard);
        }
    }
}

bool UndoShortcutGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            // Not accepted: the shortcut map goes on to the Undo/Redo actions.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace charter
