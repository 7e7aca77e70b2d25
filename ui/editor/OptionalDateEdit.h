#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;

namespace charter {

// A date that may be unknown or not set: a check box ("Scheduled", "Known") and a
// date field beside it. Unchecked, the date field gives way to a note in the warning
// colour ("Not scheduled — a gap"), so "no date" is a visible answer, not a blank.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    OptionalDateEdit(const QString &checkText, const QString &unsetText, QWidget *parent = nullptr);

    QDate date() const; // invalid when unchecked
    void setDate(const QDate &date);
    // The date proposed when the box gets checked (e.g. a year from today).
    void setProposedDate(const QDate &date) { m_proposed = date; }
    void setAccessibleNames(const QString &checkName, const QString &dateName);
    // A remark beside a set date, in the warning colour (e.g. "overdue by 3 days").
    void setWarning(const QString &text);

    QCheckBox *checkBox() const { return m_check; }
    QDateEdit *dateEdit() const { return m_edit; }

signals:
    // The user changed the date or the check box; invalid when unchecked.
    void dateEdited(const QDate &date);

private:
    void updateState();

    QCheckBox *m_check;
    QDateEdit *m_edit;
    QLabel *m_unset;
    QLabel *m_warning;
    QDate m_proposed;
};

} // namespace charter
