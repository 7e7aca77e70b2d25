#include "Policy.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <cmath>
#include <initializer_list>
#include <limits>

using namespace Qt::StringLiterals;

// The resources of the static charter_core library are only linked in when referenced.
static void initCharterCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace charter {

namespace {

constexpr std::array<const char *, FactorCount> FactorKeys = {
    "autonomous_safety",
    "autonomous_decision",
    "personal_data",
    "production_data",
    "safety_related",
    "external_processing",
    "cloud_connectivity",
    "eu_high_risk",
    "eu_prohibited",
    "us_omb_high_impact",
    "no_accountable_owner",
    "no_escalation_path",
    "escalation_incomplete",
    "boundaries_undocumented",
    "vendor_unknown",
    "vendor_weak_viability",
    "vendor_weak_exit_options",
    "vendor_weak_data_portability",
    "vendor_weak_roadmap",
    "vendor_weak_support",
    "vendor_contract_ending",
    "short_deprecation_notice",
    "review_overdue",
    "review_unscheduled",
    "import_notes",
};
static_assert(size_t(FactorId::ImportNotes) + 1 == FactorCount);

constexpr std::array<RiskTier, 4> Tiers = {RiskTier::Low, RiskTier::Medium, RiskTier::High,
                                           RiskTier::Critical};

constexpr int MaxPoints = 1000;
constexpr int MaxThreshold = 100000;
constexpr int MaxCadenceMonths = 120;
constexpr int MaxDays = 3650;
constexpr int MaxSignOffsPerKind = 5;

namespace Key {
constexpr auto Version = "version"_L1;
constexpr auto Name = "name"_L1;
constexpr auto Description = "description"_L1;
constexpr auto Factors = "factors"_L1;
constexpr auto Points = "points"_L1;
constexpr auto Enabled = "enabled"_L1;
constexpr auto UnknownAnswerPoints = "unknownAnswerPoints"_L1;
constexpr auto Default = "default"_L1;
constexpr auto TierThresholds = "tierThresholds"_L1;
constexpr auto ReviewCadenceMonths = "reviewCadenceMonths"_L1;
constexpr auto TierFloors = "tierFloors"_L1;
constexpr auto ContractEndWarningDays = "contractEndWarningDays"_L1;
constexpr auto MinDeprecationNoticeDays = "minDeprecationNoticeDays"_L1;
constexpr auto RequiredSignOffs = "requiredSignOffs"_L1;
} // namespace Key

QString joinedFactorKeys()
{
    QStringList keys;
    for (const char *key : FactorKeys)
        keys << QString::fromLatin1(key);
    return keys.join(u", "_s);
}

QString joinedGroupKeys()
{
    QStringList keys{Key::Default};
    for (int g = 0; g < QuestionGroupCount; ++g)
        keys << questionGroupKey(QuestionGroup(g));
    return keys.join(u", "_s);
}

} // namespace

QLatin1String factorKey(FactorId factor)
{
    return QLatin1String(FactorKeys[size_t(factor)]);
}

std::optional<FactorId> factorFromKey(QStringView key)
{
    for (size_t i = 0; i < FactorKeys.size(); ++i)
        if (key == QLatin1String(FactorKeys[i]))
            return FactorId(i);
    return std::nullopt;
}

// Reads a policy file field by field; the first problem found becomes the error.
class PolicyParser
{
public:
    explicit PolicyParser(const QString &source) : m_source(source) {}

    Result<Policy> parse(const QByteArray &json)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return syntaxError(json, parseError);
        if (!document.isObject())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("charter::Policy",
                                                         "%1: a risk policy must be a JSON object")
                                 .arg(m_source));

        Policy policy;
        if (!readTopLevel(document.object(), policy))
            return *m_error;
        if (Status status = policy.validate(m_source); !status)
            return status.error();
        return policy;
    }

private:
    Error syntaxError(const QByteArray &json, const QJsonParseError &parseError) const
    {
        const QByteArray before = json.left(qsizetype(parseError.offset));
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = before.size() - (before.lastIndexOf('\n') + 1) + 1;
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("charter::Policy",
                                                     "%1: not valid JSON at line %2, column %3: %4")
                             .arg(m_source)
                             .arg(line)
                             .arg(column)
                             .arg(parseError.errorString()));
    }

    bool readTopLevel(const QJsonObject &root, Policy &policy)
    {
        if (!allowOnly(root, QString(),
                       {Key::Version, Key::Name, Key::Description, Key::Factors,
                        Key::UnknownAnswerPoints, Key::TierThresholds, Key::ReviewCadenceMonths,
                        Key::TierFloors, Key::ContractEndWarningDays,
                        Key::MinDeprecationNoticeDays, Key::RequiredSignOffs}))
            return false;

        if (!readInt(root, Key::Version, QString(), 1, std::numeric_limits<int>::max(),
                     policy.m_version))
            return false;
        if (!readText(root, Key::Name, policy.m_name, true))
            return false;
        if (root.contains(Key::Description) && !readText(root, Key::Description, policy.m_description, false))
            return false;
        if (!readFactors(root, policy) || !readUnknownPoints(root, policy)
            || !readThresholds(root, policy) || !readCadence(root, policy)
            || !readFloors(root, policy) || !readSignOffs(root, policy))
            return false;
        if (root.contains(Key::ContractEndWarningDays)
            && !readInt(root, Key::ContractEndWarningDays, QString(), 0, MaxDays,
                        policy.m_contractEndWarningDays))
            return false;
        if (root.contains(Key::MinDeprecationNoticeDays)
            && !readInt(root, Key::MinDeprecationNoticeDays, QString(), 0, MaxDays,
                        policy.m_minDeprecationNoticeDays))
            return false;
        return true;
    }

    bool readFactors(const QJsonObject &root, Policy &policy)
    {
        QJsonObject factors;
        if (!readObject(root, Key::Factors, QString(), factors))
            return false;
        for (auto it = factors.constBegin(); it != factors.constEnd(); ++it) {
            const QString path = join(Key::Factors, it.key());
            const std::optional<FactorId> id = factorFromKey(it.key());
            if (!id)
                return fail(QCoreApplication::translate(
                                "charter::Policy",
                                "%1: field \"%2\" is not a known risk factor (known factors: %3)")
                                .arg(m_source, path, joinedFactorKeys()));
            if (!it.value().isObject())
                return fail(mustBeObject(path));
            const QJsonObject entry = it.value().toObject();
            if (!allowOnly(entry, path, {Key::Points, Key::Enabled}))
                return false;
            Policy::Weight weight{0, true};
            if (!readInt(entry, Key::Points, path, 0, MaxPoints, weight.points))
                return false;
            if (entry.contains(Key::Enabled)) {
                if (!entry.value(Key::Enabled).isBool())
                    return fail(QCoreApplication::translate(
                                    "charter::Policy", "%1: field \"%2\" must be true or false")
                                    .arg(m_source, join(path, Key::Enabled)));
                weight.enabled = entry.value(Key::Enabled).toBool();
            }
            policy.m_weights[size_t(*id)] = weight;
            policy.m_specified[size_t(*id)] = true;
        }
        return true;
    }

    bool readUnknownPoints(const QJsonObject &root, Policy &policy)
    {
        QJsonObject points;
        if (!readObject(root, Key::UnknownAnswerPoints, QString(), points))
            return false;
        const QString path = Key::UnknownAnswerPoints;
        if (!readInt(points, Key::Default, path, 0, MaxPoints, policy.m_defaultUnknownPoints))
            return false;
        policy.m_unknownPoints.fill(policy.m_defaultUnknownPoints);
        for (auto it = points.constBegin(); it != points.constEnd(); ++it) {
            if (it.key() == Key::Default)
                continue;
            const std::optional<QuestionGroup> group = questionGroupFromKey(it.key());
            if (!group)
                return fail(QCoreApplication::translate(
                                "charter::Policy",
                                "%1: field \"%2\" is not a question group (known groups: %3)")
                                .arg(m_source, join(path, it.key()), joinedGroupKeys()));
            if (!readInt(points, it.key(), path, 0, MaxPoints, policy.m_unknownPoints[size_t(*group)]))
                return false;
        }
        return true;
    }

    bool readThresholds(const QJsonObject &root, Policy &policy)
    {
        QJsonObject thresholds;
        if (!readObject(root, Key::TierThresholds, QString(), thresholds))
            return false;
        const QString path = Key::TierThresholds;
        const QString medium = enumKey(RiskTier::Medium);
        const QString high = enumKey(RiskTier::High);
        const QString critical = enumKey(RiskTier::Critical);
        policy.m_thresholds[size_t(RiskTier::Low)] = 0;
        return allowOnly(thresholds, path, {medium, high, critical})
            && readInt(thresholds, medium, path, 1, MaxThreshold, policy.m_thresholds[size_t(RiskTier::Medium)])
            && readInt(thresholds, high, path, 1, MaxThreshold, policy.m_thresholds[size_t(RiskTier::High)])
            && readInt(thresholds, critical, path, 1, MaxThreshold,
                       policy.m_thresholds[size_t(RiskTier::Critical)]);
    }

    bool readCadence(const QJsonObject &root, Policy &policy)
    {
        QJsonObject cadence;
        if (!readObject(root, Key::ReviewCadenceMonths, QString(), cadence))
            return false;
        const QString path = Key::ReviewCadenceMonths;
        if (!allowOnly(cadence, path, enumKeys<RiskTier>()))
            return false;
        for (RiskTier tier : Tiers)
            if (!readInt(cadence, enumKey(tier), path, 1, MaxCadenceMonths,
                         policy.m_cadenceMonths[size_t(tier)]))
                return false;
        return true;
    }

    bool readFloors(const QJsonObject &root, Policy &policy)
    {
        if (!root.contains(Key::TierFloors))
            return true;
        QJsonObject floors;
        if (!readObject(root, Key::TierFloors, QString(), floors))
            return false;
        for (auto it = floors.constBegin(); it != floors.constEnd(); ++it) {
            const QString path = join(Key::TierFloors, it.key());
            const std::optional<FactorId> id = factorFromKey(it.key());
            if (!id)
                return fail(QCoreApplication::translate(
                                "charter::Policy",
                                "%1: field \"%2\" is not a known risk factor (known factors: %3)")
                                .arg(m_source, path, joinedFactorKeys()));
            // Exact keys only: the file is data another tool may have written.
            std::optional<RiskTier> tier;
            for (RiskTier candidate : Tiers)
                if (it.value().toString() == enumKey(candidate))
                    tier = candidate;
            if (!tier)
                return fail(QCoreApplication::translate("charter::Policy",
                                                        "%1: field \"%2\" must be one of: %3")
                                .arg(m_source, path, enumKeys<RiskTier>().join(u", "_s)));
            policy.m_floors[size_t(*id)] = tier;
        }
        return true;
    }

    // Optional: a policy written before the approval workflow existed keeps the
    // default sign-offs (Policy::defaultRequiredSignOffs). When present, every tier is
    // required; a kind a tier leaves out is not needed at that tier.
    bool readSignOffs(const QJsonObject &root, Policy &policy)
    {
        if (!root.contains(Key::RequiredSignOffs))
            return true;
        QJsonObject tiers;
        if (!readObject(root, Key::RequiredSignOffs, QString(), tiers))
            return false;
        const QString path = Key::RequiredSignOffs;
        if (!allowOnly(tiers, path, enumKeys<RiskTier>()))
            return false;
        for (RiskTier tier : Tiers) {
            QJsonObject kinds;
            if (!readObject(tiers, enumKey(tier), path, kinds))
                return false;
            const QString tierPath = join(path, enumKey(tier));
            if (!allowOnly(kinds, tierPath, enumKeys<SignOffKind>()))
                return false;
            RequiredSignOffs required;
            for (const auto &entry : enumEntries<SignOffKind>()) {
                const QString key = QString::fromLatin1(entry.key);
                if (!kinds.contains(key))
                    continue;
                const int max = entry.value == SignOffKind::Ownership ? 1 : MaxSignOffsPerKind;
                int count = 0;
                if (!readInt(kinds, key, tierPath, 0, max, count))
                    return false;
                required.setCount(entry.value, count);
            }
            policy.m_signOffs[size_t(tier)] = required;
        }
        return true;
    }

    // -- field helpers: each reports its own error and returns false on failure

    bool readInt(const QJsonObject &object, const QString &key, const QString &parent, int min,
                 int max, int &out)
    {
        const QString path = join(parent, key);
        if (!object.contains(key))
            return fail(missing(path));
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(std::nan(""));
        if (!value.isDouble() || std::trunc(number) != number || number < min || number > max)
            return fail(QCoreApplication::translate(
                            "charter::Policy", "%1: field \"%2\" must be a whole number from %3 to %4")
                            .arg(m_source, path)
                            .arg(min)
                            .arg(max));
        out = int(number);
        return true;
    }

    bool readText(const QJsonObject &object, const QString &key, QString &out, bool required)
    {
        if (!object.contains(key))
            return required ? fail(missing(key)) : true;
        const QJsonValue value = object.value(key);
        if (!value.isString())
            return fail(QCoreApplication::translate("charter::Policy", "%1: field \"%2\" must be text")
                            .arg(m_source, key));
        out = value.toString();
        if (required && out.trimmed().isEmpty())
            return fail(QCoreApplication::translate("charter::Policy",
                                                    "%1: field \"%2\" must not be empty")
                            .arg(m_source, key));
        return true;
    }

    bool readObject(const QJsonObject &object, const QString &key, const QString &parent,
                    QJsonObject &out)
    {
        const QString path = join(parent, key);
        if (!object.contains(key))
            return fail(missing(path));
        if (!object.value(key).isObject())
            return fail(mustBeObject(path));
        out = object.value(key).toObject();
        return true;
    }

    bool allowOnly(const QJsonObject &object, const QString &parent, const QStringList &allowed)
    {
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            if (!allowed.contains(it.key()))
                return fail(QCoreApplication::translate(
                                "charter::Policy",
                                "%1: field \"%2\" is not part of a risk policy (check the spelling; "
                                "expected one of: %3)")
                                .arg(m_source, join(parent, it.key()), allowed.join(u", "_s)));
        return true;
    }

    bool allowOnly(const QJsonObject &object, const QString &parent,
                   std::initializer_list<QLatin1String> allowed)
    {
        QStringList keys;
        for (QLatin1String key : allowed)
            keys << key;
        return allowOnly(object, parent, keys);
    }

    QString missing(const QString &path) const
    {
        return QCoreApplication::translate("charter::Policy", "%1: field \"%2\" is missing")
            .arg(m_source, path);
    }

    QString mustBeObject(const QString &path) const
    {
        return QCoreApplication::translate("charter::Policy",
                                           "%1: field \"%2\" must be a JSON object")
            .arg(m_source, path);
    }

    static QString join(const QString &parent, const QString &key)
    {
        return parent.isEmpty() ? key : parent + u'.' + key;
    }

    bool fail(const QString &message)
    {
        m_error = makeError(ErrorCode::InvalidInput, message);
        return false;
    }

    QString m_source;
    std::optional<Error> m_error;
};

Result<Policy> Policy::fromJson(const QByteArray &json, const QString &source)
{
    return PolicyParser(source).parse(json);
}

QByteArray Policy::toJson() const
{
    QJsonObject factors;
    for (int f = 0; f < FactorCount; ++f) {
        const Weight &w = m_weights[size_t(f)];
        factors.insert(factorKey(FactorId(f)),
                       QJsonObject{{Key::Points, w.points}, {Key::Enabled, w.enabled}});
    }
    QJsonObject unknownPoints{{Key::Default, m_defaultUnknownPoints}};
    for (int g = 0; g < QuestionGroupCount; ++g)
        unknownPoints.insert(questionGroupKey(QuestionGroup(g)), m_unknownPoints[size_t(g)]);
    QJsonObject thresholds;
    QJsonObject cadence;
    for (RiskTier tier : Tiers) {
        if (tier != RiskTier::Low)
            thresholds.insert(enumKey(tier), threshold(tier));
        cadence.insert(enumKey(tier), reviewCadenceMonths(tier));
    }
    QJsonObject floors;
    for (int f = 0; f < FactorCount; ++f)
        if (const auto tier = m_floors[size_t(f)])
            floors.insert(factorKey(FactorId(f)), enumKey(*tier));
    QJsonObject signOffs;
    for (RiskTier tier : Tiers) {
        QJsonObject kinds;
        for (const auto &entry : enumEntries<SignOffKind>())
            kinds.insert(QLatin1String(entry.key), requiredSignOffs(tier).count(entry.value));
        signOffs.insert(enumKey(tier), kinds);
    }

    QJsonObject root{
        {Key::Version, m_version},
        {Key::Name, m_name},
        {Key::Factors, factors},
        {Key::UnknownAnswerPoints, unknownPoints},
        {Key::TierThresholds, thresholds},
        {Key::ReviewCadenceMonths, cadence},
        {Key::TierFloors, floors},
        {Key::ContractEndWarningDays, m_contractEndWarningDays},
        {Key::MinDeprecationNoticeDays, m_minDeprecationNoticeDays},
        {Key::RequiredSignOffs, signOffs},
    };
    if (!m_description.isEmpty())
        root.insert(Key::Description, m_description);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Policy Policy::defaultPolicy()
{
    // Parsed once; the file is part of the binary and tst_policy proves it parses.
    static const Policy policy = [] {
        initCharterCoreResources();
        QFile file(u":/charter/core/default-policy.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("charter: the built-in risk policy resource is missing");
        Result<Policy> parsed = fromJson(file.readAll(), u"default-policy.json"_s);
        if (!parsed)
            qFatal("charter: %s", qPrintable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return policy;
}

Status Policy::validate(const QString &source) const
{
    auto invalid = [&](const QString &field, const QString &problem) {
        return Status(makeError(ErrorCode::InvalidInput,
                                QCoreApplication::translate("charter::Policy", "%1: field \"%2\": %3")
                                    .arg(source, field, problem)));
    };
    if (m_version < 1)
        return invalid(Key::Version, QCoreApplication::translate("charter::Policy",
                                                                 "must be 1 or more"));
    if (m_name.trimmed().isEmpty())
        return invalid(Key::Name, QCoreApplication::translate("charter::Policy", "must not be empty"));
    const int medium = threshold(RiskTier::Medium);
    const int high = threshold(RiskTier::High);
    const int critical = threshold(RiskTier::Critical);
    if (!(0 < medium && medium < high && high < critical))
        return invalid(Key::TierThresholds,
                       QCoreApplication::translate(
                           "charter::Policy",
                           "thresholds must increase from above 0: medium %1, high %2, critical %3")
                           .arg(medium)
                           .arg(high)
                           .arg(critical));
    for (RiskTier tier : Tiers)
        if (reviewCadenceMonths(tier) < 1)
            return invalid(QString(Key::ReviewCadenceMonths) + u'.' + enumKey(tier),
                           QCoreApplication::translate("charter::Policy", "must be 1 or more"));
    for (RiskTier tier : Tiers) {
        const RequiredSignOffs required = requiredSignOffs(tier);
        const QString field = QString(Key::RequiredSignOffs) + u'.' + enumKey(tier);
        if (required.total() < 1)
            return invalid(field, QCoreApplication::translate(
                                      "charter::Policy",
                                      "an approval must need at least one sign-off"));
        if (required.ownership > 1 || required.itReview < 0 || required.board < 0
            || required.itReview > MaxSignOffsPerKind || required.board > MaxSignOffsPerKind)
            return invalid(field, QCoreApplication::translate(
                                      "charter::Policy",
                                      "ownership is 0 or 1; other sign-offs from 0 to %1")
                                      .arg(MaxSignOffsPerKind));
    }
    for (const Weight &w : m_weights)
        if (w.points < 0)
            return invalid(Key::Factors, QCoreApplication::translate(
                                             "charter::Policy", "points must not be negative"));
    return Status();
}

void Policy::setWeight(FactorId factor, int points, bool enabled)
{
    m_weights[size_t(factor)] = Weight{points, enabled};
    m_specified[size_t(factor)] = true;
}

QList<FactorId> Policy::missingFactors() const
{
    QList<FactorId> missing;
    for (int f = 0; f < FactorCount; ++f)
        if (!m_specified[size_t(f)])
            missing.append(FactorId(f));
    return missing;
}

void Policy::setDefaultUnknownPoints(int points)
{
    m_defaultUnknownPoints = points;
    m_unknownPoints.fill(points);
}

void Policy::setThresholds(int medium, int high, int critical)
{
    m_thresholds = {0, medium, high, critical};
}

RiskTier Policy::tierForScore(int score) const
{
    for (auto it = Tiers.rbegin(); it != Tiers.rend(); ++it)
        if (score >= threshold(*it))
            return *it;
    return RiskTier::Low;
}

bool Policy::operator==(const Policy &other) const
{
    return m_version == other.m_version && m_name == other.m_name
        && m_description == other.m_description && m_weights == other.m_weights
        && m_defaultUnknownPoints == other.m_defaultUnknownPoints
        && m_unknownPoints == other.m_unknownPoints && m_thresholds == other.m_thresholds
        && m_cadenceMonths == other.m_cadenceMonths && m_floors == other.m_floors
        && m_contractEndWarningDays == other.m_contractEndWarningDays
        && m_minDeprecationNoticeDays == other.m_minDeprecationNoticeDays
        && m_signOffs == other.m_signOffs;
}

RequiredSignOffs Policy::defaultRequiredSignOffs(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Low:
    case RiskTier::Medium:
        return RequiredSignOffs{1, 1, 0};
    case RiskTier::High:
        return RequiredSignOffs{1, 1, 1};
    case RiskTier::Critical:
        return RequiredSignOffs{1, 1, 2};
    }
    return RequiredSignOffs{1, 1, 0};
}

void RequiredSignOffs::setCount(SignOffKind kind, int count)
{
    switch (kind) {
    case SignOffKind::ItReview:
        itReview = count;
        break;
    case SignOffKind::Ownership:
        ownership = count;
        break;
    case SignOffKind::Board:
        board = count;
        break;
    }
}

} // namespace charter
