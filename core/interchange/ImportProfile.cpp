#include "ImportProfile.h"

#include "ImportNormalise.h"
#include "RegisterCsv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

// ---- Built-in profiles as data ----------------------------------------------------

struct ColumnAlias {
    ImportField field;
    const char *header;
};

struct ValueAlias {
    ImportField field;
    const char *value;
    const char *key; // register key of the field's kind
};

// The US federal AI use-case inventory (OMB M-25-21 for 2025, plus the 2024 headers
// that mean the same). Columns without a register field (justification, topic area,
// classification, ATO, testing and monitoring practices...) are left out on purpose;
// the "Email Address" column is a contact mailbox or web form, not a person.
constexpr ColumnAlias kOmbColumns[] = {
    {ImportField::ExternalReference, "Use Case ID"},
    {ImportField::ExternalReference, "Use Case Identifier"},
    {ImportField::ExternalReference, "Use Case Number"},
    {ImportField::ExternalReference, "ID"},
    {ImportField::Name, "Use Case Name"},
    {ImportField::Name, "AI Use Case Name"},
    {ImportField::Name, "Use Case Title"},
    {ImportField::Name, "Name"},
    {ImportField::Name, "Title"},
    {ImportField::Purpose, "What problem is the AI intended to solve?"},
    {ImportField::Purpose, "What is the intended purpose and expected benefits of the AI?"},
    {ImportField::Purpose, "Description"},
    {ImportField::Purpose, "Use Case Description"},
    {ImportField::Purpose, "Summary of Use Case"},
    {ImportField::Purpose, "Purpose"},
    {ImportField::BusinessUnit, "Bureau/Component"},
    {ImportField::BusinessUnit, "Bureau"},
    {ImportField::BusinessUnit, "Component"},
    {ImportField::BusinessUnit, "Agency Component"},
    {ImportField::BusinessUnit, "Bureau/Office"},
    {ImportField::BusinessUnit, "Office"},
    {ImportField::BusinessUnit, "Agency"},
    {ImportField::Lifecycle, "Stage of Development"},
    {ImportField::Lifecycle, "Development Stage"},
    {ImportField::Lifecycle, "Stage of System Development Life Cycle"},
    {ImportField::Lifecycle, "Lifecycle Stage"},
    {ImportField::Lifecycle, "Stage"},
    {ImportField::Lifecycle, "Status"},
    {ImportField::UsOmbHighImpact, "Is the AI use case high-impact?"},
    {ImportField::UsOmbHighImpact,
     "Is the AI use case rights-impacting, safety-impacting, both, or neither?"},
    {ImportField::UsOmbHighImpact,
     "Is the AI use case found to be safety-impacting or rights-impacting?"},
    {ImportField::UsOmbHighImpact, "High-impact"},
    {ImportField::Sourcing,
     "Was the system involved in this use case purchased from a vendor or "
     "developed under contract(s) or in-house?"},
    {ImportField::Sourcing,
     "Was the AI system involved in this use case purchased from a vendor "
     "or developed in-house?"},
    {ImportField::Sourcing, "Was the system involved in this use case purchased from a vendor"},
    {ImportField::Sourcing, "Purchased or developed in-house"},
    {ImportField::Vendor, "Vendor(s) Name"},
    {ImportField::Vendor, "Vendor Name"},
    {ImportField::Vendor, "Vendor(s)"},
    {ImportField::Vendor, "Vendors"},
    {ImportField::Vendor, "Vendor"},
    {ImportField::PersonalData,
     "Does this AI use case involve personally identifiable "
     "information (PII) that is maintained by the agency?"},
    {ImportField::PersonalData,
     "Does this AI use case involve personally identifiable "
     "information (PII)"},
    {ImportField::PersonalData, "Involves PII"},
    {ImportField::PersonalData, "PII"},
    // "The name of the system(s) associated with the use case": the existing systems the
    // AI is part of, which is what the register calls integrations.
    {ImportField::Integrations, "System(s) Name"},
    {ImportField::Integrations, "System Name"},
};

constexpr ValueAlias kOmbValues[] = {
    // OMB: "the use case is in a development or acquisition status".
    {ImportField::Lifecycle, "Pre-deployment", "development"},
    {ImportField::Lifecycle, "Initiated", "proposed"},
    {ImportField::Lifecycle, "Initiation", "proposed"},
    {ImportField::Lifecycle, "Acquisition and/or Development", "development"},
    {ImportField::Lifecycle, "Development and Acquisition", "development"},
    {ImportField::Lifecycle, "Implementation and Assessment", "pilot"},
    {ImportField::Lifecycle, "Operation and Maintenance", "production"},
    {ImportField::Lifecycle, "Deployed", "production"},
    {ImportField::UsOmbHighImpact, "High-impact", "yes"},
    {ImportField::UsOmbHighImpact, "Presumed high-impact", "yes"},
    {ImportField::UsOmbHighImpact, "Presumed high-impact but determined not high-impact", "no"},
    {ImportField::UsOmbHighImpact, "Not high-impact", "no"},
    {ImportField::UsOmbHighImpact, "Rights-impacting", "yes"},
    {ImportField::UsOmbHighImpact, "Safety-impacting", "yes"},
    {ImportField::UsOmbHighImpact, "Both", "yes"},
    {ImportField::UsOmbHighImpact, "Neither", "no"},
    {ImportField::Sourcing, "Developed with both contracting and in-house resources", "mixed"},
    {ImportField::Sourcing, "In-house & Contractor", "mixed"},
    {ImportField::Sourcing, "In-house and Contractor", "mixed"},
    {ImportField::Sourcing, "Developed under contract(s)", "contractor"},
    {ImportField::Sourcing, "Developed under contract", "contractor"},
};

// Spellings every profile understands, per kind (on top of keys and English labels).
struct GenericValue {
    FieldKind kind;
    const char *value;
    const char *key;
};

constexpr GenericValue kGenericValues[] = {
    {FieldKind::Answer, "y", "yes"},
    {FieldKind::Answer, "true", "yes"},
    {FieldKind::Answer, "1", "yes"},
    {FieldKind::Answer, "n", "no"},
    {FieldKind::Answer, "false", "no"},
    {FieldKind::Answer, "0", "no"},
    {FieldKind::Lifecycle, "planned", "proposed"},
    {FieldKind::Lifecycle, "planning", "proposed"},
    {FieldKind::Lifecycle, "idea", "proposed"},
    {FieldKind::Lifecycle, "under development", "development"},
    {FieldKind::Lifecycle, "piloting", "pilot"},
    {FieldKind::Lifecycle, "in pilot", "pilot"},
    {FieldKind::Lifecycle, "trial", "pilot"},
    {FieldKind::Lifecycle, "live", "production"},
    {FieldKind::Lifecycle, "deployed", "production"},
    {FieldKind::Lifecycle, "operational", "production"},
    {FieldKind::Lifecycle, "in use", "production"},
    {FieldKind::Lifecycle, "in operation", "production"},
    {FieldKind::Lifecycle, "decommissioned", "retired"},
    {FieldKind::Lifecycle, "withdrawn", "retired"},
    {FieldKind::DeploymentModel, "on-prem", "on_premises"},
    {FieldKind::DeploymentModel, "on premise", "on_premises"},
    {FieldKind::DeploymentModel, "saas", "vendor_saas"},
    {FieldKind::DeploymentModel, "software as a service", "vendor_saas"},
    {FieldKind::DeploymentModel, "vendor-hosted", "vendor_saas"},
    {FieldKind::Maintainer, "internal", "in_house"},
    {FieldKind::Maintainer, "contractor", "partner"},
    {FieldKind::Maintainer, "third party", "partner"},
    {FieldKind::EuAiActCategory, "unacceptable risk", "prohibited"},
    {FieldKind::EuAiActCategory, "high", "high_risk"},
    {FieldKind::EuAiActCategory, "limited", "limited_risk"},
    {FieldKind::EuAiActCategory, "minimal", "minimal_risk"},
    {FieldKind::EuAiActCategory, "out of scope", "not_in_scope"},
    {FieldKind::EuAiActRole, "user", "deployer"},
    {FieldKind::Sourcing, "purchased", "vendor"},
    {FieldKind::Sourcing, "commercial", "vendor"},
    {FieldKind::Sourcing, "cots", "vendor"},
    {FieldKind::Sourcing, "internal", "in_house"},
    {FieldKind::Sourcing, "developed internally", "in_house"},
    {FieldKind::Sourcing, "contract", "contractor"},
    {FieldKind::Sourcing, "contracted", "contractor"},
    {FieldKind::Sourcing, "both", "mixed"},
};

using ValueMap = QHash<QString, int>;

const ValueMap &genericValues(FieldKind kind)
{
    static const QHash<FieldKind, ValueMap> maps = [] {
        QHash<FieldKind, ValueMap> result;
        for (const FieldKind kind :
             {FieldKind::Answer, FieldKind::Lifecycle, FieldKind::DeploymentModel,
              FieldKind::Maintainer, FieldKind::EuAiActCategory, FieldKind::EuAiActRole,
              FieldKind::Sourcing}) {
            ValueMap &map = result[kind];
            for (const ChoiceEntry &entry : choiceEntries(kind)) {
                map.insert(canonicalValue(entry.key), entry.value);
                map.insert(canonicalValue(entry.label), entry.value);
            }
        }
        for (const GenericValue &generic : kGenericValues)
            result[generic.kind].insert(
                canonicalValue(QString::fromUtf8(generic.value)),
                *choiceFromKey(generic.kind, QString::fromLatin1(generic.key)));
        return result;
    }();
    static const ValueMap empty;
    const auto it = maps.constFind(kind);
    return it == maps.constEnd() ? empty : *it;
}

ImportProfile ombProfile()
{
    ImportProfile profile(u"omb-2025"_s);
    for (const ColumnAlias &alias : kOmbColumns)
        profile.addColumn(QString::fromUtf8(alias.header), alias.field);
    for (const ValueAlias &alias : kOmbValues)
        profile.addValue(
            alias.field, QString::fromUtf8(alias.value),
            *choiceFromKey(importFieldInfo(alias.field).kind, QString::fromLatin1(alias.key)));
    return profile;
}

// The columns RegisterCsv writes, plus the field keys themselves as headers.
ImportProfile charterProfile()
{
    ImportProfile profile(u"charter"_s);
    for (const RegisterCsvColumn &column : registerCsvColumns())
        profile.addColumn(QString::fromUtf8(column.header), column.field);
    for (const ImportFieldInfo &info : importFields())
        if (info.field != ImportField::Ignore)
            profile.addColumn(QString::fromLatin1(info.key), info.field);
    return profile;
}

int wordCount(QStringView normalised)
{
    return normalised.isEmpty() ? 0 : int(normalised.count(u' ')) + 1;
}

// ---- Mapping files ----------------------------------------------------------------

int lineOfOffset(const QByteArray &json, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, json.size());
    return int(QByteArrayView(json).first(offset).count('\n')) + 1;
}

// Best-effort line of a JSON key path (QJsonDocument keeps no positions): each path
// element is searched as a quoted string after the previous one.
int lineOfPath(const QByteArray &json, const QStringList &path)
{
    qsizetype position = 0;
    for (const QString &element : path) {
        QByteArray quoted = QJsonDocument(QJsonArray{element}).toJson(QJsonDocument::Compact);
        quoted = quoted.mid(1, quoted.size() - 2); // drop [ and ]
        const qsizetype found = json.indexOf(quoted, position);
        if (found < 0)
            break;
        position = found + quoted.size();
    }
    return lineOfOffset(json, position);
}

Error mappingError(const QString &displayName, int line, const QString &message)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("charter::ImportProfile", "%1, line %2: %3")
                         .arg(displayName)
                         .arg(line)
                         .arg(message));
}

QString fieldKeyList()
{
    QStringList keys;
    for (const ImportFieldInfo &info : importFields())
        keys << QString::fromLatin1(info.key);
    return keys.join(u", "_s);
}

} // namespace

ImportProfile::ImportProfile(const QString &name) : m_name(name)
{
}

QStringList ImportProfile::builtinNames()
{
    return {u"charter"_s, u"omb-2025"_s};
}

std::optional<ImportProfile> ImportProfile::builtin(const QString &name)
{
    static const ImportProfile charter = charterProfile();
    static const ImportProfile omb = ombProfile();
    const QString key = name.trimmed().toLower();
    if (key == charter.name())
        return charter;
    if (key == omb.name() || key == u"omb"_s)
        return omb;
    return std::nullopt;
}

void ImportProfile::addColumn(const QString &header, ImportField field, bool sameRank)
{
    const QString normalised = normaliseHeader(header);
    if (normalised.isEmpty() || m_headers.contains(normalised))
        return;
    const int priority = sameRank && m_nextPriority > 0 ? m_nextPriority - 1 : m_nextPriority++;
    const HeaderMatch match{field, priority};
    m_headers.insert(normalised, match);
    m_aliasText.append({header, field});
    if (wordCount(normalised) >= 4) { // question-style headers get notes appended
        m_prefixes.append({normalised, match});
        std::stable_sort(m_prefixes.begin(), m_prefixes.end(), [](const auto &a, const auto &b) {
            return a.first.size() > b.first.size();
        });
    }
}

void ImportProfile::addValue(ImportField field, const QString &raw, int value)
{
    const QString canonical = canonicalValue(raw);
    QHash<QString, int> &map = m_values[field];
    if (!canonical.isEmpty() && !map.contains(canonical))
        map.insert(canonical, value);
}

void ImportProfile::extend(const ImportProfile &base)
{
    for (const auto &[header, field] : base.m_aliasText)
        addColumn(header, field);
    for (auto it = base.m_values.cbegin(); it != base.m_values.cend(); ++it) {
        QHash<QString, int> &map = m_values[it.key()];
        for (auto value = it->cbegin(); value != it->cend(); ++value)
            if (!map.contains(value.key()))
                map.insert(value.key(), value.value());
    }
}

std::optional<ImportProfile::HeaderMatch> ImportProfile::matchHeader(QStringView header) const
{
    const QStringList candidates = headerCandidates(header);
    for (const QString &candidate : candidates)
        if (const auto it = m_headers.constFind(candidate); it != m_headers.constEnd())
            return *it;
    const QString &full = candidates.constFirst();
    for (const auto &[alias, match] : m_prefixes)
        if (full.size() > alias.size() && full.startsWith(alias)
            && !full.at(alias.size()).isLetterOrNumber())
            return match;
    return std::nullopt;
}

QStringList ImportProfile::aliases(ImportField field) const
{
    QStringList result;
    for (const auto &[header, aliasField] : m_aliasText)
        if (aliasField == field)
            result << header;
    return result;
}

std::optional<int> ImportProfile::mapChoice(ImportField field, QStringView raw) const
{
    const ValueMap *own = nullptr;
    if (const auto it = m_values.constFind(field); it != m_values.constEnd())
        own = &*it;
    const ValueMap &generic = genericValues(importFieldInfo(field).kind);
    const auto lookup = [&](const QString &key) -> std::optional<int> {
        if (key.isEmpty())
            return std::nullopt;
        if (own)
            if (const auto it = own->constFind(key); it != own->constEnd())
                return *it;
        if (const auto it = generic.constFind(key); it != generic.constEnd())
            return *it;
        return std::nullopt;
    };
    if (const auto value = lookup(canonicalValue(raw)))
        return value;
    return lookup(canonicalValueHead(raw));
}

Result<ImportProfile> ImportProfile::fromMappingFile(const QString &path,
                                                     const QString &baseProfile)
{
    const QString displayName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("charter::ImportProfile",
                                                     "%1: cannot read the mapping file (%2).")
                             .arg(path, file.errorString()));
    if (file.size() > 4 * 1024 * 1024)
        return mappingError(displayName, 1,
                            QCoreApplication::translate("charter::ImportProfile",
                                                        "the mapping file is larger than 4 MiB; "
                                                        "it cannot be a mapping file."));
    return fromMapping(file.readAll(), displayName, baseProfile);
}

Result<ImportProfile> ImportProfile::fromMapping(const QByteArray &json, const QString &displayName,
                                                 const QString &baseProfile)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return mappingError(
            displayName, lineOfOffset(json, parseError.offset),
            QCoreApplication::translate("charter::ImportProfile", "not valid JSON (%1).")
                .arg(parseError.errorString()));
    if (!document.isObject())
        return mappingError(
            displayName, 1,
            QCoreApplication::translate("charter::ImportProfile",
                                        "a mapping file is a JSON object with \"columns\" and "
                                        "optionally \"values\", \"extends\" and \"name\"."));
    const QJsonObject root = document.object();
    static const QStringList topLevelKeys = {u"name"_s, u"description"_s, u"extends"_s,
                                             u"columns"_s, u"values"_s};
    for (const QString &key : root.keys())
        if (!topLevelKeys.contains(key))
            return mappingError(
                displayName, lineOfPath(json, {key}),
                QCoreApplication::translate("charter::ImportProfile",
                                            "unknown key \u201c%1\u201d; a mapping file has the "
                                            "keys %2.")
                    .arg(key, topLevelKeys.join(u", "_s)));
    for (const QString &key : {u"name"_s, u"description"_s, u"extends"_s})
        if (root.contains(key) && !root.value(key).isString())
            return mappingError(displayName, lineOfPath(json, {key}),
                                QCoreApplication::translate("charter::ImportProfile",
                                                            "\u201c%1\u201d must be a string.")
                                    .arg(key));
    for (const QString &key : {u"columns"_s, u"values"_s})
        if (root.contains(key) && !root.value(key).isObject())
            return mappingError(displayName, lineOfPath(json, {key}),
                                QCoreApplication::translate("charter::ImportProfile",
                                                            "\u201c%1\u201d must be an object.")
                                    .arg(key));

    QString base = baseProfile;
    if (root.contains(u"extends"_s)) {
        base = root.value(u"extends"_s).toString();
        if (!builtin(base))
            return mappingError(
                displayName, lineOfPath(json, {u"extends"_s}),
                QCoreApplication::translate("charter::ImportProfile",
                                            "\u201c" "extends\u201d names the profile \u201c%1\u201d, "
                                            "which does not exist; built-in profiles: %2.")
                    .arg(base, builtinNames().join(u", "_s)));
    }

    ImportProfile profile(root.value(u"name"_s).toString(displayName));
    const QJsonObject columns = root.value(u"columns"_s).toObject();
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        const int line = lineOfPath(json, {u"columns"_s, it.key()});
        if (it.value().isNull()) { // null: keep this column out, even if the base maps it
            profile.addColumn(it.key(), ImportField::Ignore, true);
            continue;
        }
        const auto field =
            it.value().isString() ? importFieldFromKey(it.value().toString()) : std::nullopt;
        if (!field)
            return mappingError(displayName, line,
                                QCoreApplication::translate(
                                    "charter::ImportProfile",
                                    "column \u201c%1\u201d maps to \u201c%2\u201d, which is "
                                    "not a register field. Fields: %3 (or null to leave "
                                    "the column out).")
                                    .arg(it.key(),
                                         it.value().isString()
                                             ? it.value().toString()
                                             : QCoreApplication::translate("charter::ImportProfile",
                                                                           "a non-string"),
                                         fieldKeyList()));
        profile.addColumn(it.key(), *field, true);
    }

    const QJsonObject values = root.value(u"values"_s).toObject();
    for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
        const auto field = importFieldFromKey(it.key());
        const int line = lineOfPath(json, {u"values"_s, it.key()});
        if (!field)
            return mappingError(
                displayName, line,
                QCoreApplication::translate("charter::ImportProfile",
                                            "\u201cvalues\u201d has \u201c%1\u201d, which is not a "
                                            "register field. Fields: %2.")
                    .arg(it.key(), fieldKeyList()));
        const FieldKind kind = importFieldInfo(*field).kind;
        if (!isChoiceKind(kind))
            return mappingError(
                displayName, line,
                QCoreApplication::translate("charter::ImportProfile",
                                            "the field \u201c%1\u201d holds free text; only fields "
                                            "with fixed answers have value maps.")
                    .arg(it.key()));
        if (!it.value().isObject())
            return mappingError(
                displayName, line,
                QCoreApplication::translate("charter::ImportProfile",
                                            "the value map of \u201c%1\u201d must be an object "
                                            "(cell text -> register key).")
                    .arg(it.key()));
        const QJsonObject map = it.value().toObject();
        for (auto value = map.constBegin(); value != map.constEnd(); ++value) {
            const auto choice = value.value().isString()
                ? choiceFromKey(kind, value.value().toString())
                : std::nullopt;
            if (!choice)
                return mappingError(displayName,
                                    lineOfPath(json, {u"values"_s, it.key(), value.key()}),
                                    QCoreApplication::translate(
                                        "charter::ImportProfile",
                                        "\u201c%1\u201d \u2192 \u201c%2\u201d: the value must "
                                        "be one of %3.")
                                        .arg(value.key(), value.value().toString(),
                                             choiceKeys(kind).join(u", "_s)));
            profile.addValue(*field, value.key(), *choice);
        }
    }

    if (!base.isEmpty()) {
        const auto baseProfileData = builtin(base);
        if (!baseProfileData)
            return mappingError(
                displayName, 1,
                QCoreApplication::translate("charter::ImportProfile",
                                            "the base profile \u201c%1\u201d does not exist; "
                                            "built-in profiles: %2.")
                    .arg(base, builtinNames().join(u", "_s)));
        profile.extend(*baseProfileData);
    }
    if (profile.aliases(ImportField::Name).isEmpty())
        return mappingError(
            displayName, lineOfPath(json, {u"columns"_s}),
            QCoreApplication::translate("charter::ImportProfile",
                                        "no column maps to \u201cname\u201d; every system needs a "
                                        "name column (it also finds the header row)."));
    return profile;
}

} // namespace charter
