#include "RegistryCheck.h"

#include "JsonDiff.h"
#include "storage/AuditStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::AuditVerifier", text);
}

QJsonValue parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QString::fromUtf8(json)); // compared as text
    return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
}

AuditFinding rowFinding(AuditFinding::Kind kind, const EntitySource &source, const QString &id,
                        const QString &name, qint64 seq, const QString &message)
{
    AuditFinding finding;
    finding.kind = kind;
    finding.seq = seq;
    finding.entityType = source.entityType;
    finding.entityId = id;
    finding.entityName = name;
    finding.message = message;
    return finding;
}

// 'AI system 12 "Claims triage"'
QString label(const EntitySource &source, const QString &id, const QString &name)
{
    return name.isEmpty() ? tr("%1 %2").arg(source.description, id)
                          : tr("%1 %2 \"%3\"").arg(source.description, id, name);
}

} // namespace

Result<qint64> RegistryCheck::run(const QList<EntitySource> &sources, QList<AuditFinding> &findings)
{
    qint64 checked = 0;
    for (const EntitySource &source : sources) {
        Result<QHash<QString, AuditRecord>> latest = m_store.latestByEntity(source.entityType);
        if (!latest)
            return latest.error();
        Result<QList<RegistryEntity>> current = source.load(m_db);
        if (!current) {
            AuditFinding finding;
            finding.kind = AuditFinding::Kind::Integrity;
            finding.entityType = source.entityType;
            finding.message = tr("The %1 rows of the register cannot be read: %2")
                                  .arg(source.description, current.error().message);
            findings.append(finding);
            continue;
        }

        QSet<QString> present;
        for (const RegistryEntity &entity : *current) {
            ++checked;
            present.insert(entity.id);
            const auto it = latest->constFind(entity.id);
            const QString what = label(source, entity.id, entity.name);
            if (it == latest->cend()) {
                if (entity.vacant)
                    continue; // nothing in it that needs an entry
                findings.append(rowFinding(AuditFinding::Kind::RegistryUnaudited, source, entity.id,
                                           entity.name, 0,
                                           tr("%1 has no audit entry: it was added outside Charter.").arg(what)));
                continue;
            }
            if (it->after.isEmpty()) {
                if (entity.vacant)
                    continue;
                findings.append(rowFinding(AuditFinding::Kind::RegistryUnaudited, source, entity.id,
                                           entity.name, it->seq,
                                           tr("%1 was deleted by entry %2 but is in the register again: "
                                              "it was restored outside Charter.").arg(what).arg(it->seq)));
                continue;
            }
            const QByteArray after = source.canonicalAfter ? source.canonicalAfter(it->after) : it->after;
            if (after == entity.state)
                continue;
            const QStringList differences = jsonDifferences(parsed(after), parsed(entity.state));
            if (differences.isEmpty())
                continue; // same content, other formatting
            findings.append(rowFinding(AuditFinding::Kind::RegistryChanged, source, entity.id, entity.name,
                                       it->seq,
                                       tr("%1 differs from its last audited state (entry %2): %3 changed "
                                          "outside Charter.")
                                           .arg(what)
                                           .arg(it->seq)
                                           .arg(differences.join(u", "_s))));
        }

        // Ids in a stable order (numeric ids by value), so reports are reproducible.
        QStringList ids = latest->keys();
        std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
            return a.size() != b.size() ? a.size() < b.size() : a < b;
        });
        for (const QString &id : ids) {
            const auto it = latest->constFind(id);
            if (present.contains(id) || it->after.isEmpty())
                continue;
            const QJsonObject recorded = parsed(it->after).toObject();
            // Systems, people and vendors have a name; a meeting has its board.
            const QString name = recorded.value(u"name"_s).toString(recorded.value(u"board"_s).toString());
            findings.append(rowFinding(AuditFinding::Kind::RegistryVanished, source, id, name, it->seq,
                                       tr("%1 (last audited in entry %2) is gone from the register "
                                          "without a delete entry: it was deleted outside Charter.")
                                           .arg(label(source, id, name))
                                           .arg(it->seq)));
        }
    }
    return checked;
}

} // namespace charter
