#include "Output.h"

#include "domain/Json.h"
#include "JsonArrayWriter.h"
#include "interchange/CsvWriter.h"
#include "util/DisplayDate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace charter::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::cli", text);
}

QString orGap(const QString &text)
{
    return text.isEmpty() ? tr("unknown (gap)") : text;
}

QString personText(const SystemDetails &details, qint64 id)
{
    if (id <= 0)
        return tr("not named (gap)");
    const Person person = details.people.value(id);
    return person.email.isEmpty() ? person.name : u"%1 <%2>"_s.arg(person.name, person.email);
}

// Pads or cuts TEXT to WIDTH characters (one of them a separating space) so table
// columns line up.
QString cell(const QString &text, int width)
{
    if (text.size() > width - 1)
        return text.left(width - 2) + u"… "_s;
    return text.leftJustified(width);
}

} // namespace

void writeRegistryTable(QTextStream &out, const QList<RegistryRow> &rows)
{
    out << cell(tr("ID"), 7) << cell(tr("Name"), 40) << cell(tr("Lifecycle"), 15)
        << cell(tr("Tier"), 9) << cell(tr("Score"), 6) << cell(tr("Owner"), 22) << tr("Vendor") << u'\n';
    for (const RegistryRow &row : rows) {
        const QString vendor = !row.vendor.isEmpty() ? row.vendor
                             : row.vendorUnknown     ? tr("unknown")
                                                     : tr("in-house");
        out << cell(QString::number(row.id), 7) << cell(row.name, 40)
            << cell(enumLabel(row.lifecycle), 15) << cell(enumLabel(row.riskTier), 9)
            << cell(QString::number(row.riskScore), 6)
            << cell(row.accountableOwner.isEmpty() ? tr("(none)") : row.accountableOwner, 22)
            << vendor << u'\n';
    }
    out << tr("%1 systems").arg(rows.size()) << u'\n';
}

void writeRegistryJson(QTextStream &out, const QList<RegistryRow> &rows)
{
    // Streamed rather than built as a QJsonDocument: a 100,000-system register would
    // otherwise be held three times over (rows, QJsonArray, serialized text).
    JsonArrayWriter writer(out);
    for (const RegistryRow &row : rows) {
        writer.beginObject();
        writer.number("id", row.id);
        writer.text("name", row.name);
        writer.textOrNull("reference", row.externalReference);
        writer.textOrNull("business_unit", row.businessUnit);
        writer.text("lifecycle", enumKey(row.lifecycle));
        writer.text("risk_tier", enumKey(row.riskTier));
        writer.number("risk_score", row.riskScore);
        writer.number("completeness", row.completeness);
        writer.number("gaps", row.gapCount);
        writer.textOrNull("accountable_owner", row.accountableOwner);
        writer.textOrNull("vendor", row.vendor);
        writer.date("next_review", row.nextReview);
        writer.endObject();
    }
    writer.finish();
}

void writeRegistryCsv(QTextStream &out, const QList<RegistryRow> &rows)
{
    CsvWriter writer;
    writer.writeRow({u"id"_s, u"name"_s, u"reference"_s, u"business_unit"_s, u"lifecycle"_s,
                     u"risk_tier"_s, u"risk_score"_s, u"completeness"_s, u"gaps"_s,
                     u"accountable_owner"_s, u"vendor"_s, u"next_review"_s});
    for (const RegistryRow &row : rows) {
        writer.writeRow({QString::number(row.id), row.name, row.externalReference, row.businessUnit,
                         enumKey(row.lifecycle), enumKey(row.riskTier),
                         QString::number(row.riskScore), QString::number(row.completeness),
                         QString::number(row.gapCount), row.accountableOwner, row.vendor,
                         row.nextReview.toString(Qt::ISODate)});
    }
    out << QString::fromUtf8(writer.toUtf8(false));
}

QJsonObject riskJson(const RiskAssessment &risk)
{
    QJsonArray factors;
    for (const RiskFactor &factor : risk.factors) {
        factors.append(QJsonObject{{u"id"_s, factor.id},
                                   {u"points"_s, factor.points},
                                   {u"sentence"_s, factor.sentence},
                                   {u"from_unknown"_s, factor.fromUnknown}});
    }
    return QJsonObject{{u"score"_s, risk.score},
                       {u"tier"_s, enumKey(risk.tier)},
                       {u"completeness"_s, risk.completeness},
                       {u"policy_version"_s, risk.policyVersion},
                       {u"review_cadence_months"_s, risk.reviewCadenceMonths},
                       {u"factors"_s, factors},
                       {u"unknowns"_s, QJsonArray::fromStringList(risk.unknowns)}};
}

QJsonObject systemDetailsJson(const SystemDetails &details)
{
    QJsonArray people;
    QList<qint64> ids = details.people.keys();
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids)
        people.append(toJson(details.people.value(id)));
    return QJsonObject{{u"system"_s, toJson(details.system)},
                       {u"people"_s, people},
                       {u"vendor"_s, details.vendor ? QJsonValue(toJson(*details.vendor))
                                                    : QJsonValue(QJsonValue::Null)},
                       {u"risk"_s, riskJson(details.risk)}};
}

void writeRiskText(QTextStream &out, const AiSystem &system, const RiskAssessment &risk,
                   const QString &policyName)
{
    out << tr("%1 (id %2): %3 risk, score %4").arg(system.name).arg(system.id)
               .arg(enumLabel(risk.tier).toUpper()).arg(risk.score)
        << u'\n';
    out << tr("Policy: %1, version %2").arg(policyName).arg(risk.policyVersion) << u"\n\n"_s;
    if (risk.factors.isEmpty())
        out << tr("No risk factors apply.") << u'\n';
    for (const RiskFactor &factor : risk.factors)
        out << u"  %1  %2\n"_s.arg(u"+%1"_s.arg(factor.points), 4).arg(factor.sentence);
    out << u"  ----\n"_s << u"  %1  "_s.arg(risk.score, 4) << tr("total") << u"\n\n"_s;
    if (!risk.unknowns.isEmpty()) {
        out << tr("Unknown answers (gaps, %1):").arg(risk.unknowns.size()) << u'\n';
        for (const QString &unknown : risk.unknowns)
            out << u"  - "_s << unknown << u'\n';
        out << u'\n';
    }
    out << tr("Completeness: %1%").arg(risk.completeness) << u'\n';
    out << tr("Review cadence at this tier: every %1 months").arg(risk.reviewCadenceMonths) << u'\n';
}

void writeSystemText(QTextStream &out, const SystemDetails &details)
{
    const AiSystem &s = details.system;
    const auto line = [&out](const QString &label, const QString &value) {
        out << u"  "_s << QString(label + u':').leftJustified(26) << value << u'\n';
    };
    out << s.name << u"  (id "_s << s.id << u")\n"_s;
    line(tr("Reference"), orGap(s.externalReference));
    line(tr("Purpose"), orGap(s.purpose));
    line(tr("Business unit"), orGap(s.businessUnit));
    line(tr("Lifecycle"), enumLabel(s.lifecycle));
    line(tr("Deployment"), enumLabel(s.deploymentModel));
    line(tr("Next review"), s.nextReview.isValid() ? displayDate(s.nextReview) : tr("none scheduled"));

    out << u'\n' << tr("Ownership") << u'\n';
    line(tr("Accountable owner"), personText(details, s.ownership.accountableOwnerId));
    line(tr("Business owner"), personText(details, s.ownership.businessOwnerId));
    line(tr("Technical owner"), personText(details, s.ownership.technicalOwnerId));
    line(tr("Support owner"), personText(details, s.ownership.supportOwnerId));
    line(tr("IT contact"), personText(details, s.ownership.itContactId));

    out << u'\n' << tr("Decision boundaries") << u'\n';
    if (s.boundaries.isEmpty())
        out << u"  "_s << tr("none documented (gap)") << u'\n';
    for (const DecisionBoundary &b : s.boundaries) {
        out << u"  - "_s << b.decision << u": "_s << enumLabel(b.influence) << u'\n';
        out << u"      "_s << tr("Human steps in: %1").arg(orGap(b.humanIntervention)) << u'\n';
        out << u"      "_s << tr("On failure: %1").arg(orGap(b.failureHandling)) << u'\n';
        out << u"      "_s << tr("Reports uncertainty: %1").arg(orGap(b.uncertaintyReporting)) << u'\n';
    }

    out << u'\n' << tr("Escalation path") << u'\n';
    if (s.escalation.isEmpty())
        out << u"  "_s << tr("none defined (gap)") << u'\n';
    for (const EscalationStep &step : s.escalation) {
        const QString minutes = step.responseMinutes >= 0 ? tr("%1 min").arg(step.responseMinutes)
                                                          : tr("response time unknown");
        out << u"  - "_s << enumLabel(step.severity) << u": "_s << personText(details, step.personId)
            << u" via "_s << orGap(step.channel) << u", "_s << minutes << u'\n';
    }

    out << u'\n' << tr("Data and security") << u'\n';
    line(tr("Personal data"), enumLabel(s.data.personalData));
    line(tr("Production data"), enumLabel(s.data.productionData));
    line(tr("Safety-related"), enumLabel(s.data.safetyRelated));
    line(tr("Data residency"), orGap(s.data.dataResidency));
    line(tr("Access scope"), orGap(s.data.accessScope));
    line(tr("External processing"), enumLabel(s.data.externalProcessing));
    line(tr("Cloud connectivity"), enumLabel(s.data.cloudConnectivity));
    line(tr("Credential handling"), orGap(s.data.credentialHandling));
    line(tr("Integrations"), orGap(s.data.integrations));

    out << u'\n' << tr("Vendor") << u'\n';
    if (details.vendor) {
        const Vendor &v = *details.vendor;
        line(tr("Name"), v.name);
        line(tr("Viability"), enumLabel(v.viability));
        line(tr("Roadmap stability"), enumLabel(v.roadmapStability));
        line(tr("Support maturity"), enumLabel(v.supportMaturity));
        line(tr("Exit options"), enumLabel(v.exitOptions));
        line(tr("Data portability"), enumLabel(v.dataPortability));
        line(tr("Security attestations"), orGap(v.securityAttestations));
        line(tr("Data residency"), orGap(v.dataResidency));
        line(tr("Contract end"), v.contractEnd.isValid() ? displayDate(v.contractEnd) : tr("unknown (gap)"));
        line(tr("Deprecation notice"), v.deprecationNoticeDays >= 0 ? tr("%1 days").arg(v.deprecationNoticeDays)
                                                                   : tr("unknown (gap)"));
    } else {
        out << u"  "_s << (s.vendorUnknown ? tr("unknown whether a vendor is involved (gap)")
                                           : tr("built in-house")) << u'\n';
    }

    out << u'\n' << tr("Support model") << u'\n';
    line(tr("Maintained by"), enumLabel(s.support.maintainer));
    line(tr("Updates"), orGap(s.support.updatePolicy));
    line(tr("Issue escalation"), orGap(s.support.issueEscalation));

    out << u'\n' << tr("Regulatory classification") << u'\n';
    line(tr("EU AI Act category"), enumLabel(s.regulatory.euAiActCategory));
    line(tr("EU AI Act role"), enumLabel(s.regulatory.euAiActRole));
    line(tr("US OMB high-impact"), enumLabel(s.regulatory.usOmbHighImpact));

    if (!s.importNotes.isEmpty()) {
        out << u'\n' << tr("Import notes") << u'\n';
        for (const QString &note : s.importNotes)
            out << u"  - "_s << note << u'\n';
    }
    out << u'\n' << tr("Risk: %1, score %2, %3% complete")
                        .arg(enumLabel(details.risk.tier)).arg(details.risk.score)
                        .arg(details.risk.completeness)
        << u'\n';
}

} // namespace charter::cli
