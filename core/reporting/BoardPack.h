#pragma once

#include "domain/Enums.h"
#include "domain/Workflow.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace charter {

// The board pack's content, plain and already translated: what the PDF, HTML and
// Markdown renderers lay out, so all three say the same thing. Filled by
// BoardPackBuilder from the services; renderers never touch the database.

// One summary number ("Waiting for a decision: 7").
struct PackTile {
    QString label;
    int value = 0;
    QString note; // one line under the number; may be empty
    bool alert = false; // a gap or something overdue: drawn in the warning colour
};

// One named row of numbers of a bar or stacked-bar chart (one value per category).
struct PackSeries {
    QString name;
    QList<double> values;
};

// One point of a scatter chart.
struct PackPoint {
    double x = 0;
    double y = 0;
    QString label;  // e.g. the system's name; drawn next to the point when there is room
    int group = 0;  // index into PackChart::series (its name is the legend entry)
    int weight = 1; // systems at this position: larger dot, the number drawn inside when > 1
};

struct PackChart {
    enum class Kind { Bar, StackedBar, Scatter };
    Kind kind = Kind::Bar;
    QString title;
    QString xLabel;
    QString yLabel;
    QStringList categories;   // bar and stacked bar: one per bar
    QList<PackSeries> series; // bar: one series; stacked: one per stack segment; scatter: groups (names only)
    QList<PackPoint> points;  // scatter only
    double xMax = 0;          // scatter only: axis ranges (0 = from the data)
    double yMax = 0;
};

// Why a system is on the agenda, in order of the pack.
struct PackAgendaItem {
    qint64 systemId = 0; // 0 = not about one system (a vendor, a topic added by hand): no brief
    QString systemName;
    RiskTier tier = RiskTier::Low;
    WorkflowState state = WorkflowState::Draft;
    QStringList reasons; // e.g. "Waiting for a board decision", "Re-review overdue since 2026-09-01"
};

// A labelled value of a brief ("Accountable owner: Priya Shah (priya.shah@...)").
struct PackField {
    QString label;
    QString value;
    bool gap = false; // unknown or missing: a visible gap
};

struct PackHistoryEntry {
    qint64 seq = 0;       // audit sequence number: provable against the tree head
    QDateTime at;
    QString actor;
    QString what;         // "workflow: approve — reason", "system: update"
};

// Everything the board reads about one agenda system, on one page.
struct PackBrief {
    int agendaNumber = 0; // 1-based position of its agenda item
    qint64 systemId = 0;
    QString name;
    QString purpose;
    QString businessUnit;
    QString lifecycle;
    QString state;     // workflow state label
    RiskTier tier = RiskTier::Low;
    int score = 0;
    int completeness = 0;
    QStringList agendaReasons;

    QList<PackField> owners;
    QList<PackField> boundaries;  // label = decision, value = influence and intervention
    QList<PackField> escalation;  // label = severity, value = steps
    QList<PackField> vendor;      // profile dimensions; empty list = no vendor
    QString vendorName;
    QList<PackField> riskFactors; // label = points, value = sentence
    QStringList unknowns;
    QStringList openSignOffs;     // what is still missing; empty = complete or not in review
    QString approval;             // last approval, conditions, expiry; empty = never approved
    QDate lastReview;             // history is shown since this date (invalid = all)
    QList<PackHistoryEntry> history; // newest last
    int historyOmitted = 0;          // older entries since the review that did not fit
    QStringList decisions;        // recorded in the meeting
};

struct PackTreeHead {
    qint64 size = 0;
    QString rootHex;
    QString time;
};

struct BoardPack {
    QString title;
    QString organisation;  // may be empty
    QDate meetingDate;
    QString board;
    QStringList attendees;
    QString meetingReference; // e.g. "Meeting 3"; empty for the standing agenda
    QDateTime generatedAt;
    QString generatedBy;

    QList<PackTile> tiles;
    QList<PackChart> charts;
    QList<PackAgendaItem> agenda;
    QList<PackBrief> briefs; // one per agenda item, same order
    QStringList minutes;     // empty until decisions are recorded
    PackTreeHead treeHead;
    QString proofNote; // how to prove later changes against the tree head
};

// Display helpers shared by the renderers.
QString packTierLabel(RiskTier tier);
QString packDate(const QDate &date);          // ISO 8601 (2026-11-26); "—" when invalid
QString packDateTime(const QDateTime &time);  // "2026-11-26 17:00 UTC"
// REASONS as one sentence list: "; " between them, a space after one that ends a sentence.
QString packReasons(const QStringList &reasons);
// Writes BYTES to PATH atomically (QSaveFile); InvalidInput naming the file on failure.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace charter
