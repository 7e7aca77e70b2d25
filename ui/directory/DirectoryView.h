#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace charter {

class EntryEditor;

// What the people and vendor directories share: a filter field and a "New" button
// over a sortable list, beside the editor of the selected entry. Moving to another
// entry with unsaved edits asks first; cancelling keeps the selection where it was,
// and a reload of the directory does not lose the entry being edited.
class DirectoryView : public QWidget
{
    Q_OBJECT

public:
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QSortFilterProxyModel *filterModel() const { return m_proxy; }

    void focusFilter();

signals:
    void openSystemRequested(qint64 systemId);

protected:
    struct Texts
    {
        QString objectPrefix; // "people" gives peopleDirectory, peopleFilter, peopleTable, peopleSplitter
        QString filterPlaceholder;
        QString filterAccessibleName;
        QString newButton;
        QString newButtonToolTip;
        QString listAccessibleName;
    };

    // ID_ROLE is the role under which SOURCE gives each row's entry id.
    DirectoryView(QAbstractItemModel *source, int idRole, const Texts &texts, QWidget *parent);

    // Subclasses create their editor, then hand it over once, from their constructor.
    void setEditor(EntryEditor *editor, int listStretch, int editorStretch);

    // Selects (and edits) the entry with ID; false when not listed or cancelled.
    bool selectEntry(qint64 id);
    bool newEntry();
    // Call when the directory was reloaded: selects the edited entry again.
    void reselectEdited();

    // The source row of the entry with ID, or -1.
    virtual int sourceRowOf(qint64 id) const = 0;
    // The id of the entry in the editor (0 for a new one).
    virtual qint64 editedId() const = 0;
    // Opens entry ID in the editor; false only when the user cancelled leaving the
    // entry being edited (an id that no longer exists is not a cancel).
    virtual bool editEntry(qint64 id) = 0;
    virtual bool startNewEntry() = 0;
    // Called after the edited entry was selected again on a reload.
    virtual void editedEntryReselected() {}

private:
    void currentChanged();
    QModelIndex proxyIndexOf(qint64 id) const;

    QAbstractItemModel *m_source;
    int m_idRole;
    QString m_objectPrefix;
    QLineEdit *m_filter;
    QPushButton *m_new;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QWidget *m_list;
    EntryEditor *m_editor = nullptr;
    bool m_restoring = false;
};

} // namespace charter
