#include "VendorDirectoryView.h"

#include "DirectoryStore.h"
#include "VendorEditor.h"
#include "models/VendorModel.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace charter {

VendorDirectoryView::VendorDirectoryView(DirectoryStore *directory, QWidget *parent)
    : DirectoryView(directory->vendors(), VendorModel::VendorIdRole,
                    {u"vendor"_s, tr("Filter vendors by name"), tr("Filter vendors"), tr("New Vendor"),
                     tr("Add a vendor risk profile"), tr("Vendors")},
                    parent)
    , m_directory(directory)
{
    filterModel()->setFilterKeyColumn(VendorModel::NameColumn);
    filterModel()->setSortRole(VendorModel::SortRole);
    tableView()->sortByColumn(VendorModel::NameColumn, Qt::AscendingOrder);
    for (int column : {VendorModel::RoadmapColumn, VendorModel::SupportColumn, VendorModel::PortabilityColumn})
        tableView()->setColumnHidden(column, true);
    const int n = fontMetrics().horizontalAdvance(u'n');
    QHeaderView *header = tableView()->horizontalHeader();
    header->resizeSection(VendorModel::NameColumn, n * 22);
    header->resizeSection(VendorModel::ViabilityColumn, n * 10);
    header->resizeSection(VendorModel::ExitColumn, n * 11);

    m_editor = new VendorEditor(directory, this);
    connect(m_editor, &VendorEditor::openSystemRequested, this, &DirectoryView::openSystemRequested);
    setEditor(m_editor, 2, 3);
    // A reload of the directory must not lose the vendor being edited.
    connect(directory, &DirectoryStore::reloaded, this, &VendorDirectoryView::reselectEdited);
}

int VendorDirectoryView::sourceRowOf(qint64 id) const
{
    return m_directory->vendors()->rowOfVendor(id);
}

qint64 VendorDirectoryView::editedId() const
{
    return m_editor->vendorId();
}

bool VendorDirectoryView::editEntry(qint64 id)
{
    const Vendor *vendor = m_directory->vendors()->vendorById(id);
    return !vendor || m_editor->editVendor(*vendor);
}

bool VendorDirectoryView::startNewEntry()
{
    return m_editor->newVendor();
}

void VendorDirectoryView::editedEntryReselected()
{
    m_editor->refreshSystems(); // the reload may have changed which systems depend on it
}

} // namespace charter
