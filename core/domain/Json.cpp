#include "Json.h"
#include "CanonicalSystemJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

// ---- writing ---------------------------------------------------------------------

// Unknown and absent values are null (see Json.h); enums always have a key.
QJsonValue textValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue referenceValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue countValue(int count)
{
    return count >= 0 ? QJsonValue(count) : QJsonValue(QJsonValue::Null);
}

// Dates ISO 8601 cannot write (years outside 0..9999) give "", so null, never "".
QJsonValue dateValue(QDate date)
{
    return textValue(date.isValid() ? date.toString(Qt::ISODate) : QString());
}

// UTC with a "Z"; milliseconds only when there are some, so whole seconds stay readable
// and nothing is lost.
QJsonValue timestampValue(const QDateTime &timestamp)
{
    if (!timestamp.isValid())
        return QJsonValue(QJsonValue::Null);
    const QDateTime utc = timestamp.toUTC();
    return textValue(utc.toString(utc.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate));
}

template <typename E>
QJsonValue keyValue(E value)
{
    return enumKey(value);
}

QJsonArray textArray(const QStringList &texts)
{
    QJsonArray array;
    for (const QString &text : texts)
        array.append(text);
    return array;
}

QJsonObject toJson(const DecisionBoundary &boundary)
{
    return QJsonObject{
        {u"decision"_s, textValue(boundary.decision)},
        {u"influence"_s, keyValue(boundary.influence)},
        {u"humanIntervention"_s, textValue(boundary.humanIntervention)},
        {u"failureHandling"_s, textValue(boundary.failureHandling)},
        {u"uncertaintyReporting"_s, textValue(boundary.uncertaintyReporting)},
    };
}

QJsonObject toJson(const EscalationStep &step)
{
    return QJsonObject{
        {u"severity"_s, keyValue(step.severity)},
        {u"personId"_s, referenceValue(step.personId)},
        {u"channel"_s, textValue(step.channel)},
        {u"responseMinutes"_s, countValue(step.responseMinutes)},
    };
}

QJsonObject toJson(const Ownership &ownership)
{
    return QJsonObject{
        {u"accountableOwnerId"_s, referenceValue(ownership.accountableOwnerId)},
        {u"businessOwnerId"_s, referenceValue(ownership.businessOwnerId)},
        {u"technicalOwnerId"_s, referenceValue(ownership.technicalOwnerId)},
        {u"supportOwnerId"_s, referenceValue(ownership.supportOwnerId)},
        {u"itContactId"_s, referenceValue(ownership.itContactId)},
    };
}

QJsonObject toJson(const DataSecurity &data)
{
    return QJsonObject{
        {u"personalData"_s, keyValue(data.personalData)},
        {u"productionData"_s, keyValue(data.productionData)},
        {u"safetyRelated"_s, keyValue(data.safetyRelated)},
        {u"dataResidency"_s, textValue(data.dataResidency)},
        {u"accessScope"_s, textValue(data.accessScope)},
        {u"externalProcessing"_s, keyValue(data.externalProcessing)},
        {u"cloudConnectivity"_s, keyValue(data.cloudConnectivity)},
        {u"credentialHandling"_s, textValue(data.credentialHandling)},
        {u"integrations"_s, textValue(data.integrations)},
    };
}

QJsonObject toJson(const SupportModel &support)
{
    return QJsonObject{
        {u"maintainer"_s, keyValue(support.maintainer)},
        {u"updatePolicy"_s, textValue(support.updatePolicy)},
        {u"issueEscalation"_s, textValue(support.issueEscalation)},
    };
}

QJsonObject toJson(const RegulatoryClassification &regulatory)
{
    return QJsonObject{
        {u"euAiActCategory"_s, keyValue(regulatory.euAiActCategory)},
        {u"euAiActRole"_s, keyValue(regulatory.euAiActRole)},
        {u"usOmbHighImpact"_s, keyValue(regulatory.usOmbHighImpact)},
    };
}

// ---- reading ---------------------------------------------------------------------

QString childPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString itemPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QCoreApplication::translate("charter::Json", "null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("charter::Json", "true/false");
    case QJsonValue::Double:
        return QCoreApplication::translate("charter::Json", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("charter::Json", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("charter::Json", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("charter::Json", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("charter::Json", "nothing");
}

// A whole JSON number in [minimum, maximum], or nullopt. Integral text is kept as a
// 64-bit integer by QJsonValue, so large ids are exact.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 number = value.toInteger();
    if (double(number) != value.toDouble() || number < minimum || number > maximum)
        return std::nullopt;
    return number;
}

// Reads the fields of one JSON object, remembering which keys it asked for so that
// finish() can reject unknown (for example misspelt) fields instead of dropping them.
// The first error wins and is shared with nested readers; after it every getter
// returns a default, so parsing code can stay linear.
class FieldReader {
public:
    FieldReader(const QJsonObject &object, const QString &path, std::optional<Error> &error)
        : m_object(object), m_path(path), m_error(error)
    {
    }

    bool failed() const { return m_error.has_value(); }
    QString pathOf(const QString &key) const { return childPath(m_path, key); }

    void fail(const QString &path, const QString &problem)
    {
        if (!m_error)
            m_error = makeError(ErrorCode::InvalidInput, u"%1: %2"_s.arg(path, problem));
    }

    void failType(const QString &path, const QString &expected, const QJsonValue &found)
    {
        fail(path, QCoreApplication::translate("charter::Json", "expected %1, found %2.")
                       .arg(expected, describe(found)));
    }

    // Text; null or missing is empty (unknown).
    QString text(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isString())
            return value.toString();
        if (!value.isNull() && !value.isUndefined())
            failType(pathOf(key), QCoreApplication::translate("charter::Json", "a string or null"), value);
        return QString();
    }

    // Id of a person, vendor or record; null or missing is 0 (nobody / not assigned).
    qint64 reference(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isNull() || value.isUndefined())
            return 0;
        if (const auto id = wholeNumber(value, 1, std::numeric_limits<qint64>::max()))
            return *id;
        failType(pathOf(key),
                 QCoreApplication::translate("charter::Json", "a whole number of 1 or more, or null"),
                 value);
        return 0;
    }

    // Non-negative count (minutes, days); null or missing is -1 (unknown).
    int count(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isNull() || value.isUndefined())
            return -1;
        if (const auto number = wholeNumber(value, 0, std::numeric_limits<int>::max()))
            return int(*number);
        failType(pathOf(key),
                 QCoreApplication::translate("charter::Json", "a whole number of 0 or more, or null"),
                 value);
        return -1;
    }

    // Non-negative whole number that is never unknown (record version); missing is 0.
    int counter(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined())
            return 0;
        if (const auto number = wholeNumber(value, 0, std::numeric_limits<int>::max()))
            return int(*number);
        failType(pathOf(key), QCoreApplication::translate("charter::Json", "a whole number of 0 or more"),
                 value);
        return 0;
    }

    std::optional<bool> flag(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isBool())
            return value.toBool();
        if (!value.isUndefined())
            failType(pathOf(key), QCoreApplication::translate("charter::Json", "true or false"), value);
        return std::nullopt;
    }

    // Calendar date "YYYY-MM-DD"; null or missing is an invalid date (unknown / none).
    QDate date(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isNull() || value.isUndefined())
            return QDate();
        if (!value.isString()) {
            failType(pathOf(key), QCoreApplication::translate("charter::Json", "a date (YYYY-MM-DD) or null"),
                     value);
            return QDate();
        }
        const QString text = value.toString();
        // QDate::fromString() is lenient (it ignores trailing text); the pattern is the
        // schema's, so both accept exactly the same dates.
        static const QRegularExpression pattern(u"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"_s);
        const QDate date = pattern.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (!date.isValid())
            fail(pathOf(key), QCoreApplication::translate("charter::Json", "\"%1\" is not a date of the form "
                                                                           "YYYY-MM-DD, e.g. 2025-06-30.")
                                  .arg(text));
        return date;
    }

    // ISO 8601 date and time with "Z" or an offset, returned in UTC; null or missing is
    // invalid (unknown). A time without a zone is rejected: it would depend on the reader.
    QDateTime timestamp(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isNull() || value.isUndefined())
            return QDateTime();
        if (!value.isString()) {
            failType(pathOf(key),
                     QCoreApplication::translate("charter::Json", "an ISO 8601 date and time or null"), value);
            return QDateTime();
        }
        const QString text = value.toString();
        // The schema's pattern: seconds and a zone are required, fractions optional.
        static const QRegularExpression pattern(
            u"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$"_s);
        const QDateTime timestamp = pattern.match(text).hasMatch()
            ? QDateTime::fromString(text, Qt::ISODateWithMs)
            : QDateTime();
        if (!timestamp.isValid()) {
            fail(pathOf(key),
                 QCoreApplication::translate("charter::Json", "\"%1\" is not an ISO 8601 date and time with a "
                                                              "time zone, e.g. 2025-06-30T14:00:00Z.")
                     .arg(text));
            return QDateTime();
        }
        return timestamp.toUTC();
    }

    // One of enumKeys<E>(), matched exactly (the schema lists the same keys); missing is
    // `fallback` when there is one, an error otherwise.
    template <typename E>
    E choice(const QString &key, std::optional<E> fallback)
    {
        const QJsonValue value = take(key);
        if (value.isUndefined()) {
            if (!fallback && !failed())
                fail(pathOf(key), QCoreApplication::translate("charter::Json", "is missing; it must be one "
                                                                                "of %1.")
                                      .arg(enumKeys<E>().join(u", "_s)));
            return fallback.value_or(E{});
        }
        if (!value.isString()) {
            failType(pathOf(key), QCoreApplication::translate("charter::Json", "one of %1")
                                      .arg(enumKeys<E>().join(u", "_s)),
                     value);
            return fallback.value_or(E{});
        }
        const QString text = value.toString();
        for (const auto &entry : enumEntries<E>())
            if (text == QLatin1String(entry.key))
                return entry.value;
        fail(pathOf(key), QCoreApplication::translate("charter::Json", "\"%1\" is not one of %2.")
                              .arg(text, enumKeys<E>().join(u", "_s)));
        return fallback.value_or(E{});
    }

    // Enum whose Unknown value (the first key) is the default.
    template <typename E>
    E answer(const QString &key)
    {
        return choice<E>(key, E{});
    }

    // Nested object; missing is empty (all unknown).
    QJsonObject object(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isObject())
            return value.toObject();
        if (!value.isUndefined())
            failType(pathOf(key), QCoreApplication::translate("charter::Json", "an object"), value);
        return QJsonObject();
    }

    // Array; missing is empty.
    QJsonArray array(const QString &key)
    {
        const QJsonValue value = take(key);
        if (value.isArray())
            return value.toArray();
        if (!value.isUndefined())
            failType(pathOf(key), QCoreApplication::translate("charter::Json", "an array"), value);
        return QJsonArray();
    }

    QStringList texts(const QString &key)
    {
        const QJsonArray items = array(key);
        QStringList result;
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            if (items.at(i).isString())
                result << items.at(i).toString();
            else
                failType(itemPath(pathOf(key), i), QCoreApplication::translate("charter::Json", "a string"),
                         items.at(i));
        }
        return result;
    }

    // Calls read(object, path) for every element of the array `key`, which must be objects.
    template <typename Read>
    void objects(const QString &key, Read read)
    {
        const QJsonArray items = array(key);
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            const QString path = itemPath(pathOf(key), i);
            if (items.at(i).isObject())
                read(items.at(i).toObject(), path);
            else
                failType(path, QCoreApplication::translate("charter::Json", "an object"), items.at(i));
        }
    }

    // Rejects fields nobody asked for: a misspelt field must not vanish silently.
    void finish()
    {
        if (failed())
            return;
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!m_known.contains(it.key())) {
                fail(pathOf(it.key()),
                     QCoreApplication::translate("charter::Json", "unknown field. The fields here are: %1.")
                         .arg(m_known.join(u", "_s)));
                return;
            }
        }
    }

private:
    QJsonValue take(const QString &key)
    {
        m_known << key;
        return failed() ? QJsonValue(QJsonValue::Undefined) : m_object.value(key);
    }

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> &m_error;
    QStringList m_known;
};

DecisionBoundary readBoundary(const QJsonObject &object, const QString &path, std::optional<Error> &error)
{
    FieldReader r(object, path, error);
    DecisionBoundary boundary;
    boundary.decision = r.text(u"decision"_s);
    boundary.influence = r.answer<InfluenceLevel>(u"influence"_s);
    boundary.humanIntervention = r.text(u"humanIntervention"_s);
    boundary.failureHandling = r.text(u"failureHandling"_s);
    boundary.uncertaintyReporting = r.text(u"uncertaintyReporting"_s);
    r.finish();
    return boundary;
}

EscalationStep readStep(const QJsonObject &object, const QString &path, std::optional<Error> &error)
{
    FieldReader r(object, path, error);
    EscalationStep step;
    // Severity has no "unknown": a step exists for a severity, so it is required.
    step.severity = r.choice<Severity>(u"severity"_s, std::nullopt);
    step.personId = r.reference(u"personId"_s);
    step.channel = r.text(u"channel"_s);
    step.responseMinutes = r.count(u"responseMinutes"_s);
    r.finish();
    return step;
}

Ownership readOwnership(FieldReader &parent, const QString &key, std::optional<Error> &error)
{
    FieldReader r(parent.object(key), parent.pathOf(key), error);
    Ownership ownership;
    ownership.accountableOwnerId = r.reference(u"accountableOwnerId"_s);
    ownership.businessOwnerId = r.reference(u"businessOwnerId"_s);
    ownership.technicalOwnerId = r.reference(u"technicalOwnerId"_s);
    ownership.supportOwnerId = r.reference(u"supportOwnerId"_s);
    ownership.itContactId = r.reference(u"itContactId"_s);
    r.finish();
    return ownership;
}

DataSecurity readDataSecurity(FieldReader &parent, const QString &key, std::optional<Error> &error)
{
    FieldReader r(parent.object(key), parent.pathOf(key), error);
    DataSecurity data;
    data.personalData = r.answer<Answer>(u"personalData"_s);
    data.productionData = r.answer<Answer>(u"productionData"_s);
    data.safetyRelated = r.answer<Answer>(u"safetyRelated"_s);
    data.dataResidency = r.text(u"dataResidency"_s);
    data.accessScope = r.text(u"accessScope"_s);
    data.externalProcessing = r.answer<Answer>(u"externalProcessing"_s);
    data.cloudConnectivity = r.answer<Answer>(u"cloudConnectivity"_s);
    data.credentialHandling = r.text(u"credentialHandling"_s);
    data.integrations = r.text(u"integrations"_s);
    r.finish();
    return data;
}

SupportModel readSupport(FieldReader &parent, const QString &key, std::optional<Error> &error)
{
    FieldReader r(parent.object(key), parent.pathOf(key), error);
    SupportModel support;
    support.maintainer = r.answer<Maintainer>(u"maintainer"_s);
    support.updatePolicy = r.text(u"updatePolicy"_s);
    support.issueEscalation = r.text(u"issueEscalation"_s);
    r.finish();
    return support;
}

RegulatoryClassification readRegulatory(FieldReader &parent, const QString &key, std::optional<Error> &error)
{
    FieldReader r(parent.object(key), parent.pathOf(key), error);
    RegulatoryClassification regulatory;
    regulatory.euAiActCategory = r.answer<EuAiActCategory>(u"euAiActCategory"_s);
    regulatory.euAiActRole = r.answer<EuAiActRole>(u"euAiActRole"_s);
    regulatory.usOmbHighImpact = r.answer<Answer>(u"usOmbHighImpact"_s);
    r.finish();
    return regulatory;
}

} // namespace

QJsonObject toJson(const Person &person)
{
    return QJsonObject{
        {u"id"_s, referenceValue(person.id)},
        {u"name"_s, textValue(person.name)},
        {u"email"_s, textValue(person.email)},
        {u"title"_s, textValue(person.title)},
        {u"department"_s, textValue(person.department)},
        {u"phone"_s, textValue(person.phone)},
    };
}

QJsonObject toJson(const Vendor &vendor)
{
    return QJsonObject{
        {u"id"_s, referenceValue(vendor.id)},
        {u"name"_s, textValue(vendor.name)},
        {u"viability"_s, keyValue(vendor.viability)},
        {u"roadmapStability"_s, keyValue(vendor.roadmapStability)},
        {u"supportMaturity"_s, keyValue(vendor.supportMaturity)},
        {u"exitOptions"_s, keyValue(vendor.exitOptions)},
        {u"dataPortability"_s, keyValue(vendor.dataPortability)},
        {u"securityAttestations"_s, textValue(vendor.securityAttestations)},
        {u"dataResidency"_s, textValue(vendor.dataResidency)},
        {u"contractEnd"_s, dateValue(vendor.contractEnd)},
        {u"deprecationNoticeDays"_s, countValue(vendor.deprecationNoticeDays)},
        {u"notes"_s, textValue(vendor.notes)},
    };
}

QJsonObject toJson(const AiSystem &system)
{
    QJsonArray boundaries;
    for (const DecisionBoundary &boundary : system.boundaries)
        boundaries.append(toJson(boundary));
    QJsonArray escalation;
    for (const EscalationStep &step : system.escalation)
        escalation.append(toJson(step));

    return QJsonObject{
        {u"id"_s, referenceValue(system.id)},
        {u"name"_s, textValue(system.name)},
        {u"purpose"_s, textValue(system.purpose)},
        {u"businessUnit"_s, textValue(system.businessUnit)},
        {u"lifecycle"_s, keyValue(system.lifecycle)},
        {u"deploymentModel"_s, keyValue(system.deploymentModel)},
        {u"externalReference"_s, textValue(system.externalReference)},
        {u"ownership"_s, toJson(system.ownership)},
        {u"boundaries"_s, boundaries},
        {u"escalation"_s, escalation},
        {u"dataSecurity"_s, toJson(system.data)},
        {u"vendorId"_s, referenceValue(system.vendorId)},
        {u"vendorUnknown"_s, system.vendorUnknown},
        {u"support"_s, toJson(system.support)},
        {u"regulatory"_s, toJson(system.regulatory)},
        {u"nextReview"_s, dateValue(system.nextReview)},
        {u"importNotes"_s, textArray(system.importNotes)},
        {u"version"_s, system.version},
        {u"createdAt"_s, timestampValue(system.createdAt)},
        {u"updatedAt"_s, timestampValue(system.updatedAt)},
    };
}

template <>
Result<Person> fromJson<Person>(const QJsonObject &object, const QString &path)
{
    std::optional<Error> error;
    FieldReader r(object, path, error);
    Person person;
    person.id = r.reference(u"id"_s);
    person.name = r.text(u"name"_s);
    person.email = r.text(u"email"_s);
    person.title = r.text(u"title"_s);
    person.department = r.text(u"department"_s);
    person.phone = r.text(u"phone"_s);
    r.finish();
    if (error)
        return *error;
    return person;
}

template <>
Result<Vendor> fromJson<Vendor>(const QJsonObject &object, const QString &path)
{
    std::optional<Error> error;
    FieldReader r(object, path, error);
    Vendor vendor;
    vendor.id = r.reference(u"id"_s);
    vendor.name = r.text(u"name"_s);
    vendor.viability = r.answer<Rating>(u"viability"_s);
    vendor.roadmapStability = r.answer<Rating>(u"roadmapStability"_s);
    vendor.supportMaturity = r.answer<Rating>(u"supportMaturity"_s);
    vendor.exitOptions = r.answer<Rating>(u"exitOptions"_s);
    vendor.dataPortability = r.answer<Rating>(u"dataPortability"_s);
    vendor.securityAttestations = r.text(u"securityAttestations"_s);
    vendor.dataResidency = r.text(u"dataResidency"_s);
    vendor.contractEnd = r.date(u"contractEnd"_s);
    vendor.deprecationNoticeDays = r.count(u"deprecationNoticeDays"_s);
    vendor.notes = r.text(u"notes"_s);
    r.finish();
    if (error)
        return *error;
    return vendor;
}

template <>
Result<AiSystem> fromJson<AiSystem>(const QJsonObject &object, const QString &path)
{
    std::optional<Error> error;
    FieldReader r(object, path, error);
    AiSystem system;
    system.id = r.reference(u"id"_s);
    system.name = r.text(u"name"_s);
    system.purpose = r.text(u"purpose"_s);
    system.businessUnit = r.text(u"businessUnit"_s);
    system.lifecycle = r.answer<Lifecycle>(u"lifecycle"_s);
    system.deploymentModel = r.answer<DeploymentModel>(u"deploymentModel"_s);
    system.externalReference = r.text(u"externalReference"_s);
    system.ownership = readOwnership(r, u"ownership"_s, error);
    r.objects(u"boundaries"_s, [&](const QJsonObject &item, const QString &at) {
        system.boundaries << readBoundary(item, at, error);
    });
    r.objects(u"escalation"_s, [&](const QJsonObject &item, const QString &at) {
        system.escalation << readStep(item, at, error);
    });
    system.data = readDataSecurity(r, u"dataSecurity"_s, error);
    system.vendorId = r.reference(u"vendorId"_s);
    // Missing means unknown: with no vendor named either, nobody has said "in-house".
    system.vendorUnknown = r.flag(u"vendorUnknown"_s).value_or(system.vendorId == 0);
    system.support = readSupport(r, u"support"_s, error);
    system.regulatory = readRegulatory(r, u"regulatory"_s, error);
    system.nextReview = r.date(u"nextReview"_s);
    system.importNotes = r.texts(u"importNotes"_s);
    system.version = r.counter(u"version"_s);
    system.createdAt = r.timestamp(u"createdAt"_s);
    system.updatedAt = r.timestamp(u"updatedAt"_s);
    r.finish();
    if (error)
        return *error;
    return system;
}

QByteArray canonicalBytes(const AiSystem &system)
{
    // The direct writer leaves out the bookkeeping (version, createdAt, updatedAt): it
    // changes on every save without changing what was signed.
    return canonicalSystemJson(system);
}

} // namespace charter
