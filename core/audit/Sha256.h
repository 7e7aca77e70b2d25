#pragma once

#include <QByteArrayView>

#include <array>
#include <cstddef>
#include <cstdint>

namespace charter {

// Incremental SHA-256 (FIPS 180-4) for the audit trail's Merkle tree.
//
// Why not QCryptographicHash: verifying the audit trail hashes every entry, and Qt's
// portable SHA-256 runs at about half the speed of `sha256sum`, which alone would use
// up most of the "verify within 3x sha256sum" budget. This class uses the x86 SHA
// extensions (SHA-NI) when the processor has them and a portable implementation
// otherwise; tst_merkle_sha256 checks both against QCryptographicHash and the NIST
// vectors. It never allocates, so hashing millions of small entries costs no heap work.
//
// Threading: an instance is not shared between threads; the functions are reentrant.
class Sha256 {
public:
    static constexpr std::size_t DigestSize = 32;
    using Digest = std::array<std::uint8_t, DigestSize>;

    enum class Engine {
        Automatic, // SHA-NI when the processor has it, portable code otherwise
        Portable,  // always the portable code (tests and comparisons)
    };

    explicit Sha256(Engine engine = Engine::Automatic);

    void reset();
    void addData(const void *data, std::size_t size);
    void addData(QByteArrayView data) { addData(data.data(), std::size_t(data.size())); }
    void addByte(std::uint8_t byte) { addData(&byte, 1); }
    // Finishes the digest; call reset() before hashing a new message.
    Digest finish();

    static Digest hash(QByteArrayView data);

    // True when this machine hashes with the SHA extensions (for benchmarks' reports).
    static bool hardwareAccelerated();

    using BlockFunction = void (*)(std::uint32_t *state, const std::uint8_t *blocks,
                                   std::size_t count);

private:
    std::array<std::uint32_t, 8> m_state{};
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0; // bytes hashed so far
    BlockFunction m_blocks;
};

} // namespace charter
