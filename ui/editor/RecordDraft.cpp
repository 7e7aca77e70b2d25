#include "RecordDraft.h"

#include "undo/SetFieldCommand.h"

#include <QUndoStack>

namespace charter {

RecordDraft::RecordDraft(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    // Undo, redo and edits of other kinds end a typing session: the next keystroke
    // starts a new undo step.
    connect(m_undoStack, &QUndoStack::indexChanged, this, [this] {
        if (!m_pushingTyping)
            endTyping();
    });
}

RecordDraft::~RecordDraft()
{
    // Commands point back at this draft (and at models it owns): drop them first.
    m_undoStack->clear();
}

void RecordDraft::edit(int field, const QVariant &value, EditKind kind)
{
    const QVariant before = this->value(field);
    if (before == value)
        return;
    const bool typing = kind == EditKind::Typing;
    if (!typing || field != m_lastTypedField)
        endTyping();
    m_lastTypedField = typing ? field : -1;
    const QString key = problemKey(field);
    if (!key.isEmpty())
        markTouched(key);
    m_pushingTyping = typing;
    m_undoStack->push(new SetFieldCommand(this, field, before, value, typing, m_typingSession,
                                          tr("Change \u201c%1\u201d").arg(fieldLabel(field))));
    m_pushingTyping = false;
}

void RecordDraft::applyValue(int field, const QVariant &value)
{
    writeValue(field, value);
    emit valueChanged(field);
    notifyChanged();
}

QString RecordDraft::problemKey(int field) const
{
    Q_UNUSED(field);
    return QString();
}

QList<FieldProblem> RecordDraft::visibleProblems() const
{
    QList<FieldProblem> shown;
    const QList<FieldProblem> all = problems();
    for (const FieldProblem &problem : all)
        if (m_revealAll || m_touched.contains(problem.field))
            shown.append(problem);
    return shown;
}

void RecordDraft::revealAllProblems()
{
    if (m_revealAll)
        return;
    m_revealAll = true;
    emit problemsChanged();
}

void RecordDraft::markTouched(const QString &fieldKey)
{
    if (m_touched.contains(fieldKey))
        return;
    m_touched.insert(fieldKey);
    emit problemsChanged();
}

void RecordDraft::notifyChanged()
{
    const bool modified = differsFromStored();
    if (modified != m_modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
    emit changed();
    emit problemsChanged();
}

void RecordDraft::notifyReloaded()
{
    emit reloaded();
    notifyChanged();
}

void RecordDraft::resetHistory()
{
    m_undoStack->clear();
    m_touched.clear();
    m_revealAll = false;
    m_lastTypedField = -1;
    endTyping();
}

} // namespace charter
