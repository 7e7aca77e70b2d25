// Verbs of review meetings and their exports: meeting (create, list, agenda, decide,
// minutes, close), decisions (the decision register) and calendar (the re-review
// schedule). The rules live in core (MeetingService, AgendaBuilder, WorkflowService);
// these only parse, call and print.
#include "CliContext.h"
#include "Verbs.h"
#include "WorkflowCli.h"

#include "interchange/DecisionRegister.h"
#include "interchange/ReviewCalendar.h"
#include "meetings/MeetingService.h"
#include "storage/SystemRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <functional>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

QString meetingOverview()
{
    return tr("Usage: charter-cli [--db LOCATION] meeting COMMAND [options]\n\n"
              "Review meetings of the governance board (docs/meetings.md).\n\n"
              "  meeting create --date YYYY-MM-DD --board NAME --attendee LOGIN...\n"
              "                                   create it; its agenda builds itself\n"
              "  meeting list [--format table|json]\n"
              "  meeting agenda ID [--format table|json]\n"
              "  meeting agenda ID --rebuild       build again (keeps manual and decided items)\n"
              "  meeting agenda ID --add TITLE [--reason TEXT] [--system SYSTEM] [--at N]\n"
              "  meeting agenda ID --remove N\n"
              "  meeting agenda ID --move N --to M\n"
              "  meeting decide ID --item N --outcome OUTCOME --reason TEXT [--conditions TEXT]\n"
              "                                   record the board's decision on item N\n"
              "  meeting minutes ID [--format markdown|text] [--out FILE]\n"
              "  meeting close ID\n\n"
              "Preparing needs the board or it_reviewer role; deciding and closing the board\n"
              "role (and attending). Every command has --help.\n");
}

// Parses the meeting ID positional argument.
bool meetingId(CliContext &context, const QCommandLineParser &parser, qint64 *id, int *exitCode)
{
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    if (positional.size() == 1)
        *id = positional.first().toLongLong(&ok);
    if (!ok || *id <= 0) {
        *exitCode = context.usageError(tr("Give exactly one meeting ID (see 'charter-cli meeting list')."));
        return false;
    }
    return true;
}

// Writes BYTES to PATH atomically, or to stdout when PATH is empty or "-".
int writeOutput(CliContext &context, const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-"_s) {
        context.out() << QString::fromUtf8(bytes);
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(makeError(ErrorCode::InvalidInput, tr("Cannot write %1: %2").arg(path, file.errorString())));
    return 0;
}

bool parseTableFormat(CliContext &context, const QString &value, bool *json, int *exitCode)
{
    if (value == u"table"_s || value == u"json"_s) {
        *json = value == u"json"_s;
        return true;
    }
    *exitCode = context.usageError(tr("Unknown --format \"%1\"; use table or json.").arg(value));
    return false;
}

void writeAgendaTable(QTextStream &out, const QList<AgendaItem> &items, const QList<MeetingDecision> &decisions)
{
    QHash<qint64, MeetingDecision> decided;
    for (const MeetingDecision &decision : decisions)
        decided.insert(decision.itemId, decision);
    if (items.isEmpty()) {
        out << tr("The agenda is empty.") << u'\n';
        return;
    }
    for (const AgendaItem &item : items) {
        out << u"%1. %2 [%3]"_s.arg(item.position, 2).arg(item.title, enumKey(item.kind));
        if (item.systemId > 0)
            out << u"  "_s << tr("(system %1)").arg(item.systemId);
        out << u'\n';
        if (!item.reason.isEmpty())
            out << u"    "_s << item.reason << u'\n';
        if (const auto it = decided.constFind(item.id); it != decided.cend())
            out << u"    "_s << tr("Decision: %1 (%2)").arg(enumLabel(it->outcome), it->rationale) << u'\n';
    }
}

int runCreate(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Create a review meeting. Its agenda builds itself from what needs the board: systems "
           "waiting for a board decision, tier changes since the last meeting, overdue re-reviews, "
           "stale sign-offs, new incidents and overrides, ownership gaps and vendor contracts ending "
           "within 90 days. Needs the board or it_reviewer role."));
    const QCommandLineOption date(u"date"_s, tr("Meeting date (YYYY-MM-DD)."), u"DATE"_s);
    const QCommandLineOption board(u"board"_s, tr("Name of the board that meets."), u"NAME"_s);
    const QCommandLineOption attendee(u"attendee"_s, tr("An attending account (repeatable; comma-separated lists too)."),
                                      u"LOGIN"_s);
    const QCommandLineOption noAgenda(u"no-agenda"_s, tr("Start with an empty agenda."));
    parser.addOptions({date, board, attendee, noAgenda});
    int code = 0;
    if (!context.parseVerb(parser, u"meeting create"_s, args, &code))
        return code;
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    NewMeeting request;
    request.date = parseIsoDate(parser.value(date));
    if (!request.date.isValid())
        return context.usageError(tr("--date needs a date of the form YYYY-MM-DD."));
    request.board = parser.value(board);
    for (const QString &value : parser.values(attendee))
        request.attendees += value.split(u',', Qt::SkipEmptyParts);
    request.buildAgenda = !parser.isSet(noAgenda);
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    MeetingService meetings(*service);
    Result<Meeting> meeting = meetings.create(request);
    if (!meeting)
        return context.fail(meeting.error());
    Result<QList<AgendaItem>> agenda = meetings.agenda(meeting->id);
    context.out() << tr("Meeting %1 created: %2, %3, %4 agenda items.")
                         .arg(meeting->id)
                         .arg(meeting->board, meeting->date.toString(Qt::ISODate))
                         .arg(agenda ? agenda->size() : 0)
                  << u'\n';
    return 0;
}

int runMeetingList(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the review meetings, oldest first."));
    const QCommandLineOption format(u"format"_s, tr("table or json (default table)."), u"FORMAT"_s, u"table"_s);
    parser.addOption(format);
    int code = 0;
    if (!context.parseVerb(parser, u"meeting list"_s, args, &code))
        return code;
    bool json = false;
    if (!parseTableFormat(context, parser.value(format), &json, &code))
        return code;
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    MeetingService meetings(*service);
    Result<QList<Meeting>> all = meetings.meetings();
    if (!all)
        return context.fail(all.error());
    if (json) {
        QJsonArray array;
        for (const Meeting &meeting : *all)
            array.append(toJson(meeting));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (all->isEmpty())
        context.out() << tr("No meetings yet.") << u'\n';
    for (const Meeting &meeting : *all) {
        Result<QList<MeetingDecision>> decisions = meetings.decisions(meeting.id);
        context.out() << u"%1  %2  %3  %4  "_s.arg(meeting.id, 4)
                             .arg(meeting.date.toString(Qt::ISODate))
                             .arg(enumKey(meeting.status), -6)
                             .arg(meeting.board)
                      << tr("%1 decisions; attendees: %2")
                             .arg(decisions ? decisions->size() : 0)
                             .arg(meeting.attendees.join(u", "_s))
                      << u'\n';
    }
    return 0;
}

int runAgenda(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Show or change a meeting's agenda. Without a change option it prints the agenda. "
           "Changes need the board or it_reviewer role and an open meeting; an item with a "
           "recorded decision cannot be removed."));
    parser.addPositionalArgument(u"ID"_s, tr("The meeting."));
    const QCommandLineOption format(u"format"_s, tr("table or json (default table)."), u"FORMAT"_s, u"table"_s);
    const QCommandLineOption rebuild(u"rebuild"_s, tr("Build the agenda again from what needs the board now."));
    const QCommandLineOption add(u"add"_s, tr("Add an item with this title."), u"TITLE"_s);
    const QCommandLineOption reason(u"reason"_s, tr("With --add: why it is on the agenda."), u"TEXT"_s);
    const QCommandLineOption system(u"system"_s, tr("With --add: the system it is about (id or exact name)."),
                                    u"SYSTEM"_s);
    const QCommandLineOption at(u"at"_s, tr("With --add: its position (default: at the end)."), u"N"_s);
    const QCommandLineOption remove(u"remove"_s, tr("Remove the item at position N."), u"N"_s);
    const QCommandLineOption move(u"move"_s, tr("Move the item at position N (with --to)."), u"N"_s);
    const QCommandLineOption to(u"to"_s, tr("With --move: the new position."), u"M"_s);
    parser.addOptions({format, rebuild, add, reason, system, at, remove, move, to});
    int code = 0;
    if (!context.parseVerb(parser, u"meeting agenda"_s, args, &code))
        return code;
    qint64 id = 0;
    if (!meetingId(context, parser, &id, &code))
        return code;
    bool json = false;
    if (!parseTableFormat(context, parser.value(format), &json, &code))
        return code;
    const int changes = int(parser.isSet(rebuild)) + int(parser.isSet(add) || parser.isSet(system))
                        + int(parser.isSet(remove)) + int(parser.isSet(move));
    if (changes > 1)
        return context.usageError(tr("Give at most one of --rebuild, --add, --remove and --move."));
    if (parser.isSet(move) != parser.isSet(to))
        return context.usageError(tr("--move and --to go together."));
    auto number = [&parser](const QCommandLineOption &option, int *value) {
        bool ok = false;
        *value = parser.value(option).toInt(&ok);
        return ok && *value > 0;
    };
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    MeetingService meetings(*service);
    Status changed;
    if (parser.isSet(rebuild)) {
        changed = Status::fromResult(meetings.rebuildAgenda(id));
    } else if (parser.isSet(add) || parser.isSet(system)) {
        ManualItem item;
        item.title = parser.value(add);
        item.reason = parser.value(reason);
        if (parser.isSet(at) && !number(at, &item.position))
            return context.usageError(tr("--at needs a position (1, 2, ...)."));
        if (parser.isSet(system)) {
            Result<qint64> systemId = SystemRepository(service->database()).resolve(parser.value(system));
            if (!systemId)
                return context.fail(systemId.error());
            item.systemId = *systemId;
        }
        changed = Status::fromResult(meetings.addItem(id, item));
    } else if (parser.isSet(remove)) {
        int position = 0;
        if (!number(remove, &position))
            return context.usageError(tr("--remove needs a position (1, 2, ...)."));
        changed = meetings.removeItem(id, position);
    } else if (parser.isSet(move)) {
        int from = 0;
        int target = 0;
        if (!number(move, &from) || !number(to, &target))
            return context.usageError(tr("--move and --to need positions (1, 2, ...)."));
        changed = meetings.moveItem(id, from, target);
    }
    if (!changed)
        return context.fail(changed.error());

    Result<QList<AgendaItem>> items = meetings.agenda(id);
    if (!items)
        return context.fail(items.error());
    Result<QList<MeetingDecision>> decisions = meetings.decisions(id);
    if (!decisions)
        return context.fail(decisions.error());
    if (json) {
        QJsonArray array;
        for (const AgendaItem &item : *items) {
            QJsonObject object = toJson(item);
            for (const MeetingDecision &decision : *decisions)
                if (decision.itemId == item.id)
                    object.insert(u"decision"_s, toJson(decision));
            array.append(object);
        }
        context.out() << QString::fromUtf8(QJsonDocument(QJsonObject{{u"meetingId"_s, id}, {u"items"_s, array}})
                                               .toJson(QJsonDocument::Indented));
        return 0;
    }
    writeAgendaTable(context.out(), *items, *decisions);
    return 0;
}

int runDecide(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Record the board's decision on an agenda item. Needs the board role and attending the "
           "meeting. On a system, the decision goes through the approval workflow with its rules "
           "and audit: approve (with conditions) approves it (every required sign-off current; "
           "nobody approves what they submitted), reject rejects it, request_information sends a "
           "system in review back for changes; defer changes nothing. The decision is attributed "
           "to the board members present."));
    parser.addPositionalArgument(u"ID"_s, tr("The meeting."));
    const QCommandLineOption item(u"item"_s, tr("The agenda item's position."), u"N"_s);
    const QCommandLineOption outcome(u"outcome"_s, tr("One of %1.").arg(enumKeys<MeetingOutcome>().join(u", "_s)),
                                     u"OUTCOME"_s);
    const QCommandLineOption reason(u"reason"_s, tr("The rationale (required)."), u"TEXT"_s);
    const QCommandLineOption conditions(u"conditions"_s, tr("The conditions (approve_with_conditions)."), u"TEXT"_s);
    const QCommandLineOption expires(u"expires"_s, tr("Approvals: the approval lapses after DATE (YYYY-MM-DD)."),
                                     u"DATE"_s);
    const QCommandLineOption present(u"present"_s,
                                     tr("A board member present (repeatable; default: every attending board member)."),
                                     u"LOGIN"_s);
    const QCommandLineOption sign(u"sign"_s, tr("Approvals: give your board sign-off first, when the policy asks for one."));
    parser.addOptions({item, outcome, reason, conditions, expires, present, sign});
    int code = 0;
    if (!context.parseVerb(parser, u"meeting decide"_s, args, &code))
        return code;
    qint64 id = 0;
    if (!meetingId(context, parser, &id, &code))
        return code;
    DecisionRequest request;
    bool ok = false;
    request.position = parser.value(item).toInt(&ok);
    if (!ok || request.position <= 0)
        return context.usageError(tr("--item needs the position of an agenda item (1, 2, ...)."));
    const std::optional<MeetingOutcome> parsed = enumFromKey<MeetingOutcome>(parser.value(outcome));
    if (!parsed)
        return context.usageError(tr("--outcome must be one of %1.").arg(enumKeys<MeetingOutcome>().join(u", "_s)));
    request.outcome = *parsed;
    request.rationale = parser.value(reason);
    request.conditions = parser.value(conditions);
    if (parser.isSet(expires)) {
        request.expires = parseIsoDate(parser.value(expires));
        if (!request.expires.isValid())
            return context.usageError(tr("--expires needs a date of the form YYYY-MM-DD."));
    }
    for (const QString &value : parser.values(present))
        request.present += value.split(u',', Qt::SkipEmptyParts);
    request.signAsBoard = parser.isSet(sign);
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    Result<MeetingDecision> decision = MeetingService(*service).decide(id, request);
    if (!decision)
        return context.fail(decision.error());
    context.err() << tr("Recorded: %1 on item %2, attributed to %3.")
                         .arg(enumLabel(decision->outcome))
                         .arg(request.position)
                         .arg(decision->boardMembers.join(u", "_s))
                  << u'\n';
    return 0;
}

int runMinutes(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the minutes of a meeting, produced from what was recorded."));
    parser.addPositionalArgument(u"ID"_s, tr("The meeting."));
    const QCommandLineOption format(u"format"_s, tr("markdown or text (default markdown)."), u"FORMAT"_s,
                                    u"markdown"_s);
    const QCommandLineOption out(u"out"_s, tr("Write to FILE (atomically) instead of stdout."), u"FILE"_s);
    parser.addOptions({format, out});
    int code = 0;
    if (!context.parseVerb(parser, u"meeting minutes"_s, args, &code))
        return code;
    qint64 id = 0;
    if (!meetingId(context, parser, &id, &code))
        return code;
    const QString name = parser.value(format);
    if (name != u"markdown"_s && name != u"md"_s && name != u"text"_s)
        return context.usageError(tr("Unknown --format \"%1\"; use markdown or text.").arg(name));
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    Result<QString> minutes = MeetingService(*service).minutes(
        id, name == u"text"_s ? MinutesFormat::PlainText : MinutesFormat::Markdown);
    if (!minutes)
        return context.fail(minutes.error());
    return writeOutput(context, parser.value(out), minutes->toUtf8());
}

int runClose(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Close a meeting: its agenda and decisions become final (board role, attending)."));
    parser.addPositionalArgument(u"ID"_s, tr("The meeting."));
    int code = 0;
    if (!context.parseVerb(parser, u"meeting close"_s, args, &code))
        return code;
    qint64 id = 0;
    if (!meetingId(context, parser, &id, &code))
        return code;
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    Result<Meeting> closed = MeetingService(*service).close(id);
    if (!closed)
        return context.fail(closed.error());
    context.err() << tr("Meeting %1 is closed.").arg(id) << u'\n';
    return 0;
}

} // namespace

int runMeeting(CliContext &context, const QStringList &args)
{
    const QHash<QString, std::function<int(CliContext &, const QStringList &)>> commands = {
        {u"create"_s, runCreate}, {u"list"_s, runMeetingList}, {u"agenda"_s, runAgenda},
        {u"decide"_s, runDecide}, {u"minutes"_s, runMinutes},  {u"close"_s, runClose},
    };
    if (args.isEmpty() || args.first() == u"--help"_s || args.first() == u"-h"_s) {
        context.out() << meetingOverview();
        return args.isEmpty() ? int(ErrorCode::Usage) : 0;
    }
    const auto command = commands.constFind(args.first());
    if (command == commands.cend())
        return context.usageError(tr("Unknown meeting command \"%1\"; use create, list, agenda, decide, minutes "
                                     "or close.").arg(args.first()));
    return (*command)(context, args.mid(1));
}

int runDecisions(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export the decision register: every board decision of every meeting, with the meeting, "
           "the agenda item, the rationale and who decided. CSV opens cleanly in Excel and "
           "LibreOffice (--bom for Excel's UTF-8 detection)."));
    const QCommandLineOption format(u"format"_s, tr("csv or json (default csv)."), u"FORMAT"_s, u"csv"_s);
    const QCommandLineOption out(u"out"_s, tr("Write to FILE (atomically) instead of stdout."), u"FILE"_s);
    const QCommandLineOption bom(u"bom"_s, tr("CSV: start with a UTF-8 byte-order mark."));
    parser.addOptions({format, out, bom});
    int code = 0;
    if (!context.parseVerb(parser, u"decisions"_s, args, &code))
        return code;
    const QString name = parser.value(format);
    if (name != u"csv"_s && name != u"json"_s)
        return context.usageError(tr("Unknown --format \"%1\"; use csv or json.").arg(name));
    if (parser.isSet(bom) && name != u"csv"_s)
        return context.usageError(tr("--bom belongs to --format csv."));
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    Result<QList<DecisionRegisterRow>> rows = DecisionRegister::load(*service);
    if (!rows)
        return context.fail(rows.error());
    const QByteArray bytes = name == u"csv"_s ? DecisionRegister::toCsv(*rows, parser.isSet(bom))
                                              : DecisionRegister::toJson(*rows);
    if (const int written = writeOutput(context, parser.value(out), bytes); written != 0)
        return written;
    if (parser.isSet(out))
        context.err() << tr("Wrote %1 decisions to %2.").arg(rows->size()).arg(parser.value(out)) << u'\n';
    return 0;
}

int runCalendar(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export the re-review schedule as an iCalendar file (RFC 5545) that calendar clients "
           "import: one all-day event per system with a next review date. Event UIDs are stable, "
           "so importing a newer file updates the events."));
    const QCommandLineOption out(u"out"_s, tr("Write to FILE.ics (atomically); - for stdout."), u"FILE"_s);
    parser.addOption(out);
    int code = 0;
    if (!context.parseVerb(parser, u"calendar"_s, args, &code))
        return code;
    if (!parser.isSet(out))
        return context.usageError(tr("Give --out FILE.ics (or --out - for stdout)."));
    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    Result<QList<ScheduledReview>> reviews = ReviewCalendar::schedule(*service);
    if (!reviews)
        return context.fail(reviews.error());
    Result<QString> domain = ReviewCalendar::calendarDomain(*service);
    if (!domain)
        return context.fail(domain.error());
    const QByteArray bytes = ReviewCalendar::toICalendar(*reviews, service->now(), *domain);
    if (const int written = writeOutput(context, parser.value(out), bytes); written != 0)
        return written;
    if (parser.value(out) != u"-"_s)
        context.err() << tr("Wrote %1 scheduled reviews to %2.").arg(reviews->size()).arg(parser.value(out)) << u'\n';
    return 0;
}

} // namespace charter::cli
