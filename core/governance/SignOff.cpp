#include "SignOff.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::SignOff", text);
}

QJsonValue parse(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return QJsonValue(QJsonValue::Null);
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QJsonValue &value)
{
    return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
}

void diffValues(const QString &path, const QJsonValue &before, const QJsonValue &after,
                QList<FieldChange> &changes)
{
    if (before == after)
        return;
    if (before.isObject() && after.isObject()) {
        const QJsonObject a = before.toObject();
        const QJsonObject b = after.toObject();
        QStringList keys = a.keys(); // sorted
        for (const QString &key : b.keys())
            if (!a.contains(key))
                keys.append(key);
        std::sort(keys.begin(), keys.end());
        for (const QString &key : std::as_const(keys))
            diffValues(path.isEmpty() ? key : path + u'.' + key, a.value(key), b.value(key), changes);
        return;
    }
    if (before.isArray() && after.isArray()) {
        const QJsonArray a = before.toArray();
        const QJsonArray b = after.toArray();
        const qsizetype n = std::max(a.size(), b.size());
        for (qsizetype i = 0; i < n; ++i) {
            diffValues(path + u'[' + QString::number(i) + u']',
                       i < a.size() ? a.at(i) : QJsonValue(QJsonValue::Null),
                       i < b.size() ? b.at(i) : QJsonValue(QJsonValue::Null), changes);
        }
        return;
    }
    changes.append(FieldChange{path, orNull(before), orNull(after), isMaterialPath(path)});
}

QString signerKey(const SignOff &signOff)
{
    return signOff.signerPersonId > 0 ? u"person:%1"_s.arg(signOff.signerPersonId)
                                      : u"login:"_s + signOff.signer;
}

} // namespace

QString contentSha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

QStringList materialSections()
{
    return {u"ownership"_s, u"boundaries"_s, u"dataSecurity"_s, u"vendorId"_s,
            u"vendorUnknown"_s, u"regulatory"_s};
}

bool isMaterialPath(QStringView path)
{
    qsizetype end = path.size();
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] == u'.' || path[i] == u'[') {
            end = i;
            break;
        }
    }
    const QStringView section = path.left(end);
    for (const QString &material : materialSections())
        if (section == material)
            return true;
    return false;
}

QList<FieldChange> diffContent(const QByteArray &before, const QByteArray &after)
{
    QList<FieldChange> changes;
    if (before == after)
        return changes;
    diffValues(QString(), parse(before), parse(after), changes);
    return changes;
}

QList<FieldChange> materialOnly(const QList<FieldChange> &changes)
{
    QList<FieldChange> material;
    for (const FieldChange &change : changes)
        if (change.material)
            material.append(change);
    return material;
}

QString changedPaths(const QList<FieldChange> &changes, int limit)
{
    QStringList paths;
    for (const FieldChange &change : changes) {
        if (paths.size() == limit) {
            paths << u"…"_s;
            break;
        }
        paths << change.path;
    }
    return paths.join(u", "_s);
}

bool SignOffEvaluation::complete() const
{
    for (const SignOffRequirement &requirement : requirements)
        if (!requirement.met())
            return false;
    return true;
}

QStringList SignOffEvaluation::missing() const
{
    QStringList sentences;
    for (const SignOffRequirement &requirement : requirements) {
        if (requirement.met())
            continue;
        QString sentence = tr("%1: %2 of %3 current")
                               .arg(enumLabel(requirement.kind))
                               .arg(requirement.present())
                               .arg(requirement.required);
        if (!requirement.staleSigners.isEmpty())
            sentence += u' ' + tr("(stale, re-sign required: %1)").arg(requirement.staleSigners.join(u", "_s));
        sentences << sentence;
    }
    return sentences;
}

SignOffEvaluation evaluateSignOffs(const QList<SignOff> &signOffs, const QByteArray &currentContent,
                                   RiskTier tier, const RequiredSignOffs &required, int cycle)
{
    SignOffEvaluation evaluation;
    evaluation.cycle = cycle;
    evaluation.tier = tier;
    evaluation.required = required;

    // Latest per signer and kind: signing again replaces one's own earlier sign-off.
    QHash<QString, qsizetype> latest;
    for (const SignOff &signOff : signOffs) {
        if (signOff.cycle != cycle)
            continue;
        const QString key = enumKey(signOff.kind) + u'/' + signerKey(signOff);
        SignOffStatus status;
        status.signOff = signOff;
        status.changes = diffContent(signOff.content, currentContent);
        status.current = materialOnly(status.changes).isEmpty();
        if (const auto it = latest.constFind(key); it != latest.cend()) {
            evaluation.signOffs[*it] = status;
        } else {
            latest.insert(key, evaluation.signOffs.size());
            evaluation.signOffs.append(status);
        }
    }

    for (const auto &entry : enumEntries<SignOffKind>()) {
        const int count = required.count(entry.value);
        if (count <= 0)
            continue;
        SignOffRequirement requirement;
        requirement.kind = entry.value;
        requirement.required = count;
        QSet<QString> people;
        for (const SignOffStatus &status : std::as_const(evaluation.signOffs)) {
            if (status.signOff.kind != entry.value)
                continue;
            if (!status.current) {
                requirement.staleSigners << status.signOff.signer;
                continue;
            }
            const QString person = signerKey(status.signOff);
            if (people.contains(person))
                continue;
            people.insert(person);
            requirement.signers << status.signOff.signer;
        }
        evaluation.requirements.append(requirement);
    }
    return evaluation;
}

} // namespace charter
