#include "PeopleModel.h"

#include "CellIndex.h"
#include "theme/Colours.h"

#include <QGuiApplication>
#include <QPalette>

namespace charter {

namespace {

bool nameLess(const Person &a, const Person &b)
{
    const int order = QString::localeAwareCompare(a.name, b.name);
    return order != 0 ? order < 0 : a.id < b.id;
}

} // namespace

PeopleModel::PeopleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PeopleModel::setPeople(QList<Person> people)
{
    std::sort(people.begin(), people.end(), nameLess);
    beginResetModel();
    m_people = std::move(people);
    reindex();
    endResetModel();
}

void PeopleModel::reindex()
{
    m_rowById.clear();
    m_rowById.reserve(m_people.size());
    for (int row = 0; row < m_people.size(); ++row)
        m_rowById.insert(m_people.at(row).id, row);
}

int PeopleModel::sortedRowFor(const Person &person) const
{
    const auto it = std::lower_bound(m_people.cbegin(), m_people.cend(), person, nameLess);
    return int(it - m_people.cbegin());
}

void PeopleModel::upsert(const Person &person)
{
    const int existing = rowOfPerson(person.id);
    if (existing >= 0) {
        if (m_people.at(existing).name == person.name) {
            m_people[existing] = person;
            reindex();
            emit dataChanged(index(existing, 0), index(existing, ColumnCount - 1));
            return;
        }
        beginRemoveRows(QModelIndex(), existing, existing);
        m_people.removeAt(existing);
        reindex();
        endRemoveRows();
    }
    const int row = sortedRowFor(person);
    beginInsertRows(QModelIndex(), row, row);
    m_people.insert(row, person);
    reindex();
    endInsertRows();
}

const Person *PeopleModel::personById(qint64 id) const
{
    const int row = rowOfPerson(id);
    return row < 0 ? nullptr : &m_people.at(row);
}

int PeopleModel::rowOfPerson(qint64 id) const
{
    return id <= 0 ? -1 : m_rowById.value(id, -1);
}

QString PeopleModel::nameOf(qint64 id) const
{
    if (id <= 0)
        return QString();
    if (const Person *person = personById(id))
        return person->name;
    return tr("Unknown person (#%1)").arg(id);
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!isCellOf(this, index))
        return {};
    const Person &person = m_people.at(index.row());
    const auto text = [&]() -> QString {
        switch (index.column()) {
        case NameColumn:
            return person.name;
        case EmailColumn:
            return person.email;
        case TitleColumn:
            return person.title;
        case DepartmentColumn:
            return person.department;
        case PhoneColumn:
            return person.phone;
        }
        return QString();
    };
    const bool gap = (index.column() == NameColumn || index.column() == EmailColumn)
        && text().trimmed().isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn && gap)
            return tr("Unnamed person");
        return text();
    case Qt::EditRole:
        return text();
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !person.title.isEmpty())
            return tr("%1, %2").arg(person.name, person.title);
        return {};
    case Qt::ForegroundRole:
        if (gap)
            return warningColour(QGuiApplication::palette());
        return {};
    case PersonIdRole:
        return person.id;
    case IsGapRole:
        return gap;
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case TitleColumn:
        return tr("Title");
    case DepartmentColumn:
        return tr("Department");
    case PhoneColumn:
        return tr("Phone");
    }
    return {};
}

} // namespace charter
