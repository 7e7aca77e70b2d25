<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SystemDetailHtml</name>
    <message numerus="yes">
        <source>%n unanswered questions:</source>
        <translation>
            <numerusform>%n unanswered questions:</numerusform>
            <numerusform>%n unanswered questions:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>within %n minutes</source>
        <translation>
            <numerusform>within %n minute</numerusform>
            <numerusform>within %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, overdue by %n days</source>
        <translation>
            <numerusform>%1, overdue by %n day</numerusform>
            <numerusform>%1, overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n months for this tier</source>
        <translation>
            <numerusform>Every month for this tier</numerusform>
            <numerusform>Every %n months for this tier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::AgendaBuilder</name>
    <message numerus="yes">
        <source>%n incident(s) recorded since %1 (highest severity: %2)</source>
        <translation>
            <numerusform>%n incident recorded since %1 (highest severity: %2)</numerusform>
            <numerusform>%n incidents recorded since %1 (highest severity: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n not acknowledged</numerusform>
            <numerusform>%n not acknowledged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n human override(s) recorded since %1. Latest: recommended &quot;%2&quot;, decided &quot;%3&quot;.</source>
        <translation>
            <numerusform>%n human override recorded since %1. Latest: recommended &quot;%2&quot;, decided &quot;%3&quot;.</numerusform>
            <numerusform>%n human overrides recorded since %1. Latest: recommended &quot;%2&quot;, decided &quot;%3&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract ends on %1 (in %n day(s)); </source>
        <translation>
            <numerusform>Contract ends on %1 (in %n day); </numerusform>
            <numerusform>Contract ends on %1 (in %n days); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) depend on it: %1.</source>
        <translation>
            <numerusform>%n system depends on it: %1.</numerusform>
            <numerusform>%n systems depend on it: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::AuditVerifier</name>
    <message numerus="yes">
        <source>%n entries were deleted</source>
        <translation>
            <numerusform>%n entry was deleted</numerusform>
            <numerusform>%n entries were deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more entries are affected (the last at entry %1).</source>
        <translation>
            <numerusform>... and %n more entry is affected (the last at entry %1).</numerusform>
            <numerusform>... and %n more entries are affected (the last at entry %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::AuditViewer</name>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries, root %1…</source>
        <translation>
            <numerusform>%n entry, root %1…</numerusform>
            <numerusform>%n entries, root %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verify found %n problem(s); each is listed below.</source>
        <translation>
            <numerusform>Verify found %n problem; it is listed below.</numerusform>
            <numerusform>Verify found %n problems; each is listed below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tree head of %n entries written to %1. Keep it: &apos;charter-cli verify --since&apos; proves later that nothing before it was changed.</source>
        <translation>
            <numerusform>Tree head of %n entry written to %1. Keep it: &apos;charter-cli verify --since&apos; proves later that nothing before it was changed.</numerusform>
            <numerusform>Tree head of %n entries written to %1. Keep it: &apos;charter-cli verify --since&apos; proves later that nothing before it was changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::DashboardView</name>
    <message numerus="yes">
        <source>%n system(s) as of %1. Click any number, bar, slice or point to see exactly those systems in the registry.</source>
        <translation>
            <numerusform>%n system as of %1. Click any number, bar, slice or point to see exactly those systems in the registry.</numerusform>
            <numerusform>%n systems as of %1. Click any number, bar, slice or point to see exactly those systems in the registry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n system(s)</source>
        <translation>
            <numerusform>%1: %n system</numerusform>
            <numerusform>%1: %n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 risk: %n system(s)</source>
        <translation>
            <numerusform>%1 risk: %n system</numerusform>
            <numerusform>%1 risk: %n systems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::EscalationTableModel</name>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::FirstRunDialog</name>
    <message numerus="yes">
        <source>Create it with the demo portfolio (%n fictional systems to explore)</source>
        <translation>
            <numerusform>Create it with the demo portfolio (%n fictional systems to explore)</numerusform>
            <numerusform>Create it with the demo portfolio (%n fictional systems to explore)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::ImportReport</name>
    <message numerus="yes">
        <source>%n system(s) read</source>
        <translation>
            <numerusform>%n system read</numerusform>
            <numerusform>%n systems read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n vendor</numerusform>
            <numerusform>%n vendors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) skipped</source>
        <translation>
            <numerusform>%n blank row skipped</numerusform>
            <numerusform>%n blank rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), each also noted on its system:</source>
        <translation>
            <numerusform>%n problem, each also noted on its system:</numerusform>
            <numerusform>%n problems, each also noted on its system:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::InboxDialog</name>
    <message numerus="yes">
        <source>%n item(s) waiting for %1, oldest first. Double-click to open the system.</source>
        <translation>
            <numerusform>%n item waiting for %1. Double-click to open the system.</numerusform>
            <numerusform>%n items waiting for %1, oldest first. Double-click to open the system.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::MainWindow</name>
    <message numerus="yes">
        <source>Created %1 with the demo portfolio: %n fictional systems to explore.</source>
        <translation>
            <numerusform>Created %1 with the demo portfolio: %n fictional systems to explore.</numerusform>
            <numerusform>Created %1 with the demo portfolio: %n fictional systems to explore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n systems</source>
        <translation>
            <numerusform>%1 of %n system</numerusform>
            <numerusform>%1 of %n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n systems</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n systems to %1.</source>
        <translation>
            <numerusform>Exported %n system to %1.</numerusform>
            <numerusform>Exported %n systems to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::MeetingListModel</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n attendee</numerusform>
            <numerusform>%n attendees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::MeetingMinutes</name>
    <message numerus="yes">
        <source>%n item(s) without a decision</source>
        <translation>
            <numerusform>%n item without a decision</numerusform>
            <numerusform>%n items without a decision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::MeetingsWindow</name>
    <message numerus="yes">
        <source>Meeting created with %n agenda item(s).</source>
        <translation>
            <numerusform>Meeting created with %n agenda item.</numerusform>
            <numerusform>Meeting created with %n agenda items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::MeetingsWorkspace</name>
    <message numerus="yes">
        <source>Board pack with %n agenda item(s) written to %1.</source>
        <translation>
            <numerusform>Board pack with %n agenda item written to %1.</numerusform>
            <numerusform>Board pack with %n agenda items written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) written to %1.</source>
        <translation>
            <numerusform>%n decision written to %1.</numerusform>
            <numerusform>%n decisions written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled review(s) written to %1.</source>
        <translation>
            <numerusform>%n scheduled review written to %1.</numerusform>
            <numerusform>%n scheduled reviews written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::MetricTile</name>
    <message numerus="yes">
        <source>Show these %n system(s) in the registry</source>
        <translation>
            <numerusform>Show this system in the registry</numerusform>
            <numerusform>Show these %n systems in the registry</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::OverviewSection</name>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::PersonEditor</name>
    <message numerus="yes">
        <source>Named in %n systems</source>
        <translation>
            <numerusform>Named in %n system</numerusform>
            <numerusform>Named in %n systems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::RegistryModel</name>
    <message numerus="yes">
        <source>%n questions answered &quot;unknown&quot;</source>
        <translation>
            <numerusform>%n question answered &quot;unknown&quot;</numerusform>
            <numerusform>%n questions answered &quot;unknown&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::RegistryScopeChip</name>
    <message numerus="yes">
        <source>%1 — %n system(s)</source>
        <translation>
            <numerusform>%1 — %n system</numerusform>
            <numerusform>%1 — %n systems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::RiskEngine</name>
    <message numerus="yes">
        <source>Vendor contract ends on %1 (in %n day(s))</source>
        <translation>
            <numerusform>Vendor contract ends on %1 (in %n day)</numerusform>
            <numerusform>Vendor contract ends on %1 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vendor contract ended on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Vendor contract ended on %1 (%n day ago)</numerusform>
            <numerusform>Vendor contract ended on %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vendor gives only %n day(s) of notice before retiring a model (policy: at least %1)</source>
        <translation>
            <numerusform>Vendor gives only %n day of notice before retiring a model (policy: at least %1)</numerusform>
            <numerusform>Vendor gives only %n days of notice before retiring a model (policy: at least %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review was due on %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Review was due on %1 (%n day overdue)</numerusform>
            <numerusform>Review was due on %1 (%n days overdue)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s) lack a named person or a response-time target</source>
        <translation>
            <numerusform>%n escalation step lack a named person or a response-time target</numerusform>
            <numerusform>%n escalation steps lack a named person or a response-time target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::RiskPanel</name>
    <message numerus="yes">
        <source>%n unanswered questions</source>
        <translation>
            <numerusform>%n unanswered question</numerusform>
            <numerusform>%n unanswered questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::SectionList</name>
    <message numerus="yes">
        <source>%1: %n unanswered questions</source>
        <translation>
            <numerusform>%1: %n unanswered question</numerusform>
            <numerusform>%1: %n unanswered questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::VendorEditor</name>
    <message numerus="yes">
        <source>%n systems depend on this vendor</source>
        <translation>
            <numerusform>%n system depends on this vendor</numerusform>
            <numerusform>%n systems depend on this vendor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::VendorSection</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::cli</name>
    <message numerus="yes">
        <source>%1 failed the integrity check (%n problem(s)). Restore it from a backup.</source>
        <translation>
            <numerusform>%1 failed the integrity check (%n problem). Restore it from a backup.</numerusform>
            <numerusform>%1 failed the integrity check (%n problems). Restore it from a backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed %n audit entries written before the trail was tamper-evident.</source>
        <translation>
            <numerusform>Sealed %n audit entry written before the trail was tamper-evident.</numerusform>
            <numerusform>Sealed %n audit entries written before the trail was tamper-evident.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sealed %n audit entries written before this version of Charter; their tree head covers them from now on.</source>
        <translation>
            <numerusform>Sealed %n audit entry written before this version of Charter; the tree head covers it from now on.</numerusform>
            <numerusform>Sealed %n audit entries written before this version of Charter; their tree head covers them from now on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 FAILED verification: %n finding(s).</source>
        <translation>
            <numerusform>%1 FAILED verification: %n finding.</numerusform>
            <numerusform>%1 FAILED verification: %n findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n audit entry</numerusform>
            <numerusform>%n audit entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message numerus="yes">
        <source>Loaded %n systems.</source>
        <translation>
            <numerusform>Loaded %n system.</numerusform>
            <numerusform>Loaded %n systems.</numerusform>
        </translation>
    </message>
</context>
</TS>
