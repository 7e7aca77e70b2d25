#include "JsonDiff.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

void collect(const QJsonValue &expected, const QJsonValue &actual, const QString &path, int limit,
             QStringList &out)
{
    if (out.size() >= limit || expected == actual)
        return;
    if (expected.isObject() && actual.isObject()) {
        const QJsonObject a = expected.toObject();
        const QJsonObject b = actual.toObject();
        QStringList keys = a.keys();
        for (const QString &key : b.keys()) {
            if (!a.contains(key))
                keys.append(key);
        }
        for (const QString &key : keys)
            collect(a.value(key), b.value(key), join(path, key), limit, out);
        return;
    }
    if (expected.isArray() && actual.isArray()) {
        const QJsonArray a = expected.toArray();
        const QJsonArray b = actual.toArray();
        if (a.size() != b.size()) {
            out.append(QCoreApplication::translate("charter::JsonDiff", "%1 (%2 items instead of %3)")
                           .arg(path.isEmpty() ? u"(value)"_s : path)
                           .arg(b.size())
                           .arg(a.size()));
            return;
        }
        for (qsizetype i = 0; i < a.size(); ++i)
            collect(a.at(i), b.at(i), path + u'[' + QString::number(i) + u']', limit, out);
        return;
    }
    out.append(path.isEmpty() ? u"(value)"_s : path);
}

} // namespace

QStringList jsonDifferences(const QJsonValue &expected, const QJsonValue &actual, int limit)
{
    QStringList out;
    collect(expected, actual, QString(), limit, out);
    return out;
}

} // namespace charter
