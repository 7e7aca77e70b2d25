#include "RegistryView.h"

#include "RiskTierDelegate.h"
#include "dashboard/RegistryScopeChip.h"
#include "models/RegistryFilterModel.h"
#include "models/RegistryModel.h"
#include "registry/ColumnChooser.h"
#include "registry/QuickFilterBar.h"

#include <QAction>
#include <algorithm>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTableView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

RegistryView::RegistryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RegistryModel(this))
    , m_filter(new RegistryFilterModel(this))
{
    m_filter->setSourceModel(m_model);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"registryFilter"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setPlaceholderText(
        tr("Filter by name, reference, business unit, owner or vendor (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter systems"));
    m_filterEdit->installEventFilter(this);
    connect(m_filterEdit, &QLineEdit::textChanged, this, &RegistryView::applyTextFilter);

    // Escape in the filter field clears it.
    auto *clearFilter = new QAction(tr("Clear Filter Text"), m_filterEdit);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filterEdit, &QLineEdit::clear);
    m_filterEdit->addAction(clearFilter);

    m_viewsButton = new QPushButton(tr("Views"), this);
    m_viewsButton->setObjectName(u"viewsButton"_s);
    m_viewsButton->setToolTip(tr("Saved views: filters, sort and columns by name"));
    m_viewsButton->setAccessibleName(tr("Saved views"));
    m_viewsButton->setAutoDefault(false);
    m_viewsButton->setEnabled(false); // until the window gives it a menu

    m_quickBar = new QuickFilterBar(this);
    connect(m_quickBar, &QuickFilterBar::changed, this, &RegistryView::onQuickFiltersChanged);
    connect(m_quickBar, &QuickFilterBar::clearRequested, m_filterEdit, &QLineEdit::clear);
    connect(m_quickBar, &QuickFilterBar::clearRequested, this, &RegistryView::clearScope);

    m_scopeChip = new RegistryScopeChip(this);
    connect(m_scopeChip, &RegistryScopeChip::removeRequested, this, &RegistryView::clearScope);
    connect(m_filter, &RegistryFilterModel::filterChanged, this, [this] {
        const RegistryFilter &filter = m_filter->filter();
        m_scopeChip->setScope(filter.scopeLabel, int(filter.systemIds.size()));
    });

    m_table = new QTableView(this);
    m_table->setObjectName(u"registryTable"_s);
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(RegistryModel::TierColumn, new RiskTierDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RegistryModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setAccessibleName(tr("AI systems"));
    applyDefaultColumnWidths();
    m_defaultHeaderState = m_table->horizontalHeader()->saveState();

    m_columns = new ColumnChooser(m_table->horizontalHeader(), RegistryModel::NameColumn, this);
    connect(m_columns, &ColumnChooser::resetRequested, this, &RegistryView::resetColumns);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistryView::updateSelectedSystem);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RegistryView::emitCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RegistryView::emitCounts);
    // A filter can hide the selected row: the selection then is empty.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RegistryView::updateSelectedSystem);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_viewsButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_quickBar);
    layout->addWidget(m_scopeChip, 0, Qt::AlignLeft);
    layout->addWidget(m_table, 1);

    setTabOrder(m_filterEdit, m_viewsButton);
}

void RegistryView::applyDefaultColumnWidths()
{
    const QFontMetrics metrics = fontMetrics();
    const auto chars = [&metrics](int count) {
        return metrics.horizontalAdvance(QLatin1Char('n')) * count + 16;
    };
    QHeaderView *header = m_table->horizontalHeader();
    // Never narrower than the (translated) title plus the sort arrow: "Nächste Prüfung".
    const auto fit = [&](int column, int count) {
        const QAbstractItemModel *model = m_table->model();
        const QString title = model ? model->headerData(column, Qt::Horizontal).toString() : QString();
        header->resizeSection(column, std::max(chars(count), metrics.horizontalAdvance(title) + 22));
    };
    fit(RegistryModel::NameColumn, 27);
    fit(RegistryModel::TierColumn, 9);
    fit(RegistryModel::ScoreColumn, 5);
    fit(RegistryModel::OwnerColumn, 15);
    fit(RegistryModel::CompletenessColumn, 8);
    fit(RegistryModel::NextReviewColumn, 10);
    fit(RegistryModel::VendorColumn, 14);
    fit(RegistryModel::LifecycleColumn, 12);
    fit(RegistryModel::BusinessUnitColumn, 15);
    fit(RegistryModel::ReferenceColumn, 9);
}

void RegistryView::setViewsMenu(QMenu *menu)
{
    m_viewsButton->setMenu(menu);
    m_viewsButton->setEnabled(menu != nullptr);
}

void RegistryView::setRows(QList<RegistryRow> rows)
{
    const qint64 selected = m_selectedId;
    const qint64 top = topSystemId();
    const int horizontal = m_table->horizontalScrollBar()->value();

    m_restoring = true;
    m_model->setRows(std::move(rows));
    bool reselected = selected != 0 && selectSystem(selected);
    // The row that was at the top goes back to the top, so the table does not jump
    // (laid out first, so the scroll range fits the new rows).
    m_table->doItemsLayout();
    if (top != 0) {
        const int sourceRow = m_model->rowOfSystem(top);
        const QModelIndex index = sourceRow < 0 ? QModelIndex()
                                                : m_filter->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid())
            m_table->scrollTo(index, QAbstractItemView::PositionAtTop);
    }
    m_table->horizontalScrollBar()->setValue(horizontal);
    m_restoring = false;
    if (!reselected)
        updateSelectedSystem();
}

bool RegistryView::selectSystem(qint64 id)
{
    const int sourceRow = m_model->rowOfSystem(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!m_restoring)
        m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    if (m_restoring && m_selectedId != id) {
        // Signals were held back; the selection is what it was, under a new row.
        m_selectedId = id;
    }
    return true;
}

bool RegistryView::selectNext(int delta)
{
    const int count = m_filter->rowCount();
    if (count == 0 || delta == 0)
        return false;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    int row = 0;
    if (rows.isEmpty())
        row = delta > 0 ? 0 : count - 1;
    else
        row = rows.constFirst().row() + delta;
    if (row < 0 || row >= count)
        return false;
    const QModelIndex index = m_filter->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index, QAbstractItemView::EnsureVisible);
    return true;
}

qint64 RegistryView::topSystemId() const
{
    const QModelIndex index = m_table->indexAt(QPoint(1, 1));
    return index.isValid() ? index.data(RegistryModel::SystemIdRole).toLongLong() : 0;
}

int RegistryView::shownCount() const
{
    return m_filter->rowCount();
}

int RegistryView::totalCount() const
{
    return m_model->rowCount();
}

RegistryFilter RegistryView::filter() const
{
    return m_filter->filter();
}

void RegistryView::setFilter(const RegistryFilter &filter)
{
    m_quickBar->setQuickFilters(filter);
    {
        const QSignalBlocker blocker(m_filterEdit);
        m_filterEdit->setText(filter.text);
    }
    m_filter->setFilter(filter);
    emit filterChanged(m_filter->filter());
}

void RegistryView::setScope(const QSet<qint64> &ids, const QString &label)
{
    m_filter->setScope(ids, label);
    emit filterChanged(m_filter->filter());
}

void RegistryView::clearFilters()
{
    setFilter(RegistryFilter());
}

void RegistryView::applyTextFilter()
{
    m_filter->setFilterText(m_filterEdit->text());
    emit filterChanged(m_filter->filter());
}

void RegistryView::onQuickFiltersChanged(const RegistryFilter &quick)
{
    m_filter->setQuickFilters(quick);
    emit filterChanged(m_filter->filter());
}

SavedView RegistryView::currentView(const QString &name) const
{
    SavedView view;
    view.name = name.trimmed();
    view.filter = m_filter->filter();
    view.sortColumn = m_filter->sortColumn();
    view.sortOrder = m_filter->sortOrder();
    view.headerState = saveHeaderState();
    return view;
}

void RegistryView::applyView(const SavedView &view)
{
    if (!view.headerState.isEmpty())
        restoreHeaderState(view.headerState);
    if (view.sortColumn >= 0 && view.sortColumn < RegistryModel::ColumnCount)
        m_table->sortByColumn(view.sortColumn, view.sortOrder);
    setFilter(view.filter);
}

void RegistryView::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

QByteArray RegistryView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void RegistryView::restoreHeaderState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QHeaderView *header = m_table->horizontalHeader();
    if (!header->restoreState(state))
        return;
    // A state from an older column set, or with the name hidden, is repaired.
    header->setSectionHidden(RegistryModel::NameColumn, false);
    m_filter->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

void RegistryView::resetColumns()
{
    m_table->horizontalHeader()->restoreState(m_defaultHeaderState);
    m_table->sortByColumn(RegistryModel::NameColumn, Qt::AscendingOrder);
}

bool RegistryView::eventFilter(QObject *watched, QEvent *event)
{
    // Down in the filter field goes to the table, onto the first row when none is chosen.
    if (watched == m_filterEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown)
            && key->modifiers() == Qt::NoModifier && m_filter->rowCount() > 0) {
            if (m_selectedId == 0)
                selectNext(1);
            m_table->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RegistryView::updateSelectedSystem()
{
    if (m_restoring)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const qint64 id = rows.isEmpty() ? 0 : rows.first().data(RegistryModel::SystemIdRole).toLongLong();
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    emit currentSystemChanged(id);
}

void RegistryView::emitCounts()
{
    emit countsChanged(shownCount(), totalCount());
}

} // namespace charter
