#pragma once

#include "meetings/MeetingService.h"
#include "register/RegisterService.h"
#include "storage/Database.h"
#include "storage/WriteContext.h"
#include "tasks/TaskRunner.h"
#include "util/Result.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace charter {

// Runs the Meetings window's writes (create, agenda changes, decisions, close) off the
// UI thread, one at a time, on the window's TaskRunner without a progress dialog: the
// window keeps painting and says "Saving…" meanwhile. Each write opens its own
// Database on the session's location (one connection per thread) and acts as the
// session's account with its "today"; MeetingService checks permissions and rules
// there as it does for charter-cli. DONE runs on the UI thread with the service's
// result; it is dropped when the window goes (the write itself still completes or
// rolls back as one transaction).
class MeetingWriter : public QObject
{
    Q_OBJECT

public:
    explicit MeetingWriter(QWidget *window);

    bool isBusy() const { return m_runner->isRunning(); }

    template <typename T>
    using Write = std::function<Result<T>(MeetingService &service)>;

    // Starts WRITE on the worker, in a session on SESSION's location as its account
    // with its "today" (read now, on the UI thread); false (nothing starts) while
    // another write runs.
    template <typename T>
    bool run(const RegisterService &session, Write<T> write, std::function<void(Result<T>)> done);

    // A write whose service call returns a Status.
    static Write<bool> status(std::function<Status(MeetingService &service)> write);

signals:
    void busyChanged(bool busy);

private:
    struct Session {
        QString location;
        WriteContext context;
        QDate today;
    };
    // Opens the database and the session on the worker thread and runs WRITE there.
    template <typename T>
    static Result<T> inSession(const Session &session, const Write<T> &write);
    static Session sessionOf(const RegisterService &session);
    static Result<std::unique_ptr<RegisterService>> open(const Session &session, std::unique_ptr<Database> &db);

    TaskRunner *m_runner;
};

template <typename T>
Result<T> MeetingWriter::inSession(const Session &session, const Write<T> &write)
{
    std::unique_ptr<Database> db;
    Result<std::unique_ptr<RegisterService>> opened = open(session, db);
    if (!opened)
        return opened.error();
    MeetingService service(**opened);
    return write(service);
}

template <typename T>
bool MeetingWriter::run(const RegisterService &session, Write<T> write, std::function<void(Result<T>)> done)
{
    if (m_runner->isRunning())
        return false;
    TaskRunner::Options options;
    options.showDialog = false;
    options.cancellable = false;
    // Result has no empty state: the future carries an optional one.
    using Outcome = std::optional<Result<T>>;
    return m_runner->run<Outcome>(
        options,
        [session = sessionOf(session), write = std::move(write)](TaskControl &) -> Outcome {
            return inSession<T>(session, write);
        },
        [done = std::move(done)](Outcome outcome) {
            if (done && outcome)
                done(std::move(*outcome));
        });
}

} // namespace charter
