#include "cli/Cli.h"
#include "util/AppPaths.h"
#include "util/Translations.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    charter::initApplicationIdentity();
    charter::installTranslations(QLocale());
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    return charter::cli::run(arguments, out, err);
}
