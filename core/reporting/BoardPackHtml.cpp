#include "BoardPackHtml.h"

#include "ChartPainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("charter::BoardPack", text, nullptr, n);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char StyleSheet[] = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #1f2937; margin: 2em auto; max-width: 56em; }
h1 { font-size: 20pt; margin: 1.2em 0 .4em; } h2 { font-size: 15pt; margin: 0 0 .2em; }
h3 { font-size: 10.5pt; color: #0b3d6e; border-bottom: 1px solid #d5dbe2; margin: 1.1em 0 .4em; padding-bottom: 2px; }
.cover { background: #0b3d6e; color: #fff; padding: 2em; } .cover h1 { color: #fff; font-size: 28pt; margin: 0 0 .3em; }
.muted { color: #5b6572; } .gap { color: #b42318; font-style: italic; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; vertical-align: top; padding: 3px 6px 3px 0; }
th { color: #5b6572; font-size: 9pt; } tr.row td { border-bottom: 1px solid #e3e7ec; }
table.fields th { width: 11em; font-weight: bold; }
.tiles { display: flex; flex-wrap: wrap; gap: 8px; } .tile { background: #f4f6f9; border-radius: 4px; padding: 6px 10px; width: 11em; }
.tile b { font-size: 20pt; display: block; } .tile.alert b { color: #b42318; }
.chart { display: block; margin: 10px 0; width: 100%; max-width: 50em; }
.badge { color: #fff; border-radius: 9px; padding: 2px 10px; font-weight: bold; font-size: 9pt; float: right; }
.brief { page-break-before: always; break-before: page; } code { font-family: "DejaVu Sans Mono", monospace; word-break: break-all; }
.tier-low { background: #2e7d32; } .tier-medium { background: #9a6700; } .tier-high { background: #c2410c; } .tier-critical { background: #b42318; }
.risk-low { color: #2e7d32; } .risk-medium { color: #9a6700; } .risk-high { color: #c2410c; } .risk-critical { color: #b42318; }
)";

void fieldRows(QString &html, const QList<PackField> &fields)
{
    html += u"<table class=\"fields\">\n"_s;
    for (const PackField &field : fields) {
        html += u"<tr><th>"_s + esc(field.label) + u"</th><td"_s + (field.gap ? u" class=\"gap\""_s : QString()) + u'>'
                + esc(field.value) + u"</td></tr>\n"_s;
    }
    html += u"</table>\n"_s;
}

QString chartHtml(const PackChart &chart)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        const QImage image = ChartPainter::render(chart, QSizeF(495, 218), 2.0);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return u"<img class=\"chart\" alt=\""_s + esc(chart.title) + u"\" src=\"data:image/png;base64,"_s
               + QString::fromLatin1(png.toBase64()) + u"\">\n"_s;
    }
    // Without fonts (no QGuiApplication): the numbers as a table.
    QString html = u"<h3>"_s + esc(chart.title) + u"</h3>\n<table>\n<tr><th>"_s + esc(chart.xLabel) + u"</th>"_s;
    for (const PackSeries &series : chart.series)
        html += u"<th>"_s + esc(series.name) + u"</th>"_s;
    html += u"</tr>\n"_s;
    for (int c = 0; c < chart.categories.size(); ++c) {
        html += u"<tr class=\"row\"><td>"_s + esc(chart.categories[c]) + u"</td>"_s;
        for (const PackSeries &series : chart.series)
            html += u"<td>"_s + QString::number(c < series.values.size() ? series.values[c] : 0) + u"</td>"_s;
        html += u"</tr>\n"_s;
    }
    for (const PackPoint &point : chart.points)
        html += u"<tr class=\"row\"><td>"_s + esc(point.label) + u"</td><td>"_s + QString::number(point.x) + u", "_s
                + QString::number(point.y) + u"</td></tr>\n"_s;
    return html + u"</table>\n"_s;
}

QString tierClass(RiskTier tier)
{
    return enumKey(tier);
}

} // namespace

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::InvalidInput, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QByteArray BoardPackHtml::render(const BoardPack &pack, const ProgressCallback &progress, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    QString html;
    html.reserve(4096 + 4096 * int(pack.briefs.size()));
    html += u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + esc(pack.title)
            + u"</title>\n<style>"_s + QString::fromLatin1(StyleSheet) + u"</style>\n</head>\n<body>\n"_s;

    // Cover.
    html += u"<div class=\"cover\"><h1>"_s + esc(pack.title) + u"</h1><div>"_s
            + esc(pack.board.isEmpty() ? tr("Governance board") : pack.board) + u" · "_s + packDate(pack.meetingDate)
            + u"</div></div>\n<h3>"_s + esc(tr("Meeting")) + u"</h3>\n"_s;
    fieldRows(html, {{tr("Date"), packDate(pack.meetingDate), false},
                     {tr("Board"), pack.board.isEmpty() ? tr("Not named") : pack.board, pack.board.isEmpty()},
                     {tr("Meeting"), pack.meetingReference.isEmpty() ? tr("Standing agenda: everything that needs the board today")
                                                                    : pack.meetingReference, false},
                     {tr("Attendees"), pack.attendees.isEmpty() ? tr("Not recorded") : pack.attendees.join(u", "_s),
                      pack.attendees.isEmpty()},
                     {tr("Agenda"), tr("%n systems", int(pack.agenda.size())), false},
                     {tr("Prepared"), tr("%1 by %2").arg(packDateTime(pack.generatedAt), pack.generatedBy), false}});
    html += u"<h3>"_s + esc(tr("Audit tree head")) + u"</h3>\n<table class=\"fields\">\n<tr><th>"_s + esc(tr("Entries"))
            + u"</th><td>"_s + QString::number(pack.treeHead.size) + u"</td></tr>\n<tr><th>"_s + esc(tr("Root hash"))
            + u"</th><td><code>"_s + esc(pack.treeHead.rootHex.isEmpty() ? tr("Not sealed") : pack.treeHead.rootHex)
            + u"</code></td></tr>\n<tr><th>"_s + esc(tr("As of")) + u"</th><td>"_s
            + esc(pack.treeHead.time.isEmpty() ? u"—"_s : pack.treeHead.time) + u"</td></tr>\n</table>\n<p class=\"muted\">"_s
            + esc(pack.proofNote) + u"</p>\n"_s;

    // Summary.
    html += u"<h1>"_s + esc(tr("Portfolio summary")) + u"</h1>\n<div class=\"tiles\">\n"_s;
    for (const PackTile &tile : pack.tiles)
        html += u"<div class=\"tile"_s + (tile.alert && tile.value > 0 ? u" alert"_s : QString()) + u"\"><b>"_s
                + QString::number(tile.value) + u"</b><span class=\"muted\">"_s + esc(tile.label) + u"</span></div>\n"_s;
    html += u"</div>\n"_s;
    for (const PackChart &chart : pack.charts)
        html += chartHtml(chart);

    // Agenda.
    html += u"<h1>"_s + esc(tr("Agenda")) + u"</h1>\n"_s;
    if (pack.agenda.isEmpty()) {
        html += u"<p class=\"muted\">"_s + esc(tr("Nothing needs the board.")) + u"</p>\n"_s;
    } else {
        html += u"<table>\n<tr><th>#</th><th>"_s + esc(tr("System")) + u"</th><th>"_s + esc(tr("Risk")) + u"</th><th>"_s
                + esc(tr("State")) + u"</th><th>"_s + esc(tr("Why it needs the board")) + u"</th></tr>\n"_s;
        for (int i = 0; i < pack.agenda.size(); ++i) {
            const PackAgendaItem &item = pack.agenda[i];
            html += u"<tr class=\"row\"><td>"_s + QString::number(i + 1) + u"</td><td><b>"_s + esc(item.systemName)
                    + u"</b></td><td class=\"risk-"_s + tierClass(item.tier) + u"\"><b>"_s + esc(packTierLabel(item.tier))
                    + u"</b></td><td>"_s + esc(enumLabel(item.state)) + u"</td><td>"_s + esc(packReasons(item.reasons))
                    + u"</td></tr>\n"_s;
        }
        html += u"</table>\n"_s;
    }

    // Briefs.
    for (int i = 0; i < pack.briefs.size(); ++i) {
        if (!reportProgress(progress, i, int(pack.briefs.size()))) {
            if (cancelled)
                *cancelled = true;
            return {};
        }
        const PackBrief &b = pack.briefs[i];
        html += u"<section class=\"brief\">\n<p class=\"muted\">"_s
                + esc(tr("Agenda item %1 of %2 · system %3").arg(b.agendaNumber).arg(pack.agenda.size()).arg(b.systemId))
                + u"</p>\n<span class=\"badge tier-"_s + tierClass(b.tier) + u"\">"_s
                + esc(tr("%1 risk · %2 points").arg(packTierLabel(b.tier)).arg(b.score)) + u"</span>\n<h2>"_s + esc(b.name)
                + u"</h2>\n<p class=\"muted\">"_s
                + esc(QStringList{b.businessUnit.isEmpty() ? tr("Business unit unknown") : b.businessUnit,
                                  tr("Lifecycle: %1").arg(b.lifecycle), tr("Workflow: %1").arg(b.state),
                                  tr("%1% of answers known").arg(b.completeness)}
                          .join(u" · "_s))
                + u"</p>\n"_s;
        if (!b.purpose.isEmpty())
            html += u"<p>"_s + esc(b.purpose) + u"</p>\n"_s;
        if (!b.agendaReasons.isEmpty())
            fieldRows(html, {{tr("On the agenda"), packReasons(b.agendaReasons), false}});
        html += u"<h3>"_s + esc(tr("Owners")) + u"</h3>\n"_s;
        fieldRows(html, b.owners);
        html += u"<h3>"_s + esc(tr("Decision boundaries")) + u"</h3>\n"_s;
        fieldRows(html, b.boundaries);
        html += u"<h3>"_s + esc(tr("Escalation path")) + u"</h3>\n"_s;
        fieldRows(html, b.escalation);
        html += u"<h3>"_s + esc(tr("Vendor: %1").arg(b.vendorName)) + u"</h3>\n"_s;
        if (b.vendor.isEmpty())
            html += u"<p class=\"muted\">"_s + esc(tr("No vendor profile.")) + u"</p>\n"_s;
        else
            fieldRows(html, b.vendor);
        html += u"<h3>"_s + esc(tr("Risk explanation")) + u"</h3>\n"_s;
        QList<PackField> risk = b.riskFactors;
        if (!b.unknowns.isEmpty())
            risk.append({tr("Unknown (%1)").arg(b.unknowns.size()), b.unknowns.join(u", "_s), true});
        fieldRows(html, risk);
        html += u"<h3>"_s + esc(tr("Approval and sign-offs")) + u"</h3>\n"_s;
        fieldRows(html, {{tr("Last approval"), b.approval.isEmpty() ? tr("Never approved") : b.approval, false},
                         {tr("Open"), b.openSignOffs.isEmpty() ? tr("Nothing open") : b.openSignOffs.join(u"; "_s),
                          !b.openSignOffs.isEmpty()}});
        html += u"<h3>"_s
                + esc(b.lastReview.isValid() ? tr("History since %1").arg(packDate(b.lastReview)) : tr("History"))
                + u"</h3>\n"_s;
        if (b.history.isEmpty())
            html += u"<p class=\"muted\">"_s + esc(tr("No changes recorded.")) + u"</p>\n"_s;
        if (b.historyOmitted > 0)
            html += u"<p class=\"muted\">"_s
                    + esc(tr("%n earlier entries not shown (charter-cli audit lists them).", b.historyOmitted)) + u"</p>\n"_s;
        QList<PackField> history;
        for (const PackHistoryEntry &entry : b.history)
            history.append({tr("#%1 · %2").arg(entry.seq).arg(packDateTime(entry.at)), entry.actor + u": "_s + entry.what, false});
        if (!history.isEmpty())
            fieldRows(html, history);
        if (!b.decisions.isEmpty()) {
            html += u"<h3>"_s + esc(tr("Decisions")) + u"</h3>\n"_s;
            for (const QString &decision : b.decisions)
                html += u"<p>"_s + esc(decision) + u"</p>\n"_s;
        }
        html += u"</section>\n"_s;
    }
    if (!pack.minutes.isEmpty()) {
        html += u"<section class=\"brief\">\n<h1>"_s + esc(tr("Minutes")) + u"</h1>\n"_s;
        for (const QString &line : pack.minutes)
            html += u"<p>"_s + esc(line) + u"</p>\n"_s;
        html += u"</section>\n"_s;
    }
    html += u"</body>\n</html>\n"_s;
    reportProgress(progress, int(pack.briefs.size()), int(pack.briefs.size()));
    return html.toUtf8();
}

Status BoardPackHtml::write(const BoardPack &pack, const QString &path, const ProgressCallback &progress)
{
    bool cancelled = false;
    const QByteArray bytes = render(pack, progress, &cancelled);
    if (cancelled)
        return makeError(ErrorCode::InvalidInput, tr("The board pack was cancelled."));
    return writeFileAtomically(path, bytes);
}

} // namespace charter
