#include "MeetingWriter.h"

#include "register/RegisterService.h"
#include "storage/Database.h"

#include <QWidget>

namespace charter {

MeetingWriter::MeetingWriter(QWidget *window)
    : QObject(window)
    , m_runner(new TaskRunner(window))
{
    connect(m_runner, &TaskRunner::runningChanged, this, &MeetingWriter::busyChanged);
}

MeetingWriter::Session MeetingWriter::sessionOf(const RegisterService &session)
{
    return Session{session.database().location(), session.context(), session.today()};
}

MeetingWriter::Write<bool> MeetingWriter::status(std::function<Status(MeetingService &service)> write)
{
    return [write = std::move(write)](MeetingService &service) -> Result<bool> {
        if (Status status = write(service); !status)
            return status.error();
        return true;
    };
}

Result<std::unique_ptr<RegisterService>> MeetingWriter::open(const Session &session, std::unique_ptr<Database> &db)
{
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    Result<std::unique_ptr<Database>> opened = Database::open(session.location, options);
    if (!opened)
        return opened.error();
    db = std::move(*opened);
    auto service = std::make_unique<RegisterService>(*db, session.context);
    service->setToday(session.today);
    if (Status status = service->initialise(); !status)
        return status.error();
    return service;
}

} // namespace charter
