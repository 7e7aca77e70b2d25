// The charter program itself, started as a user's script would start it:
// `charter --db FILE --exit-when-loaded` shows the register, says how many systems it
// loaded and exits 0; a database it cannot open gives exit status 6 and stays absent.
// Neither run touches the remembered window state or recent databases.
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppStartup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void loadsTheRegisterAndExits();
    void missingDatabaseExitsWithSix();

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QString &program, const QStringList &arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppStartup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestAppStartup::Run TestAppStartup::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, m_dir->filePath(u"cache"_s));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestAppStartup::loadsTheRegisterAndExits()
{
    const QString db = m_dir->filePath(u"register.db"_s);
    const Run demo = run(QStringLiteral(CHARTER_CLI_PATH), {u"--db"_s, db, u"demo"_s, u"--systems"_s, u"25"_s});
    QCOMPARE(demo.exitCode, 0);

    const Run shown = run(QStringLiteral(CHARTER_GUI_PATH), {u"--db"_s, db, u"--exit-when-loaded"_s});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.out, u"Loaded 25 systems.\n"_s);
    // No window state and no "last database" remembered by a scripted start.
    // (Charter keeps them in XDG_CONFIG_HOME/charter.io/charter.conf.)
    QDirIterator files(m_dir->filePath(u"config"_s), QDir::Files, QDirIterator::Subdirectories);
    QVERIFY2(!files.hasNext(), qPrintable(files.hasNext() ? files.next() : QString()));
}

void TestAppStartup::missingDatabaseExitsWithSix()
{
    const QString missing = m_dir->filePath(u"missing.db"_s);
    const Run shown = run(QStringLiteral(CHARTER_GUI_PATH), {u"--db"_s, missing, u"--exit-when-loaded"_s});
    QCOMPARE(shown.exitCode, 6);
    QVERIFY(shown.out.isEmpty());
    QVERIFY2(shown.err.contains(missing), qPrintable(shown.err));
    QVERIFY(!QFileInfo::exists(missing));
}

QTEST_GUILESS_MAIN(TestAppStartup)
#include "tst_app_startup.moc"
