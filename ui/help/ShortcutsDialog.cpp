#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

// "&Open Database…" -> "Open Database"; "Save && Close" -> "Save & Close".
QString plainActionText(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    if (text.endsWith(u"…"_s))
        text.chop(1);
    else if (text.endsWith(u"..."_s))
        text.chop(3);
    return text.trimmed();
}

QString widgetName(const QWidget *widget)
{
    if (!widget)
        return QString();
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    if (!widget->toolTip().isEmpty())
        return widget->toolTip();
    return widget->objectName();
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::shortcutsOf(const QWidget *window)
{
    QList<Entry> entries;
    if (!window)
        return entries;
    QSet<const QAction *> seen;
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (seen.contains(action) || action->shortcuts().isEmpty())
            continue;
        // Actions of dialogs the window owns work in those dialogs, not here.
        const QObject *owner = action->parent();
        while (owner && !owner->isWidgetType())
            owner = owner->parent();
        if (owner && static_cast<const QWidget *>(owner)->window() != window)
            continue;
        seen.insert(action);
        const QString text = plainActionText(action->text());
        if (text.isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        Entry entry{text, keys.join(u", "_s), QString()};
        if (action->shortcutContext() == Qt::WidgetShortcut
            || action->shortcutContext() == Qt::WidgetWithChildrenShortcut) {
            entry.where = widgetName(qobject_cast<const QWidget *>(action->parent()));
        }
        entries.append(entry);
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : ShortcutsDialog(shortcutsOf(window), window)
{
}

ShortcutsDialog::ShortcutsDialog(const QList<Entry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutsDialog"_s);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"shortcutsList"_s);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Action"), tr("Shortcut"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    populate();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 420);
}

void ShortcutsDialog::populate()
{
    m_list->clear();
    for (const Entry &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(m_list, {entry.action, entry.keys,
                                                  entry.where.isEmpty() ? tr("Anywhere")
                                                                        : entry.where});
        item->setToolTip(0, entry.action);
    }
}

} // namespace charter
