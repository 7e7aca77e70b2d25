#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <functional>
#include <unordered_map>

namespace charter {

// Per-column memo of what a cell's text turned into. Spreadsheet columns repeat a
// handful of values (answers, business units), so each distinct text is normalised and
// allocated once, and equal cells share one implicitly shared QString. Lookups take a
// view: a hit allocates nothing. A column whose values do not repeat (names,
// references) switches the memo off after a trial, so it costs nothing there either.
// Not thread-safe.
template <typename Value>
class ImportCellCache {
public:
    // Longer texts are not memoised (descriptions rarely repeat).
    static constexpr qsizetype maxKeyLength = 80;

    const Value *find(QStringView key)
    {
        if (!m_enabled || key.size() > maxKeyLength)
            return nullptr;
        ++m_lookups;
        const auto it = m_map.find(key);
        if (it == m_map.end()) {
            if (m_lookups == kTrialLookups && m_hits * 4 < m_lookups)
                disable();
            return nullptr;
        }
        ++m_hits;
        return &it->second;
    }

    void insert(QStringView key, const Value &value)
    {
        if (!m_enabled || key.size() > maxKeyLength)
            return;
        if (m_map.size() >= kMaxEntries) // hostile files must not grow it without bound
            return;
        m_map.emplace(key.toString(), value);
    }

private:
    static constexpr qsizetype kTrialLookups = 512;
    static constexpr std::size_t kMaxEntries = 20000;

    struct ViewHash {
        using is_transparent = void;
        std::size_t operator()(QStringView text) const noexcept { return qHash(text); }
    };

    void disable()
    {
        m_enabled = false;
        m_map.clear();
    }

    std::unordered_map<QString, Value, ViewHash, std::equal_to<>> m_map;
    qsizetype m_lookups = 0;
    qsizetype m_hits = 0;
    bool m_enabled = true;
};

} // namespace charter
