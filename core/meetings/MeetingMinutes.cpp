#include "MeetingMinutes.h"

#include "domain/EnumWords.h"
#include "domain/Workflow.h"

#include <QCoreApplication>
#include <QMap>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace charter {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("charter::MeetingMinutes", text);
}


// Appends lines in either format.
class MinutesText {
public:
    explicit MinutesText(MinutesFormat format) : m_markdown(format == MinutesFormat::Markdown) {}

    void title(const QString &text)
    {
        if (m_markdown)
            line(u"# "_s + text);
        else
            underlined(text, u'=');
        blank();
    }
    void heading(const QString &text)
    {
        if (m_markdown)
            line(u"## "_s + text);
        else
            underlined(text, u'-');
        blank();
    }
    void item(int number, const QString &text)
    {
        line(m_markdown ? u"### %1. %2"_s.arg(number).arg(text) : u"%1. %2"_s.arg(number).arg(text));
    }
    void field(const QString &label, const QString &value, const QString &indent = QString())
    {
        line(m_markdown ? u"%1- **%2:** %3"_s.arg(indent, label, value) : u"%1   %2: %3"_s.arg(indent, label, value));
    }
    void bullet(const QString &text) { line((m_markdown ? u"- "_s : u"  * "_s) + text); }
    void line(const QString &text) { m_text += text + u'\n'; }
    void blank() { m_text += u'\n'; }
    QString text() const { return m_text; }

private:
    void underlined(const QString &text, QChar mark)
    {
        line(text);
        line(QString(text.size(), mark));
    }

    bool m_markdown;
    QString m_text;
};

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

} // namespace

QString writeMinutes(const MinutesInput &input, MinutesFormat format)
{
    const Meeting &meeting = input.meeting;
    auto name = [&input](const QString &login) {
        const QString display = input.displayNames.value(login);
        return display.isEmpty() || display == login ? login : u"%1 (%2)"_s.arg(display, login);
    };
    auto names = [&name](const QStringList &logins) {
        QStringList result;
        for (const QString &login : logins)
            result << name(login);
        return result.join(u", "_s);
    };

    MinutesText out(format);
    out.title(tr("Minutes: %1, %2").arg(meeting.board, meeting.date.toString(Qt::ISODate)));
    out.field(tr("Meeting"), QString::number(meeting.id));
    out.field(tr("Status"), meeting.isOpen() ? tr("open (minutes are provisional until the meeting is closed)")
                                             : tr("closed on %1").arg(timeText(meeting.closedAt)));
    out.field(tr("Board members present"), input.boardMembers.isEmpty() ? tr("none") : names(input.boardMembers));
    QStringList others;
    for (const QString &login : meeting.attendees)
        if (!input.boardMembers.contains(login))
            others << login;
    if (!others.isEmpty())
        out.field(tr("Also attending"), names(others));
    out.blank();

    QHash<qint64, MeetingDecision> byItem;
    for (const MeetingDecision &decision : input.decisions)
        byItem.insert(decision.itemId, decision);

    out.heading(tr("Agenda and decisions"));
    if (input.agenda.isEmpty()) {
        out.line(tr("The agenda was empty."));
        out.blank();
    }
    QMap<int, int> outcomes;
    int undecided = 0;
    for (const AgendaItem &item : input.agenda) {
        out.item(item.position, u"%1 (%2)"_s.arg(item.title, enumLabel(item.kind)));
        if (!item.reason.isEmpty())
            out.field(tr("Why on the agenda"), item.reason);
        const auto found = byItem.constFind(item.id);
        if (found == byItem.cend()) {
            ++undecided;
            out.field(tr("Decision"), tr("none recorded"));
            out.blank();
            continue;
        }
        const MeetingDecision &decision = *found;
        outcomes[int(decision.outcome)] += 1;
        out.field(tr("Decision"), enumLabel(decision.outcome));
        if (!decision.conditions.isEmpty())
            out.field(tr("Conditions"), decision.conditions);
        out.field(tr("Rationale"), decision.rationale);
        out.field(tr("Decided by"), names(decision.boardMembers));
        out.field(tr("Recorded"), tr("%1 by %2").arg(timeText(decision.decidedAt), name(decision.recordedBy)));
        if (!decision.workflowState.isEmpty()) {
            const auto state = enumFromKey<WorkflowState>(decision.workflowState);
            out.field(tr("Workflow"), tr("now %1").arg(state ? enumInSentence(*state) : decision.workflowState));
        }
        out.blank();
    }

    out.heading(tr("Summary"));
    for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
        out.bullet(u"%1: %2"_s.arg(enumLabel(MeetingOutcome(it.key()))).arg(it.value()));
    out.bullet(QCoreApplication::translate("charter::MeetingMinutes", "%n item(s) without a decision", nullptr,
                                           undecided));
    return out.text();
}

} // namespace charter
