#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QVariant>

// Conversions between domain values and SQL parameters/columns, shared by the
// repositories so every table stores unknowns the same way.
namespace charter::sql {

// Qt binds a null QString as SQL NULL; text columns are NOT NULL with '' for "none".
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

template <typename E>
E toEnum(const QVariant &value, E fallback)
{
    return enumFromKey<E>(value.toString()).value_or(fallback);
}

} // namespace charter::sql
