#pragma once

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace charter {

class DirectoryPicker;
class OptionalDateEdit;
class ProblemLabel;
class RecordDraft;

// Two-way bindings between input widgets and the fields of a RecordDraft. A user's
// edit becomes an undoable edit of the draft (keystrokes as typing, which merges);
// a change of the draft (undo, redo, revert, load) updates the widget without being
// taken for a new edit. Focus leaving an input closes its typing session.
class FieldBinder : public QObject
{
    Q_OBJECT

public:
    explicit FieldBinder(RecordDraft *draft, QObject *parent = nullptr);

    void bind(QLineEdit *edit, int field);
    void bind(QPlainTextEdit *edit, int field);
    // The items' Qt::UserRole data are the field's values.
    void bind(QComboBox *combo, int field);
    void bind(QSpinBox *spin, int field);
    void bind(OptionalDateEdit *edit, int field);
    void bind(DirectoryPicker *picker, int field);
    // LABEL shows the visible problems whose FieldProblem::field is FIELDKEY.
    void bindProblems(ProblemLabel *label, const QString &fieldKey);

    // Updates every bound widget from the draft.
    void refreshAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRefresher(int field, std::function<void()> refresh);
    void refreshField(int field);
    void refreshProblems();

    RecordDraft *m_draft;
    QHash<int, QList<std::function<void()>>> m_refreshers;
    QList<std::function<void()>> m_problemRefreshers;
};

} // namespace charter
