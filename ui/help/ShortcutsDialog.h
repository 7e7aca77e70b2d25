#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTreeWidget;

namespace charter {

// Help > Keyboard Shortcuts: every shortcut of a window, read from its actions when the
// dialog opens, so the list cannot drift from what the keys really do. Actions without
// text or without a shortcut are left out; a widget-local shortcut (e.g. Esc in the
// filter field) names its widget by accessible name.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry {
        QString action;   // "Open Database" (menu text without & and the ellipsis)
        QString keys;     // "Ctrl+O", several separated by ", " (native text)
        QString where;    // empty: anywhere in the window; else the widget's name
    };

    // The shortcuts of WINDOW and everything in it, in creation order, each action once.
    static QList<Entry> shortcutsOf(const QWidget *window);

    // Lists the shortcuts of WINDOW.
    explicit ShortcutsDialog(QWidget *window);
    // Lists ENTRIES (tests, or callers that add their own).
    ShortcutsDialog(const QList<Entry> &entries, QWidget *parent);

    QList<Entry> entries() const { return m_entries; }

private:
    void populate();

    QList<Entry> m_entries;
    QTreeWidget *m_list = nullptr;
};

} // namespace charter
