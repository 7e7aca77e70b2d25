#pragma once

#include "Report.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace charter::bench {

// What `charter-bench` was asked to do (see main.cpp for the options).
struct BenchConfig {
    int systems = 100'000;
    quint64 seed = 1;
    QDate anchorDate{2025, 1, 15}; // "today" of the demo portfolio: dates are reproducible
    int repetitions = 5;           // runs per side for the cheap figures (median)
    int importRepetitions = 1;     // runs of charter-cli import (the expensive one)
    QString cliPath;               // charter-cli
    QString sqlitePath;            // sqlite3 command-line tool
    QString existingDatabase;      // --db: measure this file instead of building one
    QString workDirectory;         // --work-dir: keep the files here (else a temporary dir)
    QStringList only;              // list, import, model, filter; empty = all
    bool wants(const QString &name) const { return only.isEmpty() || only.contains(name); }
};

// Progress goes to stderr with the elapsed time, so a long run shows it is alive.
void progress(const QString &message);

// The run's scratch directory: the CSV and the databases the figures need.
class Workspace {
public:
    explicit Workspace(const BenchConfig &config);

    bool isValid() const { return !m_path.isEmpty(); }
    QString path() const { return m_path; }
    QString file(const QString &name) const;

    // Writes the demo portfolio as the register CSV (what `charter-cli export --format
    // csv` writes for it) and returns its path, or an empty string with PROBLEM set.
    QString registerCsv(QString *problem);
    // Stores the demo portfolio through RegisterService::importPortfolio into a new
    // database (used when the import figure is not run); FIGURE receives the timing.
    QString buildDatabase(Figure *figure, QString *problem);

private:
    const BenchConfig &m_config;
    std::unique_ptr<QTemporaryDir> m_temporary;
    QString m_path;
    QString m_csvPath;
};

// 2: `charter-cli import FILE.csv` into a new database vs sqlite3 `.import` of the same
// file. IMPORTEDDB receives the database of the last Charter run (a full register that
// the other figures can read), or stays empty when the import failed.
QList<Figure> runImportBenchmark(const BenchConfig &config, Workspace &workspace,
                                 QString *importedDatabase);

// 1: `charter-cli list --format json` vs `sqlite3 -json` reading the same rows.
QList<Figure> runListBenchmark(const BenchConfig &config, Workspace &workspace,
                               const QString &database);

// 3: SystemRepository::registryRows() into RegistryModel (and its sorted proxy, as the
// registry view shows it) vs a raw QSqlQuery loop over the same SELECT.
QList<Figure> runModelBenchmark(const BenchConfig &config, const QString &database);

// 4: filtering as the user types "claim" vs QString::contains over the same names.
QList<Figure> runFilterBenchmark(const BenchConfig &config, const QString &database);

} // namespace charter::bench
