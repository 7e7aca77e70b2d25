#pragma once

#include "ImportField.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace charter {

// How one kind of spreadsheet maps onto the register: which header means which field
// (aliases, several per field) and which cell text means which answer (value maps per
// field). Built-in profiles and mapping files (docs/mapping-file.md) are the same data;
// the importer has no per-profile code. On top of a profile's value maps every choice
// field understands its register keys, English labels and common spellings
// ("Y", "TRUE", "in house"...).
//
// Immutable once built; safe to share between threads for reading.
class ImportProfile {
public:
    explicit ImportProfile(const QString &name = QString());

    // "charter" (the columns RegisterCsv writes) and "omb-2025" (the US federal AI
    // use-case inventory, M-25-21 and the 2024 column set).
    static QStringList builtinNames();
    static std::optional<ImportProfile> builtin(const QString &name);

    // Reads a mapping file. BASEPROFILE is used when the file has no "extends" (empty:
    // the mapping stands alone). Errors are ErrorCode::InvalidInput naming the file, the
    // line and the offending key.
    static Result<ImportProfile> fromMappingFile(const QString &path,
                                                 const QString &baseProfile = QString());
    static Result<ImportProfile> fromMapping(const QByteArray &json, const QString &displayName,
                                             const QString &baseProfile = QString());

    const QString &name() const { return m_name; }

    // Header alias: a header cell equal to HEADER after normalisation fills FIELD.
    // Aliases added earlier win when several columns of one file match one field; an
    // alias added with SAMERANK ranks with the one before it, and then the leftmost
    // column wins (mapping files: JSON objects have no order to go by).
    void addColumn(const QString &header, ImportField field, bool sameRank = false);
    // Value alias for a choice field: cell text RAW means VALUE (the enum value as int).
    void addValue(ImportField field, const QString &raw, int value);
    // Adds BASE's aliases and value maps behind this profile's own (which win).
    void extend(const ImportProfile &base);

    struct HeaderMatch {
        ImportField field = ImportField::Ignore;
        int priority = 0; // lower wins
    };
    // The field a header cell fills (see headerCandidates(); long question-style aliases
    // also match as a prefix, for headers with notes appended). nullopt: not ours.
    std::optional<HeaderMatch> matchHeader(QStringView header) const;

    // The aliases of FIELD as written in the profile (for error messages).
    QStringList aliases(ImportField field) const;

    // The value of a choice field for cell text RAW (not blank): the profile's map, then
    // the kind's generic spellings; the whole text first, then its answer part
    // ("Deployed - The use case is..." -> "deployed"). nullopt when nothing matches.
    std::optional<int> mapChoice(ImportField field, QStringView raw) const;

private:
    QString m_name;
    QHash<QString, HeaderMatch> m_headers;              // normalised alias -> field
    QList<std::pair<QString, HeaderMatch>> m_prefixes;  // long aliases, longest first
    QList<std::pair<QString, ImportField>> m_aliasText; // as written, for messages
    QHash<ImportField, QHash<QString, int>> m_values;   // canonical value -> enum value
    int m_nextPriority = 0;
};

} // namespace charter
