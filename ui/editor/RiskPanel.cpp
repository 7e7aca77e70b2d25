#include "RiskPanel.h"

#include "SystemDraft.h"
#include "domain/EnumWords.h"
#include "governance/RiskEngine.h"
#include "models/VendorModel.h"
#include "register/RegisterService.h"
#include "theme/Colours.h"

#include <QEvent>
#include <QScrollBar>
#include <QTimer>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString groupTitle(QuestionGroup group)
{
    switch (group) {
    case QuestionGroup::Identity:
        return RiskPanel::tr("Overview");
    case QuestionGroup::Ownership:
        return RiskPanel::tr("Ownership");
    case QuestionGroup::Boundaries:
        return RiskPanel::tr("Decision boundaries");
    case QuestionGroup::Escalation:
        return RiskPanel::tr("Escalation path");
    case QuestionGroup::DataSecurity:
        return RiskPanel::tr("Data and security");
    case QuestionGroup::Vendor:
        return RiskPanel::tr("Vendor");
    case QuestionGroup::Support:
        return RiskPanel::tr("Support model");
    case QuestionGroup::Regulatory:
        return RiskPanel::tr("Regulatory classification");
    }
    return QString();
}

} // namespace

RiskPanel::RiskPanel(SystemDraft *draft, VendorModel *vendors, QWidget *parent)
    : QTextBrowser(parent)
    , m_draft(draft)
    , m_vendors(vendors)
    , m_timer(new QTimer(this))
{
    setObjectName(u"riskPanel"_s);
    setAccessibleName(tr("Risk explanation"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(12);
    m_timer->setSingleShot(true);
    m_timer->setInterval(120);
    connect(m_timer, &QTimer::timeout, this, &RiskPanel::refresh);
    connect(draft, &RecordDraft::changed, this, &RiskPanel::scheduleRefresh);
    connect(vendors, &QAbstractItemModel::dataChanged, this, &RiskPanel::scheduleRefresh);
    connect(vendors, &QAbstractItemModel::modelReset, this, &RiskPanel::scheduleRefresh);
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        bool ok = false;
        const int group = url.fragment().toInt(&ok);
        if (url.scheme() == u"section"_s && ok && group >= 0 && group < QuestionGroupCount)
            emit questionGroupActivated(QuestionGroup(group));
    });
}

void RiskPanel::setService(RegisterService *service)
{
    m_service = service;
    refresh();
}

void RiskPanel::scheduleRefresh()
{
    m_timer->start();
}

void RiskPanel::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void RiskPanel::refresh()
{
    m_timer->stop();
    if (!m_service) {
        m_assessment = {};
        m_changers.clear();
        m_unknown.clear();
        setHtml(u"<p>"_s + esc(tr("The risk is assessed once a register is open.")) + u"</p>"_s);
        return;
    }
    const AiSystem &system = m_draft->system();
    const Vendor *vendor = m_vendors->vendorById(system.vendorId);
    m_assessment = m_service->assess(system, vendor);
    m_changers = RiskEngine::tierChangers(m_assessment, m_service->policy());
    m_unknown = Completeness::of(system, vendor).unknownQuestions();
    const AiSystem &stored = m_draft->stored();
    m_storedAssessment = m_draft->isNew() ? RiskAssessment()
                                          : m_service->assess(stored, m_vendors->vendorById(stored.vendorId));
    const int scroll = verticalScrollBar()->value();
    setHtml(render());
    verticalScrollBar()->setValue(scroll);
    emit assessed(m_assessment);
}

QString RiskPanel::render() const
{
    const QPalette palette = this->palette();
    const QString warning = warningColour(palette).name();
    const QString muted = mutedColour(palette).name();
    const auto gap = [&](const QString &htmlText)-> QString {
        return u"<span style=\"color:%1\">"_s.arg(warning) + htmlText + u"</span>"_s;
    };
    const auto mutedText = [&](const QString &htmlText)-> QString {
        return u"<span style=\"color:%1\">"_s.arg(muted) + htmlText + u"</span>"_s;
    };
    const auto heading = [](const QString &text)-> QString {
        return u"<h4 style=\"margin-top:14px; margin-bottom:4px\">"_s + esc(text) + u"</h4>"_s;
    };
    const RiskAssessment &risk = m_assessment;
    const TierColours colours = tierColours(risk.tier);

    QString html = u"<h3 style=\"margin-top:0\">"_s + esc(tr("Risk")) + u"</h3>"_s;
    html += u"<p><span style=\"background-color:%1; color:%2; font-weight:bold\">&nbsp;%3&nbsp;</span>"
            "&nbsp;&nbsp;<b>%4</b>&nbsp;&nbsp;"_s
                .arg(colours.background.name(), colours.foreground.name(),
                     esc(tr("%1 risk").arg(enumLabel(risk.tier))), esc(tr("Score %1").arg(risk.score)))
        + mutedText(esc(tr("%1% complete").arg(risk.completeness))) + u"</p>"_s;

    if (!m_draft->isNew() && m_draft->isModified()) {
        const RiskAssessment &saved = m_storedAssessment;
        if (saved.tier != risk.tier || saved.score != risk.score) {
            const int delta = risk.score - saved.score;
            const QString change = delta < 0 ? tr("your edits lower the score by %1").arg(-delta)
                                             : tr("your edits raise the score by %1").arg(delta);
            html += u"<p>"_s + mutedText(esc(tr("Saved: %1 risk, score %2; %3.")
                                                 .arg(enumLabel(saved.tier)).arg(saved.score).arg(change)))
                + u"</p>"_s;
        }
    }

    html += heading(tr("Why"));
    if (risk.factors.isEmpty()) {
        html += u"<p>"_s + mutedText(esc(tr("No risk factor is raised."))) + u"</p>"_s;
    } else {
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
        for (const RiskFactor &factor : risk.factors) {
            const QString sentence = factor.fromUnknown ? gap(u"\u26A0 "_s + esc(factor.sentence))
                                                        : esc(factor.sentence);
            html += u"<tr><td>"_s + sentence + u"</td><td align=\"right\" style=\"white-space:nowrap\"><b>"_s
                + esc(tr("+%1").arg(factor.points)) + u"</b></td></tr>"_s;
        }
        html += u"</table>"_s;
    }

    html += heading(tr("What would lower this"));
    if (risk.tier == RiskTier::Low) {
        html += u"<p>"_s + mutedText(esc(tr("Low is the lowest tier."))) + u"</p>"_s;
    } else if (m_changers.isEmpty()) {
        // No single factor is enough: the fewest of the largest factors that are.
        QList<RiskFactor> together;
        QList<RiskFactor> rest = risk.factors;
        int score = risk.score;
        RiskTier lower = risk.tier;
        while (!rest.isEmpty() && lower == risk.tier) {
            together.append(rest.takeFirst());
            score -= together.last().points;
            lower = RiskEngine::tierFor(score, rest, m_service->policy());
        }
        html += u"<p>"_s + mutedText(esc(tr("No single factor lowers the tier on its own."))) + u"</p>"_s;
        if (lower < risk.tier) {
            html += u"<p style=\"margin-bottom:2px\">"_s
                + esc(tr("Resolving these %1 together lowers it to %2 (\u2212%3 points):")
                          .arg(together.size())
                          .arg(enumInSentence(lower))
                          .arg(risk.score - score))
                + u"</p><ul style=\"margin-left:-20px; margin-top:0px\">"_s;
            for (const RiskFactor &factor : together)
                html += u"<li>"_s + esc(factor.sentence) + u"</li>"_s;
            html += u"</ul>"_s;
        }
    } else {
        html += u"<ul style=\"margin-left:-20px\">"_s;
        for (const RiskFactor &factor : m_changers) {
            QList<RiskFactor> rest = risk.factors;
            rest.removeOne(factor);
            const RiskTier lower = RiskEngine::tierFor(risk.score - factor.points, rest, m_service->policy());
            const QString what = factor.fromUnknown ? tr("Answer: %1").arg(factor.sentence)
                                                    : tr("Resolve: %1").arg(factor.sentence);
            html += u"<li>"_s + esc(what) + u"<br/>"_s
                + mutedText(esc(tr("lowers the tier to %1 (\u2212%2 points)")
                                    .arg(enumInSentence(lower))
                                    .arg(factor.points)))
                + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }

    if (!m_unknown.isEmpty()) {
        html += heading(m_unknown.size() == 1 ? tr("1 unanswered question")
                                              : tr("%n unanswered questions", nullptr, int(m_unknown.size())));
        for (int g = 0; g < QuestionGroupCount; ++g) {
            QStringList labels;
            for (Question question : m_unknown)
                if (int(questionGroup(question)) == g)
                    labels << esc(questionLabel(question));
            if (labels.isEmpty())
                continue;
            html += u"<p style=\"margin-top:2px; margin-bottom:2px\"><a href=\"section:#%1\">%2</a>: "_s
                        .arg(g)
                        .arg(esc(groupTitle(QuestionGroup(g))))
                + gap(labels.join(u", "_s)) + u"</p>"_s;
        }
    }
    return html;
}

} // namespace charter
