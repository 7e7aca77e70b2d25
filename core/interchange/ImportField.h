#pragma once

#include "domain/Enums.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <span>

namespace charter {

// How a system came to be, as spreadsheets ask it ("purchased from a vendor or developed
// in-house?"). Not part of the register itself: on import it decides vendorId and
// vendorUnknown, on export it is derived from them.
enum class Sourcing { Unknown, Vendor, Contractor, Mixed, InHouse };

template <>
std::span<const EnumEntry<Sourcing>> enumEntries<Sourcing>();

// The register fields a spreadsheet column can fill. Their keys ("data.personalData")
// are what mapping files name; docs/mapping-file.md lists them.
enum class ImportField {
    Ignore, // a column deliberately left out (read-only export columns, for example)
    ExternalReference,
    Name,
    Purpose,
    BusinessUnit,
    Lifecycle,
    DeploymentModel,
    AccountableOwnerName,
    AccountableOwnerEmail,
    BusinessOwnerName,
    BusinessOwnerEmail,
    TechnicalOwnerName,
    TechnicalOwnerEmail,
    SupportOwnerName,
    SupportOwnerEmail,
    ItContactName,
    ItContactEmail,
    Vendor,
    Sourcing,
    PersonalData,
    ProductionData,
    SafetyRelated,
    DataResidency,
    AccessScope,
    ExternalProcessing,
    CloudConnectivity,
    CredentialHandling,
    Integrations,
    Maintainer,
    UpdatePolicy,
    IssueEscalation,
    EuAiActCategory,
    EuAiActRole,
    UsOmbHighImpact,
    NextReview,
    Boundaries,
    Escalation,
    ImportNotes,
};

// What kind of value a field holds, which decides how a cell is read.
enum class FieldKind {
    Ignored,
    Text,         // trimmed text; blank tokens ("N/A", "[blank]") become empty
    Answer,       // yes / no / unknown
    Lifecycle,
    DeploymentModel,
    Maintainer,
    EuAiActCategory,
    EuAiActRole,
    Sourcing,
    VendorName,   // one vendor, or several separated by ',' or ';'
    Date,         // ISO 8601 (YYYY-MM-DD) or DD.MM.YYYY
    PersonName,   // an ownership role, by name
    PersonEmail,  // an ownership role, by e-mail address
    Boundaries,   // RegisterCsv's boundaries cell
    Escalation,   // RegisterCsv's escalation cell
    Notes,        // one note per line
};

struct ImportFieldInfo {
    ImportField field;
    const char *key;
    FieldKind kind;
};

std::span<const ImportFieldInfo> importFields();
const ImportFieldInfo &importFieldInfo(ImportField field);
std::optional<ImportField> importFieldFromKey(QStringView key);
QString importFieldKey(ImportField field);

// True for kinds whose cells are looked up in value maps (enumerations).
bool isChoiceKind(FieldKind kind);

// The keys a choice field accepts in a mapping file ("production", "in_house"...).
QStringList choiceKeys(FieldKind kind);

// The enum value (as int) for a register key of a choice kind; nullopt if not a key.
std::optional<int> choiceFromKey(FieldKind kind, const QString &key);

// The register key of a choice value.
QString choiceKey(FieldKind kind, int value);

// Every value of a choice kind with its key and English label (the untranslated source
// text, which is what an English spreadsheet contains).
struct ChoiceEntry {
    int value;
    QString key;
    QString label;
};
QList<ChoiceEntry> choiceEntries(FieldKind kind);

} // namespace charter
