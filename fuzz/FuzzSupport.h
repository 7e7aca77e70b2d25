#pragma once

// Shared by the fuzz targets: quiet Qt, and a hard stop when a property the code
// documents does not hold (libFuzzer and the replay driver both report it as a crash).
#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace charter::fuzz {

inline void quietQt()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", message.toLocal8Bit().constData());
            std::abort();
        }
    });
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    // A deep copy in a heap block of exactly this size, so ASan sees any read past it.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

[[noreturn]] inline void violated(const char *property)
{
    std::fprintf(stderr, "fuzz property violated: %s\n", property);
    std::abort();
}

} // namespace charter::fuzz

#define CHARTER_FUZZ_REQUIRE(condition)                                                    \
    do {                                                                                   \
        if (!(condition))                                                                  \
            ::charter::fuzz::violated(#condition);                                         \
    } while (false)
