// charter-startup-baseline DATABASE: the baseline of charter-bench's startup figure (8).
// The least a Qt desktop program can do to show a register: a minimal window, shown,
// then the registry SELECT read into plain structs with QSqlQuery, the window painted
// with the row count, one line on standard output ("Loaded N systems.") and exit, the
// same point at which `charter --db DATABASE --exit-when-loaded` prints its line.
// Deliberately free of Charter's code: it links Qt only (RawRegistry.h is Qt only).
#include "RawRegistry.h"

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
using charter::bench::RawRegistryRow;
using charter::bench::RegistrySql;

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

    std::vector<RawRegistryRow> rows;
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
        while (query.next())
            rows.push_back(charter::bench::readRawRegistryRow(query));
    }
    QSqlDatabase::removeDatabase(QString::fromLatin1(QSqlDatabase::defaultConnection));

    label->setText(u"%1 systems"_s.arg(qsizetype(rows.size())));
    window.repaint();
    std::printf("Loaded %zu systems.\n", rows.size());
    std::fflush(stdout);
    return 0;
}
