// Figures 3 and 4: the registry as the desktop loads, sorts and filters it, in this
// process, against plain loops over the same data.
#include "Benchmarks.h"
#include "RawRegistry.h"

#include "RegisterLoader.h"
#include "domain/RegistryRow.h"
#include "models/RegistryFilterModel.h"
#include "models/RegistryModel.h"
#include "storage/Database.h"
#include "storage/SystemRepository.h"
#include "views/RegistryView.h"

#include <QApplication>
#include <QLineEdit>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace charter::bench {

namespace {

QList<RawRegistryRow> readRawRows(Database &db)
{
    QList<RawRegistryRow> rows;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(RegistrySql))
        return rows;
    while (query.next())
        rows.append(readRawRegistryRow(query));
    return rows;
}

std::unique_ptr<Database> openExisting(const QString &path, QString *problem)
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db) {
        *problem = db.error().message;
        return nullptr;
    }
    return std::move(*db);
}

// The proxy configured the way RegistryView configures it: sorted by name, ascending.
void sortLikeRegistryView(RegistryFilterModel &proxy)
{
    proxy.sort(RegistryModel::NameColumn, Qt::AscendingOrder);
}

const QStringList Keystrokes{u"c"_s, u"cl"_s, u"cla"_s, u"clai"_s, u"claim"_s};

} // namespace

QList<Figure> runModelBenchmark(const BenchConfig &config, const QString &database)
{
    Figure model;
    model.id = u"3a"_s;
    model.title = u"registry model load"_s;
    model.charterSide = u"SystemRepository::registryRows() -> RegistryModel::setRows()"_s;
    model.baselineSide = u"raw QSqlQuery loop over the same SELECT into plain structs (no enum/date "
                         "decoding)"_s;
    model.kind = Figure::Kind::Ratio;
    model.target = 2;

    Figure sorted = model;
    sorted.id = u"3b"_s;
    sorted.title = u"registry model load, sorted view"_s;
    sorted.charterSide = u"the same, with RegistryFilterModel attached and sorted by name (as "
                         "RegistryView sets it up)"_s;

    Figure gui = model;
    gui.id = u"3c"_s;
    gui.title = u"GUI: open file -> table shown"_s;
    gui.charterSide = u"RegisterLoader::load(file) (open, policy, registryRows) -> RegistryView::setRows"
                      "() -> events processed (shown offscreen, 1280x800)"_s;
    gui.kind = Figure::Kind::Info;

    QString problem;
    std::unique_ptr<Database> db = openExisting(database, &problem);
    if (!db) {
        for (Figure *f : {&model, &sorted, &gui})
            f->error = problem;
        return {model, sorted, gui};
    }
    SystemRepository repository(*db);

    const auto loadModel = [&](bool withProxy, qsizetype *rowsShown) {
        RegistryModel registry;
        RegistryFilterModel proxy;
        if (withProxy) {
            proxy.setSourceModel(&registry);
            sortLikeRegistryView(proxy);
        }
        const Sample sample = timeInProcess([&] {
            Result<QList<RegistryRow>> rows = repository.registryRows();
            if (!rows)
                return;
            registry.setRows(std::move(*rows));
            *rowsShown = withProxy ? proxy.rowCount() : registry.rowCount();
        });
        return sample;
    };

    progress(u"Model: warm-up and %1 runs of each"_s.arg(config.repetitions));
    qsizetype shown = 0;
    qsizetype rawCount = readRawRows(*db).size();
    loadModel(true, &shown);
    if (rawCount != config.systems || shown != config.systems) {
        const QString problem = u"expected %1 rows; the raw loop read %2, the model shows %3"_s
                                    .arg(config.systems).arg(rawCount).arg(shown);
        for (Figure *f : {&model, &sorted, &gui})
            f->error = problem;
        return {model, sorted, gui};
    }
    for (int i = 0; i < config.repetitions; ++i) {
        QList<RawRegistryRow> raw;
        const Sample base = timeInProcess([&] { raw = readRawRows(*db); });
        raw.clear();
        model.baseline.runs.append(base);
        sorted.baseline.runs.append(base);
        gui.baseline.runs.append(base);
        model.charter.runs.append(loadModel(false, &shown));
        sorted.charter.runs.append(loadModel(true, &shown));
    }
    db.reset();

    // The whole desktop path, from the file to a painted table.
    progress(u"Model: the registry view, %1 runs"_s.arg(config.repetitions));
    for (int i = 0; i < config.repetitions; ++i) {
        RegistryView view;
        view.resize(1280, 800);
        view.show();
        QApplication::processEvents();
        bool ok = true;
        gui.charter.runs.append(timeInProcess([&] {
            RegisterSnapshot snapshot = RegisterLoader::load(database);
            if (!snapshot.ok()) {
                ok = false;
                problem = snapshot.error->message;
                return;
            }
            view.setRows(std::move(snapshot.rows));
            QApplication::processEvents();
        }));
        if (!ok) {
            gui.error = problem;
            break;
        }
    }
    return {model, sorted, gui};
}

QList<Figure> runFilterBenchmark(const BenchConfig &config, const QString &database)
{
    const QString typed = Keystrokes.join(u", "_s);
    Figure sequence;
    sequence.id = u"4a"_s;
    sequence.title = u"filter as you type (5 keystrokes)"_s;
    sequence.charterSide = u"RegistryFilterModel::setFilterText() for %1 (sorted by name, as in "
                           "RegistryView; 5 columns searched)"_s.arg(typed);
    sequence.baselineSide = u"plain loop: QString::contains(needle, Qt::CaseInsensitive) over a "
                            "QStringList of the same names, collecting the matching indexes"_s;
    sequence.kind = Figure::Kind::Ratio;
    sequence.target = 3;

    Figure keystroke;
    keystroke.id = u"4b"_s;
    keystroke.title = u"filter, median per keystroke"_s;
    keystroke.charterSide = u"one setFilterText() of 4a (median over all keystrokes of all runs)"_s;
    keystroke.kind = Figure::Kind::Absolute;
    keystroke.target = 0.016;

    Figure predicate = sequence;
    predicate.id = u"4c"_s;
    predicate.title = u"registryRowMatches() alone (5 keystrokes)"_s;
    predicate.charterSide = u"registryRowMatches() (what charter-cli list --filter uses) over all rows for %1, no proxy"_s.arg(typed);
    predicate.kind = Figure::Kind::Info;

    Figure viewKeystroke;
    viewKeystroke.id = u"4d"_s;
    viewKeystroke.title = u"GUI: keystroke in the filter field"_s;
    viewKeystroke.charterSide = u"RegistryView: QLineEdit::setText() -> proxy -> table, events "
                                "processed (offscreen, 1280x800); median per keystroke"_s;
    viewKeystroke.kind = Figure::Kind::Info;

    Figure clear;
    clear.id = u"4e"_s;
    clear.title = u"filter cleared (\"claim\" -> \"\")"_s;
    clear.charterSide = u"RegistryFilterModel::setFilterText(\"\") after \"claim\": every row back, "
                        "in sorted order"_s;
    clear.kind = Figure::Kind::Info;

    const QList<Figure *> all{&sequence, &keystroke, &predicate, &viewKeystroke, &clear};
    QString problem;
    std::unique_ptr<Database> db = openExisting(database, &problem);
    Result<QList<RegistryRow>> rows = db ? SystemRepository(*db).registryRows()
                                         : Result<QList<RegistryRow>>(makeError(ErrorCode::DatabaseUnavailable, problem));
    if (!rows) {
        QList<Figure> failed;
        for (Figure *f : all) {
            f->error = rows.error().message;
            failed.append(*f);
        }
        return failed;
    }
    db.reset();
    QStringList names;
    names.reserve(rows->size());
    for (const RegistryRow &row : *rows)
        names.append(row.name);

    RegistryModel registry;
    registry.setRows(*rows);
    RegistryFilterModel proxy;
    proxy.setSourceModel(&registry);
    sortLikeRegistryView(proxy);
    proxy.rowCount();

    QList<int> proxyCounts;
    QList<int> nameCounts;
    progress(u"Filter: %1 runs of the keystrokes %2"_s.arg(config.repetitions).arg(typed));
    for (int run = 0; run < config.repetitions; ++run) {
        // Charter: the proxy, as the registry view uses it.
        clear.charter.runs.append(timeInProcess([&] {
            proxy.setFilterText(QString());
            proxy.rowCount();
        }));
        Sample total;
        for (const QString &needle : Keystrokes) {
            int count = 0;
            const Sample one = timeInProcess([&] {
                proxy.setFilterText(needle);
                count = proxy.rowCount();
            });
            keystroke.charter.runs.append(one);
            total.wall += one.wall;
            total.cpu += one.cpu;
            if (run == 0)
                proxyCounts.append(count);
        }
        sequence.charter.runs.append(total);

        // Baseline: the names alone, a plain loop.
        Sample base;
        for (const QString &needle : Keystrokes) {
            QList<int> hits;
            const Sample one = timeInProcess([&] {
                hits.reserve(names.size());
                for (qsizetype i = 0; i < names.size(); ++i) {
                    if (names[i].contains(needle, Qt::CaseInsensitive))
                        hits.append(int(i));
                }
            });
            base.wall += one.wall;
            base.cpu += one.cpu;
            if (run == 0)
                nameCounts.append(int(hits.size()));
        }
        sequence.baseline.runs.append(base);
        predicate.baseline.runs.append(base);

        // The predicate alone over the same rows.
        Sample matchTotal;
        for (const QString &needle : Keystrokes) {
            QList<int> hits;
            const Sample one = timeInProcess([&] {
                hits.reserve(rows->size());
                for (qsizetype i = 0; i < rows->size(); ++i) {
                    if (registryRowMatches(rows->at(i), needle))
                        hits.append(int(i));
                }
            });
            matchTotal.wall += one.wall;
            matchTotal.cpu += one.cpu;
        }
        predicate.charter.runs.append(matchTotal);
    }
    proxy.setFilterText(QString());

    QStringList counts;
    for (qsizetype i = 0; i < Keystrokes.size(); ++i)
        counts.append(u"\"%1\" %2 (names alone %3)"_s.arg(Keystrokes[i]).arg(proxyCounts.value(i)).arg(nameCounts.value(i)));
    sequence.note = u"Rows shown after each keystroke: "_s + counts.join(u", "_s)
                    + u". The proxy searches name, reference, business unit, owner and vendor; "
                      "the baseline the names only."_s;
    QStringList perKey;
    for (qsizetype i = 0; i < Keystrokes.size(); ++i) {
        QList<double> values;
        for (qsizetype r = i; r < keystroke.charter.runs.size(); r += Keystrokes.size())
            values.append(keystroke.charter.runs[r].wall);
        perKey.append(u"\"%1\" %2"_s.arg(Keystrokes[i], formatSeconds(median(values))));
    }
    keystroke.note = u"Median by keystroke: "_s + perKey.join(u", "_s) + u'.';

    // The desktop: the same keystrokes typed into the registry view's filter field.
    progress(u"Filter: the registry view, %1 runs"_s.arg(config.repetitions));
    {
        RegistryView view;
        view.resize(1280, 800);
        view.show();
        view.setRows(*rows);
        QApplication::processEvents();
        QStringList perKeyView;
        QList<QList<double>> byKey(Keystrokes.size());
        for (int run = 0; run < config.repetitions; ++run) {
            view.filterEdit()->clear();
            QApplication::processEvents();
            for (qsizetype k = 0; k < Keystrokes.size(); ++k) {
                const Sample one = timeInProcess([&] {
                    view.filterEdit()->setText(Keystrokes[k]);
                    QApplication::processEvents();
                });
                viewKeystroke.charter.runs.append(one);
                byKey[k].append(one.wall);
            }
        }
        for (qsizetype k = 0; k < Keystrokes.size(); ++k)
            perKeyView.append(u"\"%1\" %2"_s.arg(Keystrokes[k], formatSeconds(median(byKey[k]))));
        viewKeystroke.note = u"Median by keystroke: "_s + perKeyView.join(u", "_s) + u'.';
    }
    return {sequence, keystroke, predicate, viewKeystroke, clear};
}

} // namespace charter::bench
