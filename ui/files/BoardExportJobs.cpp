#include "BoardExportJobs.h"

#include "governance/Roles.h"
#include "interchange/DecisionRegister.h"
#include "interchange/ReviewCalendar.h"
#include "register/RegisterService.h"
#include "reporting/BoardPackBuilder.h"
#include "reporting/BoardPackHtml.h"
#include "reporting/BoardPackMarkdown.h"
#include "reporting/BoardPackMeeting.h"
#include "reporting/BoardPackPdf.h"
#include "storage/Database.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

Status exportPack(RegisterService &service, const BoardExportJobs::Request &request, TaskControl &control,
                  int *count)
{
    BoardPackMeeting meeting;
    if (request.meetingId > 0) {
        Result<BoardPackMeeting> loaded = loadBoardPackMeeting(service, request.meetingId);
        if (!loaded)
            return loaded.error();
        meeting = *loaded;
    }
    control.setStage(BoardExportJobs::tr("Gathering the briefs…"));
    Result<BoardPack> pack = BoardPackBuilder(service).build(meeting, control.callback());
    if (!pack)
        return pack.error();
    *count = int(pack->agenda.size());
    control.setStage(BoardExportJobs::tr("Writing %1…").arg(QFileInfo(request.target).fileName()));
    switch (request.format) {
    case BoardExportJobs::Format::Html:
        return BoardPackHtml::write(*pack, request.target, control.callback());
    case BoardExportJobs::Format::Markdown:
        return BoardPackMarkdown::write(*pack, request.target, control.callback());
    default:
        return BoardPackPdf::write(*pack, request.target, control.callback());
    }
}

} // namespace

QString BoardExportJobs::suffix(Format format)
{
    switch (format) {
    case Format::Pdf:
        return u"pdf"_s;
    case Format::Html:
        return u"html"_s;
    case Format::Markdown:
        return u"md"_s;
    case Format::Csv:
        return u"csv"_s;
    case Format::Json:
        return u"json"_s;
    case Format::ICalendar:
        return u"ics"_s;
    }
    return QString();
}

BoardExportJobs::Outcome BoardExportJobs::run(const Request &request, TaskControl &control)
{
    Outcome outcome;
    outcome.request = request;
    control.setStage(tr("Reading the register…"));
    Database::Options options;
    options.mode = Database::OpenMode::OpenExisting;
    auto db = Database::open(request.location, options);
    if (!db) {
        outcome.error = db.error();
        return outcome;
    }
    RegisterService service(**db, WriteContext{actingLogin(**db), QString()});
    service.setToday(request.today);
    if (Status status = service.initialise(); !status) {
        outcome.error = status.error();
        return outcome;
    }
    if (control.isCancelled()) {
        outcome.cancelled = true;
        return outcome;
    }

    Status written;
    switch (request.kind) {
    case Kind::BoardPack:
        written = exportPack(service, request, control, &outcome.count);
        break;
    case Kind::DecisionRegister: {
        control.setStage(tr("Writing %1…").arg(QFileInfo(request.target).fileName()));
        Result<int> rows = DecisionRegister::exportTo(service, request.target,
                                                      request.format == Format::Json ? DecisionRegister::Format::Json
                                                                                     : DecisionRegister::Format::Csv,
                                                      request.utf8Bom);
        written = rows.ok() ? Status() : Status(rows.error());
        outcome.count = rows.ok() ? *rows : 0;
        break;
    }
    case Kind::ReviewCalendar: {
        control.setStage(tr("Writing %1…").arg(QFileInfo(request.target).fileName()));
        Result<int> events = ReviewCalendar::exportTo(service, request.target);
        written = events.ok() ? Status() : Status(events.error());
        outcome.count = events.ok() ? *events : 0;
        break;
    }
    }
    // The writers stop through the progress callback; a stop is a cancel, not an error.
    if (control.isCancelled())
        outcome.cancelled = true;
    else if (!written)
        outcome.error = written.error();
    return outcome;
}

} // namespace charter
