#include "DisplayDate.h"

using namespace Qt::StringLiterals;

namespace charter {

QString displayDate(QDate date, const QLocale &locale)
{
    if (!date.isValid())
        return QString();
    if (locale.language() == QLocale::C)
        return date.toString(Qt::ISODate);
    QString format = locale.dateFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return locale.toString(date, format);
}

} // namespace charter
