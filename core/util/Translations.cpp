#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

void installIfFound(const QString &name, const QLocale &locale, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, u"_"_s, directory)) {
        QCoreApplication::installTranslator(translator);
        spdlog::debug("Loaded translation {} for {}", name.toStdString(), locale.name().toStdString());
    } else {
        delete translator;
    }
}

} // namespace

void installTranslations(const QLocale &locale)
{
    installIfFound(u"qtbase"_s, locale, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Translators installed later take precedence, so English goes in first.
    installIfFound(u"charter"_s, QLocale(QLocale::English, QLocale::UnitedStates), u":/charter/i18n"_s);
    if (locale.language() != QLocale::English)
        installIfFound(u"charter"_s, locale, u":/charter/i18n"_s);
}

} // namespace charter
