#pragma once

#include "AiSystem.h"
#include "Person.h"
#include "Vendor.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace charter {

// Canonical JSON for the register's value types, as used by the portfolio interchange
// format (docs/portfolio.schema.json describes it; docs/portfolio-format.md explains it).
//
// One rule for unknown answers: every field is always written; an enumerated answer
// that is unknown is written as its key "unknown", any other unknown or absent value
// (empty text, invalid date or timestamp, -1 count, 0 person/vendor/record id) is null.
// Reading accepts missing fields as unknown, "" as empty text, and rejects wrong JSON
// types, unknown fields and keys that are not exactly one of enumKeys<E>().
//
// All functions are pure and reentrant.

QJsonObject toJson(const Person &person);
QJsonObject toJson(const Vendor &vendor);
QJsonObject toJson(const AiSystem &system);

// Parses one object. `path` is where the object sits in the document (for example
// "systems[3]"); every error message starts with the full path of the offending field,
// e.g. `systems[3].boundaries[0].influence: "sometimes" is not one of ...`.
// Errors are ErrorCode::InvalidInput. References to people and vendors are not checked
// here (a single object cannot know the directory); readPortfolio() does that.
template <typename T>
Result<T> fromJson(const QJsonObject &object, const QString &path);
template <>
Result<Person> fromJson<Person>(const QJsonObject &object, const QString &path);
template <>
Result<Vendor> fromJson<Vendor>(const QJsonObject &object, const QString &path);
template <>
Result<AiSystem> fromJson<AiSystem>(const QJsonObject &object, const QString &path);

// Compact JSON of the system with sorted keys and without the bookkeeping fields
// (version, createdAt, updatedAt): the exact content someone signs off. It is hashed
// for sign-offs and the audit trail, so its bytes must never change for equal content;
// tst_portfolio_json pins them with a golden file. Written by canonicalSystemJson()
// (CanonicalSystemJson.h) straight into bytes, without a QJsonObject.
QByteArray canonicalBytes(const AiSystem &system);

} // namespace charter
