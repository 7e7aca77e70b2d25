// charter: the desktop window. Thin: parses the command line, then hands over to
// charter_ui's MainWindow (and, for --screenshot, to ScreenshotRunner).
#include "MainWindow.h"
#include "ScreenshotRunner.h"
#include "UiSettings.h"
#include "util/AppPaths.h"
#include "util/Logging.h"
#include "util/Translations.h"
#include "views/RegistryView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Screenshots render offscreen unless the caller chose a platform: decided before
// QApplication exists, so this looks at the raw arguments.
void preferOffscreenWhenNoWindowShows(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        // Help and version need no display either (`charter --help` over ssh).
        if (std::strncmp(argv[i], "--screenshot", 12) == 0 || std::strcmp(argv[i], "--help") == 0
            || std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--help-all") == 0 || std::strcmp(argv[i], "--version") == 0
            || std::strcmp(argv[i], "-v") == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

// --scale FACTOR scales the whole interface as QT_SCALE_FACTOR does. Qt reads that
// before QApplication exists, so this looks at the raw arguments. Returns the factor:
// 1 when not given, 0 when it is not a number from 0.5 to 4.
double requestedScale(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *value = nullptr;
        if (std::strcmp(argv[i], "--scale") == 0 && i + 1 < argc)
            value = argv[i + 1];
        else if (std::strncmp(argv[i], "--scale=", 8) == 0)
            value = argv[i] + 8;
        if (!value)
            continue;
        bool ok = false;
        const double factor = QByteArray(value).toDouble(&ok);
        return ok && factor >= 0.5 && factor <= 4 ? factor : 0;
    }
    return 1;
}

// --exit-when-loaded: once the rows are in the registry, the window is painted with
// them (as the user would see it), one line goes to standard output and the event loop
// ends. The line is what startup benchmarks wait for.
void exitOnceLoaded(charter::MainWindow &window)
{
    QObject::connect(&window, &charter::MainWindow::registryLoaded, &window, [&window] {
        window.repaint();
        const int systems = window.registryView()->totalCount();
        const QString line = systems == 1
            ? QCoreApplication::translate("main", "Loaded 1 system.")
            : QCoreApplication::translate("main", "Loaded %n systems.", nullptr, systems);
        std::printf("%s\n", qPrintable(line));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
    QObject::connect(&window, &charter::MainWindow::loadFailed, &window, [](const QString &error) {
        std::fprintf(stderr, "charter: %s\n", qPrintable(error));
        QCoreApplication::exit(6);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    preferOffscreenWhenNoWindowShows(argc, argv);
    const double scale = requestedScale(argc, argv);
    if (scale > 0 && scale != 1)
        qputenv("QT_SCALE_FACTOR", QByteArray::number(scale));
    QApplication app(argc, argv);
    charter::initApplicationIdentity();
    // The language chosen in Edit > Preferences, else the system's. An explicit choice
    // also sets the default locale, so dates and numbers follow the language.
    const QString language = charter::UiSettings::language();
    if (!language.isEmpty())
        QLocale::setDefault(charter::localeForLanguage(language));
    charter::installTranslations(QLocale());
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Charter"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Charter: the governance console for AI systems."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s,
        QCoreApplication::translate("main", "Open the database at LOCATION (default: the one open "
                                            "when Charter last closed, else %1).")
            .arg(QDir::toNativeSeparators(charter::defaultDatabasePath())),
        QCoreApplication::translate("main", "LOCATION"));
    const QCommandLineOption verboseOption(
        u"verbose"_s, QCoreApplication::translate("main", "Also write the log to standard error."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate("main", "Render the main window offscreen to the PNG FILE and "
                                            "exit. Without --db, a demo database is used."),
        QCoreApplication::translate("main", "FILE"));
    const QCommandLineOption screenshotsOption(
        u"screenshots"_s,
        QCoreApplication::translate("main", "Write the documentation screenshots (registry, "
                                            "quick filters, risk explanation, dark palette, "
                                            "import wizard) to DIRECTORY and exit. Without "
                                            "--db, a demo database is used."),
        QCoreApplication::translate("main", "DIRECTORY"));
    const QCommandLineOption exitWhenLoadedOption(
        u"exit-when-loaded"_s,
        QCoreApplication::translate("main", "Exit once the register is loaded and shown in the window, "
                                            "after printing the number of systems to standard output "
                                            "(exit status 6 when the database cannot be opened). For "
                                            "smoke tests and startup benchmarks; the window's state and "
                                            "the recent databases are left as they were."));
    parser.addOption(dbOption);
    parser.addOption(verboseOption);
    parser.addOption(exitWhenLoadedOption);
    const QCommandLineOption scaleOption(
        u"scale"_s,
        QCoreApplication::translate("main", "Scale the whole interface by FACTOR (0.5 to 4; 2 for "
                                            "200%), as the environment variable QT_SCALE_FACTOR "
                                            "does. With --screenshots the file names get the "
                                            "percentage: registry-200.png."),
        QCoreApplication::translate("main", "FACTOR"));
    parser.addOption(scaleOption);
    parser.addOption(screenshotOption);
    parser.addOption(screenshotsOption);
    parser.process(app);

    charter::setupLogging(u"charter"_s, parser.isSet(verboseOption));
    if (parser.isSet(scaleOption) && scale == 0) {
        std::fprintf(stderr, "charter: %s\n",
                     qPrintable(QCoreApplication::translate("main", "--scale needs a number from 0.5 "
                                                                    "to 4, such as 2 for 200%.")));
        return 2;
    }

    QString screenshotTarget;
    auto screenshotMode = charter::ScreenshotRunner::Mode::Single;
    if (parser.isSet(screenshotOption)) {
        screenshotTarget = parser.value(screenshotOption);
    } else if (parser.isSet(screenshotsOption)) {
        screenshotTarget = parser.value(screenshotsOption);
        screenshotMode = charter::ScreenshotRunner::Mode::DocumentationSet;
    }

    if (!screenshotTarget.isEmpty()) {
        // A fixed style and size, and no remembered state, so screenshots are repeatable.
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        std::unique_ptr<QTemporaryDir> demoDir; // outlives the window that uses it
        charter::MainWindow::Options options;
        options.persistState = false;
        charter::MainWindow window(options);
        window.resize(1280, 800);
        window.show();
        charter::ScreenshotRunner runner(&window, QFileInfo(screenshotTarget).absoluteFilePath(),
                                         screenshotMode);
        if (screenshotMode == charter::ScreenshotRunner::Mode::DocumentationSet && parser.isSet(scaleOption))
            runner.setFileNameSuffix(u"-%1"_s.arg(qRound(scale * 100)));
        if (screenshotMode == charter::ScreenshotRunner::Mode::DocumentationSet) {
            // The import wizard is shown on a real inventory from ../shared/data.
            const QString shared = charter::ScreenshotRunner::findSharedDataDirectory();
            const QString sample = shared + u"/us-federal-ai-inventory-2025/treasury.csv"_s;
            if (!shared.isEmpty() && QFileInfo::exists(sample))
                runner.setImportSample(sample);
            else
                qWarning("No ../shared/data/us-federal-ai-inventory-2025/treasury.csv found (set "
                         "CHARTER_SHARED_DATA_DIR); the import wizard screenshots are skipped.");
        }
        runner.start();

        if (parser.isSet(dbOption)) {
            window.openDatabase(parser.value(dbOption));
        } else {
            demoDir = std::make_unique<QTemporaryDir>();
            if (!demoDir->isValid()) {
                qCritical("Cannot create a temporary folder for the demo database.");
                return 1;
            }
            window.createDatabase(demoDir->filePath(u"harbourline-demo.db"_s), true);
        }
        return app.exec();
    }

    const bool exitWhenLoaded = parser.isSet(exitWhenLoadedOption);
    charter::MainWindow::Options options;
    options.persistState = !exitWhenLoaded;
    charter::MainWindow window(options);
    if (exitWhenLoaded)
        exitOnceLoaded(window);
    window.show();
    // Without --db: the database open when Charter last closed, while it exists.
    const QString location = parser.isSet(dbOption)
        ? parser.value(dbOption)
        : charter::UiSettings::startupDatabase(charter::defaultDatabasePath());
    if (!parser.isSet(dbOption) && !QFileInfo::exists(location) && exitWhenLoaded) {
        std::fprintf(stderr, "charter: %s\n",
                     qPrintable(QCoreApplication::translate("main", "No database at %1; name one with --db.")
                                    .arg(QDir::toNativeSeparators(location))));
        return 6;
    }
    if (!parser.isSet(dbOption) && !QFileInfo::exists(location)) {
        // First run: ask once the window is up and the event loop runs.
        QTimer::singleShot(0, &window, [&window, location] { window.offerToCreate(location); });
    } else {
        window.openDatabase(location);
    }
    return app.exec();
}
