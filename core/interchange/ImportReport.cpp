#include "ImportReport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',': return QCoreApplication::translate("charter::ImportReport", "comma-separated");
    case u';': return QCoreApplication::translate("charter::ImportReport", "semicolon-separated");
    case u'\t': return QCoreApplication::translate("charter::ImportReport", "tab-separated");
    default:
        return QCoreApplication::translate("charter::ImportReport", "separated by \u201c%1\u201d")
            .arg(delimiter);
    }
}

QString counted(const char *text, qsizetype n)
{
    return QCoreApplication::translate("charter::ImportReport", text, nullptr, int(n));
}

// OMB headers are whole questions; a summary line needs only their start.
QString shortened(const QString &header)
{
    constexpr qsizetype maxLength = 60;
    return header.size() <= maxLength ? header : header.left(maxLength - 1) + u'\u2026';
}

} // namespace

QString ImportIssue::toText() const
{
    const QString where = reference.isEmpty()
        ? QCoreApplication::translate("charter::ImportReport", "line %1").arg(line)
        : QCoreApplication::translate("charter::ImportReport", "line %1 [%2]")
              .arg(line)
              .arg(reference);
    if (field.isEmpty())
        return QCoreApplication::translate("charter::ImportReport", "%1: %2").arg(where, message);
    return QCoreApplication::translate("charter::ImportReport", "%1 %2: %3")
        .arg(where, field, message);
}

QString ImportReport::toText() const
{
    QStringList lines;
    lines << QCoreApplication::translate("charter::ImportReport",
                                         "Import of %1: profile %2, %3, %4, header on line %5.")
                 .arg(fileName, profile, encoding, delimiterName(delimiter))
                 .arg(headerLine);
    lines
        << QCoreApplication::translate("charter::ImportReport", "%1, %2, %3, %4.")
               .arg(counted(QT_TRANSLATE_N_NOOP("charter::ImportReport", "%n system(s) read"),
                            records),
                    counted(QT_TRANSLATE_N_NOOP("charter::ImportReport", "%n vendor(s)"), vendors),
                    counted(QT_TRANSLATE_N_NOOP("charter::ImportReport", "%n person(s)"), people),
                    counted(QT_TRANSLATE_N_NOOP("charter::ImportReport", "%n blank row(s) skipped"),
                            blankRows));
    QStringList used;
    for (const ImportColumnUse &column : columns)
        used << u"%1 \u2192 %2"_s.arg(shortened(column.header), column.field);
    lines << QCoreApplication::translate("charter::ImportReport", "Columns used: %1")
                 .arg(used.isEmpty() ? QCoreApplication::translate("charter::ImportReport", "none")
                                     : used.join(u"; "_s));
    QStringList unused;
    for (const QString &header : unusedColumns)
        unused << shortened(header);
    if (!unused.isEmpty())
        lines << QCoreApplication::translate("charter::ImportReport", "Columns not imported: %1")
                     .arg(unused.join(u"; "_s));
    if (issues.isEmpty()) {
        lines << QCoreApplication::translate("charter::ImportReport", "No problems found.");
    } else {
        lines << counted(QT_TRANSLATE_N_NOOP("charter::ImportReport",
                                             "%n problem(s), each also noted on its system:"),
                         issues.size());
        for (const ImportIssue &issue : issues)
            lines << u"  "_s + issue.toText();
    }
    return lines.join(u'\n') + u'\n';
}

} // namespace charter
