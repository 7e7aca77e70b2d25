#pragma once

#include "interchange/ImportReport.h"
#include "interchange/SpreadsheetPreview.h"

#include <QAbstractTableModel>
#include <QList>

namespace charter {

// Which column of the file fills which register field, one row per column of the header
// row: the column (letter and header text), the field it fills ("Not imported" when
// none) and the value of the first record below the header, for checking. Read-only.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FileColumn, FieldColumn, SampleColumn, ColumnCount };
    enum Role { IsMappedRole = Qt::UserRole };

    explicit ColumnMappingModel(QObject *parent = nullptr);

    void setMapping(const SpreadsheetPreview &preview, const ImportReport &report);
    void clear();

    int mappedCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        int column = 0;
        QString header;
        QString field; // register field key; empty: not imported
        QString sample;
    };
    QList<Entry> m_entries;
};

} // namespace charter
