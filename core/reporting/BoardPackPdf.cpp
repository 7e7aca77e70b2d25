#include "BoardPackPdf.h"

#include "ChartPainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("charter::BoardPack", text, nullptr, n);
}

// Layout in points (1/72 inch) on A4.
constexpr qreal PageWidth = 595.28;
constexpr qreal PageHeight = 841.89;
constexpr qreal MarginX = 50;
constexpr qreal MarginTop = 64;
constexpr qreal MarginBottom = 58;
constexpr int Resolution = 300;
constexpr qreal LabelColumn = 118;

const QColor Ink(0x1f, 0x29, 0x37);
const QColor Muted(0x5b, 0x65, 0x72);
const QColor Accent(0x0b, 0x3d, 0x6e);
const QColor Rule(0xd5, 0xdb, 0xe2);
const QColor GapColor(0xb4, 0x23, 0x18);
const QColor TileFill(0xf4, 0xf6, 0xf9);

QColor tierColor(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Low: return QColor(0x2e, 0x7d, 0x32);
    case RiskTier::Medium: return QColor(0x9a, 0x67, 0x00);
    case RiskTier::High: return QColor(0xc2, 0x41, 0x0c);
    case RiskTier::Critical: return QColor(0xb4, 0x23, 0x18);
    }
    return Ink;
}

struct Fonts {
    explicit Fonts(const QPaintDevice *d)
        : body(ChartPainter::font(8.5, d)), bold(ChartPainter::font(8.5, d, true)),
          small(ChartPainter::font(7.5, d)), label(ChartPainter::font(8, d, true)),
          section(ChartPainter::font(9.5, d, true)), h2(ChartPainter::font(15, d, true)),
          h1(ChartPainter::font(20, d, true)), cover(ChartPainter::font(28, d, true)),
          coverSub(ChartPainter::font(14, d)), number(ChartPainter::font(20, d, true)),
          mono(ChartPainter::font(8, d, false, true))
    {
    }
    QFont body, bold, small, label, section, h2, h1, cover, coverSub, number, mono;
};

// Lays the pack out page by page. Runs twice: first without a painter, only measuring
// (to count the pages for "Page N of M", keeping every measured height), then painting
// with the heights of the first run.
class Flow {
public:
    Flow(QPdfWriter &writer, const BoardPack &pack, const Fonts &fonts)
        : m_writer(writer), m_pack(pack), m_fonts(fonts) {}

    void begin(QPainter *painter, int totalPages)
    {
        m_painter = painter;
        m_total = totalPages;
        m_page = 1;
        m_y = MarginTop;
        m_heightIndex = 0;
        if (painter)
            decorate(false);
    }
    bool painting() const { return m_painter != nullptr; }
    int page() const { return m_page; }
    QPainter *painter() const { return m_painter; }
    QPdfWriter *device() const { return &m_writer; }
    qreal y() const { return m_y; }
    void advance(qreal dy) { m_y += dy; }
    qreal left() const { return MarginX; }
    qreal width() const { return PageWidth - 2 * MarginX; }
    qreal bottom() const { return PageHeight - MarginBottom; }
    qreal remaining() const { return bottom() - m_y; }

    void newPage()
    {
        if (m_painter) {
            m_writer.newPage();
            ++m_page;
            decorate(true);
        } else {
            ++m_page;
        }
        m_y = MarginTop;
    }
    // Starts a new page unless HEIGHT still fits (a block taller than a page starts at
    // the top of one and is cut at its bottom).
    void ensure(qreal height)
    {
        if (m_y + height > bottom() && m_y > MarginTop + 1)
            newPage();
    }

    // Height of TEXT wrapped to WIDTH; the painting run reuses the measuring run's value.
    qreal measure(const QString &text, const QFont &font, qreal width)
    {
        if (m_painter && m_heightIndex < m_heights.size())
            return m_heights[m_heightIndex++];
        const QFontMetricsF fm(font, &m_writer);
        // Most texts are one line: their width is enough, no line breaking needed.
        const bool oneLine = text.isEmpty() || (!text.contains(u'\n') && fm.horizontalAdvance(text) <= width);
        const qreal h = oneLine ? fm.height()
                                : fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
        if (!m_painter)
            m_heights.push_back(h);
        return h;
    }
    void text(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
              int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap)
    {
        if (!m_painter)
            return;
        m_painter->setFont(font);
        m_painter->setPen(color);
        // Cut what would run into the footer (the footer itself lies below bottom()).
        QRectF r = rect;
        if (r.top() < bottom())
            r.setBottom(std::min(r.bottom(), bottom() + 2));
        m_painter->drawText(r, flags, text);
    }

    // A wrapped paragraph at the current position.
    void paragraph(const QString &text, const QFont &font, const QColor &color, qreal indent = 0, qreal after = 4)
    {
        const qreal h = measure(text, font, width() - indent);
        ensure(h);
        this->text(QRectF(left() + indent, m_y, width() - indent, h), text, font, color);
        m_y += h + after;
    }

    // A section title with a rule under it, kept with at least KEEP points of what follows.
    void section(const QString &title, qreal keep = 40)
    {
        const QFontMetricsF fm(m_fonts.section, &m_writer);
        ensure(fm.height() + 4 + keep);
        m_y += 4;
        text(QRectF(left(), m_y, width(), fm.height()), title, m_fonts.section, Accent, Qt::AlignLeft | Qt::AlignTop);
        m_y += fm.height() + 2;
        line(m_y, Rule, 0.6);
        m_y += 4;
    }

    // LABEL in the left column, VALUE wrapped in the right one.
    void row(const QString &label, const QString &value, bool gap = false, qreal labelWidth = LabelColumn)
    {
        const qreal valueWidth = width() - labelWidth;
        const qreal h = std::max(measure(label, m_fonts.label, labelWidth - 8), measure(value, m_fonts.body, valueWidth));
        ensure(h);
        text(QRectF(left(), m_y, labelWidth - 8, h), label, m_fonts.label, Muted);
        QFont valueFont = m_fonts.body;
        valueFont.setItalic(gap);
        text(QRectF(left() + labelWidth, m_y, valueWidth, h), value, valueFont, gap ? GapColor : Ink);
        m_y += h + 2;
    }

    void line(qreal y, const QColor &color, qreal width)
    {
        if (!m_painter)
            return;
        m_painter->setPen(QPen(color, width));
        m_painter->drawLine(QPointF(left(), y), QPointF(left() + this->width(), y));
    }

private:
    // Header (not on the cover) and footer of the current page.
    void decorate(bool header)
    {
        const QFontMetricsF fm(m_fonts.small, &m_writer);
        if (header) {
            QString title = m_pack.title;
            if (!m_pack.board.isEmpty())
                title += u" · "_s + m_pack.board;
            const qreal y = MarginTop - 26;
            text(QRectF(left(), y, width() * 0.7, fm.height()), fm.elidedText(title, Qt::ElideRight, width() * 0.7),
                 m_fonts.small, Muted, Qt::AlignLeft | Qt::AlignTop);
            text(QRectF(left() + width() * 0.7, y, width() * 0.3, fm.height()), packDate(m_pack.meetingDate),
                 m_fonts.small, Muted, Qt::AlignRight | Qt::AlignTop);
            line(y + fm.height() + 3, Rule, 0.6);
        }
        const qreal y = PageHeight - MarginBottom + 22;
        line(y - 4, Rule, 0.6);
        const QString head = m_pack.treeHead.rootHex.isEmpty()
                                 ? tr("Audit tree head: %n entries (not sealed)", int(m_pack.treeHead.size))
                                 : tr("Audit tree head: size %1, root %2…")
                                       .arg(m_pack.treeHead.size)
                                       .arg(m_pack.treeHead.rootHex.left(16));
        text(QRectF(left(), y, width() * 0.7, fm.height()), head, m_fonts.small, Muted, Qt::AlignLeft | Qt::AlignTop);
        text(QRectF(left() + width() * 0.7, y, width() * 0.3, fm.height()),
             tr("Page %1 of %2").arg(m_page).arg(m_total), m_fonts.small, Muted, Qt::AlignRight | Qt::AlignTop);
    }

    QPdfWriter &m_writer;
    const BoardPack &m_pack;
    const Fonts &m_fonts;
    QPainter *m_painter = nullptr;
    int m_page = 1;
    int m_total = 0;
    qreal m_y = MarginTop;
    std::vector<qreal> m_heights;
    size_t m_heightIndex = 0;
};

class Renderer {
public:
    Renderer(QPdfWriter &writer, const BoardPack &pack)
        : m_pack(pack), m_fonts(&writer), m_flow(writer, pack, m_fonts) {}

    // One run over the whole document; false when PROGRESS cancelled.
    bool run(QPainter *painter, int totalPages, const ProgressCallback &progress)
    {
        m_flow.begin(painter, totalPages);
        cover();
        m_flow.newPage();
        summary();
        m_flow.newPage();
        agenda();
        for (int i = 0; i < m_pack.briefs.size(); ++i) {
            if (!reportProgress(progress, painter ? m_flow.page() : 0, painter ? totalPages : 0))
                return false;
            m_flow.newPage();
            brief(i);
        }
        if (!m_pack.minutes.isEmpty()) {
            m_flow.newPage();
            minutes();
        }
        return reportProgress(progress, painter ? totalPages : 0, painter ? totalPages : 0);
    }
    int pages() const { return m_flow.page(); }

private:
    void cover()
    {
        Flow &f = m_flow;
        if (QPainter *p = f.painter()) {
            p->fillRect(QRectF(0, 0, PageWidth, 200), Accent);
        }
        const qreal titleTop = 70;
        const qreal titleHeight = f.measure(m_pack.title, m_fonts.cover, f.width());
        f.text(QRectF(f.left(), titleTop, f.width(), std::min<qreal>(titleHeight, 80)), m_pack.title, m_fonts.cover, Qt::white);
        QString subtitle = m_pack.board.isEmpty() ? tr("Governance board") : m_pack.board;
        subtitle += u" · "_s + packDate(m_pack.meetingDate);
        f.text(QRectF(f.left(), titleTop + std::min<qreal>(titleHeight, 80) + 8, f.width(), 24), subtitle,
               m_fonts.coverSub, QColor(0xdc, 0xe6, 0xf2), Qt::AlignLeft | Qt::AlignTop);
        f.advance(200 - f.y() + 30);

        f.section(tr("Meeting"));
        f.row(tr("Date"), packDate(m_pack.meetingDate));
        f.row(tr("Board"), m_pack.board.isEmpty() ? tr("Not named") : m_pack.board, m_pack.board.isEmpty());
        f.row(tr("Meeting"), m_pack.meetingReference.isEmpty() ? tr("Standing agenda: everything that needs the board today")
                                                               : m_pack.meetingReference);
        f.row(tr("Attendees"), m_pack.attendees.isEmpty() ? tr("Not recorded") : m_pack.attendees.join(u", "_s),
              m_pack.attendees.isEmpty());
        f.row(tr("Agenda"), tr("%n systems", int(m_pack.agenda.size())));
        f.row(tr("Prepared"), tr("%1 by %2").arg(packDateTime(m_pack.generatedAt), m_pack.generatedBy));

        f.section(tr("Contents"));
        f.row(tr("Summary"), tr("Portfolio tiles and charts"));
        f.row(tr("Agenda"), tr("Why each system needs the board"));
        f.row(tr("Briefs"), tr("One page per agenda system: owners, decision boundaries, escalation path, vendor "
                               "profile, risk explanation, open sign-offs, history since the last review"));
        if (!m_pack.minutes.isEmpty())
            f.row(tr("Minutes"), tr("Decisions recorded in the meeting"));

        f.section(tr("Audit tree head"), 90);
        f.row(tr("Entries"), QString::number(m_pack.treeHead.size));
        f.row(tr("Root hash"), m_pack.treeHead.rootHex.isEmpty() ? tr("Not sealed") : m_pack.treeHead.rootHex,
              m_pack.treeHead.rootHex.isEmpty());
        f.row(tr("As of"), m_pack.treeHead.time.isEmpty() ? u"—"_s : m_pack.treeHead.time);
        f.paragraph(m_pack.proofNote, m_fonts.small, Muted, LabelColumn);
    }

    void summary()
    {
        Flow &f = m_flow;
        f.paragraph(tr("Portfolio summary"), m_fonts.h1, Ink, 0, 10);
        // Tiles: four per row.
        const int perRow = 4;
        const qreal gapX = 8;
        const qreal tileW = (f.width() - gapX * (perRow - 1)) / perRow;
        const qreal tileH = 56;
        for (int i = 0; i < m_pack.tiles.size(); ++i) {
            const int column = i % perRow;
            if (column == 0 && i > 0)
                f.advance(tileH + 8);
            const PackTile &tile = m_pack.tiles[i];
            const QRectF box(f.left() + column * (tileW + gapX), f.y(), tileW, tileH);
            if (QPainter *p = f.painter()) {
                p->setPen(Qt::NoPen);
                p->setBrush(TileFill);
                p->drawRoundedRect(box, 4, 4);
                if (tile.alert && tile.value > 0) {
                    p->setBrush(GapColor);
                    p->drawRect(QRectF(box.left(), box.top() + 4, 2.5, box.height() - 8));
                }
            }
            f.text(box.adjusted(9, 5, -6, 0), QString::number(tile.value), m_fonts.number,
                   tile.alert && tile.value > 0 ? GapColor : Ink, Qt::AlignLeft | Qt::AlignTop);
            f.text(box.adjusted(9, 31, -6, -3), tile.label, m_fonts.small, Muted, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        }
        if (!m_pack.tiles.isEmpty())
            f.advance(tileH + 14);
        const qreal chartH = 218;
        for (const PackChart &chart : m_pack.charts) {
            f.ensure(chartH);
            if (QPainter *p = f.painter())
                ChartPainter(*p).paint(chart, QRectF(f.left(), f.y(), f.width(), chartH));
            f.advance(chartH + 12);
        }
    }

    // The agenda as a table whose header repeats on every page it spans.
    void agenda()
    {
        Flow &f = m_flow;
        f.paragraph(tr("Agenda"), m_fonts.h1, Ink, 0, 8);
        if (m_pack.agenda.isEmpty()) {
            f.paragraph(tr("Nothing needs the board."), m_fonts.body, Muted);
            return;
        }
        const qreal columns[] = {22, 150, 52, 72};
        const qreal whyWidth = f.width() - columns[0] - columns[1] - columns[2] - columns[3];
        const auto header = [&] {
            const qreal h = f.measure(tr("System"), m_fonts.label, columns[1]);
            qreal x = f.left();
            const QStringList titles{u"#"_s, tr("System"), tr("Risk"), tr("State"), tr("Why it needs the board")};
            const qreal widths[] = {columns[0], columns[1], columns[2], columns[3], whyWidth};
            for (int c = 0; c < 5; ++c) {
                f.text(QRectF(x, f.y(), widths[c] - 6, h), titles[c], m_fonts.label, Muted, Qt::AlignLeft | Qt::AlignTop);
                x += widths[c];
            }
            f.advance(h + 3);
            f.line(f.y(), Rule, 0.8);
            f.advance(3);
        };
        header();
        for (int i = 0; i < m_pack.agenda.size(); ++i) {
            const PackAgendaItem &item = m_pack.agenda[i];
            const QString why = packReasons(item.reasons);
            const QString tier = packTierLabel(item.tier);
            const QString state = enumLabel(item.state);
            const qreal h = std::max({f.measure(item.systemName, m_fonts.bold, columns[1] - 6),
                                      f.measure(why, m_fonts.body, whyWidth), f.measure(state, m_fonts.body, columns[3] - 6)});
            if (f.y() + h + 4 > f.bottom()) {
                f.newPage();
                header();
            }
            qreal x = f.left();
            f.text(QRectF(x, f.y(), columns[0], h), QString::number(i + 1), m_fonts.body, Muted);
            x += columns[0];
            f.text(QRectF(x, f.y(), columns[1] - 6, h), item.systemName, m_fonts.bold, Ink);
            x += columns[1];
            f.text(QRectF(x, f.y(), columns[2] - 6, h), tier, m_fonts.bold, tierColor(item.tier));
            x += columns[2];
            f.text(QRectF(x, f.y(), columns[3] - 6, h), state, m_fonts.body, Ink);
            x += columns[3];
            f.text(QRectF(x, f.y(), whyWidth, h), why, m_fonts.body, Ink);
            f.advance(h + 3);
            f.line(f.y(), Rule, 0.4);
            f.advance(3);
        }
    }

    void fields(const QList<PackField> &list)
    {
        for (const PackField &field : list)
            m_flow.row(field.label, field.value, field.gap);
    }

    void brief(int index)
    {
        Flow &f = m_flow;
        const PackBrief &b = m_pack.briefs[index];
        // The agenda line with the risk badge on its right, then the name at full width.
        const QString badge = tr("%1 risk · %2 points").arg(packTierLabel(b.tier)).arg(b.score);
        const qreal badgeW = QFontMetricsF(m_fonts.bold, f.device()).horizontalAdvance(badge) + 20;
        f.text(QRectF(f.left(), f.y() + 4, f.width() - badgeW - 10, 14),
               tr("Agenda item %1 of %2 · system %3").arg(b.agendaNumber).arg(m_pack.agenda.size()).arg(b.systemId),
               m_fonts.small, Muted, Qt::AlignLeft | Qt::AlignVCenter);
        if (QPainter *p = f.painter()) {
            const QRectF box(f.left() + f.width() - badgeW, f.y(), badgeW, 18);
            p->setPen(Qt::NoPen);
            p->setBrush(tierColor(b.tier));
            p->drawRoundedRect(box, 9, 9);
            f.text(box, badge, m_fonts.bold, Qt::white, Qt::AlignCenter);
        }
        f.advance(24);
        const qreal nameH = f.measure(b.name, m_fonts.h2, f.width());
        f.text(QRectF(f.left(), f.y(), f.width(), nameH), b.name, m_fonts.h2, Ink);
        f.advance(nameH + 3);
        f.paragraph(QStringList{b.businessUnit.isEmpty() ? tr("Business unit unknown") : b.businessUnit,
                                tr("Lifecycle: %1").arg(b.lifecycle), tr("Workflow: %1").arg(b.state),
                                tr("%1% of answers known").arg(b.completeness)}
                        .join(u" · "_s),
                    m_fonts.body, Muted, 0, 3);
        if (!b.purpose.isEmpty())
            f.paragraph(b.purpose, m_fonts.body, Ink, 0, 3);
        if (!b.agendaReasons.isEmpty())
            f.row(tr("On the agenda"), packReasons(b.agendaReasons));

        f.section(tr("Owners"));
        fields(b.owners);
        f.section(tr("Decision boundaries"));
        fields(b.boundaries);
        f.section(tr("Escalation path"));
        fields(b.escalation);
        f.section(tr("Vendor: %1").arg(b.vendorName));
        vendorGrid(b.vendor);
        f.section(tr("Risk explanation"));
        for (const PackField &factor : b.riskFactors)
            f.row(factor.label, factor.value, factor.gap, 34);
        if (b.riskFactors.isEmpty())
            f.paragraph(tr("No risk factors."), m_fonts.body, Muted);
        if (!b.unknowns.isEmpty())
            f.row(tr("Unknown (%1)").arg(b.unknowns.size()), b.unknowns.join(u", "_s), true);
        f.section(tr("Approval and sign-offs"));
        f.row(tr("Last approval"), b.approval.isEmpty() ? tr("Never approved") : b.approval);
        f.row(tr("Open"), b.openSignOffs.isEmpty() ? tr("Nothing open") : b.openSignOffs.join(u"; "_s),
              !b.openSignOffs.isEmpty());
        f.section(b.lastReview.isValid() ? tr("History since %1").arg(packDate(b.lastReview)) : tr("History"));
        if (b.history.isEmpty())
            f.paragraph(tr("No changes recorded."), m_fonts.body, Muted);
        if (b.historyOmitted > 0)
            f.paragraph(tr("%n earlier entries not shown (charter-cli audit lists them).", b.historyOmitted), m_fonts.small, Muted);
        for (const PackHistoryEntry &entry : b.history)
            f.row(tr("#%1 · %2").arg(entry.seq).arg(packDateTime(entry.at)), entry.actor + u": "_s + entry.what, false,
                  150);
        if (!b.decisions.isEmpty()) {
            f.section(tr("Decisions"));
            for (const QString &decision : b.decisions)
                f.paragraph(decision, m_fonts.body, Ink);
        }
    }

    // The vendor profile in two columns of label: value.
    void vendorGrid(const QList<PackField> &list)
    {
        Flow &f = m_flow;
        if (list.isEmpty()) {
            f.paragraph(tr("No vendor profile."), m_fonts.body, Muted);
            return;
        }
        const qreal half = (f.width() - 12) / 2;
        const qreal labelW = 112;
        for (int i = 0; i < list.size(); i += 2) {
            qreal h = 0;
            for (int k = i; k < std::min<int>(i + 2, list.size()); ++k)
                h = std::max({h, f.measure(list[k].label, m_fonts.label, labelW - 6),
                              f.measure(list[k].value, m_fonts.body, half - labelW)});
            f.ensure(h);
            for (int k = i; k < std::min<int>(i + 2, list.size()); ++k) {
                const qreal x = f.left() + (k - i) * (half + 12);
                f.text(QRectF(x, f.y(), labelW - 6, h), list[k].label, m_fonts.label, Muted);
                QFont font = m_fonts.body;
                font.setItalic(list[k].gap);
                f.text(QRectF(x + labelW, f.y(), half - labelW, h), list[k].value, font, list[k].gap ? GapColor : Ink);
            }
            f.advance(h + 2);
        }
    }

    void minutes()
    {
        Flow &f = m_flow;
        f.paragraph(tr("Minutes"), m_fonts.h1, Ink, 0, 8);
        for (const QString &line : m_pack.minutes)
            f.paragraph(line, m_fonts.body, Ink, 0, 5);
    }

    const BoardPack &m_pack;
    Fonts m_fonts;
    Flow m_flow;
};

} // namespace

Status BoardPackPdf::render(const BoardPack &pack, QIODevice *device, const ProgressCallback &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::InvalidInput, tr("Rendering a PDF needs the graphical application object (fonts)."));
    QPdfWriter writer(device);
    writer.setResolution(Resolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setTitle(pack.title);
    writer.setCreator(u"Charter"_s);
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);

    Renderer renderer(writer, pack);
    if (!renderer.run(nullptr, 0, progress))
        return makeError(ErrorCode::InvalidInput, tr("The board pack was cancelled."));
    const int pages = renderer.pages();
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::InvalidInput, tr("Cannot start drawing the PDF."));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(Resolution / 72.0, Resolution / 72.0);
    const bool completed = renderer.run(&painter, pages, progress);
    painter.end();
    if (!completed)
        return makeError(ErrorCode::InvalidInput, tr("The board pack was cancelled."));
    return {};
}

Status BoardPackPdf::write(const BoardPack &pack, const QString &path, const ProgressCallback &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::InvalidInput, tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (Status status = render(pack, &file, progress); !status) {
        file.cancelWriting();
        return status;
    }
    if (!file.commit())
        return makeError(ErrorCode::InvalidInput, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace charter
