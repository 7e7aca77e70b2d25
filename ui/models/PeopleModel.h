#pragma once

#include "domain/Person.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace charter {

// The people directory as a table (name, e-mail, title, department, phone), kept in
// name order. Shared by the people directory view and every person picker of the
// system editor. Empty text shows as empty; IsGapRole marks a missing name or e-mail.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, TitleColumn, DepartmentColumn, PhoneColumn, ColumnCount };
    enum Role {
        PersonIdRole = Qt::UserRole + 1, // qint64; the same role in every person choice
        IsGapRole,
    };

    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(QList<Person> people);
    // Inserts PERSON, or replaces the entry with its id, keeping name order.
    void upsert(const Person &person);

    const QList<Person> &people() const { return m_people; }
    const Person *personById(qint64 id) const;
    int rowOfPerson(qint64 id) const;
    // The person's name; "Unknown person (#ID)" when not in the directory, empty for 0.
    QString nameOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int sortedRowFor(const Person &person) const;
    void reindex();

    QList<Person> m_people;
    QHash<qint64, int> m_rowById;
};

} // namespace charter
