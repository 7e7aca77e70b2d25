#include "ConnectionString.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::ConnectionString", text);
}

const QString UriPrefix = u"postgresql://"_s;
const QString ShortUriPrefix = u"postgres://"_s;

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

// Percent-decoding as libpq does it: a malformed escape is an error, not kept as is.
Result<QString> percentDecoded(QStringView text, const QString &what)
{
    QByteArray bytes;
    const QByteArray utf8 = text.toUtf8();
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        if (c != '%') {
            bytes.append(c);
            continue;
        }
        bool ok = false;
        const int value = i + 2 < utf8.size() ? utf8.mid(i + 1, 2).toInt(&ok, 16) : 0;
        if (!ok || value == 0) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The %1 of the connection URI has an invalid percent-encoded "
                                "character.").arg(what));
        }
        bytes.append(char(value));
        i += 2;
    }
    return QString::fromUtf8(bytes);
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

} // namespace

bool ConnectionString::looksLikeConnectionString(const QString &text)
{
    static const QRegularExpression keywordValue(u"^\\s*[A-Za-z_]+\\s*="_s);
    return text.startsWith(UriPrefix) || text.startsWith(ShortUriPrefix)
        || keywordValue.match(text).hasMatch();
}

void ConnectionString::set(const QString &keyword, const QString &value)
{
    for (Setting &setting : m_settings) {
        if (setting.first == keyword) {
            setting.second = value;
            return;
        }
    }
    m_settings.append({keyword, value});
}

QString ConnectionString::value(const QString &keyword) const
{
    for (const Setting &setting : m_settings) {
        if (setting.first == keyword)
            return setting.second;
    }
    return QString();
}

bool ConnectionString::contains(const QString &keyword) const
{
    for (const Setting &setting : m_settings) {
        if (setting.first == keyword)
            return true;
    }
    return false;
}

QString ConnectionString::host() const
{
    return value(u"host"_s);
}

QString ConnectionString::database() const
{
    return value(u"dbname"_s);
}

QString ConnectionString::user() const
{
    return value(u"user"_s);
}

int ConnectionString::port() const
{
    bool ok = false;
    const int number = value(u"port"_s).toInt(&ok);
    return ok && number > 0 && number < 65536 ? number : -1;
}

bool ConnectionString::isSecret(const QString &keyword)
{
    return keyword == u"password"_s || keyword == u"sslpassword"_s;
}

QString ConnectionString::quoted(const QString &value)
{
    bool plain = !value.isEmpty();
    for (const QChar c : value) {
        if (isSpace(c) || c == u'\'' || c == u'\\') {
            plain = false;
            break;
        }
    }
    if (plain)
        return value;
    QString text = value;
    text.replace(u"\\"_s, u"\\\\"_s);
    text.replace(u"'"_s, u"\\'"_s);
    return u'\'' + text + u'\'';
}

Result<ConnectionString> ConnectionString::parse(const QString &text)
{
    ConnectionString result;
    if (!text.startsWith(UriPrefix) && !text.startsWith(ShortUriPrefix)) {
        // keyword = value pairs separated by white space; values may be 'quoted', and a
        // backslash escapes the next character (libpq's conninfo_parse).
        qsizetype i = 0;
        const qsizetype n = text.size();
        while (true) {
            while (i < n && isSpace(text[i]))
                ++i;
            if (i >= n)
                break;
            const qsizetype start = i;
            while (i < n && text[i] != u'=' && !isSpace(text[i]))
                ++i;
            const QString keyword = text.mid(start, i - start);
            while (i < n && isSpace(text[i]))
                ++i;
            if (i >= n || text[i] != u'=') {
                return makeError(ErrorCode::InvalidInput,
                                 tr("The connection string has no \"=\" after \"%1\". Write "
                                    "keyword=value pairs, e.g. \"host=db.example.org "
                                    "dbname=charter\", or a postgresql:// URI.").arg(keyword));
            }
            if (keyword.isEmpty()) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("The connection string has a value without a keyword at "
                                    "character %1.").arg(i + 1));
            }
            ++i;
            while (i < n && isSpace(text[i]))
                ++i;
            QString value;
            if (i < n && text[i] == u'\'') {
                ++i;
                bool closed = false;
                while (i < n) {
                    if (text[i] == u'\\') {
                        ++i;
                        if (i < n)
                            value += text[i++];
                    } else if (text[i] == u'\'') {
                        ++i;
                        closed = true;
                        break;
                    } else {
                        value += text[i++];
                    }
                }
                if (!closed) {
                    return makeError(ErrorCode::InvalidInput,
                                     tr("The value of \"%1\" in the connection string has no "
                                        "closing quote.").arg(keyword));
                }
            } else {
                while (i < n && !isSpace(text[i])) {
                    if (text[i] == u'\\') {
                        ++i;
                        if (i < n)
                            value += text[i++];
                    } else {
                        value += text[i++];
                    }
                }
            }
            result.set(keyword, value);
        }
        if (result.m_settings.isEmpty())
            return makeError(ErrorCode::InvalidInput, tr("The connection string is empty."));
        return result;
    }

    // postgresql://[user[:password]@][host[:port][,...]][/dbname][?keyword=value&...]
    // (libpq's conninfo_uri_parse_options).
    result.m_uri = true;
    QStringView rest = QStringView(text).mid(text.startsWith(UriPrefix) ? UriPrefix.size()
                                                                         : ShortUriPrefix.size());
    const qsizetype userEnd = [&] {
        for (qsizetype i = 0; i < rest.size(); ++i) {
            if (rest[i] == u'@')
                return i;
            if (rest[i] == u'/')
                break;
        }
        return qsizetype(-1);
    }();
    if (userEnd >= 0) {
        const QStringView userInfo = rest.left(userEnd);
        const qsizetype colon = userInfo.indexOf(u':');
        Result<QString> user = percentDecoded(colon >= 0 ? userInfo.left(colon) : userInfo, tr("user name"));
        if (!user)
            return user.error();
        if (!user->isEmpty())
            result.set(u"user"_s, *user);
        if (colon >= 0) {
            Result<QString> password = percentDecoded(userInfo.mid(colon + 1), tr("password"));
            if (!password)
                return password.error();
            if (!password->isEmpty())
                result.set(u"password"_s, *password);
        }
        rest = rest.mid(userEnd + 1);
    }

    QStringList hosts;
    QStringList ports;
    bool anyHost = false;
    bool anyPort = false;
    qsizetype i = 0;
    while (true) {
        QString host;
        if (i < rest.size() && rest[i] == u'[') {
            const qsizetype close = rest.indexOf(u']', i);
            if (close < 0) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("The connection URI has an IPv6 host address without its "
                                    "closing \"]\"."));
            }
            host = rest.mid(i + 1, close - i - 1).toString();
            if (host.isEmpty()) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("The connection URI has an empty IPv6 host address."));
            }
            i = close + 1;
        } else {
            const qsizetype start = i;
            while (i < rest.size() && rest[i] != u':' && rest[i] != u'/' && rest[i] != u'?'
                   && rest[i] != u',')
                ++i;
            Result<QString> decoded = percentDecoded(rest.mid(start, i - start), tr("host"));
            if (!decoded)
                return decoded.error();
            host = *decoded;
        }
        QString port;
        if (i < rest.size() && rest[i] == u':') {
            const qsizetype start = ++i;
            while (i < rest.size() && rest[i] != u'/' && rest[i] != u'?' && rest[i] != u',')
                ++i;
            port = rest.mid(start, i - start).toString();
        }
        anyHost = anyHost || !host.isEmpty();
        anyPort = anyPort || !port.isEmpty();
        hosts.append(host);
        ports.append(port);
        if (i < rest.size() && rest[i] == u',') {
            ++i;
            continue;
        }
        break;
    }
    if (i < rest.size() && rest[i] != u'/' && rest[i] != u'?') {
        return makeError(ErrorCode::InvalidInput,
                         tr("The connection URI has an unexpected \"%1\" at character %2.")
                             .arg(rest[i])
                             .arg(text.size() - rest.size() + i + 1));
    }
    if (anyHost)
        result.set(u"host"_s, hosts.join(u','));
    if (anyPort)
        result.set(u"port"_s, ports.join(u','));

    if (i < rest.size() && rest[i] == u'/') {
        const qsizetype start = ++i;
        while (i < rest.size() && rest[i] != u'?')
            ++i;
        Result<QString> database = percentDecoded(rest.mid(start, i - start), tr("database name"));
        if (!database)
            return database.error();
        if (!database->isEmpty())
            result.set(u"dbname"_s, *database);
    }
    if (i < rest.size() && rest[i] == u'?') {
        const QStringView query = rest.mid(i + 1);
        for (QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(u'=');
            if (equals <= 0) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("The connection URI parameter \"%1\" has no value; write "
                                    "keyword=value.").arg(pair.toString()));
            }
            Result<QString> keyword = percentDecoded(pair.left(equals), tr("parameters"));
            if (!keyword)
                return keyword.error();
            Result<QString> value = percentDecoded(pair.mid(equals + 1), tr("parameters"));
            if (!value)
                return value.error();
            // JDBC-style "ssl=true" means sslmode=require, as in libpq.
            if (*keyword == u"ssl"_s && *value == u"true"_s)
                result.set(u"sslmode"_s, u"require"_s);
            else
                result.set(*keyword, *value);
        }
    }
    return result;
}

ConnectionString ConnectionString::with(const QString &keyword, const QString &value) const
{
    ConnectionString copy = *this;
    if (value.isEmpty())
        copy.m_settings.removeIf([&](const Setting &setting) { return setting.first == keyword; });
    else
        copy.set(keyword, value);
    return copy;
}

Status ConnectionString::applyTo(QSqlDatabase &db) const
{
    QStringList options;
    for (const auto &[keyword, value] : m_settings) {
        if (keyword == u"host"_s) {
            db.setHostName(value);
        } else if (keyword == u"dbname"_s) {
            db.setDatabaseName(value);
        } else if (keyword == u"user"_s) {
            db.setUserName(value);
        } else if (keyword == u"password"_s) {
            db.setPassword(value);
        } else if (keyword == u"port"_s && port() > 0) {
            db.setPort(port());
        } else if (value.contains(u';')) {
            return makeError(ErrorCode::InvalidInput,
                             tr("The value of \"%1\" contains a semicolon, which Qt's PostgreSQL "
                                "driver cannot pass on. Put the setting in a service file "
                                "(service=NAME) instead.").arg(keyword));
        } else {
            options.append(keyword + u'=' + quoted(value));
        }
    }
    // A lost network must end in an error the window can show and recover from, not in a
    // query that waits for TCP's own retransmission limit (many minutes): unacknowledged
    // data and a silent peer both end the connection within seconds, unless the location
    // says otherwise.
    const std::pair<QString, QString> defaults[] = {
        {u"connect_timeout"_s, u"10"_s},
        {u"keepalives_idle"_s, u"30"_s},
        {u"keepalives_interval"_s, u"10"_s},
        {u"keepalives_count"_s, u"3"_s},
        {u"tcp_user_timeout"_s, u"15000"_s},
    };
    for (const auto &[keyword, value] : defaults) {
        if (!contains(keyword))
            options.append(keyword + u'=' + value);
    }
    options.append(u"fallback_application_name=charter"_s);
    db.setConnectOptions(options.join(u';'));
    return {};
}

QString ConnectionString::toKeywordValue(bool includeSecrets) const
{
    QStringList parts;
    for (const auto &[keyword, value] : m_settings) {
        if (includeSecrets || !isSecret(keyword))
            parts.append(keyword + u'=' + quoted(value));
    }
    return parts.join(u' ');
}

QString ConnectionString::redacted(const QString &location)
{
    if (!looksLikeConnectionString(location))
        return location;
    if (Result<ConnectionString> parsed = parse(location))
        return parsed->displayText();
    // Unparseable: drop keyword passwords (quoted or not) and a URI's user:password@.
    QString text = location;
    static const QRegularExpression keyword(
        uR"((\b(?:ssl)?password\s*=\s*)('(?:[^'\\]|\\.)*'?|\S*))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression userInfo(uR"((://[^:@/?#]*):[^@/?#]*@)"_s);
    static const QRegularExpression query(uR"(([?&](?:ssl)?password=)[^&#]*)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    text.replace(keyword, u"\\1***"_s);
    text.replace(userInfo, u"\\1:***@"_s);
    text.replace(query, u"\\1***"_s);
    return text;
}

QString ConnectionString::displayText() const
{
    if (!m_uri)
        return toKeywordValue(false);
    QString text = UriPrefix;
    if (contains(u"user"_s))
        text += percentEncoded(user()) + u'@';
    const QStringList hosts = host().split(u',');
    const QStringList ports = value(u"port"_s).split(u',');
    for (qsizetype i = 0; i < std::max(hosts.size(), ports.size()); ++i) {
        if (i > 0)
            text += u',';
        const QString h = hosts.value(i);
        text += h.contains(u':') ? u'[' + h + u']' : percentEncoded(h);
        if (!ports.value(i).isEmpty())
            text += u':' + ports.value(i);
    }
    if (contains(u"dbname"_s))
        text += u'/' + percentEncoded(database());
    QStringList parameters;
    for (const auto &[keyword, value] : m_settings) {
        if (keyword == u"user"_s || keyword == u"host"_s || keyword == u"port"_s
            || keyword == u"dbname"_s || isSecret(keyword))
            continue;
        parameters.append(percentEncoded(keyword) + u'=' + percentEncoded(value));
    }
    if (!parameters.isEmpty())
        text += u'?' + parameters.join(u'&');
    return text;
}

} // namespace charter
