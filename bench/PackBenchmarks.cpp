// Figure 6: the board pack for a 1,000-system agenda as PDF, against LibreOffice
// headless converting the same content (the pack as HTML) to PDF, in the same run.
#include "PackBenchmarks.h"

#include "interchange/DemoPortfolio.h"
#include "register/DemoHistory.h"
#include "register/RegisterService.h"
#include "reporting/BoardPackBuilder.h"
#include "reporting/BoardPackHtml.h"
#include "reporting/BoardPackPdf.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace charter::bench {

namespace {

constexpr int AgendaSystems = 1000;
// LibreOffice needs many minutes for the 1,000-brief pack; stop it here.
constexpr int LibreOfficeTimeout = 600;

// LibreOffice's program itself: soffice is a script that starts oosplash, which starts
// soffice.bin, so stopping soffice at the time limit would leave soffice.bin running.
QString findLibreOffice()
{
    for (const QString &name : {u"soffice"_s, u"libreoffice"_s}) {
        const QString path = QStandardPaths::findExecutable(name);
        if (path.isEmpty())
            continue;
        const QString binary = QFileInfo(QFileInfo(path).canonicalFilePath()).dir().filePath(u"soffice.bin"_s);
        return QFileInfo(binary).isExecutable() ? binary : path;
    }
    return QString();
}

} // namespace

QList<Figure> runPackBenchmark(const BenchConfig &config, Workspace &workspace)
{
    Figure build;
    build.id = u"6a"_s;
    build.title = u"board pack content, 1,000 agenda systems"_s;
    build.charterSide = u"BoardPackBuilder::build(): agenda, tiles, charts and 1,000 briefs from the database"_s;
    build.kind = Figure::Kind::Info;

    Figure pdf;
    pdf.id = u"6b"_s;
    pdf.title = u"board pack PDF, 1,000 agenda systems"_s;
    pdf.charterSide = u"database to PDF: BoardPackBuilder::build() + BoardPackPdf::render() (A4, charts, page N of M)"_s;
    pdf.kind = Figure::Kind::Absolute;
    pdf.target = 3;

    Figure versus = pdf;
    versus.id = u"6c"_s;
    versus.title = u"board pack PDF vs LibreOffice"_s;
    versus.baselineSide = u"soffice --headless --convert-to pdf of the same pack as HTML (BoardPackHtml)"_s;
    versus.kind = Figure::Kind::Ratio;
    versus.target = 0.25;

    // A register of 1,000 systems with the demo history, all of them on the agenda.
    const QString path = workspace.file(u"pack.db"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
    progress(u"Storing a %1-system demo register with its history for the board pack"_s.arg(AgendaSystems));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    if (!db) {
        build.error = pdf.error = versus.error = db.error().message;
        return {build, pdf, versus};
    }
    RegisterService service(**db, WriteContext{u"charter-bench"_s, {}});
    service.setToday(config.anchorDate);
    PortfolioImportOptions options;
    options.keepIds = true;
    QList<qint64> ids;
    for (int i = 1; i <= AgendaSystems; ++i)
        ids.append(i);
    Status stored = service.initialise();
    if (stored) {
        Result<PortfolioImportSummary> imported
            = service.importPortfolio(generateDemoPortfolio(AgendaSystems, config.seed, config.anchorDate), options);
        stored = Status::fromResult(imported);
    }
    if (stored)
        stored = Status::fromResult(DemoHistory::generate(service, ids, config.seed));
    if (!stored) {
        build.error = pdf.error = versus.error = stored.error().message;
        return {build, pdf, versus};
    }

    BoardPackMeeting meeting;
    meeting.board = u"AI governance board"_s;
    for (const qint64 id : ids)
        meeting.agenda.append(PackAgendaItem{id, QString(), RiskTier::Low, WorkflowState::Draft, {u"Annual review"_s}});

    progress(u"Building the board pack content (%1 briefs) and rendering it as PDF"_s.arg(AgendaSystems));
    std::optional<BoardPack> pack;
    QByteArray lastPdf;
    Samples renderOnly;
    for (int run = 0; run < std::min(config.repetitions, 3); ++run) {
        const Sample built = timeInProcess([&] {
            Result<BoardPack> result = BoardPackBuilder(service).build(meeting);
            if (result)
                pack = std::move(*result);
            else
                build.error = result.error().message;
        });
        build.charter.runs.append(built);
        if (!pack) {
            pdf.error = versus.error = build.error;
            return {build, pdf, versus};
        }
        QByteArray bytes;
        const Sample rendered = timeInProcess([&] {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            if (Status status = BoardPackPdf::render(*pack, &buffer); !status)
                pdf.error = status.error().message;
        });
        renderOnly.runs.append(rendered);
        pdf.charter.runs.append(Sample{built.wall + rendered.wall, built.cpu + rendered.cpu});
        lastPdf = bytes;
    }
    const QString pdfPath = workspace.file(u"pack.pdf"_s);
    QFile pdfFile(pdfPath);
    if (pdfFile.open(QIODevice::WriteOnly))
        pdfFile.write(lastPdf);
    pdf.note = u"%1 MB PDF, written to %2"_s.arg(double(lastPdf.size()) / 1e6, 0, 'f', 1).arg(pdfPath);
    versus.charterSide = u"BoardPackPdf::render() of the pack content (the PDF alone)"_s;
    versus.charter = renderOnly;
    versus.error = pdf.error;

    const QString soffice = findLibreOffice();
    if (soffice.isEmpty()) {
        versus.kind = Figure::Kind::Info;
        versus.note = u"LibreOffice not installed: baseline skipped (make bench-deps installs it)"_s;
        return {build, pdf, versus};
    }
    const QString htmlPath = workspace.file(u"pack.html"_s);
    if (Status status = BoardPackHtml::write(*pack, htmlPath); !status) {
        versus.error = status.error().message;
        return {build, pdf, versus};
    }
    progress(u"LibreOffice headless: converting the same pack from HTML to PDF (slow)"_s);
    const QString outDir = workspace.file(u"libreoffice"_s);
    ProcessRun convert;
    convert.program = soffice;
    // Its own profile, so a desktop LibreOffice that is running does not take the job.
    convert.arguments = {u"-env:UserInstallation=file://"_s + workspace.file(u"lo-profile"_s), u"--headless"_s,
                         u"--convert-to"_s, u"pdf:writer_web_pdf_Export"_s, u"--outdir"_s, outDir, htmlPath};
    // A first, tiny conversion creates the profile; it is not counted.
    const QString warmUp = workspace.file(u"warm-up.html"_s);
    if (Status status = writeFileAtomically(warmUp, "<html><body><p>warm-up</p></body></html>"); !status) {
        versus.error = status.error().message;
        return {build, pdf, versus};
    }
    ProcessRun first = convert;
    first.arguments.last() = warmUp;
    runProcess(first);
    const ProcessResult result = runProcess(convert, LibreOfficeTimeout);
    // Stopped at the time limit, LibreOffice took at least that long: the figure keeps
    // the limit as its baseline, so the ratio is an upper bound.
    const bool timedOut = !result.ok && result.sample.wall >= LibreOfficeTimeout;
    if (timedOut) {
        versus.baseline.runs.append(Sample{result.sample.wall, result.sample.cpu});
        versus.note = u"LibreOffice did not finish within %1 s and was stopped: its time is at least that, "
                      "the ratio at most the one shown (%2 MB of HTML)"_s
                          .arg(LibreOfficeTimeout)
                          .arg(double(QFileInfo(htmlPath).size()) / 1e6, 0, 'f', 1);
        return {build, pdf, versus};
    }
    if (!result.ok || !QFileInfo::exists(outDir + u"/pack.pdf"_s)) {
        versus.error = result.ok ? u"LibreOffice wrote no PDF"_s : result.problem;
        return {build, pdf, versus};
    }
    versus.baseline.runs.append(result.sample);
    versus.note = u"LibreOffice: %1 MB of HTML in, %2 MB of PDF out"_s
                      .arg(double(QFileInfo(htmlPath).size()) / 1e6, 0, 'f', 1)
                      .arg(double(QFileInfo(outDir + u"/pack.pdf"_s).size()) / 1e6, 0, 'f', 1);
    return {build, pdf, versus};
}

} // namespace charter::bench
