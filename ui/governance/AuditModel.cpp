#include "AuditModel.h"

#include "audit/JsonDiff.h"
#include "governance/SignOff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace charter {

AuditModel::AuditModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditModel::setRecords(QList<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

int AuditModel::rowOfSeq(qint64 seq) const
{
    for (qsizetype row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).seq == seq)
            return int(row);
    }
    return -1;
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord &record = m_records.at(index.row());
    if (role == SeqRole)
        return record.seq;
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SeqColumn:
        return record.seq;
    case TimeColumn:
        return QLocale().toString(record.recordedAt.toLocalTime(), QLocale::ShortFormat);
    case ActorColumn:
        return record.actor;
    case ActionColumn:
        return record.action;
    case EntityColumn:
        return u"%1 %2"_s.arg(record.entityType, record.entityId);
    case ReasonColumn:
        return record.reason;
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeqColumn:
        return tr("Seq");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QCoreApplication::translate("charter::AuditModel", "(none)");
    if (value.isString())
        return value.toString();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QString indented(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    return document.isNull() ? QString::fromUtf8(json) : QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace

QString auditChangeText(const AuditRecord &record)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("charter::AuditModel", text); };
    if (record.before.isEmpty() && record.after.isEmpty())
        return tr("No content recorded.");
    if (record.before.isEmpty())
        return tr("Created:") + u'\n' + indented(record.after);
    if (record.after.isEmpty())
        return tr("Deleted:") + u'\n' + indented(record.before);
    const QList<FieldChange> changes = diffContent(record.before, record.after);
    if (changes.isEmpty())
        return tr("No change in content.");
    QStringList lines;
    for (const FieldChange &change : changes)
        lines << u"%1: %2 → %3"_s.arg(change.path, valueText(change.before), valueText(change.after));
    return lines.join(u'\n');
}

} // namespace charter
