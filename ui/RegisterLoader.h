#pragma once

#include "domain/RegistryRow.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace charter {

// What a worker read from a database: the registry rows and facts about the file.
// A plain value, copied from the worker thread to the UI thread.
struct RegisterSnapshot {
    QString location; // as shown: a server location without its password
    // The location as given, password included: for opening more connections to the
    // same database; never shown, logged or stored.
    QString connectionText;
    QList<RegistryRow> rows;
    int schemaVersion = 0;
    bool created = false;
    QString backupPath;  // copy made before migrating an older file; empty if none
    int demoSystems = 0; // systems imported from the demo portfolio
    std::optional<Error> error;

    bool ok() const { return !error.has_value(); }
};

// Database work the main window runs off the UI thread (QtConcurrent). Each function
// opens its own Database on LOCATION (one connection per thread) and closes it before
// returning; none of them touches a widget. Thread-safe.
class RegisterLoader
{
    Q_DECLARE_TR_FUNCTIONS(RegisterLoader)

public:
    // Opens the existing database at LOCATION (migrating it when it is older) and
    // reads the registry rows.
    static RegisterSnapshot load(const QString &location);

    struct CreateOptions {
        int demoSystems = 0; // 0: an empty register; otherwise the demo portfolio's size
        quint64 demoSeed = 1;
        QDate today = QDate::currentDate();
    };
    // Creates a new database at LOCATION, which must not hold a database yet, fills
    // it with the demo portfolio when asked, and reads the registry rows.
    static RegisterSnapshot create(const QString &location, const CreateOptions &options);
};

} // namespace charter
