#include "Logging.h"

#include "AppPaths.h"

#include <QDir>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <vector>

namespace charter {

namespace {

void routeQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const std::string text = message.toStdString();
    const char *category = context.category ? context.category : "qt";
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("[{}] {}", category, text);
        break;
    case QtInfoMsg:
        spdlog::info("[{}] {}", category, text);
        break;
    case QtWarningMsg:
        spdlog::warn("[{}] {}", category, text);
        break;
    case QtCriticalMsg:
        spdlog::error("[{}] {}", category, text);
        break;
    case QtFatalMsg:
        spdlog::critical("[{}] {}", category, text);
        spdlog::shutdown();
        std::abort();
    }
}

} // namespace

void setupLogging(const QString &programName, bool verbose)
{
    constexpr std::size_t MaxFileBytes = 5 * 1024 * 1024;
    constexpr std::size_t MaxFiles = 3;

    std::vector<spdlog::sink_ptr> sinks;
    const QString directory = logDirectory();
    if (QDir().mkpath(directory)) {
        try {
            const QString file = directory + QLatin1Char('/') + programName + QLatin1String(".log");
            auto fileSink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), MaxFileBytes, MaxFiles);
            fileSink->set_level(spdlog::level::debug);
            sinks.push_back(fileSink);
        } catch (const spdlog::spdlog_ex &) {
            // An unwritable log file must not stop Charter; stderr below still works.
        }
    }
    auto stderrSink = std::make_shared<spdlog::sinks::stderr_sink_mt>();
    stderrSink->set_level(verbose ? spdlog::level::debug : spdlog::level::off);
    sinks.push_back(stderrSink);

    auto logger = std::make_shared<spdlog::logger>(programName.toStdString(), sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ [%n] %v");
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    qInstallMessageHandler(routeQtMessage);
}

} // namespace charter
