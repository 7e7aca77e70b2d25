#include "DirectoryPicker.h"

#include "theme/Colours.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QConcatenateTablesProxyModel>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QToolButton>

namespace charter {

DirectoryPicker::DirectoryPicker(QAbstractItemModel *directory, int idRole,
                                 const QList<FixedChoice> &fixed, const QString &newText,
                                 QWidget *parent)
    : QWidget(parent)
    , m_fixed(new QStandardItemModel(this))
    , m_combo(new QComboBox(this))
    , m_new(new QToolButton(this))
    , m_idRole(idRole)
{
    for (const FixedChoice &choice : fixed) {
        auto *item = new QStandardItem(choice.text);
        item->setData(choice.id, idRole);
        if (choice.isGap)
            item->setData(warningColour(QApplication::palette()), Qt::ForegroundRole);
        if (!choice.toolTip.isEmpty())
            item->setToolTip(choice.toolTip);
        m_fixed->appendRow(item);
    }
    auto *concatenated = new QConcatenateTablesProxyModel(this);
    concatenated->addSourceModel(m_fixed);
    concatenated->addSourceModel(directory);
    m_choices = concatenated;

    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setModel(m_choices);
    m_combo->setModelColumn(0);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_combo->setMaxVisibleItems(16);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *completer = new QCompleter(m_choices, m_combo);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionColumn(0);
    m_combo->setCompleter(completer);
    m_combo->lineEdit()->setPlaceholderText(tr("Type to search"));

    m_new->setText(newText);
    m_new->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_new);
    setFocusProxy(m_combo);

    // User choices: the list (mouse, keys, Enter on a name) and the completion popup.
    connect(m_combo, &QComboBox::activated, this, &DirectoryPicker::chooseRow);
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this, completer](const QModelIndex &index) {
                const auto *proxy = qobject_cast<const QAbstractProxyModel *>(completer->completionModel());
                const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
                if (source.isValid())
                    chooseRow(source.row());
            });
    // Text matching nobody does not stay in the field: it is remembered for "New…".
    connect(m_combo->lineEdit(), &QLineEdit::editingFinished, this, &DirectoryPicker::restoreText);
    connect(m_new, &QToolButton::clicked, this, [this] {
        const QString typed = m_combo->currentText() != m_combo->itemText(m_combo->currentIndex())
            ? m_combo->currentText().trimmed()
            : m_unmatched;
        emit newRequested(typed);
    });

    // The directory changed (reloaded, entry added or renamed): show the same id again.
    connect(m_choices, &QAbstractItemModel::modelReset, this, &DirectoryPicker::resync);
    connect(m_choices, &QAbstractItemModel::rowsInserted, this, &DirectoryPicker::resync);
    connect(m_choices, &QAbstractItemModel::rowsRemoved, this, &DirectoryPicker::resync);
    connect(m_choices, &QAbstractItemModel::rowsMoved, this, &DirectoryPicker::resync);
    connect(m_choices, &QAbstractItemModel::layoutChanged, this, &DirectoryPicker::resync);
    connect(m_choices, &QAbstractItemModel::dataChanged, this, &DirectoryPicker::resync);
    resync();
}

void DirectoryPicker::setCurrentId(qint64 id)
{
    m_id = id;
    resync();
}

void DirectoryPicker::setAccessibleNames(const QString &comboName, const QString &newButtonName)
{
    m_combo->setAccessibleName(comboName);
    m_combo->lineEdit()->setAccessibleName(comboName);
    m_new->setAccessibleName(newButtonName);
    m_new->setToolTip(newButtonName);
}

void DirectoryPicker::chooseRow(int row)
{
    if (row < 0 || row >= m_choices->rowCount())
        return;
    const qint64 id = m_choices->index(row, 0).data(m_idRole).toLongLong();
    m_unmatched.clear();
    if (m_combo->currentIndex() != row) {
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(row);
    }
    updateTextColour();
    if (id == m_id)
        return;
    m_id = id;
    emit idChosen(id);
}

void DirectoryPicker::resync()
{
    int row = m_combo->findData(m_id, m_idRole);
    if (row < 0)
        row = m_combo->findData(qint64(0), m_idRole);
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(row);
    if (row >= 0 && m_combo->lineEdit())
        m_combo->setEditText(m_combo->itemText(row));
    updateTextColour();
}

void DirectoryPicker::updateTextColour()
{
    // A gap ("Unknown — nobody named") reads as one in the field too; anything else
    // takes the palette's own text colour (including the disabled one).
    const QVariant colour = m_combo->itemData(m_combo->currentIndex(), Qt::ForegroundRole);
    if (!colour.isValid()) {
        m_combo->lineEdit()->setPalette(QPalette());
        return;
    }
    QPalette palette; // only the roles set here override the inherited palette
    palette.setColor(QPalette::Active, QPalette::Text, colour.value<QColor>());
    palette.setColor(QPalette::Inactive, QPalette::Text, colour.value<QColor>());
    m_combo->lineEdit()->setPalette(palette);
}

void DirectoryPicker::restoreText()
{
    const int row = m_combo->currentIndex();
    const QString shown = row >= 0 ? m_combo->itemText(row) : QString();
    const QString typed = m_combo->currentText().trimmed();
    if (typed == shown)
        return;
    // An exact name chooses that entry; anything else is kept aside for "New…".
    const int match = m_combo->findText(typed, Qt::MatchFixedString);
    if (!typed.isEmpty() && match >= 0) {
        chooseRow(match);
        return;
    }
    m_unmatched = typed;
    const QSignalBlocker blocker(m_combo);
    m_combo->setEditText(shown);
}

} // namespace charter
