<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BoardExportJobs</name>
    <message>
        <source>Gathering the briefs…</source>
        <translation>Kurzberichte werden zusammengestellt…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Register wird gelesen…</translation>
    </message>
</context>
<context>
    <name>EditorForms</name>
    <message>
        <source>Unknown — a gap</source>
        <translation>Unbekannt – eine Lücke</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>InterchangeJobs</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB; split it into smaller files.</source>
        <translation>%1 ist größer als 512 MiB; teilen Sie die Datei in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Checking the portfolio in %1…</source>
        <translation>Das Portfolio in %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Previewing %1…</source>
        <translation>Vorschau von %1…</translation>
    </message>
    <message>
        <source>Trying the import of %1 (nothing is stored yet)…</source>
        <translation>Import von %1 wird erprobt (noch wird nichts gespeichert)…</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Register wird geöffnet…</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Storing the systems of %1…</source>
        <translation>Die Systeme aus %1 werden gespeichert…</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Register wird gelesen…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>RegisterLoader</name>
    <message>
        <source>%1 already exists. Open it, or choose a new file name for the new database.</source>
        <translation>%1 existiert bereits. Öffnen Sie die Datei oder wählen Sie einen neuen Dateinamen für die neue Datenbank.</translation>
    </message>
    <message>
        <source>Demo portfolio created by Charter</source>
        <translation>Von Charter erstelltes Demo-Portfolio</translation>
    </message>
</context>
<context>
    <name>SystemDetailHtml</name>
    <message>
        <source>Unnamed system</source>
        <translation>Unbenanntes System</translation>
    </message>
    <message>
        <source>Business unit unknown</source>
        <translation>Geschäftsbereich unbekannt</translation>
    </message>
    <message>
        <source>Lifecycle unknown</source>
        <translation>Lebenszyklus unbekannt</translation>
    </message>
    <message>
        <source>Deployment unknown</source>
        <translation>Bereitstellung unbekannt</translation>
    </message>
    <message>
        <source>Purpose not described</source>
        <translation>Zweck nicht beschrieben</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>%1 % vollständig</translation>
    </message>
    <message>
        <source>policy version %1</source>
        <translation>Richtlinienversion&#xa0;%1</translation>
    </message>
    <message>
        <source>No risk factor is raised.</source>
        <translation>Kein Risikofaktor ist erhöht.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>1 unanswered question:</source>
        <translation>1 offene Frage:</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered questions:</source>
        <translation>
            <numerusform>%n offene Frage:</numerusform>
            <numerusform>%n offene Fragen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk explanation</source>
        <translation>Risikoerläuterung</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlicher Verantwortlicher</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technischer Verantwortlicher</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Verantwortlicher für den Support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>IT-Ansprechpartner</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Entscheidungsgrenzen</translation>
    </message>
    <message>
        <source>No decision boundaries documented</source>
        <translation>Keine Entscheidungsgrenzen dokumentiert</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Human intervention</source>
        <translation>Menschliches Eingreifen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Not described</source>
        <translation>Nicht beschrieben</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>No escalation path</source>
        <translation>Kein Eskalationspfad</translation>
    </message>
    <message>
        <source>channel unknown</source>
        <translation>Kanal unbekannt</translation>
    </message>
    <message>
        <source>response time unknown</source>
        <translation>Reaktionszeit unbekannt</translation>
    </message>
    <message>
        <source>within 1 minute</source>
        <translation>innerhalb von 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>within %n minutes</source>
        <translation>
            <numerusform>innerhalb von %n Minute</numerusform>
            <numerusform>innerhalb von %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Production data</source>
        <translation>Produktionsdaten</translation>
    </message>
    <message>
        <source>Safety-related</source>
        <translation>Sicherheitsrelevant</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Datenresidenz</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Zugriffsumfang</translation>
    </message>
    <message>
        <source>External processing</source>
        <translation>Externe Verarbeitung</translation>
    </message>
    <message>
        <source>Cloud connectivity</source>
        <translation>Cloud-Anbindung</translation>
    </message>
    <message>
        <source>Credential handling</source>
        <translation>Umgang mit Zugangsdaten</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Data and security</source>
        <translation>Daten und Sicherheit</translation>
    </message>
    <message>
        <source>It is not known whether a vendor is involved</source>
        <translation>Es ist nicht bekannt, ob ein Anbieter beteiligt ist</translation>
    </message>
    <message>
        <source>Built in-house: no vendor involved</source>
        <translation>Eigenentwicklung: kein Anbieter beteiligt</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>The vendor profile is missing</source>
        <translation>Das Anbieterprofil fehlt</translation>
    </message>
    <message>
        <source>(ended)</source>
        <translation>(beendet)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unnamed vendor</source>
        <translation>Unbenannter Anbieter</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Fortbestand</translation>
    </message>
    <message>
        <source>Roadmap stability</source>
        <translation>Stabilität der Roadmap</translation>
    </message>
    <message>
        <source>Support maturity</source>
        <translation>Reife des Supports</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Datenportabilität</translation>
    </message>
    <message>
        <source>Security attestations</source>
        <translation>Sicherheitsnachweise</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Deprecation notice</source>
        <translation>Abkündigungsfrist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Vendor profile</source>
        <translation>Anbieterprofil</translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation>Gepflegt von</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Issue escalation</source>
        <translation>Eskalation von Problemen</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>EU AI Act category</source>
        <translation>Kategorie nach EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>EU AI Act role</source>
        <translation>Rolle nach EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>US OMB high-impact</source>
        <translation>US-OMB: hohe Auswirkung</translation>
    </message>
    <message>
        <source>Regulatory classification</source>
        <translation>Regulatorische Einstufung</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>%1, overdue by 1 day</source>
        <translation>%1, seit 1 Tag überfällig</translation>
    </message>
    <message numerus="yes">
        <source>%1, overdue by %n days</source>
        <translation>
            <numerusform>%1, seit %n Tag überfällig</numerusform>
            <numerusform>%1, seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prüftermin</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>Prüfintervall</translation>
    </message>
    <message>
        <source>Every month for this tier</source>
        <translation>Monatlich für diese Stufe</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months for this tier</source>
        <translation>
            <numerusform>Jeden Monat für diese Stufe</numerusform>
            <numerusform>Alle %n Monate für diese Stufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importhinweise</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Nicht benannt</translation>
    </message>
    <message>
        <source>Unknown person (#%1)</source>
        <translation>Unbekannte Person (#%1)</translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation>Unbenannte Person</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>Risiko %1</translation>
    </message>
</context>
<context>
    <name>charter</name>
    <message>
        <source>The trail holds %1 entries but its tree head covers only %2: the entries after entry %2 were added outside Charter.</source>
        <translation>Das Protokoll enthält %1 Einträge, sein Tree-Head deckt aber nur %2 ab: Die Einträge nach Eintrag %2 wurden außerhalb von Charter hinzugefügt.</translation>
    </message>
    <message>
        <source>entry %1 was cut off the end of the trail</source>
        <translation>Eintrag %1 wurde am Ende des Protokolls abgeschnitten</translation>
    </message>
    <message>
        <source>entries %1 to %2 were cut off the end of the trail</source>
        <translation>die Einträge %1 bis %2 wurden am Ende des Protokolls abgeschnitten</translation>
    </message>
    <message>
        <source>The trail holds %1 entries but its tree head covers %2: %3 outside Charter.</source>
        <translation>Das Protokoll enthält %1 Einträge, sein Tree-Head deckt aber %2 ab: %3 außerhalb von Charter.</translation>
    </message>
    <message>
        <source>The tree hash of the %1 entries (%2) differs from the stored tree head (%3): entries or the head were changed outside Charter.</source>
        <translation>Der Baum-Hash der %1 Einträge (%2) weicht vom gespeicherten Tree-Head (%3) ab: Einträge oder der Tree-Head wurden außerhalb von Charter geändert.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 &quot;%3&quot;</source>
        <translation>%1 %2 „%3“</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>KI-System</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>%1 of %2 %3 by %4, recorded %5</source>
        <translation>%1 von %2 %3 durch %4, erfasst %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>&quot;root&quot; must be 64 hexadecimal digits (a SHA-256 hash), not &quot;%1&quot;.</source>
        <translation>„root“ muss aus 64 Hexadezimalziffern bestehen (ein SHA-256-Hash), nicht „%1“.</translation>
    </message>
    <message>
        <source>a tree of size 0 has the root %1 (the hash of nothing), not %2.</source>
        <translation>ein Baum der Größe 0 hat die Wurzel %1 (den Hash von nichts), nicht %2.</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be an ISO 8601 date and time such as 2025-01-31T09:30:00.000Z, not &quot;%1&quot;.</source>
        <translation>„time“ muss ein Datum mit Uhrzeit nach ISO 8601 sein, etwa 2025-01-31T09:30:00.000Z, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2.</source>
        <translation>%1: kein gültiges JSON: %2.</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;size&quot;, &quot;root&quot; and &quot;time&quot;.</source>
        <translation>erwartet wird ein JSON-Objekt mit „size“, „root“ und „time“.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; a tree head has only &quot;size&quot;, &quot;root&quot; and &quot;time&quot;.</source>
        <translation>unbekanntes Feld „%1“; ein Tree-Head hat nur „size“, „root“ und „time“.</translation>
    </message>
    <message>
        <source>&quot;size&quot; is missing.</source>
        <translation>„size“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be a whole number from 0 to %1.</source>
        <translation>„size“ muss eine ganze Zahl von 0 bis %1 sein.</translation>
    </message>
    <message>
        <source>&quot;root&quot; is missing.</source>
        <translation>„root“ fehlt.</translation>
    </message>
    <message>
        <source>&quot;root&quot; must be a string of 64 hexadecimal digits.</source>
        <translation>„root“ muss eine Zeichenkette aus 64 Hexadezimalziffern sein.</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be a string (ISO 8601) or null.</source>
        <translation>„time“ muss eine Zeichenkette (ISO 8601) oder null sein.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;size: N&quot;, &quot;root: HEX&quot; or &quot;time: ISO 8601&quot;, or a JSON object.</source>
        <translation>Zeile %1: erwartet wird „size: N“, „root: HEX“ oder „time: ISO 8601“ oder ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>line %1: unknown field &quot;%2&quot;; a tree head has only size, root and time.</source>
        <translation>Zeile %1: unbekanntes Feld „%2“; ein Tree-Head hat nur size, root und time.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice.</source>
        <translation>Zeile %1: „%2“ ist doppelt angegeben.</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be a whole number, not &quot;%1&quot;.</source>
        <translation>„size“ muss eine ganze Zahl sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>%1 bytes is too large for a tree head (at most %2).</source>
        <translation>%1 Byte sind zu groß für einen Tree-Head (höchstens %2).</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>sie ist leer.</translation>
    </message>
    <message>
        <source>tree head text</source>
        <translation>Tree-Head-Text</translation>
    </message>
    <message>
        <source>There is no tree head file %1. Give the path of a file written by &apos;charter-cli treehead&apos; or the tree head&apos;s JSON text.</source>
        <translation>Es gibt keine Tree-Head-Datei %1. Geben Sie den Pfad einer von „charter-cli treehead“ geschriebenen Datei oder den JSON-Text des Tree-Heads an.</translation>
    </message>
    <message>
        <source>Cannot read the tree head file %1: %2</source>
        <translation>Die Tree-Head-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>Acknowledged after %1 min; the escalation path sets no response target for this severity (gap).</source>
        <translation>Nach %1 Min. bestätigt; der Eskalationspfad legt für diesen Schweregrad kein Reaktionsziel fest (Lücke).</translation>
    </message>
    <message>
        <source>Acknowledged after %1 min; target %2 min: within target.</source>
        <translation>Nach %1 Min. bestätigt; Ziel %2 Min.: eingehalten.</translation>
    </message>
    <message>
        <source>Acknowledged after %1 min; target %2 min: breached by %3 min.</source>
        <translation>Nach %1 Min. bestätigt; Ziel %2 Min.: um %3 Min. überschritten.</translation>
    </message>
    <message>
        <source>Not acknowledged; the escalation path sets no response target for this severity (gap).</source>
        <translation>Nicht bestätigt; der Eskalationspfad legt für diesen Schweregrad kein Reaktionsziel fest (Lücke).</translation>
    </message>
    <message>
        <source>Not acknowledged after %1 min; target %2 min: breached.</source>
        <translation>Nach %1 Min. nicht bestätigt; Ziel %2 Min.: überschritten.</translation>
    </message>
    <message>
        <source>Not acknowledged yet (%1 min so far; target %2 min).</source>
        <translation>Noch nicht bestätigt (bisher %1 Min.; Ziel %2 Min.).</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use one of %2.</source>
        <translation>„%1“ ist keine Rolle; verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <source>An account name (login) must not be empty.</source>
        <translation>Ein Kontoname (Login) darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Der Kontoname „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; contains a space or a control character; use the operating-system login exactly.</source>
        <translation>Der Kontoname „%1“ enthält ein Leer- oder Steuerzeichen; verwenden Sie exakt das Login des Betriebssystems.</translation>
    </message>
    <message>
        <source>Only a system in review can be decided; submit it first.</source>
        <translation>Nur über ein System in Prüfung kann entschieden werden; reichen Sie es zuerst ein.</translation>
    </message>
    <message>
        <source>Only a system in review can be decided.</source>
        <translation>Nur über ein System in Prüfung kann entschieden werden.</translation>
    </message>
    <message>
        <source>It is already waiting for review.</source>
        <translation>Es wartet bereits auf die Prüfung.</translation>
    </message>
    <message>
        <source>A retired system cannot return to review; register it again if it comes back.</source>
        <translation>Ein außer Betrieb genommenes System kann nicht zur Prüfung zurückkehren; registrieren Sie es erneut, falls es zurückkommt.</translation>
    </message>
    <message>
        <source>Only an approved system can be suspended.</source>
        <translation>Nur ein freigegebenes System kann ausgesetzt werden.</translation>
    </message>
    <message>
        <source>Only a suspended system can be reinstated.</source>
        <translation>Nur ein ausgesetztes System kann wieder zugelassen werden.</translation>
    </message>
    <message>
        <source>Suspend it first, so operations stop before it is retired.</source>
        <translation>Setzen Sie es zuerst aus, damit der Betrieb endet, bevor es außer Betrieb genommen wird.</translation>
    </message>
    <message>
        <source>Decide the review first (reject or request changes).</source>
        <translation>Entscheiden Sie zuerst über die Prüfung (ablehnen oder Änderungen anfordern).</translation>
    </message>
    <message>
        <source>It is already retired.</source>
        <translation>Es ist bereits außer Betrieb genommen.</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>einreichen</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <source>request changes to</source>
        <translation>Änderungen anfordern für</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>aussetzen</translation>
    </message>
    <message>
        <source>reinstate</source>
        <translation>wieder zulassen</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>The review was due on %1 (approved on %2; %3 risk is reviewed every %4 months).</source>
        <translation>Die Prüfung war am %1 fällig (freigegeben am %2; Risiko %3 wird alle %4 Monate geprüft).</translation>
    </message>
    <message>
        <source>The approval expired on %1.</source>
        <translation>Die Freigabe ist am %1 abgelaufen.</translation>
    </message>
    <message>
        <source>Material change since approval: %1.</source>
        <translation>Wesentliche Änderung seit der Freigabe: %1.</translation>
    </message>
    <message>
        <source>The risk tier rose from %1 to %2 since approval; the policy now requires %3.</source>
        <translation>Die Risikostufe ist seit der Freigabe von %1 auf %2 gestiegen; die Richtlinie verlangt jetzt %3.</translation>
    </message>
    <message>
        <source>Re-approval is recorded by Charter itself.</source>
        <translation>Die erneute Freigabe wird von Charter selbst erfasst.</translation>
    </message>
    <message>
        <source>%1 sign-off by %2 is stale: the record changed materially since it was signed. Re-sign required.</source>
        <translation>Die Abzeichnung %1 von %2 ist veraltet: Der Eintrag hat sich seit der Abzeichnung wesentlich geändert. Erneute Abzeichnung erforderlich.</translation>
    </message>
    <message>
        <source>In review since %1; every required sign-off is in (%2 risk): ready for the board&apos;s decision.</source>
        <translation>In Prüfung seit %1; alle erforderlichen Abzeichnungen liegen vor (Risiko %2): bereit für die Entscheidung des Gremiums.</translation>
    </message>
    <message>
        <source>In review since %1; board sign-off needed: %2 of %3 given (%4 risk).</source>
        <translation>In Prüfung seit %1; Abzeichnung durch das Gremium erforderlich: %2 von %3 erteilt (Risiko %4).</translation>
    </message>
    <message>
        <source>The approval of %1 no longer matches the record. %2</source>
        <translation>Die Freigabe vom %1 passt nicht mehr zum Eintrag. %2</translation>
    </message>
    <message>
        <source>Its next review was due on %1.</source>
        <translation>Die nächste Prüfung war am %1 fällig.</translation>
    </message>
    <message>
        <source>Risk tier changed from %1 to %2 since the meeting of %3.</source>
        <translation>Die Risikostufe hat sich seit der Sitzung vom %3 von %1 auf %2 geändert.</translation>
    </message>
    <message>
        <source>Risk tier is %1; it was %2 when approved on %3.</source>
        <translation>Die Risikostufe ist %1; bei der Freigabe am %3 war sie %2.</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>No accountable owner is named: nobody answers for its outcomes (%1).</source>
        <translation>Kein Verantwortlicher benannt: Niemand steht für die Ergebnisse ein (%1).</translation>
    </message>
    <message>
        <source>Minutes: %1, %2</source>
        <translation>Sitzungsprotokoll: %1, %2</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>open (minutes are provisional until the meeting is closed)</source>
        <translation>offen (das Protokoll ist vorläufig, bis die Sitzung geschlossen wird)</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>geschlossen am %1</translation>
    </message>
    <message>
        <source>Board members present</source>
        <translation>Anwesende Gremiumsmitglieder</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Also attending</source>
        <translation>Außerdem anwesend</translation>
    </message>
    <message>
        <source>Agenda and decisions</source>
        <translation>Tagesordnung und Entscheidungen</translation>
    </message>
    <message>
        <source>The agenda was empty.</source>
        <translation>Die Tagesordnung war leer.</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Grund für die Aufnahme in die Tagesordnung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Preparing a review meeting (creating it, changing its agenda) needs the board or it_reviewer role; %1 has %2.</source>
        <translation>Die Vorbereitung einer Prüfsitzung (Anlegen, Ändern der Tagesordnung) erfordert die Rolle board oder it_reviewer; %1 hat %2.</translation>
    </message>
    <message>
        <source>Recording a board decision needs the board role; %1 has %2.</source>
        <translation>Das Erfassen einer Gremiumsentscheidung erfordert die Rolle board; %1 hat %2.</translation>
    </message>
    <message>
        <source>%1 is not an attendee of meeting %2: decisions are recorded by a board member present.</source>
        <translation>%1 nimmt nicht an Sitzung %2 teil: Entscheidungen erfasst ein anwesendes Gremiumsmitglied.</translation>
    </message>
    <message>
        <source>Meeting %1 has no agenda item %2 (its agenda has %3 items).</source>
        <translation>Sitzung %1 hat keinen Tagesordnungspunkt %2 (ihre Tagesordnung hat %3 Punkte).</translation>
    </message>
    <message>
        <source>Enter a name: every system in the register needs one.</source>
        <translation>Geben Sie einen Namen ein: Jedes System im Register braucht einen.</translation>
    </message>
    <message>
        <source>Step %1: the response time must be 0 minutes or more, or unknown.</source>
        <translation>Schritt %1: Die Reaktionszeit muss 0 Minuten oder mehr betragen oder unbekannt sein.</translation>
    </message>
    <message>
        <source>Choose a vendor or mark the vendor unknown, not both.</source>
        <translation>Wählen Sie einen Anbieter oder markieren Sie den Anbieter als unbekannt, nicht beides.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Geben Sie den Namen der Person ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.org).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (name@example.org).</translation>
    </message>
    <message>
        <source>Enter the vendor&apos;s name.</source>
        <translation>Geben Sie den Namen des Anbieters ein.</translation>
    </message>
    <message>
        <source>The deprecation notice must be 0 days or more, or unknown.</source>
        <translation>Die Abkündigungsfrist muss 0 Tage oder mehr betragen oder unbekannt sein.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Niemand benannt</translation>
    </message>
    <message>
        <source>… and %n more decisions</source>
        <translation>… und weitere Entscheidungen: %n</translation>
    </message>
    <message>
        <source>human steps in: %1</source>
        <translation>Mensch greift ein: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>No decision boundaries documented</source>
        <translation>Keine Entscheidungsgrenzen dokumentiert</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>niemand benannt</translation>
    </message>
    <message>
        <source>channel unknown</source>
        <translation>Kanal unbekannt</translation>
    </message>
    <message>
        <source>No escalation path documented</source>
        <translation>Kein Eskalationspfad dokumentiert</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Fortbestand</translation>
    </message>
    <message>
        <source>Roadmap stability</source>
        <translation>Stabilität der Roadmap</translation>
    </message>
    <message>
        <source>Support maturity</source>
        <translation>Reife des Supports</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Datenportabilität</translation>
    </message>
    <message>
        <source>Security attestations</source>
        <translation>Sicherheitsnachweise</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Datenresidenz</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Deprecation notice</source>
        <translation>Abkündigungsfrist</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>Tage: %n</translation>
    </message>
    <message>
        <source>Approved %1 by %2 (%3 risk)</source>
        <translation>Freigegeben %1 von %2 (Risiko %3)</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>Auflagen: %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab %1</translation>
    </message>
    <message>
        <source>Re-review overdue since %1</source>
        <translation>Erneute Prüfung überfällig seit %1</translation>
    </message>
    <message>
        <source>Approval expired</source>
        <translation>Freigabe abgelaufen</translation>
    </message>
    <message>
        <source>Changed materially since approval</source>
        <translation>Seit der Freigabe wesentlich geändert</translation>
    </message>
    <message>
        <source>Risk tier raised since approval</source>
        <translation>Risikostufe seit der Freigabe gestiegen</translation>
    </message>
    <message>
        <source>Portfolio by risk tier</source>
        <translation>Portfolio nach Risikostufe</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Approval pipeline</source>
        <translation>Freigabe-Pipeline</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>Workflow-Status</translation>
    </message>
    <message>
        <source>Re-reviews due by month</source>
        <translation>Fällige erneute Prüfungen nach Monat</translation>
    </message>
    <message>
        <source>Month the re-review is due</source>
        <translation>Monat, in dem die erneute Prüfung fällig ist</translation>
    </message>
    <message>
        <source>Decision-boundary mix (most autonomous decision per system)</source>
        <translation>Verteilung der Entscheidungsgrenzen (autonomste Entscheidung je System)</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Vendor concentration and exit readiness (largest %1)</source>
        <translation>Anbieterkonzentration und Ausstiegsbereitschaft (größte %1)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Overrides and incidents by month</source>
        <translation>Übersteuerungen und Vorfälle nach Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Übersteuerungen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Likelihood × impact of high and critical systems</source>
        <translation>Wahrscheinlichkeit × Auswirkung (hoch/kritisch)</translation>
    </message>
    <message>
        <source>Likelihood (1–5)</source>
        <translation>Wahrscheinlichkeit (1–5)</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Auswirkung (1–5)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Conditions: %1.</source>
        <translation>Auflagen: %1.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2; present: %3.</source>
        <translation>Erfasst von %1 am %2; anwesend: %3.</translation>
    </message>
    <message>
        <source>Workflow: %1.</source>
        <translation>Workflow: %1.</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Item %1, %2 — %3</source>
        <translation>Punkt %1, %2 – %3</translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation>Autonom</translation>
    </message>
    <message>
        <source>Influence unknown</source>
        <translation>Einfluss unbekannt</translation>
    </message>
    <message>
        <source>Human approves</source>
        <translation>Mensch gibt frei</translation>
    </message>
    <message>
        <source>Advisory only</source>
        <translation>Nur beratend</translation>
    </message>
    <message>
        <source>AI prohibited</source>
        <translation>KI untersagt</translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation>Nicht dokumentiert</translation>
    </message>
    <message>
        <source>Exit ready</source>
        <translation>Ausstieg bereit</translation>
    </message>
    <message>
        <source>Exit not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Exit readiness unknown</source>
        <translation>Ausstieg unklar</translation>
    </message>
    <message>
        <source>Systems in the register</source>
        <translation>Systeme im Register</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>Warten auf Entscheidung</translation>
    </message>
    <message>
        <source>Re-review overdue</source>
        <translation>Erneute Prüfung überfällig</translation>
    </message>
    <message>
        <source>Without an accountable owner</source>
        <translation>Ohne Verantwortlichen</translation>
    </message>
    <message>
        <source>With unknown answers</source>
        <translation>Mit unbekannten Antworten</translation>
    </message>
    <message>
        <source>Stale sign-offs</source>
        <translation>Veraltete Abzeichnungen</translation>
    </message>
    <message>
        <source>Vendor unknown</source>
        <translation>Anbieter unbekannt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>%1 risk, likelihood %2, impact %3</source>
        <translation>Risiko %1, Wahrscheinlichkeit %2, Auswirkung %3</translation>
    </message>
    <message>
        <source>The %1 of the connection URI has an invalid percent-encoded character.</source>
        <translation>Der Teil %1 der Verbindungs-URI enthält ein ungültiges Prozent-kodiertes Zeichen.</translation>
    </message>
    <message>
        <source> Check the user name and the password: Charter never stores passwords; libpq reads them from ~/.pgpass (or PGPASSFILE) or the service file.</source>
        <translation> Prüfen Sie Benutzername und Passwort: Charter speichert nie Passwörter; libpq liest sie aus ~/.pgpass (oder PGPASSFILE) oder der Service-Datei.</translation>
    </message>
    <message>
        <source> The server refused this login: check the user name, and ask the server&apos;s administrator whether it may connect from here (pg_hba.conf).</source>
        <translation> Der Server hat diese Anmeldung abgelehnt: Prüfen Sie den Benutzernamen und fragen Sie die Administration des Servers, ob von hier aus verbunden werden darf (pg_hba.conf).</translation>
    </message>
    <message>
        <source> Check the database name, or ask the server&apos;s administrator to create the database (createdb).</source>
        <translation> Prüfen Sie den Datenbanknamen oder bitten Sie die Administration des Servers, die Datenbank anzulegen (createdb).</translation>
    </message>
    <message>
        <source> Check the user name, or ask the server&apos;s administrator for a login.</source>
        <translation> Prüfen Sie den Benutzernamen oder bitten Sie die Administration des Servers um ein Login.</translation>
    </message>
    <message>
        <source> Check the sslmode and the certificate settings of the connection.</source>
        <translation> Prüfen Sie sslmode und die Zertifikatseinstellungen der Verbindung.</translation>
    </message>
    <message>
        <source> Check that the server is running and reachable at that host and port, and that the connection settings are right.</source>
        <translation> Prüfen Sie, ob der Server läuft und unter diesem Host und Port erreichbar ist und ob die Verbindungseinstellungen stimmen.</translation>
    </message>
    <message>
        <source>listing the tables</source>
        <translation>Tabellen werden aufgelistet</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>Spalten von %1 werden gelesen</translation>
    </message>
    <message>
        <source>counting the rows of %1</source>
        <translation>Zeilen von %1 werden gezählt</translation>
    </message>
    <message>
        <source>The table %1 has different columns in %2 and %3; both must be at the same schema version.</source>
        <translation>Die Tabelle %1 hat in %2 und %3 unterschiedliche Spalten; beide müssen dieselbe Schemaversion haben.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>preparing to copy %1</source>
        <translation>Kopieren von %1 wird vorbereitet</translation>
    </message>
    <message>
        <source>copying row %1 of %2</source>
        <translation>Zeile %1 von %2 wird kopiert</translation>
    </message>
    <message>
        <source>reading charter_meta</source>
        <translation>charter_meta wird gelesen</translation>
    </message>
    <message>
        <source>%1 is a Charter file: it has no database logins. Use &apos;charter-cli users&apos; to give accounts their roles.</source>
        <translation>%1 ist eine Charter-Datei: Sie hat keine Datenbank-Logins. Verwenden Sie „charter-cli users“, um Konten ihre Rollen zu geben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Charter role; use viewer, contributor, it_reviewer, board or admin.</source>
        <translation>„%1“ ist keine Charter-Rolle; verwenden Sie viewer, contributor, it_reviewer, board oder admin.</translation>
    </message>
    <message>
        <source>Name at least one role.</source>
        <translation>Nennen Sie mindestens eine Rolle.</translation>
    </message>
    <message>
        <source>looking for the login %1</source>
        <translation>Login %1 wird gesucht</translation>
    </message>
    <message>
        <source>The server has no login %1. Create it first (CREATE ROLE %1 LOGIN).</source>
        <translation>Der Server hat kein Login %1. Legen Sie es zuerst an (CREATE ROLE %1 LOGIN).</translation>
    </message>
    <message>
        <source>%1 is not a login; Charter&apos;s roles are given to the logins of people.</source>
        <translation>%1 ist kein Login; Charters Rollen werden den Logins von Personen gegeben.</translation>
    </message>
    <message>
        <source>changing the roles of %1</source>
        <translation>Rollen von %1 werden geändert</translation>
    </message>
    <message>
        <source>No content recorded.</source>
        <translation>Kein Inhalt erfasst.</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Gelöscht:</translation>
    </message>
    <message>
        <source>No change in content.</source>
        <translation>Keine inhaltliche Änderung.</translation>
    </message>
    <message>
        <source>Contract ended on %1; </source>
        <translation>Vertrag endete am %1; </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>agenda of meeting</source>
        <translation>Tagesordnung der Sitzung</translation>
    </message>
    <message>
        <source>meeting decision</source>
        <translation>Sitzungsbeschluss</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1), so Charter cannot remember the password. Type it each time, or keep it in ~/.pgpass or a service file as libpq does.</source>
        <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert (%1), daher kann Charter das Passwort nicht speichern. Geben Sie es jedes Mal ein oder legen Sie es wie bei libpq üblich in ~/.pgpass oder einer Dienstdatei ab.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so Charter cannot remember the password. Type it each time, or keep it in ~/.pgpass or a service file as libpq does.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1), daher kann Charter das Passwort nicht speichern. Geben Sie es jedes Mal ein oder legen Sie es wie bei libpq üblich in ~/.pgpass oder einer Dienstdatei ab.</translation>
    </message>
</context>
<context>
    <name>charter::AddItemDialog</name>
    <message>
        <source>Add Agenda Item</source>
        <translation>Tagesordnungspunkt hinzufügen</translation>
    </message>
    <message>
        <source>(not about one system)</source>
        <translation>(betrifft kein einzelnes System)</translation>
    </message>
    <message>
        <source>The system&apos;s name when empty</source>
        <translation>Der Name des Systems, wenn leer</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;System:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
</context>
<context>
    <name>charter::AgendaBuilder</name>
    <message numerus="yes">
        <source>%n incident(s) recorded since %1 (highest severity: %2)</source>
        <translation>
            <numerusform>%n Vorfall seit %1 erfasst (höchster Schweregrad: %2)</numerusform>
            <numerusform>%n Vorfälle seit %1 erfasst (höchster Schweregrad: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n nicht bestätigt</numerusform>
            <numerusform>%n nicht bestätigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n human override(s) recorded since %1. Latest: recommended &quot;%2&quot;, decided &quot;%3&quot;.</source>
        <translation>
            <numerusform>%n menschliche Übersteuerung seit %1 erfasst. Zuletzt: empfohlen „%2“, entschieden „%3“.</numerusform>
            <numerusform>%n menschliche Übersteuerungen seit %1 erfasst. Zuletzt: empfohlen „%2“, entschieden „%3“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract ends on %1 (in %n day(s)); </source>
        <translation>
            <numerusform>Vertrag endet am %1 (in %n Tag); </numerusform>
            <numerusform>Vertrag endet am %1 (in %n Tagen); </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) depend on it: %1.</source>
        <translation>
            <numerusform>%n System hängt davon ab: %1.</numerusform>
            <numerusform>%n Systeme hängen davon ab: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::AgendaModel</name>
    <message>
        <source>Not decided</source>
        <translation>Nicht entschieden</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>charter::AuditModel</name>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>charter::AuditStore</name>
    <message>
        <source>The audit trail was changed outside Charter: it ends at entry %1 but its tree head covers %2 entries. Nothing was written. Run &apos;charter-cli verify&apos; to see what changed.</source>
        <translation>Das Auditprotokoll wurde außerhalb von Charter geändert: Es endet bei Eintrag %1, sein Tree-Head deckt aber %2 Einträge ab. Es wurde nichts geschrieben. Führen Sie „charter-cli verify“ aus, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <source>recording the audit entry</source>
        <translation>Audit-Eintrag wird erfasst</translation>
    </message>
    <message>
        <source>announcing the change</source>
        <translation>Änderung wird angekündigt</translation>
    </message>
    <message>
        <source>reading the end of the audit trail</source>
        <translation>Ende des Auditprotokolls wird gelesen</translation>
    </message>
    <message>
        <source>%1 Run &apos;charter-cli verify&apos; to check the audit trail.</source>
        <translation>%1 Führen Sie „charter-cli verify“ aus, um das Auditprotokoll zu prüfen.</translation>
    </message>
    <message>
        <source>counting unsealed audit entries</source>
        <translation>Nicht versiegelte Audit-Einträge werden gezählt</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>Auditprotokoll wird gelesen</translation>
    </message>
    <message>
        <source>The audit trail&apos;s tree head is missing although %1 of its %2 entries are sealed: it was removed outside Charter. Nothing was written. Run &apos;charter-cli verify&apos;.</source>
        <translation>Der Tree-Head des Auditprotokolls fehlt, obwohl %1 seiner %2 Einträge versiegelt sind: Er wurde außerhalb von Charter entfernt. Es wurde nichts geschrieben. Führen Sie „charter-cli verify“ aus.</translation>
    </message>
    <message>
        <source>The audit trail has no entry %1 (the next one is %2): entries were removed outside Charter, so it cannot be sealed. Nothing was written.</source>
        <translation>Das Auditprotokoll hat keinen Eintrag %1 (der nächste ist %2): Einträge wurden außerhalb von Charter entfernt, daher kann es nicht versiegelt werden. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>sealing audit entry %1</source>
        <translation>Audit-Eintrag %1 wird versiegelt</translation>
    </message>
    <message>
        <source>counting audit entries</source>
        <translation>Audit-Einträge werden gezählt</translation>
    </message>
    <message>
        <source>An audit entry was prepared as entry %1, but the trail continues at %2. Nothing was written.</source>
        <translation>Ein Audit-Eintrag wurde als Eintrag %1 vorbereitet, das Auditprotokoll wird aber mit %2 fortgesetzt. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>charter::AuditTreeState</name>
    <message>
        <source>stored audit tree state</source>
        <translation>gespeicherter Zustand des Audit-Baums</translation>
    </message>
    <message>
        <source>The stored audit tree state is not readable (it has no frontier).</source>
        <translation>Der gespeicherte Zustand des Audit-Baums ist nicht lesbar (er hat keine Frontier).</translation>
    </message>
    <message>
        <source>The stored audit tree state has a frontier node that is not a SHA-256 hash.</source>
        <translation>Der gespeicherte Zustand des Audit-Baums hat einen Frontier-Knoten, der kein SHA-256-Hash ist.</translation>
    </message>
    <message>
        <source>The stored audit tree state is inconsistent: its frontier does not produce its root for %1 entries.</source>
        <translation>Der gespeicherte Zustand des Audit-Baums ist inkonsistent: Seine Frontier ergibt für %1 Einträge nicht seine Wurzel.</translation>
    </message>
</context>
<context>
    <name>charter::AuditVerifier</name>
    <message numerus="yes">
        <source>%n entries were deleted</source>
        <translation>
            <numerusform>%n Eintrag wurde gelöscht</numerusform>
            <numerusform>%n Einträge wurden gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the %1 audit entries is sealed: they were written before this version of Charter, or their hashes and the tree head were removed. Run &apos;charter-cli verify&apos; (it seals them) and keep the tree head it prints.</source>
        <translation>Keiner der %1 Audit-Einträge ist versiegelt: Sie wurden vor dieser Charter-Version geschrieben, oder ihre Hashes und der Tree-Head wurden entfernt. Führen Sie „charter-cli verify“ aus (es versiegelt sie) und bewahren Sie den ausgegebenen Tree-Head auf.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s tree head is missing: it was removed outside Charter.</source>
        <translation>Der Tree-Head des Auditprotokolls fehlt: Er wurde außerhalb von Charter entfernt.</translation>
    </message>
    <message>
        <source>Entry %1 was rewritten together with its hash: the tree root recorded with it no longer matches the entries up to it.</source>
        <translation>Eintrag %1 wurde samt Hash neu geschrieben: Die mit ihm gespeicherte Baumwurzel passt nicht mehr zu den Einträgen bis zu ihm.</translation>
    </message>
    <message>
        <source>The earlier tree head covers %1 entries but the trail holds only %2: entries were removed since that head.</source>
        <translation>Der frühere Tree-Head deckt %1 Einträge ab, das Protokoll enthält aber nur %2: Seit diesem Tree-Head wurden Einträge entfernt.</translation>
    </message>
    <message>
        <source>The first %1 entries no longer match the earlier tree head (root %2, %3): entries up to entry %1 were changed, removed or inserted since that head was taken.</source>
        <translation>Die ersten %1 Einträge passen nicht mehr zum früheren Tree-Head (Wurzel %2, %3): Einträge bis Eintrag %1 wurden seitdem geändert, entfernt oder eingefügt.</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>keine Zeit</translation>
    </message>
    <message>
        <source>The consistency proof from the earlier tree head (%1 entries) to the current one does not verify.</source>
        <translation>Der Konsistenzbeweis vom früheren Tree-Head (%1 Einträge) zum aktuellen lässt sich nicht verifizieren.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more entries are affected (the last at entry %1).</source>
        <translation>
            <numerusform>… und %n weiterer Eintrag ist betroffen (der letzte bei Eintrag %1).</numerusform>
            <numerusform>… und %n weitere Einträge sind betroffen (der letzte bei Eintrag %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::AuditViewer</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>E&amp;xport Tree Head…</source>
        <translation>Tree-Head e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Auditprotokoll</translation>
    </message>
    <message>
        <source>Export Tree Head</source>
        <translation>Tree-Head exportieren</translation>
    </message>
    <message>
        <source>Tree heads (*.json);;All files (*)</source>
        <translation>Tree-Heads (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Filter by actor, action, entity or reason</source>
        <translation>Nach Akteur, Aktion, Objekt oder Grund filtern</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <source>Recompute the Merkle tree, check every entry and the register against the trail</source>
        <translation>Merkle-Baum neu berechnen, jeden Eintrag und das Register gegen das Protokoll prüfen</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3 %4 %5</source>
        <translation>Eintrag %1 · %2 · %3 %4 %5</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Auditprotokoll wird geprüft…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Recomputing the audit trail&apos;s Merkle tree…</source>
        <translation>Merkle-Baum des Auditprotokolls wird neu berechnet…</translation>
    </message>
    <message>
        <source>Verify could not run. %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden. %1</translation>
    </message>
    <message>
        <source>Verify is already running.</source>
        <translation>Die Prüfung läuft bereits.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, root %1…</source>
        <translation>
            <numerusform>%n Eintrag, Wurzel %1…</numerusform>
            <numerusform>%n Einträge, Wurzel %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified: the audit trail is intact and the register matches it (%1).</source>
        <translation>Geprüft: Das Auditprotokoll ist unversehrt und das Register stimmt damit überein (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Verify found %n problem(s); each is listed below.</source>
        <translation>
            <numerusform>Die Prüfung hat %n Problem gefunden; es ist unten aufgeführt.</numerusform>
            <numerusform>Die Prüfung hat %n Probleme gefunden; jedes ist unten aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Tree head of %n entries written to %1. Keep it: &apos;charter-cli verify --since&apos; proves later that nothing before it was changed.</source>
        <translation>
            <numerusform>Tree-Head über %n Eintrag nach %1 geschrieben. Bewahren Sie ihn auf: „charter-cli verify --since“ weist später nach, dass davor nichts geändert wurde.</numerusform>
            <numerusform>Tree-Head über %n Einträge nach %1 geschrieben. Bewahren Sie ihn auf: „charter-cli verify --since“ weist später nach, dass davor nichts geändert wurde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::BoardExportDialog</name>
    <message>
        <source>&amp;PDF (printed pack)</source>
        <translation>&amp;PDF (gedruckte Unterlage)</translation>
    </message>
    <message>
        <source>&amp;HTML (one self-contained file)</source>
        <translation>&amp;HTML (eine eigenständige Datei)</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;CSV (spreadsheets)</source>
        <translation>&amp;CSV (Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;iCalendar (.ics)</source>
        <translation>&amp;iCalendar (.ics)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Export Board Pack</source>
        <translation>Gremiumsunterlage exportieren</translation>
    </message>
    <message>
        <source>Export Decision Register</source>
        <translation>Entscheidungsregister exportieren</translation>
    </message>
    <message>
        <source>Export Review Calendar</source>
        <translation>Prüfkalender exportieren</translation>
    </message>
    <message>
        <source>Standing agenda (everything that needs the board today)</source>
        <translation>Ständige Tagesordnung (alles, was das Gremium heute braucht)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Sitzung:</translation>
    </message>
    <message>
        <source>Add a UTF-8 &amp;byte-order mark (for Microsoft Excel)</source>
        <translation>UTF-8-&amp;Bytereihenfolgemarke ergänzen (für Microsoft Excel)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>charter::BoardPack</name>
    <message>
        <source>Accountable owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlicher Verantwortlicher</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technischer Verantwortlicher</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Verantwortlicher für den Support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>IT-Ansprechpartner</translation>
    </message>
</context>
<context>
    <name>charter::BoardPackBuilder</name>
    <message>
        <source>Every sign-off is in: waiting for a decision</source>
        <translation>Alle Abzeichnungen liegen vor: Warten auf Entscheidung</translation>
    </message>
    <message>
        <source>In review: waiting for sign-offs</source>
        <translation>In Prüfung: Warten auf Abzeichnungen</translation>
    </message>
    <message>
        <source>%n stale sign-offs</source>
        <translation>Veraltete Abzeichnungen: %n</translation>
    </message>
    <message>
        <source>No accountable owner</source>
        <translation>Kein Verantwortlicher</translation>
    </message>
    <message>
        <source>Vendor contract ends %1</source>
        <translation>Anbietervertrag endet %1</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Gremiumsunterlage</translation>
    </message>
    <message>
        <source>On this agenda</source>
        <translation>Auf dieser Tagesordnung</translation>
    </message>
    <message>
        <source>The board pack was cancelled.</source>
        <translation>Die Gremiumsunterlage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Unknown whether a vendor is involved</source>
        <translation>Unbekannt, ob ein Anbieter beteiligt ist</translation>
    </message>
    <message>
        <source>Built in-house</source>
        <translation>Eigenentwicklung</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>… and %n smaller factors</source>
        <translation>… und kleinere Faktoren: %n</translation>
    </message>
    <message>
        <source>Keep this tree head: charter-cli verify --since HEAD later proves that the audit trail has only grown since this pack was made: nothing it covers was changed or removed.</source>
        <translation>Bewahren Sie diesen Tree-Head auf: charter-cli verify --since HEAD weist später nach, dass das Auditprotokoll seit Erstellung dieser Unterlage nur gewachsen ist: Nichts davon wurde geändert oder entfernt.</translation>
    </message>
</context>
<context>
    <name>charter::BoardPackHtml</name>
    <message>
        <source>Governance board</source>
        <translation>Governance-Gremium</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Nicht benannt</translation>
    </message>
    <message>
        <source>Standing agenda: everything that needs the board today</source>
        <translation>Ständige Tagesordnung: alles, was das Gremium heute braucht</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>%n systems</source>
        <translation>Systeme: %n</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Audit tree head</source>
        <translation>Tree-Head des Auditprotokolls</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Wurzel-Hash</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Nicht versiegelt</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>Nothing needs the board.</source>
        <translation>Nichts erfordert das Gremium.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why it needs the board</source>
        <translation>Warum das Gremium gefragt ist</translation>
    </message>
    <message>
        <source>Agenda item %1 of %2 · system %3</source>
        <translation>Tagesordnungspunkt %1 von %2 · System %3</translation>
    </message>
    <message>
        <source>%1 risk · %2 points</source>
        <translation>Risiko %1 · %2 Punkte</translation>
    </message>
    <message>
        <source>Business unit unknown</source>
        <translation>Geschäftsbereich unbekannt</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>Lebenszyklus: %1</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow: %1</translation>
    </message>
    <message>
        <source>%1% of answers known</source>
        <translation>%1 % der Antworten bekannt</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>Auf der Tagesordnung</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Entscheidungsgrenzen</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>No vendor profile.</source>
        <translation>Kein Anbieterprofil.</translation>
    </message>
    <message>
        <source>Risk explanation</source>
        <translation>Risikoerläuterung</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Approval and sign-offs</source>
        <translation>Freigabe und Abzeichnungen</translation>
    </message>
    <message>
        <source>Last approval</source>
        <translation>Letzte Freigabe</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Nie freigegeben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Nichts offen</translation>
    </message>
    <message>
        <source>History since %1</source>
        <translation>Verlauf seit %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen erfasst.</translation>
    </message>
    <message>
        <source>%n earlier entries not shown (charter-cli audit lists them).</source>
        <translation>Frühere Einträge nicht angezeigt: %n (charter-cli audit listet sie auf).</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>The board pack was cancelled.</source>
        <translation>Die Gremiumsunterlage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>charter::BoardPackMarkdown</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Nicht benannt</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Standing agenda: everything that needs the board today</source>
        <translation>Ständige Tagesordnung: alles, was das Gremium heute braucht</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>%n systems</source>
        <translation>Systeme: %n</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Audit tree head</source>
        <translation>Tree-Head des Auditprotokolls</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Wurzel-Hash</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Nicht versiegelt</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>Nothing needs the board.</source>
        <translation>Nichts erfordert das Gremium.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why it needs the board</source>
        <translation>Warum das Gremium gefragt ist</translation>
    </message>
    <message>
        <source>%1 risk · %2 points</source>
        <translation>Risiko %1 · %2 Punkte</translation>
    </message>
    <message>
        <source>Business unit unknown</source>
        <translation>Geschäftsbereich unbekannt</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>Lebenszyklus: %1</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow: %1</translation>
    </message>
    <message>
        <source>%1% of answers known</source>
        <translation>%1 % der Antworten bekannt</translation>
    </message>
    <message>
        <source>system %1</source>
        <translation>System %1</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>Auf der Tagesordnung</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Entscheidungsgrenzen</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>No vendor profile.</source>
        <translation>Kein Anbieterprofil.</translation>
    </message>
    <message>
        <source>Risk explanation</source>
        <translation>Risikoerläuterung</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Approval and sign-offs</source>
        <translation>Freigabe und Abzeichnungen</translation>
    </message>
    <message>
        <source>Last approval</source>
        <translation>Letzte Freigabe</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Nie freigegeben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Nichts offen</translation>
    </message>
    <message>
        <source>History since %1</source>
        <translation>Verlauf seit %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen erfasst.</translation>
    </message>
    <message>
        <source>%n earlier entries not shown (charter-cli audit lists them).</source>
        <translation>Frühere Einträge nicht angezeigt: %n (charter-cli audit listet sie auf).</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>The board pack was cancelled.</source>
        <translation>Die Gremiumsunterlage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>charter::BoardPackPdf</name>
    <message>
        <source>Rendering a PDF needs the graphical application object (fonts).</source>
        <translation>Zum Erzeugen eines PDF wird das grafische Anwendungsobjekt (Schriften) benötigt.</translation>
    </message>
    <message>
        <source>The board pack was cancelled.</source>
        <translation>Die Gremiumsunterlage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot start drawing the PDF.</source>
        <translation>Das Zeichnen des PDF kann nicht beginnen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>charter::BoundariesSection</name>
    <message>
        <source>Decision boundaries</source>
        <translation>Entscheidungsgrenzen</translation>
    </message>
    <message>
        <source>Each decision the system touches and how far it may influence it. No rows at all means the boundaries are not documented, a gap.</source>
        <translation>Jede Entscheidung, die das System berührt, und wie weit es sie beeinflussen darf. Gar keine Zeilen heißt, die Grenzen sind nicht dokumentiert – eine Lücke.</translation>
    </message>
    <message>
        <source>No decision boundaries documented yet.
Add one per decision the system influences.</source>
        <translation>Noch keine Entscheidungsgrenzen dokumentiert.
Fügen Sie eine je Entscheidung hinzu, die das System beeinflusst.</translation>
    </message>
    <message>
        <source>Human steps in when</source>
        <translation>Mensch greift ein, wenn</translation>
    </message>
    <message>
        <source>Failure handling</source>
        <translation>Fehlerbehandlung</translation>
    </message>
    <message>
        <source>Uncertainty reported</source>
        <translation>Gemeldete Unsicherheit</translation>
    </message>
    <message>
        <source>Human steps in when:</source>
        <translation>Mensch greift ein, wenn:</translation>
    </message>
    <message>
        <source>Failure handling:</source>
        <translation>Fehlerbehandlung:</translation>
    </message>
    <message>
        <source>Uncertainty reported:</source>
        <translation>Gemeldete Unsicherheit:</translation>
    </message>
    <message>
        <source>Select a decision to see and edit its details.</source>
        <translation>Wählen Sie eine Entscheidung, um ihre Details zu sehen und zu bearbeiten.</translation>
    </message>
    <message>
        <source>Details of decision %1</source>
        <translation>Details der Entscheidung %1</translation>
    </message>
    <message>
        <source>Details of “%1”</source>
        <translation>Details zu „%1“</translation>
    </message>
</context>
<context>
    <name>charter::BoundaryTableModel</name>
    <message>
        <source>Not described</source>
        <translation>Nicht beschrieben</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Unknown: a gap that counts as risk. Double-click or press F2 to answer.</source>
        <translation>Unbekannt: eine Lücke, die als Risiko zählt. Doppelklicken oder F2 drücken, um zu antworten.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Einfluss</translation>
    </message>
    <message>
        <source>Human steps in when</source>
        <translation>Mensch greift ein, wenn</translation>
    </message>
    <message>
        <source>Failure handling</source>
        <translation>Fehlerbehandlung</translation>
    </message>
    <message>
        <source>Uncertainty reported</source>
        <translation>Gemeldete Unsicherheit</translation>
    </message>
    <message>
        <source>Edit decision boundary: %1</source>
        <translation>Entscheidungsgrenze bearbeiten: %1</translation>
    </message>
    <message>
        <source>Add decision boundary</source>
        <translation>Entscheidungsgrenze hinzufügen</translation>
    </message>
    <message>
        <source>Remove decision boundary</source>
        <translation>Entscheidungsgrenze entfernen</translation>
    </message>
    <message>
        <source>Move decision boundary</source>
        <translation>Entscheidungsgrenze verschieben</translation>
    </message>
</context>
<context>
    <name>charter::BriefSource</name>
    <message>
        <source>There is no AI system with id %1.</source>
        <translation>Es gibt kein KI-System mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no vendor with id %1.</source>
        <translation>Es gibt keinen Anbieter mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>charter::ChangeNotifier</name>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>Änderungen an %1 können nicht überwacht werden: %2</translation>
    </message>
    <message>
        <source>Lost the connection to %1; reconnecting.</source>
        <translation>Verbindung zu %1 verloren; neuer Verbindungsaufbau.</translation>
    </message>
</context>
<context>
    <name>charter::ColumnChooser</name>
    <message>
        <source>&amp;Columns</source>
        <translation>Spa&amp;lten</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>Spalten &amp;zurücksetzen</translation>
    </message>
</context>
<context>
    <name>charter::ColumnMappingModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>No register field takes this column; name it in a mapping file to import it.</source>
        <translation>Kein Registerfeld übernimmt diese Spalte; benennen Sie sie in einer Zuordnungsdatei, um sie zu importieren.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Register field</source>
        <translation>Registerfeld</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
</context>
<context>
    <name>charter::Completeness</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Lebenszyklusphase</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Bereitstellungsmodell</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlicher Verantwortlicher</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technischer Verantwortlicher</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Verantwortlicher für den Support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>IT-Ansprechpartner</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Entscheidungsgrenzen</translation>
    </message>
    <message>
        <source>Influence level of each decision</source>
        <translation>Einflussgrad jeder Entscheidung</translation>
    </message>
    <message>
        <source>When a human must step in</source>
        <translation>Wann ein Mensch eingreifen muss</translation>
    </message>
    <message>
        <source>Failure handling</source>
        <translation>Fehlerbehandlung</translation>
    </message>
    <message>
        <source>Uncertainty reporting</source>
        <translation>Meldung von Unsicherheit</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Escalation contacts</source>
        <translation>Eskalationskontakte</translation>
    </message>
    <message>
        <source>Escalation channels</source>
        <translation>Eskalationskanäle</translation>
    </message>
    <message>
        <source>Escalation response targets</source>
        <translation>Reaktionsziele der Eskalation</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Production data</source>
        <translation>Produktionsdaten</translation>
    </message>
    <message>
        <source>Safety relevance</source>
        <translation>Sicherheitsrelevanz</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Datenresidenz</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Zugriffsumfang</translation>
    </message>
    <message>
        <source>External processing</source>
        <translation>Externe Verarbeitung</translation>
    </message>
    <message>
        <source>Cloud connectivity</source>
        <translation>Cloud-Anbindung</translation>
    </message>
    <message>
        <source>Credential handling</source>
        <translation>Umgang mit Zugangsdaten</translation>
    </message>
    <message>
        <source>Integrations with existing systems</source>
        <translation>Integrationen mit bestehenden Systemen</translation>
    </message>
    <message>
        <source>Vendor involvement</source>
        <translation>Beteiligung eines Anbieters</translation>
    </message>
    <message>
        <source>Vendor viability</source>
        <translation>Wirtschaftliche Stabilität des Anbieters</translation>
    </message>
    <message>
        <source>Vendor roadmap stability</source>
        <translation>Roadmap-Stabilität des Anbieters</translation>
    </message>
    <message>
        <source>Vendor support maturity</source>
        <translation>Support-Reife des Anbieters</translation>
    </message>
    <message>
        <source>Vendor exit options</source>
        <translation>Ausstiegsoptionen beim Anbieter</translation>
    </message>
    <message>
        <source>Vendor data portability</source>
        <translation>Datenportabilität beim Anbieter</translation>
    </message>
    <message>
        <source>Vendor security attestations</source>
        <translation>Sicherheitsnachweise des Anbieters</translation>
    </message>
    <message>
        <source>Vendor data residency</source>
        <translation>Datenresidenz beim Anbieter</translation>
    </message>
    <message>
        <source>Vendor contract end</source>
        <translation>Vertragsende mit dem Anbieter</translation>
    </message>
    <message>
        <source>Model deprecation notice</source>
        <translation>Abkündigungsfrist des Modells</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>Betreuer</translation>
    </message>
    <message>
        <source>Update handling</source>
        <translation>Umgang mit Aktualisierungen</translation>
    </message>
    <message>
        <source>Issue escalation</source>
        <translation>Eskalation von Problemen</translation>
    </message>
    <message>
        <source>EU AI Act category</source>
        <translation>Kategorie nach EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>EU AI Act role</source>
        <translation>Rolle nach EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>US OMB high-impact flag</source>
        <translation>US-OMB-Kennzeichen „hohe Auswirkung“</translation>
    </message>
</context>
<context>
    <name>charter::ConnectDialog</name>
    <message>
        <source>Connect to Shared Database</source>
        <translation>Mit gemeinsamer Datenbank verbinden</translation>
    </message>
    <message>
        <source>postgresql://user@host/database or service=NAME</source>
        <translation>postgresql://benutzer@host/datenbank oder service=NAME</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass or the service file</source>
        <translation>Leer: aus ~/.pgpass oder der Dienstdatei</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <source>A libpq connection string or URI, for example postgresql://ana@db.example.org/charter?sslmode=verify-full or service=charter. Leave the password empty when libpq finds it in ~/.pgpass or the service file. Charter never writes passwords to its settings or logs.</source>
        <translation>Eine libpq-Verbindungszeichenfolge oder URI, zum Beispiel postgresql://ana@db.example.org/charter?sslmode=verify-full oder service=charter. Lassen Sie das Passwort leer, wenn libpq es in ~/.pgpass oder der Dienstdatei findet. Charter schreibt Passwörter nie in seine Einstellungen oder Protokolle.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The password was filled in from the system keychain.</source>
        <translation>Das Passwort wurde aus dem Schlüsselbund des Systems eingetragen.</translation>
    </message>
    <message>
        <source>Enter a PostgreSQL connection string or URI, such as postgresql://user@host/database or service=NAME. To open a file, use File &gt; Open Database.</source>
        <translation>Geben Sie eine PostgreSQL-Verbindungszeichenfolge oder URI ein, etwa postgresql://benutzer@host/datenbank oder service=NAME. Eine Datei öffnen Sie mit Datei &gt; Datenbank öffnen.</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>Die Verbindungszeichenfolge ist ungültig: %1</translation>
    </message>
    <message>
        <source>%1 The password was not saved; press Connect again to connect without remembering it.</source>
        <translation>%1 Das Passwort wurde nicht gespeichert; klicken Sie erneut auf Verbinden, um ohne Speichern zu verbinden.</translation>
    </message>
</context>
<context>
    <name>charter::ConnectionString</name>
    <message>
        <source>The connection string has no &quot;=&quot; after &quot;%1&quot;. Write keyword=value pairs, e.g. &quot;host=db.example.org dbname=charter&quot;, or a postgresql:// URI.</source>
        <translation>Die Verbindungszeichenfolge hat kein „=“ nach „%1“. Schreiben Sie Paare aus Schlüsselwort=Wert, z. B. „host=db.example.org dbname=charter“, oder eine postgresql://-URI.</translation>
    </message>
    <message>
        <source>The connection string has a value without a keyword at character %1.</source>
        <translation>Die Verbindungszeichenfolge hat bei Zeichen %1 einen Wert ohne Schlüsselwort.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in the connection string has no closing quote.</source>
        <translation>Der Wert von „%1“ in der Verbindungszeichenfolge hat kein schließendes Anführungszeichen.</translation>
    </message>
    <message>
        <source>The connection string is empty.</source>
        <translation>Die Verbindungszeichenfolge ist leer.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The connection URI has an IPv6 host address without its closing &quot;]&quot;.</source>
        <translation>Die Verbindungs-URI hat eine IPv6-Hostadresse ohne schließendes „]“.</translation>
    </message>
    <message>
        <source>The connection URI has an empty IPv6 host address.</source>
        <translation>Die Verbindungs-URI hat eine leere IPv6-Hostadresse.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The connection URI has an unexpected &quot;%1&quot; at character %2.</source>
        <translation>Die Verbindungs-URI hat bei Zeichen %2 ein unerwartetes „%1“.</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>The connection URI parameter &quot;%1&quot; has no value; write keyword=value.</source>
        <translation>Der Parameter „%1“ der Verbindungs-URI hat keinen Wert; schreiben Sie Schlüsselwort=Wert.</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on. Put the setting in a service file (service=NAME) instead.</source>
        <translation>Der Wert von „%1“ enthält ein Semikolon, das Qts PostgreSQL-Treiber nicht weitergeben kann. Legen Sie die Einstellung stattdessen in einer Service-Datei ab (service=NAME).</translation>
    </message>
</context>
<context>
    <name>charter::CredentialStore</name>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>charter::CsvReader</name>
    <message>
        <source>%1, line %2: a quoted field starts here and is never closed; the file&apos;s quoting is broken (a missing &quot; character). Fix it in a spreadsheet and save it again.</source>
        <translation>%1, Zeile %2: Hier beginnt ein Feld in Anführungszeichen, das nie geschlossen wird; die Quotierung der Datei ist fehlerhaft (ein fehlendes &quot;-Zeichen). Korrigieren Sie sie in einer Tabellenkalkulation und speichern Sie erneut.</translation>
    </message>
</context>
<context>
    <name>charter::DashboardView</name>
    <message>
        <source>Portfolio dashboard</source>
        <translation>Portfolio-Dashboard</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Das Dashboard konnte nicht berechnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) as of %1. Click any number, bar, slice or point to see exactly those systems in the registry.</source>
        <translation>
            <numerusform>%n System, Stand %1. Klicken Sie auf eine Zahl, einen Balken, ein Segment oder einen Punkt, um genau diese Systeme im Register zu sehen.</numerusform>
            <numerusform>%n Systeme, Stand %1. Klicken Sie auf eine Zahl, einen Balken, ein Segment oder einen Punkt, um genau diese Systeme im Register zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a register to see its dashboard.</source>
        <translation>Öffnen Sie ein Register, um sein Dashboard zu sehen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Dashboard: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Portfolio by risk tier</source>
        <translation>Portfolio nach Risikostufe</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Approval pipeline by workflow state</source>
        <translation>Freigabe-Pipeline nach Workflow-Status</translation>
    </message>
    <message>
        <source>Re-reviews due by month</source>
        <translation>Fällige erneute Prüfungen nach Monat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Decision-boundary mix</source>
        <translation>Verteilung der Entscheidungsgrenzen</translation>
    </message>
    <message>
        <source>Vendor concentration and exit readiness</source>
        <translation>Anbieter und Ausstiegsbereitschaft</translation>
    </message>
    <message>
        <source>%1 (top %2 of %3 vendors)</source>
        <translation>%1 (größte %2 von %3)</translation>
    </message>
    <message>
        <source>Overrides and incidents per month</source>
        <translation>Übersteuerungen und Vorfälle je Monat</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Übersteuerungen</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Overrides in %1</source>
        <translation>Übersteuerungen im %1</translation>
    </message>
    <message>
        <source>Incidents in %1</source>
        <translation>Vorfälle im %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Likelihood × impact of high and critical systems</source>
        <translation>Wahrscheinlichkeit × Auswirkung (hoch/kritisch)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n system(s)</source>
        <translation>
            <numerusform>%1: %n System</numerusform>
            <numerusform>%1: %n Systeme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <source>%1: none recorded in the last 12 months</source>
        <translation>%1: in den letzten 12 Monaten nichts erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%1 risk: %n system(s)</source>
        <translation>
            <numerusform>Risiko %1: %n System</numerusform>
            <numerusform>Risiko %1: %n Systeme</numerusform>
        </translation>
    </message>
    <message>
        <source>Likelihood (1–5)</source>
        <translation>Wahrscheinlichkeit (1–5)</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Auswirkung (1–5)</translation>
    </message>
    <message>
        <source>Likelihood rises with autonomy, unknown answers and external processing or an unknown vendor; impact with personal data, safety relevance, EU AI Act high-risk or prohibited practice, and US OMB high impact. Each dot is one cell of the grid: its number and size say how many systems it holds.</source>
        <translation>Die Wahrscheinlichkeit steigt mit Autonomie, unbekannten Antworten und externer Verarbeitung oder einem unbekannten Anbieter; die Auswirkung mit personenbezogenen Daten, Sicherheitsrelevanz, Hochrisiko oder verbotener Praxis nach EU AI Act und hoher Auswirkung nach US OMB. Jeder Punkt ist eine Zelle des Rasters: Zahl und Größe zeigen, wie viele Systeme sie enthält.</translation>
    </message>
</context>
<context>
    <name>charter::DataSecuritySection</name>
    <message>
        <source>Data and security</source>
        <translation>Daten und Sicherheit</translation>
    </message>
    <message>
        <source>What data the system touches, where it lives and how the system is connected. &quot;Unknown&quot; is an answer, and it counts as risk.</source>
        <translation>Welche Daten das System berührt, wo sie liegen und wie das System angebunden ist. „Unbekannt“ ist eine Antwort, und sie zählt als Risiko.</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Personenbezogene Daten:</translation>
    </message>
    <message>
        <source>Does it process data about identifiable people?</source>
        <translation>Verarbeitet es Daten über identifizierbare Personen?</translation>
    </message>
    <message>
        <source>Production data:</source>
        <translation>Produktionsdaten:</translation>
    </message>
    <message>
        <source>Does it read or write live business data?</source>
        <translation>Liest oder schreibt es aktuelle Geschäftsdaten?</translation>
    </message>
    <message>
        <source>Safety-related:</source>
        <translation>Sicherheitsrelevant:</translation>
    </message>
    <message>
        <source>Can its output affect someone&apos;s health or safety?</source>
        <translation>Kann seine Ausgabe die Gesundheit oder Sicherheit von Menschen beeinträchtigen?</translation>
    </message>
    <message>
        <source>Data residency:</source>
        <translation>Datenresidenz:</translation>
    </message>
    <message>
        <source>e.g. EU, Germany, US-East</source>
        <translation>z. B. EU, Deutschland, US-Ost</translation>
    </message>
    <message>
        <source>Access scope:</source>
        <translation>Zugriffsumfang:</translation>
    </message>
    <message>
        <source>e.g. finance team, read-only on ERP</source>
        <translation>z. B. Finanzteam, nur Lesezugriff auf das ERP</translation>
    </message>
    <message>
        <source>External processing:</source>
        <translation>Externe Verarbeitung:</translation>
    </message>
    <message>
        <source>Is data processed outside the organisation (e.g. by the vendor)?</source>
        <translation>Werden Daten außerhalb der Organisation verarbeitet (z. B. vom Anbieter)?</translation>
    </message>
    <message>
        <source>Cloud connectivity:</source>
        <translation>Cloud-Anbindung:</translation>
    </message>
    <message>
        <source>Does it connect to cloud services?</source>
        <translation>Verbindet es sich mit Cloud-Diensten?</translation>
    </message>
    <message>
        <source>Credential handling:</source>
        <translation>Umgang mit Zugangsdaten:</translation>
    </message>
    <message>
        <source>e.g. vault-managed service account</source>
        <translation>z. B. im Vault verwaltetes Dienstkonto</translation>
    </message>
    <message>
        <source>systems it is wired into</source>
        <translation>Systeme, an die es angebunden ist</translation>
    </message>
    <message>
        <source>Integrations:</source>
        <translation>Integrationen:</translation>
    </message>
</context>
<context>
    <name>charter::Database</name>
    <message>
        <source>Cannot use the database location: %1</source>
        <translation>Der Datenbankort kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>There is no Charter database at %1. Create one with &apos;charter-cli init&apos; or choose another file.</source>
        <translation>Unter %1 gibt es keine Charter-Datenbank. Legen Sie eine mit „charter-cli init“ an oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Der Ordner %1 für die Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Charter database file.</source>
        <translation>%1 ist ein Ordner, keine Charter-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Charter database: it is not an SQLite database file.</source>
        <translation>%1 ist keine Charter-Datenbank: Es ist keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>%1 is truncated (%2 bytes): it cannot be a complete Charter database. Restore it from a backup.</source>
        <translation>%1 ist abgeschnitten (%2 Byte): Es kann keine vollständige Charter-Datenbank sein. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). SQLite databases are only safe there while a single computer uses them: never open it from two computers at once, or it may be damaged. Charter uses a rollback journal instead of write-ahead logging here. Move the database to a local disk if you can.</source>
        <translation>%1 liegt auf einem Netzwerkdateisystem (%2). SQLite-Datenbanken sind dort nur sicher, solange ein einziger Computer sie verwendet: Öffnen Sie sie nie von zwei Computern gleichzeitig, sonst kann sie beschädigt werden. Charter verwendet hier ein Rollback-Journal statt Write-Ahead-Logging. Verschieben Sie die Datenbank nach Möglichkeit auf ein lokales Laufwerk.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Charter (schema version %2; this version reads up to %3). Update Charter to open it. The file was left untouched.</source>
        <translation>%1 wurde von einer neueren Charter-Version geschrieben (Schemaversion %2; diese Version liest bis %3). Aktualisieren Sie Charter, um sie zu öffnen. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql.</source>
        <translation>%1 kann nicht geöffnet werden: Qts PostgreSQL-Treiber (QPSQL) ist nicht installiert. Installieren Sie das Paket libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot use the database location %1: %2</source>
        <translation>Der Datenbankort %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2.%3</source>
        <translation>Keine Verbindung zur PostgreSQL-Datenbank %1: %2.%3</translation>
    </message>
    <message>
        <source>identifying the server</source>
        <translation>Server wird identifiziert</translation>
    </message>
    <message>
        <source>%1 runs PostgreSQL %2; Charter needs PostgreSQL 12 or newer.</source>
        <translation>%1 läuft mit PostgreSQL %2; Charter benötigt PostgreSQL 12 oder neuer.</translation>
    </message>
    <message>
        <source>%1 has no schema for Charter&apos;s tables: no schema on the search_path exists. Create one, or choose it with options=&apos;-c search_path=NAME&apos; in the connection string.</source>
        <translation>%1 hat kein Schema für Charters Tabellen: Kein Schema im search_path existiert. Legen Sie eines an oder wählen Sie es mit options=&apos;-c search_path=NAME&apos; in der Verbindungszeichenfolge.</translation>
    </message>
    <message>
        <source>preparing the connection (%1)</source>
        <translation>Verbindung wird vorbereitet (%1)</translation>
    </message>
    <message>
        <source>There is no Charter database in %1 (it is empty). Create one with &apos;charter-cli init&apos; or choose another database.</source>
        <translation>In %1 gibt es keine Charter-Datenbank (sie ist leer). Legen Sie eine mit „charter-cli init“ an oder wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Charter (schema version %2; this version reads up to %3). Update Charter to open it. The database was left untouched.</source>
        <translation>%1 wurde von einer neueren Charter-Version geschrieben (Schemaversion %2; diese Version liest bis %3). Aktualisieren Sie Charter, um sie zu öffnen. Die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this version of Charter needs %3. A shared database is upgraded by its owner: back it up first (pg_dump), then run &apos;charter-cli --db LOCATION admin migrate&apos;. The database was left untouched.</source>
        <translation>%1 hat die Schemaversion %2; diese Charter-Version benötigt %3. Eine gemeinsame Datenbank aktualisiert ihr Eigentümer: Sichern Sie sie zuerst (pg_dump) und führen Sie dann „charter-cli --db ORT admin migrate“ aus. Die Datenbank blieb unverändert.</translation>
    </message>
    <message>
        <source>listing the tables</source>
        <translation>Tabellen werden aufgelistet</translation>
    </message>
    <message>
        <source>%1 is corrupt or not a Charter database: %2. Restore it from a backup.</source>
        <translation>%1 ist beschädigt oder keine Charter-Datenbank: %2. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is not a Charter database: it holds other tables (%2) but no Charter metadata. Choose an empty database, or another schema with options=&apos;-c search_path=NAME&apos;. Nothing was changed.</source>
        <translation>%1 ist keine Charter-Datenbank: Sie enthält andere Tabellen (%2), aber keine Charter-Metadaten. Wählen Sie eine leere Datenbank oder ein anderes Schema mit options=&apos;-c search_path=NAME&apos;. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Charter database (it has no Charter metadata). Choose another file.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Charter-Datenbank (sie hat keine Charter-Metadaten). Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>reading the Charter metadata</source>
        <translation>Charter-Metadaten werden gelesen</translation>
    </message>
    <message>
        <source>%1 is corrupt: cannot read the Charter metadata: %2. Restore it from a backup.</source>
        <translation>%1 ist beschädigt: Die Charter-Metadaten können nicht gelesen werden: %2. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>%1 is corrupt: its Charter metadata has no valid schema version. Restore it from a backup.</source>
        <translation>%1 ist beschädigt: Ihre Charter-Metadaten haben keine gültige Schemaversion. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>preparing the database (%1)</source>
        <translation>Datenbank wird vorbereitet (%1)</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2 before upgrading it: %3. Nothing was changed.</source>
        <translation>%1 kann vor der Aktualisierung nicht nach %2 gesichert werden: %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>upgrading to schema version %1</source>
        <translation>Aktualisierung auf Schemaversion %1</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>Schemaversion %1 wird erfasst</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 failed and was rolled back: %3</source>
        <translation>Die Aktualisierung von %1 auf Schemaversion %2 ist fehlgeschlagen und wurde zurückgerollt: %3</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Transaktion wird gestartet</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>checking integrity</source>
        <translation>Integrität wird geprüft</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>checking references</source>
        <translation>Verweise werden geprüft</translation>
    </message>
    <message>
        <source>Reference: a row in %1 (row id %2) points to a missing row in %3</source>
        <translation>Verweis: Eine Zeile in %1 (Zeilen-ID %2) verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>Integrity: the schema version changed from %1 to %2 while Charter had the database open.</source>
        <translation>Integrität: Die Schemaversion hat sich von %1 auf %2 geändert, während Charter die Datenbank geöffnet hatte.</translation>
    </message>
    <message>
        <source>Integrity: the table %1 is missing.</source>
        <translation>Integrität: Die Tabelle %1 fehlt.</translation>
    </message>
    <message>
        <source>Reference: the foreign key %1 of %2 is not validated.</source>
        <translation>Verweis: Der Fremdschlüssel %1 von %2 ist nicht validiert.</translation>
    </message>
    <message>
        <source>Reference: the foreign key %1 of %2 is disabled.</source>
        <translation>Verweis: Der Fremdschlüssel %1 von %2 ist deaktiviert.</translation>
    </message>
    <message>
        <source>Reference: rows in %1 point to a missing row in %2 (%3 = %4)</source>
        <translation>Verweis: Zeilen in %1 verweisen auf eine fehlende Zeile in %2 (%3 = %4)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>%1 wird erfasst</translation>
    </message>
    <message>
        <source> Someone else changed the same data at the same time; try again.</source>
        <translation> Jemand anderes hat dieselben Daten gleichzeitig geändert; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source> Another program is writing to the database; try again.</source>
        <translation> Ein anderes Programm schreibt in die Datenbank; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source> The database login %1 is not allowed to do this; ask the database&apos;s administrator for the Charter role you need.</source>
        <translation> Das Datenbank-Login %1 darf dies nicht; bitten Sie die Administration der Datenbank um die benötigte Charter-Rolle.</translation>
    </message>
    <message>
        <source> The server only allows reading (a standby or a read-only database).</source>
        <translation> Der Server erlaubt nur Lesezugriff (ein Standby-Server oder eine schreibgeschützte Datenbank).</translation>
    </message>
    <message>
        <source> The connection to the server failed or was lost; check the server and try again.</source>
        <translation> Die Verbindung zum Server ist fehlgeschlagen oder wurde unterbrochen; prüfen Sie den Server und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source> The server reports damaged data; ask its administrator to restore it from a backup.</source>
        <translation> Der Server meldet beschädigte Daten; bitten Sie seine Administration, sie aus einer Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>Database error while %1 (%2): %3.%4</source>
        <translation>Datenbankfehler bei: %1 (%2): %3.%4</translation>
    </message>
    <message>
        <source> The database file is damaged; restore it from a backup.</source>
        <translation> Die Datenbankdatei ist beschädigt; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Keine Verbindung zur PostgreSQL-Datenbank %1: %2</translation>
    </message>
</context>
<context>
    <name>charter::DecisionDialog</name>
    <message>
        <source>Record Decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1. %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1. %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Why the board decided this (required)</source>
        <translation>Warum das Gremium so entschieden hat (Pflicht)</translation>
    </message>
    <message>
        <source>What the approval depends on</source>
        <translation>Woran die Freigabe geknüpft ist</translation>
    </message>
    <message>
        <source>Approval &amp;expires on</source>
        <translation>Freigabe &amp;läuft ab am</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give my &amp;board sign-off first (systems in review)</source>
        <translation>Zuerst meine Abzeichnung als &amp;Gremium erteilen (Systeme in Prüfung)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Auflagen:</translation>
    </message>
    <message>
        <source>Board members &amp;present:</source>
        <translation>Anwesende Gremiums&amp;mitglieder:</translation>
    </message>
</context>
<context>
    <name>charter::DecisionLogRepository</name>
    <message>
        <source>reading the overrides of system %1</source>
        <translation>Übersteuerungen von System %1 werden gelesen</translation>
    </message>
    <message>
        <source>reading the incidents of system %1</source>
        <translation>Vorfälle von System %1 werden gelesen</translation>
    </message>
    <message>
        <source>reading incident %1</source>
        <translation>Vorfall %1 wird gelesen</translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>Es gibt keinen Vorfall mit der ID %1.</translation>
    </message>
    <message>
        <source>recording an override on system %1</source>
        <translation>Übersteuerung an System %1 wird erfasst</translation>
    </message>
    <message>
        <source>recording an incident on system %1</source>
        <translation>Vorfall an System %1 wird erfasst</translation>
    </message>
    <message>
        <source>recording the acknowledgement of incident %1</source>
        <translation>Bestätigung von Vorfall %1 wird erfasst</translation>
    </message>
    <message>
        <source>reading the overrides since %1</source>
        <translation>Übersteuerungen seit %1 werden gelesen</translation>
    </message>
    <message>
        <source>reading the incidents since %1</source>
        <translation>Vorfälle seit %1 werden gelesen</translation>
    </message>
</context>
<context>
    <name>charter::DecisionLogService</name>
    <message>
        <source>What the system recommended</source>
        <translation>Was das System empfohlen hat</translation>
    </message>
    <message>
        <source>What the person decided</source>
        <translation>Was die Person entschieden hat</translation>
    </message>
    <message>
        <source>The reason for the override</source>
        <translation>Grund für die Übersteuerung</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>Was ausgefallen ist</translation>
    </message>
    <message>
        <source>The acknowledgement time must be 0 minutes or more.</source>
        <translation>Die Bestätigungszeit muss 0 Minuten oder mehr betragen.</translation>
    </message>
    <message>
        <source>Incident %1 was already acknowledged after %2 minutes.</source>
        <translation>Vorfall %1 wurde bereits nach %2 Minuten bestätigt.</translation>
    </message>
</context>
<context>
    <name>charter::DecisionRegister</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>charter::DemoHistory</name>
    <message>
        <source>The demo history creates accounts for the demo&apos;s people and acts in their names, so it needs the admin role. (%1)</source>
        <translation>Der Demo-Verlauf legt Konten für die Personen der Demo an und handelt in ihrem Namen; er benötigt daher die Rolle admin. (%1)</translation>
    </message>
</context>
<context>
    <name>charter::DemoMeeting</name>
    <message>
        <source>AI governance board</source>
        <translation>KI-Governance-Gremium</translation>
    </message>
    <message>
        <source>Quarterly accuracy and override report to the board.</source>
        <translation>Vierteljährlicher Bericht an das Gremium zu Genauigkeit und Übersteuerungen.</translation>
    </message>
    <message>
        <source>Boundaries, escalation path and vendor profile reviewed; residual risk accepted.</source>
        <translation>Grenzen, Eskalationspfad und Anbieterprofil geprüft; Restrisiko akzeptiert.</translation>
    </message>
    <message>
        <source>Owner to resubmit for re-review before the next meeting.</source>
        <translation>Verantwortlicher reicht vor der nächsten Sitzung zur erneuten Prüfung ein.</translation>
    </message>
    <message>
        <source>Business unit to name an accountable owner.</source>
        <translation>Geschäftsbereich benennt einen Verantwortlichen.</translation>
    </message>
</context>
<context>
    <name>charter::DirectoryPicker</name>
    <message>
        <source>Type to search</source>
        <translation>Tippen zum Suchen</translation>
    </message>
</context>
<context>
    <name>charter::DirectoryService</name>
    <message>
        <source>The person was not added.</source>
        <translation>Die Person wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The person was not saved.</source>
        <translation>Die Person wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The vendor was not added.</source>
        <translation>Der Anbieter wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The vendor profile was not saved.</source>
        <translation>Das Anbieterprofil wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>charter::DirectoryStore</name>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
</context>
<context>
    <name>charter::EditingWorkspace</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Store the edits in the register</source>
        <translation>Änderungen im Register speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Go back to what is stored (can be undone)</source>
        <translation>Zum gespeicherten Stand zurückkehren (rückgängig machbar)</translation>
    </message>
    <message>
        <source>&amp;New System</source>
        <translation>&amp;Neues System</translation>
    </message>
    <message>
        <source>Register a new AI system</source>
        <translation>Ein neues KI-System registrieren</translation>
    </message>
    <message>
        <source>&amp;Edit System</source>
        <translation>System &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected system (also Enter or double-click)</source>
        <translation>Das ausgewählte System bearbeiten (auch Eingabetaste oder Doppelklick)</translation>
    </message>
    <message>
        <source>&amp;Close Editor</source>
        <translation>Editor s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Show the register of AI systems</source>
        <translation>Das Register der KI-Systeme anzeigen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>Show the people directory</source>
        <translation>Das Personenverzeichnis anzeigen</translation>
    </message>
    <message>
        <source>&amp;Vendors</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>Show the vendor risk profiles</source>
        <translation>Die Risikoprofile der Anbieter anzeigen</translation>
    </message>
    <message>
        <source>New Pe&amp;rson</source>
        <translation>Neue Perso&amp;n</translation>
    </message>
    <message>
        <source>New Ve&amp;ndor</source>
        <translation>Neuer Anbie&amp;ter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Directories</source>
        <translation>&amp;Verzeichnisse</translation>
    </message>
</context>
<context>
    <name>charter::EntryEditor</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Noch nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are still here.</source>
        <translation>Nicht gespeichert: %1 Ihre Änderungen sind noch vorhanden.</translation>
    </message>
    <message>
        <source>New — not saved yet</source>
        <translation>Neu – noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>charter::Enums</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>In Entwicklung</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>In Produktion</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Außer Betrieb</translation>
    </message>
    <message>
        <source>On premises</source>
        <translation>Lokal (On-Premises)</translation>
    </message>
    <message>
        <source>Private cloud</source>
        <translation>Private Cloud</translation>
    </message>
    <message>
        <source>Vendor SaaS</source>
        <translation>SaaS des Anbieters</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <source>Embedded in a product</source>
        <translation>In ein Produkt eingebettet</translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation>Autonom</translation>
    </message>
    <message>
        <source>Human approves</source>
        <translation>Mensch gibt frei</translation>
    </message>
    <message>
        <source>Advisory only</source>
        <translation>Nur beratend</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Unzulässig</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Angemessen</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>In-house team</source>
        <translation>Internes Team</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Service partner</source>
        <translation>Dienstleistungspartner</translation>
    </message>
    <message>
        <source>Prohibited practice</source>
        <translation>Verbotene Praxis</translation>
    </message>
    <message>
        <source>High-risk</source>
        <translation>Hochrisiko</translation>
    </message>
    <message>
        <source>Limited risk (transparency)</source>
        <translation>Begrenztes Risiko (Transparenz)</translation>
    </message>
    <message>
        <source>Minimal risk</source>
        <translation>Minimales Risiko</translation>
    </message>
    <message>
        <source>Not in scope</source>
        <translation>Nicht im Anwendungsbereich</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter (Provider)</translation>
    </message>
    <message>
        <source>Deployer</source>
        <translation>Betreiber</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Einführer</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Mitwirkender</translation>
    </message>
    <message>
        <source>IT reviewer</source>
        <translation>IT-Prüfer</translation>
    </message>
    <message>
        <source>Governance board</source>
        <translation>Governance-Gremium</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Zur Prüfung eingereicht</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Wieder zugelassen</translation>
    </message>
    <message>
        <source>Re-approval required</source>
        <translation>Erneute Freigabe erforderlich</translation>
    </message>
    <message>
        <source>IT review</source>
        <translation>IT-Prüfung</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>Purchased from a vendor</source>
        <translation>Von einem Anbieter gekauft</translation>
    </message>
    <message>
        <source>Developed under contract</source>
        <translation>Im Auftrag entwickelt</translation>
    </message>
    <message>
        <source>Contractor and in-house</source>
        <translation>Auftragnehmer und intern</translation>
    </message>
    <message>
        <source>Developed in-house</source>
        <translation>Intern entwickelt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Waiting for a board decision</source>
        <translation>Wartet auf Entscheidung des Gremiums</translation>
    </message>
    <message>
        <source>Risk tier changed</source>
        <translation>Risikostufe geändert</translation>
    </message>
    <message>
        <source>Re-review overdue</source>
        <translation>Erneute Prüfung überfällig</translation>
    </message>
    <message>
        <source>Stale sign-off</source>
        <translation>Veraltete Abzeichnung</translation>
    </message>
    <message>
        <source>New incidents</source>
        <translation>Neue Vorfälle</translation>
    </message>
    <message>
        <source>New overrides</source>
        <translation>Neue Übersteuerungen</translation>
    </message>
    <message>
        <source>No accountable owner</source>
        <translation>Kein Verantwortlicher</translation>
    </message>
    <message>
        <source>Vendor contract ending</source>
        <translation>Anbietervertrag läuft aus</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Manuell hinzugefügt</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Unter Auflagen freigeben</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Vertagen</translation>
    </message>
    <message>
        <source>Request information</source>
        <translation>Informationen anfordern</translation>
    </message>
    <message>
        <source>low</source>
        <comment>risk tier or severity inside a sentence</comment>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>risk tier or severity inside a sentence</comment>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <comment>risk tier or severity inside a sentence</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>risk tier or severity inside a sentence</comment>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>in development</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>in Entwicklung</translation>
    </message>
    <message>
        <source>pilot</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>in production</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>in Produktion</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>außer Betrieb</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in review</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>changes requested</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>außer Betrieb</translation>
    </message>
</context>
<context>
    <name>charter::EscalationSection</name>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Who is called when the system fails, in order, per severity: the person, the channel and how soon they must respond.</source>
        <translation>Wer bei einem Ausfall des Systems gerufen wird, der Reihe nach und je Schweregrad: die Person, der Kanal und wie schnell sie reagieren muss.</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <source>No escalation path yet: nobody would be called.
Add the first step.</source>
        <translation>Noch kein Eskalationspfad: Niemand würde gerufen.
Fügen Sie die erste Stufe hinzu.</translation>
    </message>
    <message>
        <source>Unknown — nobody named</source>
        <translation>Unbekannt – niemand benannt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Response target in minutes</source>
        <translation>Reaktionsziel in Minuten</translation>
    </message>
</context>
<context>
    <name>charter::EscalationTableModel</name>
    <message>
        <source>Nobody named</source>
        <translation>Niemand benannt</translation>
    </message>
    <message>
        <source>Person #%1</source>
        <translation>Person #%1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown: a gap that counts as risk. Double-click or press F2 to answer.</source>
        <translation>Unbekannt: eine Lücke, die als Risiko zählt. Doppelklicken oder F2 drücken, um zu antworten.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Person called</source>
        <translation>Gerufene Person</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Reaktionsziel</translation>
    </message>
    <message>
        <source>Edit escalation step: %1</source>
        <translation>Eskalationsstufe bearbeiten: %1</translation>
    </message>
    <message>
        <source>Add escalation step</source>
        <translation>Eskalationsstufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove escalation step</source>
        <translation>Eskalationsstufe entfernen</translation>
    </message>
    <message>
        <source>Move escalation step</source>
        <translation>Eskalationsstufe verschieben</translation>
    </message>
</context>
<context>
    <name>charter::ExportDialog</name>
    <message>
        <source>Export Register</source>
        <translation>Register exportieren</translation>
    </message>
    <message>
        <source>&amp;JSON portfolio</source>
        <translation>&amp;JSON-Portfolio</translation>
    </message>
    <message>
        <source>Everything: systems, people, vendors with their risk profiles. Charter can import it again.</source>
        <translation>Alles: Systeme, Personen, Anbieter mit ihren Risikoprofilen. Charter kann es wieder importieren.</translation>
    </message>
    <message>
        <source>&amp;CSV register extract</source>
        <translation>&amp;CSV-Registerauszug</translation>
    </message>
    <message>
        <source>One row per system with its risk, for spreadsheets. Vendor profiles and people&apos;s details are left out.</source>
        <translation>Eine Zeile je System mit seinem Risiko, für Tabellenkalkulationen. Anbieterprofile und Personendetails werden weggelassen.</translation>
    </message>
    <message>
        <source>Start with a UTF-8 &amp;byte-order mark (for Excel)</source>
        <translation>Mit UTF-8-&amp;Bytereihenfolgemarke beginnen (für Excel)</translation>
    </message>
    <message>
        <source>Excel reads a CSV file as UTF-8 only when it starts with this mark; other programs do not need it.</source>
        <translation>Excel liest eine CSV-Datei nur dann als UTF-8, wenn sie mit dieser Marke beginnt; andere Programme brauchen sie nicht.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>JSON portfolio (*.json)</source>
        <translation>JSON-Portfolio (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>charter::ExternalChanges</name>
    <message>
        <source>looking for changes made outside Charter</source>
        <translation>Suche nach Änderungen außerhalb von Charter</translation>
    </message>
    <message>
        <source>reading the changes made outside Charter</source>
        <translation>Änderungen außerhalb von Charter werden gelesen</translation>
    </message>
    <message>
        <source>%1 of %2 outside Charter at %3</source>
        <translation>%1 von %2 außerhalb von Charter um %3</translation>
    </message>
    <message>
        <source>Changed outside Charter by %1 and not in the audit trail yet: %2. The next write through Charter records it; review the change.</source>
        <translation>Außerhalb von Charter von %1 geändert und noch nicht im Auditprotokoll: %2. Der nächste Schreibvorgang über Charter erfasst die Änderung; prüfen Sie sie.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not match the server&apos;s record of a change made outside Charter: %2.</source>
        <translation>Audit-Eintrag %1 passt nicht zum Eintrag des Servers über eine Änderung außerhalb von Charter: %2.</translation>
    </message>
</context>
<context>
    <name>charter::FirstRunDialog</name>
    <message>
        <source>Welcome to Charter</source>
        <translation>Willkommen bei Charter</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Welcome to Charter.</source>
        <translation>Willkommen bei Charter.</translation>
    </message>
    <message>
        <source>Create a new Charter database.</source>
        <translation>Eine neue Charter-Datenbank anlegen.</translation>
    </message>
    <message>
        <source>Charter keeps its register of AI systems in a database file. There is no database at this location yet:</source>
        <translation>Charter führt sein Register der KI-Systeme in einer Datenbankdatei. An diesem Ort gibt es noch keine Datenbank:</translation>
    </message>
    <message>
        <source>Create it with the demo portfolio (1 fictional system to explore)</source>
        <translation>Mit dem Demo-Portfolio anlegen (1 fiktives System zum Erkunden)</translation>
    </message>
    <message numerus="yes">
        <source>Create it with the demo portfolio (%n fictional systems to explore)</source>
        <translation>
            <numerusform>Mit dem Demo-Portfolio anlegen (%n fiktives System zum Erkunden)</numerusform>
            <numerusform>Mit dem Demo-Portfolio anlegen (%n fiktive Systeme zum Erkunden)</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty register</source>
        <translation>Ein leeres Register anlegen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Andere Datei öffnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>charter::Flow</name>
    <message>
        <source>Audit tree head: %n entries (not sealed)</source>
        <translation>Tree-Head des Auditprotokolls: Einträge: %n (nicht versiegelt)</translation>
    </message>
    <message>
        <source>Audit tree head: size %1, root %2…</source>
        <translation>Tree-Head des Auditprotokolls: Größe %1, Wurzel %2…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>charter::Generator</name>
    <message>
        <source>Board meeting %1, item %2</source>
        <translation>Gremiumssitzung %1, Punkt %2</translation>
    </message>
    <message>
        <source>A person reviews only a 10% sample of outputs (was: every case).</source>
        <translation>Eine Person prüft nur eine Stichprobe von 10 % der Ausgaben (bisher: jeden Fall).</translation>
    </message>
    <message>
        <source>EU (Frankfurt) with failover to the United States</source>
        <translation>EU (Frankfurt) mit Ausweichstandort in den USA</translation>
    </message>
    <message>
        <source>; failover to the United States</source>
        <translation>; Ausweichstandort in den USA</translation>
    </message>
</context>
<context>
    <name>charter::GovernanceWorkspace</name>
    <message>
        <source>&amp;Waiting for Me…</source>
        <translation>&amp;Wartet auf mich…</translation>
    </message>
    <message>
        <source>What you have to review, sign or acknowledge</source>
        <translation>Was Sie prüfen, abzeichnen oder bestätigen müssen</translation>
    </message>
    <message>
        <source>S&amp;ubmit for Review…</source>
        <translation>Zur Prüfung &amp;einreichen…</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Approve, request changes or reject the selected system</source>
        <translation>Das ausgewählte System freigeben, Änderungen anfordern oder ablehnen</translation>
    </message>
    <message>
        <source>Sign as %1…</source>
        <translation>Als %1 abzeichnen…</translation>
    </message>
    <message>
        <source>Sus&amp;pend…</source>
        <translation>Ausse&amp;tzen…</translation>
    </message>
    <message>
        <source>Rei&amp;nstate…</source>
        <translation>Wieder &amp;zulassen…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Außer &amp;Betrieb nehmen…</translation>
    </message>
    <message>
        <source>&amp;History of System…</source>
        <translation>&amp;Verlauf des Systems…</translation>
    </message>
    <message>
        <source>Every recorded change and workflow step of the selected system, with diffs</source>
        <translation>Jede erfasste Änderung und jeder Workflow-Schritt des ausgewählten Systems, mit Unterschieden</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>&amp;Auditprotokoll…</translation>
    </message>
    <message>
        <source>The tamper-evident audit trail; verify it and export its tree head</source>
        <translation>Das manipulationssichere Auditprotokoll; prüfen Sie es und exportieren Sie seinen Tree-Head</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>&amp;Governance</translation>
    </message>
    <message>
        <source>Edit the system to address the requested changes, then submit it again.</source>
        <translation>Bearbeiten Sie das System entsprechend den angeforderten Änderungen und reichen Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Sign-off recorded, bound to the content you were shown.</source>
        <translation>Abzeichnung erfasst, gebunden an den Ihnen gezeigten Inhalt.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Erfasst.</translation>
    </message>
    <message>
        <source>Users and R&amp;oles…</source>
        <translation>Benutzer und R&amp;ollen…</translation>
    </message>
    <message>
        <source>The accounts of this database and their roles; changes need the admin role</source>
        <translation>Die Konten dieser Datenbank und ihre Rollen; Änderungen erfordern die Rolle Administrator</translation>
    </message>
</context>
<context>
    <name>charter::ImportFilePage</name>
    <message>
        <source>Choose the File to Import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>A spreadsheet inventory saved as CSV, or a Charter JSON portfolio. The systems in it are added to %1; nothing is stored before the last step.</source>
        <translation>Ein als CSV gespeichertes Tabelleninventar oder ein Charter-JSON-Portfolio. Die enthaltenen Systeme werden %1 hinzugefügt; vor dem letzten Schritt wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Path of a .csv or .json file</source>
        <translation>Pfad einer .csv- oder .json-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Charter reads what spreadsheets write:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;UTF-8 (with or without byte-order mark), UTF-16 and Windows-1252 text;&lt;/li&gt;&lt;li&gt;values separated by commas, semicolons, tabs or bars;&lt;/li&gt;&lt;li&gt;titles and notes above the header row, which are skipped;&lt;/li&gt;&lt;li&gt;the US federal AI use-case inventory (OMB M-25-21) and Charter&apos;s own register export, recognised by their headers; other layouts through a mapping file.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Charter liest, was Tabellenkalkulationen schreiben:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Text in UTF-8 (mit oder ohne Bytereihenfolgemarke), UTF-16 und Windows-1252;&lt;/li&gt;&lt;li&gt;durch Kommas, Semikolons, Tabulatoren oder senkrechte Striche getrennte Werte;&lt;/li&gt;&lt;li&gt;Titel und Notizen über der Kopfzeile, die übersprungen werden;&lt;/li&gt;&lt;li&gt;das Inventar der KI-Anwendungsfälle der US-Bundesverwaltung (OMB M-25-21) und Charters eigenen Registerexport, erkannt an ihren Kopfzeilen; andere Layouts über eine Zuordnungsdatei.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it.</source>
        <translation>%1 ist ein Ordner; wählen Sie eine Datei darin.</translation>
    </message>
    <message>
        <source>%1 cannot be read (no permission).</source>
        <translation>%1 kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
</context>
<context>
    <name>charter::ImportIssuesModel</name>
    <message>
        <source>First on line %1: %2</source>
        <translation>Erstmals in Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Wert in der Datei</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
</context>
<context>
    <name>charter::ImportMappingPage</name>
    <message>
        <source>US federal AI use-case inventory (omb-2025)</source>
        <translation>Inventar der KI-Anwendungsfälle der US-Bundesverwaltung (omb-2025)</translation>
    </message>
    <message>
        <source>Charter register export (charter)</source>
        <translation>Charter-Registerexport (charter)</translation>
    </message>
    <message>
        <source>Columns and Values</source>
        <translation>Spalten und Werte</translation>
    </message>
    <message>
        <source>Which column fills which register field, and the values Charter could not place. A mapping file can name other columns and values (see docs/mapping-file.md).</source>
        <translation>Welche Spalte welches Registerfeld füllt und welche Werte Charter nicht zuordnen konnte. Eine Zuordnungsdatei kann andere Spalten und Werte benennen (siehe docs/mapping-file.md).</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Importprofil</translation>
    </message>
    <message>
        <source>Detect from the header row</source>
        <translation>Aus der Kopfzeile erkennen</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Zuordnungsdatei</translation>
    </message>
    <message>
        <source>None: the profile alone</source>
        <translation>Keine: nur das Profil</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Strict: import nothing when any row has a problem</source>
        <translation>&amp;Strikt: nichts importieren, wenn eine Zeile ein Problem hat</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Mapping file:</source>
        <translation>&amp;Zuordnungsdatei:</translation>
    </message>
    <message>
        <source>Columns and the fields they fill</source>
        <translation>Spalten und die Felder, die sie füllen</translation>
    </message>
    <message>
        <source>Values that need attention</source>
        <translation>Werte, die Aufmerksamkeit erfordern</translation>
    </message>
    <message>
        <source>Trying the import with these settings…</source>
        <translation>Import wird mit diesen Einstellungen erprobt…</translation>
    </message>
    <message>
        <source>The dry run was cancelled; change a setting to try again.</source>
        <translation>Der Probelauf wurde abgebrochen; ändern Sie eine Einstellung, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>No column mapping: the dry run failed.</source>
        <translation>Keine Spaltenzuordnung: Der Probelauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Profile %1: %2 of %3 columns fill a register field; the others are not imported.</source>
        <translation>Profil %1: %2 von %3 Spalten füllen ein Registerfeld; die übrigen werden nicht importiert.</translation>
    </message>
    <message>
        <source>Every value in the mapped columns was understood.</source>
        <translation>Jeder Wert in den zugeordneten Spalten wurde verstanden.</translation>
    </message>
    <message>
        <source>%1 values need attention; each line says what happens to it (a value that is not understood is imported as unknown, a visible gap). A mapping file can give such values their meaning.</source>
        <translation>%1 Werte erfordern Aufmerksamkeit; jede Zeile sagt, was mit dem Wert geschieht (ein nicht verstandener Wert wird als unbekannt importiert, eine sichtbare Lücke). Eine Zuordnungsdatei kann solchen Werten ihre Bedeutung geben.</translation>
    </message>
</context>
<context>
    <name>charter::ImportPreviewPage</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <source>The first rows of %1 as Charter reads them. Check that the text and the columns look right.</source>
        <translation>Die ersten Zeilen von %1, wie Charter sie liest. Prüfen Sie, ob Text und Spalten richtig aussehen.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled. Go back to choose another file, or go back and forward to read it again.</source>
        <translation>Das Lesen der Datei wurde abgebrochen. Gehen Sie zurück, um eine andere Datei zu wählen, oder zurück und wieder vor, um sie erneut zu lesen.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>A Charter portfolio: %1 systems, %2 people and %3 vendors with their risk profiles. No column mapping is needed.</source>
        <translation>Ein Charter-Portfolio: %1 Systeme, %2 Personen und %3 Anbieter mit ihren Risikoprofilen. Keine Spaltenzuordnung nötig.</translation>
    </message>
    <message>
        <source>Encoding: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Kodierung: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Separated by: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Getrennt durch: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Header row: &lt;b&gt;line %1&lt;/b&gt;</source>
        <translation>Kopfzeile: &lt;b&gt;Zeile %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rows below it: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Zeilen darunter: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lines above the header row are shown in grey; they are not imported.</source>
        <translation>Zeilen über der Kopfzeile sind grau dargestellt; sie werden nicht importiert.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>Die ersten %1 Zeilen werden angezeigt.</translation>
    </message>
    <message>
        <source>%1 On the next page, choose a profile or a mapping file that names the columns.</source>
        <translation>%1 Wählen Sie auf der nächsten Seite ein Profil oder eine Zuordnungsdatei, die die Spalten benennt.</translation>
    </message>
</context>
<context>
    <name>charter::ImportProfile</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: cannot read the mapping file (%2).</source>
        <translation>%1: Die Zuordnungsdatei kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>the mapping file is larger than 4 MiB; it cannot be a mapping file.</source>
        <translation>die Zuordnungsdatei ist größer als 4 MiB; es kann keine Zuordnungsdatei sein.</translation>
    </message>
    <message>
        <source>not valid JSON (%1).</source>
        <translation>kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>a mapping file is a JSON object with &quot;columns&quot; and optionally &quot;values&quot;, &quot;extends&quot; and &quot;name&quot;.</source>
        <translation>eine Zuordnungsdatei ist ein JSON-Objekt mit „columns“ und optional „values“, „extends“ und „name“.</translation>
    </message>
    <message>
        <source>unknown key “%1”; a mapping file has the keys %2.</source>
        <translation>unbekannter Schlüssel „%1“; eine Zuordnungsdatei hat die Schlüssel %2.</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>„%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>„%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>column “%1” maps to “%2”, which is not a register field. Fields: %3 (or null to leave the column out).</source>
        <translation>Spalte „%1“ wird „%2“ zugeordnet, das kein Registerfeld ist. Felder: %3 (oder null, um die Spalte wegzulassen).</translation>
    </message>
    <message>
        <source>a non-string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>“values” has “%1”, which is not a register field. Fields: %2.</source>
        <translation>„values“ enthält „%1“, das kein Registerfeld ist. Felder: %2.</translation>
    </message>
    <message>
        <source>the field “%1” holds free text; only fields with fixed answers have value maps.</source>
        <translation>das Feld „%1“ enthält Freitext; nur Felder mit festen Antworten haben Wertezuordnungen.</translation>
    </message>
    <message>
        <source>the value map of “%1” must be an object (cell text -&gt; register key).</source>
        <translation>die Wertezuordnung von „%1“ muss ein Objekt sein (Zellentext -&gt; Registerschlüssel).</translation>
    </message>
    <message>
        <source>“%1” → “%2”: the value must be one of %3.</source>
        <translation>„%1“ → „%2“: Der Wert muss einer von %3 sein.</translation>
    </message>
    <message>
        <source>the base profile “%1” does not exist; built-in profiles: %2.</source>
        <translation>das Basisprofil „%1“ existiert nicht; eingebaute Profile: %2.</translation>
    </message>
    <message>
        <source>no column maps to “name”; every system needs a name column (it also finds the header row).</source>
        <translation>keine Spalte wird „name“ zugeordnet; jedes System braucht eine Namensspalte (an ihr wird auch die Kopfzeile erkannt).</translation>
    </message>
    <message>
        <source>“extends” names the profile “%1”, which does not exist; built-in profiles: %2.</source>
        <translation>„extends“ nennt das Profil „%1“, das nicht existiert; eingebaute Profile: %2.</translation>
    </message>
</context>
<context>
    <name>charter::ImportRecordMapper</name>
    <message>
        <source>Imported from %1, line %2: %3</source>
        <translation>Importiert aus %1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a known %3 value; left unknown.</source>
        <translation>„%1“ in Spalte „%2“ ist kein bekannter Wert für %3; als unbekannt belassen.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a date (YYYY-MM-DD); left empty.</source>
        <translation>„%1“ in Spalte „%2“ ist kein Datum (JJJJ-MM-TT); leer gelassen.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an e-mail address; ignored.</source>
        <translation>„%1“ in Spalte „%2“ ist keine E-Mail-Adresse; ignoriert.</translation>
    </message>
    <message>
        <source>column “%1”: %2; the boundaries were not imported.</source>
        <translation>Spalte „%1“: %2; die Grenzen wurden nicht importiert.</translation>
    </message>
    <message>
        <source>column “%1”: %2; the escalation path was not imported.</source>
        <translation>Spalte „%1“: %2; der Eskalationspfad wurde nicht importiert.</translation>
    </message>
    <message>
        <source>column “%1” names several vendors; the system is linked to “%2” only (also named: %3).</source>
        <translation>Spalte „%1“ nennt mehrere Anbieter; das System wird nur mit „%2“ verknüpft (ebenfalls genannt: %3).</translation>
    </message>
    <message>
        <source>the record has no name; it is named after its reference.</source>
        <translation>der Eintrag hat keinen Namen; er wird nach seiner Referenz benannt.</translation>
    </message>
    <message>
        <source>Unnamed system (line %1)</source>
        <translation>Unbenanntes System (Zeile %1)</translation>
    </message>
    <message>
        <source>the record has neither a name nor a reference; it is called “%1”.</source>
        <translation>der Eintrag hat weder Namen noch Referenz; er heißt „%1“.</translation>
    </message>
    <message>
        <source>the reference “%1” is also used on line %2; both records were imported.</source>
        <translation>die Referenz „%1“ wird auch in Zeile %2 verwendet; beide Einträge wurden importiert.</translation>
    </message>
    <message>
        <source>the record has %1 cells but the header only %2; the cells beyond the header were not imported.</source>
        <translation>der Eintrag hat %1 Zellen, die Kopfzeile aber nur %2; die Zellen über die Kopfzeile hinaus wurden nicht importiert.</translation>
    </message>
</context>
<context>
    <name>charter::ImportReport</name>
    <message>
        <source>comma-separated</source>
        <translation>kommagetrennt</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>semikolongetrennt</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>tabulatorgetrennt</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>getrennt durch „%1“</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>line %1 [%2]</source>
        <translation>Zeile %1 [%2]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Import of %1: profile %2, %3, %4, header on line %5.</source>
        <translation>Import von %1: Profil %2, %3, %4, Kopfzeile in Zeile %5.</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4.</source>
        <translation>%1, %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) read</source>
        <translation>
            <numerusform>%n System gelesen</numerusform>
            <numerusform>%n Systeme gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n Anbieter</numerusform>
            <numerusform>%n Anbieter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) skipped</source>
        <translation>
            <numerusform>%n leere Zeile übersprungen</numerusform>
            <numerusform>%n leere Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns used: %1</source>
        <translation>Verwendete Spalten: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Nicht importierte Spalten: %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), each also noted on its system:</source>
        <translation>
            <numerusform>%n Problem, auch beim jeweiligen System vermerkt:</numerusform>
            <numerusform>%n Probleme, jeweils auch beim System vermerkt:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::ImportReportPage</name>
    <message>
        <source>Dry Run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>What the import would store, and every problem found. Nothing has been stored yet.</source>
        <translation>Was der Import speichern würde und alle gefundenen Probleme. Bisher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Problems found by the dry run</source>
        <translation>Vom Probelauf gefundene Probleme</translation>
    </message>
    <message>
        <source>No problems found: every row maps onto the register.</source>
        <translation>Keine Probleme gefunden: Jede Zeile passt auf das Register.</translation>
    </message>
    <message>
        <source>The report as text</source>
        <translation>Der Bericht als Text</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the whole report as text, to paste it into an e-mail or a ticket</source>
        <translation>Den ganzen Bericht als Text kopieren, um ihn in eine E-Mail oder ein Ticket einzufügen</translation>
    </message>
    <message>
        <source>Trying the import…</source>
        <translation>Import wird erprobt…</translation>
    </message>
    <message>
        <source>Importing adds &lt;b&gt;%1 systems&lt;/b&gt;, %2 people and %3 vendors to &lt;b&gt;%4&lt;/b&gt;, in one step: if anything fails, nothing is stored.</source>
        <translation>Der Import fügt &lt;b&gt;%1 Systeme&lt;/b&gt;, %2 Personen und %3 Anbieter zu &lt;b&gt;%4&lt;/b&gt; hinzu, in einem Schritt: Schlägt etwas fehl, wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>By lifecycle: %1.</source>
        <translation>Nach Lebenszyklus: %1.</translation>
    </message>
    <message>
        <source>Read with the profile %1; %2 columns used, %3 not imported; %4 blank rows skipped.</source>
        <translation>Mit dem Profil %1 gelesen; %2 Spalten verwendet, %3 nicht importiert; %4 leere Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 problems&lt;/b&gt;, listed below. Those systems are imported all the same; each line says what was kept, and the system gets a note.</source>
        <translation>&lt;b&gt;%1 Probleme&lt;/b&gt;, unten aufgeführt. Diese Systeme werden trotzdem importiert; jede Zeile sagt, was übernommen wurde, und das System erhält eine Notiz.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>The file holds no systems; there is nothing to import.</source>
        <translation>Die Datei enthält keine Systeme; es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored; the register is as it was.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts gespeichert; das Register ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>charter::ImportWizard</name>
    <message>
        <source>Import Systems</source>
        <translation>Systeme importieren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Inventories (*.csv *.txt *.json);;CSV files (*.csv *.txt);;Charter portfolios (*.json);;All files (*)</source>
        <translation>Inventare (*.csv *.txt *.json);;CSV-Dateien (*.csv *.txt);;Charter-Portfolios (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a Mapping File</source>
        <translation>Zuordnungsdatei wählen</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Zuordnungsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading the File</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Storing the systems of %1…</source>
        <translation>Die Systeme aus %1 werden gespeichert…</translation>
    </message>
</context>
<context>
    <name>charter::InboxDialog</name>
    <message>
        <source>Waiting for Me</source>
        <translation>Wartet auf mich</translation>
    </message>
    <message>
        <source>&amp;Open System</source>
        <translation>System ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Act…</source>
        <translation>&amp;Handeln…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Sign, decide or resubmit, as the selected item asks</source>
        <translation>Abzeichnen, entscheiden oder erneut einreichen, je nach ausgewähltem Punkt</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>Nothing is waiting for %1.</source>
        <translation>Für %1 wartet nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for %1, oldest first. Double-click to open the system.</source>
        <translation>
            <numerusform>%n Punkt wartet auf %1, älteste zuerst. Doppelklicken, um das System zu öffnen.</numerusform>
            <numerusform>%n Punkte warten auf %1, älteste zuerst. Doppelklicken, um das System zu öffnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::InboxModel</name>
    <message>
        <source>Sign-off</source>
        <translation>Abzeichnung</translation>
    </message>
    <message>
        <source>Re-sign</source>
        <translation>Erneut abzeichnen</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation>Änderungen umsetzen</translation>
    </message>
    <message>
        <source>Re-review</source>
        <translation>Erneute Prüfung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
</context>
<context>
    <name>charter::Json</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation>erwartet %1, gefunden %2.</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>eine Zeichenkette oder null</translation>
    </message>
    <message>
        <source>a whole number of 1 or more, or null</source>
        <translation>eine ganze Zahl ab 1 oder null</translation>
    </message>
    <message>
        <source>a whole number of 0 or more, or null</source>
        <translation>eine ganze Zahl ab 0 oder null</translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation>eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) or null</source>
        <translation>ein Datum (JJJJ-MM-TT) oder null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD, e.g. 2025-06-30.</source>
        <translation>„%1“ ist kein Datum der Form JJJJ-MM-TT, z. B. 2025-06-30.</translation>
    </message>
    <message>
        <source>an ISO 8601 date and time or null</source>
        <translation>ein Datum mit Uhrzeit nach ISO 8601 oder null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time with a time zone, e.g. 2025-06-30T14:00:00Z.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601 mit Zeitzone, z. B. 2025-06-30T14:00:00Z.</translation>
    </message>
    <message>
        <source>is missing; it must be one of %1.</source>
        <translation>fehlt; es muss einer von %1 sein.</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>einer von %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>„%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>unknown field. The fields here are: %1.</source>
        <translation>unbekanntes Feld. Die Felder hier sind: %1.</translation>
    </message>
</context>
<context>
    <name>charter::JsonDiff</name>
    <message>
        <source>%1 (%2 items instead of %3)</source>
        <translation>%1 (%2 Elemente statt %3)</translation>
    </message>
</context>
<context>
    <name>charter::LiveRefresh</name>
    <message>
        <source>The connection to the shared database was lost. Charter is reconnecting; your unsaved edits are kept.</source>
        <translation>Die Verbindung zur gemeinsamen Datenbank wurde unterbrochen. Charter verbindet sich neu; Ihre ungespeicherten Änderungen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>charter::MainWindow</name>
    <message>
        <source>Open Charter Database</source>
        <translation>Charter-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Charter databases (%1);;All files (*)</source>
        <translation>Charter-Datenbanken (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Charter Database</source>
        <translation>Neue Charter-Datenbank</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an existing Charter database file</source>
        <translation>Eine vorhandene Charter-Datenbankdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>Create a new Charter database file</source>
        <translation>Eine neue Charter-Datenbankdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the register again from the database</source>
        <translation>Das Register erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>&amp;Filter Systems</source>
        <translation>Systeme &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add the systems of a spreadsheet inventory or a Charter portfolio to the register</source>
        <translation>Die Systeme eines Tabelleninventars oder eines Charter-Portfolios zum Register hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Write the register to a JSON portfolio or a CSV file</source>
        <translation>Das Register in ein JSON-Portfolio oder eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Next System</source>
        <translation>&amp;Nächstes System</translation>
    </message>
    <message>
        <source>&amp;Previous System</source>
        <translation>&amp;Vorheriges System</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Charter</source>
        <translation>&amp;Über Charter</translation>
    </message>
    <message>
        <source>Create It…</source>
        <translation>Anlegen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Quick Filters</source>
        <translation>&amp;Schnellfilter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>No register is open</source>
        <translation>Kein Register geöffnet</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>Datenbank öffnen…</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>Neue Datenbank…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Creating %1 with the demo portfolio…</source>
        <translation>%1 wird mit dem Demo-Portfolio angelegt…</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 wird angelegt…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Created %1 with the demo portfolio: 1 fictional system to explore.</source>
        <translation>%1 mit dem Demo-Portfolio angelegt: 1 fiktives System zum Erkunden.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with the demo portfolio: %n fictional systems to explore.</source>
        <translation>
            <numerusform>%1 mit dem Demo-Portfolio angelegt: %n fiktives System zum Erkunden.</numerusform>
            <numerusform>%1 mit dem Demo-Portfolio angelegt: %n fiktive Systeme zum Erkunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the empty register %1.</source>
        <translation>Leeres Register %1 angelegt.</translation>
    </message>
    <message>
        <source>The database was upgraded to this version of Charter. A copy of the old file was kept at %1.</source>
        <translation>Die Datenbank wurde auf diese Charter-Version aktualisiert. Eine Kopie der alten Datei liegt unter %1.</translation>
    </message>
    <message>
        <source>Select a system to see its owners, decision boundaries and risk explanation.</source>
        <translation>Wählen Sie ein System, um seine Verantwortlichen, Entscheidungsgrenzen und Risikoerläuterung zu sehen.</translation>
    </message>
    <message>
        <source>Charter could not open the database. %1</source>
        <translation>Charter konnte die Datenbank nicht öffnen. %1</translation>
    </message>
    <message>
        <source>%1 is still open.</source>
        <translation>%1 ist weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>Cannot show this system. %1</source>
        <translation>Dieses System kann nicht angezeigt werden. %1</translation>
    </message>
    <message>
        <source>%1 of 1 system</source>
        <translation>%1 von 1 System</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n systems</source>
        <translation>
            <numerusform>%1 von %n System</numerusform>
            <numerusform>%1 von %n Systemen</numerusform>
        </translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>%1 – Charter</source>
        <translation>%1 – Charter</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose a new file name for the new database.</source>
        <translation>%1 existiert bereits. Öffnen Sie die Datei oder wählen Sie einen neuen Dateinamen für die neue Datenbank.</translation>
    </message>
    <message>
        <source>No database is open. There is no Charter database at %1 yet.</source>
        <translation>Keine Datenbank geöffnet. Unter %1 gibt es noch keine Charter-Datenbank.</translation>
    </message>
    <message>
        <source>Imported %1 from %2 (%3 new people, %4 new vendors).</source>
        <translation>%1 aus %2 importiert (%3 neue Personen, %4 neue Anbieter).</translation>
    </message>
    <message>
        <source>1 system</source>
        <translation>1 System</translation>
    </message>
    <message numerus="yes">
        <source>%n systems</source>
        <translation>
            <numerusform>%n System</numerusform>
            <numerusform>%n Systeme</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>Exporting the register to %1…</source>
        <translation>Register wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>The export failed. %1</source>
        <translation>Der Export ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Exported 1 system to %1.</source>
        <translation>1 System nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n systems to %1.</source>
        <translation>
            <numerusform>%n System nach %1 exportiert.</numerusform>
            <numerusform>%n Systeme nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charter %1</source>
        <translation>Charter %1</translation>
    </message>
    <message>
        <source>A governance console for AI systems: owners, decision boundaries, escalation paths, vendor risk and explained risk scores.</source>
        <translation>Eine Governance-Konsole für KI-Systeme: Verantwortliche, Entscheidungsgrenzen, Eskalationspfade, Anbieterrisiko und erklärte Risikobewertungen.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Keine geöffnet</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>%1 (this Charter reads up to %2)</source>
        <translation>%1 (dieses Charter liest bis %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>About Charter</source>
        <translation>Über Charter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>Show the portfolio dashboard: tiles and charts that open the systems behind them</source>
        <translation>Das Portfolio-Dashboard anzeigen: Kacheln und Diagramme, die die Systeme dahinter öffnen</translation>
    </message>
    <message>
        <source>&amp;Board Exports</source>
        <translation>&amp;Gremiumsexporte</translation>
    </message>
    <message>
        <source>&amp;Connect to Shared Database…</source>
        <translation>Mit gemeinsamer Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>Open a Charter database on a PostgreSQL server</source>
        <translation>Eine Charter-Datenbank auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>Open a Charter database, create a new one, or connect to a shared one.</source>
        <translation>Öffnen Sie eine Charter-Datenbank, legen Sie eine neue an oder verbinden Sie sich mit einer gemeinsamen.</translation>
    </message>
    <message>
        <source>Connect to Shared Database…</source>
        <translation>Mit gemeinsamer Datenbank verbinden…</translation>
    </message>
</context>
<context>
    <name>charter::MeetingListModel</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n Teilnehmende(r)</numerusform>
            <numerusform>%n Teilnehmende</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>charter::MeetingMinutes</name>
    <message numerus="yes">
        <source>%n item(s) without a decision</source>
        <translation>
            <numerusform>%n Punkt ohne Entscheidung</numerusform>
            <numerusform>%n Punkte ohne Entscheidung</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::MeetingRepository</name>
    <message>
        <source>reading the meetings</source>
        <translation>Sitzungen werden gelesen</translation>
    </message>
    <message>
        <source>reading the meetings&apos; attendees</source>
        <translation>Teilnehmende der Sitzungen werden gelesen</translation>
    </message>
    <message>
        <source>reading meeting %1</source>
        <translation>Sitzung %1 wird gelesen</translation>
    </message>
    <message>
        <source>There is no meeting %1 (see &apos;charter-cli meeting list&apos;).</source>
        <translation>Es gibt keine Sitzung %1 (siehe „charter-cli meeting list“).</translation>
    </message>
    <message>
        <source>reading the attendees of meeting %1</source>
        <translation>Teilnehmende von Sitzung %1 werden gelesen</translation>
    </message>
    <message>
        <source>looking for the meeting before meeting %1</source>
        <translation>Sitzung vor Sitzung %1 wird gesucht</translation>
    </message>
    <message>
        <source>storing the meeting of %1</source>
        <translation>Sitzung vom %1 wird gespeichert</translation>
    </message>
    <message>
        <source>storing attendee %1 of meeting %2</source>
        <translation>Teilnehmende(r) %1 von Sitzung %2 wird gespeichert</translation>
    </message>
    <message>
        <source>updating meeting %1</source>
        <translation>Sitzung %1 wird aktualisiert</translation>
    </message>
    <message>
        <source>clearing the risk tiers of meeting %1</source>
        <translation>Risikostufen von Sitzung %1 werden gelöscht</translation>
    </message>
    <message>
        <source>storing the risk tiers of meeting %1</source>
        <translation>Risikostufen von Sitzung %1 werden gespeichert</translation>
    </message>
    <message>
        <source>reading the risk tiers of meeting %1</source>
        <translation>Risikostufen von Sitzung %1 werden gelesen</translation>
    </message>
    <message>
        <source>reading the agenda of meeting %1</source>
        <translation>Tagesordnung von Sitzung %1 wird gelesen</translation>
    </message>
    <message>
        <source>removing agenda item %1 of meeting %2</source>
        <translation>Tagesordnungspunkt %1 von Sitzung %2 wird entfernt</translation>
    </message>
    <message>
        <source>updating agenda item %1 of meeting %2</source>
        <translation>Tagesordnungspunkt %1 von Sitzung %2 wird aktualisiert</translation>
    </message>
    <message>
        <source>adding &quot;%1&quot; to the agenda of meeting %2</source>
        <translation>„%1“ wird zur Tagesordnung von Sitzung %2 hinzugefügt</translation>
    </message>
    <message>
        <source>reading the decisions of meeting %1</source>
        <translation>Entscheidungen von Sitzung %1 werden gelesen</translation>
    </message>
    <message>
        <source>reading the decision register</source>
        <translation>Entscheidungsregister wird gelesen</translation>
    </message>
    <message>
        <source>recording a decision of meeting %1</source>
        <translation>Entscheidung von Sitzung %1 wird erfasst</translation>
    </message>
    <message>
        <source>reading the meetings&apos; agendas</source>
        <translation>beim Lesen der Tagesordnungen</translation>
    </message>
    <message>
        <source>reading the meeting decisions</source>
        <translation>beim Lesen der Sitzungsbeschlüsse</translation>
    </message>
</context>
<context>
    <name>charter::MeetingService</name>
    <message>
        <source>Meeting %1 (%2) is closed; its agenda and decisions are final.</source>
        <translation>Sitzung %1 (%2) ist geschlossen; Tagesordnung und Entscheidungen sind endgültig.</translation>
    </message>
    <message>
        <source>A meeting needs a date (YYYY-MM-DD).</source>
        <translation>Eine Sitzung braucht ein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>A meeting needs the name of the board that meets.</source>
        <translation>Eine Sitzung braucht den Namen des tagenden Gremiums.</translation>
    </message>
    <message>
        <source>A meeting needs at least one attendee (a Charter account).</source>
        <translation>Eine Sitzung braucht mindestens eine teilnehmende Person (ein Charter-Konto).</translation>
    </message>
    <message>
        <source>Attendee &quot;%1&quot; is not an active Charter account (see &apos;charter-cli users list&apos;).</source>
        <translation>Teilnehmende(r) „%1“ ist kein aktives Charter-Konto (siehe „charter-cli users list“).</translation>
    </message>
    <message>
        <source>An agenda item needs a title (or a system).</source>
        <translation>Ein Tagesordnungspunkt braucht einen Titel (oder ein System).</translation>
    </message>
    <message>
        <source>Position %1 is outside the agenda (1 to %2).</source>
        <translation>Position %1 liegt außerhalb der Tagesordnung (1 bis %2).</translation>
    </message>
    <message>
        <source>Agenda item %1 (&quot;%2&quot;) has a recorded decision and stays on the agenda.</source>
        <translation>Tagesordnungspunkt %1 („%2“) hat eine erfasste Entscheidung und bleibt auf der Tagesordnung.</translation>
    </message>
    <message>
        <source>Agenda item %1 (&quot;%2&quot;) already has a decision in this meeting.</source>
        <translation>Tagesordnungspunkt %1 („%2“) hat in dieser Sitzung bereits eine Entscheidung.</translation>
    </message>
    <message>
        <source>Say why: a board decision needs its rationale.</source>
        <translation>Nennen Sie den Grund: Eine Gremiumsentscheidung braucht ihre Begründung.</translation>
    </message>
    <message>
        <source>&quot;Approve with conditions&quot; needs the conditions.</source>
        <translation>„Unter Auflagen freigeben“ braucht die Auflagen.</translation>
    </message>
    <message>
        <source>Conditions belong to &quot;approve with conditions&quot;.</source>
        <translation>Auflagen gehören zu „Unter Auflagen freigeben“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a board member attending meeting %2; attending board members: %3.</source>
        <translation>„%1“ ist kein an Sitzung %2 teilnehmendes Gremiumsmitglied; teilnehmende Gremiumsmitglieder: %3.</translation>
    </message>
    <message>
        <source>Board meeting %1 (%2), decided by %3: %4</source>
        <translation>Gremiumssitzung %1 (%2), entschieden von %3: %4</translation>
    </message>
</context>
<context>
    <name>charter::MeetingsWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Review Meetings</source>
        <translation>Prüfsitzungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sitzungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Tagesordnung</translation>
    </message>
    <message>
        <source>Meeting &amp;Mode</source>
        <translation>Sitzungs&amp;modus</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>P&amp;rotokoll</translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Close Meeting…</source>
        <translation>Sitzung s&amp;chließen…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation>Punkt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Re&amp;build</source>
        <translation>Neu &amp;aufbauen</translation>
    </message>
    <message>
        <source>Build the agenda again from what needs the board now; items added by hand and decided items stay</source>
        <translation>Die Tagesordnung neu aus dem aufbauen, was das Gremium jetzt braucht; von Hand hinzugefügte und entschiedene Punkte bleiben</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>&amp;Vorheriger Punkt</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>Nächster &amp;Punkt</translation>
    </message>
    <message>
        <source>&amp;Record Decision…</source>
        <translation>Entscheidung er&amp;fassen…</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Reiner Text</translation>
    </message>
    <message>
        <source>&amp;Save Minutes As…</source>
        <translation>Protokoll &amp;speichern unter…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>&lt;i&gt;No meeting chosen. Create one with New Meeting.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Keine Sitzung gewählt. Legen Sie eine mit „Neue Sitzung“ an.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>Meeting created with %n agenda item(s).</source>
        <translation>
            <numerusform>Sitzung mit %n Tagesordnungspunkt angelegt.</numerusform>
            <numerusform>Sitzung mit %n Tagesordnungspunkten angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;The agenda is empty.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Tagesordnung ist leer.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Item %1 of %2: %3&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %4</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Punkt %1 von %2: %3&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Entschieden: %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source> &lt;b&gt;Conditions:&lt;/b&gt; %1</source>
        <translation> &lt;b&gt;Auflagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No decision recorded yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Noch keine Entscheidung erfasst.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>This item is not about one system.</source>
        <translation>Dieser Punkt betrifft kein einzelnes System.</translation>
    </message>
    <message>
        <source>Decision recorded on item %1: %2.</source>
        <translation>Entscheidung zu Punkt %1 erfasst: %2.</translation>
    </message>
    <message>
        <source>minutes-%1</source>
        <translation>protokoll-%1</translation>
    </message>
    <message>
        <source>Save Minutes</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Minutes saved to %1.</source>
        <translation>Protokoll nach %1 gespeichert.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Saving…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Wird gespeichert…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>charter::MeetingsWorkspace</name>
    <message>
        <source>Review &amp;Meetings…</source>
        <translation>Prüf&amp;sitzungen…</translation>
    </message>
    <message>
        <source>Prepare and run the board&apos;s review meetings: agenda, decisions, minutes</source>
        <translation>Die Prüfsitzungen des Gremiums vorbereiten und durchführen: Tagesordnung, Entscheidungen, Protokoll</translation>
    </message>
    <message>
        <source>&amp;Board Pack…</source>
        <translation>&amp;Gremiumsunterlage…</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s board pack as PDF, HTML or Markdown</source>
        <translation>Die Gremiumsunterlage einer Sitzung als PDF, HTML oder Markdown schreiben</translation>
    </message>
    <message>
        <source>&amp;Decision Register…</source>
        <translation>Entscheidungs&amp;register…</translation>
    </message>
    <message>
        <source>Write every board decision as CSV or JSON</source>
        <translation>Alle Entscheidungen des Gremiums als CSV oder JSON schreiben</translation>
    </message>
    <message>
        <source>Review &amp;Calendar (.ics)…</source>
        <translation>Prüf&amp;kalender (.ics)…</translation>
    </message>
    <message>
        <source>Write the re-review schedule as a calendar file</source>
        <translation>Den Plan der erneuten Prüfungen als Kalenderdatei schreiben</translation>
    </message>
    <message>
        <source>board-pack</source>
        <translation>gremiumsunterlage</translation>
    </message>
    <message>
        <source>decision-register</source>
        <translation>entscheidungsregister</translation>
    </message>
    <message>
        <source>review-calendar</source>
        <translation>pruefkalender</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Board pack with %n agenda item(s) written to %1.</source>
        <translation>
            <numerusform>Gremiumsunterlage mit %n Tagesordnungspunkt nach %1 geschrieben.</numerusform>
            <numerusform>Gremiumsunterlage mit %n Tagesordnungspunkten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) written to %1.</source>
        <translation>
            <numerusform>%n Entscheidung nach %1 geschrieben.</numerusform>
            <numerusform>%n Entscheidungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled review(s) written to %1.</source>
        <translation>
            <numerusform>%n geplante Prüfung nach %1 geschrieben.</numerusform>
            <numerusform>%n geplante Prüfungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>charter::MetricTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Show these %n system(s) in the registry</source>
        <translation>
            <numerusform>Dieses %n System im Register anzeigen</numerusform>
            <numerusform>Diese %n Systeme im Register anzeigen</numerusform>
        </translation>
    </message>
    <message>
        <source>No system</source>
        <translation>Kein System</translation>
    </message>
</context>
<context>
    <name>charter::MetricsQueries</name>
    <message>
        <source>reading the systems for the dashboard</source>
        <translation>Systeme für das Dashboard werden gelesen</translation>
    </message>
    <message>
        <source>reading the vendors for the dashboard</source>
        <translation>Anbieter für das Dashboard werden gelesen</translation>
    </message>
    <message>
        <source>counting the %1 per month</source>
        <translation>%1 je Monat werden gezählt</translation>
    </message>
    <message>
        <source>finding sign-offs given before the last edit</source>
        <translation>Abzeichnungen vor der letzten Bearbeitung werden gesucht</translation>
    </message>
</context>
<context>
    <name>charter::NewMeetingDialog</name>
    <message>
        <source>New Meeting</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>AI governance board</source>
        <translation>KI-Governance-Gremium</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) – %3</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Gremium:</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Teilnehmende:</translation>
    </message>
    <message>
        <source>Create Meeting</source>
        <translation>Sitzung anlegen</translation>
    </message>
</context>
<context>
    <name>charter::OverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>What the system is, who uses it, and where it stands. Only the name is required; every empty answer is a visible gap.</source>
        <translation>Was das System ist, wer es nutzt und wo es steht. Nur der Name ist Pflicht; jede leere Antwort ist eine sichtbare Lücke.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Required: the name people know it by</source>
        <translation>Pflicht: der Name, unter dem man es kennt</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Bereitstellungsmodell</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Optional: your own id, e.g. from a spreadsheet</source>
        <translation>Optional: Ihre eigene Kennung, z. B. aus einer Tabelle</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Not scheduled — a gap</source>
        <translation>Nicht geplant – eine Lücke</translation>
    </message>
    <message>
        <source>Next review scheduled</source>
        <translation>Nächste Prüfung geplant</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Datum der nächsten Prüfung</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>Business unit:</source>
        <translation>Geschäftsbereich:</translation>
    </message>
    <message>
        <source>Lifecycle:</source>
        <translation>Lebenszyklus:</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Bereitstellung:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Nächste Prüfung:</translation>
    </message>
    <message>
        <source>Import notes:</source>
        <translation>Importhinweise:</translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>The problems are fixed: remove the notes (counts as risk until then)</source>
        <translation>Die Probleme sind behoben: Hinweise entfernen (zählen bis dahin als Risiko)</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Seit 1 Tag überfällig</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::OwnershipSection</name>
    <message>
        <source>Ownership</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>Who answers for this system. Each role is one person from the people directory; a role nobody holds is a gap.</source>
        <translation>Wer für dieses System einsteht. Jede Rolle ist eine Person aus dem Personenverzeichnis; eine unbesetzte Rolle ist eine Lücke.</translation>
    </message>
    <message>
        <source>Accountable owner:</source>
        <translation>Verantwortlicher:</translation>
    </message>
    <message>
        <source>Answers for the system&apos;s outcomes and signs for it.</source>
        <translation>Steht für die Ergebnisse des Systems ein und zeichnet dafür ab.</translation>
    </message>
    <message>
        <source>Business owner:</source>
        <translation>Fachlicher Verantwortlicher:</translation>
    </message>
    <message>
        <source>Uses the output and decides on it.</source>
        <translation>Nutzt die Ausgabe und entscheidet darüber.</translation>
    </message>
    <message>
        <source>Technical owner:</source>
        <translation>Technischer Verantwortlicher:</translation>
    </message>
    <message>
        <source>Maintains the system.</source>
        <translation>Betreut das System.</translation>
    </message>
    <message>
        <source>Support owner:</source>
        <translation>Verantwortlicher für den Support:</translation>
    </message>
    <message>
        <source>Supports it when it fails.</source>
        <translation>Unterstützt bei Ausfällen.</translation>
    </message>
    <message>
        <source>IT contact:</source>
        <translation>IT-Ansprechpartner:</translation>
    </message>
    <message>
        <source>IT&apos;s point of contact for the system.</source>
        <translation>Ansprechpartner der IT für das System.</translation>
    </message>
    <message>
        <source>Unknown — nobody named</source>
        <translation>Unbekannt – niemand benannt</translation>
    </message>
    <message>
        <source>Nobody is named: a gap that counts as risk.</source>
        <translation>Niemand benannt: eine Lücke, die als Risiko zählt.</translation>
    </message>
    <message>
        <source>New Person…</source>
        <translation>Neue Person…</translation>
    </message>
    <message>
        <source>New person as %1</source>
        <translation>Neue Person als %1</translation>
    </message>
</context>
<context>
    <name>charter::PeopleDirectoryView</name>
    <message>
        <source>Filter by name, e-mail, title or department</source>
        <translation>Nach Name, E-Mail, Titel oder Abteilung filtern</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Personen filtern</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Add someone to the people directory</source>
        <translation>Jemanden zum Personenverzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>charter::PeopleModel</name>
    <message>
        <source>Unknown person (#%1)</source>
        <translation>Unbekannte Person (#%1)</translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation>Unbenannte Person</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>charter::PeopleRepository</name>
    <message>
        <source>reading the people directory</source>
        <translation>Personenverzeichnis wird gelesen</translation>
    </message>
    <message>
        <source>reading person %1</source>
        <translation>Person %1 wird gelesen</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Es gibt keine Person mit der ID %1.</translation>
    </message>
    <message>
        <source>adding %1 to the people directory</source>
        <translation>%1 wird zum Personenverzeichnis hinzugefügt</translation>
    </message>
    <message>
        <source>updating %1 in the people directory</source>
        <translation>%1 wird im Personenverzeichnis aktualisiert</translation>
    </message>
</context>
<context>
    <name>charter::Permissions</name>
    <message>
        <source>Accounts: &quot;%1&quot; is not a Charter account of this database, so it may only read. Ask an administrator to add it (&apos;charter-cli users add %1 --role contributor&apos;).</source>
        <translation>Konten: „%1“ ist kein Charter-Konto dieser Datenbank und darf daher nur lesen. Bitten Sie eine Administratorin oder einen Administrator, es hinzuzufügen („charter-cli users add %1 --role contributor“).</translation>
    </message>
    <message>
        <source>Accounts: the account &quot;%1&quot; is deactivated, so it may only read. Ask an administrator to reactivate it.</source>
        <translation>Konten: Das Konto „%1“ ist deaktiviert und darf daher nur lesen. Bitten Sie die Administration, es wieder zu aktivieren.</translation>
    </message>
    <message>
        <source>approve it</source>
        <translation>es freigeben</translation>
    </message>
    <message>
        <source>request changes to it</source>
        <translation>Änderungen daran anfordern</translation>
    </message>
    <message>
        <source>reject it</source>
        <translation>es ablehnen</translation>
    </message>
    <message>
        <source>reinstate it</source>
        <translation>es wieder zulassen</translation>
    </message>
    <message>
        <source>decide on it</source>
        <translation>darüber entscheiden</translation>
    </message>
    <message>
        <source>Separation of duties: administrators manage users, roles and policy but cannot %1. Use an account without the admin role.</source>
        <translation>Funktionstrennung: Administratoren verwalten Benutzer, Rollen und Richtlinie, dürfen aber Folgendes nicht: %1. Verwenden Sie ein Konto ohne die Rolle admin.</translation>
    </message>
    <message>
        <source>Roles: changing the register needs the contributor, it_reviewer or board role; &quot;%1&quot; has %2.</source>
        <translation>Rollen: Änderungen am Register erfordern die Rolle contributor, it_reviewer oder board; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>Roles: managing accounts and roles needs the admin role; &quot;%1&quot; has %2.</source>
        <translation>Rollen: Die Verwaltung von Konten und Rollen erfordert die Rolle admin; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>Roles: submitting a system for review needs the contributor, it_reviewer or board role; &quot;%1&quot; has %2.</source>
        <translation>Rollen: Das Einreichen eines Systems zur Prüfung erfordert die Rolle contributor, it_reviewer oder board; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <source>decide reviews</source>
        <translation>über Prüfungen entscheiden</translation>
    </message>
    <message>
        <source>Roles: review decisions need the it_reviewer or board role; &quot;%1&quot; has %2.</source>
        <translation>Rollen: Prüfentscheidungen erfordern die Rolle it_reviewer oder board; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>Separation of duties: you submitted this system, so you cannot %1.</source>
        <translation>Funktionstrennung: Sie haben dieses System eingereicht und dürfen daher Folgendes nicht: %1.</translation>
    </message>
    <message>
        <source>sign off systems</source>
        <translation>Systeme abzeichnen</translation>
    </message>
    <message>
        <source>Separation of duties: you submitted this system, so you cannot sign it.</source>
        <translation>Funktionstrennung: Sie haben dieses System eingereicht und können es daher nicht abzeichnen.</translation>
    </message>
    <message>
        <source>Roles: the IT review sign-off needs the it_reviewer role; &quot;%1&quot; has %2.</source>
        <translation>Rollen: Die Abzeichnung der IT-Prüfung erfordert die Rolle it_reviewer; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>Roles: the board sign-off needs the board role; &quot;%1&quot; has %2.</source>
        <translation>Rollen: Die Abzeichnung des Gremiums erfordert die Rolle board; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>Ownership: only the accountable owner signs ownership, and this system names none. Name its accountable owner first.</source>
        <translation>Verantwortung: Nur der Verantwortliche zeichnet die Verantwortung ab, und dieses System nennt keinen. Benennen Sie zuerst den Verantwortlichen.</translation>
    </message>
    <message>
        <source>Ownership: only the accountable owner&apos;s own account can give the ownership sign-off; &quot;%1&quot; is not linked to the accountable owner.</source>
        <translation>Verantwortung: Nur das eigene Konto des Verantwortlichen kann die Verantwortungs-Abzeichnung erteilen; „%1“ ist nicht mit dem Verantwortlichen verknüpft.</translation>
    </message>
    <message>
        <source>Separation of duties: the %1 board sign-offs must come from different board members, and you have already signed.</source>
        <translation>Funktionstrennung: Die %1 Abzeichnungen des Gremiums müssen von verschiedenen Mitgliedern stammen, und Sie haben bereits abgezeichnet.</translation>
    </message>
    <message>
        <source>You already signed this review as %1 and your sign-off is still current; there is nothing to re-sign.</source>
        <translation>Sie haben diese Prüfung bereits als %1 abgezeichnet, und Ihre Abzeichnung ist noch aktuell; es gibt nichts erneut abzuzeichnen.</translation>
    </message>
    <message>
        <source>Separation of duties: you already signed this review as %1; each required sign-off needs a different person.</source>
        <translation>Funktionstrennung: Sie haben diese Prüfung bereits als %1 abgezeichnet; jede erforderliche Abzeichnung braucht eine andere Person.</translation>
    </message>
    <message>
        <source>Roles: recording overrides and incidents needs the contributor, it_reviewer or board role, or being one of the system&apos;s owners; &quot;%1&quot; has %2.</source>
        <translation>Rollen: Das Erfassen von Übersteuerungen und Vorfällen erfordert die Rolle contributor, it_reviewer oder board oder die Stellung als Verantwortlicher des Systems; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>Roles: suspending a system needs the it_reviewer or board role; &quot;%1&quot; has %2.</source>
        <translation>Rollen: Das Aussetzen eines Systems erfordert die Rolle it_reviewer oder board; „%1“ hat %2.</translation>
    </message>
    <message>
        <source>Roles: retiring a system needs the it_reviewer or board role; &quot;%1&quot; has %2.</source>
        <translation>Rollen: Das Außerbetriebnehmen eines Systems erfordert die Rolle it_reviewer oder board; „%1“ hat %2.</translation>
    </message>
</context>
<context>
    <name>charter::PersonDelegate</name>
    <message>
        <source>Type to search</source>
        <translation>Tippen zum Suchen</translation>
    </message>
</context>
<context>
    <name>charter::PersonDialog</name>
    <message>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Add to Directory</source>
        <translation>Zum Verzeichnis hinzufügen</translation>
    </message>
    <message>
        <source>The person is added to the people directory, where every system can name them.</source>
        <translation>Die Person wird dem Personenverzeichnis hinzugefügt, wo jedes System sie benennen kann.</translation>
    </message>
</context>
<context>
    <name>charter::PersonDraft</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>charter::PersonEditor</name>
    <message>
        <source>Named in the register</source>
        <translation>Im Register genannt</translation>
    </message>
    <message>
        <source>Where this person is named in the register</source>
        <translation>Wo diese Person im Register genannt ist</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Cannot list where this person is named. %1</source>
        <translation>Es kann nicht aufgelistet werden, wo diese Person genannt ist. %1</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlicher Verantwortlicher</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technischer Verantwortlicher</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Verantwortlicher für den Support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>IT-Ansprechpartner</translation>
    </message>
    <message>
        <source>Escalation, %1 severity</source>
        <translation>Eskalation, Schweregrad %1</translation>
    </message>
    <message>
        <source>Named in the register: nowhere yet</source>
        <translation>Im Register genannt: noch nirgends</translation>
    </message>
    <message>
        <source>Named in 1 system</source>
        <translation>In 1 System genannt</translation>
    </message>
    <message numerus="yes">
        <source>Named in %n systems</source>
        <translation>
            <numerusform>In %n System genannt</numerusform>
            <numerusform>In %n Systemen genannt</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation>Unbenannte Person</translation>
    </message>
</context>
<context>
    <name>charter::PersonForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Required: first and last name</source>
        <translation>Pflicht: Vor- und Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
</context>
<context>
    <name>charter::Policy</name>
    <message>
        <source>%1: a risk policy must be a JSON object</source>
        <translation>%1: Eine Risikorichtlinie muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2, column %3: %4</source>
        <translation>%1: kein gültiges JSON in Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is not a known risk factor (known factors: %3)</source>
        <translation>%1: Das Feld „%2“ ist kein bekannter Risikofaktor (bekannte Faktoren: %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be true or false</source>
        <translation>%1: Das Feld „%2“ muss true oder false sein</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is not a question group (known groups: %3)</source>
        <translation>%1: Das Feld „%2“ ist keine Fragengruppe (bekannte Gruppen: %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be one of: %3</source>
        <translation>%1: Das Feld „%2“ muss einer dieser Werte sein: %3</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1: Das Feld „%2“ muss eine ganze Zahl von %3 bis %4 sein</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be text</source>
        <translation>%1: Das Feld „%2“ muss Text sein</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must not be empty</source>
        <translation>%1: Das Feld „%2“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is not part of a risk policy (check the spelling; expected one of: %3)</source>
        <translation>%1: Das Feld „%2“ gehört nicht zu einer Risikorichtlinie (prüfen Sie die Schreibweise; erwartet wird eines von: %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing</source>
        <translation>%1: Das Feld „%2“ fehlt</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be a JSON object</source>
        <translation>%1: Das Feld „%2“ muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: Feld „%2“: %3</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>muss 1 oder mehr sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>thresholds must increase from above 0: medium %1, high %2, critical %3</source>
        <translation>Schwellenwerte müssen ab über 0 steigen: mittel %1, hoch %2, kritisch %3</translation>
    </message>
    <message>
        <source>an approval must need at least one sign-off</source>
        <translation>eine Freigabe muss mindestens eine Abzeichnung erfordern</translation>
    </message>
    <message>
        <source>ownership is 0 or 1; other sign-offs from 0 to %1</source>
        <translation>Verantwortung ist 0 oder 1; andere Abzeichnungen von 0 bis %1</translation>
    </message>
    <message>
        <source>points must not be negative</source>
        <translation>Punkte dürfen nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>charter::PolicyRepository</name>
    <message>
        <source>reading the risk policy</source>
        <translation>Risikorichtlinie wird gelesen</translation>
    </message>
    <message>
        <source>Risk policy version %1 already exists; a changed policy needs a new version number.</source>
        <translation>Version %1 der Risikorichtlinie existiert bereits; eine geänderte Richtlinie braucht eine neue Versionsnummer.</translation>
    </message>
    <message>
        <source>storing risk policy version %1</source>
        <translation>Version %1 der Risikorichtlinie wird gespeichert</translation>
    </message>
</context>
<context>
    <name>charter::PortfolioJson</name>
    <message>
        <source>this is not a Charter portfolio: there is no &quot;format&quot; field (expected &quot;%1&quot;).</source>
        <translation>dies ist kein Charter-Portfolio: Es gibt kein Feld „format“ (erwartet „%1“).</translation>
    </message>
    <message>
        <source>this is not a Charter portfolio: &quot;format&quot; is %1, expected &quot;%2&quot;.</source>
        <translation>dies ist kein Charter-Portfolio: „format“ ist %1, erwartet „%2“.</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>the portfolio has no &quot;version&quot; field, so it cannot be read safely. Add &quot;version&quot;: %1 if it was written for this format.</source>
        <translation>das Portfolio hat kein Feld „version“ und kann daher nicht sicher gelesen werden. Ergänzen Sie &quot;version&quot;: %1, wenn es für dieses Format geschrieben wurde.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number such as %1.</source>
        <translation>„version“ muss eine ganze Zahl wie %1 sein.</translation>
    </message>
    <message>
        <source>the portfolio has format version %1, written by a newer Charter; this Charter reads version %2. Update Charter to open it.</source>
        <translation>das Portfolio hat die Formatversion %1 und wurde von einem neueren Charter geschrieben; dieses Charter liest Version %2. Aktualisieren Sie Charter, um es zu öffnen.</translation>
    </message>
    <message>
        <source>unknown field. The fields here are: %1.</source>
        <translation>unbekanntes Feld. Die Felder hier sind: %1.</translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation>erwartet wird ein Array.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>erwartet wird ein Objekt.</translation>
    </message>
    <message>
        <source>id %1 is already used by %2[%3]; ids must be unique within the file.</source>
        <translation>die ID %1 wird bereits von %2[%3] verwendet; IDs müssen in der Datei eindeutig sein.</translation>
    </message>
    <message>
        <source>no person with id %1 in &quot;people&quot;. Add the person or set the field to null.</source>
        <translation>keine Person mit der ID %1 in „people“. Fügen Sie die Person hinzu oder setzen Sie das Feld auf null.</translation>
    </message>
    <message>
        <source>no vendor with id %1 in &quot;vendors&quot;. Add the vendor or set the field to null.</source>
        <translation>kein Anbieter mit der ID %1 in „vendors“. Fügen Sie den Anbieter hinzu oder setzen Sie das Feld auf null.</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>the file is empty; a Charter portfolio is a JSON object.</source>
        <translation>die Datei ist leer; ein Charter-Portfolio ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: not valid JSON: %4. The file may be truncated or edited by hand; fix it or export it again.</source>
        <translation>%1, Zeile %2, Spalte %3: kein gültiges JSON: %4. Die Datei ist möglicherweise abgeschnitten oder von Hand bearbeitet; korrigieren Sie sie oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>this is not a Charter portfolio: the file must contain one JSON object, not an array or a value.</source>
        <translation>dies ist kein Charter-Portfolio: Die Datei muss ein JSON-Objekt enthalten, kein Array und keinen einzelnen Wert.</translation>
    </message>
</context>
<context>
    <name>charter::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language, and with it the format of dates and numbers, is chosen when Charter starts.</source>
        <translation>Die Sprache und mit ihr das Format von Datum und Zahlen wird beim Start von Charter festgelegt.</translation>
    </message>
    <message>
        <source>The new language takes effect when Charter is started again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Charter wirksam.</translation>
    </message>
</context>
<context>
    <name>charter::PreviewTableModel</name>
    <message>
        <source>Line %1: the header row</source>
        <translation>Zeile %1: die Kopfzeile</translation>
    </message>
    <message>
        <source>Line %1: above the header row, not imported</source>
        <translation>Zeile %1: über der Kopfzeile, nicht importiert</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>charter::ProblemLabel</name>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>charter::ProgressDialog</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancelling; undoing what was done so far…</source>
        <translation>Wird abgebrochen; bisher Erledigtes wird rückgängig gemacht…</translation>
    </message>
</context>
<context>
    <name>charter::QuickFilterBar</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Risk Tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>&amp;High Risk and Above</source>
        <translation>&amp;Hohes Risiko und darüber</translation>
    </message>
    <message>
        <source>Show only systems of risk tier High or Critical</source>
        <translation>Nur Systeme der Risikostufe Hoch oder Kritisch anzeigen</translation>
    </message>
    <message>
        <source>Has &amp;Gaps</source>
        <translation>Hat &amp;Lücken</translation>
    </message>
    <message>
        <source>Show only systems with at least one question answered “unknown”</source>
        <translation>Nur Systeme mit mindestens einer Frage, die mit „unbekannt“ beantwortet ist</translation>
    </message>
    <message>
        <source>Review &amp;Overdue</source>
        <translation>Prüfung ü&amp;berfällig</translation>
    </message>
    <message>
        <source>Show only systems whose next review date has passed</source>
        <translation>Nur Systeme, deren nächstes Prüfdatum verstrichen ist</translation>
    </message>
    <message>
        <source>&amp;No Accountable Owner</source>
        <translation>&amp;Kein Verantwortlicher</translation>
    </message>
    <message>
        <source>Show only systems with nobody named accountable owner</source>
        <translation>Nur Systeme ohne benannten Verantwortlichen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every system: clear the text and the quick filters</source>
        <translation>Jedes System anzeigen: Text und Schnellfilter zurücksetzen</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Nur anzeigen:</translation>
    </message>
    <message>
        <source>Risk tier filter</source>
        <translation>Filter nach Risikostufe</translation>
    </message>
    <message>
        <source>Lifecycle filter</source>
        <translation>Filter nach Lebenszyklus</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Show only systems of the checked risk tiers</source>
        <translation>Nur Systeme der angehakten Risikostufen anzeigen</translation>
    </message>
    <message>
        <source>Show only systems in the checked lifecycle stages</source>
        <translation>Nur Systeme in den angehakten Lebenszyklusphasen anzeigen</translation>
    </message>
</context>
<context>
    <name>charter::RecentDatabasesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Files</source>
        <translation>&amp;Fehlende Dateien entfernen</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Menü &amp;leeren</translation>
    </message>
    <message>
        <source>%1 – shared database</source>
        <translation>%1 – gemeinsame Datenbank</translation>
    </message>
    <message>
        <source>%1 – shared database on %2</source>
        <translation>%1 – gemeinsame Datenbank auf %2</translation>
    </message>
</context>
<context>
    <name>charter::RecordDraft</name>
    <message>
        <source>Change “%1”</source>
        <translation>„%1“ ändern</translation>
    </message>
</context>
<context>
    <name>charter::RegisterCopy</name>
    <message>
        <source>%1 is at schema version %2 but %3 is at %4; open both with this Charter first.</source>
        <translation>%1 hat die Schemaversion %2, %3 aber %4; öffnen Sie beide zuerst mit diesem Charter.</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 holds %3 rows); Charter copies only into an empty database, so nothing was written.</source>
        <translation>%1 ist nicht leer (%2 enthält %3 Zeilen); Charter kopiert nur in eine leere Datenbank, daher wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>charter::RegisterCsv</name>
    <message>
        <source>boundary %1: “%2” is not an influence level (%3)</source>
        <translation>Grenze %1: „%2“ ist kein Einflussgrad (%3)</translation>
    </message>
    <message>
        <source>step %1 is not “severity | Name &lt;email&gt; | channel | minutes” with a severity of %2</source>
        <translation>Stufe %1 hat nicht die Form „Schweregrad | Name &lt;E-Mail&gt; | Kanal | Minuten“ mit einem Schweregrad aus %2</translation>
    </message>
    <message>
        <source>step %1: “%2” is not a number of minutes</source>
        <translation>Stufe %1: „%2“ ist keine Anzahl von Minuten</translation>
    </message>
    <message>
        <source>boundary %1 has %2 parts; a boundary is “decision | influence | human intervention | failure handling | uncertainty”</source>
        <translation>Grenze %1 hat %2 Teile; eine Grenze ist „Entscheidung | Einfluss | menschliches Eingreifen | Fehlerbehandlung | Unsicherheit“</translation>
    </message>
</context>
<context>
    <name>charter::RegisterService</name>
    <message>
        <source>risk policy version %1 in %2</source>
        <translation>Risikorichtlinie Version %1 in %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Restore it from a backup.</source>
        <translation>%1 ist beschädigt: %2. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Charter&apos;s default risk policy installed</source>
        <translation>Charters Standard-Risikorichtlinie installiert</translation>
    </message>
    <message>
        <source>A system refers to person %1, who is not in the portfolio.</source>
        <translation>Ein System verweist auf Person %1, die nicht im Portfolio ist.</translation>
    </message>
    <message>
        <source>System &quot;%1&quot; refers to vendor %2, which is not in the portfolio.</source>
        <translation>System „%1“ verweist auf Anbieter %2, der nicht im Portfolio ist.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>charter::RegistryCheck</name>
    <message>
        <source>The %1 rows of the register cannot be read: %2</source>
        <translation>Die Zeilen %1 des Registers können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no audit entry: it was added outside Charter.</source>
        <translation>%1 hat keinen Audit-Eintrag: Es wurde außerhalb von Charter hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 was deleted by entry %2 but is in the register again: it was restored outside Charter.</source>
        <translation>%1 wurde durch Eintrag %2 gelöscht, ist aber wieder im Register: Es wurde außerhalb von Charter wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 differs from its last audited state (entry %2): %3 changed outside Charter.</source>
        <translation>%1 weicht von seinem zuletzt auditierten Stand ab (Eintrag %2): %3 außerhalb von Charter geändert.</translation>
    </message>
    <message>
        <source>%1 (last audited in entry %2) is gone from the register without a delete entry: it was deleted outside Charter.</source>
        <translation>%1 (zuletzt auditiert in Eintrag %2) fehlt im Register ohne Löscheintrag: Es wurde außerhalb von Charter gelöscht.</translation>
    </message>
</context>
<context>
    <name>charter::RegistryModel</name>
    <message>
        <source>No owner</source>
        <translation>Kein Verantwortlicher</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>Eigenentwicklung</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Nobody is named accountable owner of this system: a governance gap.</source>
        <translation>Für dieses System ist kein Verantwortlicher benannt: eine Governance-Lücke.</translation>
    </message>
    <message>
        <source>It is not known whether a vendor is involved: a governance gap.</source>
        <translation>Es ist nicht bekannt, ob ein Anbieter beteiligt ist: eine Governance-Lücke.</translation>
    </message>
    <message>
        <source>Every question is answered</source>
        <translation>Jede Frage ist beantwortet</translation>
    </message>
    <message>
        <source>1 question answered &quot;unknown&quot;</source>
        <translation>1 Frage mit „unbekannt“ beantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%n questions answered &quot;unknown&quot;</source>
        <translation>
            <numerusform>%n Frage mit „unbekannt“ beantwortet</numerusform>
            <numerusform>%n Fragen mit „unbekannt“ beantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>No review is scheduled.</source>
        <translation>Keine Prüfung geplant.</translation>
    </message>
    <message>
        <source>Review overdue since %1.</source>
        <translation>Prüfung überfällig seit %1.</translation>
    </message>
    <message>
        <source>Risk score: the sum of the points of every risk factor</source>
        <translation>Risikopunktzahl: die Summe der Punkte aller Risikofaktoren</translation>
    </message>
    <message>
        <source>Share of the register&apos;s questions that are answered</source>
        <translation>Anteil der beantworteten Registerfragen</translation>
    </message>
    <message>
        <source>Your organisation&apos;s own reference for the system</source>
        <translation>Die eigene Referenz Ihrer Organisation für das System</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prüftermin</translation>
    </message>
</context>
<context>
    <name>charter::RegistryScopeChip</name>
    <message>
        <source>Show every system again</source>
        <translation>Wieder alle Systeme anzeigen</translation>
    </message>
    <message>
        <source>Remove the dashboard scope</source>
        <translation>Dashboard-Auswahl aufheben</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n system(s)</source>
        <translation>
            <numerusform>%1 – %n System</numerusform>
            <numerusform>%1 – %n Systeme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::RegistryView</name>
    <message>
        <source>Filter by name, reference, business unit, owner or vendor (Ctrl+F)</source>
        <translation>Nach Name, Referenz, Geschäftsbereich, Verantwortlichem oder Anbieter filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter systems</source>
        <translation>Systeme filtern</translation>
    </message>
    <message>
        <source>Clear Filter Text</source>
        <translation>Filtertext löschen</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Saved views: filters, sort and columns by name</source>
        <translation>Gespeicherte Ansichten: Filter, Sortierung und Spalten unter einem Namen</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>AI systems</source>
        <translation>KI-Systeme</translation>
    </message>
</context>
<context>
    <name>charter::RegulatorySection</name>
    <message>
        <source>Regulatory classification</source>
        <translation>Regulatorische Einstufung</translation>
    </message>
    <message>
        <source>How regulation sees the system. An unknown classification counts as risk until someone has assessed it.</source>
        <translation>Wie die Regulierung das System sieht. Eine unbekannte Einstufung zählt als Risiko, bis jemand sie bewertet hat.</translation>
    </message>
    <message>
        <source>The EU AI Act&apos;s risk category for this use of AI.</source>
        <translation>Die Risikokategorie der EU-KI-Verordnung für diesen KI-Einsatz.</translation>
    </message>
    <message>
        <source>The organisation&apos;s role under the EU AI Act for this system.</source>
        <translation>Die Rolle der Organisation nach der EU-KI-Verordnung für dieses System.</translation>
    </message>
    <message>
        <source>Is it high-impact AI in the sense of the US OMB guidance?</source>
        <translation>Ist es KI mit hoher Auswirkung im Sinne der Vorgaben des US-OMB?</translation>
    </message>
    <message>
        <source>EU AI Act category:</source>
        <translation>Kategorie nach EU-KI-VO:</translation>
    </message>
    <message>
        <source>EU AI Act role:</source>
        <translation>Rolle nach EU-KI-VO:</translation>
    </message>
    <message>
        <source>US OMB high-impact:</source>
        <translation>US-OMB: hohe Auswirkung:</translation>
    </message>
</context>
<context>
    <name>charter::Renderer</name>
    <message>
        <source>Governance board</source>
        <translation>Governance-Gremium</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Gremium</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Nicht benannt</translation>
    </message>
    <message>
        <source>Standing agenda: everything that needs the board today</source>
        <translation>Ständige Tagesordnung: alles, was das Gremium heute braucht</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>%n systems</source>
        <translation>Systeme: %n</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Portfolio tiles and charts</source>
        <translation>Portfolio-Kacheln und Diagramme</translation>
    </message>
    <message>
        <source>Why each system needs the board</source>
        <translation>Warum jedes System das Gremium braucht</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Kurzberichte</translation>
    </message>
    <message>
        <source>One page per agenda system: owners, decision boundaries, escalation path, vendor profile, risk explanation, open sign-offs, history since the last review</source>
        <translation>Eine Seite je System auf der Tagesordnung: Verantwortliche, Entscheidungsgrenzen, Eskalationspfad, Anbieterprofil, Risikoerläuterung, offene Abzeichnungen, Verlauf seit der letzten Prüfung</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>Decisions recorded in the meeting</source>
        <translation>In der Sitzung erfasste Entscheidungen</translation>
    </message>
    <message>
        <source>Audit tree head</source>
        <translation>Tree-Head des Auditprotokolls</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Wurzel-Hash</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Nicht versiegelt</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>Nothing needs the board.</source>
        <translation>Nichts erfordert das Gremium.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why it needs the board</source>
        <translation>Warum das Gremium gefragt ist</translation>
    </message>
    <message>
        <source>Agenda item %1 of %2 · system %3</source>
        <translation>Tagesordnungspunkt %1 von %2 · System %3</translation>
    </message>
    <message>
        <source>%1 risk · %2 points</source>
        <translation>Risiko %1 · %2 Punkte</translation>
    </message>
    <message>
        <source>Business unit unknown</source>
        <translation>Geschäftsbereich unbekannt</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>Lebenszyklus: %1</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow: %1</translation>
    </message>
    <message>
        <source>%1% of answers known</source>
        <translation>%1 % der Antworten bekannt</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>Auf der Tagesordnung</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Entscheidungsgrenzen</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Anbieter: %1</translation>
    </message>
    <message>
        <source>Risk explanation</source>
        <translation>Risikoerläuterung</translation>
    </message>
    <message>
        <source>No risk factors.</source>
        <translation>Keine Risikofaktoren.</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Approval and sign-offs</source>
        <translation>Freigabe und Abzeichnungen</translation>
    </message>
    <message>
        <source>Last approval</source>
        <translation>Letzte Freigabe</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Nie freigegeben</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Nichts offen</translation>
    </message>
    <message>
        <source>History since %1</source>
        <translation>Verlauf seit %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen erfasst.</translation>
    </message>
    <message>
        <source>%n earlier entries not shown (charter-cli audit lists them).</source>
        <translation>Frühere Einträge nicht angezeigt: %n (charter-cli audit listet sie auf).</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>No vendor profile.</source>
        <translation>Kein Anbieterprofil.</translation>
    </message>
</context>
<context>
    <name>charter::ReviewCalendar</name>
    <message>
        <source>Re-review of the approval of %1 (%2 risk: every %3 months)</source>
        <translation>Erneute Prüfung der Freigabe von %1 (Risiko %2: alle %3 Monate)</translation>
    </message>
    <message>
        <source>The approval expires</source>
        <translation>Die Freigabe läuft ab</translation>
    </message>
    <message>
        <source>Next review date in the register</source>
        <translation>Nächstes Prüfdatum im Register</translation>
    </message>
    <message>
        <source>AI system re-reviews</source>
        <translation>Erneute Prüfungen von KI-Systemen</translation>
    </message>
    <message>
        <source>Risk tier: %1</source>
        <translation>Risikostufe: %1</translation>
    </message>
    <message>
        <source>Accountable owner: %1</source>
        <translation>Verantwortlicher: %1</translation>
    </message>
    <message>
        <source>nobody named (a gap)</source>
        <translation>niemand benannt (eine Lücke)</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow: %1</translation>
    </message>
    <message>
        <source>Why this date: %1</source>
        <translation>Warum dieses Datum: %1</translation>
    </message>
    <message>
        <source>Charter system id: %1</source>
        <translation>Charter-System-ID: %1</translation>
    </message>
    <message>
        <source>Re-review: %1 (%2 risk)</source>
        <translation>Erneute Prüfung: %1 (Risiko %2)</translation>
    </message>
    <message>
        <source>AI governance</source>
        <translation>KI-Governance</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>charter::RiskEngine</name>
    <message>
        <source>Decides autonomously on safety-related matters</source>
        <translation>Entscheidet autonom über sicherheitsrelevante Angelegenheiten</translation>
    </message>
    <message>
        <source>Decides autonomously on at least one decision</source>
        <translation>Entscheidet bei mindestens einer Entscheidung autonom</translation>
    </message>
    <message>
        <source>Processes personal data</source>
        <translation>Verarbeitet personenbezogene Daten</translation>
    </message>
    <message>
        <source>Uses production data</source>
        <translation>Nutzt Produktionsdaten</translation>
    </message>
    <message>
        <source>Is used for safety-related matters</source>
        <translation>Wird für sicherheitsrelevante Angelegenheiten eingesetzt</translation>
    </message>
    <message>
        <source>Sends data outside the organisation for processing</source>
        <translation>Sendet Daten zur Verarbeitung außerhalb der Organisation</translation>
    </message>
    <message>
        <source>Connects to cloud services</source>
        <translation>Verbindet sich mit Cloud-Diensten</translation>
    </message>
    <message>
        <source>Classified as high-risk under the EU AI Act</source>
        <translation>Nach der EU-KI-Verordnung als hochriskant eingestuft</translation>
    </message>
    <message>
        <source>Classified as a prohibited practice under the EU AI Act</source>
        <translation>Nach der EU-KI-Verordnung als verbotene Praxis eingestuft</translation>
    </message>
    <message>
        <source>Flagged as high-impact under US OMB guidance</source>
        <translation>Nach den Vorgaben des US-OMB als hohe Auswirkung gekennzeichnet</translation>
    </message>
    <message>
        <source>No accountable owner is named</source>
        <translation>Kein Verantwortlicher benannt</translation>
    </message>
    <message>
        <source>No escalation path is defined</source>
        <translation>Kein Eskalationspfad festgelegt</translation>
    </message>
    <message>
        <source>Decision boundaries are not documented</source>
        <translation>Entscheidungsgrenzen sind nicht dokumentiert</translation>
    </message>
    <message>
        <source>It is not known whether a vendor is involved</source>
        <translation>Es ist nicht bekannt, ob ein Anbieter beteiligt ist</translation>
    </message>
    <message>
        <source>Vendor viability is rated weak</source>
        <translation>Wirtschaftliche Stabilität des Anbieters als schwach bewertet</translation>
    </message>
    <message>
        <source>Vendor exit options are rated weak</source>
        <translation>Ausstiegsoptionen beim Anbieter als schwach bewertet</translation>
    </message>
    <message>
        <source>Data portability from the vendor is rated weak</source>
        <translation>Datenportabilität beim Anbieter als schwach bewertet</translation>
    </message>
    <message>
        <source>Vendor roadmap stability is rated weak</source>
        <translation>Roadmap-Stabilität des Anbieters als schwach bewertet</translation>
    </message>
    <message>
        <source>Vendor support maturity is rated weak</source>
        <translation>Support-Reife des Anbieters als schwach bewertet</translation>
    </message>
    <message>
        <source>No review is scheduled</source>
        <translation>Keine Prüfung geplant</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Unbekannt: %1</translation>
    </message>
    <message>
        <source>Decides autonomously on: %1</source>
        <translation>Entscheidet autonom über: %1</translation>
    </message>
    <message numerus="yes">
        <source>Vendor contract ends on %1 (in %n day(s))</source>
        <translation>
            <numerusform>Anbietervertrag endet am %1 (in %n Tag)</numerusform>
            <numerusform>Anbietervertrag endet am %1 (in %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor contract ends today (%1)</source>
        <translation>Anbietervertrag endet heute (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Vendor contract ended on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Anbietervertrag endete am %1 (vor %n Tag)</numerusform>
            <numerusform>Anbietervertrag endete am %1 (vor %n Tagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vendor gives only %n day(s) of notice before retiring a model (policy: at least %1)</source>
        <translation>
            <numerusform>Der Anbieter kündigt die Abkündigung eines Modells nur %n Tag vorher an (Richtlinie: mindestens %1)</numerusform>
            <numerusform>Der Anbieter kündigt die Abkündigung eines Modells nur %n Tage vorher an (Richtlinie: mindestens %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review was due on %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>Die Prüfung war am %1 fällig (seit %n Tag überfällig)</numerusform>
            <numerusform>Die Prüfung war am %1 fällig (seit %n Tagen überfällig)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import found data quality problems: %1</source>
        <translation>Der Import hat Datenqualitätsprobleme gefunden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s) lack a named person or a response-time target</source>
        <translation>
            <numerusform>%n Eskalationsstufe ohne benannte Person oder Reaktionsziel</numerusform>
            <numerusform>%n Eskalationsstufen ohne benannte Person oder Reaktionsziel</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor&apos;s notice before retiring a model is unknown</source>
        <translation>Die Vorlaufzeit des Anbieters vor der Abkündigung eines Modells ist unbekannt</translation>
    </message>
</context>
<context>
    <name>charter::RiskPanel</name>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Entscheidungsgrenzen</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>Data and security</source>
        <translation>Daten und Sicherheit</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Support model</source>
        <translation>Supportmodell</translation>
    </message>
    <message>
        <source>Regulatory classification</source>
        <translation>Regulatorische Einstufung</translation>
    </message>
    <message>
        <source>Risk explanation</source>
        <translation>Risikoerläuterung</translation>
    </message>
    <message>
        <source>The risk is assessed once a register is open.</source>
        <translation>Das Risiko wird bewertet, sobald ein Register geöffnet ist.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>%1 % vollständig</translation>
    </message>
    <message>
        <source>your edits lower the score by %1</source>
        <translation>Ihre Änderungen senken die Punktzahl um %1</translation>
    </message>
    <message>
        <source>your edits raise the score by %1</source>
        <translation>Ihre Änderungen erhöhen die Punktzahl um %1</translation>
    </message>
    <message>
        <source>Saved: %1 risk, score %2; %3.</source>
        <translation>Gespeichert: Risiko %1, Punktzahl %2; %3.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No risk factor is raised.</source>
        <translation>Kein Risikofaktor ist erhöht.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>What would lower this</source>
        <translation>Was dies senken würde</translation>
    </message>
    <message>
        <source>Low is the lowest tier.</source>
        <translation>Niedrig ist die niedrigste Stufe.</translation>
    </message>
    <message>
        <source>No single factor lowers the tier on its own.</source>
        <translation>Kein einzelner Faktor senkt die Stufe für sich allein.</translation>
    </message>
    <message>
        <source>Resolving these %1 together lowers it to %2 (−%3 points):</source>
        <translation>Werden diese %1 zusammen behoben, sinkt sie auf %2 (−%3 Punkte):</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Beantworten: %1</translation>
    </message>
    <message>
        <source>Resolve: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>lowers the tier to %1 (−%2 points)</source>
        <translation>senkt die Stufe auf %1 (−%2 Punkte)</translation>
    </message>
    <message>
        <source>1 unanswered question</source>
        <translation>1 offene Frage</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered questions</source>
        <translation>
            <numerusform>%n offene Frage</numerusform>
            <numerusform>%n offene Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::RolesService</name>
    <message>
        <source>First account of this database: administrator and contributor</source>
        <translation>Erstes Konto dieser Datenbank: Administrator und Mitwirkender</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;; see &apos;charter-cli users list&apos;.</source>
        <translation>Es gibt kein Konto „%1“; siehe „charter-cli users list“.</translation>
    </message>
    <message>
        <source>Accounts: &quot;%1&quot; is the last active administrator; make another account admin first.</source>
        <translation>Konten: „%1“ ist der letzte aktive Administrator; machen Sie zuerst ein anderes Konto zum Administrator.</translation>
    </message>
</context>
<context>
    <name>charter::RowIds</name>
    <message>
        <source>numbering new rows of %1</source>
        <translation>beim Nummerieren neuer Zeilen von %1</translation>
    </message>
</context>
<context>
    <name>charter::RowTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a row below the selected one (Insert)</source>
        <translation>Eine Zeile unter der ausgewählten hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Die ausgewählte Zeile entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move the selected row up (Alt+Up)</source>
        <translation>Die ausgewählte Zeile nach oben verschieben (Alt+Nach-oben)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation>Die ausgewählte Zeile nach unten verschieben (Alt+Nach-unten)</translation>
    </message>
</context>
<context>
    <name>charter::SavedViewsMenu</name>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Gespeicherte Ans&amp;ichten</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view (filter text, quick filters, sort and columns):</source>
        <translation>Name der Ansicht (Filtertext, Schnellfilter, Sortierung und Spalten):</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Remember the filters, sort and columns under a name</source>
        <translation>Filter, Sortierung und Spalten unter einem Namen merken</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>Ansicht &amp;löschen</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Noch keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>Apply the view “%1”</source>
        <translation>Ansicht „%1“ anwenden</translation>
    </message>
</context>
<context>
    <name>charter::ScreenshotRunner</name>
    <message>
        <source>Timed out while taking the screenshots.</source>
        <translation>Zeitüberschreitung beim Erstellen der Bildschirmfotos.</translation>
    </message>
    <message>
        <source>Cannot show %1; it is left out.</source>
        <translation>%1 kann nicht angezeigt werden; wird ausgelassen.</translation>
    </message>
    <message>
        <source>The database has nothing to show in %1; it is left out.</source>
        <translation>Die Datenbank hat in %1 nichts anzuzeigen; wird ausgelassen.</translation>
    </message>
    <message>
        <source>The import wizard could not be opened.</source>
        <translation>Der Importassistent konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Das Bildschirmfoto %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The database has no review meeting; meeting.png is left out.</source>
        <translation>Die Datenbank hat keine Prüfsitzung; meeting.png wird ausgelassen.</translation>
    </message>
</context>
<context>
    <name>charter::SectionList</name>
    <message>
        <source>%1: every question answered</source>
        <translation>%1: jede Frage beantwortet</translation>
    </message>
    <message>
        <source>%1: 1 unanswered question</source>
        <translation>%1: 1 offene Frage</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unanswered questions</source>
        <translation>
            <numerusform>%1: %n offene Frage</numerusform>
            <numerusform>%1: %n offene Fragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::ServerSetup</name>
    <message>
        <source>looking for Charter&apos;s roles</source>
        <translation>Suche nach Charters Rollen</translation>
    </message>
    <message>
        <source>%1 is a Charter file: its roles are enforced by Charter itself. init-server sets up a shared PostgreSQL database.</source>
        <translation>%1 ist eine Charter-Datei: Ihre Rollen setzt Charter selbst durch. init-server richtet eine gemeinsame PostgreSQL-Datenbank ein.</translation>
    </message>
    <message>
        <source>setting up the server (%1)</source>
        <translation>Server wird eingerichtet (%1)</translation>
    </message>
    <message>
        <source>identifying the login</source>
        <translation>Login wird identifiziert</translation>
    </message>
    <message>
        <source>listing the tables</source>
        <translation>Tabellen werden aufgelistet</translation>
    </message>
    <message>
        <source>The login %1 does not own Charter&apos;s tables (%2 belong to %3). Run init-server as the owner of the tables.</source>
        <translation>Das Login %1 besitzt Charters Tabellen nicht (%2 gehören %3). Führen Sie init-server als Eigentümer der Tabellen aus.</translation>
    </message>
    <message>
        <source>looking for the role %1</source>
        <translation>Suche nach der Rolle %1</translation>
    </message>
    <message>
        <source>The role %1 does not exist and the login %2 may not create roles. Ask a superuser to run &quot;CREATE ROLE %1 %3&quot; for each of %4, or to give %2 CREATEROLE.</source>
        <translation>Die Rolle %1 existiert nicht, und das Login %2 darf keine Rollen anlegen. Bitten Sie einen Superuser, „CREATE ROLE %1 %3“ für jede von %4 auszuführen oder %2 CREATEROLE zu geben.</translation>
    </message>
    <message>
        <source>Created the role %1 (%2).</source>
        <translation>Rolle %1 angelegt (%2).</translation>
    </message>
    <message>
        <source>The role %1 exists with more power than Charter gives it (login, superuser, BYPASSRLS or similar), and %2 cannot take it away: ask a superuser to run &quot;ALTER ROLE %1 %3&quot;. %4</source>
        <translation>Die Rolle %1 existiert mit mehr Rechten, als Charter ihr gibt (Login, Superuser, BYPASSRLS o. Ä.), und %2 kann sie ihr nicht entziehen: Bitten Sie einen Superuser, „ALTER ROLE %1 %3“ auszuführen. %4</translation>
    </message>
    <message>
        <source>Reset the role %1 to %2.</source>
        <translation>Rolle %1 auf %2 zurückgesetzt.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another login: check that Charter&apos;s roles may connect to it (GRANT CONNECT ON DATABASE %1 TO ...).</source>
        <translation>Die Datenbank %1 gehört einem anderen Login: Prüfen Sie, ob Charters Rollen sich mit ihr verbinden dürfen (GRANT CONNECT ON DATABASE %1 TO ...).</translation>
    </message>
    <message>
        <source>The schema %1 belongs to another login: check that PUBLIC may not create tables in it (REVOKE CREATE ON SCHEMA %1 FROM PUBLIC).</source>
        <translation>Das Schema %1 gehört einem anderen Login: Prüfen Sie, dass PUBLIC darin keine Tabellen anlegen darf (REVOKE CREATE ON SCHEMA %1 FROM PUBLIC).</translation>
    </message>
    <message>
        <source>Granted %1: read everything.</source>
        <translation>%1 gewährt: alles lesen.</translation>
    </message>
    <message>
        <source>Granted %1: read everything, write the register and the workflow.</source>
        <translation>%1 gewährt: alles lesen, Register und Workflow schreiben.</translation>
    </message>
    <message>
        <source>Granted %1: read everything, write accounts, roles and the risk policy.</source>
        <translation>%1 gewährt: alles lesen, Konten, Rollen und Risikorichtlinie schreiben.</translation>
    </message>
    <message>
        <source>Append-only for every application role (no UPDATE, DELETE or TRUNCATE): %1.</source>
        <translation>Nur Anfügen für jede Anwendungsrolle (kein UPDATE, DELETE oder TRUNCATE): %1.</translation>
    </message>
    <message>
        <source>Only %1 may create tables in %2 or change the schema version.</source>
        <translation>Nur %1 darf in %2 Tabellen anlegen oder die Schemaversion ändern.</translation>
    </message>
    <message>
        <source>Changes made outside Charter are recorded by triggers in %1 and sealed into the audit trail by the next write through Charter.</source>
        <translation>Änderungen außerhalb von Charter werden von Triggern in %1 erfasst und beim nächsten Schreibvorgang über Charter ins Auditprotokoll versiegelt.</translation>
    </message>
    <message>
        <source>Separation of duties is enforced by the server: whoever submitted a system cannot sign it off or decide on it.</source>
        <translation>Die Funktionstrennung setzt der Server durch: Wer ein System eingereicht hat, kann es weder abzeichnen noch darüber entscheiden.</translation>
    </message>
    <message>
        <source>Row-level security: sign-offs, workflow events, overrides, incidents and audit entries can only be added in the login&apos;s own name.</source>
        <translation>Sicherheit auf Zeilenebene: Abzeichnungen, Workflow-Ereignisse, Übersteuerungen, Vorfälle und Audit-Einträge können nur im eigenen Namen des Logins hinzugefügt werden.</translation>
    </message>
</context>
<context>
    <name>charter::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
</context>
<context>
    <name>charter::SignOffDialog</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <source>Optional note recorded with the sign-off</source>
        <translation>Optionale Notiz, die mit der Abzeichnung erfasst wird</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Abzeichnen</translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation>Inhalt SHA-256:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>What you sign (the record&apos;s canonical content):</source>
        <translation>Was Sie abzeichnen (der kanonische Inhalt des Eintrags):</translation>
    </message>
    <message>
        <source>You sign &lt;b&gt;%1&lt;/b&gt; as &lt;b&gt;%2&lt;/b&gt; (%3 risk, review cycle %4). The signature is bound to this exact content; a later material change makes it stale.</source>
        <translation>Sie zeichnen &lt;b&gt;%1&lt;/b&gt; als &lt;b&gt;%2&lt;/b&gt; ab (Risiko %3, Prüfzyklus %4). Die Abzeichnung ist an genau diesen Inhalt gebunden; eine spätere wesentliche Änderung macht sie veraltet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Re-sign required.&lt;/b&gt; Your sign-off of %1 (content %2…) went stale: the record changed since. What changed:</source>
        <translation>&lt;b&gt;Erneute Abzeichnung erforderlich.&lt;/b&gt; Ihre Abzeichnung von %1 (Inhalt %2…) ist veraltet: Der Eintrag hat sich seitdem geändert. Was sich geändert hat:</translation>
    </message>
    <message>
        <source>Re-&amp;sign</source>
        <translation>Erneut a&amp;bzeichnen</translation>
    </message>
    <message>
        <source>%1 (material): %2 → %3</source>
        <translation>%1 (wesentlich): %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>charter::SignOffEvaluation</name>
    <message>
        <source>%1: %2 of %3 current</source>
        <translation>%1: %2 von %3 aktuell</translation>
    </message>
    <message>
        <source>(stale, re-sign required: %1)</source>
        <translation>(veraltet, erneute Abzeichnung erforderlich: %1)</translation>
    </message>
</context>
<context>
    <name>charter::SignOffRepository</name>
    <message>
        <source>reading the sign-offs of system %1</source>
        <translation>Abzeichnungen von System %1 werden gelesen</translation>
    </message>
    <message>
        <source>reading the sign-offs of the systems in review</source>
        <translation>Abzeichnungen der Systeme in Prüfung werden gelesen</translation>
    </message>
    <message>
        <source>recording the sign-off on system %1</source>
        <translation>Abzeichnung an System %1 wird erfasst</translation>
    </message>
    <message>
        <source>reading the sign-offs of the current review cycles</source>
        <translation>Freigaben der laufenden Prüfzyklen werden gelesen</translation>
    </message>
</context>
<context>
    <name>charter::SpreadsheetImporter</name>
    <message>
        <source>There is no import profile “%1”; built-in profiles: %2.</source>
        <translation>Es gibt kein Importprofil „%1“; eingebaute Profile: %2.</translation>
    </message>
    <message>
        <source>%1, lines 1-%2, name: no header row found; no row has a name column (%3). Add a header row, or name the column in a mapping file.</source>
        <translation>%1, Zeilen 1-%2, Name: keine Kopfzeile gefunden; keine Zeile hat eine Namensspalte (%3). Fügen Sie eine Kopfzeile hinzu oder benennen Sie die Spalte in einer Zuordnungsdatei.</translation>
    </message>
    <message>
        <source>%1: reading was cancelled; nothing was imported.</source>
        <translation>%1: Das Lesen wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1, line %2%3: %4 Strict import: nothing was imported.</source>
        <translation>%1, Zeile %2%3: %4 Strikter Import: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1: kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1: the file is larger than 512 MiB; split it.</source>
        <translation>%1: Die Datei ist größer als 512 MiB; teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>%1: the file is empty; there is no header row.</source>
        <translation>%1: Die Datei ist leer; es gibt keine Kopfzeile.</translation>
    </message>
</context>
<context>
    <name>charter::SubmitDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Another change is still being saved. Try again in a moment.</source>
        <translation>Eine andere Änderung wird noch gespeichert. Versuchen Sie es gleich noch einmal.</translation>
    </message>
</context>
<context>
    <name>charter::SupportSection</name>
    <message>
        <source>Support model</source>
        <translation>Supportmodell</translation>
    </message>
    <message>
        <source>Who keeps the system running, how it is updated, and what happens when something goes wrong.</source>
        <translation>Wer das System am Laufen hält, wie es aktualisiert wird und was passiert, wenn etwas schiefgeht.</translation>
    </message>
    <message>
        <source>Maintained by:</source>
        <translation>Gepflegt von:</translation>
    </message>
    <message>
        <source>Update handling:</source>
        <translation>Umgang mit Aktualisierungen:</translation>
    </message>
    <message>
        <source>Issue escalation:</source>
        <translation>Eskalation von Problemen:</translation>
    </message>
</context>
<context>
    <name>charter::SystemDetailPane</name>
    <message>
        <source>Select a system to see its owners, decision boundaries and risk explanation.</source>
        <translation>Wählen Sie ein System, um seine Verantwortlichen, Entscheidungsgrenzen und Risikoerläuterung zu sehen.</translation>
    </message>
</context>
<context>
    <name>charter::SystemDraft</name>
    <message>
        <source>Revert to the saved system</source>
        <translation>Zum gespeicherten System zurückkehren</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Bereitstellungsmodell</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prüftermin</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importhinweise</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlicher Verantwortlicher</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technischer Verantwortlicher</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Verantwortlicher für den Support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>IT-Ansprechpartner</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Production data</source>
        <translation>Produktionsdaten</translation>
    </message>
    <message>
        <source>Safety-related</source>
        <translation>Sicherheitsrelevant</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Datenresidenz</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Zugriffsumfang</translation>
    </message>
    <message>
        <source>External processing</source>
        <translation>Externe Verarbeitung</translation>
    </message>
    <message>
        <source>Cloud connectivity</source>
        <translation>Cloud-Anbindung</translation>
    </message>
    <message>
        <source>Credential handling</source>
        <translation>Umgang mit Zugangsdaten</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation>Gepflegt von</translation>
    </message>
    <message>
        <source>Update handling</source>
        <translation>Umgang mit Aktualisierungen</translation>
    </message>
    <message>
        <source>Issue escalation</source>
        <translation>Eskalation von Problemen</translation>
    </message>
    <message>
        <source>EU AI Act category</source>
        <translation>Kategorie nach EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>EU AI Act role</source>
        <translation>Rolle nach EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>US OMB high-impact</source>
        <translation>US-OMB: hohe Auswirkung</translation>
    </message>
</context>
<context>
    <name>charter::SystemEditor</name>
    <message>
        <source>System editor</source>
        <translation>Systemeditor</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Store the edits in the register</source>
        <translation>Änderungen im Register speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Go back to the saved system (can be undone)</source>
        <translation>Zum gespeicherten System zurückkehren (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the editor and go back to the register</source>
        <translation>Editor schließen und zum Register zurückkehren</translation>
    </message>
    <message>
        <source>Load Their Version</source>
        <translation>Deren Version laden</translation>
    </message>
    <message>
        <source>Save Mine Over Theirs</source>
        <translation>Meine über deren speichern</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Next Section</source>
        <translation>Nächster Abschnitt</translation>
    </message>
    <message>
        <source>Previous Section</source>
        <translation>Vorheriger Abschnitt</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Neues System</translation>
    </message>
    <message>
        <source>Unnamed system</source>
        <translation>Unbenanntes System</translation>
    </message>
    <message>
        <source>Cannot open the system for editing. %1</source>
        <translation>Das System kann nicht zum Bearbeiten geöffnet werden. %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Noch nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: “%1” was changed by someone else since you opened it. Your edits are still here. Load their version (Undo brings your edits back), or save yours over theirs.</source>
        <translation>Nicht gespeichert: „%1“ wurde seit dem Öffnen von jemand anderem geändert. Ihre Änderungen sind noch vorhanden. Laden Sie deren Version (Rückgängig bringt Ihre Änderungen zurück) oder speichern Sie Ihre darüber.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are still here.</source>
        <translation>Nicht gespeichert: %1 Ihre Änderungen sind noch vorhanden.</translation>
    </message>
    <message>
        <source>Cannot read their version. %1</source>
        <translation>Deren Version kann nicht gelesen werden. %1</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Deren Version laden</translation>
    </message>
    <message>
        <source>Their version is loaded. Undo brings your edits back.</source>
        <translation>Deren Version ist geladen. Rückgängig bringt Ihre Änderungen zurück.</translation>
    </message>
    <message>
        <source>No system open</source>
        <translation>Kein System geöffnet</translation>
    </message>
    <message>
        <source>New system — not saved yet</source>
        <translation>Neues System – noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved · version %1 · last changed %2</source>
        <translation>Gespeichert · Version %1 · zuletzt geändert %2</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>The person was not added. %1</source>
        <translation>Die Person wurde nicht hinzugefügt. %1</translation>
    </message>
    <message>
        <source>The vendor was not added. %1</source>
        <translation>Der Anbieter wurde nicht hinzugefügt. %1</translation>
    </message>
</context>
<context>
    <name>charter::SystemRepository</name>
    <message>
        <source>reading system %1</source>
        <translation>System %1 wird gelesen</translation>
    </message>
    <message>
        <source>There is no AI system with id %1.</source>
        <translation>Es gibt kein KI-System mit der ID %1.</translation>
    </message>
    <message>
        <source>reading the register</source>
        <translation>Register wird gelesen</translation>
    </message>
    <message>
        <source>reading decision boundaries</source>
        <translation>Entscheidungsgrenzen werden gelesen</translation>
    </message>
    <message>
        <source>reading escalation paths</source>
        <translation>Eskalationspfade werden gelesen</translation>
    </message>
    <message>
        <source>reading the systems of vendor %1</source>
        <translation>Systeme von Anbieter %1 werden gelesen</translation>
    </message>
    <message>
        <source>reading the roles of person %1</source>
        <translation>Rollen von Person %1 werden gelesen</translation>
    </message>
    <message>
        <source>reading the escalation steps of person %1</source>
        <translation>Eskalationsstufen von Person %1 werden gelesen</translation>
    </message>
    <message>
        <source>counting systems</source>
        <translation>Systeme werden gezählt</translation>
    </message>
    <message>
        <source>looking up system %1</source>
        <translation>System %1 wird gesucht</translation>
    </message>
    <message>
        <source>No AI system has the id or exact name &quot;%1&quot;. Use &apos;charter-cli list&apos; to see the register.</source>
        <translation>Kein KI-System hat die ID oder den genauen Namen „%1“. Mit „charter-cli list“ sehen Sie das Register.</translation>
    </message>
    <message>
        <source>Several AI systems are named &quot;%1&quot;; name one by its id.</source>
        <translation>Mehrere KI-Systeme heißen „%1“; nennen Sie eines über seine ID.</translation>
    </message>
    <message>
        <source>adding AI system &quot;%1&quot;</source>
        <translation>KI-System „%1“ wird hinzugefügt</translation>
    </message>
    <message>
        <source>AI system &quot;%1&quot; was changed by someone else (your copy is version %2, the register holds version %3). Reload it and apply your change again.</source>
        <translation>KI-System „%1“ wurde von jemand anderem geändert (Ihre Kopie ist Version %2, das Register enthält Version %3). Laden Sie es neu und wenden Sie Ihre Änderung erneut an.</translation>
    </message>
    <message>
        <source>updating AI system &quot;%1&quot;</source>
        <translation>KI-System „%1“ wird aktualisiert</translation>
    </message>
    <message>
        <source>AI system &quot;%1&quot; was changed by someone else while saving. Reload it and apply your change again.</source>
        <translation>KI-System „%1“ wurde beim Speichern von jemand anderem geändert. Laden Sie es neu und wenden Sie Ihre Änderung erneut an.</translation>
    </message>
    <message>
        <source>AI system &quot;%1&quot; was changed by someone else; reload it before deleting.</source>
        <translation>KI-System „%1“ wurde von jemand anderem geändert; laden Sie es vor dem Löschen neu.</translation>
    </message>
    <message>
        <source>deleting AI system &quot;%1&quot;</source>
        <translation>KI-System „%1“ wird gelöscht</translation>
    </message>
    <message>
        <source>storing the risk of system %1</source>
        <translation>Risiko von System %1 wird gespeichert</translation>
    </message>
    <message>
        <source>storing the decision boundaries of &quot;%1&quot;</source>
        <translation>Entscheidungsgrenzen von „%1“ werden gespeichert</translation>
    </message>
    <message>
        <source>storing the escalation path of &quot;%1&quot;</source>
        <translation>Eskalationspfad von „%1“ wird gespeichert</translation>
    </message>
</context>
<context>
    <name>charter::TextDecoding</name>
    <message>
        <source>%1, line %2: the file is not text (%3). Save the sheet as CSV and import that file.</source>
        <translation>%1, Zeile %2: Die Datei ist kein Text (%3). Speichern Sie die Tabelle als CSV und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>invalid %1</source>
        <translation>ungültiges %1</translation>
    </message>
    <message>
        <source>it contains NUL bytes</source>
        <translation>sie enthält NUL-Bytes</translation>
    </message>
    <message>
        <source>it is mostly control characters</source>
        <translation>sie besteht überwiegend aus Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>charter::TrailScan</name>
    <message>
        <source>Entry %1 is missing: it was deleted outside Charter.</source>
        <translation>Eintrag %1 fehlt: Er wurde außerhalb von Charter gelöscht.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted outside Charter.</source>
        <translation>Die Einträge %1 bis %2 fehlen: Sie wurden außerhalb von Charter gelöscht.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is out of sequence (entries are numbered from 1): it was added outside Charter.</source>
        <translation>Eintrag %1 (%2) ist außer der Reihe (Einträge sind ab 1 nummeriert): Er wurde außerhalb von Charter hinzugefügt.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) has no recorded hash: it was added outside Charter.</source>
        <translation>Eintrag %1 (%2) hat keinen erfassten Hash: Er wurde außerhalb von Charter hinzugefügt.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was changed after it was written: its content no longer matches the hash recorded with it.</source>
        <translation>Eintrag %1 (%2) wurde nach dem Schreiben geändert: Sein Inhalt passt nicht mehr zum mit ihm erfassten Hash.</translation>
    </message>
</context>
<context>
    <name>charter::UnsavedChangesPrompt</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Änderungen an „%1“ speichern?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
</context>
<context>
    <name>charter::UserGuideDialog</name>
    <message>
        <source>Charter User Guide</source>
        <translation>Charter-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source># User guide missing

This build of Charter has no user guide. See `docs/user-guide.md` in the source or `/usr/share/doc/charter/`.</source>
        <translation># Benutzerhandbuch fehlt

Dieser Charter-Build enthält kein Benutzerhandbuch. Siehe `docs/user-guide.md` im Quellcode oder `/usr/share/doc/charter/`.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>Im Handbuch suchen (Eingabe: weiter, Umschalt+Eingabe: zurück)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Vorheriges suchen</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Nächstes suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>charter::UserRepository</name>
    <message>
        <source>reading the accounts</source>
        <translation>Konten werden gelesen</translation>
    </message>
    <message>
        <source>reading the account %1</source>
        <translation>Konto %1 wird gelesen</translation>
    </message>
    <message>
        <source>reading the account of person %1</source>
        <translation>Konto von Person %1 wird gelesen</translation>
    </message>
    <message>
        <source>counting the accounts</source>
        <translation>Konten werden gezählt</translation>
    </message>
    <message>
        <source>reading the roles of the accounts</source>
        <translation>Rollen der Konten werden gelesen</translation>
    </message>
    <message>
        <source>storing the roles of %1</source>
        <translation>Rollen von %1 werden gespeichert</translation>
    </message>
    <message>
        <source>There already is an account &quot;%1&quot;; change its roles with &apos;charter-cli users set-roles&apos;.</source>
        <translation>Es gibt bereits ein Konto „%1“; ändern Sie seine Rollen mit „charter-cli users set-roles“.</translation>
    </message>
    <message>
        <source>Person %1 is already linked to the account &quot;%2&quot;; one person has one account.</source>
        <translation>Person %1 ist bereits mit dem Konto „%2“ verknüpft; eine Person hat ein Konto.</translation>
    </message>
    <message>
        <source>adding the account %1</source>
        <translation>Konto %1 wird hinzugefügt</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
    <message>
        <source>changing the account %1</source>
        <translation>Konto %1 wird geändert</translation>
    </message>
</context>
<context>
    <name>charter::UsersDialog</name>
    <message>
        <source>&amp;Add User</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;pply Roles</source>
        <translation>Rollen &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Users and Roles</source>
        <translation>Benutzer und Rollen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Ausgewähltes Konto</translation>
    </message>
    <message>
        <source>Role of the selected account: %1</source>
        <translation>Rolle des ausgewählten Kontos: %1</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Login of the new account</source>
        <translation>Anmeldename des neuen Kontos</translation>
    </message>
    <message>
        <source>Operating-system login</source>
        <translation>Anmeldename des Betriebssystems</translation>
    </message>
    <message>
        <source>Display name of the new account</source>
        <translation>Anzeigename des neuen Kontos</translation>
    </message>
    <message>
        <source>Person the new account speaks for</source>
        <translation>Person, für die das neue Konto spricht</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Anzeige&amp;name:</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>P&amp;erson:</translation>
    </message>
    <message>
        <source>Role of the new account: %1</source>
        <translation>Rolle des neuen Kontos: %1</translation>
    </message>
    <message>
        <source>Roles (none = viewer):</source>
        <translation>Rollen (keine = Betrachter):</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reaktivieren</translation>
    </message>
    <message>
        <source>Added account %1 (%2).</source>
        <translation>Konto %1 hinzugefügt (%2).</translation>
    </message>
    <message>
        <source>%1 now has the roles: %2.</source>
        <translation>%1 hat jetzt die Rollen: %2.</translation>
    </message>
    <message>
        <source>Reactivated account %1.</source>
        <translation>Konto %1 reaktiviert.</translation>
    </message>
    <message>
        <source>Deactivated account %1.</source>
        <translation>Konto %1 deaktiviert.</translation>
    </message>
</context>
<context>
    <name>charter::UsersModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>display name (linked person)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>charter::ValueDraft</name>
    <message>
        <source>Revert to the saved entry</source>
        <translation>Zum gespeicherten Eintrag zurückkehren</translation>
    </message>
</context>
<context>
    <name>charter::VendorDialog</name>
    <message>
        <source>New Vendor Profile</source>
        <translation>Neues Anbieterprofil</translation>
    </message>
    <message>
        <source>Add Vendor</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>The profile is shared by every system of this vendor. Answer what you know; the rest stays a visible gap.</source>
        <translation>Das Profil gilt für alle Systeme dieses Anbieters. Beantworten Sie, was Sie wissen; der Rest bleibt eine sichtbare Lücke.</translation>
    </message>
</context>
<context>
    <name>charter::VendorDirectoryView</name>
    <message>
        <source>Filter vendors by name</source>
        <translation>Anbieter nach Name filtern</translation>
    </message>
    <message>
        <source>Filter vendors</source>
        <translation>Anbieter filtern</translation>
    </message>
    <message>
        <source>New Vendor</source>
        <translation>Neuer Anbieter</translation>
    </message>
    <message>
        <source>Add a vendor risk profile</source>
        <translation>Ein Anbieter-Risikoprofil hinzufügen</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Anbieter</translation>
    </message>
</context>
<context>
    <name>charter::VendorDraft</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Fortbestand</translation>
    </message>
    <message>
        <source>Roadmap stability</source>
        <translation>Stabilität der Roadmap</translation>
    </message>
    <message>
        <source>Support maturity</source>
        <translation>Reife des Supports</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Datenportabilität</translation>
    </message>
    <message>
        <source>Security attestations</source>
        <translation>Sicherheitsnachweise</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Datenresidenz</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Deprecation notice</source>
        <translation>Abkündigungsfrist</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>charter::VendorEditor</name>
    <message>
        <source>Risk this vendor adds to each of its systems</source>
        <translation>Risiko, das dieser Anbieter jedem seiner Systeme hinzufügt</translation>
    </message>
    <message>
        <source>Systems depending on this vendor</source>
        <translation>Von diesem Anbieter abhängige Systeme</translation>
    </message>
    <message>
        <source>Risk it adds to each of its systems</source>
        <translation>Risiko, das er jedem seiner Systeme hinzufügt</translation>
    </message>
    <message>
        <source>Cannot list the systems of this vendor. %1</source>
        <translation>Die Systeme dieses Anbieters können nicht aufgelistet werden. %1</translation>
    </message>
    <message>
        <source>Systems depending on this vendor: none yet (not saved)</source>
        <translation>Von diesem Anbieter abhängige Systeme: noch keine (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Systems depending on this vendor: none</source>
        <translation>Von diesem Anbieter abhängige Systeme: keine</translation>
    </message>
    <message>
        <source>1 system depends on this vendor</source>
        <translation>1 System hängt von diesem Anbieter ab</translation>
    </message>
    <message numerus="yes">
        <source>%n systems depend on this vendor</source>
        <translation>
            <numerusform>%n System hängt von diesem Anbieter ab</numerusform>
            <numerusform>%n Systeme hängen von diesem Anbieter ab</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile adds no risk factor to its systems.</source>
        <translation>Dieses Profil fügt seinen Systemen keinen Risikofaktor hinzu.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Added to the score of each system</source>
        <translation>Zur Punktzahl jedes Systems addiert</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>Neuer Anbieter</translation>
    </message>
    <message>
        <source>Unnamed vendor</source>
        <translation>Unbenannter Anbieter</translation>
    </message>
</context>
<context>
    <name>charter::VendorForm</name>
    <message>
        <source>Vendor name</source>
        <translation>Name des Anbieters</translation>
    </message>
    <message>
        <source>Required: the vendor&apos;s name</source>
        <translation>Pflicht: der Name des Anbieters</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Viability:</source>
        <translation>Wirtschaftliche Stabilität:</translation>
    </message>
    <message>
        <source>Will the vendor still be there in three years?</source>
        <translation>Wird es den Anbieter in drei Jahren noch geben?</translation>
    </message>
    <message>
        <source>Roadmap stability:</source>
        <translation>Stabilität der Roadmap:</translation>
    </message>
    <message>
        <source>Do products and models change without warning?</source>
        <translation>Ändern sich Produkte und Modelle ohne Vorwarnung?</translation>
    </message>
    <message>
        <source>Support maturity:</source>
        <translation>Reife des Supports:</translation>
    </message>
    <message>
        <source>Can the vendor support production use?</source>
        <translation>Kann der Anbieter den Produktivbetrieb unterstützen?</translation>
    </message>
    <message>
        <source>Exit options:</source>
        <translation>Ausstiegsoptionen:</translation>
    </message>
    <message>
        <source>Can the organisation leave without losing the capability?</source>
        <translation>Kann die Organisation wechseln, ohne die Fähigkeit zu verlieren?</translation>
    </message>
    <message>
        <source>Data portability:</source>
        <translation>Datenportabilität:</translation>
    </message>
    <message>
        <source>Can data and configuration be taken out?</source>
        <translation>Lassen sich Daten und Konfiguration herausnehmen?</translation>
    </message>
    <message>
        <source>e.g. SOC 2 Type II, ISO 27001</source>
        <translation>z. B. SOC 2 Typ II, ISO 27001</translation>
    </message>
    <message>
        <source>e.g. EU</source>
        <translation>z. B. EU</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>Unknown — a gap</source>
        <translation>Unbekannt – eine Lücke</translation>
    </message>
    <message>
        <source>Contract end known</source>
        <translation>Vertragsende bekannt</translation>
    </message>
    <message>
        <source>Contract end date</source>
        <translation>Datum des Vertragsendes</translation>
    </message>
    <message>
        <source>Model deprecation notice in days</source>
        <translation>Abkündigungsfrist des Modells in Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>How many days&apos; notice the vendor gives before retiring a model</source>
        <translation>Wie viele Tage im Voraus der Anbieter die Abkündigung eines Modells ankündigt</translation>
    </message>
    <message>
        <source>Anything else worth knowing</source>
        <translation>Alles andere Wissenswerte</translation>
    </message>
    <message>
        <source>Security attestations:</source>
        <translation>Sicherheitsnachweise:</translation>
    </message>
    <message>
        <source>Data residency:</source>
        <translation>Datenresidenz:</translation>
    </message>
    <message>
        <source>Contract end:</source>
        <translation>Vertragsende:</translation>
    </message>
    <message>
        <source>Deprecation notice:</source>
        <translation>Abkündigungsfrist:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
</context>
<context>
    <name>charter::VendorModel</name>
    <message>
        <source>Unnamed vendor</source>
        <translation>Unbenannter Anbieter</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The contract has ended.</source>
        <translation>Der Vertrag ist beendet.</translation>
    </message>
    <message>
        <source>Unknown: a gap that counts as risk for every system of this vendor.</source>
        <translation>Unbekannt: eine Lücke, die für jedes System dieses Anbieters als Risiko zählt.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Fortbestand</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Datenportabilität</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
</context>
<context>
    <name>charter::VendorRepository</name>
    <message>
        <source>reading the vendor directory</source>
        <translation>Anbieterverzeichnis wird gelesen</translation>
    </message>
    <message>
        <source>reading vendor %1</source>
        <translation>Anbieter %1 wird gelesen</translation>
    </message>
    <message>
        <source>There is no vendor with id %1.</source>
        <translation>Es gibt keinen Anbieter mit der ID %1.</translation>
    </message>
    <message>
        <source>adding vendor %1</source>
        <translation>Anbieter %1 wird hinzugefügt</translation>
    </message>
    <message>
        <source>updating vendor %1</source>
        <translation>Anbieter %1 wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>charter::VendorSection</name>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Whose model or service the system depends on. The vendor&apos;s risk profile is shared by all its systems and counts in each one&apos;s risk.</source>
        <translation>Von wessen Modell oder Dienst das System abhängt. Das Risikoprofil des Anbieters gilt für alle seine Systeme und zählt beim Risiko jedes einzelnen.</translation>
    </message>
    <message>
        <source>Unknown — not known whether a vendor is involved</source>
        <translation>Unbekannt – nicht bekannt, ob ein Anbieter beteiligt ist</translation>
    </message>
    <message>
        <source>A gap that counts as risk.</source>
        <translation>Eine Lücke, die als Risiko zählt.</translation>
    </message>
    <message>
        <source>None — built in-house</source>
        <translation>Keiner – Eigenentwicklung</translation>
    </message>
    <message>
        <source>New Vendor…</source>
        <translation>Neuer Anbieter…</translation>
    </message>
    <message>
        <source>New vendor profile</source>
        <translation>Neues Anbieterprofil</translation>
    </message>
    <message>
        <source>Vendor risk profile</source>
        <translation>Risikoprofil des Anbieters</translation>
    </message>
    <message>
        <source>Open in Vendor Directory</source>
        <translation>Im Anbieterverzeichnis öffnen</translation>
    </message>
    <message>
        <source>Edit this vendor&apos;s shared profile</source>
        <translation>Das gemeinsame Profil dieses Anbieters bearbeiten</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>It is not known whether a vendor is involved.</source>
        <translation>Es ist nicht bekannt, ob ein Anbieter beteiligt ist.</translation>
    </message>
    <message>
        <source>Choose the vendor, or &quot;None&quot; when the system is built in-house.</source>
        <translation>Wählen Sie den Anbieter oder „Keiner“, wenn das System intern entwickelt ist.</translation>
    </message>
    <message>
        <source>Built in-house: no vendor profile applies.</source>
        <translation>Eigenentwicklung: Es gilt kein Anbieterprofil.</translation>
    </message>
    <message>
        <source>The vendor profile #%1 is missing.</source>
        <translation>Das Anbieterprofil #%1 fehlt.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Fortbestand</translation>
    </message>
    <message>
        <source>Roadmap stability</source>
        <translation>Stabilität der Roadmap</translation>
    </message>
    <message>
        <source>Support maturity</source>
        <translation>Reife des Supports</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Datenportabilität</translation>
    </message>
    <message>
        <source>Security attestations</source>
        <translation>Sicherheitsnachweise</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Datenresidenz</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Deprecation notice</source>
        <translation>Abkündigungsfrist</translation>
    </message>
    <message>
        <source>Shared by every system of this vendor; edit it in the vendor directory.</source>
        <translation>Gilt für alle Systeme dieses Anbieters; bearbeiten Sie es im Anbieterverzeichnis.</translation>
    </message>
</context>
<context>
    <name>charter::Workflow</name>
    <message>
        <source>Cannot %1 &quot;%2&quot;: it is %3. %4</source>
        <translation>Aktion „%1“ für „%2“ nicht möglich: Es ist %3. %4</translation>
    </message>
</context>
<context>
    <name>charter::WorkflowActionDialog</name>
    <message>
        <source>Submit for Review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Submit &lt;b&gt;%1&lt;/b&gt; for review. The required sign-offs are collected next.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zur Prüfung einreichen. Als Nächstes werden die erforderlichen Abzeichnungen eingeholt.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Einreichen</translation>
    </message>
    <message>
        <source>Review Decision</source>
        <translation>Prüfentscheidung</translation>
    </message>
    <message>
        <source>Your decision on &lt;b&gt;%1&lt;/b&gt;. Approval needs every required sign-off to be current.</source>
        <translation>Ihre Entscheidung über &lt;b&gt;%1&lt;/b&gt;. Eine Freigabe setzt voraus, dass jede erforderliche Abzeichnung aktuell ist.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Request &amp;changes</source>
        <translation>Änderungen an&amp;fordern</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Con&amp;ditions:</source>
        <translation>Au&amp;flagen:</translation>
    </message>
    <message>
        <source>Approval &amp;expires after</source>
        <translation>Freigabe läuft &amp;ab nach</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>Entscheidung &amp;erfassen</translation>
    </message>
    <message>
        <source>Suspend System</source>
        <translation>System aussetzen</translation>
    </message>
    <message>
        <source>Suspend &lt;b&gt;%1&lt;/b&gt;: it stays approved on paper but must not be used until reinstated.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; aussetzen: Es bleibt formal freigegeben, darf aber bis zur Wiederzulassung nicht genutzt werden.</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Aussetzen</translation>
    </message>
    <message>
        <source>Reinstate System</source>
        <translation>System wieder zulassen</translation>
    </message>
    <message>
        <source>Reinstate &lt;b&gt;%1&lt;/b&gt; (only while its approval still holds).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; wieder zulassen (nur solange seine Freigabe noch gilt).</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>&amp;Wieder zulassen</translation>
    </message>
    <message>
        <source>Retire System</source>
        <translation>System außer Betrieb nehmen</translation>
    </message>
    <message>
        <source>Retire &lt;b&gt;%1&lt;/b&gt;. This is final.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; außer Betrieb nehmen. Dies ist endgültig.</translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation>Außer &amp;Betrieb nehmen</translation>
    </message>
    <message>
        <source>Optional; recorded in the history</source>
        <translation>Optional; wird im Verlauf erfasst</translation>
    </message>
    <message>
        <source>Required; recorded in the history</source>
        <translation>Pflicht; wird im Verlauf erfasst</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Rea&amp;son (required):</source>
        <translation>&amp;Grund (Pflicht):</translation>
    </message>
    <message>
        <source>Give a reason: it is recorded in the history and the audit trail.</source>
        <translation>Geben Sie einen Grund an: Er wird im Verlauf und im Auditprotokoll erfasst.</translation>
    </message>
</context>
<context>
    <name>charter::WorkflowRepository</name>
    <message>
        <source>reading the workflow of system %1</source>
        <translation>Workflow von System %1 wird gelesen</translation>
    </message>
    <message>
        <source>reading the workflow states</source>
        <translation>Workflow-Status werden gelesen</translation>
    </message>
    <message>
        <source>The workflow of system %1 was changed by someone else meanwhile (it is now %2). Reload it and try again.</source>
        <translation>Der Workflow von System %1 wurde inzwischen von jemand anderem geändert (jetzt %2). Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>storing the workflow of system %1</source>
        <translation>Workflow von System %1 wird gespeichert</translation>
    </message>
    <message>
        <source>The workflow of system %1 was changed by someone else while saving. Reload it and try again.</source>
        <translation>Der Workflow von System %1 wurde beim Speichern von jemand anderem geändert. Laden Sie ihn neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>recording the workflow history of system %1</source>
        <translation>Workflow-Verlauf von System %1 wird erfasst</translation>
    </message>
    <message>
        <source>reading the workflow history of system %1</source>
        <translation>Workflow-Verlauf von System %1 wird gelesen</translation>
    </message>
    <message>
        <source>reading who submitted system %1</source>
        <translation>Wer System %1 eingereicht hat, wird gelesen</translation>
    </message>
    <message>
        <source>reading the workflow history</source>
        <translation>Workflow-Verlauf wird gelesen</translation>
    </message>
</context>
<context>
    <name>charter::WorkflowService</name>
    <message>
        <source>Your %1 sign-off is stale: the record changed materially since you signed. Re-sign required.</source>
        <translation>Ihre Abzeichnung %1 ist veraltet: Der Eintrag hat sich seit Ihrer Abzeichnung wesentlich geändert. Erneute Abzeichnung erforderlich.</translation>
    </message>
    <message>
        <source>%1 sign-off needed (%2 risk; %3 of %4 given).</source>
        <translation>Abzeichnung %1 erforderlich (Risiko %2; %3 von %4 erteilt).</translation>
    </message>
    <message>
        <source>Every required sign-off is in: approve, request changes or reject.</source>
        <translation>Alle erforderlichen Abzeichnungen liegen vor: freigeben, Änderungen anfordern oder ablehnen.</translation>
    </message>
    <message>
        <source>Changes requested by %1: %2</source>
        <translation>Änderungen angefordert von %1: %2</translation>
    </message>
    <message>
        <source>Needs re-approval: %1</source>
        <translation>Erneute Freigabe erforderlich: %1</translation>
    </message>
    <message>
        <source>Say why: &quot;%1&quot; needs a reason, recorded with the decision.</source>
        <translation>Nennen Sie den Grund: „%1“ braucht eine Begründung, die mit der Entscheidung erfasst wird.</translation>
    </message>
    <message>
        <source>Cannot approve &quot;%1&quot; yet: every required sign-off must be present and current (%2 risk, policy version %3). Missing: %4.</source>
        <translation>„%1“ kann noch nicht freigegeben werden: Jede erforderliche Abzeichnung muss vorliegen und aktuell sein (Risiko %2, Richtlinienversion %3). Es fehlt: %4.</translation>
    </message>
    <message>
        <source>The approval&apos;s expiry date %1 is not after today (%2).</source>
        <translation>Das Ablaufdatum %1 der Freigabe liegt nicht nach heute (%2).</translation>
    </message>
    <message>
        <source>Cannot reinstate &quot;%1&quot;: its approval no longer holds. %2 Submit it for re-review instead.</source>
        <translation>„%1“ kann nicht wieder zugelassen werden: Seine Freigabe gilt nicht mehr. %2 Reichen Sie es stattdessen zur erneuten Prüfung ein.</translation>
    </message>
    <message>
        <source>Cannot sign &quot;%1&quot;: it is %2. Sign-offs are given while a system is in review.</source>
        <translation>„%1“ kann nicht abgezeichnet werden: Es ist %2. Abzeichnungen werden erteilt, während ein System in Prüfung ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 risk: policy version %3 does not ask for a %4 sign-off at this tier.</source>
        <translation>„%1“ hat Risiko %2: Richtlinienversion %3 verlangt auf dieser Stufe keine Abzeichnung %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since it was shown to you (content %2, now %3). Review the current record and sign again.</source>
        <translation>„%1“ hat sich geändert, seit es Ihnen gezeigt wurde (Inhalt %2, jetzt %3). Prüfen Sie den aktuellen Eintrag und zeichnen Sie erneut ab.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired; its record is kept as it was and cannot be changed.</source>
        <translation>„%1“ ist außer Betrieb; sein Eintrag bleibt, wie er war, und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Material change since approval: %1.</source>
        <translation>Wesentliche Änderung seit der Freigabe: %1.</translation>
    </message>
</context>
<context>
    <name>charter::cli</name>
    <message numerus="yes">
        <source>Sealed %n audit entries written before the trail was tamper-evident.</source>
        <translation>
            <numerusform>%n Audit-Eintrag versiegelt, der geschrieben wurde, bevor das Protokoll manipulationssicher war.</numerusform>
            <numerusform>%n Audit-Einträge versiegelt, die geschrieben wurden, bevor das Protokoll manipulationssicher war.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give people their roles with &apos;charter-cli --db LOCATION admin grant LOGIN ROLE...&apos;.</source>
        <translation>Geben Sie Personen ihre Rollen mit „charter-cli --db ORT admin grant LOGIN ROLLE...“.</translation>
    </message>
    <message>
        <source>Shared-database administration (PostgreSQL; LOCATION is a libpq connection string or URI). Run by the owner of Charter&apos;s tables.

  admin init-server             create Charter&apos;s tables if needed, then the roles
                                charter_viewer, charter_contributor,
                                charter_it_reviewer, charter_board, charter_admin
                                and their privileges (again after every upgrade)
  admin migrate [--yes]         upgrade an older shared database; without --yes,
                                only say what would be done. Back it up first.
  admin grant LOGIN ROLE...     make a database login viewer, contributor,
                                it_reviewer, board or admin
  admin revoke LOGIN ROLE...    take roles away again</source>
        <translation>Verwaltung gemeinsamer Datenbanken (PostgreSQL; ORT ist eine libpq-Verbindungszeichenfolge oder URI). Auszuführen vom Eigentümer der Charter-Tabellen.

  admin init-server             legt bei Bedarf Charters Tabellen an, dann die Rollen
                                charter_viewer, charter_contributor,
                                charter_it_reviewer, charter_board, charter_admin
                                und ihre Rechte (nach jeder Aktualisierung erneut)
  admin migrate [--yes]         aktualisiert eine ältere gemeinsame Datenbank; ohne --yes
                                wird nur gesagt, was geschähe. Vorher sichern.
  admin grant LOGIN ROLLE...    macht ein Datenbank-Login zu viewer, contributor,
                                it_reviewer, board oder admin
  admin revoke LOGIN ROLLE...   entzieht Rollen wieder</translation>
    </message>
    <message>
        <source>init-server, migrate, grant or revoke.</source>
        <translation>init-server, migrate, grant oder revoke.</translation>
    </message>
    <message>
        <source>migrate: upgrade now (after a backup).</source>
        <translation>migrate: jetzt aktualisieren (nach einer Sicherung).</translation>
    </message>
    <message>
        <source>Name an admin command: %1.</source>
        <translation>Nennen Sie einen admin-Befehl: %1.</translation>
    </message>
    <message>
        <source>&apos;admin %1&apos; works on a shared PostgreSQL database; name it with --db (e.g. --db postgresql://owner@host/charter). A Charter file is upgraded when it is opened, and its roles are managed with &apos;charter-cli users&apos;.</source>
        <translation>„admin %1“ arbeitet mit einer gemeinsamen PostgreSQL-Datenbank; nennen Sie sie mit --db (z. B. --db postgresql://owner@host/charter). Eine Charter-Datei wird beim Öffnen aktualisiert, und ihre Rollen werden mit „charter-cli users“ verwaltet.</translation>
    </message>
    <message>
        <source>&apos;admin %1&apos; needs a LOGIN and at least one ROLE.</source>
        <translation>„admin %1“ braucht ein LOGIN und mindestens eine ROLLE.</translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation>%1 hat jetzt %2.</translation>
    </message>
    <message>
        <source>%1 no longer holds %2.</source>
        <translation>%1 hat %2 nicht mehr.</translation>
    </message>
    <message>
        <source>&apos;admin %1&apos; takes no arguments.</source>
        <translation>„admin %1“ nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>Created the Charter database %1.</source>
        <translation>Charter-Datenbank %1 angelegt.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2, the latest; nothing to do.</source>
        <translation>%1 hat die Schemaversion %2, die neueste; nichts zu tun.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2; this Charter upgrades it to %3. Back it up first:
  %4
then run &apos;charter-cli --db LOCATION admin migrate --yes&apos;. Every client must then use this version of Charter or a newer one.</source>
        <translation>%1 hat die Schemaversion %2; dieses Charter aktualisiert sie auf %3. Sichern Sie sie zuerst:
  %4
und führen Sie dann „charter-cli --db ORT admin migrate --yes“ aus. Jeder Client muss danach diese oder eine neuere Charter-Version verwenden.</translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3.</source>
        <translation>%1 von Schemaversion %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <source>Charter&apos;s roles are not set up on this server yet; run &apos;admin init-server&apos;.</source>
        <translation>Charters Rollen sind auf diesem Server noch nicht eingerichtet; führen Sie „admin init-server“ aus.</translation>
    </message>
    <message>
        <source>Output format: text or json (default %1).</source>
        <translation>Ausgabeformat: text oder json (Standard %1).</translation>
    </message>
    <message>
        <source>Upgraded %1; the previous version was saved as %2.</source>
        <translation>%1 aktualisiert; die vorherige Version wurde als %2 gesichert.</translation>
    </message>
    <message numerus="yes">
        <source>Sealed %n audit entries written before this version of Charter; their tree head covers them from now on.</source>
        <translation>
            <numerusform>%n Audit-Eintrag versiegelt, der vor dieser Charter-Version geschrieben wurde; ihr Tree-Head deckt ihn ab jetzt ab.</numerusform>
            <numerusform>%n Audit-Einträge versiegelt, die vor dieser Charter-Version geschrieben wurden; ihr Tree-Head deckt sie ab jetzt ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>--entity needs TYPE:ID, e.g. system:12, or a TYPE alone.</source>
        <translation>--entity braucht TYP:ID, z. B. system:12, oder nur einen TYP.</translation>
    </message>
    <message>
        <source>Print the audit trail&apos;s tree head: its size, its RFC 6962 Merkle root (SHA-256, hex) and when its newest entry was recorded. Keep it (e.g. in the board pack): &apos;charter-cli verify --since FILE&apos; later proves nothing before it was changed.</source>
        <translation>Den Tree-Head des Auditprotokolls ausgeben: seine Größe, seine Merkle-Wurzel nach RFC 6962 (SHA-256, hex) und wann sein neuester Eintrag erfasst wurde. Bewahren Sie ihn auf (z. B. in der Gremiumsunterlage): „charter-cli verify --since DATEI“ weist später nach, dass davor nichts geändert wurde.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use text or json.</source>
        <translation>Unbekanntes --format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>%1 has %2 audit entries but no tree head. Run &apos;charter-cli verify&apos; to see why.</source>
        <translation>%1 hat %2 Audit-Einträge, aber keinen Tree-Head. Führen Sie „charter-cli verify“ aus, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Verify the database: its integrity, every audit entry against its hash, the Merkle tree against the stored tree head, and every system, person and vendor against its last audited state. With --since, also prove that the trail extends the earlier tree head TREEHEAD (a file written by &apos;charter-cli treehead&apos;, or its JSON text): nothing before it was changed, removed or inserted. Exit 0 when everything checks out, 3 with every finding named.</source>
        <translation>Die Datenbank prüfen: ihre Integrität, jeden Audit-Eintrag gegen seinen Hash, den Merkle-Baum gegen den gespeicherten Tree-Head und jedes System, jede Person und jeden Anbieter gegen den zuletzt auditierten Stand. Mit --since zusätzlich nachweisen, dass das Protokoll den früheren Tree-Head TREEHEAD fortsetzt (eine von „charter-cli treehead“ geschriebene Datei oder ihr JSON-Text): Davor wurde nichts geändert, entfernt oder eingefügt. Exit-Code 0, wenn alles stimmt, 3 mit jedem benannten Befund.</translation>
    </message>
    <message>
        <source>An earlier tree head: a file or its JSON text.</source>
        <translation>Ein früherer Tree-Head: eine Datei oder ihr JSON-Text.</translation>
    </message>
    <message>
        <source>%1: verified. %2 audit entries, tree head %3 (root %4); %5 register rows match their audit trail.</source>
        <translation>%1: geprüft. %2 Audit-Einträge, Tree-Head %3 (Wurzel %4); %5 Registerzeilen stimmen mit ihrem Auditprotokoll überein.</translation>
    </message>
    <message>
        <source>It extends the earlier tree head of %1 entries (consistency proof of %2 hashes verified).</source>
        <translation>Es setzt den früheren Tree-Head über %1 Einträge fort (Konsistenzbeweis aus %2 Hashes verifiziert).</translation>
    </message>
    <message numerus="yes">
        <source>%1 FAILED verification: %n finding(s).</source>
        <translation>
            <numerusform>%1: Prüfung FEHLGESCHLAGEN: %n Befund.</numerusform>
            <numerusform>%1: Prüfung FEHLGESCHLAGEN: %n Befunde.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit trail: sequence number, time, actor, action, entity and reason (json adds the before and after values and each entry&apos;s leaf hash).</source>
        <translation>Das Auditprotokoll auflisten: laufende Nummer, Zeit, Akteur, Aktion, Objekt und Grund (json ergänzt die Werte vorher und nachher und den Blatt-Hash jedes Eintrags).</translation>
    </message>
    <message>
        <source>Only entries about ENTITY: TYPE:ID (e.g. system:12 or system:&quot;exact name&quot;) or a TYPE.</source>
        <translation>Nur Einträge zu OBJEKT: TYP:ID (z. B. system:12 oder system:&quot;genauer Name&quot;) oder ein TYP.</translation>
    </message>
    <message>
        <source>Only the newest N entries.</source>
        <translation>Nur die neuesten N Einträge.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation>--limit braucht eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n Audit-Eintrag</numerusform>
            <numerusform>%n Audit-Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty Charter database.</source>
        <translation>Eine leere Charter-Datenbank anlegen.</translation>
    </message>
    <message>
        <source>Add a realistic demo portfolio (--systems N, --seed S).</source>
        <translation>Ein realistisches Demo-Portfolio hinzufügen (--systems N, --seed S).</translation>
    </message>
    <message>
        <source>List the register (--format table|json|csv, --filter TEXT).</source>
        <translation>Das Register auflisten (--format table|json|csv, --filter TEXT).</translation>
    </message>
    <message>
        <source>Show everything about one system.</source>
        <translation>Alles über ein System anzeigen.</translation>
    </message>
    <message>
        <source>Explain one system&apos;s risk score.</source>
        <translation>Die Risikopunktzahl eines Systems erklären.</translation>
    </message>
    <message>
        <source>Change a system&apos;s name, purpose or business unit (--if-version N).</source>
        <translation>Name, Zweck oder Geschäftsbereich eines Systems ändern (--if-version N).</translation>
    </message>
    <message>
        <source>Import a spreadsheet (CSV) inventory or a JSON portfolio.</source>
        <translation>Ein Tabelleninventar (CSV) oder ein JSON-Portfolio importieren.</translation>
    </message>
    <message>
        <source>Export the register as JSON or CSV.</source>
        <translation>Das Register als JSON oder CSV exportieren.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity.</source>
        <translation>Die Integrität der Datenbank prüfen.</translation>
    </message>
    <message>
        <source>Submit a system for review (or re-review).</source>
        <translation>Ein System zur Prüfung (oder erneuten Prüfung) einreichen.</translation>
    </message>
    <message>
        <source>Approve, request changes to or reject a system in review.</source>
        <translation>Ein System in Prüfung freigeben, Änderungen anfordern oder ablehnen.</translation>
    </message>
    <message>
        <source>Sign a system in review (--as it_review|ownership|board).</source>
        <translation>Ein System in Prüfung abzeichnen (--as it_review|ownership|board).</translation>
    </message>
    <message>
        <source>A system&apos;s sign-offs and what changed since each was signed.</source>
        <translation>Die Abzeichnungen eines Systems und was sich seit jeder Abzeichnung geändert hat.</translation>
    </message>
    <message>
        <source>What is waiting for you.</source>
        <translation>Was auf Sie wartet.</translation>
    </message>
    <message>
        <source>Suspend an approved system.</source>
        <translation>Ein freigegebenes System aussetzen.</translation>
    </message>
    <message>
        <source>Reinstate a suspended system.</source>
        <translation>Ein ausgesetztes System wieder zulassen.</translation>
    </message>
    <message>
        <source>Retire a system.</source>
        <translation>Ein System außer Betrieb nehmen.</translation>
    </message>
    <message>
        <source>Record a human override of a system&apos;s output.</source>
        <translation>Eine menschliche Übersteuerung der Ausgabe eines Systems erfassen.</translation>
    </message>
    <message>
        <source>Record an incident (or its acknowledgement).</source>
        <translation>Einen Vorfall (oder seine Bestätigung) erfassen.</translation>
    </message>
    <message>
        <source>Accounts and roles (list, whoami, add, set-roles, link, deactivate).</source>
        <translation>Konten und Rollen (list, whoami, add, set-roles, link, deactivate).</translation>
    </message>
    <message>
        <source>List the audit trail (--entity TYPE:ID, --limit N, --format json).</source>
        <translation>Das Auditprotokoll auflisten (--entity TYP:ID, --limit N, --format json).</translation>
    </message>
    <message>
        <source>Verify the audit trail and the register (--since TREEHEAD).</source>
        <translation>Auditprotokoll und Register prüfen (--since TREEHEAD).</translation>
    </message>
    <message>
        <source>Print the audit trail&apos;s tree head (size, Merkle root, time).</source>
        <translation>Den Tree-Head des Auditprotokolls ausgeben (Größe, Merkle-Wurzel, Zeit).</translation>
    </message>
    <message>
        <source>Shared PostgreSQL database: init-server, migrate, grant, revoke.</source>
        <translation>Gemeinsame PostgreSQL-Datenbank: init-server, migrate, grant, revoke.</translation>
    </message>
    <message>
        <source>Copy the database to an empty one (--to LOCATION: file or PostgreSQL).</source>
        <translation>Die Datenbank in eine leere kopieren (--to ORT: Datei oder PostgreSQL).</translation>
    </message>
    <message>
        <source>Review meetings: create, list, agenda, decide, minutes, close.</source>
        <translation>Prüfsitzungen: create, list, agenda, decide, minutes, close.</translation>
    </message>
    <message>
        <source>Export the decision register (--format csv|json, --out FILE, --bom).</source>
        <translation>Das Entscheidungsregister exportieren (--format csv|json, --out DATEI, --bom).</translation>
    </message>
    <message>
        <source>Export the re-review schedule as iCalendar (--out FILE.ics).</source>
        <translation>Den Plan der erneuten Prüfungen als iCalendar exportieren (--out DATEI.ics).</translation>
    </message>
    <message>
        <source>Write the board pack as PDF, HTML or Markdown (--meeting ID, --out FILE).</source>
        <translation>Die Gremiumsunterlage als PDF, HTML oder Markdown schreiben (--meeting ID, --out DATEI).</translation>
    </message>
    <message>
        <source>Usage: charter-cli [--db LOCATION] [--verbose] VERB [options]

Charter keeps the register of AI systems: owners, decision boundaries,
escalation paths, vendor risk and explained risk scores.

LOCATION is a database file (default: %1, or $CHARTER_DB), or a
shared PostgreSQL database: a libpq connection string or URI
(postgresql://user@host/db, service=NAME; passwords from ~/.pgpass).

Verbs:
</source>
        <translation>Aufruf: charter-cli [--db ORT] [--verbose] VERB [Optionen]

Charter führt das Register der KI-Systeme: Verantwortliche, Entscheidungsgrenzen,
Eskalationspfade, Anbieterrisiko und erklärte Risikobewertungen.

ORT ist eine Datenbankdatei (Standard: %1 oder $CHARTER_DB) oder eine
gemeinsame PostgreSQL-Datenbank: eine libpq-Verbindungszeichenfolge oder URI
(postgresql://user@host/db, service=NAME; Passwörter aus ~/.pgpass).

Verben:
</translation>
    </message>
    <message>
        <source>
Every verb has --help. Exit codes: 0 ok, 1 usage, 2 invalid input (nothing
written), 3 verification failed, 4 not permitted, 5 conflict, 6 database
unavailable, corrupt or made by a newer Charter.
</source>
        <translation>
Jedes Verb hat --help. Exit-Codes: 0 ok, 1 Aufruf, 2 ungültige Eingabe (nichts
geschrieben), 3 Prüfung fehlgeschlagen, 4 nicht erlaubt, 5 Konflikt, 6 Datenbank
nicht verfügbar, beschädigt oder von einem neueren Charter erstellt.
</translation>
    </message>
    <message>
        <source>--db needs a LOCATION.</source>
        <translation>--db braucht einen ORT.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>Try &apos;charter-cli --help&apos;.</source>
        <translation>Versuchen Sie „charter-cli --help“.</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>Unbekanntes Verb „%1“.</translation>
    </message>
    <message>
        <source>Upgraded %1; the previous version was saved as %2.
</source>
        <translation>%1 aktualisiert; die vorherige Version wurde als %2 gesichert.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Record that a person overrode SYSTEM&apos;s output: what it recommended, what was decided instead and why. Needs the contributor, it_reviewer or board role, or being one of the system&apos;s owners.</source>
        <translation>Erfassen, dass eine Person die Ausgabe von SYSTEM übersteuert hat: was es empfohlen hat, was stattdessen entschieden wurde und warum. Erfordert die Rolle contributor, it_reviewer oder board oder die Stellung als Verantwortlicher des Systems.</translation>
    </message>
    <message>
        <source>Id or exact name of the system.</source>
        <translation>ID oder genauer Name des Systems.</translation>
    </message>
    <message>
        <source>What the system recommended (required).</source>
        <translation>Was das System empfohlen hat (Pflicht).</translation>
    </message>
    <message>
        <source>What the person decided (required).</source>
        <translation>Was die Person entschieden hat (Pflicht).</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Warum (Pflicht).</translation>
    </message>
    <message>
        <source>The decision boundary concerned.</source>
        <translation>Die betroffene Entscheidungsgrenze.</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601, UTC; default now).</source>
        <translation>Wann es geschah (ISO 8601, UTC; Standard: jetzt).</translation>
    </message>
    <message>
        <source>--at needs a date and time such as 2026-03-01T09:30:00Z.</source>
        <translation>--at braucht ein Datum mit Uhrzeit wie 2026-03-01T09:30:00Z.</translation>
    </message>
    <message>
        <source>Recorded override #%1.</source>
        <translation>Übersteuerung #%1 erfasst.</translation>
    </message>
    <message>
        <source>Record an incident of SYSTEM: what failed, its severity, who it was escalated to and after how many minutes they acknowledged it; the escalation path&apos;s response-time target for that severity is stored with it, so breaches are visible. Or, with --acknowledge ID, record a later acknowledgement.</source>
        <translation>Einen Vorfall von SYSTEM erfassen: was ausgefallen ist, sein Schweregrad, an wen eskaliert wurde und nach wie vielen Minuten die Bestätigung kam; das Reaktionsziel des Eskalationspfads für diesen Schweregrad wird mitgespeichert, sodass Überschreitungen sichtbar sind. Oder mit --acknowledge ID eine spätere Bestätigung erfassen.</translation>
    </message>
    <message>
        <source>Id or exact name of the system (not with --acknowledge).</source>
        <translation>ID oder genauer Name des Systems (nicht mit --acknowledge).</translation>
    </message>
    <message>
        <source>Severity: %1.</source>
        <translation>Schweregrad: %1.</translation>
    </message>
    <message>
        <source>What failed (required).</source>
        <translation>Was ausgefallen ist (Pflicht).</translation>
    </message>
    <message>
        <source>Who it was escalated to: a person&apos;s id or exact name (default: the first person on the path for this severity).</source>
        <translation>An wen eskaliert wurde: ID oder genauer Name einer Person (Standard: die erste Person im Pfad für diesen Schweregrad).</translation>
    </message>
    <message>
        <source>Minutes until the escalation was acknowledged.</source>
        <translation>Minuten bis zur Bestätigung der Eskalation.</translation>
    </message>
    <message>
        <source>Record the acknowledgement of incident ID.</source>
        <translation>Die Bestätigung von Vorfall ID erfassen.</translation>
    </message>
    <message>
        <source>--acknowledged-after needs a whole number of minutes (0 or more).</source>
        <translation>--acknowledged-after braucht eine ganze Zahl von Minuten (0 oder mehr).</translation>
    </message>
    <message>
        <source>--acknowledge needs an incident id.</source>
        <translation>--acknowledge braucht eine Vorfall-ID.</translation>
    </message>
    <message>
        <source>--acknowledge needs --acknowledged-after MINUTES.</source>
        <translation>--acknowledge braucht --acknowledged-after MINUTEN.</translation>
    </message>
    <message>
        <source>--acknowledge takes only --acknowledged-after.</source>
        <translation>--acknowledge nimmt nur --acknowledged-after.</translation>
    </message>
    <message>
        <source>--severity needs one of %1.</source>
        <translation>--severity braucht einen von %1.</translation>
    </message>
    <message>
        <source>Recorded incident #%1. %2</source>
        <translation>Vorfall #%1 erfasst. %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import FILE into the register: a spreadsheet inventory (CSV, mapped by a built-in profile or a mapping file) or a Charter JSON portfolio. All or nothing: on any error nothing is written.</source>
        <translation>DATEI ins Register importieren: ein Tabelleninventar (CSV, zugeordnet über ein eingebautes Profil oder eine Zuordnungsdatei) oder ein Charter-JSON-Portfolio. Alles oder nichts: Bei einem Fehler wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>The CSV or JSON file to import.</source>
        <translation>Die zu importierende CSV- oder JSON-Datei.</translation>
    </message>
    <message>
        <source>Built-in column profile (omb-2025, charter); detected from the header when omitted.</source>
        <translation>Eingebautes Spaltenprofil (omb-2025, charter); ohne Angabe aus der Kopfzeile erkannt.</translation>
    </message>
    <message>
        <source>Mapping file (JSON) naming columns and values.</source>
        <translation>Zuordnungsdatei (JSON), die Spalten und Werte benennt.</translation>
    </message>
    <message>
        <source>Show the import report; write nothing.</source>
        <translation>Den Importbericht anzeigen; nichts schreiben.</translation>
    </message>
    <message>
        <source>Refuse the whole file when any record has a problem.</source>
        <translation>Die ganze Datei ablehnen, wenn ein Eintrag ein Problem hat.</translation>
    </message>
    <message>
        <source>Name exactly one FILE to import.</source>
        <translation>Nennen Sie genau eine zu importierende DATEI.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: Charter portfolio with %2 systems, %3 people, %4 vendors.
</source>
        <translation>%1: Charter-Portfolio mit %2 Systemen, %3 Personen, %4 Anbietern.
</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Imported %1 systems (%2 new people, %3 new vendors) into %4.</source>
        <translation>%1 Systeme (%2 neue Personen, %3 neue Anbieter) in %4 importiert.</translation>
    </message>
    <message>
        <source>Export the whole register: a JSON portfolio (people, vendors, systems; re-importable) or a CSV register extract for spreadsheets. Written atomically.</source>
        <translation>Das ganze Register exportieren: ein JSON-Portfolio (Personen, Anbieter, Systeme; wieder importierbar) oder einen CSV-Registerauszug für Tabellenkalkulationen. Wird atomar geschrieben.</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json oder csv.</translation>
    </message>
    <message>
        <source>Output file (&apos;-&apos; for standard output).</source>
        <translation>Ausgabedatei („-“ für die Standardausgabe).</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte-order mark (for Excel).</source>
        <translation>CSV: mit einer UTF-8-Bytereihenfolgemarke beginnen (für Excel).</translation>
    </message>
    <message>
        <source>--format json or --format csv is required.</source>
        <translation>--format json oder --format csv ist erforderlich.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Exported %1 systems to %2.</source>
        <translation>%1 Systeme nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Usage: charter-cli [--db LOCATION] meeting COMMAND [options]

Review meetings of the governance board (docs/meetings.md).

  meeting create --date YYYY-MM-DD --board NAME --attendee LOGIN...
                                   create it; its agenda builds itself
  meeting list [--format table|json]
  meeting agenda ID [--format table|json]
  meeting agenda ID --rebuild       build again (keeps manual and decided items)
  meeting agenda ID --add TITLE [--reason TEXT] [--system SYSTEM] [--at N]
  meeting agenda ID --remove N
  meeting agenda ID --move N --to M
  meeting decide ID --item N --outcome OUTCOME --reason TEXT [--conditions TEXT]
                                   record the board&apos;s decision on item N
  meeting minutes ID [--format markdown|text] [--out FILE]
  meeting close ID

Preparing needs the board or it_reviewer role; deciding and closing the board
role (and attending). Every command has --help.
</source>
        <translation>Aufruf: charter-cli [--db ORT] meeting BEFEHL [Optionen]

Prüfsitzungen des Governance-Gremiums (docs/meetings.md).

  meeting create --date JJJJ-MM-TT --board NAME --attendee LOGIN...
                                   anlegen; die Tagesordnung entsteht von selbst
  meeting list [--format table|json]
  meeting agenda ID [--format table|json]
  meeting agenda ID --rebuild       neu aufbauen (behält manuelle und entschiedene Punkte)
  meeting agenda ID --add TITEL [--reason TEXT] [--system SYSTEM] [--at N]
  meeting agenda ID --remove N
  meeting agenda ID --move N --to M
  meeting decide ID --item N --outcome ERGEBNIS --reason TEXT [--conditions TEXT]
                                   die Entscheidung des Gremiums zu Punkt N erfassen
  meeting minutes ID [--format markdown|text] [--out DATEI]
  meeting close ID

Vorbereiten erfordert die Rolle board oder it_reviewer; Entscheiden und Schließen die
Rolle board (und Teilnahme). Jeder Befehl hat --help.
</translation>
    </message>
    <message>
        <source>Give exactly one meeting ID (see &apos;charter-cli meeting list&apos;).</source>
        <translation>Geben Sie genau eine Sitzungs-ID an (siehe „charter-cli meeting list“).</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use table or json.</source>
        <translation>Unbekanntes --format „%1“; verwenden Sie table oder json.</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>Die Tagesordnung ist leer.</translation>
    </message>
    <message>
        <source>(system %1)</source>
        <translation>(System %1)</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Entscheidung: %1 (%2)</translation>
    </message>
    <message>
        <source>Create a review meeting. Its agenda builds itself from what needs the board: systems waiting for a board decision, tier changes since the last meeting, overdue re-reviews, stale sign-offs, new incidents and overrides, ownership gaps and vendor contracts ending within 90 days. Needs the board or it_reviewer role.</source>
        <translation>Eine Prüfsitzung anlegen. Ihre Tagesordnung entsteht aus dem, was das Gremium braucht: Systeme, die auf eine Entscheidung des Gremiums warten, Stufenänderungen seit der letzten Sitzung, überfällige erneute Prüfungen, veraltete Abzeichnungen, neue Vorfälle und Übersteuerungen, Lücken bei Verantwortlichen und innerhalb von 90 Tagen auslaufende Anbieterverträge. Erfordert die Rolle board oder it_reviewer.</translation>
    </message>
    <message>
        <source>Meeting date (YYYY-MM-DD).</source>
        <translation>Sitzungsdatum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Name of the board that meets.</source>
        <translation>Name des tagenden Gremiums.</translation>
    </message>
    <message>
        <source>An attending account (repeatable; comma-separated lists too).</source>
        <translation>Ein teilnehmendes Konto (wiederholbar; auch kommagetrennte Listen).</translation>
    </message>
    <message>
        <source>Start with an empty agenda.</source>
        <translation>Mit einer leeren Tagesordnung beginnen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--date needs a date of the form YYYY-MM-DD.</source>
        <translation>--date braucht ein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Meeting %1 created: %2, %3, %4 agenda items.</source>
        <translation>Sitzung %1 angelegt: %2, %3, %4 Tagesordnungspunkte.</translation>
    </message>
    <message>
        <source>List the review meetings, oldest first.</source>
        <translation>Die Prüfsitzungen auflisten, älteste zuerst.</translation>
    </message>
    <message>
        <source>table or json (default table).</source>
        <translation>table oder json (Standard table).</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Noch keine Sitzungen.</translation>
    </message>
    <message>
        <source>%1 decisions; attendees: %2</source>
        <translation>%1 Entscheidungen; Teilnehmende: %2</translation>
    </message>
    <message>
        <source>Show or change a meeting&apos;s agenda. Without a change option it prints the agenda. Changes need the board or it_reviewer role and an open meeting; an item with a recorded decision cannot be removed.</source>
        <translation>Die Tagesordnung einer Sitzung anzeigen oder ändern. Ohne Änderungsoption wird die Tagesordnung ausgegeben. Änderungen erfordern die Rolle board oder it_reviewer und eine offene Sitzung; ein Punkt mit erfasster Entscheidung kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>The meeting.</source>
        <translation>Die Sitzung.</translation>
    </message>
    <message>
        <source>Build the agenda again from what needs the board now.</source>
        <translation>Die Tagesordnung neu aus dem aufbauen, was das Gremium jetzt braucht.</translation>
    </message>
    <message>
        <source>Add an item with this title.</source>
        <translation>Einen Punkt mit diesem Titel hinzufügen.</translation>
    </message>
    <message>
        <source>With --add: why it is on the agenda.</source>
        <translation>Mit --add: warum er auf der Tagesordnung steht.</translation>
    </message>
    <message>
        <source>With --add: the system it is about (id or exact name).</source>
        <translation>Mit --add: das betroffene System (ID oder genauer Name).</translation>
    </message>
    <message>
        <source>With --add: its position (default: at the end).</source>
        <translation>Mit --add: seine Position (Standard: am Ende).</translation>
    </message>
    <message>
        <source>Remove the item at position N.</source>
        <translation>Den Punkt an Position N entfernen.</translation>
    </message>
    <message>
        <source>Move the item at position N (with --to).</source>
        <translation>Den Punkt an Position N verschieben (mit --to).</translation>
    </message>
    <message>
        <source>With --move: the new position.</source>
        <translation>Mit --move: die neue Position.</translation>
    </message>
    <message>
        <source>Give at most one of --rebuild, --add, --remove and --move.</source>
        <translation>Geben Sie höchstens eine von --rebuild, --add, --remove und --move an.</translation>
    </message>
    <message>
        <source>--move and --to go together.</source>
        <translation>--move und --to gehören zusammen.</translation>
    </message>
    <message>
        <source>--at needs a position (1, 2, ...).</source>
        <translation>--at braucht eine Position (1, 2, ...).</translation>
    </message>
    <message>
        <source>--remove needs a position (1, 2, ...).</source>
        <translation>--remove braucht eine Position (1, 2, ...).</translation>
    </message>
    <message>
        <source>--move and --to need positions (1, 2, ...).</source>
        <translation>--move und --to brauchen Positionen (1, 2, ...).</translation>
    </message>
    <message>
        <source>Record the board&apos;s decision on an agenda item. Needs the board role and attending the meeting. On a system, the decision goes through the approval workflow with its rules and audit: approve (with conditions) approves it (every required sign-off current; nobody approves what they submitted), reject rejects it, request_information sends a system in review back for changes; defer changes nothing. The decision is attributed to the board members present.</source>
        <translation>Die Entscheidung des Gremiums zu einem Tagesordnungspunkt erfassen. Erfordert die Rolle board und die Teilnahme an der Sitzung. Bei einem System durchläuft die Entscheidung den Freigabe-Workflow mit seinen Regeln und seinem Audit: approve (mit Auflagen) gibt es frei (jede erforderliche Abzeichnung aktuell; niemand gibt frei, was er eingereicht hat), reject lehnt es ab, request_information schickt ein System in Prüfung zur Änderung zurück; defer ändert nichts. Die Entscheidung wird den anwesenden Gremiumsmitgliedern zugerechnet.</translation>
    </message>
    <message>
        <source>The agenda item&apos;s position.</source>
        <translation>Die Position des Tagesordnungspunkts.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>Einer von %1.</translation>
    </message>
    <message>
        <source>The rationale (required).</source>
        <translation>Die Begründung (Pflicht).</translation>
    </message>
    <message>
        <source>The conditions (approve_with_conditions).</source>
        <translation>Die Auflagen (approve_with_conditions).</translation>
    </message>
    <message>
        <source>Approvals: the approval lapses after DATE (YYYY-MM-DD).</source>
        <translation>Freigaben: Die Freigabe erlischt nach DATUM (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>A board member present (repeatable; default: every attending board member).</source>
        <translation>Ein anwesendes Gremiumsmitglied (wiederholbar; Standard: alle teilnehmenden Gremiumsmitglieder).</translation>
    </message>
    <message>
        <source>Approvals: give your board sign-off first, when the policy asks for one.</source>
        <translation>Freigaben: Erteilen Sie zuerst Ihre Abzeichnung als Gremium, wenn die Richtlinie eine verlangt.</translation>
    </message>
    <message>
        <source>--item needs the position of an agenda item (1, 2, ...).</source>
        <translation>--item braucht die Position eines Tagesordnungspunkts (1, 2, ...).</translation>
    </message>
    <message>
        <source>--outcome must be one of %1.</source>
        <translation>--outcome muss einer von %1 sein.</translation>
    </message>
    <message>
        <source>--expires needs a date of the form YYYY-MM-DD.</source>
        <translation>--expires braucht ein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Recorded: %1 on item %2, attributed to %3.</source>
        <translation>Erfasst: %1 zu Punkt %2, zugerechnet %3.</translation>
    </message>
    <message>
        <source>Write the minutes of a meeting, produced from what was recorded.</source>
        <translation>Das Protokoll einer Sitzung schreiben, erstellt aus dem Erfassten.</translation>
    </message>
    <message>
        <source>markdown or text (default markdown).</source>
        <translation>markdown oder text (Standard markdown).</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of stdout.</source>
        <translation>In DATEI schreiben (atomar) statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use markdown or text.</source>
        <translation>Unbekanntes --format „%1“; verwenden Sie markdown oder text.</translation>
    </message>
    <message>
        <source>Close a meeting: its agenda and decisions become final (board role, attending).</source>
        <translation>Eine Sitzung schließen: Tagesordnung und Entscheidungen werden endgültig (Rolle board, teilnehmend).</translation>
    </message>
    <message>
        <source>Meeting %1 is closed.</source>
        <translation>Sitzung %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>Unknown meeting command &quot;%1&quot;; use create, list, agenda, decide, minutes or close.</source>
        <translation>Unbekannter meeting-Befehl „%1“; verwenden Sie create, list, agenda, decide, minutes oder close.</translation>
    </message>
    <message>
        <source>Export the decision register: every board decision of every meeting, with the meeting, the agenda item, the rationale and who decided. CSV opens cleanly in Excel and LibreOffice (--bom for Excel&apos;s UTF-8 detection).</source>
        <translation>Das Entscheidungsregister exportieren: jede Entscheidung des Gremiums aus jeder Sitzung, mit Sitzung, Tagesordnungspunkt, Begründung und wer entschieden hat. CSV öffnet sich sauber in Excel und LibreOffice (--bom für Excels UTF-8-Erkennung).</translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation>csv oder json (Standard csv).</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte-order mark.</source>
        <translation>CSV: mit einer UTF-8-Bytereihenfolgemarke beginnen.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use csv or json.</source>
        <translation>Unbekanntes --format „%1“; verwenden Sie csv oder json.</translation>
    </message>
    <message>
        <source>--bom belongs to --format csv.</source>
        <translation>--bom gehört zu --format csv.</translation>
    </message>
    <message>
        <source>Wrote %1 decisions to %2.</source>
        <translation>%1 Entscheidungen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export the re-review schedule as an iCalendar file (RFC 5545) that calendar clients import: one all-day event per system with a next review date. Event UIDs are stable, so importing a newer file updates the events.</source>
        <translation>Den Plan der erneuten Prüfungen als iCalendar-Datei (RFC 5545) exportieren, die Kalenderprogramme importieren: ein ganztägiger Termin je System mit nächstem Prüfdatum. Die Termin-UIDs sind stabil, sodass der Import einer neueren Datei die Termine aktualisiert.</translation>
    </message>
    <message>
        <source>Write to FILE.ics (atomically); - for stdout.</source>
        <translation>In DATEI.ics schreiben (atomar); - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Give --out FILE.ics (or --out - for stdout).</source>
        <translation>Geben Sie --out DATEI.ics an (oder --out - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>Wrote %1 scheduled reviews to %2.</source>
        <translation>%1 geplante Prüfungen nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>The %1 %2 does not verify (%3 findings; &apos;charter-cli verify&apos; lists them all): %4</source>
        <translation>%1 %2 lässt sich nicht verifizieren (%3 Befunde; „charter-cli verify“ listet alle auf): %4</translation>
    </message>
    <message>
        <source>Copy this Charter database (--db) to an empty one at LOCATION: a file to a shared PostgreSQL database or back. Copies people, vendors, systems, accounts and roles, risk policies, workflow, sign-offs, the decision log and the audit trail (leaf hashes and tree head included), keeping every id. The source must verify; the copy is verified and counted before it is committed, so a failed copy leaves nothing behind. For a shared database: migrate into an empty database as its owner, then run &apos;admin init-server&apos;.</source>
        <translation>Diese Charter-Datenbank (--db) in eine leere unter ORT kopieren: eine Datei in eine gemeinsame PostgreSQL-Datenbank oder zurück. Kopiert Personen, Anbieter, Systeme, Konten und Rollen, Risikorichtlinien, Workflow, Abzeichnungen, das Entscheidungsprotokoll und das Auditprotokoll (mit Blatt-Hashes und Tree-Head) und behält jede ID. Die Quelle muss sich verifizieren lassen; die Kopie wird vor dem Festschreiben verifiziert und gezählt, sodass eine fehlgeschlagene Kopie nichts hinterlässt. Für eine gemeinsame Datenbank: als deren Eigentümer in eine leere Datenbank migrieren, dann „admin init-server“ ausführen.</translation>
    </message>
    <message>
        <source>Where to copy to: a new file, or an empty PostgreSQL database (connection string or URI).</source>
        <translation>Wohin kopiert wird: eine neue Datei oder eine leere PostgreSQL-Datenbank (Verbindungszeichenfolge oder URI).</translation>
    </message>
    <message>
        <source>Name where to copy to with --to LOCATION.</source>
        <translation>Nennen Sie das Ziel der Kopie mit --to ORT.</translation>
    </message>
    <message>
        <source>&apos;migrate&apos; takes no arguments besides --to LOCATION.</source>
        <translation>„migrate“ nimmt außer --to ORT keine Argumente.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>--to names the database being copied.</source>
        <translation>--to nennt die Datenbank, die kopiert wird.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>Kopie</translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail ends in another tree head (%1 entries) than the source&apos;s (%2 entries).</source>
        <translation>Das Auditprotokoll der Kopie endet in einem anderen Tree-Head (%1 Einträge) als das der Quelle (%2 Einträge).</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the source.</source>
        <translation>Die Kopie enthält nicht dieselben Zeilen wie die Quelle.</translation>
    </message>
    <message>
        <source>Copied %1 to %2 and verified the copy: %3 audit entries, tree head root %4.</source>
        <translation>%1 nach %2 kopiert und die Kopie verifiziert: %3 Audit-Einträge, Wurzel des Tree-Heads %4.</translation>
    </message>
    <message>
        <source>Next, as the owner: charter-cli --db LOCATION admin init-server</source>
        <translation>Als Nächstes, als Eigentümer: charter-cli --db ORT admin init-server</translation>
    </message>
    <message>
        <source>unknown (gap)</source>
        <translation>unbekannt (Lücke)</translation>
    </message>
    <message>
        <source>not named (gap)</source>
        <translation>nicht benannt (Lücke)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>in-house</source>
        <translation>Eigenentwicklung</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 systems</source>
        <translation>%1 Systeme</translation>
    </message>
    <message>
        <source>%1 (id %2): %3 risk, score %4</source>
        <translation>%1 (ID %2): Risiko %3, Punktzahl %4</translation>
    </message>
    <message>
        <source>Policy: %1, version %2</source>
        <translation>Richtlinie: %1, Version %2</translation>
    </message>
    <message>
        <source>No risk factors apply.</source>
        <translation>Es gelten keine Risikofaktoren.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>Unknown answers (gaps, %1):</source>
        <translation>Unbekannte Antworten (Lücken, %1):</translation>
    </message>
    <message>
        <source>Completeness: %1%</source>
        <translation>Vollständigkeit: %1 %</translation>
    </message>
    <message>
        <source>Review cadence at this tier: every %1 months</source>
        <translation>Prüfintervall auf dieser Stufe: alle %1 Monate</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prüftermin</translation>
    </message>
    <message>
        <source>none scheduled</source>
        <translation>keine geplant</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Fachlicher Verantwortlicher</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Technischer Verantwortlicher</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Verantwortlicher für den Support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>IT-Ansprechpartner</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Entscheidungsgrenzen</translation>
    </message>
    <message>
        <source>none documented (gap)</source>
        <translation>keine dokumentiert (Lücke)</translation>
    </message>
    <message>
        <source>Human steps in: %1</source>
        <translation>Mensch greift ein: %1</translation>
    </message>
    <message>
        <source>On failure: %1</source>
        <translation>Bei Ausfall: %1</translation>
    </message>
    <message>
        <source>Reports uncertainty: %1</source>
        <translation>Meldet Unsicherheit: %1</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Eskalationspfad</translation>
    </message>
    <message>
        <source>none defined (gap)</source>
        <translation>keiner festgelegt (Lücke)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>response time unknown</source>
        <translation>Reaktionszeit unbekannt</translation>
    </message>
    <message>
        <source>Data and security</source>
        <translation>Daten und Sicherheit</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Production data</source>
        <translation>Produktionsdaten</translation>
    </message>
    <message>
        <source>Safety-related</source>
        <translation>Sicherheitsrelevant</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Datenresidenz</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Zugriffsumfang</translation>
    </message>
    <message>
        <source>External processing</source>
        <translation>Externe Verarbeitung</translation>
    </message>
    <message>
        <source>Cloud connectivity</source>
        <translation>Cloud-Anbindung</translation>
    </message>
    <message>
        <source>Credential handling</source>
        <translation>Umgang mit Zugangsdaten</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Integrationen</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Fortbestand</translation>
    </message>
    <message>
        <source>Roadmap stability</source>
        <translation>Stabilität der Roadmap</translation>
    </message>
    <message>
        <source>Support maturity</source>
        <translation>Reife des Supports</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Ausstieg</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Datenportabilität</translation>
    </message>
    <message>
        <source>Security attestations</source>
        <translation>Sicherheitsnachweise</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Vertragsende</translation>
    </message>
    <message>
        <source>Deprecation notice</source>
        <translation>Abkündigungsfrist</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>unknown whether a vendor is involved (gap)</source>
        <translation>unbekannt, ob ein Anbieter beteiligt ist (Lücke)</translation>
    </message>
    <message>
        <source>built in-house</source>
        <translation>Eigenentwicklung</translation>
    </message>
    <message>
        <source>Support model</source>
        <translation>Supportmodell</translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation>Gepflegt von</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Aktualisierungen</translation>
    </message>
    <message>
        <source>Issue escalation</source>
        <translation>Eskalation von Problemen</translation>
    </message>
    <message>
        <source>Regulatory classification</source>
        <translation>Regulatorische Einstufung</translation>
    </message>
    <message>
        <source>EU AI Act category</source>
        <translation>Kategorie nach EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>EU AI Act role</source>
        <translation>Rolle nach EU-KI-Verordnung</translation>
    </message>
    <message>
        <source>US OMB high-impact</source>
        <translation>US-OMB: hohe Auswirkung</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Importhinweise</translation>
    </message>
    <message>
        <source>Risk: %1, score %2, %3% complete</source>
        <translation>Risiko: %1, Punktzahl %2, %3 % vollständig</translation>
    </message>
    <message>
        <source>Write the board pack: cover, summary tiles and charts, the agenda, a one-page brief per agenda system (owners, decision boundaries, escalation path, vendor profile, risk explanation, open sign-offs, history since the last review), decisions and minutes once recorded, and the audit tree head, so any later change to the record can be proven against the pack. Without --meeting the agenda is the standing one: every system that needs the board today.</source>
        <translation>Die Gremiumsunterlage schreiben: Deckblatt, Übersichtskacheln und Diagramme, die Tagesordnung, ein einseitiger Kurzbericht je System auf der Tagesordnung (Verantwortliche, Entscheidungsgrenzen, Eskalationspfad, Anbieterprofil, Risikoerläuterung, offene Abzeichnungen, Verlauf seit der letzten Prüfung), Entscheidungen und Protokoll, sobald erfasst, und der Tree-Head des Auditprotokolls, sodass jede spätere Änderung am Eintrag gegen die Unterlage nachgewiesen werden kann. Ohne --meeting ist die Tagesordnung die ständige: jedes System, das heute das Gremium braucht.</translation>
    </message>
    <message>
        <source>The meeting (its id, see &apos;charter-cli meeting list&apos;).</source>
        <translation>Die Sitzung (ihre ID, siehe „charter-cli meeting list“).</translation>
    </message>
    <message>
        <source>pdf, html or md (default: from the file name, else pdf).</source>
        <translation>pdf, html oder md (Standard: aus dem Dateinamen, sonst pdf).</translation>
    </message>
    <message>
        <source>The file to write (replaced atomically).</source>
        <translation>Die zu schreibende Datei (atomar ersetzt).</translation>
    </message>
    <message>
        <source>pack needs --out FILE.</source>
        <translation>pack braucht --out DATEI.</translation>
    </message>
    <message>
        <source>--format must be pdf, html or md.</source>
        <translation>--format muss pdf, html oder md sein.</translation>
    </message>
    <message>
        <source>--meeting needs a meeting id (a whole number).</source>
        <translation>--meeting braucht eine Sitzungs-ID (eine ganze Zahl).</translation>
    </message>
    <message>
        <source>A PDF board pack needs fonts: run charter-cli itself.</source>
        <translation>Eine PDF-Gremiumsunterlage braucht Schriften: Führen Sie charter-cli selbst aus.</translation>
    </message>
    <message>
        <source>Board pack: %1%</source>
        <translation>Gremiumsunterlage: %1 %</translation>
    </message>
    <message>
        <source>Board pack written to %1: %2 agenda items; audit tree head size %3, root %4.</source>
        <translation>Gremiumsunterlage nach %1 geschrieben: %2 Tagesordnungspunkte; Tree-Head des Auditprotokolls Größe %3, Wurzel %4.</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>nicht versiegelt</translation>
    </message>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation>Ausgabeformat: %1 (Standard %2).</translation>
    </message>
    <message>
        <source>Name exactly one SYSTEM (an id or an exact name).</source>
        <translation>Nennen Sie genau ein SYSTEM (eine ID oder einen genauen Namen).</translation>
    </message>
    <message>
        <source>Create an empty Charter database at LOCATION.</source>
        <translation>Eine leere Charter-Datenbank unter ORT anlegen.</translation>
    </message>
    <message>
        <source>%1 is already a Charter database; nothing to do.</source>
        <translation>%1 ist bereits eine Charter-Datenbank; nichts zu tun.</translation>
    </message>
    <message>
        <source>Add a deterministic, realistic demo portfolio: systems with people, vendors, decision boundaries and escalation paths, and their history: accounts for the demo&apos;s people, systems in every workflow state, sign-offs (some stale), overrides and incidents. The history needs the admin role (the first account of a new database has it).</source>
        <translation>Ein deterministisches, realistisches Demo-Portfolio hinzufügen: Systeme mit Personen, Anbietern, Entscheidungsgrenzen und Eskalationspfaden sowie ihrem Verlauf: Konten für die Personen der Demo, Systeme in jedem Workflow-Status, Abzeichnungen (teils veraltet), Übersteuerungen und Vorfälle. Der Verlauf erfordert die Rolle admin (das erste Konto einer neuen Datenbank hat sie).</translation>
    </message>
    <message>
        <source>Number of systems (default 60).</source>
        <translation>Anzahl der Systeme (Standard 60).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufallsstartwert (Standard 1).</translation>
    </message>
    <message>
        <source>Only the portfolio: every system stays a draft, no accounts are added.</source>
        <translation>Nur das Portfolio: Jedes System bleibt ein Entwurf, es werden keine Konten hinzugefügt.</translation>
    </message>
    <message>
        <source>--systems needs a whole number from 0 to 10000000.</source>
        <translation>--systems braucht eine ganze Zahl von 0 bis 10000000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed braucht eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Demo portfolio (%1 systems, seed %2)</source>
        <translation>Demo-Portfolio (%1 Systeme, Startwert %2)</translation>
    </message>
    <message>
        <source>Add --no-history to add the portfolio alone.</source>
        <translation>Fügen Sie --no-history hinzu, um nur das Portfolio hinzuzufügen.</translation>
    </message>
    <message>
        <source>Added %1 systems, %2 people and %3 vendors to %4.</source>
        <translation>%1 Systeme, %2 Personen und %3 Anbieter zu %4 hinzugefügt.</translation>
    </message>
    <message>
        <source>History: %1 accounts; %2; %3 sign-offs (%4 stale); %5 overrides; %6 incidents (%7 response-time breaches).</source>
        <translation>Verlauf: %1 Konten; %2; %3 Abzeichnungen (%4 veraltet); %5 Übersteuerungen; %6 Vorfälle (%7 Überschreitungen des Reaktionsziels).</translation>
    </message>
    <message>
        <source>List the AI systems in the register.</source>
        <translation>Die KI-Systeme im Register auflisten.</translation>
    </message>
    <message>
        <source>Only systems whose name, reference, business unit, accountable owner or vendor contains TEXT.</source>
        <translation>Nur Systeme, deren Name, Referenz, Geschäftsbereich, Verantwortlicher oder Anbieter TEXT enthält.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use table, json or csv.</source>
        <translation>Unbekanntes --format „%1“; verwenden Sie table, json oder csv.</translation>
    </message>
    <message>
        <source>Show everything the register holds about SYSTEM (an id or an exact name).</source>
        <translation>Alles anzeigen, was das Register über SYSTEM enthält (eine ID oder ein genauer Name).</translation>
    </message>
    <message>
        <source>Explain SYSTEM&apos;s risk: every factor with its points, the unknown answers, completeness and tier.</source>
        <translation>Das Risiko von SYSTEM erklären: jeden Faktor mit seinen Punkten, die unbekannten Antworten, Vollständigkeit und Stufe.</translation>
    </message>
    <message>
        <source>Check that LOCATION is a readable, consistent Charter database. Exit 0 when it is, 3 when the integrity check finds damage, 6 when it cannot be read at all.</source>
        <translation>Prüfen, ob ORT eine lesbare, konsistente Charter-Datenbank ist. Exit-Code 0, wenn ja, 3, wenn die Integritätsprüfung Schäden findet, 6, wenn sie gar nicht gelesen werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed the integrity check (%n problem(s)). Restore it from a backup.</source>
        <translation>
            <numerusform>%1 hat die Integritätsprüfung nicht bestanden (%n Problem). Stellen Sie die Datei aus einer Sicherung wieder her.</numerusform>
            <numerusform>%1 hat die Integritätsprüfung nicht bestanden (%n Probleme). Stellen Sie die Datei aus einer Sicherung wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (schema version %2, %3 systems)</source>
        <translation>%1: ok (Schemaversion %2, %3 Systeme)</translation>
    </message>
    <message>
        <source>Change one field of a system: name, purpose or business_unit. With --if-version N the change is made only when the system is still at version N (as you read it, e.g. with &apos;show --format json&apos;); otherwise it is a conflict (exit 5) and nothing is written. Prints the system&apos;s new version.</source>
        <translation>Ein Feld eines Systems ändern: name, purpose oder business_unit. Mit --if-version N erfolgt die Änderung nur, wenn das System noch in Version N vorliegt (wie Sie es gelesen haben, z. B. mit „show --format json“); sonst ist es ein Konflikt (Exit-Code 5), und nichts wird geschrieben. Gibt die neue Version des Systems aus.</translation>
    </message>
    <message>
        <source>The system&apos;s id or exact name.</source>
        <translation>ID oder genauer Name des Systems.</translation>
    </message>
    <message>
        <source>name, purpose or business_unit.</source>
        <translation>name, purpose oder business_unit.</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>Der neue Wert.</translation>
    </message>
    <message>
        <source>Only change version N of the system.</source>
        <translation>Nur Version N des Systems ändern.</translation>
    </message>
    <message>
        <source>Name a SYSTEM, a FIELD and a VALUE.</source>
        <translation>Nennen Sie ein SYSTEM, ein FELD und einen WERT.</translation>
    </message>
    <message>
        <source>--if-version needs a version number (1 or more).</source>
        <translation>--if-version braucht eine Versionsnummer (1 oder mehr).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field &apos;set&apos; changes; use name, purpose or business_unit.</source>
        <translation>„%1“ ist kein Feld, das „set“ ändert; verwenden Sie name, purpose oder business_unit.</translation>
    </message>
    <message>
        <source>A system needs a name.</source>
        <translation>Ein System braucht einen Namen.</translation>
    </message>
    <message>
        <source>System %1: %2 changed; now at version %3.</source>
        <translation>System %1: %2 geändert; jetzt Version %3.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>Charter accounts and their roles (%1). In local mode an account is an operating-system login; the first one to create a database is admin and contributor.

  users list                         every account (anyone)
  users whoami                       the account you act as (anyone)
  users add LOGIN [--role R]... [--name TEXT] [--person PERSON]
  users set-roles LOGIN [R...]       replace the roles (none = viewer)
  users link LOGIN PERSON            speak for PERSON (e.g. sign ownership)
  users unlink LOGIN
  users deactivate LOGIN | activate LOGIN
Everything but list and whoami needs the admin role.</source>
        <translation>Charter-Konten und ihre Rollen (%1). Im lokalen Modus ist ein Konto ein Login des Betriebssystems; das erste, das eine Datenbank anlegt, ist admin und contributor.

  users list                         alle Konten (jeder)
  users whoami                       das Konto, als das Sie handeln (jeder)
  users add LOGIN [--role R]... [--name TEXT] [--person PERSON]
  users set-roles LOGIN [R...]       Rollen ersetzen (keine = viewer)
  users link LOGIN PERSON            für PERSON sprechen (z. B. Verantwortung abzeichnen)
  users unlink LOGIN
  users deactivate LOGIN | activate LOGIN
Alles außer list und whoami erfordert die Rolle admin.</translation>
    </message>
    <message>
        <source>list, whoami, add, set-roles, link, unlink, deactivate, activate.</source>
        <translation>list, whoami, add, set-roles, link, unlink, deactivate, activate.</translation>
    </message>
    <message>
        <source>A role of the new account (repeatable).</source>
        <translation>Eine Rolle des neuen Kontos (wiederholbar).</translation>
    </message>
    <message>
        <source>Display name of the new account.</source>
        <translation>Anzeigename des neuen Kontos.</translation>
    </message>
    <message>
        <source>Link the new account to this person (id or exact name).</source>
        <translation>Das neue Konto mit dieser Person verknüpfen (ID oder genauer Name).</translation>
    </message>
    <message>
        <source>list/whoami output: text, json (default text).</source>
        <translation>Ausgabe von list/whoami: text, json (Standard text).</translation>
    </message>
    <message>
        <source>Unknown users command &quot;%1&quot;; use %2.</source>
        <translation>Unbekannter users-Befehl „%1“; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Wrong arguments for &apos;users %1&apos;; see &apos;charter-cli users --help&apos;.</source>
        <translation>Falsche Argumente für „users %1“; siehe „charter-cli users --help“.</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source> (not an account of this database: read only)</source>
        <translation> (kein Konto dieser Datenbank: nur lesend)</translation>
    </message>
    <message>
        <source>Note: while %1 holds the admin role it cannot approve or sign, whatever other roles it has.</source>
        <translation>Hinweis: Solange %1 die Rolle admin hat, kann es weder freigeben noch abzeichnen, gleich welche anderen Rollen es hat.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Nobody in the people directory has the id or name &quot;%1&quot;.</source>
        <translation>Niemand im Personenverzeichnis hat die ID oder den Namen „%1“.</translation>
    </message>
    <message>
        <source>Several people are named &quot;%1&quot;; name one by its id.</source>
        <translation>Mehrere Personen heißen „%1“; nennen Sie eine über ihre ID.</translation>
    </message>
    <message>
        <source>(material)</source>
        <translation>(wesentlich)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (review cycle %2)</source>
        <translation>%1 (Prüfzyklus %2)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Last review decision</source>
        <translation>Letzte Prüfentscheidung</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>%1 by %2 at %3 risk (policy version %4)</source>
        <translation>%1 von %2 bei Risiko %3 (Richtlinienversion %4)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Auflagen</translation>
    </message>
    <message>
        <source>Approval expires</source>
        <translation>Freigabe läuft ab</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Prüfung fällig</translation>
    </message>
    <message>
        <source>NEEDS RE-APPROVAL:</source>
        <translation>ERNEUTE FREIGABE ERFORDERLICH:</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>Inhalt SHA-256</translation>
    </message>
    <message>
        <source>Sign-offs required (%1 risk, policy version %2), review cycle %3:</source>
        <translation>Erforderliche Abzeichnungen (Risiko %1, Richtlinienversion %2), Prüfzyklus %3:</translation>
    </message>
    <message>
        <source>Sign-offs of review cycle %3, measured against the record now (%1 risk, policy version %2):</source>
        <translation>Abzeichnungen des Prüfzyklus %3, gemessen am jetzigen Eintrag (Risiko %1, Richtlinienversion %2):</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>stale, re-sign required: %1</source>
        <translation>veraltet, erneute Abzeichnung erforderlich: %1</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 von %2 am %3: %4</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>STALE (re-sign required)</source>
        <translation>VERALTET (erneute Abzeichnung erforderlich)</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Entscheidungsprotokoll</translation>
    </message>
    <message>
        <source>Overrides (%1):</source>
        <translation>Übersteuerungen (%1):</translation>
    </message>
    <message>
        <source>AI recommended: %1</source>
        <translation>KI empfahl: %1</translation>
    </message>
    <message>
        <source>Human decided:  %1</source>
        <translation>Mensch entschied: %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Incidents (%1, %2 response-time breaches):</source>
        <translation>Vorfälle (%1, %2 Überschreitungen des Reaktionsziels):</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Eskaliert an %1</translation>
    </message>
    <message>
        <source>nobody (no escalation step for this severity)</source>
        <translation>niemand (keine Eskalationsstufe für diesen Schweregrad)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2 (review cycle %3).</source>
        <translation>„%1“ ist jetzt %2 (Prüfzyklus %3).</translation>
    </message>
    <message>
        <source>Why (required; recorded in the history).</source>
        <translation>Warum (Pflicht; wird im Verlauf erfasst).</translation>
    </message>
    <message>
        <source>Why (optional; recorded in the history).</source>
        <translation>Warum (optional; wird im Verlauf erfasst).</translation>
    </message>
    <message>
        <source>Submit SYSTEM for review (from draft, after changes were requested, after a rejection, or an approved or suspended system for re-review). Needs the contributor, it_reviewer or board role.</source>
        <translation>SYSTEM zur Prüfung einreichen (aus dem Entwurf, nach angeforderten Änderungen, nach einer Ablehnung, oder ein freigegebenes oder ausgesetztes System zur erneuten Prüfung). Erfordert die Rolle contributor, it_reviewer oder board.</translation>
    </message>
    <message>
        <source>Suspend an approved SYSTEM (IT reviewer or board).</source>
        <translation>Ein freigegebenes SYSTEM aussetzen (IT-Prüfer oder Gremium).</translation>
    </message>
    <message>
        <source>Reinstate a suspended SYSTEM whose approval still holds (IT reviewer or board, not admin).</source>
        <translation>Ein ausgesetztes SYSTEM wieder zulassen, dessen Freigabe noch gilt (IT-Prüfer oder Gremium, nicht admin).</translation>
    </message>
    <message>
        <source>Retire SYSTEM (from draft, changes requested, rejected or suspended; IT reviewer or board). Final.</source>
        <translation>SYSTEM außer Betrieb nehmen (aus Entwurf, angeforderten Änderungen, abgelehnt oder ausgesetzt; IT-Prüfer oder Gremium). Endgültig.</translation>
    </message>
    <message>
        <source>Record the review decision on SYSTEM: approve (every required sign-off present and current), request changes, or reject. Needs the it_reviewer or board role; nobody decides on what they submitted, and admin never approves.</source>
        <translation>Die Prüfentscheidung zu SYSTEM erfassen: freigeben (jede erforderliche Abzeichnung vorhanden und aktuell), Änderungen anfordern oder ablehnen. Erfordert die Rolle it_reviewer oder board; niemand entscheidet über das, was er eingereicht hat, und admin gibt nie frei.</translation>
    </message>
    <message>
        <source>Approve it.</source>
        <translation>Freigeben.</translation>
    </message>
    <message>
        <source>Send it back for changes.</source>
        <translation>Zur Änderung zurückschicken.</translation>
    </message>
    <message>
        <source>Reject it.</source>
        <translation>Ablehnen.</translation>
    </message>
    <message>
        <source>Conditions of the approval.</source>
        <translation>Auflagen der Freigabe.</translation>
    </message>
    <message>
        <source>The approval lapses after DATE (YYYY-MM-DD).</source>
        <translation>Die Freigabe erlischt nach DATUM (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Give exactly one of --approve, --request-changes and --reject.</source>
        <translation>Geben Sie genau eine von --approve, --request-changes und --reject an.</translation>
    </message>
    <message>
        <source>--conditions and --expires belong to --approve.</source>
        <translation>--conditions und --expires gehören zu --approve.</translation>
    </message>
    <message>
        <source>Sign SYSTEM, which is in review. The sign-off is bound to the record&apos;s current content (its SHA-256 and a snapshot); a later material change makes it stale. it_review needs the it_reviewer role, board the board role; ownership is given by the account linked to the accountable owner. Nobody signs what they submitted; admin never signs.</source>
        <translation>SYSTEM abzeichnen, das in Prüfung ist. Die Abzeichnung ist an den aktuellen Inhalt des Eintrags gebunden (seinen SHA-256 und einen Schnappschuss); eine spätere wesentliche Änderung macht sie veraltet. it_review erfordert die Rolle it_reviewer, board die Rolle board; ownership erteilt das mit dem Verantwortlichen verknüpfte Konto. Niemand zeichnet ab, was er eingereicht hat; admin zeichnet nie ab.</translation>
    </message>
    <message>
        <source>What you sign as: %1.</source>
        <translation>Als was Sie abzeichnen: %1.</translation>
    </message>
    <message>
        <source>A note recorded with the sign-off.</source>
        <translation>Eine Notiz, die mit der Abzeichnung erfasst wird.</translation>
    </message>
    <message>
        <source>Refuse unless the record&apos;s content SHA-256 (see &apos;show&apos;) is still HASH.</source>
        <translation>Ablehnen, außer der SHA-256 des Inhalts (siehe „show“) ist noch HASH.</translation>
    </message>
    <message>
        <source>--as needs one of %1.</source>
        <translation>--as braucht einen von %1.</translation>
    </message>
    <message>
        <source>Signed as %1 by %2; bound to content %3.</source>
        <translation>Als %1 von %2 abgezeichnet; gebunden an Inhalt %3.</translation>
    </message>
    <message>
        <source>Every required sign-off is in; a reviewer can now approve it.</source>
        <translation>Alle erforderlichen Abzeichnungen liegen vor; eine prüfende Person kann es jetzt freigeben.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Es fehlt noch: %1.</translation>
    </message>
    <message>
        <source>List SYSTEM&apos;s sign-offs with what changed since each was signed (field, old, new; material changes make it stale). By default the current review cycle.</source>
        <translation>Die Abzeichnungen von SYSTEM auflisten, mit dem, was sich seit jeder geändert hat (Feld, alt, neu; wesentliche Änderungen machen sie veraltet). Standardmäßig der aktuelle Prüfzyklus.</translation>
    </message>
    <message>
        <source>Every sign-off of every review cycle.</source>
        <translation>Jede Abzeichnung jedes Prüfzyklus.</translation>
    </message>
    <message>
        <source>JSON: include the signed content itself.</source>
        <translation>JSON: den abgezeichneten Inhalt selbst einschließen.</translation>
    </message>
    <message>
        <source>Output format: text, json (default text).</source>
        <translation>Ausgabeformat: text, json (Standard text).</translation>
    </message>
    <message>
        <source>%1: %2, review cycle %3; content SHA-256 %4</source>
        <translation>%1: %2, Prüfzyklus %3; Inhalt SHA-256 %4</translation>
    </message>
    <message>
        <source>No sign-offs.</source>
        <translation>Keine Abzeichnungen.</translation>
    </message>
    <message>
        <source>#%1 %2 by %3 on %4 (cycle %5, %6 risk): %7</source>
        <translation>#%1 %2 von %3 am %4 (Zyklus %5, Risiko %6): %7</translation>
    </message>
    <message>
        <source>STALE, re-sign required</source>
        <translation>VERALTET, erneute Abzeichnung erforderlich</translation>
    </message>
    <message>
        <source>Signed content SHA-256 %1</source>
        <translation>Abgezeichneter Inhalt SHA-256 %1</translation>
    </message>
    <message>
        <source>Unchanged since signing.</source>
        <translation>Seit der Abzeichnung unverändert.</translation>
    </message>
    <message>
        <source>Changed since signing:</source>
        <translation>Seit der Abzeichnung geändert:</translation>
    </message>
    <message>
        <source>What is waiting for you: sign-offs to give or re-sign, reviews to decide, changes requested, re-approvals due.</source>
        <translation>Was auf Sie wartet: zu erteilende oder zu erneuernde Abzeichnungen, zu entscheidende Prüfungen, angeforderte Änderungen, fällige erneute Freigaben.</translation>
    </message>
    <message>
        <source>Waiting for %1: %2</source>
        <translation>Wartet auf %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Charter: the governance console for AI systems.</source>
        <translation>Charter: die Governance-Konsole für KI-Systeme.</translation>
    </message>
    <message>
        <source>Open the database at LOCATION (default: the one open when Charter last closed, else %1).</source>
        <translation>Die Datenbank unter ORT öffnen (Standard: die beim letzten Schließen von Charter geöffnete, sonst %1).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>Also write the log to standard error.</source>
        <translation>Das Protokoll auch auf die Standardfehlerausgabe schreiben.</translation>
    </message>
    <message>
        <source>Render the main window offscreen to the PNG FILE and exit. Without --db, a demo database is used.</source>
        <translation>Das Hauptfenster offscreen als PNG-DATEI rendern und beenden. Ohne --db wird eine Demo-Datenbank verwendet.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the documentation screenshots (registry, quick filters, risk explanation, dark palette, import wizard) to DIRECTORY and exit. Without --db, a demo database is used.</source>
        <translation>Die Bildschirmfotos der Dokumentation (Register, Schnellfilter, Risikoerläuterung, dunkle Palette, Importassistent) nach VERZEICHNIS schreiben und beenden. Ohne --db wird eine Demo-Datenbank verwendet.</translation>
    </message>
    <message>
        <source>DIRECTORY</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Loaded 1 system.</source>
        <translation>1 System geladen.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n systems.</source>
        <translation>
            <numerusform>%n System geladen.</numerusform>
            <numerusform>%n Systeme geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit once the register is loaded and shown in the window, after printing the number of systems to standard output (exit status 6 when the database cannot be opened). For smoke tests and startup benchmarks; the window&apos;s state and the recent databases are left as they were.</source>
        <translation>Beenden, sobald das Register geladen und im Fenster angezeigt ist, nachdem die Zahl der Systeme auf die Standardausgabe geschrieben wurde (Exit-Status 6, wenn die Datenbank nicht geöffnet werden kann). Für Smoke-Tests und Startzeit-Benchmarks; Fensterzustand und zuletzt verwendete Datenbanken bleiben unverändert.</translation>
    </message>
    <message>
        <source>Scale the whole interface by FACTOR (0.5 to 4; 2 for 200%), as the environment variable QT_SCALE_FACTOR does. With --screenshots the file names get the percentage: registry-200.png.</source>
        <translation>Die gesamte Oberfläche um FACTOR skalieren (0,5 bis 4; 2 für 200 %), wie die Umgebungsvariable QT_SCALE_FACTOR. Mit --screenshots erhalten die Dateinamen den Prozentsatz: registry-200.png.</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTOR</translation>
    </message>
    <message>
        <source>--scale needs a number from 0.5 to 4, such as 2 for 200%.</source>
        <translation>--scale braucht eine Zahl von 0,5 bis 4, etwa 2 für 200 %.</translation>
    </message>
    <message>
        <source>No database at %1; name one with --db.</source>
        <translation>Keine Datenbank unter %1; geben Sie eine mit --db an.</translation>
    </message>
</context>
</TS>
