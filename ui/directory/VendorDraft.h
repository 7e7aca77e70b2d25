#pragma once

#include "ValueDraft.h"
#include "domain/Vendor.h"

namespace charter {

enum class VendorField {
    Name,
    Viability,
    RoadmapStability,
    SupportMaturity,
    ExitOptions,
    DataPortability,
    SecurityAttestations,
    DataResidency,
    ContractEnd,
    DeprecationNoticeDays,
    Notes,
};

// A vendor risk profile being edited (see ValueDraft). Ratings are int(Rating), the
// contract end a QDate (invalid = unknown), the deprecation notice days (-1 = unknown).
class VendorDraft : public ValueDraft<Vendor>
{
    Q_OBJECT

public:
    explicit VendorDraft(QObject *parent = nullptr);

    QVariant value(int field) const override;
    QString fieldLabel(int field) const override;
    QList<FieldProblem> problems() const override;
    QString problemKey(int field) const override;

protected:
    void writeValue(int field, const QVariant &value) override;
};

} // namespace charter
