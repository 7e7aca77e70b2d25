#pragma once

#include "register/RegisterService.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <memory>

namespace charter::cli {

// What every verb gets: the global options, the streams, and a way to open the
// database and the register service on it.
class CliContext {
public:
    CliContext(QString location, QTextStream &out, QTextStream &err)
        : m_location(std::move(location)), m_out(out), m_err(err) {}

    // As given, to open the database; may hold a password: never print it.
    QString location() const { return m_location; }
    // For messages: the location without any password (ConnectionString::redacted).
    QString displayLocation() const;
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Opens the database (and the register service). On failure prints the error and
    // returns its exit code through EXITCODE.
    RegisterService *openRegister(Database::OpenMode mode, int *exitCode);
    Database *database() { return m_db.get(); }
    // Closes the database file this run created and removes it with its journals
    // (a verb that failed before the new file held anything of the user's).
    void removeDatabase();

    // Prints ERROR to stderr and returns its exit code.
    int fail(const Error &error);
    int usageError(const QString &message);

    // Parses a verb's own options; prints help and returns false when asked or wrong.
    // EXITCODE is 0 after --help, 1 after a usage error.
    bool parseVerb(QCommandLineParser &parser, const QString &verb, const QStringList &args,
                   int *exitCode);

private:
    QString m_location;
    QTextStream &m_out;
    QTextStream &m_err;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RegisterService> m_register;
};

} // namespace charter::cli
