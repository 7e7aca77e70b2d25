#pragma once

#include <QWidget>

class QLineEdit;

namespace charter {

class FieldBinder;
class PersonDraft;

// The fields of a directory entry, bound to a PersonDraft: name (required), e-mail,
// title, department, phone, with inline validation under name and e-mail.
class PersonForm : public QWidget
{
    Q_OBJECT

public:
    explicit PersonForm(PersonDraft *draft, QWidget *parent = nullptr);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *emailEdit() const { return m_email; }

private:
    FieldBinder *m_binder;
    QLineEdit *m_name;
    QLineEdit *m_email;
};

} // namespace charter
