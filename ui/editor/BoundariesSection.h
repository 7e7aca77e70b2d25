#pragma once

#include "EditorForms.h"

#include <QPersistentModelIndex>

class QLabel;
class QPlainTextEdit;

namespace charter {

class BoundaryTableModel;
class RowTableEditor;
class SystemDraft;

// The decisions the system touches, one row each: the decision and its influence level
// from the fixed list (autonomous, human approves, advisory only, prohibited, unknown)
// in the table, with the buttons beside it to add, reorder and remove rows; below it,
// the longer answers of the selected decision (when a human must step in, how failures
// are handled, what uncertainty it reports) in full-width text fields. Typing there is
// one undo step per field, like anywhere else in the editor.
class BoundariesSection : public EditorSection
{
    Q_OBJECT

public:
    explicit BoundariesSection(SystemDraft *draft, QWidget *parent = nullptr);

    RowTableEditor *table() const { return m_table; }
    // The text field of the selected row for COLUMN (a BoundaryTableModel column).
    QPlainTextEdit *detailEdit(int column) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCurrentRow();
    void detailEdited(int column);

    BoundaryTableModel *m_model;
    RowTableEditor *m_table;
    QLabel *m_detailTitle;
    QPlainTextEdit *m_intervention;
    QPlainTextEdit *m_failure;
    QPlainTextEdit *m_uncertainty;
    QPersistentModelIndex m_current;
};

} // namespace charter
