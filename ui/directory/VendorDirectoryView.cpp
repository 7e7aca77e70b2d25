#include "VendorDirectoryView.h"

#include "DirectoryStore.h"
#include "VendorEditor.h"
#include "models/VendorModel.h"

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

VendorDirectoryView::VendorDirectoryView(DirectoryStore *directory, QWidget *parent)
    : QWidget(parent)
    , m_directory(directory)
{
    setObjectName(u"vendorDirectory"_s);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"vendorFilter"_s);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter vendors by name"));
    m_filter->setAccessibleName(tr("Filter vendors"));
    m_new = new QPushButton(tr("New Vendor"), this);
    m_new->setToolTip(tr("Add a vendor risk profile"));

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(directory->vendors());
    m_proxy->setFilterKeyColumn(VendorModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(VendorModel::SortRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table = new QTableView(this);
    m_table->setObjectName(u"vendorTable"_s);
    m_table->setModel(m_proxy);
    m_table->setAccessibleName(tr("Vendors"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VendorModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column : {VendorModel::RoadmapColumn, VendorModel::SupportColumn, VendorModel::PortabilityColumn})
        m_table->setColumnHidden(column, true);
    const int n = fontMetrics().horizontalAdvance(u'n');
    m_table->horizontalHeader()->resizeSection(VendorModel::NameColumn, n * 22);
    m_table->horizontalHeader()->resizeSection(VendorModel::ViabilityColumn, n * 10);
    m_table->horizontalHeader()->resizeSection(VendorModel::ExitColumn, n * 11);

    m_editor = new VendorEditor(directory, this);
    connect(m_editor, &VendorEditor::openSystemRequested, this, &VendorDirectoryView::openSystemRequested);

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
    splitter->setObjectName(u"vendorSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(list);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({470, 790});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_new, &QPushButton::clicked, this, &VendorDirectoryView::newVendor);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &VendorDirectoryView::currentChanged);
    connect(m_editor, &EntryEditor::saved, this, [this](qint64 id) {
        m_restoring = true;
        selectVendor(id);
        m_restoring = false;
    });
    connect(directory, &DirectoryStore::reloaded, this, &VendorDirectoryView::reselectEdited);
}

void VendorDirectoryView::currentChanged()
{
    if (m_restoring || m_editor->isSaving())
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(VendorModel::VendorIdRole).toLongLong();
    const Vendor *vendor = m_directory->vendors()->vendorById(id);
    if (!vendor || (m_editor->isEditing() && m_editor->vendorId() == id))
        return;
    if (!m_editor->editVendor(*vendor))
        reselectEdited();
}

void VendorDirectoryView::reselectEdited()
{
    m_restoring = true;
    const int row = m_directory->vendors()->rowOfVendor(m_editor->vendorId());
    const QModelIndex index = row < 0 ? QModelIndex()
                                      : m_proxy->mapFromSource(m_directory->vendors()->index(row, 0));
    if (index.isValid()) {
        m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                              | QItemSelectionModel::Rows);
        m_editor->refreshSystems();
    } else {
        m_table->selectionModel()->clearSelection();
        if (!m_editor->isModified() && m_editor->vendorId() != 0)
            m_editor->clear();
    }
    m_restoring = false;
}

bool VendorDirectoryView::selectVendor(qint64 id)
{
    const int row = m_directory->vendors()->rowOfVendor(id);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_directory->vendors()->index(row, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_directory->vendors()->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                          | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return m_editor->vendorId() == id;
}

bool VendorDirectoryView::newVendor()
{
    if (!m_editor->newVendor())
        return false;
    m_restoring = true;
    m_table->selectionModel()->clearSelection();
    m_restoring = false;
    return true;
}

void VendorDirectoryView::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

} // namespace charter
