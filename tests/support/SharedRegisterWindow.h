#pragma once

// The scene of the shared-database window tests: another client has registered one
// system ("Invoice classifier") on a scratch database, and a main window (not
// remembering anything in the settings) has opened it and shows it. Header-only: only
// the GUI tests, which link charter_ui, include it.
#include "MainWindow.h"
#include "TestBackend.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "views/MessageBar.h"

#include <QSignalSpy>

#include <memory>

namespace charter::test {

class SharedRegisterWindow {
public:
    // Registers the first system through another client on SCRATCH, then opens
    // WINDOWLOCATION (SCRATCH's location when empty) in the window and waits for it to
    // show that system. Empty on success, otherwise what went wrong.
    QString open(const ScratchDatabase &scratch, const QString &windowLocation = QString())
    {
        auto other = Database::open(scratch.location());
        if (!other)
            return other.error().message;
        m_other = std::move(*other);
        m_service = std::make_unique<RegisterService>(*m_other, WriteContext{m_other->serverLogin(), {}});
        if (Status status = m_service->initialise(); !status)
            return status.error().message;
        AiSystem first;
        first.name = QStringLiteral("Invoice classifier");
        if (Status status = m_service->addSystem(first); !status)
            return status.error().message;
        m_firstId = first.id;

        MainWindow::Options options;
        options.persistState = false;
        m_window = std::make_unique<MainWindow>(options);
        m_window->show();
        QSignalSpy loaded(m_window.get(), &MainWindow::registryLoaded);
        m_window->openDatabase(windowLocation.isEmpty() ? scratch.location() : windowLocation);
        if (!loaded.wait(60000))
            return QStringLiteral("the window did not load the register");
        if (m_window->countText() != QStringLiteral("1 of 1 system"))
            return QStringLiteral("the window shows %1").arg(m_window->countText());
        return {};
    }

    Database &otherDatabase() const { return *m_other; }
    RegisterService &otherClient() const { return *m_service; }
    MainWindow &window() const { return *m_window; }
    qint64 firstSystemId() const { return m_firstId; }

    // The connection-lost banner is up.
    bool bannerShown() const
    {
        return !m_window->messageBar()->isHidden()
            && m_window->messageBar()->type() == MessageBar::Type::Warning;
    }

private:
    std::unique_ptr<Database> m_other;
    std::unique_ptr<RegisterService> m_service; // on m_other
    std::unique_ptr<MainWindow> m_window;
    qint64 m_firstId = 0;
};

} // namespace charter::test
