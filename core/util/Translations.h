#pragma once

#include <QLocale>

namespace charter {

// Installs Qt's and Charter's translators for LOCALE on the running application.
// Charter's English catalogue is always loaded first: it supplies the plural forms of
// "%n day(s)" messages; a catalogue for LOCALE's language, when shipped, overrides it.
void installTranslations(const QLocale &locale);

} // namespace charter
