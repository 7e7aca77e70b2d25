#pragma once

#include "register/RegisterService.h"

#include <QCoreApplication>
#include <QDate>
#include <QPalette>
#include <QString>

namespace charter {

// Renders one system's details (SystemDetails) as HTML for a QTextBrowser: the risk
// explanation first (tier, score, each factor with its points, the unknown answers),
// then ownership, decision boundaries, escalation path, data and security, vendor,
// support, regulatory classification and review. Every gap (unknown answer, nobody
// named, nothing documented) is marked with a warning sign in the warning colour.
// All text from the register is HTML-escaped. Colours come from PALETTE.
class SystemDetailHtml
{
    Q_DECLARE_TR_FUNCTIONS(SystemDetailHtml)

public:
    SystemDetailHtml(const QPalette &palette, const QDate &today);

    QString render(const SystemDetails &details) const;
    // A short centred note for when no system is shown (no selection, an error).
    QString message(const QString &text) const;
    // Style sheet for the QTextDocument the HTML goes into.
    QString styleSheet() const;

private:
    QString header(const SystemDetails &details) const;
    QString riskSection(const SystemDetails &details) const;
    QString ownershipSection(const SystemDetails &details) const;
    QString boundariesSection(const AiSystem &system) const;
    QString escalationSection(const SystemDetails &details) const;
    QString dataSection(const AiSystem &system) const;
    QString vendorSection(const SystemDetails &details) const;
    QString supportSection(const AiSystem &system) const;
    QString regulatorySection(const AiSystem &system) const;
    QString reviewSection(const SystemDetails &details) const;

    QString person(const SystemDetails &details, qint64 personId, bool withEmail = true) const;
    QString gap(const QString &text) const;
    QString textOrGap(const QString &text, const QString &gapText) const;
    QString answer(Answer value) const;
    QString rating(Rating value) const;
    QString tierBadge(RiskTier tier) const;
    QString date(const QDate &value) const;

    QPalette m_palette;
    QDate m_today;
};

} // namespace charter
