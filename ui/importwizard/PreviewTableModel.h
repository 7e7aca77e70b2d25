#pragma once

#include "interchange/SpreadsheetPreview.h"

#include <QAbstractTableModel>

namespace charter {

// The first rows of a spreadsheet as read (SpreadsheetPreview), for the import wizard's
// preview: columns lettered like a spreadsheet (A, B, … AA), rows headed by their line
// number. The header row is bold; rows above it (preamble) are shown muted. Read-only.
class PreviewTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IsHeaderRowRole = Qt::UserRole, // bool
        IsPreambleRole,                 // bool: above the header row
    };

    explicit PreviewTableModel(QObject *parent = nullptr);

    // HEADERLINE: line of the header row (0: not known).
    void setPreview(const SpreadsheetPreview &preview, int headerLine);
    void clear();

    // "A", "B", … "Z", "AA" for column 0, 1, … 25, 26.
    static QString columnName(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    SpreadsheetPreview m_preview;
    int m_headerLine = 0;
};

} // namespace charter
