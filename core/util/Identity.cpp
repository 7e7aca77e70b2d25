#include "Identity.h"

#include <QtGlobal>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace charter {

QString currentOsUser()
{
    // The password database is authoritative; $USER can be unset (cron, CI) or spoofed.
    if (const passwd *entry = getpwuid(geteuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString fromEnv = qEnvironmentVariable("USER");
    return fromEnv.isEmpty() ? u"uid-%1"_s.arg(geteuid()) : fromEnv;
}

} // namespace charter
