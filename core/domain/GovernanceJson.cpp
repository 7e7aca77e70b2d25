#include "GovernanceJson.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue reference(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}

QJsonValue count(int value)
{
    return value >= 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue timestamp(const QDateTime &value)
{
    return text(storedTimestamp(value));
}

// The canonical content is JSON itself: embed it as an object so the audit trail and
// exports stay readable (a parse failure, which cannot happen for stored content,
// falls back to the raw text).
QJsonValue content(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(QString::fromUtf8(bytes));
}

} // namespace

QString storedTimestamp(const QDateTime &timestamp)
{
    return timestamp.isValid() ? timestamp.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timestampFromStored(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : parsed;
}

QJsonObject toJson(const User &user)
{
    return QJsonObject{
        {u"login"_s, user.login},
        {u"displayName"_s, text(user.displayName)},
        {u"personId"_s, reference(user.personId)},
        {u"roles"_s, QJsonArray::fromStringList(user.roles.keys())},
        {u"active"_s, user.active},
        {u"createdAt"_s, timestamp(user.createdAt)},
        {u"updatedAt"_s, timestamp(user.updatedAt)},
    };
}

QJsonObject toJson(const WorkflowRecord &record)
{
    return QJsonObject{
        {u"systemId"_s, reference(record.systemId)},
        {u"state"_s, enumKey(record.state)},
        {u"cycle"_s, record.cycle},
        {u"submittedBy"_s, text(record.submittedBy)},
        {u"submittedAt"_s, timestamp(record.submittedAt)},
        {u"decidedBy"_s, text(record.decidedBy)},
        {u"decidedAt"_s, timestamp(record.decidedAt)},
        {u"decisionReason"_s, text(record.decisionReason)},
        {u"approvedAt"_s, timestamp(record.approvedAt)},
        {u"approvedBy"_s, text(record.approvedBy)},
        {u"approvalConditions"_s, text(record.approvalConditions)},
        {u"approvalExpires"_s, date(record.approvalExpires)},
        {u"approvedContentSha256"_s, text(record.approvedContentSha256)},
        {u"approvedTier"_s, record.hasApproval() ? QJsonValue(enumKey(record.approvedTier))
                                                 : QJsonValue(QJsonValue::Null)},
        {u"approvedPolicyVersion"_s, record.hasApproval() ? QJsonValue(record.approvedPolicyVersion)
                                                          : QJsonValue(QJsonValue::Null)},
        {u"version"_s, record.version},
        {u"updatedAt"_s, timestamp(record.updatedAt)},
    };
}

QJsonObject toJson(const WorkflowEvent &event)
{
    return QJsonObject{
        {u"id"_s, reference(event.id)},
        {u"systemId"_s, reference(event.systemId)},
        {u"cycle"_s, event.cycle},
        {u"at"_s, timestamp(event.at)},
        {u"actor"_s, event.actor},
        {u"action"_s, enumKey(event.action)},
        {u"from"_s, enumKey(event.from)},
        {u"to"_s, enumKey(event.to)},
        {u"reason"_s, text(event.reason)},
    };
}

QJsonObject toJson(const SignOff &signOff)
{
    return QJsonObject{
        {u"id"_s, reference(signOff.id)},
        {u"systemId"_s, reference(signOff.systemId)},
        {u"cycle"_s, signOff.cycle},
        {u"kind"_s, enumKey(signOff.kind)},
        {u"signer"_s, signOff.signer},
        {u"signerPersonId"_s, reference(signOff.signerPersonId)},
        {u"signedAt"_s, timestamp(signOff.signedAt)},
        {u"reason"_s, text(signOff.reason)},
        {u"contentSha256"_s, signOff.contentSha256},
        {u"content"_s, content(signOff.content)},
        {u"tier"_s, enumKey(signOff.tier)},
        {u"policyVersion"_s, signOff.policyVersion},
    };
}

QJsonObject toJson(const Override &entry)
{
    return QJsonObject{
        {u"id"_s, reference(entry.id)},
        {u"systemId"_s, reference(entry.systemId)},
        {u"occurredAt"_s, timestamp(entry.occurredAt)},
        {u"recordedAt"_s, timestamp(entry.recordedAt)},
        {u"recordedBy"_s, entry.recordedBy},
        {u"decision"_s, text(entry.decision)},
        {u"recommended"_s, entry.recommended},
        {u"decided"_s, entry.decided},
        {u"reason"_s, entry.reason},
    };
}

QJsonObject toJson(const Incident &incident)
{
    return QJsonObject{
        {u"id"_s, reference(incident.id)},
        {u"systemId"_s, reference(incident.systemId)},
        {u"occurredAt"_s, timestamp(incident.occurredAt)},
        {u"recordedAt"_s, timestamp(incident.recordedAt)},
        {u"recordedBy"_s, incident.recordedBy},
        {u"severity"_s, enumKey(incident.severity)},
        {u"what"_s, incident.what},
        {u"escalatedToId"_s, reference(incident.escalatedToId)},
        {u"targetMinutes"_s, count(incident.targetMinutes)},
        {u"acknowledgedAfterMinutes"_s, count(incident.acknowledgedAfterMinutes)},
    };
}

QJsonObject toJson(const FieldChange &change)
{
    const auto value = [](const QJsonValue &v) { return v.isUndefined() ? QJsonValue(QJsonValue::Null) : v; };
    return QJsonObject{
        {u"path"_s, change.path},
        {u"before"_s, value(change.before)},
        {u"after"_s, value(change.after)},
        {u"material"_s, change.material},
    };
}

QByteArray auditBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace charter
