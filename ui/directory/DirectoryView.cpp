#include "DirectoryView.h"

#include "EntryEditor.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

DirectoryView::DirectoryView(QAbstractItemModel *source, int idRole, const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_idRole(idRole)
    , m_objectPrefix(texts.objectPrefix)
{
    setObjectName(m_objectPrefix + u"Directory"_s);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(m_objectPrefix + u"Filter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(texts.filterPlaceholder);
    m_filter->setAccessibleName(texts.filterAccessibleName);
    m_new = new QPushButton(texts.newButton, this);
    m_new->setToolTip(texts.newButtonToolTip);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(source);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(m_objectPrefix + u"Table"_s);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(texts.listAccessibleName);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_new);
    m_list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(m_list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(6);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);

    connect(m_new, &QPushButton::clicked, this, &DirectoryView::newEntry);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DirectoryView::currentChanged);
}

void DirectoryView::setEditor(EntryEditor *editor, int listStretch, int editorStretch)
{
    Q_ASSERT(!m_editor);
    m_editor = editor;
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(m_objectPrefix + u"Splitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, listStretch);
    splitter->setStretchFactor(1, editorStretch);
    // A first-start split in the same proportion; the window restores the user's later.
    const int unit = 1240 / (listStretch + editorStretch);
    splitter->setSizes({unit * listStretch, unit * editorStretch});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(editor, &EntryEditor::saved, this, [this](qint64 id) {
        m_restoring = true;
        selectEntry(id);
        m_restoring = false;
    });
}

void DirectoryView::currentChanged()
{
    if (m_restoring || !m_editor || m_editor->isSaving())
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(m_idRole).toLongLong();
    if (m_editor->isEditing() && editedId() == id)
        return;
    if (!editEntry(id))
        reselectEdited(); // cancelled: the selection goes back to the entry being edited
}

QModelIndex DirectoryView::proxyIndexOf(qint64 id) const
{
    const int row = sourceRowOf(id);
    return row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_source->index(row, 0));
}

void DirectoryView::reselectEdited()
{
    m_restoring = true;
    const QModelIndex index = proxyIndexOf(editedId());
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
        editedEntryReselected();
    } else {
        m_table->selectionModel()->clearSelection();
        if (!m_editor->isModified() && editedId() != 0)
            m_editor->clear();
    }
    m_restoring = false;
}

bool DirectoryView::selectEntry(qint64 id)
{
    if (sourceRowOf(id) < 0)
        return false;
    QModelIndex index = proxyIndexOf(id);
    if (!index.isValid()) { // filtered out: show everything again
        m_filter->clear();
        index = proxyIndexOf(id);
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return editedId() == id;
}

bool DirectoryView::newEntry()
{
    if (!startNewEntry())
        return false;
    m_restoring = true;
    m_table->selectionModel()->clearSelection();
    m_restoring = false;
    return true;
}

void DirectoryView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace charter
