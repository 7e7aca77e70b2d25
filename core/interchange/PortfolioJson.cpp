#include "PortfolioJson.h"

#include "domain/Json.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

const QString formatKey = u"format"_s;
const QString versionKey = u"version"_s;
const QString peopleKey = u"people"_s;
const QString vendorsKey = u"vendors"_s;
const QString systemsKey = u"systems"_s;

// An array as QJsonDocument indents it, shifted one level to sit inside the top object.
// Only structural newlines exist in the output (strings escape theirs), so this is safe.
QByteArray nestedArray(const QJsonArray &array)
{
    QByteArray text = QJsonDocument(array).toJson(QJsonDocument::Indented);
    if (text.endsWith('\n'))
        text.chop(1);
    text.replace("\n", "\n    ");
    return text;
}

Error invalid(const QString &where, const QString &problem)
{
    return makeError(ErrorCode::InvalidInput, u"%1: %2"_s.arg(where, problem));
}

// 1-based line and column of a byte offset; columns count characters, not UTF-8 bytes.
std::pair<qsizetype, qsizetype> lineAndColumn(QByteArrayView text, qsizetype offset)
{
    offset = qBound(qsizetype(0), offset, text.size());
    qsizetype line = 1;
    qsizetype column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text.at(i));
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
    return {line, column};
}

// The format name and version come first, so a file from elsewhere or from a newer
// Charter is reported as such instead of as a confusing field error.
Status checkHeader(const QJsonObject &root, const QString &where)
{
    const QString expectedFormat = QString::fromLatin1(portfolioFormatName);
    const QJsonValue format = root.value(formatKey);
    if (format.isUndefined())
        return invalid(where, QCoreApplication::translate("charter::PortfolioJson",
                                                          "this is not a Charter portfolio: there is no "
                                                          "\"format\" field (expected \"%1\").")
                                  .arg(expectedFormat));
    if (format.toString() != expectedFormat)
        return invalid(where, QCoreApplication::translate("charter::PortfolioJson",
                                                          "this is not a Charter portfolio: \"format\" is %1, "
                                                          "expected \"%2\".")
                                  .arg(format.isString()
                                           ? u"\"%1\""_s.arg(format.toString())
                                           : QCoreApplication::translate("charter::PortfolioJson",
                                                                         "not a string"),
                                       expectedFormat));

    const QJsonValue version = root.value(versionKey);
    if (version.isUndefined())
        return invalid(where, QCoreApplication::translate("charter::PortfolioJson",
                                                          "the portfolio has no \"version\" field, so it "
                                                          "cannot be read safely. Add \"version\": %1 if it "
                                                          "was written for this format.")
                                  .arg(portfolioFormatVersion));
    const qint64 number = version.isDouble() ? version.toInteger() : 0;
    if (!version.isDouble() || double(number) != version.toDouble() || number < 1)
        return invalid(where, QCoreApplication::translate("charter::PortfolioJson",
                                                          "\"version\" must be a whole number such as %1.")
                                  .arg(portfolioFormatVersion));
    if (number > portfolioFormatVersion)
        return invalid(where, QCoreApplication::translate("charter::PortfolioJson",
                                                          "the portfolio has format version %1, written by a "
                                                          "newer Charter; this Charter reads version %2. "
                                                          "Update Charter to open it.")
                                  .arg(number)
                                  .arg(portfolioFormatVersion));

    static const QStringList known{formatKey, versionKey, peopleKey, vendorsKey, systemsKey};
    for (auto it = root.begin(); it != root.end(); ++it)
        if (!known.contains(it.key()))
            return invalid(where, u"%1: %2"_s.arg(it.key(),
                                                  QCoreApplication::translate("charter::PortfolioJson",
                                                                              "unknown field. The fields "
                                                                              "here are: %1.")
                                                      .arg(known.join(u", "_s))));
    return {};
}

template <typename T>
Status readItems(const QJsonObject &root, const QString &key, QList<T> &items, const QString &where)
{
    const QJsonValue value = root.value(key);
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        return invalid(where, u"%1: %2"_s.arg(key, QCoreApplication::translate("charter::PortfolioJson",
                                                                              "expected an array.")));
    const QJsonArray array = value.toArray();
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = key + u'[' + QString::number(i) + u']';
        if (!array.at(i).isObject())
            return invalid(where, u"%1: %2"_s.arg(path, QCoreApplication::translate("charter::PortfolioJson",
                                                                                   "expected an object.")));
        Result<T> item = fromJson<T>(array.at(i).toObject(), path);
        if (!item)
            return invalid(where, item.error().message);
        items << std::move(item).value();
    }
    return {};
}

// Ids are how systems refer to people and vendors, so two entries may not share one.
// Entries without an id (null) cannot be referred to and are allowed.
template <typename T>
Status indexIds(const QList<T> &items, const QString &key, QHash<qint64, qsizetype> &index,
                const QString &where)
{
    for (qsizetype i = 0; i < items.size(); ++i) {
        const qint64 id = items.at(i).id;
        if (id == 0)
            continue;
        if (const auto seen = index.constFind(id); seen != index.cend())
            return invalid(where, u"%1[%2].id: %3"_s.arg(key).arg(i).arg(
                                      QCoreApplication::translate("charter::PortfolioJson",
                                                                  "id %1 is already used by %2[%3]; ids must "
                                                                  "be unique within the file.")
                                          .arg(id)
                                          .arg(key)
                                          .arg(*seen)));
        index.insert(id, i);
    }
    return {};
}

Status checkIds(const Portfolio &portfolio, const QString &where)
{
    QHash<qint64, qsizetype> people;
    QHash<qint64, qsizetype> vendors;
    QHash<qint64, qsizetype> systems;
    if (Status status = indexIds(portfolio.people, peopleKey, people, where); !status)
        return status;
    if (Status status = indexIds(portfolio.vendors, vendorsKey, vendors, where); !status)
        return status;
    if (Status status = indexIds(portfolio.systems, systemsKey, systems, where); !status)
        return status;

    const auto missingPerson = [&](const QString &path, qint64 id) {
        return invalid(where, u"%1: %2"_s.arg(path, QCoreApplication::translate("charter::PortfolioJson",
                                                                               "no person with id %1 in "
                                                                               "\"people\". Add the person "
                                                                               "or set the field to null.")
                                                         .arg(id)));
    };
    for (qsizetype i = 0; i < portfolio.systems.size(); ++i) {
        const AiSystem &system = portfolio.systems.at(i);
        const QString path = systemsKey + u'[' + QString::number(i) + u']';
        const std::pair<const char *, qint64> owners[] = {
            {"accountableOwnerId", system.ownership.accountableOwnerId},
            {"businessOwnerId", system.ownership.businessOwnerId},
            {"technicalOwnerId", system.ownership.technicalOwnerId},
            {"supportOwnerId", system.ownership.supportOwnerId},
            {"itContactId", system.ownership.itContactId},
        };
        for (const auto &[field, id] : owners)
            if (id != 0 && !people.contains(id))
                return missingPerson(path + u".ownership."_s + QLatin1String(field), id);
        for (qsizetype j = 0; j < system.escalation.size(); ++j) {
            const qint64 id = system.escalation.at(j).personId;
            if (id != 0 && !people.contains(id))
                return missingPerson(path + u".escalation["_s + QString::number(j) + u"].personId"_s, id);
        }
        if (system.vendorId != 0 && !vendors.contains(system.vendorId))
            return invalid(where, u"%1.vendorId: %2"_s.arg(path, QCoreApplication::translate(
                                                                     "charter::PortfolioJson",
                                                                     "no vendor with id %1 in \"vendors\". "
                                                                     "Add the vendor or set the field to "
                                                                     "null.")
                                                                     .arg(system.vendorId)));
    }
    return {};
}

} // namespace

QByteArray writePortfolio(const Portfolio &portfolio)
{
    QJsonArray people;
    for (const Person &person : portfolio.people)
        people.append(toJson(person));
    QJsonArray vendors;
    for (const Vendor &vendor : portfolio.vendors)
        vendors.append(toJson(vendor));
    QJsonArray systems;
    for (const AiSystem &system : portfolio.systems)
        systems.append(toJson(system));

    // Written by hand at the top so that format and version open the file, where a
    // person or a sniffing tool looks first; QJsonDocument would sort them last.
    QByteArray out;
    out += "{\n    \"format\": \"";
    out += portfolioFormatName;
    out += "\",\n    \"version\": ";
    out += QByteArray::number(portfolioFormatVersion);
    out += ",\n    \"people\": " + nestedArray(people);
    out += ",\n    \"vendors\": " + nestedArray(vendors);
    out += ",\n    \"systems\": " + nestedArray(systems);
    out += "\n}\n";
    return out;
}

Result<Portfolio> readPortfolio(const QByteArray &data, const QString &fileName)
{
    const QString where = fileName.isEmpty()
        ? QCoreApplication::translate("charter::PortfolioJson", "portfolio")
        : fileName;

    QByteArrayView json(data);
    if (json.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark, as some editors write
        json = json.sliced(3);
    if (json.trimmed().isEmpty())
        return invalid(where, QCoreApplication::translate("charter::PortfolioJson",
                                                          "the file is empty; a Charter portfolio is a JSON "
                                                          "object."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // For an illegal value Qt reports the offset after the offending character.
        const qsizetype offset = parseError.error == QJsonParseError::IllegalValue
            ? parseError.offset - 1
            : parseError.offset;
        const auto [line, column] = lineAndColumn(json, offset);
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("charter::PortfolioJson",
                                                     "%1, line %2, column %3: not valid JSON: %4. The file "
                                                     "may be truncated or edited by hand; fix it or export "
                                                     "it again.")
                             .arg(where)
                             .arg(line)
                             .arg(column)
                             .arg(parseError.errorString()));
    }
    if (!document.isObject())
        return invalid(where, QCoreApplication::translate("charter::PortfolioJson",
                                                          "this is not a Charter portfolio: the file must "
                                                          "contain one JSON object, not an array or a value."));

    const QJsonObject root = document.object();
    if (Status status = checkHeader(root, where); !status)
        return status.error();

    Portfolio portfolio;
    if (Status status = readItems(root, peopleKey, portfolio.people, where); !status)
        return status.error();
    if (Status status = readItems(root, vendorsKey, portfolio.vendors, where); !status)
        return status.error();
    if (Status status = readItems(root, systemsKey, portfolio.systems, where); !status)
        return status.error();
    if (Status status = checkIds(portfolio, where); !status)
        return status.error();
    return portfolio;
}

} // namespace charter
