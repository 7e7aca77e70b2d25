#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace charter {

class DirectoryStore;
class PersonEditor;

// The people directory: a filterable list of everyone (name, e-mail, title,
// department, phone) beside the editor of the selected person, and "New Person".
// Moving to another person with unsaved edits asks first; cancelling keeps the
// selection where it was.
class PeopleDirectoryView : public QWidget
{
    Q_OBJECT

public:
    explicit PeopleDirectoryView(DirectoryStore *directory, QWidget *parent = nullptr);

    PersonEditor *editor() const { return m_editor; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *filterModel() const { return m_proxy; }

    // Selects (and edits) the person with ID; false when not listed or cancelled.
    bool selectPerson(qint64 id);
    bool newPerson();
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
    PersonEditor *m_editor;
    bool m_restoring = false;
};

} // namespace charter
