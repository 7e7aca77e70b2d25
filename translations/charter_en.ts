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
    <name>charter::cli</name>
    <message numerus="yes">
        <source>%1 failed the integrity check (%n problem(s)). Restore it from a backup.</source>
        <translation>
            <numerusform>%1 failed the integrity check (%n problem). Restore it from a backup.</numerusform>
            <numerusform>%1 failed the integrity check (%n problems). Restore it from a backup.</numerusform>
        </translation>
    </message>
</context>
</TS>
