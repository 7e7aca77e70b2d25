#include "RowTableEditor.h"

#include "models/RowListModel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace charter {

namespace {

QToolButton *makeButton(QWidget *parent, QAction *action)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    return button;
}

} // namespace

RowTableEditor::RowTableEditor(QAbstractItemModel *model, RowListOperations *operations,
                               const QString &accessibleName, const QString &emptyText,
                               QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_operations(operations)
    , m_table(new QTableView(this))
    , m_empty(new QLabel(emptyText, m_table->viewport()))
{
    m_table->setModel(model);
    m_table->setAccessibleName(accessibleName);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setMinimumHeight(fontMetrics().height() * 10);

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *add = new QAction(tr("&Add"), m_table);
    add->setShortcut(QKeySequence(Qt::Key_Insert));
    add->setToolTip(tr("Add a row below the selected one (Insert)"));
    auto *remove = new QAction(tr("&Remove"), m_table);
    remove->setShortcut(QKeySequence(QKeySequence::Delete));
    remove->setToolTip(tr("Remove the selected row (Delete)"));
    auto *up = new QAction(tr("Move &Up"), m_table);
    up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    up->setToolTip(tr("Move the selected row up (Alt+Up)"));
    auto *down = new QAction(tr("Move &Down"), m_table);
    down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    down->setToolTip(tr("Move the selected row down (Alt+Down)"));
    for (QAction *action : {add, remove, up, down}) {
        // On the table itself: keys typed into an open cell stay the cell's.
        action->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(action);
    }
    connect(add, &QAction::triggered, this, &RowTableEditor::addRow);
    connect(remove, &QAction::triggered, this, &RowTableEditor::removeCurrentRow);
    connect(up, &QAction::triggered, this, [this] { moveCurrentRow(-1); });
    connect(down, &QAction::triggered, this, [this] { moveCurrentRow(1); });

    m_add = makeButton(this, add);
    m_remove = makeButton(this, remove);
    m_up = makeButton(this, up);
    m_down = makeButton(this, down);

    auto *buttons = new QVBoxLayout;
    buttons->setSpacing(4);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addSpacing(8);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RowTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RowTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RowTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::rowsMoved, this, &RowTableEditor::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        // Another record: start on its first row, so the row's details show at once.
        if (m_model->rowCount() > 0)
            selectRow(0);
        updateButtons();
    });
    m_table->viewport()->installEventFilter(this);
    updateButtons();
}

bool RowTableEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_empty->resize(m_table->viewport()->size());
    return QWidget::eventFilter(watched, event);
}

int RowTableEditor::currentRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void RowTableEditor::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const int column = std::max(0, m_table->currentIndex().column());
    m_table->selectionModel()->setCurrentIndex(m_model->index(row, column),
                                               QItemSelectionModel::ClearAndSelect
                                                   | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, column));
}

void RowTableEditor::addRow()
{
    const int current = currentRow();
    const int row = m_operations->addRowAt(current < 0 ? m_model->rowCount() : current + 1);
    const QModelIndex index = m_model->index(row, m_firstEditColumn);
    m_table->setFocus(Qt::OtherFocusReason);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_table->edit(index);
}

void RowTableEditor::removeCurrentRow()
{
    const int row = currentRow();
    if (row < 0)
        return;
    m_operations->removeRowAt(row);
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void RowTableEditor::moveCurrentRow(int delta)
{
    const int row = currentRow();
    if (row < 0 || !m_operations->moveRowTo(row, row + delta))
        return;
    selectRow(row + delta);
}

void RowTableEditor::updateButtons()
{
    const int row = currentRow();
    const int count = m_model->rowCount();
    m_remove->defaultAction()->setEnabled(row >= 0);
    m_up->defaultAction()->setEnabled(row > 0);
    m_down->defaultAction()->setEnabled(row >= 0 && row < count - 1);
    m_empty->setVisible(count == 0);
    m_empty->resize(m_table->viewport()->size());
}

} // namespace charter
