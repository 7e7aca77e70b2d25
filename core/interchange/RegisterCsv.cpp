#include "RegisterCsv.h"

#include "CsvWriter.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter {

std::span<const RegisterCsvColumn> registerCsvColumns()
{
    static constexpr RegisterCsvColumn columns[] = {
        {"ID", ImportField::Ignore}, // the database id of this register; meaningless elsewhere
        {"Reference", ImportField::ExternalReference},
        {"Name", ImportField::Name},
        {"Purpose", ImportField::Purpose},
        {"Business unit", ImportField::BusinessUnit},
        {"Lifecycle", ImportField::Lifecycle},
        {"Deployment model", ImportField::DeploymentModel},
        {"Accountable owner", ImportField::AccountableOwnerName},
        {"Accountable owner email", ImportField::AccountableOwnerEmail},
        {"Business owner", ImportField::BusinessOwnerName},
        {"Business owner email", ImportField::BusinessOwnerEmail},
        {"Technical owner", ImportField::TechnicalOwnerName},
        {"Technical owner email", ImportField::TechnicalOwnerEmail},
        {"Support owner", ImportField::SupportOwnerName},
        {"Support owner email", ImportField::SupportOwnerEmail},
        {"IT contact", ImportField::ItContactName},
        {"IT contact email", ImportField::ItContactEmail},
        {"Vendor", ImportField::Vendor},
        {"Sourcing", ImportField::Sourcing},
        {"Personal data", ImportField::PersonalData},
        {"Production data", ImportField::ProductionData},
        {"Safety-related", ImportField::SafetyRelated},
        {"Data residency", ImportField::DataResidency},
        {"Access scope", ImportField::AccessScope},
        {"External processing", ImportField::ExternalProcessing},
        {"Cloud connectivity", ImportField::CloudConnectivity},
        {"Credential handling", ImportField::CredentialHandling},
        {"Integrations", ImportField::Integrations},
        {"Maintainer", ImportField::Maintainer},
        {"Update policy", ImportField::UpdatePolicy},
        {"Issue escalation", ImportField::IssueEscalation},
        {"EU AI Act category", ImportField::EuAiActCategory},
        {"EU AI Act role", ImportField::EuAiActRole},
        {"US OMB high-impact", ImportField::UsOmbHighImpact},
        {"Next review", ImportField::NextReview},
        {"Decision boundaries", ImportField::Boundaries},
        {"Escalation path", ImportField::Escalation},
        {"Import notes", ImportField::ImportNotes},
        {"Risk tier", ImportField::Ignore}, // read-only: computed by the risk engine
        {"Risk score", ImportField::Ignore},
        {"Completeness (%)", ImportField::Ignore},
    };
    return columns;
}

namespace {

// ---- One-cell lists: entries per line, parts separated by " | " --------------------

QString escapePart(const QString &part)
{
    QString escaped;
    escaped.reserve(part.size());
    for (const QChar c : part) {
        if (c == u'\\' || c == u'|')
            escaped += u'\\';
        if (c == u'\n') {
            escaped += u"\\n"_s;
            continue;
        }
        if (c == u'\r')
            continue;
        escaped += c;
    }
    return escaped;
}

QString joinParts(const QStringList &parts)
{
    QStringList escaped;
    for (const QString &part : parts)
        escaped << escapePart(part);
    // Trailing empty parts are left out: "Approve loans | human_approves".
    while (!escaped.isEmpty() && escaped.constLast().isEmpty())
        escaped.removeLast();
    return escaped.join(u" | "_s);
}

QStringList splitParts(QStringView line)
{
    // Runs without a backslash are taken as slices (an import splits every boundary
    // and escalation cell of every row).
    QStringList parts;
    QString escaped; // the part so far, once it has an escape
    bool hasEscape = false;
    qsizetype runStart = 0;
    const auto finishPart = [&](qsizetype end) {
        const QStringView run = line.sliced(runStart, end - runStart);
        if (hasEscape) {
            escaped += run;
            parts.append(escaped.trimmed());
            escaped.clear();
            hasEscape = false;
        } else {
            parts.append(run.trimmed().toString());
        }
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < line.size()) {
            escaped += line.sliced(runStart, i - runStart);
            hasEscape = true;
            const QChar next = line[++i];
            escaped += next == u'n' ? QChar(u'\n') : next;
            runStart = i + 1;
        } else if (c == u'|') {
            finishPart(i);
            runStart = i + 1;
        }
    }
    finishPart(line.size());
    return parts;
}

QList<QStringView> cellLines(QStringView cell)
{
    QList<QStringView> lines;
    for (const QStringView line : cell.tokenize(u'\n'))
        if (!line.trimmed().isEmpty())
            lines << line;
    return lines;
}

template <typename E> std::optional<E> enumFromKeyOrLabel(const QString &text)
{
    if (const auto value = enumFromKey<E>(text))
        return value;
    for (const auto &entry : enumEntries<E>())
        if (text.compare(QLatin1String(entry.label), Qt::CaseInsensitive) == 0)
            return entry.value;
    return std::nullopt;
}

const Person *findPerson(const QList<Person> &people, qint64 id)
{
    if (id == 0)
        return nullptr;
    for (const Person &person : people)
        if (person.id == id)
            return &person;
    return nullptr;
}

QString personText(const Person *person)
{
    if (!person)
        return QString();
    if (person->email.isEmpty())
        return person->name;
    if (person->name.isEmpty() || person->name == person->email)
        return u'<' + person->email + u'>';
    return person->name + u" <"_s + person->email + u'>';
}

} // namespace

QString formatBoundaries(const QList<DecisionBoundary> &boundaries)
{
    QStringList lines;
    for (const DecisionBoundary &boundary : boundaries)
        lines << joinParts(
            {boundary.decision,
             boundary.influence == InfluenceLevel::Unknown ? QString()
                                                           : enumKey(boundary.influence),
             boundary.humanIntervention, boundary.failureHandling, boundary.uncertaintyReporting});
    return lines.join(u'\n');
}

std::optional<QList<DecisionBoundary>> parseBoundaries(QStringView cell, QString *problem)
{
    QList<DecisionBoundary> boundaries;
    int number = 0;
    for (const QStringView line : cellLines(cell)) {
        ++number;
        const QStringList parts = splitParts(line);
        if (parts.size() > 5) {
            *problem = QCoreApplication::translate(
                           "charter::RegisterCsv",
                           "boundary %1 has %2 parts; a boundary is \u201c" "decision | "
                           "influence | human intervention | failure handling | "
                           "uncertainty\u201d")
                           .arg(number)
                           .arg(parts.size());
            return std::nullopt;
        }
        DecisionBoundary boundary;
        boundary.decision = parts.value(0);
        const QString influence = parts.value(1);
        if (!influence.isEmpty()) {
            const auto level = enumFromKeyOrLabel<InfluenceLevel>(influence);
            if (!level) {
                *problem = QCoreApplication::translate(
                               "charter::RegisterCsv",
                               "boundary %1: \u201c%2\u201d is not an influence level (%3)")
                               .arg(number)
                               .arg(influence, enumKeys<InfluenceLevel>().join(u", "_s));
                return std::nullopt;
            }
            boundary.influence = *level;
        }
        boundary.humanIntervention = parts.value(2);
        boundary.failureHandling = parts.value(3);
        boundary.uncertaintyReporting = parts.value(4);
        boundaries << boundary;
    }
    return boundaries;
}

QString formatEscalation(const QList<EscalationStep> &steps, const QList<Person> &people)
{
    QStringList lines;
    for (const EscalationStep &step : steps)
        lines << joinParts(
            {enumKey(step.severity), personText(findPerson(people, step.personId)), step.channel,
             step.responseMinutes < 0 ? QString() : QString::number(step.responseMinutes)});
    return lines.join(u'\n');
}

std::optional<QList<EscalationEntry>> parseEscalation(QStringView cell, QString *problem)
{
    QList<EscalationEntry> entries;
    int number = 0;
    for (const QStringView line : cellLines(cell)) {
        ++number;
        const QStringList parts = splitParts(line);
        const auto severity = enumFromKeyOrLabel<Severity>(parts.value(0));
        if (parts.size() > 4 || !severity) {
            *problem = QCoreApplication::translate(
                           "charter::RegisterCsv",
                           "step %1 is not \u201cseverity | Name <email> | channel | "
                           "minutes\u201d with a severity of %2")
                           .arg(number)
                           .arg(enumKeys<Severity>().join(u", "_s));
            return std::nullopt;
        }
        EscalationEntry entry;
        entry.severity = *severity;
        const QString person = parts.value(1);
        const qsizetype open = person.lastIndexOf(u'<');
        if (person.endsWith(u'>') && open >= 0) {
            entry.personName = person.left(open).trimmed();
            entry.personEmail = person.mid(open + 1, person.size() - open - 2).trimmed();
        } else {
            entry.personName = person;
        }
        entry.channel = parts.value(2);
        if (const QString minutes = parts.value(3); !minutes.isEmpty()) {
            bool ok = false;
            entry.responseMinutes = minutes.toInt(&ok);
            if (!ok || entry.responseMinutes < 0) {
                *problem = QCoreApplication::translate(
                               "charter::RegisterCsv",
                               "step %1: \u201c%2\u201d is not a number of minutes")
                               .arg(number)
                               .arg(minutes);
                return std::nullopt;
            }
        }
        entries << entry;
    }
    return entries;
}

QByteArray writeRegisterCsv(const Portfolio &portfolio, const QHash<qint64, RiskAssessment> &risk,
                            bool utf8Bom)
{
    QHash<qint64, const Person *> people;
    for (const Person &person : portfolio.people)
        people.insert(person.id, &person);
    QHash<qint64, QString> vendors;
    for (const Vendor &vendor : portfolio.vendors)
        vendors.insert(vendor.id, vendor.name);

    CsvWriter writer;
    QStringList header;
    for (const RegisterCsvColumn &column : registerCsvColumns())
        header << QString::fromUtf8(column.header);
    writer.writeRow(header);

    const auto name = [&people](qint64 id) {
        const Person *person = people.value(id);
        return person ? person->name : QString();
    };
    const auto email = [&people](qint64 id) {
        const Person *person = people.value(id);
        return person ? person->email : QString();
    };
    const auto answer = [](Answer value) { return enumKey(value); };

    for (const AiSystem &system : portfolio.systems) {
        const Ownership &owners = system.ownership;
        const Sourcing sourcing = system.vendorId != 0 ? Sourcing::Vendor
            : system.vendorUnknown                     ? Sourcing::Unknown
                                                       : Sourcing::InHouse;
        const auto assessment = risk.constFind(system.id);
        const bool assessed = system.id != 0 && assessment != risk.constEnd();
        writer.writeRow({
            system.id == 0 ? QString() : QString::number(system.id),
            system.externalReference,
            system.name,
            system.purpose,
            system.businessUnit,
            enumKey(system.lifecycle),
            enumKey(system.deploymentModel),
            name(owners.accountableOwnerId),
            email(owners.accountableOwnerId),
            name(owners.businessOwnerId),
            email(owners.businessOwnerId),
            name(owners.technicalOwnerId),
            email(owners.technicalOwnerId),
            name(owners.supportOwnerId),
            email(owners.supportOwnerId),
            name(owners.itContactId),
            email(owners.itContactId),
            vendors.value(system.vendorId),
            enumKey(sourcing),
            answer(system.data.personalData),
            answer(system.data.productionData),
            answer(system.data.safetyRelated),
            system.data.dataResidency,
            system.data.accessScope,
            answer(system.data.externalProcessing),
            answer(system.data.cloudConnectivity),
            system.data.credentialHandling,
            system.data.integrations,
            enumKey(system.support.maintainer),
            system.support.updatePolicy,
            system.support.issueEscalation,
            enumKey(system.regulatory.euAiActCategory),
            enumKey(system.regulatory.euAiActRole),
            answer(system.regulatory.usOmbHighImpact),
            system.nextReview.isValid() ? system.nextReview.toString(Qt::ISODate) : QString(),
            formatBoundaries(system.boundaries),
            formatEscalation(system.escalation, portfolio.people),
            system.importNotes.join(u'\n'),
            assessed ? enumKey(assessment->tier) : QString(),
            assessed ? QString::number(assessment->score) : QString(),
            assessed ? QString::number(assessment->completeness) : QString(),
        });
    }
    return writer.toUtf8(utf8Bom);
}

} // namespace charter
