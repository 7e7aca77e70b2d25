#include "PeopleDirectoryView.h"

#include "DirectoryStore.h"
#include "PersonEditor.h"
#include "models/PeopleModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace charter {

PeopleDirectoryView::PeopleDirectoryView(DirectoryStore *directory, QWidget *parent)
    : DirectoryView(directory->people(), PeopleModel::PersonIdRole,
                    {u"people"_s, tr("Filter by name, e-mail, title or department"), tr("Filter people"),
                     tr("New Person"), tr("Add someone to the people directory"), tr("People")},
                    parent)
    , m_directory(directory)
{
    filterModel()->setFilterKeyColumn(-1);
    filterModel()->setSortCaseSensitivity(Qt::CaseInsensitive);
    filterModel()->setSortLocaleAware(true);
    tableView()->sortByColumn(PeopleModel::NameColumn, Qt::AscendingOrder);
    const int n = fontMetrics().horizontalAdvance(u'n');
    QHeaderView *header = tableView()->horizontalHeader();
    header->resizeSection(PeopleModel::NameColumn, n * 20);
    header->resizeSection(PeopleModel::EmailColumn, n * 24);
    header->resizeSection(PeopleModel::TitleColumn, n * 18);

    m_editor = new PersonEditor(directory, this);
    connect(m_editor, &PersonEditor::openSystemRequested, this, &DirectoryView::openSystemRequested);
    setEditor(m_editor, 3, 2);
    // A reload of the directory must not lose the person being edited.
    connect(directory, &DirectoryStore::reloaded, this, &PeopleDirectoryView::reselectEdited);
}

int PeopleDirectoryView::sourceRowOf(qint64 id) const
{
    return m_directory->people()->rowOfPerson(id);
}

qint64 PeopleDirectoryView::editedId() const
{
    return m_editor->personId();
}

bool PeopleDirectoryView::editEntry(qint64 id)
{
    const Person *person = m_directory->people()->personById(id);
    return !person || m_editor->editPerson(*person);
}

bool PeopleDirectoryView::startNewEntry()
{
    return m_editor->newPerson();
}

} // namespace charter
