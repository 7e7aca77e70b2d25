#pragma once

#include "domain/RegistryFilter.h"

#include <QList>
#include <QWidget>

class QAction;
class QMenu;
class QPushButton;

namespace charter {

// The quick filters above the registry table: risk tier and lifecycle (menus of
// checkable values), "Has gaps", "Review overdue" and "No accountable owner" (toggles),
// and "Clear". Every filter is a QAction, so the window can put them in its View menu
// with shortcuts; the buttons here show the same actions. Emits changed() once per
// user change with the quick filters (the text part is left empty).
class QuickFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit QuickFilterBar(QWidget *parent = nullptr);

    RegistryFilter quickFilters() const;
    // Shows FILTER's quick filters (its text is ignored) without emitting changed().
    void setQuickFilters(const RegistryFilter &filter);

    QAction *gapsAction() const { return m_gaps; }
    QAction *overdueAction() const { return m_overdue; }
    QAction *noOwnerAction() const { return m_noOwner; }
    QAction *highRiskAction() const { return m_highRisk; } // tiers High and Critical
    QAction *clearAction() const { return m_clear; }
    QMenu *tierMenu() const { return m_tierMenu; }
    QMenu *lifecycleMenu() const { return m_lifecycleMenu; }
    QList<QAction *> tierActions() const { return m_tierActions; }
    QList<QAction *> lifecycleActions() const { return m_lifecycleActions; }

signals:
    void changed(const RegistryFilter &quickFilters);
    // "Clear" was chosen: the owner clears the text filter too.
    void clearRequested();

private:
    QAction *addToggle(const QString &text, const QString &toolTip, const QString &objectName);
    QPushButton *addToggleButton(QAction *action);
    void userChanged();
    void updateButtons();

    QAction *m_gaps = nullptr;
    QAction *m_overdue = nullptr;
    QAction *m_noOwner = nullptr;
    QAction *m_highRisk = nullptr;
    QAction *m_clear = nullptr;
    QMenu *m_tierMenu = nullptr;
    QMenu *m_lifecycleMenu = nullptr;
    QList<QAction *> m_tierActions;      // by RiskTier value
    QList<QAction *> m_lifecycleActions; // by Lifecycle value
    QPushButton *m_tierButton = nullptr;
    QPushButton *m_lifecycleButton = nullptr;
    QPushButton *m_clearButton = nullptr;
    bool m_updating = false;
};

} // namespace charter
