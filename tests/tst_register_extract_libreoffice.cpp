// The register extract (what `charter-cli export --format csv [--bom]` writes) opens
// cleanly in LibreOffice: each file is imported by LibreOffice Calc headless (comma,
// double quote, UTF-8, every column as text, as a user picks in the import dialog),
// saved as .ods, converted back to CSV, and every cell must come back unchanged,
// including names with commas, quotes, line breaks, non-ASCII letters, dashes,
// surrounding spaces and formula-like text. With the byte-order mark the mark must not
// leak into the first header cell.
//
// Needs LibreOffice Calc (Debian package libreoffice-calc-nogui, installed by `make
// deps`): without it the test fails, it does not skip. About two LibreOffice start-ups
// (both files are converted by one process per direction), each with its own throwaway
// profile so parallel runs do not share one.
#include "interchange/CsvReader.h"
#include "interchange/DemoPortfolio.h"
#include "interchange/RegisterCsv.h"
#include "register/RegisterService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace charter;

namespace {

const QDate Today(2026, 11, 26);

// The cells a user would worry about, each in a different field of a demo system.
const QString CommaName = u"Ärger, Müller & Söhne \"Prüfung\" — Lyon"_s;
const QString BrokenPurpose = u"Reads invoices, flags duplicates.\nSecond line: \"café\" — naïve résumé"_s;
const QString SpacedUnit = u"  Außendienst, Zürich  "_s;
const QString FormulaName = u"=SUM(A1:A3) estimator"_s;

using Table = QList<QStringList>;

Table parseCsv(const QByteArray &bytes, const QString &name)
{
    const QString text = QString::fromUtf8(bytes);
    CsvReader reader(text, name, u',');
    Table table;
    CsvRecord record;
    while (reader.next(record)) {
        QStringList row;
        for (const QStringView field : std::as_const(record.fields))
            row.append(field.toString());
        table.append(row);
    }
    if (reader.error())
        qWarning("%s", qPrintable(reader.error()->message));
    return table;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestRegisterExtractLibreOffice : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_soffice;
    QByteArray m_plain;
    QByteArray m_bom;

    // soffice with a profile of its own in the temporary directory; true when it ran
    // and exited 0 (its output is shown otherwise).
    bool runSoffice(const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString profile = QUrl::fromLocalFile(m_dir.filePath(u"lo-profile"_s)).toString();
        process.start(m_soffice, QStringList{u"-env:UserInstallation="_s + profile, u"--headless"_s,
                                             u"--norestore"_s} + arguments);
        const bool finished = process.waitForFinished(180'000);
        const QByteArray output = process.readAll();
        if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning("soffice %s failed: %s", qPrintable(arguments.join(u' ')), output.constData());
            return false;
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_soffice = QStandardPaths::findExecutable(u"soffice"_s);
        QVERIFY2(!m_soffice.isEmpty(),
                 "soffice not found: LibreOffice Calc is needed (Debian package libreoffice-calc-nogui, make deps)");

        // The demo register with the awkward values, exported as charter-cli does.
        Portfolio portfolio = generateDemoPortfolio(30, 1, Today);
        QVERIFY(portfolio.systems.size() >= 4);
        portfolio.systems[0].name = CommaName;
        portfolio.systems[1].purpose = BrokenPurpose;
        portfolio.systems[2].businessUnit = SpacedUnit;
        portfolio.systems[3].name = FormulaName;
        auto db = Database::open(m_dir.filePath(u"register.charter"_s));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        RegisterService service(**db, WriteContext{u"root"_s, {}});
        service.setToday(Today);
        QVERIFY(service.initialise().ok());
        PortfolioImportOptions options;
        options.keepIds = true;
        QVERIFY(service.importPortfolio(portfolio, options).ok());
        Result<Portfolio> stored = service.exportPortfolio();
        QVERIFY(stored.ok());
        Result<QHash<qint64, RiskAssessment>> risks = service.assessAll(*stored);
        QVERIFY(risks.ok());
        m_plain = writeRegisterCsv(*stored, *risks, false);
        m_bom = writeRegisterCsv(*stored, *risks, true);
        QVERIFY(m_bom.startsWith("\xEF\xBB\xBF"));
        QVERIFY(!m_plain.startsWith("\xEF\xBB\xBF"));
    }

    void roundTripThroughCalc()
    {
        const QDir dir(m_dir.path());
        for (const QString &sub : {u"in"_s, u"ods"_s, u"back"_s})
            QVERIFY(dir.mkpath(sub));
        const QString plainPath = dir.filePath(u"in/register.csv"_s);
        const QString bomPath = dir.filePath(u"in/register-bom.csv"_s);
        for (const auto &[path, bytes] : {std::pair{plainPath, m_plain}, std::pair{bomPath, m_bom}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }

        const Table original = parseCsv(m_plain, plainPath);
        QVERIFY(original.size() > 30); // header and 30 systems (some cells span lines)
        const int columns = int(original.first().size());
        QCOMPARE(columns, int(registerCsvColumns().size()));
        // The awkward values really are in the file (guarded formula: apostrophe first).
        const auto contains = [&](const QString &cell) {
            return std::any_of(original.cbegin(), original.cend(), [&](const QStringList &row) { return row.contains(cell); });
        };
        QVERIFY(contains(CommaName));
        QVERIFY(contains(BrokenPurpose));
        QVERIFY(contains(SpacedUnit));
        QVERIFY(contains(u"'"_s + FormulaName));

        // CSV import options: comma, double quote, UTF-8 (76), from line 1, every column text.
        QStringList formats;
        for (int c = 1; c <= columns; ++c)
            formats << u"%1/2"_s.arg(c);
        const QString importFilter = u"CSV:44,34,76,1,"_s + formats.join(u'/');
        QVERIFY(runSoffice({u"--infilter="_s + importFilter, u"--convert-to"_s, u"ods"_s, u"--outdir"_s,
                            dir.filePath(u"ods"_s), plainPath, bomPath}));
        QVERIFY(QFile::exists(dir.filePath(u"ods/register.ods"_s)));
        QVERIFY(QFile::exists(dir.filePath(u"ods/register-bom.ods"_s)));
        QVERIFY(runSoffice({u"--convert-to"_s, u"csv:Text - txt - csv (StarCalc):44,34,76,1"_s, u"--outdir"_s,
                            dir.filePath(u"back"_s), dir.filePath(u"ods/register.ods"_s),
                            dir.filePath(u"ods/register-bom.ods"_s)}));

        for (const QString &name : {u"register.csv"_s, u"register-bom.csv"_s}) {
            const QString path = dir.filePath(u"back/"_s + name);
            const QByteArray bytes = readAll(path);
            QVERIFY2(!bytes.isEmpty(), qPrintable(u"LibreOffice wrote no %1"_s.arg(path)));
            const Table back = parseCsv(bytes, path);
            QCOMPARE(back.size(), original.size());
            for (int r = 0; r < original.size(); ++r) {
                QCOMPARE(back[r].size(), original[r].size());
                for (int c = 0; c < original[r].size(); ++c) {
                    if (back[r][c] != original[r][c])
                        QFAIL(qPrintable(u"%1, row %2, column \"%3\": \"%4\" came back as \"%5\""_s.arg(
                            name, QString::number(r + 1), original.first().value(c), original[r][c], back[r][c])));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRegisterExtractLibreOffice)
#include "tst_register_extract_libreoffice.moc"
