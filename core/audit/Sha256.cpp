#include "Sha256.h"

#include <algorithm>
#include <cstring>

#if (defined(__x86_64__) || defined(__i386__)) && (defined(__GNUC__) || defined(__clang__))
#define CHARTER_SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace charter {

namespace {

constexpr std::array<std::uint32_t, 64> RoundConstants = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

constexpr std::array<std::uint32_t, 8> InitialState = {
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
};

inline std::uint32_t rotr(std::uint32_t x, int n)
{
    return (x >> n) | (x << (32 - n));
}

inline std::uint32_t loadBigEndian(const std::uint8_t *p)
{
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8
         | std::uint32_t(p[3]);
}

// FIPS 180-4, section 6.2.2, one 64-byte block at a time.
void portableBlocks(std::uint32_t *state, const std::uint8_t *blocks, std::size_t count)
{
    std::uint32_t w[64];
    for (; count > 0; --count, blocks += 64) {
        for (int i = 0; i < 16; ++i)
            w[i] = loadBigEndian(blocks + 4 * i);
        for (int i = 16; i < 64; ++i) {
            const std::uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const std::uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
        std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
        for (int i = 0; i < 64; ++i) {
            const std::uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25))
                                   + ((e & f) ^ (~e & g)) + RoundConstants[i] + w[i];
            const std::uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22))
                                   + ((a & b) ^ (a & c) ^ (b & c));
            h = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        state[0] += a;
        state[1] += b;
        state[2] += c;
        state[3] += d;
        state[4] += e;
        state[5] += f;
        state[6] += g;
        state[7] += h;
    }
}

#ifdef CHARTER_SHA256_X86

// The SHA extensions work on the state as two registers, ABEF and CDGH, and do two
// rounds per sha256rnds2. Each group of four rounds consumes one register of the
// message schedule; from group 4 on, a register is derived from the four before it
// (W[t-16] + s0(W[t-15]) via msg1, + W[t-7] via alignr, + s1(W[t-2]) via msg2).
__attribute__((target("sha,sse4.1,ssse3")))
void shaNiBlocks(std::uint32_t *state, const std::uint8_t *blocks, std::size_t count)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(state + 4));
    const __m128i badc = _mm_shuffle_epi32(dcba, 0xB1);
    const __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(badc, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, badc, 0xF0);

    for (; count > 0; --count, blocks += 64) {
        const __m128i abefStart = abef;
        const __m128i cdghStart = cdgh;
        __m128i w[4];
#pragma GCC unroll 16
        for (int group = 0; group < 16; ++group) {
            __m128i &current = w[group & 3];
            if (group < 4) {
                current = _mm_shuffle_epi8(
                    _mm_loadu_si128(reinterpret_cast<const __m128i *>(blocks + 16 * group)), byteSwap);
            } else {
                const __m128i &minus3 = w[(group - 3) & 3];
                const __m128i &minus2 = w[(group - 2) & 3];
                const __m128i &minus1 = w[(group - 1) & 3];
                current = _mm_sha256msg2_epu32(
                    _mm_add_epi32(_mm_sha256msg1_epu32(current, minus3),
                                  _mm_alignr_epi8(minus1, minus2, 4)),
                    minus1);
            }
            __m128i wk = _mm_add_epi32(
                current, _mm_loadu_si128(reinterpret_cast<const __m128i *>(RoundConstants.data() + 4 * group)));
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk);
            wk = _mm_shuffle_epi32(wk, 0x0E);
            abef = _mm_sha256rnds2_epu32(abef, cdgh, wk);
        }
        abef = _mm_add_epi32(abef, abefStart);
        cdgh = _mm_add_epi32(cdgh, cdghStart);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state + 4), hgfe);
}

bool cpuHasShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool ssse3 = ecx & (1u << 9);
    const bool sse41 = ecx & (1u << 19);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    return ssse3 && sse41 && sha;
}

#endif

Sha256::BlockFunction fastestBlocks()
{
#ifdef CHARTER_SHA256_X86
    static const bool hardware = cpuHasShaExtensions();
    if (hardware)
        return shaNiBlocks;
#endif
    return portableBlocks;
}

} // namespace

Sha256::Sha256(Engine engine)
    : m_blocks(engine == Engine::Portable ? portableBlocks : fastestBlocks())
{
    reset();
}

bool Sha256::hardwareAccelerated()
{
    return fastestBlocks() != portableBlocks;
}

void Sha256::reset()
{
    m_state = InitialState;
    m_buffered = 0;
    m_length = 0;
}

void Sha256::addData(const void *data, std::size_t size)
{
    // An empty QByteArrayView has a null data(); memcpy from null is undefined even for 0 bytes.
    if (size == 0)
        return;
    auto *bytes = static_cast<const std::uint8_t *>(data);
    m_length += size;
    if (m_buffered > 0) {
        const std::size_t take = std::min(size, m_buffer.size() - m_buffered);
        std::memcpy(m_buffer.data() + m_buffered, bytes, take);
        m_buffered += take;
        bytes += take;
        size -= take;
        if (m_buffered < m_buffer.size())
            return;
        m_blocks(m_state.data(), m_buffer.data(), 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        const std::size_t blocks = size / 64;
        m_blocks(m_state.data(), bytes, blocks);
        bytes += blocks * 64;
        size -= blocks * 64;
    }
    if (size > 0) {
        std::memcpy(m_buffer.data(), bytes, size);
        m_buffered = size;
    }
}

Sha256::Digest Sha256::finish()
{
    const std::uint64_t bits = m_length * 8;
    m_buffer[m_buffered++] = 0x80;
    if (m_buffered > 56) {
        std::memset(m_buffer.data() + m_buffered, 0, m_buffer.size() - m_buffered);
        m_blocks(m_state.data(), m_buffer.data(), 1);
        m_buffered = 0;
    }
    std::memset(m_buffer.data() + m_buffered, 0, 56 - m_buffered);
    for (int i = 0; i < 8; ++i)
        m_buffer[56 + i] = std::uint8_t(bits >> (56 - 8 * i));
    m_blocks(m_state.data(), m_buffer.data(), 1);
    m_buffered = 0;

    Digest digest;
    for (std::size_t i = 0; i < 8; ++i) {
        digest[4 * i] = std::uint8_t(m_state[i] >> 24);
        digest[4 * i + 1] = std::uint8_t(m_state[i] >> 16);
        digest[4 * i + 2] = std::uint8_t(m_state[i] >> 8);
        digest[4 * i + 3] = std::uint8_t(m_state[i]);
    }
    return digest;
}

Sha256::Digest Sha256::hash(QByteArrayView data)
{
    Sha256 sha;
    sha.addData(data);
    return sha.finish();
}

} // namespace charter
