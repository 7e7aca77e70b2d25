#include "SystemDetailHtml.h"

#include "theme/Colours.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// One "label: value" row; LABEL is plain text, VALUEHTML is already HTML.
QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><td class=\"label\" width=\"32%\">"_s + esc(label) + u"</td><td>"_s + valueHtml
        + u"</td></tr>"_s;
}

QString section(const QString &title, const QString &bodyHtml)
{
    return u"<h3>"_s + esc(title) + u"</h3>"_s + bodyHtml;
}

QString keyValueTable(const QString &rowsHtml)
{
    return u"<table class=\"kv\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s + rowsHtml
        + u"</table>"_s;
}

QString colourName(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

const QChar WarningSign(0x26A0);

} // namespace

SystemDetailHtml::SystemDetailHtml(const QPalette &palette, const QDate &today)
    : m_palette(palette)
    , m_today(today)
{
}

QString SystemDetailHtml::styleSheet() const
{
    const QString muted = colourName(mutedColour(m_palette));
    const QString warning = colourName(warningColour(m_palette));
    const QString rule = colourName(blend(m_palette.color(QPalette::Base),
                                          m_palette.color(QPalette::Text), 0.25));
    return u"h2 { margin-top: 0px; margin-bottom: 2px; }"
           "h3 { margin-top: 14px; margin-bottom: 4px; }"
           "p { margin-top: 2px; margin-bottom: 2px; }"
           "td { vertical-align: top; }"
           "td.label { color: %1; }"
           "th { text-align: left; color: %1; font-weight: normal; }"
           ".muted { color: %1; }"
           ".gap { color: %2; }"
           ".points { text-align: right; font-weight: bold; white-space: nowrap; }"
           "table.grid { border-color: %3; border-style: solid; }"_s.arg(muted, warning, rule);
}

QString SystemDetailHtml::message(const QString &text) const
{
    return u"<p align=\"center\" class=\"muted\"><br/><br/>"_s + esc(text) + u"</p>"_s;
}

QString SystemDetailHtml::render(const SystemDetails &details) const
{
    return header(details) + riskSection(details) + ownershipSection(details)
        + boundariesSection(details.system) + escalationSection(details)
        + dataSection(details.system) + vendorSection(details) + supportSection(details.system)
        + regulatorySection(details.system) + reviewSection(details);
}

QString SystemDetailHtml::header(const SystemDetails &details) const
{
    const AiSystem &system = details.system;
    QString html = u"<h2>"_s
        + (system.name.trimmed().isEmpty() ? gap(tr("Unnamed system")) : esc(system.name))
        + u"</h2>"_s;

    QStringList facts;
    if (!system.externalReference.isEmpty())
        facts << esc(system.externalReference);
    facts << (system.businessUnit.isEmpty() ? gap(tr("Business unit unknown"))
                                            : esc(system.businessUnit));
    facts << (system.lifecycle == Lifecycle::Unknown ? gap(tr("Lifecycle unknown"))
                                                     : esc(enumLabel(system.lifecycle)));
    facts << (system.deploymentModel == DeploymentModel::Unknown
                  ? gap(tr("Deployment unknown"))
                  : esc(enumLabel(system.deploymentModel)));
    html += u"<p class=\"muted\">"_s + facts.join(u" \u00b7 "_s) + u"</p>"_s;
    html += u"<p>"_s + textOrGap(system.purpose, tr("Purpose not described")) + u"</p>"_s;
    return html;
}

QString SystemDetailHtml::riskSection(const SystemDetails &details) const
{
    const RiskAssessment &risk = details.risk;
    QString html = u"<p style=\"margin-top: 10px\">"_s + tierBadge(risk.tier) + u"&nbsp;&nbsp;<b>"_s
        + esc(tr("Score %1").arg(risk.score)) + u"</b>&nbsp;&nbsp;<span class=\"muted\">"_s
        + esc(tr("%1% complete").arg(risk.completeness));
    if (risk.policyVersion > 0)
        html += u" \u00b7 "_s + esc(tr("policy version %1").arg(risk.policyVersion));
    html += u"</span></p>"_s;

    if (risk.factors.isEmpty()) {
        html += u"<p class=\"muted\">"_s + esc(tr("No risk factor is raised.")) + u"</p>"_s;
    } else {
        html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">"_s;
        for (const RiskFactor &factor : risk.factors) {
            const QString sentence = factor.fromUnknown ? gap(factor.sentence) : esc(factor.sentence);
            html += u"<tr><td>"_s + sentence + u"</td><td class=\"points\" align=\"right\">"_s
                + esc(tr("+%1").arg(factor.points)) + u"</td></tr>"_s;
        }
        html += u"</table>"_s;
    }

    if (!risk.unknowns.isEmpty()) {
        QStringList items;
        for (const QString &unknown : risk.unknowns)
            items << esc(unknown);
        html += u"<p style=\"margin-top: 6px\"><span class=\"gap\">"_s + WarningSign + u" <b>"_s
            + esc(risk.unknowns.size() == 1
                      ? tr("1 unanswered question:")
                      : tr("%n unanswered questions:", nullptr, int(risk.unknowns.size())))
            + u"</b> "_s + items.join(u", "_s) + u"</span></p>"_s;
    }
    return section(tr("Risk explanation"), html);
}

QString SystemDetailHtml::ownershipSection(const SystemDetails &details) const
{
    const Ownership &owners = details.system.ownership;
    const QString rows = row(tr("Accountable owner"), person(details, owners.accountableOwnerId))
        + row(tr("Business owner"), person(details, owners.businessOwnerId))
        + row(tr("Technical owner"), person(details, owners.technicalOwnerId))
        + row(tr("Support owner"), person(details, owners.supportOwnerId))
        + row(tr("IT contact"), person(details, owners.itContactId));
    return section(tr("Ownership"), keyValueTable(rows));
}

QString SystemDetailHtml::boundariesSection(const AiSystem &system) const
{
    if (system.boundaries.isEmpty())
        return section(tr("Decision boundaries"), u"<p>"_s + gap(tr("No decision boundaries documented")) + u"</p>"_s);

    QString html = u"<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                   "cellpadding=\"3\" style=\"border-collapse: collapse\">"_s
        + u"<tr><th>"_s + esc(tr("Decision")) + u"</th><th>"_s + esc(tr("Influence"))
        + u"</th><th>"_s + esc(tr("Human intervention")) + u"</th></tr>"_s;
    for (const DecisionBoundary &boundary : system.boundaries) {
        const QString influence = boundary.influence == InfluenceLevel::Unknown
            ? gap(tr("Unknown"))
            : esc(enumLabel(boundary.influence));
        html += u"<tr><td>"_s + textOrGap(boundary.decision, tr("Not described")) + u"</td><td>"_s
            + influence + u"</td><td>"_s + textOrGap(boundary.humanIntervention, tr("Unknown"))
            + u"</td></tr>"_s;
    }
    html += u"</table>"_s;
    return section(tr("Decision boundaries"), html);
}

QString SystemDetailHtml::escalationSection(const SystemDetails &details) const
{
    const QList<EscalationStep> &steps = details.system.escalation;
    if (steps.isEmpty())
        return section(tr("Escalation path"), u"<p>"_s + gap(tr("No escalation path")) + u"</p>"_s);

    QString rows;
    const Severity order[] = {Severity::Critical, Severity::High, Severity::Medium, Severity::Low};
    for (Severity severity : order) {
        QStringList lines;
        int position = 0;
        for (const EscalationStep &step : steps) {
            if (step.severity != severity)
                continue;
            ++position;
            const QString channel = step.channel.isEmpty() ? gap(tr("channel unknown")) : esc(step.channel);
            const QString response = step.responseMinutes < 0
                ? gap(tr("response time unknown"))
                : esc(step.responseMinutes == 1
                          ? tr("within 1 minute")
                          : tr("within %n minutes", nullptr, step.responseMinutes));
            lines << esc(tr("%1.").arg(position)) + u" "_s + person(details, step.personId, false)
                    + u" \u00b7 "_s + channel + u" \u00b7 "_s + response;
        }
        if (!lines.isEmpty())
            rows += row(enumLabel(severity), lines.join(u"<br/>"_s));
    }
    return section(tr("Escalation path"), keyValueTable(rows));
}

QString SystemDetailHtml::dataSection(const AiSystem &system) const
{
    const DataSecurity &data = system.data;
    const QString rows = row(tr("Personal data"), answer(data.personalData))
        + row(tr("Production data"), answer(data.productionData))
        + row(tr("Safety-related"), answer(data.safetyRelated))
        + row(tr("Data residency"), textOrGap(data.dataResidency, tr("Unknown")))
        + row(tr("Access scope"), textOrGap(data.accessScope, tr("Unknown")))
        + row(tr("External processing"), answer(data.externalProcessing))
        + row(tr("Cloud connectivity"), answer(data.cloudConnectivity))
        + row(tr("Credential handling"), textOrGap(data.credentialHandling, tr("Unknown")))
        + row(tr("Integrations"), textOrGap(data.integrations, tr("Unknown")));
    return section(tr("Data and security"), keyValueTable(rows));
}

QString SystemDetailHtml::vendorSection(const SystemDetails &details) const
{
    const AiSystem &system = details.system;
    if (system.vendorId == 0) {
        const QString text = system.vendorUnknown
            ? gap(tr("It is not known whether a vendor is involved"))
            : esc(tr("Built in-house: no vendor involved"));
        return section(tr("Vendor"), u"<p>"_s + text + u"</p>"_s);
    }
    if (!details.vendor) {
        return section(tr("Vendor"),
                       u"<p>"_s + gap(tr("The vendor profile is missing")) + u"</p>"_s);
    }
    const Vendor &vendor = *details.vendor;
    QString contract;
    if (!vendor.contractEnd.isValid()) {
        contract = gap(tr("Unknown"));
    } else {
        contract = esc(date(vendor.contractEnd));
        if (m_today.isValid() && vendor.contractEnd < m_today)
            contract += u" <span class=\"gap\">"_s + esc(tr("(ended)")) + u"</span>"_s;
    }
    const QString notice = vendor.deprecationNoticeDays < 0
        ? gap(tr("Unknown"))
        : esc(vendor.deprecationNoticeDays == 1
                  ? tr("1 day")
                  : tr("%n days", nullptr, vendor.deprecationNoticeDays));
    QString rows = row(tr("Name"), textOrGap(vendor.name, tr("Unnamed vendor")))
        + row(tr("Viability"), rating(vendor.viability))
        + row(tr("Roadmap stability"), rating(vendor.roadmapStability))
        + row(tr("Support maturity"), rating(vendor.supportMaturity))
        + row(tr("Exit options"), rating(vendor.exitOptions))
        + row(tr("Data portability"), rating(vendor.dataPortability))
        + row(tr("Security attestations"), textOrGap(vendor.securityAttestations, tr("Unknown")))
        + row(tr("Data residency"), textOrGap(vendor.dataResidency, tr("Unknown")))
        + row(tr("Contract end"), contract)
        + row(tr("Deprecation notice"), notice);
    if (!vendor.notes.isEmpty())
        rows += row(tr("Notes"), esc(vendor.notes));
    return section(tr("Vendor profile"), keyValueTable(rows));
}

QString SystemDetailHtml::supportSection(const AiSystem &system) const
{
    const SupportModel &support = system.support;
    const QString maintainer = support.maintainer == Maintainer::Unknown
        ? gap(tr("Unknown"))
        : esc(enumLabel(support.maintainer));
    const QString rows = row(tr("Maintained by"), maintainer)
        + row(tr("Updates"), textOrGap(support.updatePolicy, tr("Unknown")))
        + row(tr("Issue escalation"), textOrGap(support.issueEscalation, tr("Unknown")));
    return section(tr("Support"), keyValueTable(rows));
}

QString SystemDetailHtml::regulatorySection(const AiSystem &system) const
{
    const RegulatoryClassification &regulatory = system.regulatory;
    const auto label = [this](auto value, auto unknown) {
        return value == unknown ? gap(tr("Unknown")) : esc(enumLabel(value));
    };
    const QString rows
        = row(tr("EU AI Act category"), label(regulatory.euAiActCategory, EuAiActCategory::Unknown))
        + row(tr("EU AI Act role"), label(regulatory.euAiActRole, EuAiActRole::Unknown))
        + row(tr("US OMB high-impact"), answer(regulatory.usOmbHighImpact));
    return section(tr("Regulatory classification"), keyValueTable(rows));
}

QString SystemDetailHtml::reviewSection(const SystemDetails &details) const
{
    const AiSystem &system = details.system;
    QString next;
    if (!system.nextReview.isValid()) {
        next = gap(tr("Not scheduled"));
    } else if (m_today.isValid() && system.nextReview < m_today) {
        const int days = int(system.nextReview.daysTo(m_today));
        next = gap((days == 1 ? tr("%1, overdue by 1 day")
                              : tr("%1, overdue by %n days", nullptr, days))
                       .arg(date(system.nextReview)));
    } else {
        next = esc(date(system.nextReview));
    }
    QString rows = row(tr("Next review"), next)
        + row(tr("Review cadence"),
              esc(details.risk.reviewCadenceMonths == 1
                      ? tr("Every month for this tier")
                      : tr("Every %n months for this tier", nullptr,
                           details.risk.reviewCadenceMonths)));
    if (system.updatedAt.isValid()) {
        rows += row(tr("Last changed"),
                    esc(QLocale().toString(system.updatedAt.toLocalTime(), QLocale::ShortFormat)));
    }
    QString html = keyValueTable(rows);
    if (!system.importNotes.isEmpty()) {
        html += u"<p><b>"_s + esc(tr("Import notes")) + u"</b></p>"_s;
        for (const QString &note : system.importNotes)
            html += u"<p>"_s + gap(note) + u"</p>"_s;
    }
    return section(tr("Review"), html);
}

QString SystemDetailHtml::person(const SystemDetails &details, qint64 personId, bool withEmail) const
{
    if (personId == 0)
        return gap(tr("Not named"));
    const auto found = details.people.constFind(personId);
    if (found == details.people.constEnd())
        return gap(tr("Unknown person (#%1)").arg(personId));
    const Person &who = found.value();
    QString html = who.name.isEmpty() ? gap(tr("Unnamed person")) : esc(who.name);
    if (withEmail && !who.email.isEmpty())
        html += u" <span class=\"muted\">&lt;"_s + esc(who.email) + u"&gt;</span>"_s;
    return html;
}

QString SystemDetailHtml::gap(const QString &text) const
{
    return u"<span class=\"gap\">"_s + WarningSign + u"&nbsp;"_s + esc(text) + u"</span>"_s;
}

QString SystemDetailHtml::textOrGap(const QString &text, const QString &gapText) const
{
    return text.trimmed().isEmpty() ? gap(gapText) : esc(text);
}

QString SystemDetailHtml::answer(Answer value) const
{
    return value == Answer::Unknown ? gap(tr("Unknown")) : esc(enumLabel(value));
}

QString SystemDetailHtml::rating(Rating value) const
{
    if (value == Rating::Unknown)
        return gap(tr("Unknown"));
    if (value == Rating::Weak)
        return u"<span class=\"gap\">"_s + esc(enumLabel(value)) + u"</span>"_s;
    return esc(enumLabel(value));
}

QString SystemDetailHtml::tierBadge(RiskTier tier) const
{
    const TierColours colours = tierColours(tier);
    return u"<span style=\"background-color: %1; color: %2; font-weight: bold\">&nbsp;%3&nbsp;</span>"_s
        .arg(colourName(colours.background), colourName(colours.foreground),
             esc(tr("%1 risk").arg(enumLabel(tier))));
}

QString SystemDetailHtml::date(const QDate &value) const
{
    return QLocale().toString(value, QLocale::ShortFormat);
}

} // namespace charter
