#pragma once

#include "ImportField.h"
#include "domain/AiSystem.h"
#include "domain/Person.h"
#include "domain/Portfolio.h"
#include "domain/RiskAssessment.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <span>

namespace charter {

// The register as a spreadsheet: one row per system, the columns below in this order.
// The import profile "charter" reads exactly these columns, so export -> import keeps
// every field the CSV carries. Headers are fixed English text (not translated) so a
// file exported in one language imports in another.
struct RegisterCsvColumn {
    const char *header;
    ImportField field; // ImportField::Ignore for the read-only columns
};
std::span<const RegisterCsvColumn> registerCsvColumns();

// Writes the register as CSV (RFC 4180, CRLF, formula-like cells neutralised; see
// CsvWriter). Choices are written as their register keys ("production",
// "human_approves"), dates as YYYY-MM-DD, people as name and e-mail columns, the vendor
// by name with a "Sourcing" column (vendor / in_house / unknown) that keeps
// vendorUnknown. Boundaries and escalation steps are one cell each, one entry per line
// (formatBoundaries, formatEscalation). The trailing columns Risk tier, Risk score and
// Completeness come from RISK (by system id; empty when missing) and are ignored on
// import. Vendor risk profiles and people's titles, departments and phones are not in
// the CSV; the JSON portfolio format carries them. Pure and reentrant.
QByteArray writeRegisterCsv(const Portfolio &portfolio,
                            const QHash<qint64, RiskAssessment> &risk, bool utf8Bom);

// Boundaries cell: one boundary per line,
//   decision | influence key | human intervention | failure handling | uncertainty
// with "\|", "\\" and "\n" escaping those characters inside a part.
QString formatBoundaries(const QList<DecisionBoundary> &boundaries);
// Parses a boundaries cell. On a malformed line returns nullopt and sets PROBLEM.
std::optional<QList<DecisionBoundary>> parseBoundaries(QStringView cell, QString *problem);

// Escalation cell: one step per line, in order,
//   severity key | Name <email> | channel | response minutes
// (person, channel and minutes may be empty: unknown).
struct EscalationEntry {
    Severity severity = Severity::High;
    QString personName;
    QString personEmail;
    QString channel;
    int responseMinutes = -1;
};
QString formatEscalation(const QList<EscalationStep> &steps, const QList<Person> &people);
std::optional<QList<EscalationEntry>> parseEscalation(QStringView cell, QString *problem);

} // namespace charter
