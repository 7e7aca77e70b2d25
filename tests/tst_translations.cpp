// The shipped catalogues (translations/charter_*.ts) are complete, consistent with
// their sources and up to date, Charter's translator finds their messages at run time,
// and every user-visible string in ui/ and app/ is wrapped for translation.
//
// How to fix a failure: translations/README.md (make translations, then translate the
// entries it marks unfinished).
#include "util/Translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;       // "", "unfinished", "vanished" or "obsolete"
    QStringList forms;  // one translation, or one per plural form
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms.append(xml.readElementText());
            } else {
                message.forms.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = u"%1:%2: %3"_s.arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

// %1..%99 (also %L1), as QString::arg fills them.
QSet<QString> argPlaceholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%L?(\\d{1,2})"_s);
    QSet<QString> found;
    for (auto it = placeholder.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

// A menu accelerator: "&" before a character other than "&" or a space.
int acceleratorCount(const QString &text)
{
    static const QRegularExpression accelerator(u"(?<!&)&(?![&\\s])"_s);
    int count = 0;
    for (auto it = accelerator.globalMatch(text); it.hasNext(); it.next())
        ++count;
    return count;
}

QString sourceDirectory()
{
    const QString fromCTest = qEnvironmentVariable("CHARTER_SOURCE_DIR");
    return fromCTest.isEmpty() ? QStringLiteral(CHARTER_TEST_DATA_DIR "/../..") : fromCTest;
}

// --- The check for unwrapped UI strings --------------------------------------------
//
// A heuristic, on purpose simple: a string literal (plain, u"", QStringLiteral, ...)
// holding a word of two or more letters, passed straight as the text argument of a
// call that shows text (setText, setWindowTitle, setToolTip, QLabel(, QAction(,
// addMenu(, QMessageBox::warning(parent, ...) and the like); HTML tags do not count as
// words. A literal wrapped in
// tr(), translate() or QT_TR_NOOP() is not seen, because the call's argument then
// starts with that function, not with the literal. Literals that must not be
// translated (product names, language autonyms) go into the allowlist below with
// their reason.

const QString Literal =
    u"(?:u8?\"|QStringLiteral\\(\\s*\"|QLatin1String(?:View)?\\(\\s*\"|QString::from(?:Utf8|Latin1)\\(\\s*\"|\")"
    u"((?:[^\"\\\\\\n]|\\\\.)*)\""_s;

const QStringList FirstArgumentCalls = {
    u"setText"_s, u"setWindowTitle"_s, u"setToolTip"_s, u"setStatusTip"_s, u"setWhatsThis"_s,
    u"setPlaceholderText"_s, u"setTitle"_s, u"setSubTitle"_s, u"setLabelText"_s,
    u"setAccessibleName"_s, u"setAccessibleDescription"_s, u"showMessage"_s, u"setSuffix"_s,
    u"setPrefix"_s, u"setSpecialValueText"_s, u"addMenu"_s, u"addAction"_s, u"addRow"_s,
    u"setInformativeText"_s, u"setDetailedText"_s, u"setButtonText"_s, u"setHtml"_s,
    u"setMarkdown"_s, u"setHeaderLabels"_s, u"setHorizontalHeaderLabels"_s, u"addItem"_s,
    u"QLabel"_s, u"QAction"_s, u"QPushButton"_s, u"QCheckBox"_s, u"QRadioButton"_s,
    u"QGroupBox"_s, u"QToolButton"_s, u"QMenu"_s, u"QCommandLinkButton"_s,
};
// Calls whose text is the second argument (after a widget, an index or a parent).
const QStringList SecondArgumentCalls = {
    u"addTab"_s, u"insertTab"_s, u"setTabText"_s, u"setTabToolTip"_s, u"setItemText"_s,
    u"QMessageBox::warning"_s, u"QMessageBox::information"_s, u"QMessageBox::critical"_s,
    u"QMessageBox::question"_s, u"QInputDialog::getText"_s, u"QFileDialog::getOpenFileName"_s,
    u"QFileDialog::getSaveFileName"_s,
};

// file (relative to the source root) and the literal's text, with the reason.
const QList<std::pair<QString, QString>> Allowlist = {
    // (none yet: add {u"ui/some/File.cpp"_s, u"literal text"_s}, // why it stays untranslated)
};

QStringList unwrappedStrings(const QString &code, const QString &file)
{
    static const QRegularExpression first(
        u"(?<![\\w:])(?:%1)\\s*\\(\\s*%2"_s.arg(FirstArgumentCalls.join(u'|'), Literal));
    static const QRegularExpression second(
        u"(?<![\\w:])(?:%1)\\s*\\(\\s*[\\w\\->.*&:]+(?:\\(\\))?\\s*,\\s*%2"_s.arg(
            SecondArgumentCalls.join(u'|'), Literal));
    static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
    static const QRegularExpression markup(u"<[^>]*>"_s);
    QStringList found;
    for (const QRegularExpression *pattern : {&first, &second}) {
        for (auto it = pattern->globalMatch(code); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            const QString text = match.captured(1);
            // Markup around placeholders ("<b>%1</b>") is no text of its own.
            if (!word.match(QString(text).remove(markup)).hasMatch())
                continue;
            if (Allowlist.contains({file, text}))
                continue;
            const int line = int(code.left(match.capturedStart()).count(u'\n')) + 1;
            found.append(u"%1:%2: %3"_s.arg(file).arg(line).arg(match.captured(0).simplified()));
        }
    }
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogues_data();
    void catalogues();
    void upToDateWithTheSources();
    void translatorFindsMessages();
    void unwrappedStringScanner_data();
    void unwrappedStringScanner();
    void everyUiStringWrapped();
    void noEscapeLupdateMisreads();

private:
    static QString cataloguePath(const QString &language)
    {
        return sourceDirectory() + u"/translations/charter_"_s + language + u".ts"_s;
    }
};

void TestTranslations::catalogues_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("de") << u"de"_s << false;
    QTest::newRow("fr") << u"fr"_s << false;
    QTest::newRow("en") << u"en"_s << true;
}

// Every entry finished, with the plural forms the language needs, the same %1 %2
// placeholders as its source, %n in every plural form (but the singular of languages
// whose singular means exactly one), and an accelerator when the source has one.
void TestTranslations::catalogues()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    const TsFile ts = readTs(cataloguePath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.messages.isEmpty(), "the catalogue has no messages");
    QVERIFY(ts.language.startsWith(language));
    // de and en: one, other; fr: 0 and 1, other. The singular of de and en is exactly 1.
    const int pluralForms = 2;
    const bool singularIsOne = language != u"fr"_s;

    QStringList problems;
    const auto problem = [&problems](const TsMessage &m, const QString &what) {
        problems.append(u"[%1] \"%2\": %3"_s.arg(m.context, m.source.left(70), what));
    };
    for (const TsMessage &m : ts.messages) {
        if (pluralOnly && !m.numerus) {
            problem(m, u"the English catalogue holds plural messages only (-pluralonly)"_s);
            continue;
        }
        if (!m.type.isEmpty()) {
            problem(m, m.type);
            continue;
        }
        if (m.forms.size() != (m.numerus ? pluralForms : 1)) {
            problem(m, u"%1 forms instead of %2"_s.arg(m.forms.size()).arg(m.numerus ? pluralForms : 1));
            continue;
        }
        const QSet<QString> expected = argPlaceholders(m.source);
        for (qsizetype i = 0; i < m.forms.size(); ++i) {
            const QString &form = m.forms.at(i);
            if (form.trimmed().isEmpty()) {
                problem(m, u"form %1 is empty"_s.arg(i));
                continue;
            }
            if (argPlaceholders(form) != expected)
                problem(m, u"placeholders differ in \"%1\""_s.arg(form));
            const bool needsN = m.source.contains(u"%n"_s) && !(m.numerus && i == 0 && singularIsOne);
            if (needsN && !form.contains(u"%n"_s))
                problem(m, u"%n is missing in \"%1\""_s.arg(form));
            if (!m.source.contains(u"%n"_s) && form.contains(u"%n"_s))
                problem(m, u"%n in \"%1\" but not in the source"_s.arg(form));
            if ((acceleratorCount(m.source) > 0) != (acceleratorCount(form) > 0))
                problem(m, u"accelerator (&) differs in \"%1\""_s.arg(form));
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s) in charter_%2.ts; see translations/README.md:\n  "_s
                            .arg(problems.size())
                            .arg(language)
                        + problems.mid(0, 40).join(u"\n  "_s)));
}

// lupdate, run the way `make translations` runs it, into temporary copies: the set of
// messages must not change, or someone added, changed or removed a string without
// refreshing the catalogues.
void TestTranslations::upToDateWithTheSources()
{
    const QString lupdate = qEnvironmentVariable("CHARTER_LUPDATE");
    QVERIFY2(!lupdate.isEmpty(), "CHARTER_LUPDATE is not set (CTest sets it to Qt's lupdate)");
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    const QString root = sourceDirectory();
    const QStringList sources{root + u"/core"_s, root + u"/ui"_s, root + u"/app"_s};

    QStringList stale;
    for (const QString &language : {u"de"_s, u"fr"_s, u"en"_s}) {
        const QString copy = temp.filePath(u"charter_"_s + language + u".ts"_s);
        QVERIFY(QFile::copy(cataloguePath(language), copy));
        QStringList arguments{u"-no-obsolete"_s, u"-locations"_s, u"none"_s, u"-extensions"_s, u"cpp,h"_s, u"-silent"_s};
        if (language == u"en"_s)
            arguments << u"-pluralonly"_s;
        arguments << sources << u"-ts"_s << copy;
        QProcess process;
        process.start(lupdate, arguments);
        QVERIFY2(process.waitForFinished(300000), qPrintable(process.errorString()));
        QCOMPARE(process.exitCode(), 0);

        const auto keys = [](const TsFile &ts) {
            QSet<QString> set;
            for (const TsMessage &m : ts.messages)
                set.insert(m.context + u"\x1f"_s + m.source + (m.numerus ? u"\x1fn"_s : QString()));
            return set;
        };
        const TsFile before = readTs(cataloguePath(language));
        const TsFile after = readTs(copy);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        const QSet<QString> was = keys(before);
        const QSet<QString> now = keys(after);
        for (const QString &key : now - was)
            stale.append(u"charter_%1.ts lacks: %2"_s.arg(language, QString(key).replace(u'\x1f', u" | "_s)));
        for (const QString &key : was - now)
            stale.append(u"charter_%1.ts still has: %2"_s.arg(language, QString(key).replace(u'\x1f', u" | "_s)));
    }
    QVERIFY2(stale.isEmpty(), qPrintable(u"The catalogues are out of date: run `make translations` and "
                                         "translate the new entries (translations/README.md).\n  "_s
                                         + stale.mid(0, 40).join(u"\n  "_s)));
}

// Charter's translator: exact lookups, plural forms, and messages lupdate filed under
// another context than the code asks for (file-local tr() helpers).
void TestTranslations::translatorFindsMessages()
{
    charter::installTranslations(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QCoreApplication::translate("charter::MainWindow", "&File"), u"&Datei"_s);
    QCOMPARE(QCoreApplication::translate("charter::MainWindow", "%n systems", nullptr, 1), u"1 System"_s);
    QCOMPARE(QCoreApplication::translate("charter::MainWindow", "%n systems", nullptr, 5), u"5 Systeme"_s);
    // lupdate files this under "charter" (a free function), the code asks "charter::TreeHead".
    QCOMPARE(QCoreApplication::translate("charter::TreeHead", "\"size\" is missing."), u"„size“ fehlt."_s);
    // The CLI's helper translates with "charter::cli", as lupdate sees it.
    QCOMPARE(QCoreApplication::translate("charter::cli", "Unknown option %1."), u"Unbekannte Option %1."_s);
    // Not Charter's: left alone.
    QCOMPARE(QCoreApplication::translate("SomethingElse", "&File"), u"&File"_s);
    charter::installTranslations(QLocale(QLocale::French, QLocale::France));
    QCOMPARE(QCoreApplication::translate("charter::MainWindow", "%n systems", nullptr, 0), u"0 système"_s);
    QCOMPARE(QCoreApplication::translate("charter::MainWindow", "%n systems", nullptr, 2), u"2 systèmes"_s);
}

void TestTranslations::unwrappedStringScanner_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("setText literal") << u"label->setText(u\"Hello world\"_s);"_s << true;
    QTest::newRow("plain literal") << u"button->setToolTip(\"Save it\");"_s << true;
    QTest::newRow("QStringLiteral") << u"setWindowTitle(QStringLiteral(\"Charter Settings\"));"_s << true;
    QTest::newRow("QLabel") << u"auto *l = new QLabel(u\"Name:\"_s, this);"_s << true;
    QTest::newRow("QAction") << u"new QAction(u\"&Open\"_s, this)"_s << true;
    QTest::newRow("addMenu") << u"menuBar()->addMenu(u\"&File\"_s);"_s << true;
    QTest::newRow("addTab") << u"tabs->addTab(page, u\"Report\"_s);"_s << true;
    QTest::newRow("message box") << u"QMessageBox::warning(this, u\"Error\"_s, text);"_s << true;
    QTest::newRow("tr") << u"label->setText(tr(\"Hello world\"));"_s << false;
    QTest::newRow("translate") << u"setText(QCoreApplication::translate(\"ctx\", \"Hi there\"));"_s << false;
    QTest::newRow("variable") << u"label->setText(message);"_s << false;
    QTest::newRow("no words") << u"label->setText(u\"%1 · %2\"_s.arg(a, b));"_s << false;
    QTest::newRow("object name") << u"setObjectName(u\"filterEdit\"_s);"_s << false;
    QTest::newRow("other setter") << u"setTextFormat(Qt::RichText);"_s << false;
}

void TestTranslations::unwrappedStringScanner()
{
    QFETCH(QString, code);
    QFETCH(bool, flagged);
    QCOMPARE(!unwrappedStrings(code, u"test.cpp"_s).isEmpty(), flagged);
}

void TestTranslations::everyUiStringWrapped()
{
    const QString root = sourceDirectory();
    QStringList found;
    int files = 0;
    for (const QString &directory : {u"ui"_s, u"app"_s}) {
        QDirIterator it(root + u'/' + directory, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            found += unwrappedStrings(QString::fromUtf8(file.readAll()), path.mid(root.size() + 1));
            ++files;
        }
    }
    QVERIFY(files > 20);
    QVERIFY2(found.isEmpty(),
             qPrintable(u"User-visible strings not wrapped in tr() (or allowlisted in "
                        "tests/tst_translations.cpp):\n  "_s
                        + found.join(u"\n  "_s)));
}

// lupdate 6.4 reads "\u201cextends" as \u201ce + "xtends": the catalogue then holds a
// text the code never asks for. A hex digit right after a \uXXXX escape in a string
// literal must be split off ("\u201c" "extends").
void TestTranslations::noEscapeLupdateMisreads()
{
    static const QRegularExpression greedy(u"\"[^\"\\n]*\\\\u[0-9A-Fa-f]{4}[0-9A-Fa-f][^\"\\n]*\""_s);
    const QString root = sourceDirectory();
    QStringList found;
    for (const QString &directory : {u"core"_s, u"ui"_s, u"app"_s}) {
        QDirIterator it(root + u'/' + directory, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QString code = QString::fromUtf8(file.readAll());
            for (auto match = greedy.globalMatch(code); match.hasNext();) {
                const auto m = match.next();
                if (code.mid(m.capturedEnd(), 2) == u"_s"_s) // u"..."_s is never translated
                    continue;
                const int line = int(code.left(m.capturedStart()).count(u'\n')) + 1;
                found.append(u"%1:%2: %3"_s.arg(path.mid(root.size() + 1)).arg(line).arg(m.captured(0)));
            }
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(u"Split these literals after the \\u escape:\n  "_s + found.join(u"\n  "_s)));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
