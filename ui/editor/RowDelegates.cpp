#include "RowDelegates.h"

#include "EditorForms.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSpinBox>

namespace charter {

ChoiceDelegate::ChoiceDelegate(Choices choices, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(std::move(choices))
{
}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    Q_UNUSED(option);
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    for (const auto &choice : m_choices)
        combo->addItem(choice.first, choice.second);
    // Picking is the edit: commit at once and close the cell.
    auto *self = const_cast<ChoiceDelegate *>(this); // the signals are not const
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

PersonDelegate::PersonDelegate(QAbstractItemModel *choices, int idRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_choices(choices)
    , m_idRole(idRole)
{
}

QWidget *PersonDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    Q_UNUSED(option);
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setModel(m_choices);
    auto *completer = new QCompleter(m_choices, combo);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    combo->setCompleter(completer);
    combo->lineEdit()->setPlaceholderText(tr("Type to search"));
    auto *self = const_cast<PersonDelegate *>(this); // the signals are not const
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void PersonDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int row = combo->findData(index.data(Qt::EditRole).toLongLong(), m_idRole);
    combo->setCurrentIndex(row);
}

void PersonDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    // Text typed that names nobody exactly keeps the person as it was.
    const int typed = combo->findText(combo->currentText(), Qt::MatchFixedString);
    const int row = typed >= 0 ? typed : combo->currentIndex();
    if (row >= 0)
        model->setData(index, combo->itemData(row, m_idRole), Qt::EditRole);
}

CountDelegate::CountDelegate(int maximum, QString suffix, QString accessibleName, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_maximum(maximum)
    , m_suffix(std::move(suffix))
    , m_accessibleName(std::move(accessibleName))
{
}

QWidget *CountDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    Q_UNUSED(option);
    Q_UNUSED(index);
    QSpinBox *spin = EditorForms::countSpin(parent, m_accessibleName, m_maximum, m_suffix);
    spin->setFrame(false);
    return spin;
}

void CountDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QSpinBox *>(editor)->setValue(index.data(Qt::EditRole).toInt());
}

void CountDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *spin = static_cast<QSpinBox *>(editor);
    spin->interpretText();
    model->setData(index, spin->value(), Qt::EditRole);
}

} // namespace charter
