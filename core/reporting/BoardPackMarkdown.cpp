#include "BoardPackMarkdown.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("charter::BoardPack", text, nullptr, n);
}

// Register text as literal Markdown: every character that could start markup is
// backslash-escaped, HTML is neutralised, and line breaks cannot end a table row.
QString md(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (u"\\`*_[]<>|~&"_s.contains(c))
            out += u'\\';
        if (c == u'\n' || c == u'\r')
            out += u' ';
        else
            out += c;
    }
    return out;
}

// A paragraph of register text: also escapes what would start a heading, list or rule.
QString mdBlock(const QString &text)
{
    QString out = md(text);
    if (!out.isEmpty() && u"#-+="_s.contains(out.front()))
        out.prepend(u'\\');
    qsizetype digits = 0;
    while (digits < out.size() && out[digits].isDigit())
        ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == u'.' || out[digits] == u')'))
        out.insert(digits, u'\\');
    return out;
}

void fieldTable(QString &out, const QList<PackField> &fields)
{
    if (fields.isEmpty())
        return;
    out += u"| | |\n|---|---|\n"_s;
    for (const PackField &field : fields)
        out += u"| **"_s + md(field.label) + u"** | "_s + (field.gap ? u"*"_s + md(field.value) + u"*"_s : md(field.value))
               + u" |\n"_s;
    out += u'\n';
}

QString number(double value)
{
    return QString::number(value, 'g', 10);
}

void chartTable(QString &out, const PackChart &chart)
{
    out += u"### "_s + md(chart.title) + u"\n\n"_s;
    if (chart.kind == PackChart::Kind::Scatter) {
        out += u"| "_s + md(tr("System")) + u" | "_s + md(chart.xLabel) + u" | "_s + md(chart.yLabel) + u" | "_s
               + md(tr("Group")) + u" |\n|---|---:|---:|---|\n"_s;
        for (const PackPoint &point : chart.points)
            out += u"| "_s + md(point.label) + u" | "_s + number(point.x) + u" | "_s + number(point.y) + u" | "_s
                   + md(chart.series.value(point.group).name) + u" |\n"_s;
        out += u'\n';
        return;
    }
    out += u"| "_s + md(chart.xLabel);
    for (const PackSeries &series : chart.series)
        out += u" | "_s + md(series.name);
    out += u" |\n|---"_s;
    for (qsizetype i = 0; i < chart.series.size(); ++i)
        out += u"|---:"_s;
    out += u"|\n"_s;
    for (int c = 0; c < chart.categories.size(); ++c) {
        out += u"| "_s + md(chart.categories[c]);
        for (const PackSeries &series : chart.series)
            out += u" | "_s + number(series.values.value(c));
        out += u" |\n"_s;
    }
    out += u'\n';
}

} // namespace

QByteArray BoardPackMarkdown::render(const BoardPack &pack, const ProgressCallback &progress, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    QString out;
    out += u"# "_s + md(pack.title) + u"\n\n"_s;
    fieldTable(out, {{tr("Date"), packDate(pack.meetingDate), false},
                     {tr("Board"), pack.board.isEmpty() ? tr("Not named") : pack.board, pack.board.isEmpty()},
                     {tr("Meeting"), pack.meetingReference.isEmpty() ? tr("Standing agenda: everything that needs the board today")
                                                                    : pack.meetingReference, false},
                     {tr("Attendees"), pack.attendees.isEmpty() ? tr("Not recorded") : pack.attendees.join(u", "_s),
                      pack.attendees.isEmpty()},
                     {tr("Agenda"), tr("%n systems", int(pack.agenda.size())), false},
                     {tr("Prepared"), tr("%1 by %2").arg(packDateTime(pack.generatedAt), pack.generatedBy), false}});
    out += u"## "_s + md(tr("Audit tree head")) + u"\n\n"_s;
    out += u"- "_s + md(tr("Entries")) + u": "_s + QString::number(pack.treeHead.size) + u"\n- "_s + md(tr("Root hash"))
           + u": `"_s + (pack.treeHead.rootHex.isEmpty() ? tr("Not sealed") : pack.treeHead.rootHex) + u"`\n- "_s
           + md(tr("As of")) + u": "_s + md(pack.treeHead.time.isEmpty() ? u"—"_s : pack.treeHead.time) + u"\n\n"_s
           + md(pack.proofNote) + u"\n\n"_s;

    out += u"## "_s + md(tr("Portfolio summary")) + u"\n\n"_s;
    QList<PackField> tiles;
    for (const PackTile &tile : pack.tiles)
        tiles.append({tile.label, QString::number(tile.value), tile.alert && tile.value > 0});
    fieldTable(out, tiles);
    for (const PackChart &chart : pack.charts)
        chartTable(out, chart);

    out += u"## "_s + md(tr("Agenda")) + u"\n\n"_s;
    if (pack.agenda.isEmpty())
        out += md(tr("Nothing needs the board.")) + u"\n\n"_s;
    else
        out += u"| # | "_s + md(tr("System")) + u" | "_s + md(tr("Risk")) + u" | "_s + md(tr("State")) + u" | "_s
               + md(tr("Why it needs the board")) + u" |\n|---:|---|---|---|---|\n"_s;
    for (int i = 0; i < pack.agenda.size(); ++i) {
        const PackAgendaItem &item = pack.agenda[i];
        out += u"| "_s + QString::number(i + 1) + u" | "_s + md(item.systemName) + u" | "_s + md(packTierLabel(item.tier))
               + u" | "_s + md(enumLabel(item.state)) + u" | "_s + md(packReasons(item.reasons)) + u" |\n"_s;
    }
    out += u'\n';

    for (int i = 0; i < pack.briefs.size(); ++i) {
        if (!reportProgress(progress, i, int(pack.briefs.size()))) {
            if (cancelled)
                *cancelled = true;
            return {};
        }
        const PackBrief &b = pack.briefs[i];
        out += u"## "_s + QString::number(b.agendaNumber) + u". "_s + md(b.name) + u"\n\n"_s;
        out += u"**"_s + md(tr("%1 risk · %2 points").arg(packTierLabel(b.tier)).arg(b.score)) + u"** · "_s
               + md(QStringList{b.businessUnit.isEmpty() ? tr("Business unit unknown") : b.businessUnit,
                                tr("Lifecycle: %1").arg(b.lifecycle), tr("Workflow: %1").arg(b.state),
                                tr("%1% of answers known").arg(b.completeness), tr("system %1").arg(b.systemId)}
                        .join(u" · "_s))
               + u"\n\n"_s;
        if (!b.purpose.isEmpty())
            out += mdBlock(b.purpose) + u"\n\n"_s;
        if (!b.agendaReasons.isEmpty())
            out += u"*"_s + md(tr("On the agenda")) + u":* "_s + md(packReasons(b.agendaReasons)) + u"\n\n"_s;
        out += u"### "_s + md(tr("Owners")) + u"\n\n"_s;
        fieldTable(out, b.owners);
        out += u"### "_s + md(tr("Decision boundaries")) + u"\n\n"_s;
        fieldTable(out, b.boundaries);
        out += u"### "_s + md(tr("Escalation path")) + u"\n\n"_s;
        fieldTable(out, b.escalation);
        out += u"### "_s + md(tr("Vendor: %1").arg(b.vendorName)) + u"\n\n"_s;
        if (b.vendor.isEmpty())
            out += md(tr("No vendor profile.")) + u"\n\n"_s;
        fieldTable(out, b.vendor);
        out += u"### "_s + md(tr("Risk explanation")) + u"\n\n"_s;
        QList<PackField> risk = b.riskFactors;
        if (!b.unknowns.isEmpty())
            risk.append({tr("Unknown (%1)").arg(b.unknowns.size()), b.unknowns.join(u", "_s), true});
        fieldTable(out, risk);
        out += u"### "_s + md(tr("Approval and sign-offs")) + u"\n\n"_s;
        fieldTable(out, {{tr("Last approval"), b.approval.isEmpty() ? tr("Never approved") : b.approval, false},
                         {tr("Open"), b.openSignOffs.isEmpty() ? tr("Nothing open") : b.openSignOffs.join(u"; "_s),
                          !b.openSignOffs.isEmpty()}});
        out += u"### "_s + md(b.lastReview.isValid() ? tr("History since %1").arg(packDate(b.lastReview)) : tr("History"))
               + u"\n\n"_s;
        if (b.history.isEmpty())
            out += md(tr("No changes recorded.")) + u"\n\n"_s;
        if (b.historyOmitted > 0)
            out += md(tr("%n earlier entries not shown (charter-cli audit lists them).", b.historyOmitted)) + u"\n\n"_s;
        QList<PackField> history;
        for (const PackHistoryEntry &entry : b.history)
            history.append({tr("#%1 · %2").arg(entry.seq).arg(packDateTime(entry.at)), entry.actor + u": "_s + entry.what, false});
        fieldTable(out, history);
        if (!b.decisions.isEmpty()) {
            out += u"### "_s + md(tr("Decisions")) + u"\n\n"_s;
            for (const QString &decision : b.decisions)
                out += u"- "_s + md(decision) + u'\n';
            out += u'\n';
        }
    }
    if (!pack.minutes.isEmpty()) {
        out += u"## "_s + md(tr("Minutes")) + u"\n\n"_s;
        for (const QString &line : pack.minutes)
            out += mdBlock(line) + u"\n\n"_s;
    }
    reportProgress(progress, int(pack.briefs.size()), int(pack.briefs.size()));
    return out.toUtf8();
}

Status BoardPackMarkdown::write(const BoardPack &pack, const QString &path, const ProgressCallback &progress)
{
    bool cancelled = false;
    const QByteArray bytes = render(pack, progress, &cancelled);
    if (cancelled)
        return makeError(ErrorCode::InvalidInput, tr("The board pack was cancelled."));
    return writeFileAtomically(path, bytes);
}

} // namespace charter
