#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QToolButton;

namespace charter {

class RowListOperations;

// An editable list as a table with the buttons beside it: add (Insert), remove
// (Delete), move up and down (Alt+Up, Alt+Down). Each button is one undo step of the
// model (a RowListModel). A new row is selected and its first cell opened for typing.
// Shows EMPTYTEXT over the table while the list is empty.
class RowTableEditor : public QWidget
{
    Q_OBJECT

public:
    RowTableEditor(QAbstractItemModel *model, RowListOperations *operations,
                   const QString &accessibleName, const QString &emptyText,
                   QWidget *parent = nullptr);

    QTableView *tableView() const { return m_table; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    QToolButton *upButton() const { return m_up; }
    QToolButton *downButton() const { return m_down; }

    // The column opened for typing after a row is added.
    void setFirstEditColumn(int column) { m_firstEditColumn = column; }
    int currentRow() const;

    void addRow();
    void removeCurrentRow();
    void moveCurrentRow(int delta);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void selectRow(int row);

    QAbstractItemModel *m_model;
    RowListOperations *m_operations;
    QTableView *m_table;
    QLabel *m_empty;
    QToolButton *m_add;
    QToolButton *m_remove;
    QToolButton *m_up;
    QToolButton *m_down;
    int m_firstEditColumn = 0;
};

} // namespace charter
