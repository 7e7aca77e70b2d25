#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace charter {

// Installs Qt's and Charter's translators for LOCALE on the running application.
// Charter's English catalogue is always loaded first: it supplies the plural forms of
// "%n day(s)" messages; a catalogue for LOCALE's language, when shipped, overrides it.
void installTranslations(const QLocale &locale);

// The languages Charter ships a catalogue for, as QLocale names ("de", "fr", ...),
// English first.
QStringList shippedLanguages();

// The locale the user chose in Preferences (a language name such as "de"), or the
// system locale when CHOICE is empty ("System").
QLocale localeForLanguage(const QString &choice);

} // namespace charter
