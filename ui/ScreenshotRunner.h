#pragma once

#include <QObject>
#include <QString>

namespace charter {

class MainWindow;

// Takes the documentation screenshots of a MainWindow: once the registry is loaded it
// selects a high-risk system (so the detail pane shows a risk explanation), grabs the
// window to FILE and quits the application with 0, or with 1 (cannot write). When the
// database cannot be opened it captures the error shown and quits with 6. Used by
// `charter --screenshot` and `make screenshots`.
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    ScreenshotRunner(MainWindow *window, QString file, QObject *parent = nullptr);

    // Starts waiting for the window; call before the window opens its database.
    void start();

private:
    void onLoaded();
    void onFailed(const QString &error);
    void capture();
    void finish(int exitCode);

    MainWindow *m_window;
    QString m_file;
    bool m_done = false;
    bool m_failed = false;
};

} // namespace charter
