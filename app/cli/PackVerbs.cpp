// The board pack verb: charter-cli pack [--meeting ID] --format pdf|html|md --out FILE
// (docs/board-pack.md).
#include "CliContext.h"
#include "Verbs.h"

#include "reporting/BoardPackBuilder.h"
#include "reporting/BoardPackHtml.h"
#include "reporting/BoardPackMarkdown.h"
#include "reporting/BoardPackMeeting.h"
#include "reporting/BoardPackPdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

// pdf, html or md from --format, else from the file's suffix; empty when neither says.
QString packFormat(const QString &option, const QString &path)
{
    if (!option.isEmpty())
        return option.toLower() == u"markdown"_s ? u"md"_s : option.toLower();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"htm"_s || suffix == u"html"_s)
        return u"html"_s;
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return u"md"_s;
    if (suffix == u"pdf"_s)
        return u"pdf"_s;
    return QString();
}

} // namespace

int runPack(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write the board pack: cover, summary tiles and charts, the agenda, a one-page brief per agenda "
           "system (owners, decision boundaries, escalation path, vendor profile, risk explanation, open "
           "sign-offs, history since the last review), decisions and minutes once recorded, and the audit "
           "tree head, so any later change to the record can be proven against the pack. Without --meeting "
           "the agenda is the standing one: every system that needs the board today."));
    const QCommandLineOption meetingOption(u"meeting"_s, tr("The meeting (its id, see 'charter-cli meeting list')."),
                                           u"ID"_s);
    const QCommandLineOption formatOption(u"format"_s, tr("pdf, html or md (default: from the file name, else pdf)."),
                                          u"FORMAT"_s);
    const QCommandLineOption outOption({u"o"_s, u"out"_s}, tr("The file to write (replaced atomically)."), u"FILE"_s);
    parser.addOption(meetingOption);
    parser.addOption(formatOption);
    parser.addOption(outOption);
    int code = 0;
    if (!context.parseVerb(parser, u"pack"_s, args, &code))
        return code;
    const QString out = parser.value(outOption);
    if (out.isEmpty())
        return context.usageError(tr("pack needs --out FILE."));
    QString format = packFormat(parser.value(formatOption), out);
    if (format.isEmpty())
        format = u"pdf"_s;
    if (format != u"pdf"_s && format != u"html"_s && format != u"md"_s)
        return context.usageError(tr("--format must be pdf, html or md."));
    qint64 meetingId = 0;
    if (parser.isSet(meetingOption)) {
        bool ok = false;
        meetingId = parser.value(meetingOption).toLongLong(&ok);
        if (!ok || meetingId <= 0)
            return context.usageError(tr("--meeting needs a meeting id (a whole number)."));
    }
    if (format == u"pdf"_s && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return context.fail(makeError(ErrorCode::InvalidInput, tr("A PDF board pack needs fonts: run charter-cli itself.")));

    RegisterService *service = context.openRegister(Database::OpenMode::OpenExisting, &code);
    if (!service)
        return code;
    BoardPackMeeting meeting;
    if (meetingId > 0) {
        Result<BoardPackMeeting> loaded = loadBoardPackMeeting(*service, meetingId);
        if (!loaded)
            return context.fail(loaded.error());
        meeting = *loaded;
    }
    // Progress on stderr for large agendas: a line every 10%.
    int lastTenth = -1;
    const ProgressCallback progress = [&](int done, int total) {
        if (total >= 200 && done * 10 / total != lastTenth) {
            lastTenth = done * 10 / total;
            context.err() << tr("Board pack: %1%").arg(lastTenth * 10) << u'\n';
            context.err().flush();
        }
        return true;
    };
    Result<BoardPack> pack = BoardPackBuilder(*service).build(meeting, progress);
    if (!pack)
        return context.fail(pack.error());
    const Status written = format == u"pdf"_s    ? BoardPackPdf::write(*pack, out, progress)
                           : format == u"html"_s ? BoardPackHtml::write(*pack, out, progress)
                                                 : BoardPackMarkdown::write(*pack, out, progress);
    if (!written)
        return context.fail(written.error());
    context.out() << tr("Board pack written to %1: %2 agenda items; audit tree head size %3, root %4.")
                         .arg(out)
                         .arg(pack->agenda.size())
                         .arg(pack->treeHead.size)
                         .arg(pack->treeHead.rootHex.isEmpty() ? tr("not sealed") : pack->treeHead.rootHex)
                  << u'\n';
    return 0;
}

} // namespace charter::cli
