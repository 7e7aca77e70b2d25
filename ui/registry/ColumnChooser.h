#pragma once

#include <QObject>

class QHeaderView;
class QMenu;

namespace charter {

// Shows and hides the columns of a table: a checkable entry per column, in the order the
// columns are shown, and "Reset Columns". The menu opens from the header's context menu
// and can also be put in a window menu (View > Columns), so it works from the keyboard.
// The column ALWAYSSHOWN cannot be hidden, so a row is always recognisable.
class ColumnChooser : public QObject
{
    Q_OBJECT

public:
    ColumnChooser(QHeaderView *header, int alwaysShown, QObject *parent = nullptr);

    QMenu *menu() const { return m_menu; }
    // Shows or hides the column LOGICALINDEX (not ALWAYSSHOWN).
    void setColumnShown(int logicalIndex, bool shown);

signals:
    void resetRequested();
    void columnsChanged();

private:
    void rebuild();

    QHeaderView *m_header;
    int m_alwaysShown;
    QMenu *m_menu;
};

} // namespace charter
