#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

#include <utility>

class QSqlDatabase;

namespace charter {

// A PostgreSQL location as libpq understands it: a URI
// (postgresql://user@host:port/db?sslmode=verify-full, also postgres://) or keyword/value
// settings (host=/run/postgresql port=5433 dbname=charter, service=NAME).
//
// Only what the text itself says is kept: libpq fills in the rest when connecting
// (pg_service.conf / PGSERVICEFILE, .pgpass, the PG* environment), so its conventions
// keep working. A password is kept only when the text holds one, and never appears in
// displayText(): show and log that, never the original text.
class ConnectionString {
public:
    using Setting = std::pair<QString, QString>; // libpq keyword, value

    // True when TEXT looks like a server location rather than a file path: a
    // postgresql:// or postgres:// URI, or text starting with "keyword=".
    static bool looksLikeConnectionString(const QString &text);

    // Parses TEXT with libpq's rules (quoting, percent-decoding, several hosts).
    // InvalidInput when it is malformed; keyword names are left to libpq to check.
    static Result<ConnectionString> parse(const QString &text);

    bool isUri() const { return m_uri; }
    // The settings in the order given; a repeated keyword keeps its last value.
    const QList<Setting> &settings() const { return m_settings; }
    QString value(const QString &keyword) const;
    bool contains(const QString &keyword) const;

    QString host() const;
    QString database() const;
    QString user() const;
    // -1 when absent or not one number (several hosts may name several ports).
    int port() const;

    // The same location with KEYWORD set to VALUE (e.g. another database for tests
    // and administration); an empty VALUE removes the keyword.
    ConnectionString with(const QString &keyword, const QString &value) const;

    // For messages and logs: the location in the form it was given, without any
    // password (password and sslpassword are dropped).
    QString displayText() const;
    // keyword='value' text libpq parses back to the same settings, secrets included
    // when INCLUDESECRETS (to hand to psql or a worker), dropped otherwise.
    QString toKeywordValue(bool includeSecrets) const;

    // Configures DB (a QPSQL connection, not yet open) for this location: host, port,
    // database, user and password go to the driver's own fields, every other setting
    // (sslmode, service, options, ...) through its connect options, plus a connect
    // timeout and Charter's application name unless the text names its own. What the
    // text leaves out, libpq takes from the service file, .pgpass and PG* variables.
    // InvalidInput when a setting cannot be passed on (QPSQL splits options at ';').
    Status applyTo(QSqlDatabase &db) const;

    // LOCATION (a file path or a connection string, even a malformed one) as it may be
    // shown or logged: a connection string's displayText(), anything that looks like a
    // password removed from text that does not parse; a file path unchanged.
    static QString redacted(const QString &location);

    // Keywords whose values are secrets.
    static bool isSecret(const QString &keyword);
    // Quotes VALUE for keyword/value text when it needs it.
    static QString quoted(const QString &value);

private:
    void set(const QString &keyword, const QString &value);

    QList<Setting> m_settings;
    bool m_uri = false;
};

} // namespace charter
