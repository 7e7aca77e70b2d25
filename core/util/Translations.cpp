#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

const QString CatalogueDirectory = u":/charter/i18n"_s;

// Many sources translate through a file-local helper, tr(text) ->
// QCoreApplication::translate("charter::Something", text). lupdate cannot see that
// context: it files such a message under the enclosing namespace ("charter") or class
// ("charter::Renderer"). This translator looks a message up under the context asked
// for first, then under each catalogue context of the same namespace, and finally as a
// singular message (helpers that pass %n counts without marking them plural). Results,
// misses included, are cached: lookups run on every repaint.
class CharterTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;

    bool loadCatalogue(const QLocale &locale)
    {
        if (!load(locale, u"charter"_s, u"_"_s, CatalogueDirectory))
            return false;
        QFile contexts(CatalogueDirectory + u"/charter_contexts.txt"_s);
        if (contexts.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : contexts.readAll().split('\n')) {
                if (!line.trimmed().isEmpty())
                    m_contexts.append(line.trimmed());
            }
        }
        return true;
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        const QString exact = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!exact.isNull() || !context || !sourceText || !isCharterContext(context))
            return exact;
        const QByteArray key = QByteArray(context) + '\x1f' + sourceText + '\x1f'
            + QByteArray(disambiguation ? disambiguation : "") + '\x1f'
            + QByteArray::number(n < 0 ? -1 : n == 1 ? 1 : 2);
        QMutexLocker lock(&m_mutex);
        if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
            return *cached;
        QString found = lookElsewhere(context, sourceText, disambiguation, n);
        m_cache.insert(key, found);
        return found;
    }

private:
    static bool isCharterContext(const char *context)
    {
        return qstrncmp(context, "charter", 7) == 0;
    }

    QString lookElsewhere(const char *context, const char *sourceText, const char *disambiguation,
                          int n) const
    {
        for (const QByteArray &other : m_contexts) {
            if (other == context)
                continue;
            QString found = QTranslator::translate(other.constData(), sourceText, disambiguation, n);
            if (found.isNull() && n >= 0)
                found = QTranslator::translate(other.constData(), sourceText, disambiguation, -1);
            if (!found.isNull())
                return found;
        }
        if (n >= 0)
            return QTranslator::translate(context, sourceText, disambiguation, -1);
        return {};
    }

    QList<QByteArray> m_contexts;
    mutable QMutex m_mutex;
    mutable QHash<QByteArray, QString> m_cache;
};

void installQtCatalogue(const QLocale &locale)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(translator);
    else
        delete translator;
}

void installCharterCatalogue(const QLocale &locale)
{
    auto *translator = new CharterTranslator(QCoreApplication::instance());
    if (translator->loadCatalogue(locale)) {
        QCoreApplication::installTranslator(translator);
        spdlog::debug("Loaded Charter's catalogue for {}", locale.name().toStdString());
    } else {
        delete translator;
    }
}

} // namespace

void installTranslations(const QLocale &locale)
{
    installQtCatalogue(locale);
    // Translators installed later take precedence, so English goes in first.
    installCharterCatalogue(QLocale(QLocale::English, QLocale::UnitedStates));
    if (locale.language() != QLocale::English)
        installCharterCatalogue(locale);
}

QStringList shippedLanguages()
{
    QStringList languages{u"en"_s};
    const QStringList files = QDir(CatalogueDirectory).entryList({u"charter_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.mid(8, file.size() - 8 - 3); // charter_<name>.qm
        if (!languages.contains(name))
            languages.append(name);
    }
    return languages;
}

QLocale localeForLanguage(const QString &choice)
{
    return choice.isEmpty() ? QLocale::system() : QLocale(choice);
}

} // namespace charter
