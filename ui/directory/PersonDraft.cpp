#include "PersonDraft.h"

namespace charter {

PersonDraft::PersonDraft(QObject *parent)
    : ValueDraft<Person>(parent)
{
}

QVariant PersonDraft::value(int field) const
{
    switch (PersonField(field)) {
    case PersonField::Name:
        return m_record.name;
    case PersonField::Email:
        return m_record.email;
    case PersonField::Title:
        return m_record.title;
    case PersonField::Department:
        return m_record.department;
    case PersonField::Phone:
        return m_record.phone;
    }
    return {};
}

void PersonDraft::writeValue(int field, const QVariant &value)
{
    const QString text = value.toString();
    switch (PersonField(field)) {
    case PersonField::Name:
        m_record.name = text;
        break;
    case PersonField::Email:
        m_record.email = text;
        break;
    case PersonField::Title:
        m_record.title = text;
        break;
    case PersonField::Department:
        m_record.department = text;
        break;
    case PersonField::Phone:
        m_record.phone = text;
        break;
    }
}

QString PersonDraft::fieldLabel(int field) const
{
    switch (PersonField(field)) {
    case PersonField::Name:
        return tr("Name");
    case PersonField::Email:
        return tr("E-mail");
    case PersonField::Title:
        return tr("Title");
    case PersonField::Department:
        return tr("Department");
    case PersonField::Phone:
        return tr("Phone");
    }
    return QString();
}

QList<FieldProblem> PersonDraft::problems() const
{
    return validatePerson(m_record);
}

QString PersonDraft::problemKey(int field) const
{
    switch (PersonField(field)) {
    case PersonField::Name:
        return fieldkey::Name;
    case PersonField::Email:
        return fieldkey::Email;
    default:
        return QString();
    }
}

} // namespace charter
