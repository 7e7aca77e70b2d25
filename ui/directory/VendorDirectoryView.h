#pragma once

#include "DirectoryView.h"

namespace charter {

class DirectoryStore;
class VendorEditor;

// The vendor directory: a filterable list of vendor profiles (name, the ratings that
// matter most, contract end) beside the editor of the selected profile with its risk
// and the systems that depend on it, and "New Vendor".
class VendorDirectoryView : public DirectoryView
{
    Q_OBJECT

public:
    explicit VendorDirectoryView(DirectoryStore *directory, QWidget *parent = nullptr);

    VendorEditor *editor() const { return m_editor; }

    // Selects (and edits) the vendor with ID; false when not listed or cancelled.
    bool selectVendor(qint64 id) { return selectEntry(id); }
    bool newVendor() { return newEntry(); }

protected:
    int sourceRowOf(qint64 id) const override;
    qint64 editedId() const override;
    bool editEntry(qint64 id) override;
    bool startNewEntry() override;
    void editedEntryReselected() override;

private:
    DirectoryStore *m_directory;
    VendorEditor *m_editor;
};

} // namespace charter
