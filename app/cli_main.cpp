#include "cli/Cli.h"
#include "util/AppPaths.h"
#include "util/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // Verbs that draw (the board pack's PDF and charts) need fonts, i.e. a
    // QGuiApplication; it needs no display with the offscreen platform.
    QStringList early;
    for (int i = 1; i < argc; ++i)
        early.append(QString::fromLocal8Bit(argv[i]));
    std::unique_ptr<QCoreApplication> app;
    if (charter::cli::needsGuiApplication(early)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    charter::initApplicationIdentity();
    charter::installTranslations(QLocale());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return charter::cli::run(arguments, out, err);
}
