#pragma once

#include "RegistryRow.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QSet>
#include <QString>
#include <QStringView>

namespace charter {

// Which systems a reviewer wants to see: the text typed into the filter field plus the
// quick filters (risk tier, lifecycle, "has gaps", "review overdue", "no accountable
// owner"). All parts combine with AND; within tiers and within lifecycles any checked
// value passes (OR). An empty filter passes every row.
struct RegistryFilter {
    QString text;            // as typed; matched case-insensitively (registryRowMatches)
    quint32 tiers = 0;       // bit (1 << int(RiskTier)) per tier shown; 0 = any tier
    quint32 lifecycles = 0;  // bit (1 << int(Lifecycle)) per stage shown; 0 = any
    bool hasGaps = false;            // at least one question answered "unknown"
    bool reviewOverdue = false;      // next review scheduled before today
    bool noAccountableOwner = false; // nobody named accountable owner
    // An explicit scope: only these systems (a dashboard tile or chart element clicked
    // through), named by SCOPELABEL for the registry's removable chip. Empty = no scope.
    // Not part of quick filters or saved views: it is a moment's question, not a view.
    QSet<qint64> systemIds{};
    QString scopeLabel{};

    static constexpr quint32 bit(RiskTier tier) { return 1u << unsigned(tier); }
    static constexpr quint32 bit(Lifecycle lifecycle) { return 1u << unsigned(lifecycle); }

    bool hasQuickFilters() const
    {
        return tiers != 0 || lifecycles != 0 || hasGaps || reviewOverdue || noAccountableOwner;
    }
    bool hasScope() const { return !systemIds.isEmpty(); }
    bool isEmpty() const { return text.trimmed().isEmpty() && !hasQuickFilters() && !hasScope(); }
    // Number of quick filters switched on (a tier or lifecycle set counts once).
    int quickFilterCount() const;

    // Compact, stable text form of the quick filters for settings and saved views:
    // "tiers=high,critical;lifecycles=production;gaps;overdue;noowner". The text is not
    // part of it. Unknown parts are ignored when reading, so newer forms degrade.
    QString quickFiltersToString() const;
    static RegistryFilter quickFiltersFromString(QStringView text);

    bool operator==(const RegistryFilter &) const = default;
};

// A RegistryFilter prepared for matching many rows: the needle is folded once, the
// reference date fixed. Matching allocates nothing, so it can run for every row of a
// large register on every keystroke.
class RegistryMatcher
{
public:
    RegistryMatcher() = default;
    RegistryMatcher(const RegistryFilter &filter, const QDate &today);

    bool isEmpty() const { return m_needle.isEmpty() && !m_quick; }
    bool hasQuickFilters() const { return m_quick; }
    // The text filter, trimmed and case-folded; as UTF-8 for registrySearchText().
    const QString &needle() const { return m_needle; }
    const QByteArray &needleUtf8() const { return m_needleUtf8; }

    // The quick filters only.
    bool quickMatches(const RegistryRow &row) const;
    // Quick filters and text.
    bool matches(const RegistryRow &row) const
    {
        return quickMatches(row) && (m_needle.isEmpty() || registryRowMatches(row, m_needle));
    }
    // The same, with the row's searchable text already folded by appendRegistrySearchText():
    // a plain byte search, several times faster than folding during the comparison.
    bool matches(const RegistryRow &row, QByteArrayView foldedSearchText) const;

    // True when every row this matcher passes is also passed by OTHER: same quick
    // filters and a needle that contains OTHER's (typing one more character). A view
    // can then test only the rows OTHER passed.
    bool narrows(const RegistryMatcher &other) const;

private:
    RegistryFilter m_filter;
    QString m_needle; // trimmed, case-folded
    QByteArray m_needleUtf8;
    QDate m_today;
    bool m_quick = false;
};

// Appends the searchable columns of ROW (name, reference, business unit, owner, vendor)
// to OUT, case-folded, as UTF-8, each followed by U+001F (a character no needle holds).
// A byte search for RegistryMatcher::needleUtf8() in it is a case-insensitive search in
// the columns: UTF-8 never matches in the middle of a character. Returns the length in
// bytes of the folded name, which comes first.
qsizetype appendRegistrySearchText(const RegistryRow &row, QByteArray &out);

// Finds NEEDLE in HAYSTACK from FROM (memmem where the C library has it); -1 if absent.
qsizetype findBytes(QByteArrayView haystack, qsizetype from, QByteArrayView needle);

} // namespace charter
