#include "EntryEditor.h"

#include "editor/RecordDraft.h"
#include "theme/Colours.h"
#include "undo/UndoShortcutGuard.h"
#include "views/MessageBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QToolButton *headerButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAccessibleName(action->text());
    return button;
}

} // namespace

EntryEditor::EntryEditor(QWidget *parent)
    : QWidget(parent)
    , m_prompt(askAboutUnsavedChanges)
    , m_messageBar(new MessageBar(this))
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_content(new QVBoxLayout)
    , m_undoAction(new QAction(tr("Undo"), this))
    , m_redoAction(new QAction(tr("Redo"), this))
    , m_saveAction(new QAction(tr("Save"), this))
    , m_revertAction(new QAction(tr("Revert"), this))
{
    m_title->setTextFormat(Qt::PlainText);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_revertAction, &QAction::triggered, this, &EntryEditor::revert);

    QToolButton *save = headerButton(m_saveAction, this);
    QFont bold = save->font();
    bold.setBold(true);
    save->setFont(bold);
    // The name gets a row of its own: beside the buttons a long name (or the longer
    // button texts of German and French) would clip it in a narrow pane.
    auto *header = new QHBoxLayout;
    header->setSpacing(6);
    header->addWidget(m_state, 1);
    header->addWidget(headerButton(m_undoAction, this));
    header->addWidget(headerButton(m_redoAction, this));
    header->addSpacing(12);
    header->addWidget(headerButton(m_revertAction, this));
    header->addWidget(save);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_title);
    layout->addLayout(header);
    layout->addLayout(m_content, 1);
}

void EntryEditor::setDraft(RecordDraft *draft)
{
    m_draft = draft;
    QUndoStack *stack = draft->undoStack();
    m_undoAction->setEnabled(false);
    m_redoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(draft, &RecordDraft::modifiedChanged, this, [this] {
        updateHeader();
        emit stateChanged();
    });
    connect(draft, &RecordDraft::changed, this, &EntryEditor::updateHeader);
    UndoShortcutGuard::protect(this);
    updateHeader();
}

bool EntryEditor::isModified() const
{
    return m_editing && m_draft && m_draft->isModified();
}

QUndoStack *EntryEditor::undoStack() const
{
    return m_draft ? m_draft->undoStack() : nullptr;
}

void EntryEditor::setEditing(bool editing)
{
    m_editing = editing;
    for (int i = 0; i < m_content->count(); ++i)
        if (QWidget *widget = m_content->itemAt(i)->widget())
            widget->setEnabled(editing);
    m_messageBar->hideMessage();
    updateHeader();
    emit stateChanged();
}

bool EntryEditor::save()
{
    if (!m_editing || !m_draft)
        return false;
    m_draft->revealAllProblems();
    const QList<FieldProblem> problems = m_draft->problems();
    if (!problems.isEmpty()) {
        m_messageBar->showMessage(tr("Not saved yet: %1").arg(describeProblems(problems)),
                                  MessageBar::Type::Warning);
        return false;
    }
    if (!m_draft->isModified() && !isNewEntry())
        return true;
    qint64 id = 0;
    m_saving = true;
    const Status status = store(&id);
    m_saving = false;
    if (!status) {
        m_messageBar->showMessage(tr("Not saved: %1 Your edits are still here.").arg(status.error().message),
                                  MessageBar::Type::Error);
        return false;
    }
    m_messageBar->hideMessage();
    updateHeader();
    emit stateChanged();
    emit saved(id);
    return true;
}

void EntryEditor::revert()
{
    if (m_editing)
        revertEdits();
}

bool EntryEditor::confirmLeave()
{
    if (!isModified())
        return true;
    switch (m_prompt(this, entryName())) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        discardEdits();
        return true;
    case UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

void EntryEditor::updateHeader()
{
    if (!m_draft)
        return;
    m_title->setText(m_editing ? entryName() : QString());
    QString state;
    QColor colour = mutedColour(palette());
    if (m_editing && m_draft->isModified()) {
        state = isNewEntry() ? tr("New \u2014 not saved yet") : tr("Unsaved changes");
        colour = warningColour(palette());
    } else if (m_editing) {
        state = tr("Saved");
    }
    m_state->setText(state);
    QPalette statePalette = m_state->palette();
    statePalette.setColor(QPalette::WindowText, colour);
    m_state->setPalette(statePalette);
    m_saveAction->setEnabled(m_editing && (m_draft->isModified() || isNewEntry()));
    m_revertAction->setEnabled(m_editing && m_draft->isModified() && !isNewEntry());
}

} // namespace charter
