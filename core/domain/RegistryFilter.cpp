#include "RegistryFilter.h"

#include <QStringList>

#include <cstring>
#include <string_view>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

constexpr QChar FieldSeparator = QChar(0x1f);
constexpr QChar RowSeparator = QChar(0x1e);

template <typename E>
QString maskToKeys(quint32 mask)
{
    QStringList keys;
    for (const auto &entry : enumEntries<E>()) {
        if (mask & (1u << unsigned(entry.value)))
            keys << QString::fromLatin1(entry.key);
    }
    return keys.join(u',');
}

template <typename E>
quint32 keysToMask(QStringView keys)
{
    quint32 mask = 0;
    for (QStringView key : keys.split(u',', Qt::SkipEmptyParts)) {
        if (const std::optional<E> value = enumFromKey<E>(key.toString()))
            mask |= 1u << unsigned(*value);
    }
    return mask;
}

} // namespace

int RegistryFilter::quickFilterCount() const
{
    return int(tiers != 0) + int(lifecycles != 0) + int(hasGaps) + int(reviewOverdue)
        + int(noAccountableOwner);
}

QString RegistryFilter::quickFiltersToString() const
{
    QStringList parts;
    if (tiers != 0)
        parts << u"tiers="_s + maskToKeys<RiskTier>(tiers);
    if (lifecycles != 0)
        parts << u"lifecycles="_s + maskToKeys<Lifecycle>(lifecycles);
    if (hasGaps)
        parts << u"gaps"_s;
    if (reviewOverdue)
        parts << u"overdue"_s;
    if (noAccountableOwner)
        parts << u"noowner"_s;
    return parts.join(u';');
}

RegistryFilter RegistryFilter::quickFiltersFromString(QStringView text)
{
    RegistryFilter filter;
    for (QStringView part : text.split(u';', Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.startsWith(u"tiers="))
            filter.tiers = keysToMask<RiskTier>(part.mid(6));
        else if (part.startsWith(u"lifecycles="))
            filter.lifecycles = keysToMask<Lifecycle>(part.mid(11));
        else if (part == u"gaps")
            filter.hasGaps = true;
        else if (part == u"overdue")
            filter.reviewOverdue = true;
        else if (part == u"noowner")
            filter.noAccountableOwner = true;
    }
    return filter;
}

RegistryMatcher::RegistryMatcher(const RegistryFilter &filter, const QDate &today)
    : m_filter(filter)
    , m_needle(filter.text.trimmed().toCaseFolded())
    , m_today(today)
    , m_quick(filter.hasQuickFilters() || filter.hasScope())
{
    m_needle.remove(FieldSeparator);
    m_needle.remove(RowSeparator);
    m_needleUtf8 = m_needle.toUtf8();
    m_filter.text.clear(); // the needle stands for it
}

bool RegistryMatcher::quickMatches(const RegistryRow &row) const
{
    if (!m_quick)
        return true;
    if (!m_filter.systemIds.isEmpty() && !m_filter.systemIds.contains(row.id))
        return false;
    if (m_filter.tiers != 0 && !(m_filter.tiers & RegistryFilter::bit(row.riskTier)))
        return false;
    if (m_filter.lifecycles != 0 && !(m_filter.lifecycles & RegistryFilter::bit(row.lifecycle)))
        return false;
    if (m_filter.hasGaps && row.gapCount <= 0)
        return false;
    if (m_filter.noAccountableOwner && !row.accountableOwner.isEmpty())
        return false;
    if (m_filter.reviewOverdue
        && !(row.nextReview.isValid() && m_today.isValid() && row.nextReview < m_today))
        return false;
    return true;
}

bool RegistryMatcher::matches(const RegistryRow &row, QByteArrayView foldedSearchText) const
{
    return quickMatches(row)
        && (m_needleUtf8.isEmpty() || findBytes(foldedSearchText, 0, m_needleUtf8) >= 0);
}

bool RegistryMatcher::narrows(const RegistryMatcher &other) const
{
    return m_filter == other.m_filter && m_today == other.m_today
        && m_needle.contains(other.m_needle);
}

namespace {

// Appends TEXT folded as UTF-8: ASCII by arithmetic, anything else through Qt.
void appendFolded(const QString &text, QByteArray &out)
{
    const auto *data = reinterpret_cast<const char16_t *>(text.constData());
    const qsizetype size = text.size();
    bool ascii = true;
    for (qsizetype i = 0; i < size && ascii; ++i)
        ascii = data[i] < 0x80;
    if (!ascii) {
        out += text.toCaseFolded().toUtf8();
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + size);
    char *dest = out.data() + start;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = data[i];
        dest[i] = char(c >= u'A' && c <= u'Z' ? c + 32 : c);
    }
}

} // namespace

qsizetype appendRegistrySearchText(const RegistryRow &row, QByteArray &out)
{
    const qsizetype start = out.size();
    appendFolded(row.name, out);
    const qsizetype nameLength = out.size() - start;
    out += char(FieldSeparator.unicode());
    for (const QString *field : {&row.externalReference, &row.businessUnit, &row.accountableOwner,
                                 &row.vendor}) {
        appendFolded(*field, out);
        out += char(FieldSeparator.unicode());
    }
    return nameLength;
}

qsizetype findBytes(QByteArrayView haystack, qsizetype from, QByteArrayView needle)
{
    if (from < 0 || from > haystack.size())
        return -1;
    if (needle.isEmpty())
        return from;
#if defined(__GLIBC__)
    const void *hit = memmem(haystack.data() + from, size_t(haystack.size() - from), needle.data(),
                             size_t(needle.size()));
    return hit ? static_cast<const char *>(hit) - haystack.data() : -1;
#else
    const std::string_view hay(haystack.data(), size_t(haystack.size()));
    const size_t hit = hay.find(std::string_view(needle.data(), size_t(needle.size())), size_t(from));
    return hit == std::string_view::npos ? -1 : qsizetype(hit);
#endif
}

} // namespace charter
