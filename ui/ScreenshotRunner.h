#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QWidget;

namespace charter {

class ImportWizard;
class MainWindow;

// Takes screenshots of a MainWindow for the documentation (`charter --screenshot FILE`,
// `charter --screenshots DIR`, `make screenshots`). Once the registry is loaded it
// selects a high-risk system (so the detail pane shows a risk explanation) and then:
//   Single: grabs the window to FILE;
//   DocumentationSet: writes into DIR registry.png, risk-explanation.png (the detail
//     pane), registry-filtered.png (quick filters on), registry-dark.png (a dark
//     palette), the editor's sections and the directories (EditingWorkspace's
//     screenshot shots: editor-*.png, people.png, vendors.png) and, when a spreadsheet
//     inventory is at hand (setImportSample), the import wizard's pages
//     import-wizard-{preview,mapping,report}.png; and the governance windows
//     (GovernanceWorkspace's shots: inbox.png, signoff.png, audit.png); meeting mode on
//     the newest review meeting (meeting.png; left out when there is none); and the
//     dashboard, whole page, light and dark (dashboard.png, dashboard-dark.png), and
//     the registry scoped by a tile clicked through (registry-scoped.png).
// It quits the application with 0, or with 1 (cannot write, timed out). When the
// database cannot be opened it captures the error shown and quits with 6.
class ScreenshotRunner : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Single, DocumentationSet };

    ScreenshotRunner(MainWindow *window, QString target, Mode mode = Mode::Single,
                     QObject *parent = nullptr);

    // Added before ".png" in every file name of the documentation set, e.g. "-200" for
    // screenshots taken at 200% scaling (registry-200.png). Empty by default.
    void setFileNameSuffix(const QString &suffix) { m_suffix = suffix; }

    // The CSV the import wizard screenshots use (empty: none are taken).
    void setImportSample(const QString &path) { m_importSample = path; }

    // Starts waiting for the window; call before the window opens its database.
    void start();

    // The shared test data (../shared/data next to the source tree): the environment's
    // CHARTER_SHARED_DATA_DIR, else the first "../shared/data" found above the current
    // directory or the program's directory. Empty when there is none.
    static QString findSharedDataDirectory();

private:
    using Step = std::function<void()>;

    void onLoaded();
    void onFailed(const QString &error);
    void queueDocumentationSet();
    void queueImportWizard();
    void queueGovernance(); // inbox.png, signoff.png, audit.png
    void queueMeeting();    // meeting.png (meeting mode)
    void queueDashboard();  // dashboard.png, dashboard-dark.png, registry-scoped.png
    void next();
    void then(Step step);
    bool save(QWidget *widget, const QString &name);
    void finish(int exitCode);

    MainWindow *m_window;
    QString m_target;
    Mode m_mode;
    QString m_importSample;
    QString m_suffix;
    QList<Step> m_steps;
    ImportWizard *m_wizard = nullptr;
    bool m_done = false;
    bool m_failed = false;
    bool m_started = false;
};

} // namespace charter
