#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace charter {

class DirectoryStore;
class VendorEditor;

// The vendor directory: a filterable list of vendor profiles (name, the ratings that
// matter most, contract end) beside the editor of the selected profile with its risk
// and the systems that depend on it, and "New Vendor". Moving to another vendor with
// unsaved edits asks first; cancelling keeps the selection where it was.
class VendorDirectoryView : public QWidget
{
    Q_OBJECT

public:
    explicit VendorDirectoryView(DirectoryStore *directory, QWidget *parent = nullptr);

    VendorEditor *editor() const { return m_editor; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *filterModel() const { return m_proxy; }

    bool selectVendor(qint64 id);
    bool newVendor();
    void focusFilter();

signals:
    void openSystemRequested(qint64 systemId);

private:
    void currentChanged();
    void reselectEdited();

    DirectoryStore *m_directory;
    QLineEdit *m_filter;
    QPushButton *m_new;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    VendorEditor *m_editor;
    bool m_restoring = false;
};

} // namespace charter
