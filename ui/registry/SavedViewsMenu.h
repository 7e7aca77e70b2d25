#pragma once

#include <QMenu>

#include <functional>

namespace charter {

class RegistryView;

// The "Views" menu of the registry: one entry per saved view (choosing it applies it),
// "Save Current View…" and "Delete View". Views live in UiSettings::savedViews(); the
// menu reads them each time it opens, so two windows stay in step.
class SavedViewsMenu : public QMenu
{
    Q_OBJECT

public:
    SavedViewsMenu(RegistryView *view, QWidget *parent = nullptr);

    // Asks for the name of a view to save (empty: cancelled). Replaceable so tests never
    // meet a modal dialog.
    using NameAsker = std::function<QString(QWidget *parent, const QString &suggestion)>;
    void setNameAsker(NameAsker asker) { m_askName = std::move(asker); }

    // Saves the registry's current view as NAME, replacing a view of that name.
    void saveCurrentView(const QString &name);
    // Applies the view NAME; false when there is none.
    bool applyView(const QString &name);
    void deleteView(const QString &name);

    QAction *saveAction() const { return m_save; }

signals:
    void viewApplied(const QString &name);
    void viewSaved(const QString &name);

private:
    void rebuild();
    void askAndSave();

    RegistryView *m_view;
    NameAsker m_askName;
    QAction *m_save = nullptr;
    QMenu *m_delete = nullptr;
    QString m_lastApplied;
};

} // namespace charter
