#include "FieldBinder.h"

#include "DirectoryPicker.h"
#include "OptionalDateEdit.h"
#include "ProblemLabel.h"
#include "RecordDraft.h"

#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace charter {

FieldBinder::FieldBinder(RecordDraft *draft, QObject *parent)
    : QObject(parent)
    , m_draft(draft)
{
    connect(draft, &RecordDraft::valueChanged, this, &FieldBinder::refreshField);
    connect(draft, &RecordDraft::reloaded, this, &FieldBinder::refreshAll);
    connect(draft, &RecordDraft::problemsChanged, this, &FieldBinder::refreshProblems);
}

void FieldBinder::addRefresher(int field, std::function<void()> refresh)
{
    refresh();
    m_refreshers[field].append(std::move(refresh));
}

void FieldBinder::refreshField(int field)
{
    const auto it = m_refreshers.constFind(field);
    if (it == m_refreshers.cend())
        return;
    for (const auto &refresh : *it)
        refresh();
}

void FieldBinder::refreshAll()
{
    for (auto it = m_refreshers.cbegin(); it != m_refreshers.cend(); ++it)
        for (const auto &refresh : it.value())
            refresh();
    refreshProblems();
}

void FieldBinder::refreshProblems()
{
    for (const auto &refresh : std::as_const(m_problemRefreshers))
        refresh();
}

void FieldBinder::bind(QLineEdit *edit, int field)
{
    edit->installEventFilter(this);
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString &text) {
        m_draft->edit(field, text, RecordDraft::EditKind::Typing);
    });
    addRefresher(field, [this, edit, field] {
        const QString text = m_draft->value(field).toString();
        if (edit->text() != text)
            edit->setText(text);
    });
}

void FieldBinder::bind(QPlainTextEdit *edit, int field)
{
    edit->installEventFilter(this);
    connect(edit, &QPlainTextEdit::textChanged, this, [this, edit, field] {
        const QString text = edit->toPlainText();
        if (text != m_draft->value(field).toString())
            m_draft->edit(field, text, RecordDraft::EditKind::Typing);
    });
    addRefresher(field, [this, edit, field] {
        const QString text = m_draft->value(field).toString();
        if (edit->toPlainText() != text) {
            const QSignalBlocker blocker(edit);
            edit->setPlainText(text);
        }
    });
}

void FieldBinder::bind(QComboBox *combo, int field)
{
    connect(combo, &QComboBox::activated, this, [this, combo, field](int index) {
        if (index >= 0)
            m_draft->edit(field, combo->itemData(index));
    });
    addRefresher(field, [this, combo, field] {
        const int index = combo->findData(m_draft->value(field));
        if (combo->currentIndex() != index) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(index);
        }
    });
}

void FieldBinder::bind(QSpinBox *spin, int field)
{
    spin->installEventFilter(this);
    connect(spin, &QSpinBox::valueChanged, this, [this, field](int value) {
        if (value != m_draft->value(field).toInt())
            m_draft->edit(field, value, RecordDraft::EditKind::Typing);
    });
    addRefresher(field, [this, spin, field] {
        const int value = m_draft->value(field).toInt();
        if (spin->value() != value) {
            const QSignalBlocker blocker(spin);
            spin->setValue(value);
        }
    });
}

void FieldBinder::bind(OptionalDateEdit *edit, int field)
{
    connect(edit, &OptionalDateEdit::dateEdited, this, [this, field](const QDate &date) {
        m_draft->edit(field, date);
    });
    addRefresher(field, [this, edit, field] {
        const QDate date = m_draft->value(field).toDate();
        if (edit->date() != date)
            edit->setDate(date);
    });
}

void FieldBinder::bind(DirectoryPicker *picker, int field)
{
    connect(picker, &DirectoryPicker::idChosen, this, [this, field](qint64 id) {
        m_draft->edit(field, id);
    });
    addRefresher(field, [this, picker, field] {
        const qint64 id = m_draft->value(field).toLongLong();
        if (picker->currentId() != id)
            picker->setCurrentId(id);
    });
}

void FieldBinder::bindProblems(ProblemLabel *label, const QString &fieldKey)
{
    const auto refresh = [this, label, fieldKey] {
        QStringList messages;
        const QList<FieldProblem> problems = m_draft->visibleProblems();
        for (const FieldProblem &problem : problems)
            if (problem.field == fieldKey)
                messages << problem.message;
        label->setProblems(messages);
    };
    refresh();
    m_problemRefreshers.append(refresh);
}

bool FieldBinder::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut)
        m_draft->endTyping();
    return QObject::eventFilter(watched, event);
}

} // namespace charter
