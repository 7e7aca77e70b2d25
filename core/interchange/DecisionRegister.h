#pragma once

#include "meetings/Meeting.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace charter {

class RegisterService;

// One line of the decision register: a board decision with the meeting and agenda
// item it was taken on.
struct DecisionRegisterRow {
    Meeting meeting;
    AgendaItem item;
    MeetingDecision decision;
};

// The decision register: every decision of every review meeting, oldest meeting
// first, as CSV (CsvWriter: RFC 4180, CRLF, formula-guarded, optional UTF-8 BOM for
// Excel) or JSON ({"decisions": [...]}, with the meeting and item of each).
class DecisionRegister {
public:
    static Result<QList<DecisionRegisterRow>> load(RegisterService &session);

    // The CSV columns, in order (stable keys, also the JSON field names).
    static QStringList csvHeader();
    static QByteArray toCsv(const QList<DecisionRegisterRow> &rows, bool utf8Bom);
    static QByteArray toJson(const QList<DecisionRegisterRow> &rows);

    enum class Format { Csv, Json };
    // Loads, renders and writes PATH atomically (QSaveFile). Returns the row count.
    static Result<int> exportTo(RegisterService &session, const QString &path, Format format, bool utf8Bom);
};

} // namespace charter
