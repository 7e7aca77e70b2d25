#pragma once

#include <QByteArray>

namespace charter {

// The window's remembered state, typed, with every key in one place (QSettings
// underneath, in the application's settings file). Never holds secrets.
class UiSettings
{
public:
    // Bumped when a key changes meaning; older values are dropped by migrate().
    static constexpr int Version = 1;
    static void migrate();

    static QByteArray mainWindowGeometry();
    static void setMainWindowGeometry(const QByteArray &value);
    static QByteArray mainWindowState();
    static void setMainWindowState(const QByteArray &value);
    static QByteArray detailSplitterState();
    static void setDetailSplitterState(const QByteArray &value);
    static QByteArray registryHeaderState();
    static void setRegistryHeaderState(const QByteArray &value);
};

} // namespace charter
