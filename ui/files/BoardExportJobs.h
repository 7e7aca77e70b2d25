#pragma once

#include "tasks/TaskControl.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace charter {

// The board's exports the window runs on a worker (TaskRunner): the board pack of a
// meeting (PDF, HTML, Markdown), the decision register (CSV, JSON) and the re-review
// calendar (.ics). Each opens its own Database on LOCATION (one connection per
// thread), acts as the window's account, reports progress to CONTROL, stops when it
// is cancelled, and writes atomically through the core writers (QSaveFile): a
// cancelled or failed export leaves any file already there untouched. No widgets.
class BoardExportJobs
{
    Q_DECLARE_TR_FUNCTIONS(BoardExportJobs)

public:
    enum class Kind { BoardPack, DecisionRegister, ReviewCalendar };
    enum class Format { Pdf, Html, Markdown, Csv, Json, ICalendar };

    struct Request {
        Kind kind = Kind::BoardPack;
        Format format = Format::Pdf;
        QString location;      // database
        QString target;        // file to write
        qint64 meetingId = 0;  // board pack: the meeting (0 = the standing agenda)
        bool utf8Bom = false;  // CSV: a byte-order mark, so Excel reads UTF-8
        QDate today = QDate::currentDate();
    };
    struct Outcome {
        Request request;
        bool cancelled = false;
        std::optional<Error> error;
        int count = 0; // agenda items, decisions or calendar events written
    };

    static Outcome run(const Request &request, TaskControl &control);
    // The file-name suffix of FORMAT ("pdf", "ics").
    static QString suffix(Format format);
};

} // namespace charter
