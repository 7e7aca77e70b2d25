#include "ImportRecordMapper.h"

#include "CsvWriter.h"
#include "ImportNormalise.h"
#include "RegisterCsv.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

constexpr int kRoleCount = 5; // accountable, business, technical, support, IT contact

QString *textTarget(AiSystem &system, ImportField field)
{
    switch (field) {
    case ImportField::ExternalReference: return &system.externalReference;
    case ImportField::Name: return &system.name;
    case ImportField::Purpose: return &system.purpose;
    case ImportField::BusinessUnit: return &system.businessUnit;
    case ImportField::DataResidency: return &system.data.dataResidency;
    case ImportField::AccessScope: return &system.data.accessScope;
    case ImportField::CredentialHandling: return &system.data.credentialHandling;
    case ImportField::Integrations: return &system.data.integrations;
    case ImportField::UpdatePolicy: return &system.support.updatePolicy;
    case ImportField::IssueEscalation: return &system.support.issueEscalation;
    default: return nullptr;
    }
}

Answer *answerTarget(AiSystem &system, ImportField field)
{
    switch (field) {
    case ImportField::PersonalData: return &system.data.personalData;
    case ImportField::ProductionData: return &system.data.productionData;
    case ImportField::SafetyRelated: return &system.data.safetyRelated;
    case ImportField::ExternalProcessing: return &system.data.externalProcessing;
    case ImportField::CloudConnectivity: return &system.data.cloudConnectivity;
    case ImportField::UsOmbHighImpact: return &system.regulatory.usOmbHighImpact;
    default: return nullptr;
    }
}

void setChoice(AiSystem &system, ImportField field, int value)
{
    if (Answer *answer = answerTarget(system, field)) {
        *answer = Answer(value);
        return;
    }
    switch (field) {
    case ImportField::Lifecycle: system.lifecycle = Lifecycle(value); break;
    case ImportField::DeploymentModel: system.deploymentModel = DeploymentModel(value); break;
    case ImportField::Maintainer: system.support.maintainer = Maintainer(value); break;
    case ImportField::EuAiActCategory:
        system.regulatory.euAiActCategory = EuAiActCategory(value);
        break;
    case ImportField::EuAiActRole: system.regulatory.euAiActRole = EuAiActRole(value); break;
    default: break;
    }
}

qint64 &ownerTarget(Ownership &ownership, int role)
{
    std::array<qint64 *, kRoleCount> targets = {
        &ownership.accountableOwnerId, &ownership.businessOwnerId, &ownership.technicalOwnerId,
        &ownership.supportOwnerId, &ownership.itContactId};
    return *targets[std::size_t(role)];
}

// Role index of a person field; the enum lists name, email per role in role order.
static_assert(int(ImportField::ItContactEmail) - int(ImportField::AccountableOwnerName)
                  == 2 * kRoleCount - 1,
              "ImportField lists a name and an e-mail field per ownership role");
int roleOf(ImportField field)
{
    return (int(field) - int(ImportField::AccountableOwnerName)) / 2;
}

bool looksLikeEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    return at > 0 && at < text.size() - 1 && !text.contains(u' ') && text.count(u'@') == 1;
}

// A cell as the register reads it: formula guard undone, trimmed.
QStringView cellView(QStringView cell)
{
    return unguardFormula(cell).trimmed();
}

QDate parseDate(const QString &text)
{
    QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    if (!date.isValid())
        date = QDate::fromString(text, u"d.M.yyyy"_s);
    return date;
}

// Several vendors in one cell ("Aretec, Elder Research"); a legal suffix after a comma
// ("Aretec, Inc.") stays with its name.
QStringList splitVendorNames(const QString &cell)
{
    static const QStringList suffixes = {u"inc"_s,  u"inc."_s,  u"llc"_s, u"ltd"_s, u"ltd."_s,
                                         u"corp"_s, u"corp."_s, u"co."_s, u"plc"_s, u"gmbh"_s,
                                         u"ag"_s,   u"l.p."_s,  u"lp"_s};
    QStringList names;
    for (const QStringView part : QStringView(cell).tokenize(u',', Qt::SkipEmptyParts)) {
        for (const QStringView name : part.tokenize(u';', Qt::SkipEmptyParts)) {
            const QString trimmed = name.trimmed().toString();
            if (trimmed.isEmpty())
                continue;
            if (!names.isEmpty() && suffixes.contains(trimmed.toLower()))
                names.last() += u", "_s + trimmed;
            else
                names << trimmed;
        }
    }
    return names;
}

} // namespace

struct ImportRecordMapper::Context {
    const CsvRecord &record;
    QList<ImportIssue> &issues;
    AiSystem system;
    std::array<QString, kRoleCount> personNames;
    std::array<QString, kRoleCount> personEmails;
    QString vendorCell;
    QString vendorColumn;
    std::optional<Sourcing> sourcing;
    QStringList fileNotes;
    QList<EscalationEntry> escalation;
    QStringList newNotes;
};

ImportRecordMapper::ImportRecordMapper(const ImportProfile &profile,
                                       const QList<ImportColumnPlan> &columns,
                                       qsizetype headerWidth, const QString &displayName,
                                       ImportDirectory &directory)
    : m_profile(profile), m_columns(columns), m_headerWidth(headerWidth),
      m_displayName(displayName), m_directory(directory)
{
    // The reference first, so every issue of a record can name it.
    std::stable_partition(m_columns.begin(), m_columns.end(), [](const ImportColumnPlan &column) {
        return column.field == ImportField::ExternalReference;
    });
    m_choiceCache.resize(std::size_t(m_columns.size()));
    m_textCache.resize(std::size_t(m_columns.size()));
}

void ImportRecordMapper::addIssue(Context &context, ImportField field, QStringView raw,
                                  const QString &message)
{
    ImportIssue issue;
    issue.line = context.record.line;
    issue.reference = context.system.externalReference;
    issue.field = field == ImportField::Ignore ? QString() : importFieldKey(field);
    issue.rawValue = raw.toString();
    issue.message = message;
    context.issues.append(issue);
    context.newNotes << QCoreApplication::translate("charter::ImportRecordMapper",
                                                    "Imported from %1, line %2: %3")
                            .arg(m_displayName)
                            .arg(context.record.line)
                            .arg(message);
}

ImportRecordMapper::Choice ImportRecordMapper::choiceCell(qsizetype position, ImportField field,
                                                          QStringView text)
{
    ImportCellCache<Choice> &cache = m_choiceCache[std::size_t(position)];
    if (const Choice *known = cache.find(text))
        return *known;
    Choice result;
    result.blank = isBlankValue(text);
    if (!result.blank)
        result.value = m_profile.mapChoice(field, text);
    cache.insert(text, result);
    return result;
}

// Blank spellings ("N/A", "[blank]") read as empty text.
QString ImportRecordMapper::textCell(qsizetype position, QStringView text)
{
    ImportCellCache<QString> &cache = m_textCache[std::size_t(position)];
    if (const QString *known = cache.find(text))
        return *known;
    const QString result = isBlankValue(text) ? QString() : text.toString();
    cache.insert(text, result);
    return result;
}

void ImportRecordMapper::readCell(Context &context, const ImportColumnPlan &column,
                                  QStringView cell, qsizetype position)
{
    const FieldKind kind = importFieldInfo(column.field).kind;
    if (kind == FieldKind::Ignored)
        return;
    const QStringView view = cellView(cell);

    if (QString *target = textTarget(context.system, column.field)) {
        *target = textCell(position, view);
        return;
    }
    if (isChoiceKind(kind)) {
        const Choice choice = choiceCell(position, column.field, view);
        if (choice.blank) // a gap: unknown, quietly
            return;
        if (!choice.value) {
            addIssue(context, column.field, cell,
                     QCoreApplication::translate(
                         "charter::ImportRecordMapper",
                         "\u201c%1\u201d in column \u201c%2\u201d is not a known %3 "
                         "value; left unknown.")
                         .arg(view.toString(), column.header, importFieldKey(column.field)));
        } else if (kind == FieldKind::Sourcing) {
            context.sourcing = Sourcing(*choice.value);
        } else {
            setChoice(context.system, column.field, *choice.value);
        }
        return;
    }

    const QString text = isBlankValue(view) ? QString() : view.toString();
    if (text.isEmpty()) // a gap: unknown, quietly
        return;
    switch (kind) {
    case FieldKind::Date:
        context.system.nextReview = parseDate(text);
        if (!context.system.nextReview.isValid())
            addIssue(
                context, column.field, cell,
                QCoreApplication::translate("charter::ImportRecordMapper",
                                            "\u201c%1\u201d in column \u201c%2\u201d is not a date "
                                            "(YYYY-MM-DD); left empty.")
                    .arg(text, column.header));
        break;
    case FieldKind::PersonName:
        context.personNames[std::size_t(roleOf(column.field))] = text;
        break;
    case FieldKind::PersonEmail:
        if (looksLikeEmail(text))
            context.personEmails[std::size_t(roleOf(column.field))] = text;
        else
            addIssue(context, column.field, cell,
                     QCoreApplication::translate(
                         "charter::ImportRecordMapper",
                         "\u201c%1\u201d in column \u201c%2\u201d is not an e-mail "
                         "address; ignored.")
                         .arg(text, column.header));
        break;
    case FieldKind::Boundaries: {
        QString problem;
        if (const auto boundaries = parseBoundaries(text, &problem))
            context.system.boundaries = *boundaries;
        else
            addIssue(context, column.field, cell,
                     QCoreApplication::translate(
                         "charter::ImportRecordMapper",
                         "column \u201c%1\u201d: %2; the boundaries were not imported.")
                         .arg(column.header, problem));
        break;
    }
    case FieldKind::Escalation: {
        QString problem;
        if (const auto steps = parseEscalation(text, &problem))
            context.escalation = *steps;
        else
            addIssue(context, column.field, cell,
                     QCoreApplication::translate(
                         "charter::ImportRecordMapper",
                         "column \u201c%1\u201d: %2; the escalation path was not "
                         "imported.")
                         .arg(column.header, problem));
        break;
    }
    case FieldKind::Notes:
        for (const QStringView note : QStringView(text).tokenize(u'\n', Qt::SkipEmptyParts))
            if (!note.trimmed().isEmpty())
                context.fileNotes << note.trimmed().toString();
        break;
    case FieldKind::VendorName:
        context.vendorCell = text;
        context.vendorColumn = column.header;
        break;
    default: break;
    }
}

void ImportRecordMapper::finishPeople(Context &context)
{
    for (int role = 0; role < kRoleCount; ++role) {
        const auto i = std::size_t(role);
        if (const qint64 id = m_directory.personId(context.personNames[i], context.personEmails[i]))
            ownerTarget(context.system.ownership, role) = id;
    }
    for (const EscalationEntry &entry : std::as_const(context.escalation)) {
        EscalationStep step;
        step.severity = entry.severity;
        step.personId = m_directory.personId(entry.personName, entry.personEmail);
        step.channel = entry.channel;
        step.responseMinutes = entry.responseMinutes;
        context.system.escalation.append(step);
    }
}

void ImportRecordMapper::finishVendor(Context &context)
{
    AiSystem &system = context.system;
    const QStringList names = splitVendorNames(context.vendorCell);
    if (!names.isEmpty()) {
        system.vendorId = m_directory.vendorId(names.constFirst());
        system.vendorUnknown = false;
        if (names.size() > 1)
            addIssue(
                context, ImportField::Vendor, context.vendorCell,
                QCoreApplication::translate(
                    "charter::ImportRecordMapper",
                    "column \u201c%1\u201d names several vendors; the system is "
                    "linked to \u201c%2\u201d only (also named: %3).")
                    .arg(context.vendorColumn, names.constFirst(), names.mid(1).join(u", "_s)));
        return;
    }
    // No vendor named: only "developed in-house" says that there is none.
    system.vendorId = 0;
    system.vendorUnknown = context.sourcing.value_or(Sourcing::Unknown) != Sourcing::InHouse;
}

void ImportRecordMapper::finishIdentity(Context &context)
{
    AiSystem &system = context.system;
    const int line = context.record.line;
    if (system.name.isEmpty()) {
        if (!system.externalReference.isEmpty()) {
            system.name = system.externalReference;
            addIssue(context, ImportField::Name, QStringView(),
                     QCoreApplication::translate(
                         "charter::ImportRecordMapper",
                         "the record has no name; it is named after its reference."));
        } else {
            system.name = QCoreApplication::translate("charter::ImportRecordMapper",
                                                      "Unnamed system (line %1)")
                              .arg(line);
            addIssue(context, ImportField::Name, QStringView(),
                     QCoreApplication::translate(
                         "charter::ImportRecordMapper",
                         "the record has neither a name nor a reference; it is called "
                         "\u201c%1\u201d.")
                         .arg(system.name));
        }
    }
    if (!system.externalReference.isEmpty()) {
        const QString key = system.externalReference.toCaseFolded();
        if (const auto it = m_referenceLines.constFind(key); it != m_referenceLines.constEnd())
            addIssue(context, ImportField::ExternalReference, system.externalReference,
                     QCoreApplication::translate(
                         "charter::ImportRecordMapper",
                         "the reference \u201c%1\u201d is also used on line %2; both "
                         "records were imported.")
                         .arg(system.externalReference)
                         .arg(*it));
        else
            m_referenceLines.insert(key, line);
    }
}

AiSystem ImportRecordMapper::map(const CsvRecord &record, QList<ImportIssue> &issues)
{
    Context context{record, issues, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    for (qsizetype position = 0; position < m_columns.size(); ++position) {
        const ImportColumnPlan &column = m_columns.at(position);
        const QStringView cell =
            column.index < record.fields.size() ? record.fields.at(column.index) : QStringView();
        readCell(context, column, cell, position);
    }
    if (record.fields.size() > m_headerWidth) {
        bool extraText = false;
        for (qsizetype i = m_headerWidth; i < record.fields.size() && !extraText; ++i)
            extraText = !record.fields.at(i).trimmed().isEmpty();
        if (extraText)
            addIssue(context, ImportField::Ignore, QStringView(),
                     QCoreApplication::translate(
                         "charter::ImportRecordMapper",
                         "the record has %1 cells but the header only %2; the cells "
                         "beyond the header were not imported.")
                         .arg(record.fields.size())
                         .arg(m_headerWidth));
    }
    finishIdentity(context);
    finishPeople(context);
    finishVendor(context);
    context.system.importNotes = context.fileNotes + context.newNotes;
    return std::move(context.system);
}

} // namespace charter
