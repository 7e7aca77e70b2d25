#pragma once

#include "interchange/ImportReport.h"

#include <QAbstractTableModel>
#include <QList>

namespace charter {

// The problems a dry run found, as a table. PerRecord: one row per problem (line,
// reference, field, value, what happened). ByValue: the values behind the problems, one
// row per field and value with the number of records that have it, so a value written
// the same way in forty rows is one line to fix in a mapping file. Read-only.
class ImportIssuesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Mode { PerRecord, ByValue };
    enum Role { LineRole = Qt::UserRole }; // int: first line with the problem

    explicit ImportIssuesModel(Mode mode, QObject *parent = nullptr);

    void setIssues(const QList<ImportIssue> &issues);
    Mode mode() const { return m_mode; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString field;
        QString value;
        int count = 0;
        int firstLine = 0;
        QString message;
    };

    Mode m_mode;
    QList<ImportIssue> m_issues;
    QList<Group> m_groups;
};

} // namespace charter
