#include "RegistryView.h"

#include "RiskTierDelegate.h"
#include "models/RegistryFilterModel.h"
#include "models/RegistryModel.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
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
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &RegistryFilterModel::setFilterText);

    // Escape in the filter field clears it.
    auto *clearFilter = new QAction(m_filterEdit);
    clearFilter->setShortcut(QKeySequence(Qt::Key_Escape));
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filterEdit, &QLineEdit::clear);
    m_filterEdit->addAction(clearFilter);

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

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistryView::updateSelectedSystem);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RegistryView::emitCounts);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RegistryView::emitCounts);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RegistryView::emitCounts);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RegistryView::emitCounts);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_table, 1);
}

void RegistryView::applyDefaultColumnWidths()
{
    const QFontMetrics metrics = fontMetrics();
    const auto chars = [&metrics](int count) {
        return metrics.horizontalAdvance(QLatin1Char('n')) * count + 16;
    };
    QHeaderView *header = m_table->horizontalHeader();
    header->resizeSection(RegistryModel::NameColumn, chars(27));
    header->resizeSection(RegistryModel::TierColumn, chars(9));
    header->resizeSection(RegistryModel::ScoreColumn, chars(5));
    header->resizeSection(RegistryModel::OwnerColumn, chars(15));
    header->resizeSection(RegistryModel::CompletenessColumn, chars(8));
    header->resizeSection(RegistryModel::NextReviewColumn, chars(10));
    header->resizeSection(RegistryModel::VendorColumn, chars(14));
    header->resizeSection(RegistryModel::LifecycleColumn, chars(12));
    header->resizeSection(RegistryModel::BusinessUnitColumn, chars(15));
    header->resizeSection(RegistryModel::ReferenceColumn, chars(9));
}

void RegistryView::setRows(QList<RegistryRow> rows)
{
    const qint64 selected = m_selectedId;
    m_model->setRows(std::move(rows));
    if (selected != 0 && !selectSystem(selected))
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
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

int RegistryView::shownCount() const
{
    return m_filter->rowCount();
}

int RegistryView::totalCount() const
{
    return m_model->rowCount();
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
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
}

void RegistryView::updateSelectedSystem()
{
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
