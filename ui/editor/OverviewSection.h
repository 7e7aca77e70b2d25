#pragma once

#include "EditorForms.h"

#include <QDate>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace charter {

class FieldBinder;
class OptionalDateEdit;
class SystemDraft;

// What the system is: name (required), purpose, business unit, lifecycle, deployment
// model, the organisation's own reference, the next review date, and the problems an
// import found (until someone marks them resolved).
class OverviewSection : public EditorSection
{
    Q_OBJECT

public:
    OverviewSection(SystemDraft *draft, FieldBinder *binder, QWidget *parent = nullptr);

    // The date the next review is compared with (an earlier one is overdue).
    void setToday(const QDate &today);

    QLineEdit *nameEdit() const { return m_name; }
    OptionalDateEdit *nextReviewEdit() const { return m_nextReview; }

private:
    void updateImportNotes();
    void updateReviewWarning();

    SystemDraft *m_draft;
    QLineEdit *m_name;
    OptionalDateEdit *m_nextReview;
    QLabel *m_notesLabel;
    QLabel *m_notes;
    QPushButton *m_resolveNotes;
    QDate m_today;
};

} // namespace charter
