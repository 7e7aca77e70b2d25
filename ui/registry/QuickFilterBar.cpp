#include "QuickFilterBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QPushButton *makeButton(QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setAutoDefault(false);
    return button;
}

// "Risk tier: High, Critical" or "Risk tier" when nothing is chosen.
QString summary(const QString &title, const QList<QAction *> &actions)
{
    QStringList chosen;
    for (const QAction *action : actions) {
        if (action->isChecked())
            chosen << action->text().remove(u'&');
    }
    if (chosen.isEmpty())
        return title;
    return QuickFilterBar::tr("%1: %2").arg(title, chosen.join(u", "_s));
}

} // namespace

QuickFilterBar::QuickFilterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"quickFilterBar"_s);

    // Risk tier, most severe first.
    m_tierMenu = new QMenu(tr("Risk Tier"), this);
    m_tierMenu->setObjectName(u"tierMenu"_s);
    for (const auto &entry : enumEntries<RiskTier>()) {
        auto *action = new QAction(enumLabel(entry.value), this);
        action->setCheckable(true);
        action->setObjectName(u"tier_"_s + QString::fromLatin1(entry.key));
        connect(action, &QAction::toggled, this, &QuickFilterBar::userChanged);
        m_tierActions.append(action);
    }
    for (qsizetype i = m_tierActions.size() - 1; i >= 0; --i)
        m_tierMenu->addAction(m_tierActions.at(i));

    m_lifecycleMenu = new QMenu(tr("Lifecycle"), this);
    m_lifecycleMenu->setObjectName(u"lifecycleMenu"_s);
    for (const auto &entry : enumEntries<Lifecycle>()) {
        auto *action = new QAction(enumLabel(entry.value), this);
        action->setCheckable(true);
        action->setObjectName(u"lifecycle_"_s + QString::fromLatin1(entry.key));
        connect(action, &QAction::toggled, this, &QuickFilterBar::userChanged);
        m_lifecycleActions.append(action);
    }
    // Unknown last: the stages in their natural order come first.
    for (qsizetype i = 1; i < m_lifecycleActions.size(); ++i)
        m_lifecycleMenu->addAction(m_lifecycleActions.at(i));
    m_lifecycleMenu->addSeparator();
    m_lifecycleMenu->addAction(m_lifecycleActions.constFirst());

    m_highRisk = new QAction(tr("&High Risk and Above"), this);
    m_highRisk->setObjectName(u"quickHighRisk"_s);
    m_highRisk->setCheckable(true);
    m_highRisk->setToolTip(tr("Show only systems of risk tier High or Critical"));
    connect(m_highRisk, &QAction::triggered, this, [this](bool on) {
        m_updating = true;
        for (const auto &entry : enumEntries<RiskTier>()) {
            m_tierActions.at(int(entry.value))
                ->setChecked(on && (entry.value == RiskTier::High || entry.value == RiskTier::Critical));
        }
        m_updating = false;
        userChanged();
    });
    m_tierMenu->insertAction(m_tierMenu->actions().constFirst(), m_highRisk);
    m_tierMenu->insertSeparator(m_tierMenu->actions().at(1));

    m_gaps = addToggle(tr("Has &Gaps"),
                       tr("Show only systems with at least one question answered \u201cunknown\u201d"),
                       u"quickGaps"_s);
    m_overdue = addToggle(tr("Review &Overdue"),
                          tr("Show only systems whose next review date has passed"),
                          u"quickOverdue"_s);
    m_noOwner = addToggle(tr("&No Accountable Owner"),
                          tr("Show only systems with nobody named accountable owner"),
                          u"quickNoOwner"_s);

    m_clear = new QAction(tr("&Clear Filters"), this);
    m_clear->setObjectName(u"quickClear"_s);
    m_clear->setToolTip(tr("Show every system: clear the text and the quick filters"));
    connect(m_clear, &QAction::triggered, this, [this] {
        const bool had = quickFilters().hasQuickFilters();
        setQuickFilters(RegistryFilter());
        if (had)
            emit changed(RegistryFilter());
        emit clearRequested();
    });

    // The buttons.
    auto *label = new QLabel(tr("Show only:"), this);
    m_tierButton = makeButton(this);
    m_tierButton->setObjectName(u"tierButton"_s);
    m_tierButton->setMenu(m_tierMenu);
    m_tierButton->setAccessibleName(tr("Risk tier filter"));
    m_lifecycleButton = makeButton(this);
    m_lifecycleButton->setObjectName(u"lifecycleButton"_s);
    m_lifecycleButton->setMenu(m_lifecycleMenu);
    m_lifecycleButton->setAccessibleName(tr("Lifecycle filter"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(label);
    layout->addWidget(m_tierButton);
    layout->addWidget(m_lifecycleButton);
    for (QAction *action : {m_gaps, m_overdue, m_noOwner})
        layout->addWidget(addToggleButton(action));
    layout->addStretch(1);
    m_clearButton = makeButton(this);
    m_clearButton->setObjectName(u"clearFiltersButton"_s);
    m_clearButton->setText(m_clear->text());
    m_clearButton->setToolTip(m_clear->toolTip());
    m_clearButton->setFlat(true);
    connect(m_clearButton, &QPushButton::clicked, m_clear, &QAction::trigger);
    layout->addWidget(m_clearButton);

    updateButtons();
}

QAction *QuickFilterBar::addToggle(const QString &text, const QString &toolTip,
                                   const QString &objectName)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setCheckable(true);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    connect(action, &QAction::toggled, this, &QuickFilterBar::userChanged);
    return action;
}

QPushButton *QuickFilterBar::addToggleButton(QAction *action)
{
    // A push button that mirrors its action, so menu, shortcut and button agree.
    QPushButton *button = makeButton(this);
    button->setObjectName(action->objectName() + u"Button"_s);
    button->setText(action->text());
    button->setToolTip(action->toolTip());
    button->setAccessibleName(action->text().remove(u'&'));
    button->setCheckable(true);
    connect(button, &QPushButton::toggled, action, &QAction::setChecked);
    connect(action, &QAction::toggled, button, &QPushButton::setChecked);
    return button;
}

RegistryFilter QuickFilterBar::quickFilters() const
{
    RegistryFilter filter;
    for (int i = 0; i < m_tierActions.size(); ++i) {
        if (m_tierActions.at(i)->isChecked())
            filter.tiers |= 1u << unsigned(i);
    }
    for (int i = 0; i < m_lifecycleActions.size(); ++i) {
        if (m_lifecycleActions.at(i)->isChecked())
            filter.lifecycles |= 1u << unsigned(i);
    }
    filter.hasGaps = m_gaps->isChecked();
    filter.reviewOverdue = m_overdue->isChecked();
    filter.noAccountableOwner = m_noOwner->isChecked();
    return filter;
}

void QuickFilterBar::setQuickFilters(const RegistryFilter &filter)
{
    m_updating = true;
    for (int i = 0; i < m_tierActions.size(); ++i)
        m_tierActions.at(i)->setChecked(filter.tiers & (1u << unsigned(i)));
    for (int i = 0; i < m_lifecycleActions.size(); ++i)
        m_lifecycleActions.at(i)->setChecked(filter.lifecycles & (1u << unsigned(i)));
    m_gaps->setChecked(filter.hasGaps);
    m_overdue->setChecked(filter.reviewOverdue);
    m_noOwner->setChecked(filter.noAccountableOwner);
    m_updating = false;
    updateButtons();
}

void QuickFilterBar::userChanged()
{
    if (m_updating)
        return;
    updateButtons();
    emit changed(quickFilters());
}

void QuickFilterBar::updateButtons()
{
    const RegistryFilter filter = quickFilters();
    // An en space keeps the text clear of the menu arrow Fusion draws at the right.
    m_tierButton->setText(summary(tr("Risk tier"), m_tierActions) + u'\u2002');
    m_tierButton->setToolTip(tr("Show only systems of the checked risk tiers"));
    m_lifecycleButton->setText(summary(tr("Lifecycle"), m_lifecycleActions) + u'\u2002');
    m_lifecycleButton->setToolTip(tr("Show only systems in the checked lifecycle stages"));
    // A menu button in use says so by its text, in bold like a pressed toggle reads.
    for (QPushButton *button : {m_tierButton, m_lifecycleButton}) {
        QFont font = button->font();
        font.setBold(button == m_tierButton ? filter.tiers != 0 : filter.lifecycles != 0);
        button->setFont(font);
    }
    m_highRisk->setChecked(filter.tiers
                           == (RegistryFilter::bit(RiskTier::High) | RegistryFilter::bit(RiskTier::Critical)));
}

} // namespace charter
