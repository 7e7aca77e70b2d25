#include "PeopleDirectoryView.h"

#include "DirectoryStore.h"
#include "PersonEditor.h"
#include "models/PeopleModel.h"

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

PeopleDirectoryView::PeopleDirectoryView(DirectoryStore *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
{
    setObjectName(u"peopleDirectory"_s);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"peopleFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter by name, e-mail, title or department"));
    m_filter->setAccessibleName(tr("Filter people"));
    m_new = new QPushButton(tr("New Person"), this);
    m_new->setToolTip(tr("Add someone to the people directory"));

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(directory->people());
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(u"peopleTable"_s);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("People"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int n = fontMetrics().horizontalAdvance(u'n');
    m_table->horizontalHeader()->resizeSection(PeopleModel::NameColumn, n * 20);
    m_table->horizontalHeader()->resizeSection(PeopleModel::EmailColumn, n * 24);
    m_table->horizontalHeader()->resizeSection(PeopleModel::TitleColumn, n * 18);

    m_editor = new PersonEditor(directory, this);
    connect(m_editor, &PersonEditor::openSystemRequested, this, &PeopleDirectoryView::openSystemRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_new);
    auto *list = new QWidget(this);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->setSpacing(6);
    listLayout->addLayout(top);
    listLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"peopleSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({760, 480});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &PeopleDirectoryView::newPerson);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PeopleDirectoryView::currentChanged);
    connect(m_editor, &EntryEditor::saved, this, [this](qint64 id) {
        m_restoring = true;
        selectPerson(id);
        m_restoring = false;
    });
    // A reload of the directory must not lose the person being edited.
    connect(directory, &DirectoryStore::reloaded, this, &PeopleDirectoryView::reselectEdited);
}

void PeopleDirectoryView::currentChanged()
{
    if (m_restoring || m_editor->isSaving())
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(PeopleModel::PersonIdRole).toLongLong();
    const Person *person = m_directory->people()->personById(id);
    if (!person || (m_editor->isEditing() && m_editor->personId() == id))
        return;
    if (!m_editor->editPerson(*person))
        reselectEdited(); // cancelled: the selection goes back to the person being edited
}

void PeopleDirectoryView::reselectEdited()
{
    m_restoring = true;
    const int row = m_directory->people()->rowOfPerson(m_editor->personId());
    const QModelIndex index = row < 0 ? QModelIndex()
                                      : m_proxy->mapFromSource(m_directory->people()->index(row, 0));
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
    } else {
        m_table->selectionModel()->clearSelection();
        if (!m_editor->isModified() && m_editor->personId() != 0)
            m_editor->clear();
    }
    m_restoring = false;
}

bool PeopleDirectoryView::selectPerson(qint64 id)
{
    const int row = m_directory->people()->rowOfPerson(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_directory->people()->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_directory->people()->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return m_editor->personId() == id;
}

bool PeopleDirectoryView::newPerson()
{
    if (!m_editor->newPerson())
        return false;
    m_restoring = true;
    m_table->selectionModel()->clearSelection();
    m_restoring = false;
    return true;
}

void PeopleDirectoryView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace charter
