#include "BoundariesSection.h"

#include "RowDelegates.h"
#include "RowTableEditor.h"
#include "SystemDraft.h"
#include "models/BoundaryTableModel.h"

#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace charter {

BoundariesSection::BoundariesSection(SystemDraft *draft, QWidget *parent)
    : EditorSection(tr("Decision boundaries"),
                    tr("Each decision the system touches and how far it may influence it. "
                       "No rows at all means the boundaries are not documented, a gap."),
                    parent)
    , m_model(draft->boundaries())
{
    m_table = new RowTableEditor(m_model, m_model, tr("Decision boundaries"),
                                 tr("No decision boundaries documented yet.\nAdd one per decision "
                                    "the system influences."),
                                 this);
    ChoiceDelegate::Choices levels;
    for (const auto &entry : enumEntries<InfluenceLevel>())
        levels.append({enumLabel(entry.value), int(entry.value)});
    QTableView *view = m_table->tableView();
    view->setItemDelegateForColumn(BoundaryTableModel::InfluenceColumn, new ChoiceDelegate(levels, view));
    // The longer answers are edited below the table, in full.
    view->setColumnHidden(BoundaryTableModel::FailureColumn, true);
    view->setColumnHidden(BoundaryTableModel::UncertaintyColumn, true);
    const QFontMetrics metrics = view->fontMetrics();
    const auto chars = [&metrics](int count) { return metrics.horizontalAdvance(u'n') * count + 16; };
    QHeaderView *header = view->horizontalHeader();
    header->resizeSection(BoundaryTableModel::DecisionColumn, chars(26));
    header->resizeSection(BoundaryTableModel::InfluenceColumn, chars(14));
    // Room for about eight decisions; the details of the selected one stay in view.
    const int rowHeight = view->verticalHeader()->defaultSectionSize();
    view->setMinimumHeight(rowHeight * 5);
    view->setMaximumHeight(rowHeight * 9 + view->horizontalHeader()->sizeHint().height());

    m_detailTitle = EditorForms::hint(QString(), this);
    m_intervention = EditorForms::textArea(this, tr("Human steps in when"), 2);
    m_failure = EditorForms::textArea(this, tr("Failure handling"), 2);
    m_uncertainty = EditorForms::textArea(this, tr("Uncertainty reported"), 2);
    QFormLayout *details = EditorForms::form();
    details->addRow(tr("Human steps in when:"), m_intervention);
    details->addRow(tr("Failure handling:"), m_failure);
    details->addRow(tr("Uncertainty reported:"), m_uncertainty);

    const std::pair<QPlainTextEdit *, int> edits[] = {
        {m_intervention, BoundaryTableModel::InterventionColumn},
        {m_failure, BoundaryTableModel::FailureColumn},
        {m_uncertainty, BoundaryTableModel::UncertaintyColumn}};
    for (const auto &[edit, column] : edits) {
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [this, column] { detailEdited(column); });
    }

    body()->addWidget(m_table);
    body()->addSpacing(4);
    body()->addWidget(m_detailTitle);
    body()->addLayout(details);
    body()->addStretch(1);

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BoundariesSection::showCurrentRow);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BoundariesSection::showCurrentRow);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BoundariesSection::showCurrentRow);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BoundariesSection::showCurrentRow);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &BoundariesSection::showCurrentRow);
    showCurrentRow();
}

QPlainTextEdit *BoundariesSection::detailEdit(int column) const
{
    switch (column) {
    case BoundaryTableModel::InterventionColumn:
        return m_intervention;
    case BoundaryTableModel::FailureColumn:
        return m_failure;
    case BoundaryTableModel::UncertaintyColumn:
        return m_uncertainty;
    }
    return nullptr;
}

void BoundariesSection::showCurrentRow()
{
    const QModelIndex current = m_table->tableView()->currentIndex();
    m_current = current.isValid() ? current.siblingAtColumn(0) : QModelIndex();
    const bool any = m_current.isValid();
    const QString decision = any ? m_current.data(Qt::EditRole).toString().trimmed() : QString();
    m_detailTitle->setText(!any ? tr("Select a decision to see and edit its details.")
                                : (decision.isEmpty() ? tr("Details of decision %1").arg(m_current.row() + 1)
                                                      : tr("Details of \u201c%1\u201d").arg(decision)));
    for (int column : {int(BoundaryTableModel::InterventionColumn), int(BoundaryTableModel::FailureColumn),
                       int(BoundaryTableModel::UncertaintyColumn)}) {
        QPlainTextEdit *edit = detailEdit(column);
        edit->setEnabled(any);
        const QString text = any ? m_model->index(m_current.row(), column).data(Qt::EditRole).toString() : QString();
        if (edit->toPlainText() != text) {
            const QSignalBlocker blocker(edit);
            edit->setPlainText(text);
        }
    }
}

void BoundariesSection::detailEdited(int column)
{
    if (!m_current.isValid())
        return;
    m_model->editCell(m_model->index(m_current.row(), column), detailEdit(column)->toPlainText(), true);
}

bool BoundariesSection::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        m_model->endTyping();
    return EditorSection::eventFilter(watched, event);
}

} // namespace charter
