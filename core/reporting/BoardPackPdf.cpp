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
#include <QTextLayout>

#include <algorithm>
#include <cmath>
#include <memory>
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

// The pack's fonts by role; laid-out texts are cached per role.
enum class Font { Body, BodyItalic, Bold, Small, Label, Section, H2, H1, Cover, CoverSub, Number, Count };

class Fonts {
public:
    explicit Fonts(const QPaintDevice *d)
    {
        m_fonts.resize(size_t(Font::Count));
        set(Font::Body, ChartPainter::font(8.5, d));
        QFont italic = ChartPainter::font(8.5, d);
        italic.setItalic(true);
        set(Font::BodyItalic, italic);
        set(Font::Bold, ChartPainter::font(8.5, d, true));
        set(Font::Small, ChartPainter::font(7.5, d));
        set(Font::Label, ChartPainter::font(8, d, true));
        set(Font::Section, ChartPainter::font(9.5, d, true));
        set(Font::H2, ChartPainter::font(15, d, true));
        set(Font::H1, ChartPainter::font(20, d, true));
        set(Font::Cover, ChartPainter::font(28, d, true));
        set(Font::CoverSub, ChartPainter::font(14, d));
        set(Font::Number, ChartPainter::font(20, d, true));
        for (const QFont &font : m_fonts)
            m_metrics.emplace_back(font, d);
    }
    const QFont &operator[](Font role) const { return m_fonts[size_t(role)]; }
    const QFontMetricsF &metrics(Font role) const { return m_metrics[size_t(role)]; }

private:
    void set(Font role, const QFont &font) { m_fonts[size_t(role)] = font; }
    std::vector<QFont> m_fonts;
    std::vector<QFontMetricsF> m_metrics;
};

// A text laid out once (shaped and broken into lines, lines placed as QPainter::drawText
// places them); the layout keeps its glyphs, so drawing it shapes nothing again.
struct TextBlock {
    struct Line {
        qreal bottom = 0;
        qreal width = 0; // natural width, for right and centred alignment
    };
    std::unique_ptr<QTextLayout> layout; // null for an empty text
    QList<Line> lines;
    qreal height = 0;
};

// Shaping is most of the cost of a pack after the PDF engine's own: every text is laid
// out once, and the painting run (and every repeat of a label, a rating or a name)
// draws the cached layout.
class TextCache {
public:
    TextCache(const Fonts &fonts, QPaintDevice *device) : m_fonts(fonts), m_device(device) {}

    // TEXT in FONT wrapped to WIDTH at word boundaries (WRAP), else on one line.
    const TextBlock &get(const QString &text, Font font, qreal width, bool wrap)
    {
        QString key = QString::number(int(font)) + u'|' + (wrap ? QString::number(qRound(width * 100)) : u"-"_s)
                      + u'|' + text;
        auto it = m_blocks.constFind(key);
        if (it == m_blocks.cend())
            it = m_blocks.insert(key, layout(text, font, width, wrap));
        return **it;
    }

private:
    std::shared_ptr<const TextBlock> layout(const QString &text, Font font, qreal width, bool wrap) const
    {
        auto block = std::make_shared<TextBlock>();
        const qreal leading = m_fonts.metrics(font).leading();
        if (text.isEmpty()) {
            block->height = m_fonts.metrics(font).height();
            return block;
        }
        QString lines = text;
        lines.replace(u'\n', QChar::LineSeparator);
        block->layout = std::make_unique<QTextLayout>(lines, m_fonts[font], m_device);
        QTextLayout &layout = *block->layout;
        QTextOption option;
        option.setWrapMode(wrap ? QTextOption::WordWrap : QTextOption::NoWrap);
        layout.setTextOption(option);
        layout.setCacheEnabled(true);
        // As QPainter::drawText: the font's leading between lines, lines on whole units.
        qreal height = -leading;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(wrap ? width : 1e6);
            height = std::ceil(height + leading);
            line.setPosition(QPointF(0, height));
            height += line.ascent() + line.descent(); // height() would round up
            block->lines.append(TextBlock::Line{height, line.naturalTextWidth()});
        }
        layout.endLayout();
        block->height = std::max<qreal>(height, 0);
        return block;
    }

    const Fonts &m_fonts;
    QPaintDevice *m_device;
    QHash<QString, std::shared_ptr<const TextBlock>> m_blocks;
};

// Lays the pack out page by page. Runs twice: first without a painter, only measuring
// (to count the pages for "Page N of M"), then painting. Both runs take their texts
// from the same TextCache, so each is shaped once.
class Flow {
public:
    Flow(QPdfWriter &writer, const BoardPack &pack, const Fonts &fonts)
        : m_writer(writer), m_pack(pack), m_fonts(fonts), m_texts(fonts, &writer) {}

    void begin(QPainter *painter, int totalPages)
    {
        m_painter = painter;
        m_total = totalPages;
        m_page = 1;
        m_y = MarginTop;
        if (painter)
            decorate(false);
    }
    bool painting() const { return m_painter != nullptr; }
    int page() const { return m_page; }
    QPainter *painter() const { return m_painter; }
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

    // Height of TEXT wrapped to WIDTH.
    qreal measure(const QString &text, Font font, qreal width) { return m_texts.get(text, font, width, true).height; }
    // Width of TEXT on one line.
    qreal advanceOf(const QString &text, Font font)
    {
        const TextBlock &block = m_texts.get(text, font, 0, false);
        return block.lines.isEmpty() ? 0 : block.lines.first().width;
    }

    // TEXT in RECT (wrapped to its width with Qt::TextWordWrap); lines below the rectangle
    // are left out, as is what would run into the footer.
    void text(const QRectF &rect, const QString &text, Font font, const QColor &color,
              int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap)
    {
        if (!m_painter)
            return;
        const TextBlock &block = m_texts.get(text, font, rect.width(), flags & Qt::TextWordWrap);
        qreal cut = rect.bottom();
        if (rect.top() < bottom())
            cut = std::min(cut, bottom() + 2);
        qreal top = rect.top();
        if (flags & Qt::AlignVCenter)
            top += (rect.height() - block.height) / 2;
        else if (flags & Qt::AlignBottom)
            top += rect.height() - block.height;
        m_painter->setPen(color);
        for (int i = 0; i < block.lines.size(); ++i) {
            const TextBlock::Line &line = block.lines[i];
            if (i > 0 && top + line.bottom > cut + 0.5)
                break;
            qreal x = rect.left();
            if (flags & Qt::AlignRight)
                x += rect.width() - line.width;
            else if (flags & Qt::AlignHCenter)
                x += (rect.width() - line.width) / 2;
            block.layout->lineAt(i).draw(m_painter, QPointF(x, top));
        }
    }

    // A wrapped paragraph at the current position.
    void paragraph(const QString &text, Font font, const QColor &color, qreal indent = 0, qreal after = 4)
    {
        const qreal h = measure(text, font, width() - indent);
        ensure(h);
        this->text(QRectF(left() + indent, m_y, width() - indent, h), text, font, color);
        m_y += h + after;
    }

    // A section title with a rule under it, kept with at least KEEP points of what follows.
    void section(const QString &title, qreal keep = 40)
    {
        const qreal h = m_fonts.metrics(Font::Section).height();
        ensure(h + 4 + keep);
        m_y += 4;
        text(QRectF(left(), m_y, width(), h), title, Font::Section, Accent, Qt::AlignLeft | Qt::AlignTop);
        m_y += h + 2;
        line(m_y, Rule, 0.6);
        m_y += 4;
    }

    // LABEL in the left column, VALUE wrapped in the right one.
    void row(const QString &label, const QString &value, bool gap = false, qreal labelWidth = LabelColumn)
    {
        const qreal valueWidth = width() - labelWidth;
        const Font valueFont = gap ? Font::BodyItalic : Font::Body;
        const qreal h = std::max(measure(label, Font::Label, labelWidth - 8), measure(value, valueFont, valueWidth));
        ensure(h);
        text(QRectF(left(), m_y, labelWidth - 8, h), label, Font::Label, Muted);
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
        const qreal h = m_fonts.metrics(Font::Small).height();
        if (header) {
            if (m_headerTitle.isNull()) {
                QString title = m_pack.title;
                if (!m_pack.board.isEmpty())
                    title += u" · "_s + m_pack.board;
                m_headerTitle = m_fonts.metrics(Font::Small).elidedText(title, Qt::ElideRight, width() * 0.7);
            }
            const qreal y = MarginTop - 26;
            text(QRectF(left(), y, width() * 0.7, h), m_headerTitle, Font::Small, Muted, Qt::AlignLeft | Qt::AlignTop);
            text(QRectF(left() + width() * 0.7, y, width() * 0.3, h), packDate(m_pack.meetingDate), Font::Small, Muted,
                 Qt::AlignRight | Qt::AlignTop);
            line(y + h + 3, Rule, 0.6);
        }
        const qreal y = PageHeight - MarginBottom + 22;
        line(y - 4, Rule, 0.6);
        const QString head = m_pack.treeHead.rootHex.isEmpty()
                                 ? tr("Audit tree head: %n entries (not sealed)", int(m_pack.treeHead.size))
                                 : tr("Audit tree head: size %1, root %2…")
                                       .arg(m_pack.treeHead.size)
                                       .arg(m_pack.treeHead.rootHex.left(16));
        text(QRectF(left(), y, width() * 0.7, h), head, Font::Small, Muted, Qt::AlignLeft | Qt::AlignTop);
        text(QRectF(left() + width() * 0.7, y, width() * 0.3, h), tr("Page %1 of %2").arg(m_page).arg(m_total),
             Font::Small, Muted, Qt::AlignRight | Qt::AlignTop);
    }

    QPdfWriter &m_writer;
    const BoardPack &m_pack;
    const Fonts &m_fonts;
    TextCache m_texts;
    QPainter *m_painter = nullptr;
    int m_page = 1;
    int m_total = 0;
    qreal m_y = MarginTop;
    QString m_headerTitle;
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
        const qreal titleHeight = f.measure(m_pack.title, Font::Cover, f.width());
        f.text(QRectF(f.left(), titleTop, f.width(), std::min<qreal>(titleHeight, 80)), m_pack.title, Font::Cover, Qt::white);
        QString subtitle = m_pack.board.isEmpty() ? tr("Governance board") : m_pack.board;
        subtitle += u" · "_s + packDate(m_pack.meetingDate);
        f.text(QRectF(f.left(), titleTop + std::min<qreal>(titleHeight, 80) + 8, f.width(), 24), subtitle,
               Font::CoverSub, QColor(0xdc, 0xe6, 0xf2), Qt::AlignLeft | Qt::AlignTop);
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
        f.paragraph(m_pack.proofNote, Font::Small, Muted, LabelColumn);
    }

    void summary()
    {
        Flow &f = m_flow;
        f.paragraph(tr("Portfolio summary"), Font::H1, Ink, 0, 10);
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
            f.text(box.adjusted(9, 5, -6, 0), QString::number(tile.value), Font::Number,
                   tile.alert && tile.value > 0 ? GapColor : Ink, Qt::AlignLeft | Qt::AlignTop);
            f.text(box.adjusted(9, 31, -6, -3), tile.label, Font::Small, Muted, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
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
        f.paragraph(tr("Agenda"), Font::H1, Ink, 0, 8);
        if (m_pack.agenda.isEmpty()) {
            f.paragraph(tr("Nothing needs the board."), Font::Body, Muted);
            return;
        }
        const qreal columns[] = {22, 150, 52, 72};
        const qreal whyWidth = f.width() - columns[0] - columns[1] - columns[2] - columns[3];
        const auto header = [&] {
            const qreal h = f.measure(tr("System"), Font::Label, columns[1]);
            qreal x = f.left();
            const QStringList titles{u"#"_s, tr("System"), tr("Risk"), tr("State"), tr("Why it needs the board")};
            const qreal widths[] = {columns[0], columns[1], columns[2], columns[3], whyWidth};
            for (int c = 0; c < 5; ++c) {
                f.text(QRectF(x, f.y(), widths[c] - 6, h), titles[c], Font::Label, Muted, Qt::AlignLeft | Qt::AlignTop);
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
            const qreal h = std::max({f.measure(item.systemName, Font::Bold, columns[1] - 6),
                                      f.measure(why, Font::Body, whyWidth), f.measure(state, Font::Body, columns[3] - 6)});
            if (f.y() + h + 4 > f.bottom()) {
                f.newPage();
                header();
            }
            qreal x = f.left();
            f.text(QRectF(x, f.y(), columns[0], h), QString::number(i + 1), Font::Body, Muted);
            x += columns[0];
            f.text(QRectF(x, f.y(), columns[1] - 6, h), item.systemName, Font::Bold, Ink);
            x += columns[1];
            f.text(QRectF(x, f.y(), columns[2] - 6, h), tier, Font::Bold, tierColor(item.tier));
            x += columns[2];
            f.text(QRectF(x, f.y(), columns[3] - 6, h), state, Font::Body, Ink);
            x += columns[3];
            f.text(QRectF(x, f.y(), whyWidth, h), why, Font::Body, Ink);
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
        const qreal badgeW = f.advanceOf(badge, Font::Bold) + 20;
        f.text(QRectF(f.left(), f.y() + 4, f.width() - badgeW - 10, 14),
               tr("Agenda item %1 of %2 · system %3").arg(b.agendaNumber).arg(m_pack.agenda.size()).arg(b.systemId),
               Font::Small, Muted, Qt::AlignLeft | Qt::AlignVCenter);
        if (QPainter *p = f.painter()) {
            const QRectF box(f.left() + f.width() - badgeW, f.y(), badgeW, 18);
            p->setPen(Qt::NoPen);
            p->setBrush(tierColor(b.tier));
            p->drawRoundedRect(box, 9, 9);
            f.text(box, badge, Font::Bold, Qt::white, Qt::AlignCenter);
        }
        f.advance(24);
        const qreal nameH = f.measure(b.name, Font::H2, f.width());
        f.text(QRectF(f.left(), f.y(), f.width(), nameH), b.name, Font::H2, Ink);
        f.advance(nameH + 3);
        f.paragraph(QStringList{b.businessUnit.isEmpty() ? tr("Business unit unknown") : b.businessUnit,
                                tr("Lifecycle: %1").arg(b.lifecycle), tr("Workflow: %1").arg(b.state),
                                tr("%1% of answers known").arg(b.completeness)}
                        .join(u" · "_s),
                    Font::Body, Muted, 0, 3);
        if (!b.purpose.isEmpty())
            f.paragraph(b.purpose, Font::Body, Ink, 0, 3);
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
            f.paragraph(tr("No risk factors."), Font::Body, Muted);
        if (!b.unknowns.isEmpty())
            f.row(tr("Unknown (%1)").arg(b.unknowns.size()), b.unknowns.join(u", "_s), true);
        f.section(tr("Approval and sign-offs"));
        f.row(tr("Last approval"), b.approval.isEmpty() ? tr("Never approved") : b.approval);
        f.row(tr("Open"), b.openSignOffs.isEmpty() ? tr("Nothing open") : b.openSignOffs.join(u"; "_s),
              !b.openSignOffs.isEmpty());
        f.section(b.lastReview.isValid() ? tr("History since %1").arg(packDate(b.lastReview)) : tr("History"));
        if (b.history.isEmpty())
            f.paragraph(tr("No changes recorded."), Font::Body, Muted);
        if (b.historyOmitted > 0)
            f.paragraph(tr("%n earlier entries not shown (charter-cli audit lists them).", b.historyOmitted), Font::Small, Muted);
        for (const PackHistoryEntry &entry : b.history)
            f.row(tr("#%1 · %2").arg(entry.seq).arg(packDateTime(entry.at)), entry.actor + u": "_s + entry.what, false,
                  150);
        if (!b.decisions.isEmpty()) {
            f.section(tr("Decisions"));
            for (const QString &decision : b.decisions)
                f.paragraph(decision, Font::Body, Ink);
        }
    }

    // The vendor profile in two columns of label: value.
    void vendorGrid(const QList<PackField> &list)
    {
        Flow &f = m_flow;
        if (list.isEmpty()) {
            f.paragraph(tr("No vendor profile."), Font::Body, Muted);
            return;
        }
        const qreal half = (f.width() - 12) / 2;
        const qreal labelW = 112;
        for (int i = 0; i < list.size(); i += 2) {
            qreal h = 0;
            for (int k = i; k < std::min<int>(i + 2, list.size()); ++k)
                h = std::max({h, f.measure(list[k].label, Font::Label, labelW - 6),
                              f.measure(list[k].value, list[k].gap ? Font::BodyItalic : Font::Body, half - labelW)});
            f.ensure(h);
            for (int k = i; k < std::min<int>(i + 2, list.size()); ++k) {
                const qreal x = f.left() + (k - i) * (half + 12);
                f.text(QRectF(x, f.y(), labelW - 6, h), list[k].label, Font::Label, Muted);
                f.text(QRectF(x + labelW, f.y(), half - labelW, h), list[k].value,
                       list[k].gap ? Font::BodyItalic : Font::Body, list[k].gap ? GapColor : Ink);
            }
            f.advance(h + 2);
        }
    }

    void minutes()
    {
        Flow &f = m_flow;
        f.paragraph(tr("Minutes"), Font::H1, Ink, 0, 8);
        for (const QString &line : m_pack.minutes)
            f.paragraph(line, Font::Body, Ink, 0, 5);
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
