#pragma once

#include <QtGlobal>

#include <span>

namespace charter {

// Small pseudo-random generator (xoshiro256**, seeded through splitmix64) with its own
// range mapping. Unlike std::*_distribution and QRandomGenerator::bounded, every
// number it gives is specified here, so a seed reproduces the same sequence on every
// compiler and platform. Not for anything security-related.
class Prng {
public:
    explicit Prng(quint64 seed)
    {
        for (quint64 &word : m_state)
            word = splitMix64(seed);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, bound), bound >= 1. Multiply-shift on the high 32 bits: the bias
    // (below 2^-32 * bound) is irrelevant for demo data, and there is no rejection loop.
    quint32 below(quint32 bound) { return quint32(((next() >> 32) * bound) >> 32); }

    // Uniform in [low, high], both inclusive.
    int between(int low, int high) { return low + int(below(quint32(high - low + 1))); }

    // True with a probability of permille / 1000.
    bool chance(int permille) { return int(below(1000)) < permille; }

    // Index drawn with the given relative weights (at least one weight > 0).
    int weighted(std::span<const int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = int(below(quint32(total)));
        for (int i = 0; i < int(weights.size()); ++i) {
            if (roll < weights[i])
                return i;
            roll -= weights[i];
        }
        return int(weights.size()) - 1;
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    static quint64 splitMix64(quint64 &x)
    {
        quint64 z = (x += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    quint64 m_state[4] = {};
};

} // namespace charter
