// charter-startup-baseline DATABASE: the baseline of charter-bench's startup figure (8).
// The least a Qt desktop program can do to show a register: a minimal window, shown,
// then the registry SELECT read into plain structs with QSqlQuery, the window painted
// with the row count, one line on standard output ("Loaded N systems.") and exit, the
// same point at which `charter --db DATABASE --exit-when-loaded` prints its line.
// Deliberately free of Charter's code: it links Qt only.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// SystemRepository::registryRows()'s SELECT, word for word (as RegistrySql in
// ModelBenchmarks.cpp; keep them in step).
const QString RegistrySql = u"SELECT s.id, s.name, s.external_ref, s.business_unit, s.lifecycle, "
                            "p.name, v.name, s.vendor_unknown, s.risk_tier, s.risk_score, "
                            "s.completeness, s.gap_count, s.next_review "
                            "FROM systems s "
                            "LEFT JOIN people p ON p.id = s.accountable_owner_id "
                            "LEFT JOIN vendors v ON v.id = s.vendor_id "
                            "ORDER BY s.name, s.id"_s;

// The thirteen values as they come out of the query: no enum or date decoding.
struct RawRow {
    qint64 id = 0;
    QString name;
    QString externalReference;
    QString businessUnit;
    QString lifecycle;
    QString accountableOwner;
    QString vendor;
    int vendorUnknown = 0;
    QString riskTier;
    int riskScore = 0;
    int completeness = 0;
    int gapCount = 0;
    QString nextReview;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: charter-startup-baseline DATABASE\n");
        return 2;
    }

    QMainWindow window;
    auto *label = new QLabel(u"Loading…"_s);
    label->setAlignment(Qt::AlignCenter);
    window.setCentralWidget(label);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents(); // mapped and exposed, as in any event loop

    std::vector<RawRow> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
        db.setDatabaseName(arguments.at(1));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            std::fprintf(stderr, "charter-startup-baseline: %s\n", qPrintable(db.lastError().text()));
            return 6;
        }
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(RegistrySql)) {
            std::fprintf(stderr, "charter-startup-baseline: %s\n", qPrintable(query.lastError().text()));
            return 6;
        }
        while (query.next()) {
            RawRow row;
            row.id = query.value(0).toLongLong();
            row.name = query.value(1).toString();
            row.externalReference = query.value(2).toString();
            row.businessUnit = query.value(3).toString();
            row.lifecycle = query.value(4).toString();
            row.accountableOwner = query.value(5).toString();
            row.vendor = query.value(6).toString();
            row.vendorUnknown = query.value(7).toInt();
            row.riskTier = query.value(8).toString();
            row.riskScore = query.value(9).toInt();
            row.completeness = query.value(10).toInt();
            row.gapCount = query.value(11).toInt();
            row.nextReview = query.value(12).toString();
            rows.push_back(std::move(row));
        }
    }
    QSqlDatabase::removeDatabase(QString::fromLatin1(QSqlDatabase::defaultConnection));

    label->setText(u"%1 systems"_s.arg(qsizetype(rows.size())));
    window.repaint();
    std::printf("Loaded %zu systems.\n", rows.size());
    std::fflush(stdout);
    return 0;
}
