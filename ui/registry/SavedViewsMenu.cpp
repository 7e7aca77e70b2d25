#include "SavedViewsMenu.h"

#include "UiSettings.h"
#include "views/RegistryView.h"

#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace charter {

SavedViewsMenu::SavedViewsMenu(RegistryView *view, QWidget *parent)
    : QMenu(tr("Saved &Views"), parent)
    , m_view(view)
{
    setObjectName(u"savedViewsMenu"_s);
    m_askName = [](QWidget *parentWidget, const QString &suggestion) {
        bool ok = false;
        const QString name = QInputDialog::getText(
            parentWidget, tr("Save View"),
            tr("Name of the view (filter text, quick filters, sort and columns):"),
            QLineEdit::Normal, suggestion, &ok);
        return ok ? name.trimmed() : QString();
    };
    m_save = new QAction(tr("&Save Current View…"), this);
    m_save->setObjectName(u"saveView"_s);
    m_save->setStatusTip(tr("Remember the filters, sort and columns under a name"));
    connect(m_save, &QAction::triggered, this, &SavedViewsMenu::askAndSave);
    m_delete = new QMenu(tr("&Delete View"), this);
    m_delete->setObjectName(u"deleteViewMenu"_s);
    connect(this, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
    rebuild();
}

void SavedViewsMenu::rebuild()
{
    // Keep the save action (it may carry a shortcut) and the delete menu; rebuild the rest.
    const QList<QAction *> old = actions();
    for (QAction *action : old) {
        removeAction(action);
        if (action != m_save && action != m_delete->menuAction())
            action->deleteLater();
    }
    const QList<SavedView> views = UiSettings::savedViews();
    if (views.isEmpty()) {
        QAction *none = addAction(tr("No saved views yet"));
        none->setEnabled(false);
    }
    for (const SavedView &view : views) {
        QAction *action = addAction(view.name);
        action->setToolTip(tr("Apply the view \u201c%1\u201d").arg(view.name));
        connect(action, &QAction::triggered, this, [this, name = view.name] { applyView(name); });
    }
    addSeparator();
    addAction(m_save);
    m_delete->clear();
    addMenu(m_delete);
    m_delete->setEnabled(!views.isEmpty());
    for (const SavedView &view : views) {
        QAction *action = m_delete->addAction(view.name);
        connect(action, &QAction::triggered, this, [this, name = view.name] { deleteView(name); });
    }
}

void SavedViewsMenu::askAndSave()
{
    const QString name = m_askName ? m_askName(parentWidget(), m_lastApplied) : QString();
    if (!name.trimmed().isEmpty())
        saveCurrentView(name);
}

void SavedViewsMenu::saveCurrentView(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return;
    QList<SavedView> views = UiSettings::savedViews();
    const int existing = indexOfView(views, trimmed);
    // Saving under a name in use replaces that view; it keeps its spelling.
    const SavedView view = m_view->currentView(existing >= 0 ? views.at(existing).name : trimmed);
    if (existing >= 0)
        views[existing] = view;
    else
        views.append(view);
    UiSettings::setSavedViews(views);
    m_lastApplied = trimmed;
    emit viewSaved(trimmed);
}

bool SavedViewsMenu::applyView(const QString &name)
{
    const QList<SavedView> views = UiSettings::savedViews();
    const int index = indexOfView(views, name);
    if (index < 0)
        return false;
    m_view->applyView(views.at(index));
    m_lastApplied = views.at(index).name;
    emit viewApplied(m_lastApplied);
    return true;
}

void SavedViewsMenu::deleteView(const QString &name)
{
    QList<SavedView> views = UiSettings::savedViews();
    const int index = indexOfView(views, name);
    if (index < 0)
        return;
    views.removeAt(index);
    UiSettings::setSavedViews(views);
}

} // namespace charter
