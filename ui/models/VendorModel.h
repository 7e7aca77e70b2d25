#pragma once

#include "domain/Vendor.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace charter {

// The vendor profiles as a table (name, the five ratings, contract end), in name
// order. Shared by the vendor directory and the system editor's vendor choice.
// Unknown answers and weak ratings show in the warning colour (IsGapRole for unknowns).
class VendorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ViabilityColumn,
        RoadmapColumn,
        SupportColumn,
        ExitColumn,
        PortabilityColumn,
        ContractEndColumn,
        ColumnCount
    };
    enum Role {
        VendorIdRole = Qt::UserRole + 1, // qint64; the same role in the vendor choice
        IsGapRole,
        SortRole,
    };

    explicit VendorModel(QObject *parent = nullptr);

    void setVendors(QList<Vendor> vendors);
    // Inserts VENDOR, or replaces the entry with its id, keeping name order.
    void upsert(const Vendor &vendor);

    const QList<Vendor> &vendors() const { return m_vendors; }
    const Vendor *vendorById(qint64 id) const;
    int rowOfVendor(qint64 id) const;

    // The date contract ends are compared with (an ended contract is a problem).
    void setToday(const QDate &today);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reindex();
    QVariant cellText(const Vendor &vendor, int column) const;
    bool isGap(const Vendor &vendor, int column) const;
    bool isProblem(const Vendor &vendor, int column) const;

    QList<Vendor> m_vendors;
    QHash<qint64, int> m_rowById;
    QDate m_today;
};

} // namespace charter
