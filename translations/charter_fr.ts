<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BoardExportJobs</name>
    <message>
        <source>Gathering the briefs…</source>
        <translation>Rassemblement des fiches…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Lecture du registre…</translation>
    </message>
</context>
<context>
    <name>EditorForms</name>
    <message>
        <source>Unknown — a gap</source>
        <translation>Inconnu – une lacune</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>InterchangeJobs</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than 512 MiB; split it into smaller files.</source>
        <translation>%1 dépasse 512 Mio ; divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Checking the portfolio in %1…</source>
        <translation>Vérification du portefeuille dans %1…</translation>
    </message>
    <message>
        <source>Previewing %1…</source>
        <translation>Aperçu de %1…</translation>
    </message>
    <message>
        <source>Trying the import of %1 (nothing is stored yet)…</source>
        <translation>Essai de l&apos;import de %1 (rien n&apos;est encore enregistré)…</translation>
    </message>
    <message>
        <source>Opening the register…</source>
        <translation>Ouverture du registre…</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>Storing the systems of %1…</source>
        <translation>Enregistrement des systèmes de %1…</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>Lecture du registre…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>RegisterLoader</name>
    <message>
        <source>%1 already exists. Open it, or choose a new file name for the new database.</source>
        <translation>%1 existe déjà. Ouvrez-le ou choisissez un nouveau nom de fichier pour la nouvelle base de données.</translation>
    </message>
    <message>
        <source>Demo portfolio created by Charter</source>
        <translation>Portefeuille de démonstration créé par Charter</translation>
    </message>
</context>
<context>
    <name>SystemDetailHtml</name>
    <message>
        <source>Unnamed system</source>
        <translation>Système sans nom</translation>
    </message>
    <message>
        <source>Business unit unknown</source>
        <translation>Unité opérationnelle inconnue</translation>
    </message>
    <message>
        <source>Lifecycle unknown</source>
        <translation>Cycle de vie inconnu</translation>
    </message>
    <message>
        <source>Deployment unknown</source>
        <translation>Déploiement inconnu</translation>
    </message>
    <message>
        <source>Purpose not described</source>
        <translation>Finalité non décrite</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>%1 % complet</translation>
    </message>
    <message>
        <source>policy version %1</source>
        <translation>version de politique&#xa0;%1</translation>
    </message>
    <message>
        <source>No risk factor is raised.</source>
        <translation>Aucun facteur de risque n&apos;est relevé.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>1 unanswered question:</source>
        <translation>1 question sans réponse :</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered questions:</source>
        <translation>
            <numerusform>%n question sans réponse :</numerusform>
            <numerusform>%n questions sans réponse :</numerusform>
        </translation>
    </message>
    <message>
        <source>Risk explanation</source>
        <translation>Explication du risque</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable du support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>Contact informatique</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Limites de décision</translation>
    </message>
    <message>
        <source>No decision boundaries documented</source>
        <translation>Aucune limite de décision documentée</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Human intervention</source>
        <translation>Intervention humaine</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not described</source>
        <translation>Non décrit</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Chemin d&apos;escalade</translation>
    </message>
    <message>
        <source>No escalation path</source>
        <translation>Aucun chemin d&apos;escalade</translation>
    </message>
    <message>
        <source>channel unknown</source>
        <translation>canal inconnu</translation>
    </message>
    <message>
        <source>response time unknown</source>
        <translation>délai de réponse inconnu</translation>
    </message>
    <message>
        <source>within 1 minute</source>
        <translation>sous 1 minute</translation>
    </message>
    <message numerus="yes">
        <source>within %n minutes</source>
        <translation>
            <numerusform>sous %n minute</numerusform>
            <numerusform>sous %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Production data</source>
        <translation>Données de production</translation>
    </message>
    <message>
        <source>Safety-related</source>
        <translation>Lié à la sécurité des personnes</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Résidence des données</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Périmètre d&apos;accès</translation>
    </message>
    <message>
        <source>External processing</source>
        <translation>Traitement externe</translation>
    </message>
    <message>
        <source>Cloud connectivity</source>
        <translation>Connectivité cloud</translation>
    </message>
    <message>
        <source>Credential handling</source>
        <translation>Gestion des identifiants</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Data and security</source>
        <translation>Données et sécurité</translation>
    </message>
    <message>
        <source>It is not known whether a vendor is involved</source>
        <translation>On ne sait pas si un fournisseur intervient</translation>
    </message>
    <message>
        <source>Built in-house: no vendor involved</source>
        <translation>Développé en interne : aucun fournisseur</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>The vendor profile is missing</source>
        <translation>Le profil du fournisseur manque</translation>
    </message>
    <message>
        <source>(ended)</source>
        <translation>(terminé)</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Unnamed vendor</source>
        <translation>Fournisseur sans nom</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Viabilité</translation>
    </message>
    <message>
        <source>Roadmap stability</source>
        <translation>Stabilité de la feuille de route</translation>
    </message>
    <message>
        <source>Support maturity</source>
        <translation>Maturité du support</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Réversibilité</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilité des données</translation>
    </message>
    <message>
        <source>Security attestations</source>
        <translation>Attestations de sécurité</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Deprecation notice</source>
        <translation>Préavis d&apos;obsolescence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Vendor profile</source>
        <translation>Profil du fournisseur</translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation>Maintenu par</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Issue escalation</source>
        <translation>Escalade des incidents</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>EU AI Act category</source>
        <translation>Catégorie selon l&apos;AI Act de l&apos;UE</translation>
    </message>
    <message>
        <source>EU AI Act role</source>
        <translation>Rôle selon l&apos;AI Act de l&apos;UE</translation>
    </message>
    <message>
        <source>US OMB high-impact</source>
        <translation>OMB (États-Unis) : impact élevé</translation>
    </message>
    <message>
        <source>Regulatory classification</source>
        <translation>Classification réglementaire</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>%1, overdue by 1 day</source>
        <translation>%1, en retard de 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%1, overdue by %n days</source>
        <translation>
            <numerusform>%1, en retard de %n jour</numerusform>
            <numerusform>%1, en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Revue prévue</translation>
    </message>
    <message>
        <source>Review cadence</source>
        <translation>Fréquence de revue</translation>
    </message>
    <message>
        <source>Every month for this tier</source>
        <translation>Tous les mois pour ce niveau</translation>
    </message>
    <message numerus="yes">
        <source>Every %n months for this tier</source>
        <translation>
            <numerusform>Tous les %n mois pour ce niveau</numerusform>
            <numerusform>Tous les %n mois pour ce niveau</numerusform>
        </translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notes d&apos;import</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non désigné</translation>
    </message>
    <message>
        <source>Unknown person (#%1)</source>
        <translation>Personne inconnue (n° %1)</translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation>Personne sans nom</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>Risque %1</translation>
    </message>
</context>
<context>
    <name>charter</name>
    <message>
        <source>The trail holds %1 entries but its tree head covers only %2: the entries after entry %2 were added outside Charter.</source>
        <translation>La piste contient %1 entrées mais sa tête d&apos;arbre n&apos;en couvre que %2 : les entrées après l&apos;entrée %2 ont été ajoutées hors de Charter.</translation>
    </message>
    <message>
        <source>entry %1 was cut off the end of the trail</source>
        <translation>l&apos;entrée %1 a été coupée à la fin de la piste</translation>
    </message>
    <message>
        <source>entries %1 to %2 were cut off the end of the trail</source>
        <translation>les entrées %1 à %2 ont été coupées à la fin de la piste</translation>
    </message>
    <message>
        <source>The trail holds %1 entries but its tree head covers %2: %3 outside Charter.</source>
        <translation>La piste contient %1 entrées mais sa tête d&apos;arbre en couvre %2 : %3 hors de Charter.</translation>
    </message>
    <message>
        <source>The tree hash of the %1 entries (%2) differs from the stored tree head (%3): entries or the head were changed outside Charter.</source>
        <translation>Le hachage de l&apos;arbre des %1 entrées (%2) diffère de la tête d&apos;arbre enregistrée (%3) : des entrées ou la tête ont été modifiées hors de Charter.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 &quot;%3&quot;</source>
        <translation>%1 %2 « %3 »</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>système d&apos;IA</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>fournisseur</translation>
    </message>
    <message>
        <source>%1 of %2 %3 by %4, recorded %5</source>
        <translation>%1 de %2 %3 par %4, enregistré %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <source>&quot;root&quot; must be 64 hexadecimal digits (a SHA-256 hash), not &quot;%1&quot;.</source>
        <translation>« root » doit compter 64 chiffres hexadécimaux (un hachage SHA-256), et non « %1 ».</translation>
    </message>
    <message>
        <source>a tree of size 0 has the root %1 (the hash of nothing), not %2.</source>
        <translation>un arbre de taille 0 a la racine %1 (le hachage du vide), et non %2.</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be an ISO 8601 date and time such as 2025-01-31T09:30:00.000Z, not &quot;%1&quot;.</source>
        <translation>« time » doit être une date et heure ISO 8601, par exemple 2025-01-31T09:30:00.000Z, et non « %1 ».</translation>
    </message>
    <message>
        <source>%1: not valid JSON: %2.</source>
        <translation>%1 : JSON non valide : %2.</translation>
    </message>
    <message>
        <source>expected a JSON object with &quot;size&quot;, &quot;root&quot; and &quot;time&quot;.</source>
        <translation>un objet JSON avec « size », « root » et « time » est attendu.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;; a tree head has only &quot;size&quot;, &quot;root&quot; and &quot;time&quot;.</source>
        <translation>champ inconnu « %1 » ; une tête d&apos;arbre n&apos;a que « size », « root » et « time ».</translation>
    </message>
    <message>
        <source>&quot;size&quot; is missing.</source>
        <translation>« size » manque.</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be a whole number from 0 to %1.</source>
        <translation>« size » doit être un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <source>&quot;root&quot; is missing.</source>
        <translation>« root » manque.</translation>
    </message>
    <message>
        <source>&quot;root&quot; must be a string of 64 hexadecimal digits.</source>
        <translation>« root » doit être une chaîne de 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>&quot;time&quot; must be a string (ISO 8601) or null.</source>
        <translation>« time » doit être une chaîne (ISO 8601) ou null.</translation>
    </message>
    <message>
        <source>line %1: expected &quot;size: N&quot;, &quot;root: HEX&quot; or &quot;time: ISO 8601&quot;, or a JSON object.</source>
        <translation>ligne %1 : « size: N », « root: HEX » ou « time: ISO 8601 » attendu, ou un objet JSON.</translation>
    </message>
    <message>
        <source>line %1: unknown field &quot;%2&quot;; a tree head has only size, root and time.</source>
        <translation>ligne %1 : champ inconnu « %2 » ; une tête d&apos;arbre n&apos;a que size, root et time.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is given twice.</source>
        <translation>ligne %1 : « %2 » est indiqué deux fois.</translation>
    </message>
    <message>
        <source>&quot;size&quot; must be a whole number, not &quot;%1&quot;.</source>
        <translation>« size » doit être un nombre entier, et non « %1 ».</translation>
    </message>
    <message>
        <source>%1 bytes is too large for a tree head (at most %2).</source>
        <translation>%1 octets, c&apos;est trop pour une tête d&apos;arbre (au plus %2).</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>il est vide.</translation>
    </message>
    <message>
        <source>tree head text</source>
        <translation>texte de la tête d&apos;arbre</translation>
    </message>
    <message>
        <source>There is no tree head file %1. Give the path of a file written by &apos;charter-cli treehead&apos; or the tree head&apos;s JSON text.</source>
        <translation>Le fichier de tête d&apos;arbre %1 n&apos;existe pas. Indiquez le chemin d&apos;un fichier écrit par « charter-cli treehead » ou le texte JSON de la tête d&apos;arbre.</translation>
    </message>
    <message>
        <source>Cannot read the tree head file %1: %2</source>
        <translation>Impossible de lire le fichier de tête d&apos;arbre %1 : %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <source>Acknowledged after %1 min; the escalation path sets no response target for this severity (gap).</source>
        <translation>Pris en compte après %1 min ; le chemin d&apos;escalade ne fixe aucun délai cible pour cette gravité (lacune).</translation>
    </message>
    <message>
        <source>Acknowledged after %1 min; target %2 min: within target.</source>
        <translation>Pris en compte après %1 min ; cible %2 min : respectée.</translation>
    </message>
    <message>
        <source>Acknowledged after %1 min; target %2 min: breached by %3 min.</source>
        <translation>Pris en compte après %1 min ; cible %2 min : dépassée de %3 min.</translation>
    </message>
    <message>
        <source>Not acknowledged; the escalation path sets no response target for this severity (gap).</source>
        <translation>Non pris en compte ; le chemin d&apos;escalade ne fixe aucun délai cible pour cette gravité (lacune).</translation>
    </message>
    <message>
        <source>Not acknowledged after %1 min; target %2 min: breached.</source>
        <translation>Non pris en compte après %1 min ; cible %2 min : dépassée.</translation>
    </message>
    <message>
        <source>Not acknowledged yet (%1 min so far; target %2 min).</source>
        <translation>Pas encore pris en compte (%1 min jusqu&apos;ici ; cible %2 min).</translation>
    </message>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role; use one of %2.</source>
        <translation>« %1 » n&apos;est pas un rôle ; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>An account name (login) must not be empty.</source>
        <translation>Un nom de compte (identifiant) ne doit pas être vide.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; is longer than %2 characters.</source>
        <translation>Le nom de compte « %1 » dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>The account name &quot;%1&quot; contains a space or a control character; use the operating-system login exactly.</source>
        <translation>Le nom de compte « %1 » contient une espace ou un caractère de contrôle ; utilisez exactement l&apos;identifiant du système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Only a system in review can be decided; submit it first.</source>
        <translation>Seul un système en revue peut faire l&apos;objet d&apos;une décision ; soumettez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Only a system in review can be decided.</source>
        <translation>Seul un système en revue peut faire l&apos;objet d&apos;une décision.</translation>
    </message>
    <message>
        <source>It is already waiting for review.</source>
        <translation>Il attend déjà sa revue.</translation>
    </message>
    <message>
        <source>A retired system cannot return to review; register it again if it comes back.</source>
        <translation>Un système retiré ne peut pas revenir en revue ; enregistrez-le de nouveau s&apos;il revient.</translation>
    </message>
    <message>
        <source>Only an approved system can be suspended.</source>
        <translation>Seul un système approuvé peut être suspendu.</translation>
    </message>
    <message>
        <source>Only a suspended system can be reinstated.</source>
        <translation>Seul un système suspendu peut être rétabli.</translation>
    </message>
    <message>
        <source>Suspend it first, so operations stop before it is retired.</source>
        <translation>Suspendez-le d&apos;abord, pour que l&apos;exploitation cesse avant son retrait.</translation>
    </message>
    <message>
        <source>Decide the review first (reject or request changes).</source>
        <translation>Tranchez d&apos;abord la revue (rejeter ou demander des modifications).</translation>
    </message>
    <message>
        <source>It is already retired.</source>
        <translation>Il est déjà retiré.</translation>
    </message>
    <message>
        <source>submit</source>
        <translation>soumettre</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <source>request changes to</source>
        <translation>demander des modifications pour</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>rejeter</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>suspendre</translation>
    </message>
    <message>
        <source>reinstate</source>
        <translation>rétablir</translation>
    </message>
    <message>
        <source>retire</source>
        <translation>retirer</translation>
    </message>
    <message>
        <source>The review was due on %1 (approved on %2; %3 risk is reviewed every %4 months).</source>
        <translation>La revue était due le %1 (approuvé le %2 ; le risque %3 est revu tous les %4 mois).</translation>
    </message>
    <message>
        <source>The approval expired on %1.</source>
        <translation>L&apos;approbation a expiré le %1.</translation>
    </message>
    <message>
        <source>Material change since approval: %1.</source>
        <translation>Modification substantielle depuis l&apos;approbation : %1.</translation>
    </message>
    <message>
        <source>The risk tier rose from %1 to %2 since approval; the policy now requires %3.</source>
        <translation>Le niveau de risque est passé de %1 à %2 depuis l&apos;approbation ; la politique exige désormais %3.</translation>
    </message>
    <message>
        <source>Re-approval is recorded by Charter itself.</source>
        <translation>La nouvelle approbation est enregistrée par Charter lui-même.</translation>
    </message>
    <message>
        <source>%1 sign-off by %2 is stale: the record changed materially since it was signed. Re-sign required.</source>
        <translation>Le visa %1 de %2 est périmé : la fiche a changé substantiellement depuis sa signature. Nouveau visa requis.</translation>
    </message>
    <message>
        <source>In review since %1; every required sign-off is in (%2 risk): ready for the board&apos;s decision.</source>
        <translation>En revue depuis le %1 ; tous les visas requis sont là (risque %2) : prêt pour la décision du comité.</translation>
    </message>
    <message>
        <source>In review since %1; board sign-off needed: %2 of %3 given (%4 risk).</source>
        <translation>En revue depuis le %1 ; visa du comité requis : %2 sur %3 donnés (risque %4).</translation>
    </message>
    <message>
        <source>The approval of %1 no longer matches the record. %2</source>
        <translation>L&apos;approbation du %1 ne correspond plus à la fiche. %2</translation>
    </message>
    <message>
        <source>Its next review was due on %1.</source>
        <translation>Sa prochaine revue était due le %1.</translation>
    </message>
    <message>
        <source>Risk tier changed from %1 to %2 since the meeting of %3.</source>
        <translation>Le niveau de risque est passé de %1 à %2 depuis la réunion du %3.</translation>
    </message>
    <message>
        <source>Risk tier is %1; it was %2 when approved on %3.</source>
        <translation>Le niveau de risque est %1 ; il était %2 lors de l&apos;approbation du %3.</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Dernier : %1</translation>
    </message>
    <message>
        <source>No accountable owner is named: nobody answers for its outcomes (%1).</source>
        <translation>Aucun responsable désigné : personne ne répond de ses résultats (%1).</translation>
    </message>
    <message>
        <source>Minutes: %1, %2</source>
        <translation>Procès-verbal : %1, %2</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>open (minutes are provisional until the meeting is closed)</source>
        <translation>ouverte (le procès-verbal reste provisoire jusqu&apos;à la clôture de la réunion)</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>clôturée le %1</translation>
    </message>
    <message>
        <source>Board members present</source>
        <translation>Membres du comité présents</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Also attending</source>
        <translation>Également présents</translation>
    </message>
    <message>
        <source>Agenda and decisions</source>
        <translation>Ordre du jour et décisions</translation>
    </message>
    <message>
        <source>The agenda was empty.</source>
        <translation>L&apos;ordre du jour était vide.</translation>
    </message>
    <message>
        <source>Why on the agenda</source>
        <translation>Motif d&apos;inscription à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>rien d&apos;enregistré</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>now %1</source>
        <translation>désormais %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Preparing a review meeting (creating it, changing its agenda) needs the board or it_reviewer role; %1 has %2.</source>
        <translation>Préparer une réunion de revue (la créer, modifier son ordre du jour) requiert le rôle board ou it_reviewer ; %1 a %2.</translation>
    </message>
    <message>
        <source>Recording a board decision needs the board role; %1 has %2.</source>
        <translation>Enregistrer une décision du comité requiert le rôle board ; %1 a %2.</translation>
    </message>
    <message>
        <source>%1 is not an attendee of meeting %2: decisions are recorded by a board member present.</source>
        <translation>%1 ne participe pas à la réunion %2 : les décisions sont enregistrées par un membre du comité présent.</translation>
    </message>
    <message>
        <source>Meeting %1 has no agenda item %2 (its agenda has %3 items).</source>
        <translation>La réunion %1 n&apos;a pas de point %2 à l&apos;ordre du jour (son ordre du jour compte %3 points).</translation>
    </message>
    <message>
        <source>Enter a name: every system in the register needs one.</source>
        <translation>Saisissez un nom : chaque système du registre en a besoin.</translation>
    </message>
    <message>
        <source>Step %1: the response time must be 0 minutes or more, or unknown.</source>
        <translation>Étape %1 : le délai de réponse doit être de 0 minute ou plus, ou inconnu.</translation>
    </message>
    <message>
        <source>Choose a vendor or mark the vendor unknown, not both.</source>
        <translation>Choisissez un fournisseur ou indiquez-le comme inconnu, pas les deux.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (name@example.org).</source>
        <translation>« %1 » n&apos;est pas une adresse électronique (nom@example.org).</translation>
    </message>
    <message>
        <source>Enter the vendor&apos;s name.</source>
        <translation>Saisissez le nom du fournisseur.</translation>
    </message>
    <message>
        <source>The deprecation notice must be 0 days or more, or unknown.</source>
        <translation>Le préavis d&apos;obsolescence doit être de 0 jour ou plus, ou inconnu.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Nobody named</source>
        <translation>Personne de désigné</translation>
    </message>
    <message>
        <source>… and %n more decisions</source>
        <translation>… et autres décisions : %n</translation>
    </message>
    <message>
        <source>human steps in: %1</source>
        <translation>intervention humaine : %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>No decision boundaries documented</source>
        <translation>Aucune limite de décision documentée</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>aucune cible</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>nobody named</source>
        <translation>personne de désigné</translation>
    </message>
    <message>
        <source>channel unknown</source>
        <translation>canal inconnu</translation>
    </message>
    <message>
        <source>No escalation path documented</source>
        <translation>Aucun chemin d&apos;escalade documenté</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Viabilité</translation>
    </message>
    <message>
        <source>Roadmap stability</source>
        <translation>Stabilité de la feuille de route</translation>
    </message>
    <message>
        <source>Support maturity</source>
        <translation>Maturité du support</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Réversibilité</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilité des données</translation>
    </message>
    <message>
        <source>Security attestations</source>
        <translation>Attestations de sécurité</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Résidence des données</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Deprecation notice</source>
        <translation>Préavis d&apos;obsolescence</translation>
    </message>
    <message>
        <source>%n days</source>
        <translation>Jours : %n</translation>
    </message>
    <message>
        <source>Approved %1 by %2 (%3 risk)</source>
        <translation>Approuvé le %1 par %2 (risque %3)</translation>
    </message>
    <message>
        <source>conditions: %1</source>
        <translation>conditions : %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <source>Re-review overdue since %1</source>
        <translation>Nouvelle revue en retard depuis le %1</translation>
    </message>
    <message>
        <source>Approval expired</source>
        <translation>Approbation expirée</translation>
    </message>
    <message>
        <source>Changed materially since approval</source>
        <translation>Modifié substantiellement depuis l&apos;approbation</translation>
    </message>
    <message>
        <source>Risk tier raised since approval</source>
        <translation>Niveau de risque relevé depuis l&apos;approbation</translation>
    </message>
    <message>
        <source>Portfolio by risk tier</source>
        <translation>Portefeuille par niveau de risque</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Approval pipeline</source>
        <translation>Chaîne d&apos;approbation</translation>
    </message>
    <message>
        <source>Workflow state</source>
        <translation>État du workflow</translation>
    </message>
    <message>
        <source>Re-reviews due by month</source>
        <translation>Nouvelles revues dues par mois</translation>
    </message>
    <message>
        <source>Month the re-review is due</source>
        <translation>Mois d&apos;échéance de la nouvelle revue</translation>
    </message>
    <message>
        <source>Decision-boundary mix (most autonomous decision per system)</source>
        <translation>Répartition des limites de décision (décision la plus autonome par système)</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Vendor concentration and exit readiness (largest %1)</source>
        <translation>Concentration des fournisseurs et préparation à la sortie (%1 principaux)</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Overrides and incidents by month</source>
        <translation>Dérogations et incidents par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Likelihood × impact of high and critical systems</source>
        <translation>Probabilité × impact (risque élevé et critique)</translation>
    </message>
    <message>
        <source>Likelihood (1–5)</source>
        <translation>Probabilité (1–5)</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Impact (1–5)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Conditions: %1.</source>
        <translation>Conditions : %1.</translation>
    </message>
    <message>
        <source>Recorded by %1 on %2; present: %3.</source>
        <translation>Enregistré par %1 le %2 ; présents : %3.</translation>
    </message>
    <message>
        <source>Workflow: %1.</source>
        <translation>Workflow : %1.</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Réunion %1</translation>
    </message>
    <message>
        <source>Item %1, %2 — %3</source>
        <translation>Point %1, %2 – %3</translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation>Autonome</translation>
    </message>
    <message>
        <source>Influence unknown</source>
        <translation>Influence inconnue</translation>
    </message>
    <message>
        <source>Human approves</source>
        <translation>Un humain approuve</translation>
    </message>
    <message>
        <source>Advisory only</source>
        <translation>Consultatif uniquement</translation>
    </message>
    <message>
        <source>AI prohibited</source>
        <translation>IA interdite</translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation>Non documenté</translation>
    </message>
    <message>
        <source>Exit ready</source>
        <translation>Sortie prête</translation>
    </message>
    <message>
        <source>Exit not ready</source>
        <translation>Sortie non prête</translation>
    </message>
    <message>
        <source>Exit readiness unknown</source>
        <translation>Sortie inconnue</translation>
    </message>
    <message>
        <source>Systems in the register</source>
        <translation>Systèmes du registre</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvés</translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation>En attente de décision</translation>
    </message>
    <message>
        <source>Re-review overdue</source>
        <translation>Nouvelle revue en retard</translation>
    </message>
    <message>
        <source>Without an accountable owner</source>
        <translation>Sans responsable</translation>
    </message>
    <message>
        <source>With unknown answers</source>
        <translation>Avec réponses inconnues</translation>
    </message>
    <message>
        <source>Stale sign-offs</source>
        <translation>Visas périmés</translation>
    </message>
    <message>
        <source>Vendor unknown</source>
        <translation>Fournisseur inconnu</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>%1 risk, likelihood %2, impact %3</source>
        <translation>Risque %1, probabilité %2, impact %3</translation>
    </message>
    <message>
        <source>The %1 of the connection URI has an invalid percent-encoded character.</source>
        <translation>La partie %1 de l&apos;URI de connexion contient un caractère encodé en pourcentage non valide.</translation>
    </message>
    <message>
        <source> Check the user name and the password: Charter never stores passwords; libpq reads them from ~/.pgpass (or PGPASSFILE) or the service file.</source>
        <translation> Vérifiez le nom d&apos;utilisateur et le mot de passe : Charter n&apos;enregistre jamais de mots de passe ; libpq les lit dans ~/.pgpass (ou PGPASSFILE) ou dans le fichier de service.</translation>
    </message>
    <message>
        <source> The server refused this login: check the user name, and ask the server&apos;s administrator whether it may connect from here (pg_hba.conf).</source>
        <translation> Le serveur a refusé cette connexion : vérifiez le nom d&apos;utilisateur et demandez à l&apos;administrateur du serveur si elle est autorisée depuis ce poste (pg_hba.conf).</translation>
    </message>
    <message>
        <source> Check the database name, or ask the server&apos;s administrator to create the database (createdb).</source>
        <translation> Vérifiez le nom de la base de données, ou demandez à l&apos;administrateur du serveur de la créer (createdb).</translation>
    </message>
    <message>
        <source> Check the user name, or ask the server&apos;s administrator for a login.</source>
        <translation> Vérifiez le nom d&apos;utilisateur, ou demandez un identifiant à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source> Check the sslmode and the certificate settings of the connection.</source>
        <translation> Vérifiez le sslmode et les paramètres de certificat de la connexion.</translation>
    </message>
    <message>
        <source> Check that the server is running and reachable at that host and port, and that the connection settings are right.</source>
        <translation> Vérifiez que le serveur fonctionne et est joignable à cet hôte et ce port, et que les paramètres de connexion sont corrects.</translation>
    </message>
    <message>
        <source>listing the tables</source>
        <translation>liste des tables</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>lecture des colonnes de %1</translation>
    </message>
    <message>
        <source>counting the rows of %1</source>
        <translation>comptage des lignes de %1</translation>
    </message>
    <message>
        <source>The table %1 has different columns in %2 and %3; both must be at the same schema version.</source>
        <translation>La table %1 n&apos;a pas les mêmes colonnes dans %2 et %3 ; les deux doivent être à la même version de schéma.</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>preparing to copy %1</source>
        <translation>préparation de la copie de %1</translation>
    </message>
    <message>
        <source>copying row %1 of %2</source>
        <translation>copie de la ligne %1 sur %2</translation>
    </message>
    <message>
        <source>reading charter_meta</source>
        <translation>lecture de charter_meta</translation>
    </message>
    <message>
        <source>%1 is a Charter file: it has no database logins. Use &apos;charter-cli users&apos; to give accounts their roles.</source>
        <translation>%1 est un fichier Charter : il n&apos;a pas d&apos;identifiants de base de données. Utilisez « charter-cli users » pour attribuer leurs rôles aux comptes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Charter role; use viewer, contributor, it_reviewer, board or admin.</source>
        <translation>« %1 » n&apos;est pas un rôle Charter ; utilisez viewer, contributor, it_reviewer, board ou admin.</translation>
    </message>
    <message>
        <source>Name at least one role.</source>
        <translation>Indiquez au moins un rôle.</translation>
    </message>
    <message>
        <source>looking for the login %1</source>
        <translation>recherche de l&apos;identifiant %1</translation>
    </message>
    <message>
        <source>The server has no login %1. Create it first (CREATE ROLE %1 LOGIN).</source>
        <translation>Le serveur n&apos;a pas d&apos;identifiant %1. Créez-le d&apos;abord (CREATE ROLE %1 LOGIN).</translation>
    </message>
    <message>
        <source>%1 is not a login; Charter&apos;s roles are given to the logins of people.</source>
        <translation>%1 n&apos;est pas un identifiant ; les rôles de Charter sont attribués aux identifiants de personnes.</translation>
    </message>
    <message>
        <source>changing the roles of %1</source>
        <translation>modification des rôles de %1</translation>
    </message>
    <message>
        <source>No content recorded.</source>
        <translation>Aucun contenu enregistré.</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>Supprimé :</translation>
    </message>
    <message>
        <source>No change in content.</source>
        <translation>Aucune modification du contenu.</translation>
    </message>
    <message>
        <source>Contract ended on %1; </source>
        <translation>Le contrat a pris fin le %1 ; </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>agenda of meeting</source>
        <translation>ordre du jour de la réunion</translation>
    </message>
    <message>
        <source>meeting decision</source>
        <translation>décision de réunion</translation>
    </message>
    <message>
        <source>The system keychain refused access (%1), so Charter cannot remember the password. Type it each time, or keep it in ~/.pgpass or a service file as libpq does.</source>
        <translation>Le trousseau du système a refusé l&apos;accès (%1) : Charter ne peut donc pas mémoriser le mot de passe. Saisissez-le à chaque fois, ou conservez-le dans ~/.pgpass ou un fichier de service, comme le fait libpq.</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1), so Charter cannot remember the password. Type it each time, or keep it in ~/.pgpass or a service file as libpq does.</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1) : Charter ne peut donc pas mémoriser le mot de passe. Saisissez-le à chaque fois, ou conservez-le dans ~/.pgpass ou un fichier de service, comme le fait libpq.</translation>
    </message>
</context>
<context>
    <name>charter::AddItemDialog</name>
    <message>
        <source>Add Agenda Item</source>
        <translation>Ajouter un point à l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>(not about one system)</source>
        <translation>(ne concerne pas un seul système)</translation>
    </message>
    <message>
        <source>The system&apos;s name when empty</source>
        <translation>Le nom du système si vide</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;Système :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Add Item</source>
        <translation>Ajouter le point</translation>
    </message>
</context>
<context>
    <name>charter::AgendaBuilder</name>
    <message numerus="yes">
        <source>%n incident(s) recorded since %1 (highest severity: %2)</source>
        <translation>
            <numerusform>%n incident enregistré depuis le %1 (gravité la plus élevée : %2)</numerusform>
            <numerusform>%n incidents enregistrés depuis le %1 (gravité la plus élevée : %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not acknowledged</source>
        <translation>
            <numerusform>%n non pris en compte</numerusform>
            <numerusform>%n non pris en compte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n human override(s) recorded since %1. Latest: recommended &quot;%2&quot;, decided &quot;%3&quot;.</source>
        <translation>
            <numerusform>%n dérogation humaine enregistrée depuis le %1. Dernière : recommandé « %2 », décidé « %3 ».</numerusform>
            <numerusform>%n dérogations humaines enregistrées depuis le %1. Dernière : recommandé « %2 », décidé « %3 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contract ends on %1 (in %n day(s)); </source>
        <translation>
            <numerusform>Le contrat prend fin le %1 (dans %n jour) ; </numerusform>
            <numerusform>Le contrat prend fin le %1 (dans %n jours) ; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) depend on it: %1.</source>
        <translation>
            <numerusform>%n système en dépend : %1.</numerusform>
            <numerusform>%n systèmes en dépendent : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::AgendaModel</name>
    <message>
        <source>Not decided</source>
        <translation>Non décidé</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>charter::AuditModel</name>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>charter::AuditStore</name>
    <message>
        <source>The audit trail was changed outside Charter: it ends at entry %1 but its tree head covers %2 entries. Nothing was written. Run &apos;charter-cli verify&apos; to see what changed.</source>
        <translation>La piste d&apos;audit a été modifiée hors de Charter : elle s&apos;arrête à l&apos;entrée %1 mais sa tête d&apos;arbre couvre %2 entrées. Rien n&apos;a été écrit. Lancez « charter-cli verify » pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>recording the audit entry</source>
        <translation>enregistrement de l&apos;entrée d&apos;audit</translation>
    </message>
    <message>
        <source>announcing the change</source>
        <translation>annonce de la modification</translation>
    </message>
    <message>
        <source>reading the end of the audit trail</source>
        <translation>lecture de la fin de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>%1 Run &apos;charter-cli verify&apos; to check the audit trail.</source>
        <translation>%1 Lancez « charter-cli verify » pour vérifier la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>counting unsealed audit entries</source>
        <translation>comptage des entrées d&apos;audit non scellées</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>lecture de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>The audit trail&apos;s tree head is missing although %1 of its %2 entries are sealed: it was removed outside Charter. Nothing was written. Run &apos;charter-cli verify&apos;.</source>
        <translation>La tête d&apos;arbre de la piste d&apos;audit manque alors que %1 de ses %2 entrées sont scellées : elle a été supprimée hors de Charter. Rien n&apos;a été écrit. Lancez « charter-cli verify ».</translation>
    </message>
    <message>
        <source>The audit trail has no entry %1 (the next one is %2): entries were removed outside Charter, so it cannot be sealed. Nothing was written.</source>
        <translation>La piste d&apos;audit n&apos;a pas d&apos;entrée %1 (la suivante est %2) : des entrées ont été supprimées hors de Charter, elle ne peut donc pas être scellée. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>sealing audit entry %1</source>
        <translation>scellement de l&apos;entrée d&apos;audit %1</translation>
    </message>
    <message>
        <source>counting audit entries</source>
        <translation>comptage des entrées d&apos;audit</translation>
    </message>
    <message>
        <source>An audit entry was prepared as entry %1, but the trail continues at %2. Nothing was written.</source>
        <translation>Une entrée de la piste d&apos;audit a été préparée comme entrée %1, mais la piste continue à %2. Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>charter::AuditTreeState</name>
    <message>
        <source>stored audit tree state</source>
        <translation>état enregistré de l&apos;arbre d&apos;audit</translation>
    </message>
    <message>
        <source>The stored audit tree state is not readable (it has no frontier).</source>
        <translation>L&apos;état enregistré de l&apos;arbre d&apos;audit est illisible (il n&apos;a pas de frontière).</translation>
    </message>
    <message>
        <source>The stored audit tree state has a frontier node that is not a SHA-256 hash.</source>
        <translation>L&apos;état enregistré de l&apos;arbre d&apos;audit a un nœud de frontière qui n&apos;est pas un hachage SHA-256.</translation>
    </message>
    <message>
        <source>The stored audit tree state is inconsistent: its frontier does not produce its root for %1 entries.</source>
        <translation>L&apos;état enregistré de l&apos;arbre d&apos;audit est incohérent : sa frontière ne donne pas sa racine pour %1 entrées.</translation>
    </message>
</context>
<context>
    <name>charter::AuditVerifier</name>
    <message numerus="yes">
        <source>%n entries were deleted</source>
        <translation>
            <numerusform>%n entrée a été supprimée</numerusform>
            <numerusform>%n entrées ont été supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the %1 audit entries is sealed: they were written before this version of Charter, or their hashes and the tree head were removed. Run &apos;charter-cli verify&apos; (it seals them) and keep the tree head it prints.</source>
        <translation>Aucune des %1 entrées d&apos;audit n&apos;est scellée : elles ont été écrites avant cette version de Charter, ou leurs hachages et la tête d&apos;arbre ont été supprimés. Lancez « charter-cli verify » (qui les scelle) et conservez la tête d&apos;arbre affichée.</translation>
    </message>
    <message>
        <source>The audit trail&apos;s tree head is missing: it was removed outside Charter.</source>
        <translation>La tête d&apos;arbre de la piste d&apos;audit manque : elle a été supprimée hors de Charter.</translation>
    </message>
    <message>
        <source>Entry %1 was rewritten together with its hash: the tree root recorded with it no longer matches the entries up to it.</source>
        <translation>L&apos;entrée %1 a été réécrite avec son hachage : la racine d&apos;arbre enregistrée avec elle ne correspond plus aux entrées jusqu&apos;à elle.</translation>
    </message>
    <message>
        <source>The earlier tree head covers %1 entries but the trail holds only %2: entries were removed since that head.</source>
        <translation>L&apos;ancienne tête d&apos;arbre couvre %1 entrées mais la piste n&apos;en contient que %2 : des entrées ont été supprimées depuis.</translation>
    </message>
    <message>
        <source>The first %1 entries no longer match the earlier tree head (root %2, %3): entries up to entry %1 were changed, removed or inserted since that head was taken.</source>
        <translation>Les %1 premières entrées ne correspondent plus à l&apos;ancienne tête d&apos;arbre (racine %2, %3) : des entrées jusqu&apos;à l&apos;entrée %1 ont été modifiées, supprimées ou insérées depuis.</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>aucune heure</translation>
    </message>
    <message>
        <source>The consistency proof from the earlier tree head (%1 entries) to the current one does not verify.</source>
        <translation>La preuve de cohérence entre l&apos;ancienne tête d&apos;arbre (%1 entrées) et l&apos;actuelle ne se vérifie pas.</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more entries are affected (the last at entry %1).</source>
        <translation>
            <numerusform>… et %n autre entrée est concernée (la dernière à l&apos;entrée %1).</numerusform>
            <numerusform>… et %n autres entrées sont concernées (la dernière à l&apos;entrée %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::AuditViewer</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>E&amp;xport Tree Head…</source>
        <translation>E&amp;xporter la tête d&apos;arbre…</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Export Tree Head</source>
        <translation>Exporter la tête d&apos;arbre</translation>
    </message>
    <message>
        <source>Tree heads (*.json);;All files (*)</source>
        <translation>Têtes d&apos;arbre (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Filter by actor, action, entity or reason</source>
        <translation>Filtrer par acteur, action, objet ou motif</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 sur %n entrée</numerusform>
            <numerusform>%1 sur %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an entry to see what it changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qu&apos;elle a modifié.</translation>
    </message>
    <message>
        <source>Recompute the Merkle tree, check every entry and the register against the trail</source>
        <translation>Recalculer l&apos;arbre de Merkle, vérifier chaque entrée et le registre par rapport à la piste</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <source>Entry %1 · %2 · %3 %4 %5</source>
        <translation>Entrée %1 · %2 · %3 %4 %5</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Verifying the audit trail…</source>
        <translation>Vérification de la piste d&apos;audit…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Recomputing the audit trail&apos;s Merkle tree…</source>
        <translation>Recalcul de l&apos;arbre de Merkle de la piste d&apos;audit…</translation>
    </message>
    <message>
        <source>Verify could not run. %1</source>
        <translation>La vérification n&apos;a pas pu s&apos;exécuter. %1</translation>
    </message>
    <message>
        <source>Verify is already running.</source>
        <translation>La vérification est déjà en cours.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries, root %1…</source>
        <translation>
            <numerusform>%n entrée, racine %1…</numerusform>
            <numerusform>%n entrées, racine %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified: the audit trail is intact and the register matches it (%1).</source>
        <translation>Vérifié : la piste d&apos;audit est intacte et le registre lui correspond (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Verify found %n problem(s); each is listed below.</source>
        <translation>
            <numerusform>La vérification a trouvé %n problème ; il est listé ci-dessous.</numerusform>
            <numerusform>La vérification a trouvé %n problèmes ; chacun est listé ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Tree head of %n entries written to %1. Keep it: &apos;charter-cli verify --since&apos; proves later that nothing before it was changed.</source>
        <translation>
            <numerusform>Tête d&apos;arbre de %n entrée écrite dans %1. Conservez-la : « charter-cli verify --since » prouvera plus tard que rien d&apos;antérieur n&apos;a été modifié.</numerusform>
            <numerusform>Tête d&apos;arbre de %n entrées écrite dans %1. Conservez-la : « charter-cli verify --since » prouvera plus tard que rien d&apos;antérieur n&apos;a été modifié.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::BoardExportDialog</name>
    <message>
        <source>&amp;PDF (printed pack)</source>
        <translation>&amp;PDF (dossier imprimé)</translation>
    </message>
    <message>
        <source>&amp;HTML (one self-contained file)</source>
        <translation>&amp;HTML (un seul fichier autonome)</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>&amp;CSV (spreadsheets)</source>
        <translation>&amp;CSV (tableurs)</translation>
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
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>Fichiers HTML (*.html *.htm)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export Board Pack</source>
        <translation>Exporter le dossier du comité</translation>
    </message>
    <message>
        <source>Export Decision Register</source>
        <translation>Exporter le registre des décisions</translation>
    </message>
    <message>
        <source>Export Review Calendar</source>
        <translation>Exporter le calendrier des revues</translation>
    </message>
    <message>
        <source>Standing agenda (everything that needs the board today)</source>
        <translation>Ordre du jour permanent (tout ce qui requiert le comité aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>Ré&amp;union :</translation>
    </message>
    <message>
        <source>Add a UTF-8 &amp;byte-order mark (for Microsoft Excel)</source>
        <translation>Ajouter une marque d&apos;ordre des &amp;octets UTF-8 (pour Microsoft Excel)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>charter::BoardPack</name>
    <message>
        <source>Accountable owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable du support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>Contact informatique</translation>
    </message>
</context>
<context>
    <name>charter::BoardPackBuilder</name>
    <message>
        <source>Every sign-off is in: waiting for a decision</source>
        <translation>Tous les visas sont là : en attente de décision</translation>
    </message>
    <message>
        <source>In review: waiting for sign-offs</source>
        <translation>En revue : en attente de visas</translation>
    </message>
    <message>
        <source>%n stale sign-offs</source>
        <translation>Visas périmés : %n</translation>
    </message>
    <message>
        <source>No accountable owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <source>Vendor contract ends %1</source>
        <translation>Le contrat fournisseur prend fin le %1</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Dossier du comité</translation>
    </message>
    <message>
        <source>On this agenda</source>
        <translation>À cet ordre du jour</translation>
    </message>
    <message>
        <source>The board pack was cancelled.</source>
        <translation>Le dossier du comité a été annulé.</translation>
    </message>
    <message>
        <source>Unknown whether a vendor is involved</source>
        <translation>On ne sait pas si un fournisseur intervient</translation>
    </message>
    <message>
        <source>Built in-house</source>
        <translation>Développé en interne</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>… and %n smaller factors</source>
        <translation>… et facteurs mineurs : %n</translation>
    </message>
    <message>
        <source>Keep this tree head: charter-cli verify --since HEAD later proves that the audit trail has only grown since this pack was made: nothing it covers was changed or removed.</source>
        <translation>Conservez cette tête d&apos;arbre : charter-cli verify --since HEAD prouvera plus tard que la piste d&apos;audit n&apos;a fait que croître depuis la création de ce dossier : rien de ce qu&apos;elle couvre n&apos;a été modifié ni supprimé.</translation>
    </message>
</context>
<context>
    <name>charter::BoardPackHtml</name>
    <message>
        <source>Governance board</source>
        <translation>Comité de gouvernance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non désigné</translation>
    </message>
    <message>
        <source>Standing agenda: everything that needs the board today</source>
        <translation>Ordre du jour permanent : tout ce qui requiert le comité aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>%n systems</source>
        <translation>Systèmes : %n</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Audit tree head</source>
        <translation>Tête d&apos;arbre de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Hachage racine</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Non scellé</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Synthèse du portefeuille</translation>
    </message>
    <message>
        <source>Nothing needs the board.</source>
        <translation>Rien ne requiert le comité.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why it needs the board</source>
        <translation>Pourquoi le comité est sollicité</translation>
    </message>
    <message>
        <source>Agenda item %1 of %2 · system %3</source>
        <translation>Point %1 sur %2 · système %3</translation>
    </message>
    <message>
        <source>%1 risk · %2 points</source>
        <translation>Risque %1 · %2 points</translation>
    </message>
    <message>
        <source>Business unit unknown</source>
        <translation>Unité opérationnelle inconnue</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>Cycle de vie : %1</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow : %1</translation>
    </message>
    <message>
        <source>%1% of answers known</source>
        <translation>%1 % des réponses connues</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>À l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Limites de décision</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Chemin d&apos;escalade</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Fournisseur : %1</translation>
    </message>
    <message>
        <source>No vendor profile.</source>
        <translation>Aucun profil fournisseur.</translation>
    </message>
    <message>
        <source>Risk explanation</source>
        <translation>Explication du risque</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>Approval and sign-offs</source>
        <translation>Approbation et visas</translation>
    </message>
    <message>
        <source>Last approval</source>
        <translation>Dernière approbation</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Jamais approuvé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Rien d&apos;ouvert</translation>
    </message>
    <message>
        <source>History since %1</source>
        <translation>Historique depuis le %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <source>%n earlier entries not shown (charter-cli audit lists them).</source>
        <translation>Entrées antérieures non affichées : %n (charter-cli audit les liste).</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>n° %1 · %2</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>The board pack was cancelled.</source>
        <translation>Le dossier du comité a été annulé.</translation>
    </message>
</context>
<context>
    <name>charter::BoardPackMarkdown</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non désigné</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Standing agenda: everything that needs the board today</source>
        <translation>Ordre du jour permanent : tout ce qui requiert le comité aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>%n systems</source>
        <translation>Systèmes : %n</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Audit tree head</source>
        <translation>Tête d&apos;arbre de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Hachage racine</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Non scellé</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Synthèse du portefeuille</translation>
    </message>
    <message>
        <source>Nothing needs the board.</source>
        <translation>Rien ne requiert le comité.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why it needs the board</source>
        <translation>Pourquoi le comité est sollicité</translation>
    </message>
    <message>
        <source>%1 risk · %2 points</source>
        <translation>Risque %1 · %2 points</translation>
    </message>
    <message>
        <source>Business unit unknown</source>
        <translation>Unité opérationnelle inconnue</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>Cycle de vie : %1</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow : %1</translation>
    </message>
    <message>
        <source>%1% of answers known</source>
        <translation>%1 % des réponses connues</translation>
    </message>
    <message>
        <source>system %1</source>
        <translation>système %1</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>À l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Limites de décision</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Chemin d&apos;escalade</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Fournisseur : %1</translation>
    </message>
    <message>
        <source>No vendor profile.</source>
        <translation>Aucun profil fournisseur.</translation>
    </message>
    <message>
        <source>Risk explanation</source>
        <translation>Explication du risque</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>Approval and sign-offs</source>
        <translation>Approbation et visas</translation>
    </message>
    <message>
        <source>Last approval</source>
        <translation>Dernière approbation</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Jamais approuvé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Rien d&apos;ouvert</translation>
    </message>
    <message>
        <source>History since %1</source>
        <translation>Historique depuis le %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <source>%n earlier entries not shown (charter-cli audit lists them).</source>
        <translation>Entrées antérieures non affichées : %n (charter-cli audit les liste).</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>n° %1 · %2</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>The board pack was cancelled.</source>
        <translation>Le dossier du comité a été annulé.</translation>
    </message>
</context>
<context>
    <name>charter::BoardPackPdf</name>
    <message>
        <source>Rendering a PDF needs the graphical application object (fonts).</source>
        <translation>Produire un PDF requiert l&apos;objet d&apos;application graphique (polices).</translation>
    </message>
    <message>
        <source>The board pack was cancelled.</source>
        <translation>Le dossier du comité a été annulé.</translation>
    </message>
    <message>
        <source>Cannot start drawing the PDF.</source>
        <translation>Impossible de commencer le dessin du PDF.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>charter::BoundariesSection</name>
    <message>
        <source>Decision boundaries</source>
        <translation>Limites de décision</translation>
    </message>
    <message>
        <source>Each decision the system touches and how far it may influence it. No rows at all means the boundaries are not documented, a gap.</source>
        <translation>Chaque décision que touche le système et jusqu&apos;où il peut l&apos;influencer. Aucune ligne signifie que les limites ne sont pas documentées : une lacune.</translation>
    </message>
    <message>
        <source>No decision boundaries documented yet.
Add one per decision the system influences.</source>
        <translation>Aucune limite de décision documentée.
Ajoutez-en une par décision influencée par le système.</translation>
    </message>
    <message>
        <source>Human steps in when</source>
        <translation>Intervention humaine quand</translation>
    </message>
    <message>
        <source>Failure handling</source>
        <translation>Gestion des défaillances</translation>
    </message>
    <message>
        <source>Uncertainty reported</source>
        <translation>Incertitude signalée</translation>
    </message>
    <message>
        <source>Human steps in when:</source>
        <translation>Intervention humaine quand :</translation>
    </message>
    <message>
        <source>Failure handling:</source>
        <translation>Gestion des défaillances :</translation>
    </message>
    <message>
        <source>Uncertainty reported:</source>
        <translation>Incertitude signalée :</translation>
    </message>
    <message>
        <source>Select a decision to see and edit its details.</source>
        <translation>Sélectionnez une décision pour voir et modifier ses détails.</translation>
    </message>
    <message>
        <source>Details of decision %1</source>
        <translation>Détails de la décision %1</translation>
    </message>
    <message>
        <source>Details of “%1”</source>
        <translation>Détails de « %1 »</translation>
    </message>
</context>
<context>
    <name>charter::BoundaryTableModel</name>
    <message>
        <source>Not described</source>
        <translation>Non décrit</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Unknown: a gap that counts as risk. Double-click or press F2 to answer.</source>
        <translation>Inconnu : une lacune qui compte comme risque. Double-cliquez ou appuyez sur F2 pour répondre.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Influence</source>
        <translation>Influence</translation>
    </message>
    <message>
        <source>Human steps in when</source>
        <translation>Intervention humaine quand</translation>
    </message>
    <message>
        <source>Failure handling</source>
        <translation>Gestion des défaillances</translation>
    </message>
    <message>
        <source>Uncertainty reported</source>
        <translation>Incertitude signalée</translation>
    </message>
    <message>
        <source>Edit decision boundary: %1</source>
        <translation>Modifier la limite de décision : %1</translation>
    </message>
    <message>
        <source>Add decision boundary</source>
        <translation>Ajouter une limite de décision</translation>
    </message>
    <message>
        <source>Remove decision boundary</source>
        <translation>Supprimer la limite de décision</translation>
    </message>
    <message>
        <source>Move decision boundary</source>
        <translation>Déplacer la limite de décision</translation>
    </message>
</context>
<context>
    <name>charter::BriefSource</name>
    <message>
        <source>There is no AI system with id %1.</source>
        <translation>Il n&apos;existe aucun système d&apos;IA avec l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no vendor with id %1.</source>
        <translation>Il n&apos;existe aucun fournisseur avec l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>charter::ChangeNotifier</name>
    <message>
        <source>Cannot listen for changes on %1: %2</source>
        <translation>Impossible d&apos;écouter les modifications de %1 : %2</translation>
    </message>
    <message>
        <source>Lost the connection to %1; reconnecting.</source>
        <translation>Connexion à %1 perdue ; reconnexion.</translation>
    </message>
</context>
<context>
    <name>charter::ColumnChooser</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>&amp;Reset Columns</source>
        <translation>&amp;Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>charter::ColumnMappingModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>No register field takes this column; name it in a mapping file to import it.</source>
        <translation>Aucun champ du registre ne reprend cette colonne ; nommez-la dans un fichier de correspondance pour l&apos;importer.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Register field</source>
        <translation>Champ du registre</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
</context>
<context>
    <name>charter::Completeness</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité opérationnelle</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>Phase du cycle de vie</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Modèle de déploiement</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable du support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>Contact informatique</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Limites de décision</translation>
    </message>
    <message>
        <source>Influence level of each decision</source>
        <translation>Niveau d&apos;influence de chaque décision</translation>
    </message>
    <message>
        <source>When a human must step in</source>
        <translation>Quand un humain doit intervenir</translation>
    </message>
    <message>
        <source>Failure handling</source>
        <translation>Gestion des défaillances</translation>
    </message>
    <message>
        <source>Uncertainty reporting</source>
        <translation>Signalement de l&apos;incertitude</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Chemin d&apos;escalade</translation>
    </message>
    <message>
        <source>Escalation contacts</source>
        <translation>Contacts d&apos;escalade</translation>
    </message>
    <message>
        <source>Escalation channels</source>
        <translation>Canaux d&apos;escalade</translation>
    </message>
    <message>
        <source>Escalation response targets</source>
        <translation>Délais cibles d&apos;escalade</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Production data</source>
        <translation>Données de production</translation>
    </message>
    <message>
        <source>Safety relevance</source>
        <translation>Pertinence pour la sécurité</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Résidence des données</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Périmètre d&apos;accès</translation>
    </message>
    <message>
        <source>External processing</source>
        <translation>Traitement externe</translation>
    </message>
    <message>
        <source>Cloud connectivity</source>
        <translation>Connectivité cloud</translation>
    </message>
    <message>
        <source>Credential handling</source>
        <translation>Gestion des identifiants</translation>
    </message>
    <message>
        <source>Integrations with existing systems</source>
        <translation>Intégrations aux systèmes existants</translation>
    </message>
    <message>
        <source>Vendor involvement</source>
        <translation>Intervention d&apos;un fournisseur</translation>
    </message>
    <message>
        <source>Vendor viability</source>
        <translation>Viabilité du fournisseur</translation>
    </message>
    <message>
        <source>Vendor roadmap stability</source>
        <translation>Stabilité de la feuille de route du fournisseur</translation>
    </message>
    <message>
        <source>Vendor support maturity</source>
        <translation>Maturité du support du fournisseur</translation>
    </message>
    <message>
        <source>Vendor exit options</source>
        <translation>Options de sortie du fournisseur</translation>
    </message>
    <message>
        <source>Vendor data portability</source>
        <translation>Portabilité des données du fournisseur</translation>
    </message>
    <message>
        <source>Vendor security attestations</source>
        <translation>Attestations de sécurité du fournisseur</translation>
    </message>
    <message>
        <source>Vendor data residency</source>
        <translation>Résidence des données du fournisseur</translation>
    </message>
    <message>
        <source>Vendor contract end</source>
        <translation>Fin du contrat fournisseur</translation>
    </message>
    <message>
        <source>Model deprecation notice</source>
        <translation>Préavis d&apos;obsolescence du modèle</translation>
    </message>
    <message>
        <source>Maintainer</source>
        <translation>Mainteneur</translation>
    </message>
    <message>
        <source>Update handling</source>
        <translation>Gestion des mises à jour</translation>
    </message>
    <message>
        <source>Issue escalation</source>
        <translation>Escalade des incidents</translation>
    </message>
    <message>
        <source>EU AI Act category</source>
        <translation>Catégorie selon l&apos;AI Act de l&apos;UE</translation>
    </message>
    <message>
        <source>EU AI Act role</source>
        <translation>Rôle selon l&apos;AI Act de l&apos;UE</translation>
    </message>
    <message>
        <source>US OMB high-impact flag</source>
        <translation>Indicateur OMB (États-Unis) « impact élevé »</translation>
    </message>
</context>
<context>
    <name>charter::ConnectDialog</name>
    <message>
        <source>Connect to Shared Database</source>
        <translation>Se connecter à une base partagée</translation>
    </message>
    <message>
        <source>postgresql://user@host/database or service=NAME</source>
        <translation>postgresql://utilisateur@hôte/base ou service=NOM</translation>
    </message>
    <message>
        <source>Empty: from ~/.pgpass or the service file</source>
        <translation>Vide : depuis ~/.pgpass ou le fichier de service</translation>
    </message>
    <message>
        <source>Remember password in the system keychain</source>
        <translation>Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <source>A libpq connection string or URI, for example postgresql://ana@db.example.org/charter?sslmode=verify-full or service=charter. Leave the password empty when libpq finds it in ~/.pgpass or the service file. Charter never writes passwords to its settings or logs.</source>
        <translation>Une chaîne de connexion libpq ou une URI, par exemple postgresql://ana@db.example.org/charter?sslmode=verify-full ou service=charter. Laissez le mot de passe vide lorsque libpq le trouve dans ~/.pgpass ou le fichier de service. Charter n&apos;écrit jamais de mot de passe dans ses paramètres ni dans ses journaux.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>The password was filled in from the system keychain.</source>
        <translation>Le mot de passe a été rempli depuis le trousseau du système.</translation>
    </message>
    <message>
        <source>Enter a PostgreSQL connection string or URI, such as postgresql://user@host/database or service=NAME. To open a file, use File &gt; Open Database.</source>
        <translation>Saisissez une chaîne de connexion PostgreSQL ou une URI, comme postgresql://utilisateur@hôte/base ou service=NOM. Pour ouvrir un fichier, utilisez Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1</source>
        <translation>La chaîne de connexion n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>%1 The password was not saved; press Connect again to connect without remembering it.</source>
        <translation>%1 Le mot de passe n&apos;a pas été enregistré ; cliquez à nouveau sur Se connecter pour vous connecter sans le mémoriser.</translation>
    </message>
</context>
<context>
    <name>charter::ConnectionString</name>
    <message>
        <source>The connection string has no &quot;=&quot; after &quot;%1&quot;. Write keyword=value pairs, e.g. &quot;host=db.example.org dbname=charter&quot;, or a postgresql:// URI.</source>
        <translation>La chaîne de connexion n&apos;a pas de « = » après « %1 ». Écrivez des paires mot-clé=valeur, par ex. « host=db.example.org dbname=charter », ou une URI postgresql://.</translation>
    </message>
    <message>
        <source>The connection string has a value without a keyword at character %1.</source>
        <translation>La chaîne de connexion a une valeur sans mot-clé au caractère %1.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; in the connection string has no closing quote.</source>
        <translation>La valeur de « %1 » dans la chaîne de connexion n&apos;a pas de guillemet fermant.</translation>
    </message>
    <message>
        <source>The connection string is empty.</source>
        <translation>La chaîne de connexion est vide.</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>The connection URI has an IPv6 host address without its closing &quot;]&quot;.</source>
        <translation>L&apos;URI de connexion a une adresse d&apos;hôte IPv6 sans « ] » fermant.</translation>
    </message>
    <message>
        <source>The connection URI has an empty IPv6 host address.</source>
        <translation>L&apos;URI de connexion a une adresse d&apos;hôte IPv6 vide.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>The connection URI has an unexpected &quot;%1&quot; at character %2.</source>
        <translation>L&apos;URI de connexion contient un « %1 » inattendu au caractère %2.</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nom de la base de données</translation>
    </message>
    <message>
        <source>The connection URI parameter &quot;%1&quot; has no value; write keyword=value.</source>
        <translation>Le paramètre « %1 » de l&apos;URI de connexion n&apos;a pas de valeur ; écrivez mot-clé=valeur.</translation>
    </message>
    <message>
        <source>parameters</source>
        <translation>paramètres</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on. Put the setting in a service file (service=NAME) instead.</source>
        <translation>La valeur de « %1 » contient un point-virgule, que le pilote PostgreSQL de Qt ne peut pas transmettre. Placez ce paramètre dans un fichier de service (service=NOM).</translation>
    </message>
</context>
<context>
    <name>charter::CredentialStore</name>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Le trousseau du système n&apos;est pas disponible.</translation>
    </message>
</context>
<context>
    <name>charter::CsvReader</name>
    <message>
        <source>%1, line %2: a quoted field starts here and is never closed; the file&apos;s quoting is broken (a missing &quot; character). Fix it in a spreadsheet and save it again.</source>
        <translation>%1, ligne %2 : un champ entre guillemets commence ici et n&apos;est jamais fermé ; les guillemets du fichier sont cassés (un caractère &quot; manquant). Corrigez-le dans un tableur et enregistrez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>charter::DashboardView</name>
    <message>
        <source>Portfolio dashboard</source>
        <translation>Tableau de bord du portefeuille</translation>
    </message>
    <message>
        <source>The dashboard could not be computed: %1</source>
        <translation>Le tableau de bord n&apos;a pas pu être calculé : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) as of %1. Click any number, bar, slice or point to see exactly those systems in the registry.</source>
        <translation>
            <numerusform>%n système au %1. Cliquez sur un nombre, une barre, une part ou un point pour voir exactement ces systèmes dans le registre.</numerusform>
            <numerusform>%n systèmes au %1. Cliquez sur un nombre, une barre, une part ou un point pour voir exactement ces systèmes dans le registre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a register to see its dashboard.</source>
        <translation>Ouvrez un registre pour voir son tableau de bord.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>Tableau de bord : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Portfolio by risk tier</source>
        <translation>Portefeuille par niveau de risque</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Approval pipeline by workflow state</source>
        <translation>Chaîne d&apos;approbation par état du workflow</translation>
    </message>
    <message>
        <source>Re-reviews due by month</source>
        <translation>Nouvelles revues dues par mois</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Dues</translation>
    </message>
    <message>
        <source>Decision-boundary mix</source>
        <translation>Répartition des limites de décision</translation>
    </message>
    <message>
        <source>Vendor concentration and exit readiness</source>
        <translation>Fournisseurs et préparation à la sortie</translation>
    </message>
    <message>
        <source>%1 (top %2 of %3 vendors)</source>
        <translation>%1 (%2 principaux sur %3)</translation>
    </message>
    <message>
        <source>Overrides and incidents per month</source>
        <translation>Dérogations et incidents par mois</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Overrides in %1</source>
        <translation>Dérogations en %1</translation>
    </message>
    <message>
        <source>Incidents in %1</source>
        <translation>Incidents en %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Likelihood × impact of high and critical systems</source>
        <translation>Probabilité × impact (risque élevé et critique)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n system(s)</source>
        <translation>
            <numerusform>%1 : %n système</numerusform>
            <numerusform>%1 : %n systèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1 : aucun</translation>
    </message>
    <message>
        <source>%1: none recorded in the last 12 months</source>
        <translation>%1 : rien d&apos;enregistré ces 12 derniers mois</translation>
    </message>
    <message numerus="yes">
        <source>%1 risk: %n system(s)</source>
        <translation>
            <numerusform>Risque %1 : %n système</numerusform>
            <numerusform>Risque %1 : %n systèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Likelihood (1–5)</source>
        <translation>Probabilité (1–5)</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Impact (1–5)</translation>
    </message>
    <message>
        <source>Likelihood rises with autonomy, unknown answers and external processing or an unknown vendor; impact with personal data, safety relevance, EU AI Act high-risk or prohibited practice, and US OMB high impact. Each dot is one cell of the grid: its number and size say how many systems it holds.</source>
        <translation>La probabilité augmente avec l&apos;autonomie, les réponses inconnues et le traitement externe ou un fournisseur inconnu ; l&apos;impact avec les données personnelles, la sécurité, le haut risque ou la pratique interdite selon l&apos;AI Act de l&apos;UE et l&apos;impact élevé selon l&apos;OMB américain. Chaque point est une case de la grille : son nombre et sa taille indiquent combien de systèmes elle contient.</translation>
    </message>
</context>
<context>
    <name>charter::DataSecuritySection</name>
    <message>
        <source>Data and security</source>
        <translation>Données et sécurité</translation>
    </message>
    <message>
        <source>What data the system touches, where it lives and how the system is connected. &quot;Unknown&quot; is an answer, and it counts as risk.</source>
        <translation>Quelles données le système touche, où elles résident et comment il est connecté. « Inconnu » est une réponse, et elle compte comme risque.</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <translation>Données personnelles :</translation>
    </message>
    <message>
        <source>Does it process data about identifiable people?</source>
        <translation>Traite-t-il des données sur des personnes identifiables ?</translation>
    </message>
    <message>
        <source>Production data:</source>
        <translation>Données de production :</translation>
    </message>
    <message>
        <source>Does it read or write live business data?</source>
        <translation>Lit-il ou écrit-il des données métier réelles ?</translation>
    </message>
    <message>
        <source>Safety-related:</source>
        <translation>Lié à la sécurité des personnes :</translation>
    </message>
    <message>
        <source>Can its output affect someone&apos;s health or safety?</source>
        <translation>Ses résultats peuvent-ils affecter la santé ou la sécurité de quelqu&apos;un ?</translation>
    </message>
    <message>
        <source>Data residency:</source>
        <translation>Résidence des données :</translation>
    </message>
    <message>
        <source>e.g. EU, Germany, US-East</source>
        <translation>par ex. UE, Allemagne, US-Est</translation>
    </message>
    <message>
        <source>Access scope:</source>
        <translation>Périmètre d&apos;accès :</translation>
    </message>
    <message>
        <source>e.g. finance team, read-only on ERP</source>
        <translation>par ex. équipe finance, lecture seule sur l&apos;ERP</translation>
    </message>
    <message>
        <source>External processing:</source>
        <translation>Traitement externe :</translation>
    </message>
    <message>
        <source>Is data processed outside the organisation (e.g. by the vendor)?</source>
        <translation>Des données sont-elles traitées hors de l&apos;organisation (par ex. par le fournisseur) ?</translation>
    </message>
    <message>
        <source>Cloud connectivity:</source>
        <translation>Connectivité cloud :</translation>
    </message>
    <message>
        <source>Does it connect to cloud services?</source>
        <translation>Se connecte-t-il à des services cloud ?</translation>
    </message>
    <message>
        <source>Credential handling:</source>
        <translation>Gestion des identifiants :</translation>
    </message>
    <message>
        <source>e.g. vault-managed service account</source>
        <translation>par ex. compte de service géré dans un coffre-fort</translation>
    </message>
    <message>
        <source>systems it is wired into</source>
        <translation>systèmes auxquels il est raccordé</translation>
    </message>
    <message>
        <source>Integrations:</source>
        <translation>Intégrations :</translation>
    </message>
</context>
<context>
    <name>charter::Database</name>
    <message>
        <source>Cannot use the database location: %1</source>
        <translation>Impossible d&apos;utiliser l&apos;emplacement de la base de données : %1</translation>
    </message>
    <message>
        <source>There is no Charter database at %1. Create one with &apos;charter-cli init&apos; or choose another file.</source>
        <translation>Il n&apos;y a pas de base de données Charter à %1. Créez-en une avec « charter-cli init » ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Charter database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données Charter.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Charter database: it is not an SQLite database file.</source>
        <translation>%1 n&apos;est pas une base de données Charter : ce n&apos;est pas un fichier de base SQLite.</translation>
    </message>
    <message>
        <source>%1 is truncated (%2 bytes): it cannot be a complete Charter database. Restore it from a backup.</source>
        <translation>%1 est tronqué (%2 octets) : ce ne peut pas être une base de données Charter complète. Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is on a network file system (%2). SQLite databases are only safe there while a single computer uses them: never open it from two computers at once, or it may be damaged. Charter uses a rollback journal instead of write-ahead logging here. Move the database to a local disk if you can.</source>
        <translation>%1 se trouve sur un système de fichiers réseau (%2). Une base SQLite n&apos;y est sûre que si un seul ordinateur l&apos;utilise : ne l&apos;ouvrez jamais depuis deux ordinateurs à la fois, sinon elle peut être endommagée. Charter utilise ici un journal de retour arrière au lieu de la journalisation anticipée (WAL). Si possible, déplacez la base de données sur un disque local.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Charter (schema version %2; this version reads up to %3). Update Charter to open it. The file was left untouched.</source>
        <translation>%1 a été écrit par une version plus récente de Charter (version de schéma %2 ; cette version lit jusqu&apos;à %3). Mettez Charter à jour pour l&apos;ouvrir. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql.</source>
        <translation>Impossible d&apos;ouvrir %1 : le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé. Installez le paquet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot use the database location %1: %2</source>
        <translation>Impossible d&apos;utiliser l&apos;emplacement de base de données %1 : %2</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2.%3</source>
        <translation>Impossible de se connecter à la base PostgreSQL %1 : %2.%3</translation>
    </message>
    <message>
        <source>identifying the server</source>
        <translation>identification du serveur</translation>
    </message>
    <message>
        <source>%1 runs PostgreSQL %2; Charter needs PostgreSQL 12 or newer.</source>
        <translation>%1 utilise PostgreSQL %2 ; Charter requiert PostgreSQL 12 ou plus récent.</translation>
    </message>
    <message>
        <source>%1 has no schema for Charter&apos;s tables: no schema on the search_path exists. Create one, or choose it with options=&apos;-c search_path=NAME&apos; in the connection string.</source>
        <translation>%1 n&apos;a pas de schéma pour les tables de Charter : aucun schéma du search_path n&apos;existe. Créez-en un, ou choisissez-le avec options=&apos;-c search_path=NOM&apos; dans la chaîne de connexion.</translation>
    </message>
    <message>
        <source>preparing the connection (%1)</source>
        <translation>préparation de la connexion (%1)</translation>
    </message>
    <message>
        <source>There is no Charter database in %1 (it is empty). Create one with &apos;charter-cli init&apos; or choose another database.</source>
        <translation>Il n&apos;y a pas de base de données Charter dans %1 (elle est vide). Créez-en une avec « charter-cli init » ou choisissez une autre base.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Charter (schema version %2; this version reads up to %3). Update Charter to open it. The database was left untouched.</source>
        <translation>%1 a été écrite par une version plus récente de Charter (version de schéma %2 ; cette version lit jusqu&apos;à %3). Mettez Charter à jour pour l&apos;ouvrir. La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this version of Charter needs %3. A shared database is upgraded by its owner: back it up first (pg_dump), then run &apos;charter-cli --db LOCATION admin migrate&apos;. The database was left untouched.</source>
        <translation>%1 est à la version de schéma %2 ; cette version de Charter requiert %3. Une base partagée est mise à niveau par son propriétaire : sauvegardez-la d&apos;abord (pg_dump), puis lancez « charter-cli --db EMPLACEMENT admin migrate ». La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>listing the tables</source>
        <translation>liste des tables</translation>
    </message>
    <message>
        <source>%1 is corrupt or not a Charter database: %2. Restore it from a backup.</source>
        <translation>%1 est corrompue ou n&apos;est pas une base de données Charter : %2. Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is not a Charter database: it holds other tables (%2) but no Charter metadata. Choose an empty database, or another schema with options=&apos;-c search_path=NAME&apos;. Nothing was changed.</source>
        <translation>%1 n&apos;est pas une base de données Charter : elle contient d&apos;autres tables (%2) mais aucune métadonnée Charter. Choisissez une base vide, ou un autre schéma avec options=&apos;-c search_path=NOM&apos;. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Charter database (it has no Charter metadata). Choose another file.</source>
        <translation>%1 est une base SQLite mais pas une base de données Charter (elle n&apos;a pas de métadonnées Charter). Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>reading the Charter metadata</source>
        <translation>lecture des métadonnées Charter</translation>
    </message>
    <message>
        <source>%1 is corrupt: cannot read the Charter metadata: %2. Restore it from a backup.</source>
        <translation>%1 est corrompue : impossible de lire les métadonnées Charter : %2. Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is corrupt: its Charter metadata has no valid schema version. Restore it from a backup.</source>
        <translation>%1 est corrompue : ses métadonnées Charter n&apos;ont pas de version de schéma valide. Restaurez-la depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>preparing the database (%1)</source>
        <translation>préparation de la base de données (%1)</translation>
    </message>
    <message>
        <source>Cannot back up %1 to %2 before upgrading it: %3. Nothing was changed.</source>
        <translation>Impossible de sauvegarder %1 vers %2 avant sa mise à niveau : %3. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>upgrading to schema version %1</source>
        <translation>mise à niveau vers la version de schéma %1</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>enregistrement de la version de schéma %1</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 failed and was rolled back: %3</source>
        <translation>La mise à niveau de %1 vers la version de schéma %2 a échoué et a été annulée : %3</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>démarrage d&apos;une transaction</translation>
    </message>
    <message>
        <source>committing</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>checking integrity</source>
        <translation>vérification de l&apos;intégrité</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Intégrité : %1</translation>
    </message>
    <message>
        <source>checking references</source>
        <translation>vérification des références</translation>
    </message>
    <message>
        <source>Reference: a row in %1 (row id %2) points to a missing row in %3</source>
        <translation>Référence : une ligne de %1 (id de ligne %2) pointe vers une ligne manquante de %3</translation>
    </message>
    <message>
        <source>Integrity: the schema version changed from %1 to %2 while Charter had the database open.</source>
        <translation>Intégrité : la version de schéma est passée de %1 à %2 pendant que Charter avait la base ouverte.</translation>
    </message>
    <message>
        <source>Integrity: the table %1 is missing.</source>
        <translation>Intégrité : la table %1 manque.</translation>
    </message>
    <message>
        <source>Reference: the foreign key %1 of %2 is not validated.</source>
        <translation>Référence : la clé étrangère %1 de %2 n&apos;est pas validée.</translation>
    </message>
    <message>
        <source>Reference: the foreign key %1 of %2 is disabled.</source>
        <translation>Référence : la clé étrangère %1 de %2 est désactivée.</translation>
    </message>
    <message>
        <source>Reference: rows in %1 point to a missing row in %2 (%3 = %4)</source>
        <translation>Référence : des lignes de %1 pointent vers une ligne manquante de %2 (%3 = %4)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>recording %1</source>
        <translation>enregistrement de %1</translation>
    </message>
    <message>
        <source> Someone else changed the same data at the same time; try again.</source>
        <translation> Quelqu&apos;un d&apos;autre a modifié les mêmes données au même moment ; réessayez.</translation>
    </message>
    <message>
        <source> Another program is writing to the database; try again.</source>
        <translation> Un autre programme écrit dans la base de données ; réessayez.</translation>
    </message>
    <message>
        <source> The database login %1 is not allowed to do this; ask the database&apos;s administrator for the Charter role you need.</source>
        <translation> L&apos;identifiant de base de données %1 n&apos;a pas le droit de faire cela ; demandez le rôle Charter nécessaire à l&apos;administrateur de la base.</translation>
    </message>
    <message>
        <source> The server only allows reading (a standby or a read-only database).</source>
        <translation> Le serveur n&apos;autorise que la lecture (serveur de secours ou base en lecture seule).</translation>
    </message>
    <message>
        <source> The connection to the server failed or was lost; check the server and try again.</source>
        <translation> La connexion au serveur a échoué ou a été perdue ; vérifiez le serveur et réessayez.</translation>
    </message>
    <message>
        <source> The server reports damaged data; ask its administrator to restore it from a backup.</source>
        <translation> Le serveur signale des données endommagées ; demandez à son administrateur de les restaurer depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Database error while %1 (%2): %3.%4</source>
        <translation>Erreur de base de données pendant : %1 (%2) : %3.%4</translation>
    </message>
    <message>
        <source> The database file is damaged; restore it from a backup.</source>
        <translation> Le fichier de base de données est endommagé ; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2</source>
        <translation>Impossible de se connecter à la base PostgreSQL %1 : %2</translation>
    </message>
</context>
<context>
    <name>charter::DecisionDialog</name>
    <message>
        <source>Record Decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1. %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1. %2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Why the board decided this (required)</source>
        <translation>Pourquoi le comité a décidé ainsi (obligatoire)</translation>
    </message>
    <message>
        <source>What the approval depends on</source>
        <translation>Ce dont dépend l&apos;approbation</translation>
    </message>
    <message>
        <source>Approval &amp;expires on</source>
        <translation>L&apos;approbation &amp;expire le</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give my &amp;board sign-off first (systems in review)</source>
        <translation>Donner d&apos;abord mon &amp;visa de comité (systèmes en revue)</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue :</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>&amp;Conditions:</source>
        <translation>&amp;Conditions :</translation>
    </message>
    <message>
        <source>Board members &amp;present:</source>
        <translation>Membres du comité &amp;présents :</translation>
    </message>
</context>
<context>
    <name>charter::DecisionLogRepository</name>
    <message>
        <source>reading the overrides of system %1</source>
        <translation>lecture des dérogations du système %1</translation>
    </message>
    <message>
        <source>reading the incidents of system %1</source>
        <translation>lecture des incidents du système %1</translation>
    </message>
    <message>
        <source>reading incident %1</source>
        <translation>lecture de l&apos;incident %1</translation>
    </message>
    <message>
        <source>There is no incident with id %1.</source>
        <translation>Il n&apos;y a pas d&apos;incident avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>recording an override on system %1</source>
        <translation>enregistrement d&apos;une dérogation sur le système %1</translation>
    </message>
    <message>
        <source>recording an incident on system %1</source>
        <translation>enregistrement d&apos;un incident sur le système %1</translation>
    </message>
    <message>
        <source>recording the acknowledgement of incident %1</source>
        <translation>enregistrement de la prise en compte de l&apos;incident %1</translation>
    </message>
    <message>
        <source>reading the overrides since %1</source>
        <translation>lecture des dérogations depuis le %1</translation>
    </message>
    <message>
        <source>reading the incidents since %1</source>
        <translation>lecture des incidents depuis le %1</translation>
    </message>
</context>
<context>
    <name>charter::DecisionLogService</name>
    <message>
        <source>What the system recommended</source>
        <translation>Ce que le système a recommandé</translation>
    </message>
    <message>
        <source>What the person decided</source>
        <translation>Ce que la personne a décidé</translation>
    </message>
    <message>
        <source>The reason for the override</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <source>What failed</source>
        <translation>Ce qui a échoué</translation>
    </message>
    <message>
        <source>The acknowledgement time must be 0 minutes or more.</source>
        <translation>Le délai de prise en compte doit être de 0 minute ou plus.</translation>
    </message>
    <message>
        <source>Incident %1 was already acknowledged after %2 minutes.</source>
        <translation>L&apos;incident %1 a déjà été pris en compte après %2 minutes.</translation>
    </message>
</context>
<context>
    <name>charter::DecisionRegister</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>charter::DemoHistory</name>
    <message>
        <source>The demo history creates accounts for the demo&apos;s people and acts in their names, so it needs the admin role. (%1)</source>
        <translation>L&apos;historique de démonstration crée des comptes pour les personnes de la démo et agit en leur nom ; il requiert donc le rôle admin. (%1)</translation>
    </message>
</context>
<context>
    <name>charter::DemoMeeting</name>
    <message>
        <source>AI governance board</source>
        <translation>Comité de gouvernance de l&apos;IA</translation>
    </message>
    <message>
        <source>Quarterly accuracy and override report to the board.</source>
        <translation>Rapport trimestriel au comité sur la précision et les dérogations.</translation>
    </message>
    <message>
        <source>Boundaries, escalation path and vendor profile reviewed; residual risk accepted.</source>
        <translation>Limites, chemin d&apos;escalade et profil fournisseur revus ; risque résiduel accepté.</translation>
    </message>
    <message>
        <source>Owner to resubmit for re-review before the next meeting.</source>
        <translation>Le responsable soumet à nouveau pour revue avant la prochaine réunion.</translation>
    </message>
    <message>
        <source>Business unit to name an accountable owner.</source>
        <translation>L&apos;unité opérationnelle désigne un responsable.</translation>
    </message>
</context>
<context>
    <name>charter::DirectoryPicker</name>
    <message>
        <source>Type to search</source>
        <translation>Saisir pour rechercher</translation>
    </message>
</context>
<context>
    <name>charter::DirectoryService</name>
    <message>
        <source>The person was not added.</source>
        <translation>La personne n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <source>The person was not saved.</source>
        <translation>La personne n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The vendor was not added.</source>
        <translation>Le fournisseur n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <source>The vendor profile was not saved.</source>
        <translation>Le profil du fournisseur n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>charter::DirectoryStore</name>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données ouverte.</translation>
    </message>
</context>
<context>
    <name>charter::EditingWorkspace</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Store the edits in the register</source>
        <translation>Enregistrer les modifications dans le registre</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;venir</translation>
    </message>
    <message>
        <source>Go back to what is stored (can be undone)</source>
        <translation>Revenir à l&apos;état enregistré (peut être annulé)</translation>
    </message>
    <message>
        <source>&amp;New System</source>
        <translation>&amp;Nouveau système</translation>
    </message>
    <message>
        <source>Register a new AI system</source>
        <translation>Enregistrer un nouveau système d&apos;IA</translation>
    </message>
    <message>
        <source>&amp;Edit System</source>
        <translation>&amp;Modifier le système</translation>
    </message>
    <message>
        <source>Edit the selected system (also Enter or double-click)</source>
        <translation>Modifier le système sélectionné (aussi Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Close Editor</source>
        <translation>&amp;Fermer l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>Re&amp;gistre</translation>
    </message>
    <message>
        <source>Show the register of AI systems</source>
        <translation>Afficher le registre des systèmes d&apos;IA</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Show the people directory</source>
        <translation>Afficher l&apos;annuaire des personnes</translation>
    </message>
    <message>
        <source>&amp;Vendors</source>
        <translation>F&amp;ournisseurs</translation>
    </message>
    <message>
        <source>Show the vendor risk profiles</source>
        <translation>Afficher les profils de risque des fournisseurs</translation>
    </message>
    <message>
        <source>New Pe&amp;rson</source>
        <translation>Nouvelle pe&amp;rsonne</translation>
    </message>
    <message>
        <source>New Ve&amp;ndor</source>
        <translation>Nouveau fournisse&amp;ur</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Directories</source>
        <translation>A&amp;nnuaires</translation>
    </message>
</context>
<context>
    <name>charter::EntryEditor</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Pas encore enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are still here.</source>
        <translation>Non enregistré : %1 Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>New — not saved yet</source>
        <translation>Nouveau – pas encore enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>charter::Enums</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <source>In development</source>
        <translation>En développement</translation>
    </message>
    <message>
        <source>Pilot</source>
        <translation>Pilote</translation>
    </message>
    <message>
        <source>In production</source>
        <translation>En production</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>On premises</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Private cloud</source>
        <translation>Cloud privé</translation>
    </message>
    <message>
        <source>Vendor SaaS</source>
        <translation>SaaS du fournisseur</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <source>Embedded in a product</source>
        <translation>Intégré à un produit</translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation>Autonome</translation>
    </message>
    <message>
        <source>Human approves</source>
        <translation>Un humain approuve</translation>
    </message>
    <message>
        <source>Advisory only</source>
        <translation>Consultatif uniquement</translation>
    </message>
    <message>
        <source>Prohibited</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Suffisant</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>In-house team</source>
        <translation>Équipe interne</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Service partner</source>
        <translation>Partenaire de services</translation>
    </message>
    <message>
        <source>Prohibited practice</source>
        <translation>Pratique interdite</translation>
    </message>
    <message>
        <source>High-risk</source>
        <translation>Haut risque</translation>
    </message>
    <message>
        <source>Limited risk (transparency)</source>
        <translation>Risque limité (transparence)</translation>
    </message>
    <message>
        <source>Minimal risk</source>
        <translation>Risque minimal</translation>
    </message>
    <message>
        <source>Not in scope</source>
        <translation>Hors champ</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur (provider)</translation>
    </message>
    <message>
        <source>Deployer</source>
        <translation>Déployeur</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Importateur</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributeur</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Contributeur</translation>
    </message>
    <message>
        <source>IT reviewer</source>
        <translation>Réviseur informatique</translation>
    </message>
    <message>
        <source>Governance board</source>
        <translation>Comité de gouvernance</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revue</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Modifications demandées</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Submitted for review</source>
        <translation>Soumis pour revue</translation>
    </message>
    <message>
        <source>Reinstated</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Re-approval required</source>
        <translation>Nouvelle approbation requise</translation>
    </message>
    <message>
        <source>IT review</source>
        <translation>Revue informatique</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Purchased from a vendor</source>
        <translation>Acheté à un fournisseur</translation>
    </message>
    <message>
        <source>Developed under contract</source>
        <translation>Développé sous contrat</translation>
    </message>
    <message>
        <source>Contractor and in-house</source>
        <translation>Prestataire et interne</translation>
    </message>
    <message>
        <source>Developed in-house</source>
        <translation>Développé en interne</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Waiting for a board decision</source>
        <translation>En attente d&apos;une décision du comité</translation>
    </message>
    <message>
        <source>Risk tier changed</source>
        <translation>Niveau de risque modifié</translation>
    </message>
    <message>
        <source>Re-review overdue</source>
        <translation>Nouvelle revue en retard</translation>
    </message>
    <message>
        <source>Stale sign-off</source>
        <translation>Visa périmé</translation>
    </message>
    <message>
        <source>New incidents</source>
        <translation>Nouveaux incidents</translation>
    </message>
    <message>
        <source>New overrides</source>
        <translation>Nouvelles dérogations</translation>
    </message>
    <message>
        <source>No accountable owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <source>Vendor contract ending</source>
        <translation>Contrat fournisseur arrivant à échéance</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>Ajouté manuellement</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Approuver sous conditions</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Request information</source>
        <translation>Demander des informations</translation>
    </message>
    <message>
        <source>low</source>
        <comment>risk tier or severity inside a sentence</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>risk tier or severity inside a sentence</comment>
        <translation>moyen</translation>
    </message>
    <message>
        <source>high</source>
        <comment>risk tier or severity inside a sentence</comment>
        <translation>élevé</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>risk tier or severity inside a sentence</comment>
        <translation>critique</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>proposed</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>proposé</translation>
    </message>
    <message>
        <source>in development</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>en développement</translation>
    </message>
    <message>
        <source>pilot</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>pilote</translation>
    </message>
    <message>
        <source>in production</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>en production</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>lifecycle stage inside a sentence</comment>
        <translation>retiré</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>in review</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>en revue</translation>
    </message>
    <message>
        <source>changes requested</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>rejeté</translation>
    </message>
    <message>
        <source>suspended</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>workflow state inside a sentence: &quot;it is ...&quot;, &quot;X is now ...&quot;</comment>
        <translation>retiré</translation>
    </message>
</context>
<context>
    <name>charter::EscalationSection</name>
    <message>
        <source>Escalation path</source>
        <translation>Chemin d&apos;escalade</translation>
    </message>
    <message>
        <source>Who is called when the system fails, in order, per severity: the person, the channel and how soon they must respond.</source>
        <translation>Qui est appelé quand le système tombe en panne, dans l&apos;ordre, par gravité : la personne, le canal et son délai de réponse.</translation>
    </message>
    <message>
        <source>Escalation steps</source>
        <translation>Étapes d&apos;escalade</translation>
    </message>
    <message>
        <source>No escalation path yet: nobody would be called.
Add the first step.</source>
        <translation>Pas encore de chemin d&apos;escalade : personne ne serait appelé.
Ajoutez la première étape.</translation>
    </message>
    <message>
        <source>Unknown — nobody named</source>
        <translation>Inconnu – personne de désigné</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Response target in minutes</source>
        <translation>Délai cible en minutes</translation>
    </message>
</context>
<context>
    <name>charter::EscalationTableModel</name>
    <message>
        <source>Nobody named</source>
        <translation>Personne de désigné</translation>
    </message>
    <message>
        <source>Person #%1</source>
        <translation>Personne n° %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown: a gap that counts as risk. Double-click or press F2 to answer.</source>
        <translation>Inconnu : une lacune qui compte comme risque. Double-cliquez ou appuyez sur F2 pour répondre.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Person called</source>
        <translation>Personne appelée</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Response target</source>
        <translation>Délai cible</translation>
    </message>
    <message>
        <source>Edit escalation step: %1</source>
        <translation>Modifier l&apos;étape d&apos;escalade : %1</translation>
    </message>
    <message>
        <source>Add escalation step</source>
        <translation>Ajouter une étape d&apos;escalade</translation>
    </message>
    <message>
        <source>Remove escalation step</source>
        <translation>Supprimer l&apos;étape d&apos;escalade</translation>
    </message>
    <message>
        <source>Move escalation step</source>
        <translation>Déplacer l&apos;étape d&apos;escalade</translation>
    </message>
</context>
<context>
    <name>charter::ExportDialog</name>
    <message>
        <source>Export Register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>&amp;JSON portfolio</source>
        <translation>Portefeuille &amp;JSON</translation>
    </message>
    <message>
        <source>Everything: systems, people, vendors with their risk profiles. Charter can import it again.</source>
        <translation>Tout : systèmes, personnes, fournisseurs avec leurs profils de risque. Charter peut le réimporter.</translation>
    </message>
    <message>
        <source>&amp;CSV register extract</source>
        <translation>Extrait du registre en &amp;CSV</translation>
    </message>
    <message>
        <source>One row per system with its risk, for spreadsheets. Vendor profiles and people&apos;s details are left out.</source>
        <translation>Une ligne par système avec son risque, pour les tableurs. Les profils fournisseurs et les coordonnées des personnes sont omis.</translation>
    </message>
    <message>
        <source>Start with a UTF-8 &amp;byte-order mark (for Excel)</source>
        <translation>Commencer par une &amp;marque d&apos;ordre des octets UTF-8 (pour Excel)</translation>
    </message>
    <message>
        <source>Excel reads a CSV file as UTF-8 only when it starts with this mark; other programs do not need it.</source>
        <translation>Excel ne lit un fichier CSV en UTF-8 que s&apos;il commence par cette marque ; les autres programmes n&apos;en ont pas besoin.</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>JSON portfolio (*.json)</source>
        <translation>Portefeuille JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>charter::ExternalChanges</name>
    <message>
        <source>looking for changes made outside Charter</source>
        <translation>recherche de modifications faites hors de Charter</translation>
    </message>
    <message>
        <source>reading the changes made outside Charter</source>
        <translation>lecture des modifications faites hors de Charter</translation>
    </message>
    <message>
        <source>%1 of %2 outside Charter at %3</source>
        <translation>%1 de %2 hors de Charter à %3</translation>
    </message>
    <message>
        <source>Changed outside Charter by %1 and not in the audit trail yet: %2. The next write through Charter records it; review the change.</source>
        <translation>Modifié hors de Charter par %1 et pas encore dans la piste d&apos;audit : %2. La prochaine écriture via Charter l&apos;enregistre ; examinez la modification.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not match the server&apos;s record of a change made outside Charter: %2.</source>
        <translation>L&apos;entrée d&apos;audit %1 ne correspond pas à l&apos;enregistrement par le serveur d&apos;une modification faite hors de Charter : %2.</translation>
    </message>
</context>
<context>
    <name>charter::FirstRunDialog</name>
    <message>
        <source>Welcome to Charter</source>
        <translation>Bienvenue dans Charter</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>Welcome to Charter.</source>
        <translation>Bienvenue dans Charter.</translation>
    </message>
    <message>
        <source>Create a new Charter database.</source>
        <translation>Créer une nouvelle base de données Charter.</translation>
    </message>
    <message>
        <source>Charter keeps its register of AI systems in a database file. There is no database at this location yet:</source>
        <translation>Charter tient son registre des systèmes d&apos;IA dans un fichier de base de données. Il n&apos;y a pas encore de base à cet emplacement :</translation>
    </message>
    <message>
        <source>Create it with the demo portfolio (1 fictional system to explore)</source>
        <translation>La créer avec le portefeuille de démonstration (1 système fictif à explorer)</translation>
    </message>
    <message numerus="yes">
        <source>Create it with the demo portfolio (%n fictional systems to explore)</source>
        <translation>
            <numerusform>La créer avec le portefeuille de démonstration (%n système fictif à explorer)</numerusform>
            <numerusform>La créer avec le portefeuille de démonstration (%n systèmes fictifs à explorer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty register</source>
        <translation>Créer un registre vide</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>charter::Flow</name>
    <message>
        <source>Audit tree head: %n entries (not sealed)</source>
        <translation>Tête d&apos;arbre de la piste d&apos;audit : entrées : %n (non scellées)</translation>
    </message>
    <message>
        <source>Audit tree head: size %1, root %2…</source>
        <translation>Tête d&apos;arbre de la piste d&apos;audit : taille %1, racine %2…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>charter::Generator</name>
    <message>
        <source>Board meeting %1, item %2</source>
        <translation>Réunion du comité %1, point %2</translation>
    </message>
    <message>
        <source>A person reviews only a 10% sample of outputs (was: every case).</source>
        <translation>Une personne ne contrôle qu&apos;un échantillon de 10 % des résultats (auparavant : chaque cas).</translation>
    </message>
    <message>
        <source>EU (Frankfurt) with failover to the United States</source>
        <translation>UE (Francfort) avec bascule vers les États-Unis</translation>
    </message>
    <message>
        <source>; failover to the United States</source>
        <translation> ; bascule vers les États-Unis</translation>
    </message>
</context>
<context>
    <name>charter::GovernanceWorkspace</name>
    <message>
        <source>&amp;Waiting for Me…</source>
        <translation>&amp;En attente de moi…</translation>
    </message>
    <message>
        <source>What you have to review, sign or acknowledge</source>
        <translation>Ce que vous devez revoir, viser ou prendre en compte</translation>
    </message>
    <message>
        <source>S&amp;ubmit for Review…</source>
        <translation>&amp;Soumettre pour revue…</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Revoir…</translation>
    </message>
    <message>
        <source>Approve, request changes or reject the selected system</source>
        <translation>Approuver, demander des modifications ou rejeter le système sélectionné</translation>
    </message>
    <message>
        <source>Sign as %1…</source>
        <translation>Viser en tant que %1…</translation>
    </message>
    <message>
        <source>Sus&amp;pend…</source>
        <translation>Sus&amp;pendre…</translation>
    </message>
    <message>
        <source>Rei&amp;nstate…</source>
        <translation>Ré&amp;tablir…</translation>
    </message>
    <message>
        <source>Re&amp;tire…</source>
        <translation>Ret&amp;irer…</translation>
    </message>
    <message>
        <source>&amp;History of System…</source>
        <translation>&amp;Historique du système…</translation>
    </message>
    <message>
        <source>Every recorded change and workflow step of the selected system, with diffs</source>
        <translation>Chaque modification et étape de workflow enregistrées du système sélectionné, avec les différences</translation>
    </message>
    <message>
        <source>&amp;Audit Trail…</source>
        <translation>Piste d&apos;&amp;audit…</translation>
    </message>
    <message>
        <source>The tamper-evident audit trail; verify it and export its tree head</source>
        <translation>La piste d&apos;audit inviolable ; vérifiez-la et exportez sa tête d&apos;arbre</translation>
    </message>
    <message>
        <source>&amp;Governance</source>
        <translation>&amp;Gouvernance</translation>
    </message>
    <message>
        <source>Edit the system to address the requested changes, then submit it again.</source>
        <translation>Modifiez le système pour traiter les modifications demandées, puis soumettez-le à nouveau.</translation>
    </message>
    <message>
        <source>Sign-off recorded, bound to the content you were shown.</source>
        <translation>Visa enregistré, lié au contenu qui vous a été présenté.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 est désormais %2.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Users and R&amp;oles…</source>
        <translation>&amp;Utilisateurs et rôles…</translation>
    </message>
    <message>
        <source>The accounts of this database and their roles; changes need the admin role</source>
        <translation>Les comptes de cette base de données et leurs rôles ; les modifications exigent le rôle administrateur</translation>
    </message>
</context>
<context>
    <name>charter::ImportFilePage</name>
    <message>
        <source>Choose the File to Import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>A spreadsheet inventory saved as CSV, or a Charter JSON portfolio. The systems in it are added to %1; nothing is stored before the last step.</source>
        <translation>Un inventaire de tableur enregistré en CSV, ou un portefeuille JSON Charter. Ses systèmes sont ajoutés à %1 ; rien n&apos;est enregistré avant la dernière étape.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Path of a .csv or .json file</source>
        <translation>Chemin d&apos;un fichier .csv ou .json</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&lt;p&gt;Charter reads what spreadsheets write:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;UTF-8 (with or without byte-order mark), UTF-16 and Windows-1252 text;&lt;/li&gt;&lt;li&gt;values separated by commas, semicolons, tabs or bars;&lt;/li&gt;&lt;li&gt;titles and notes above the header row, which are skipped;&lt;/li&gt;&lt;li&gt;the US federal AI use-case inventory (OMB M-25-21) and Charter&apos;s own register export, recognised by their headers; other layouts through a mapping file.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Charter lit ce qu&apos;écrivent les tableurs :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;texte UTF-8 (avec ou sans marque d&apos;ordre des octets), UTF-16 et Windows-1252 ;&lt;/li&gt;&lt;li&gt;valeurs séparées par des virgules, points-virgules, tabulations ou barres verticales ;&lt;/li&gt;&lt;li&gt;titres et notes au-dessus de la ligne d&apos;en-tête, qui sont ignorés ;&lt;/li&gt;&lt;li&gt;l&apos;inventaire fédéral américain des cas d&apos;usage de l&apos;IA (OMB M-25-21) et l&apos;export de registre de Charter, reconnus à leurs en-têtes ; les autres présentations via un fichier de correspondance.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file in it.</source>
        <translation>%1 est un dossier ; choisissez un fichier qu&apos;il contient.</translation>
    </message>
    <message>
        <source>%1 cannot be read (no permission).</source>
        <translation>%1 ne peut pas être lu (permission refusée).</translation>
    </message>
</context>
<context>
    <name>charter::ImportIssuesModel</name>
    <message>
        <source>First on line %1: %2</source>
        <translation>Première occurrence ligne %1 : %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value in the file</source>
        <translation>Valeur dans le fichier</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
</context>
<context>
    <name>charter::ImportMappingPage</name>
    <message>
        <source>US federal AI use-case inventory (omb-2025)</source>
        <translation>Inventaire fédéral américain des cas d&apos;usage de l&apos;IA (omb-2025)</translation>
    </message>
    <message>
        <source>Charter register export (charter)</source>
        <translation>Export de registre Charter (charter)</translation>
    </message>
    <message>
        <source>Columns and Values</source>
        <translation>Colonnes et valeurs</translation>
    </message>
    <message>
        <source>Which column fills which register field, and the values Charter could not place. A mapping file can name other columns and values (see docs/mapping-file.md).</source>
        <translation>Quelle colonne remplit quel champ du registre, et les valeurs que Charter n&apos;a pas pu placer. Un fichier de correspondance peut nommer d&apos;autres colonnes et valeurs (voir docs/mapping-file.md).</translation>
    </message>
    <message>
        <source>Import profile</source>
        <translation>Profil d&apos;import</translation>
    </message>
    <message>
        <source>Detect from the header row</source>
        <translation>Détecter d&apos;après la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Mapping file</source>
        <translation>Fichier de correspondance</translation>
    </message>
    <message>
        <source>None: the profile alone</source>
        <translation>Aucun : le profil seul</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>&amp;Strict: import nothing when any row has a problem</source>
        <translation>&amp;Strict : ne rien importer si une ligne pose problème</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <source>&amp;Mapping file:</source>
        <translation>Fichier de &amp;correspondance :</translation>
    </message>
    <message>
        <source>Columns and the fields they fill</source>
        <translation>Colonnes et champs qu&apos;elles remplissent</translation>
    </message>
    <message>
        <source>Values that need attention</source>
        <translation>Valeurs à examiner</translation>
    </message>
    <message>
        <source>Trying the import with these settings…</source>
        <translation>Essai de l&apos;import avec ces paramètres…</translation>
    </message>
    <message>
        <source>The dry run was cancelled; change a setting to try again.</source>
        <translation>L&apos;essai à blanc a été annulé ; modifiez un paramètre pour réessayer.</translation>
    </message>
    <message>
        <source>No column mapping: the dry run failed.</source>
        <translation>Aucune correspondance de colonnes : l&apos;essai à blanc a échoué.</translation>
    </message>
    <message>
        <source>Profile %1: %2 of %3 columns fill a register field; the others are not imported.</source>
        <translation>Profil %1 : %2 colonnes sur %3 remplissent un champ du registre ; les autres ne sont pas importées.</translation>
    </message>
    <message>
        <source>Every value in the mapped columns was understood.</source>
        <translation>Chaque valeur des colonnes associées a été comprise.</translation>
    </message>
    <message>
        <source>%1 values need attention; each line says what happens to it (a value that is not understood is imported as unknown, a visible gap). A mapping file can give such values their meaning.</source>
        <translation>%1 valeurs sont à examiner ; chaque ligne indique ce qu&apos;il en advient (une valeur non comprise est importée comme inconnue, une lacune visible). Un fichier de correspondance peut donner un sens à ces valeurs.</translation>
    </message>
</context>
<context>
    <name>charter::ImportPreviewPage</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>The first rows of %1 as Charter reads them. Check that the text and the columns look right.</source>
        <translation>Les premières lignes de %1 telles que Charter les lit. Vérifiez que le texte et les colonnes sont corrects.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled. Go back to choose another file, or go back and forward to read it again.</source>
        <translation>La lecture du fichier a été annulée. Revenez en arrière pour choisir un autre fichier, ou revenez puis avancez pour le relire.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>A Charter portfolio: %1 systems, %2 people and %3 vendors with their risk profiles. No column mapping is needed.</source>
        <translation>Un portefeuille Charter : %1 systèmes, %2 personnes et %3 fournisseurs avec leurs profils de risque. Aucune correspondance de colonnes n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Encoding: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Encodage : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Separated by: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Séparé par : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Header row: &lt;b&gt;line %1&lt;/b&gt;</source>
        <translation>Ligne d&apos;en-tête : &lt;b&gt;ligne %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Rows below it: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Lignes en dessous : &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Lines above the header row are shown in grey; they are not imported.</source>
        <translation>Les lignes au-dessus de l&apos;en-tête sont en gris ; elles ne sont pas importées.</translation>
    </message>
    <message>
        <source>The first %1 rows are shown.</source>
        <translation>Les %1 premières lignes sont affichées.</translation>
    </message>
    <message>
        <source>%1 On the next page, choose a profile or a mapping file that names the columns.</source>
        <translation>%1 À la page suivante, choisissez un profil ou un fichier de correspondance qui nomme les colonnes.</translation>
    </message>
</context>
<context>
    <name>charter::ImportProfile</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1: cannot read the mapping file (%2).</source>
        <translation>%1 : impossible de lire le fichier de correspondance (%2).</translation>
    </message>
    <message>
        <source>the mapping file is larger than 4 MiB; it cannot be a mapping file.</source>
        <translation>le fichier de correspondance dépasse 4 Mio ; ce ne peut pas être un fichier de correspondance.</translation>
    </message>
    <message>
        <source>not valid JSON (%1).</source>
        <translation>JSON non valide (%1).</translation>
    </message>
    <message>
        <source>a mapping file is a JSON object with &quot;columns&quot; and optionally &quot;values&quot;, &quot;extends&quot; and &quot;name&quot;.</source>
        <translation>un fichier de correspondance est un objet JSON avec « columns » et, en option, « values », « extends » et « name ».</translation>
    </message>
    <message>
        <source>unknown key “%1”; a mapping file has the keys %2.</source>
        <translation>clé inconnue « %1 » ; un fichier de correspondance a les clés %2.</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>« %1 » doit être une chaîne.</translation>
    </message>
    <message>
        <source>“%1” must be an object.</source>
        <translation>« %1 » doit être un objet.</translation>
    </message>
    <message>
        <source>column “%1” maps to “%2”, which is not a register field. Fields: %3 (or null to leave the column out).</source>
        <translation>la colonne « %1 » correspond à « %2 », qui n&apos;est pas un champ du registre. Champs : %3 (ou null pour ignorer la colonne).</translation>
    </message>
    <message>
        <source>a non-string</source>
        <translation>une valeur non textuelle</translation>
    </message>
    <message>
        <source>“values” has “%1”, which is not a register field. Fields: %2.</source>
        <translation>« values » contient « %1 », qui n&apos;est pas un champ du registre. Champs : %2.</translation>
    </message>
    <message>
        <source>the field “%1” holds free text; only fields with fixed answers have value maps.</source>
        <translation>le champ « %1 » contient du texte libre ; seuls les champs à réponses fixes ont des tables de valeurs.</translation>
    </message>
    <message>
        <source>the value map of “%1” must be an object (cell text -&gt; register key).</source>
        <translation>la table de valeurs de « %1 » doit être un objet (texte de cellule -&gt; clé du registre).</translation>
    </message>
    <message>
        <source>“%1” → “%2”: the value must be one of %3.</source>
        <translation>« %1 » → « %2 » : la valeur doit être l&apos;une de %3.</translation>
    </message>
    <message>
        <source>the base profile “%1” does not exist; built-in profiles: %2.</source>
        <translation>le profil de base « %1 » n&apos;existe pas ; profils intégrés : %2.</translation>
    </message>
    <message>
        <source>no column maps to “name”; every system needs a name column (it also finds the header row).</source>
        <translation>aucune colonne ne correspond à « name » ; chaque système a besoin d&apos;une colonne de nom (elle sert aussi à trouver la ligne d&apos;en-tête).</translation>
    </message>
    <message>
        <source>“extends” names the profile “%1”, which does not exist; built-in profiles: %2.</source>
        <translation>« extends » nomme le profil « %1 », qui n&apos;existe pas ; profils intégrés : %2.</translation>
    </message>
</context>
<context>
    <name>charter::ImportRecordMapper</name>
    <message>
        <source>Imported from %1, line %2: %3</source>
        <translation>Importé depuis %1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a known %3 value; left unknown.</source>
        <translation>« %1 » dans la colonne « %2 » n&apos;est pas une valeur connue de %3 ; laissé inconnu.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not a date (YYYY-MM-DD); left empty.</source>
        <translation>« %1 » dans la colonne « %2 » n&apos;est pas une date (AAAA-MM-JJ) ; laissé vide.</translation>
    </message>
    <message>
        <source>“%1” in column “%2” is not an e-mail address; ignored.</source>
        <translation>« %1 » dans la colonne « %2 » n&apos;est pas une adresse électronique ; ignoré.</translation>
    </message>
    <message>
        <source>column “%1”: %2; the boundaries were not imported.</source>
        <translation>colonne « %1 » : %2 ; les limites n&apos;ont pas été importées.</translation>
    </message>
    <message>
        <source>column “%1”: %2; the escalation path was not imported.</source>
        <translation>colonne « %1 » : %2 ; le chemin d&apos;escalade n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>column “%1” names several vendors; the system is linked to “%2” only (also named: %3).</source>
        <translation>la colonne « %1 » nomme plusieurs fournisseurs ; le système n&apos;est lié qu&apos;à « %2 » (également nommés : %3).</translation>
    </message>
    <message>
        <source>the record has no name; it is named after its reference.</source>
        <translation>la fiche n&apos;a pas de nom ; elle prend le nom de sa référence.</translation>
    </message>
    <message>
        <source>Unnamed system (line %1)</source>
        <translation>Système sans nom (ligne %1)</translation>
    </message>
    <message>
        <source>the record has neither a name nor a reference; it is called “%1”.</source>
        <translation>la fiche n&apos;a ni nom ni référence ; elle s&apos;appelle « %1 ».</translation>
    </message>
    <message>
        <source>the reference “%1” is also used on line %2; both records were imported.</source>
        <translation>la référence « %1 » est aussi utilisée ligne %2 ; les deux fiches ont été importées.</translation>
    </message>
    <message>
        <source>the record has %1 cells but the header only %2; the cells beyond the header were not imported.</source>
        <translation>la fiche a %1 cellules mais l&apos;en-tête seulement %2 ; les cellules au-delà de l&apos;en-tête n&apos;ont pas été importées.</translation>
    </message>
</context>
<context>
    <name>charter::ImportReport</name>
    <message>
        <source>comma-separated</source>
        <translation>séparé par des virgules</translation>
    </message>
    <message>
        <source>semicolon-separated</source>
        <translation>séparé par des points-virgules</translation>
    </message>
    <message>
        <source>tab-separated</source>
        <translation>séparé par des tabulations</translation>
    </message>
    <message>
        <source>separated by “%1”</source>
        <translation>séparé par « %1 »</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1 [%2]</source>
        <translation>ligne %1 [%2]</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Import of %1: profile %2, %3, %4, header on line %5.</source>
        <translation>Import de %1 : profil %2, %3, %4, en-tête ligne %5.</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4.</source>
        <translation>%1, %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s) read</source>
        <translation>
            <numerusform>%n système lu</numerusform>
            <numerusform>%n systèmes lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n fournisseur</numerusform>
            <numerusform>%n fournisseurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blank row(s) skipped</source>
        <translation>
            <numerusform>%n ligne vide ignorée</numerusform>
            <numerusform>%n lignes vides ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns used: %1</source>
        <translation>Colonnes utilisées : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Columns not imported: %1</source>
        <translation>Colonnes non importées : %1</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), each also noted on its system:</source>
        <translation>
            <numerusform>%n problème, également noté sur son système :</numerusform>
            <numerusform>%n problèmes, chacun également noté sur son système :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::ImportReportPage</name>
    <message>
        <source>Dry Run</source>
        <translation>Essai à blanc</translation>
    </message>
    <message>
        <source>What the import would store, and every problem found. Nothing has been stored yet.</source>
        <translation>Ce que l&apos;import enregistrerait, et chaque problème trouvé. Rien n&apos;a encore été enregistré.</translation>
    </message>
    <message>
        <source>Problems found by the dry run</source>
        <translation>Problèmes trouvés par l&apos;essai à blanc</translation>
    </message>
    <message>
        <source>No problems found: every row maps onto the register.</source>
        <translation>Aucun problème : chaque ligne correspond au registre.</translation>
    </message>
    <message>
        <source>The report as text</source>
        <translation>Le rapport en texte</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copy the whole report as text, to paste it into an e-mail or a ticket</source>
        <translation>Copier tout le rapport en texte, pour le coller dans un courriel ou un ticket</translation>
    </message>
    <message>
        <source>Trying the import…</source>
        <translation>Essai de l&apos;import…</translation>
    </message>
    <message>
        <source>Importing adds &lt;b&gt;%1 systems&lt;/b&gt;, %2 people and %3 vendors to &lt;b&gt;%4&lt;/b&gt;, in one step: if anything fails, nothing is stored.</source>
        <translation>L&apos;import ajoute &lt;b&gt;%1 systèmes&lt;/b&gt;, %2 personnes et %3 fournisseurs à &lt;b&gt;%4&lt;/b&gt;, en une seule étape : en cas d&apos;échec, rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>By lifecycle: %1.</source>
        <translation>Par cycle de vie : %1.</translation>
    </message>
    <message>
        <source>Read with the profile %1; %2 columns used, %3 not imported; %4 blank rows skipped.</source>
        <translation>Lu avec le profil %1 ; %2 colonnes utilisées, %3 non importées ; %4 lignes vides ignorées.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 problems&lt;/b&gt;, listed below. Those systems are imported all the same; each line says what was kept, and the system gets a note.</source>
        <translation>&lt;b&gt;%1 problèmes&lt;/b&gt;, listés ci-dessous. Ces systèmes sont tout de même importés ; chaque ligne indique ce qui a été conservé, et le système reçoit une note.</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Problèmes (%1)</translation>
    </message>
    <message>
        <source>The file holds no systems; there is nothing to import.</source>
        <translation>Le fichier ne contient aucun système ; il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was stored; the register is as it was.</source>
        <translation>L&apos;import a été annulé. Rien n&apos;a été enregistré ; le registre est inchangé.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
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
        <translation>Importer des systèmes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Inventories (*.csv *.txt *.json);;CSV files (*.csv *.txt);;Charter portfolios (*.json);;All files (*)</source>
        <translation>Inventaires (*.csv *.txt *.json);;Fichiers CSV (*.csv *.txt);;Portefeuilles Charter (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a Mapping File</source>
        <translation>Choisir un fichier de correspondance</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Fichiers de correspondance (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the File</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import en cours</translation>
    </message>
    <message>
        <source>Storing the systems of %1…</source>
        <translation>Enregistrement des systèmes de %1…</translation>
    </message>
</context>
<context>
    <name>charter::InboxDialog</name>
    <message>
        <source>Waiting for Me</source>
        <translation>En attente de moi</translation>
    </message>
    <message>
        <source>&amp;Open System</source>
        <translation>&amp;Ouvrir le système</translation>
    </message>
    <message>
        <source>&amp;Act…</source>
        <translation>&amp;Agir…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Sign, decide or resubmit, as the selected item asks</source>
        <translation>Viser, décider ou soumettre à nouveau, selon ce que demande l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données ouverte.</translation>
    </message>
    <message>
        <source>Nothing is waiting for %1.</source>
        <translation>Rien n&apos;attend %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting for %1, oldest first. Double-click to open the system.</source>
        <translation>
            <numerusform>%n élément attend %1, du plus ancien au plus récent. Double-cliquez pour ouvrir le système.</numerusform>
            <numerusform>%n éléments attendent %1, du plus ancien au plus récent. Double-cliquez pour ouvrir le système.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::InboxModel</name>
    <message>
        <source>Sign-off</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Re-sign</source>
        <translation>Viser à nouveau</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <source>Address changes</source>
        <translation>Traiter les modifications</translation>
    </message>
    <message>
        <source>Re-review</source>
        <translation>Nouvelle revue</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>En attente depuis</translation>
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
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>expected %1, found %2.</source>
        <translation>%1 attendu, %2 trouvé.</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>une chaîne ou null</translation>
    </message>
    <message>
        <source>a whole number of 1 or more, or null</source>
        <translation>un nombre entier de 1 ou plus, ou null</translation>
    </message>
    <message>
        <source>a whole number of 0 or more, or null</source>
        <translation>un nombre entier de 0 ou plus, ou null</translation>
    </message>
    <message>
        <source>a whole number of 0 or more</source>
        <translation>un nombre entier de 0 ou plus</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD) or null</source>
        <translation>une date (AAAA-MM-JJ) ou null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date of the form YYYY-MM-DD, e.g. 2025-06-30.</source>
        <translation>« %1 » n&apos;est pas une date de la forme AAAA-MM-JJ, par ex. 2025-06-30.</translation>
    </message>
    <message>
        <source>an ISO 8601 date and time or null</source>
        <translation>une date et heure ISO 8601 ou null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date and time with a time zone, e.g. 2025-06-30T14:00:00Z.</source>
        <translation>« %1 » n&apos;est pas une date et heure ISO 8601 avec fuseau horaire, par ex. 2025-06-30T14:00:00Z.</translation>
    </message>
    <message>
        <source>is missing; it must be one of %1.</source>
        <translation>manque ; doit être l&apos;un de %1.</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;un de %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>« %1 » n&apos;est pas l&apos;un de %2.</translation>
    </message>
    <message>
        <source>unknown field. The fields here are: %1.</source>
        <translation>champ inconnu. Les champs ici sont : %1.</translation>
    </message>
</context>
<context>
    <name>charter::JsonDiff</name>
    <message>
        <source>%1 (%2 items instead of %3)</source>
        <translation>%1 (%2 éléments au lieu de %3)</translation>
    </message>
</context>
<context>
    <name>charter::LiveRefresh</name>
    <message>
        <source>The connection to the shared database was lost. Charter is reconnecting; your unsaved edits are kept.</source>
        <translation>La connexion à la base partagée a été perdue. Charter se reconnecte ; vos modifications non enregistrées sont conservées.</translation>
    </message>
</context>
<context>
    <name>charter::MainWindow</name>
    <message>
        <source>Open Charter Database</source>
        <translation>Ouvrir une base de données Charter</translation>
    </message>
    <message>
        <source>Charter databases (%1);;All files (*)</source>
        <translation>Bases de données Charter (%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Charter Database</source>
        <translation>Nouvelle base de données Charter</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Open an existing Charter database file</source>
        <translation>Ouvrir un fichier de base de données Charter existant</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Create a new Charter database file</source>
        <translation>Créer un nouveau fichier de base de données Charter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Read the register again from the database</source>
        <translation>Relire le registre depuis la base de données</translation>
    </message>
    <message>
        <source>&amp;Filter Systems</source>
        <translation>&amp;Filtrer les systèmes</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add the systems of a spreadsheet inventory or a Charter portfolio to the register</source>
        <translation>Ajouter au registre les systèmes d&apos;un inventaire de tableur ou d&apos;un portefeuille Charter</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the register to a JSON portfolio or a CSV file</source>
        <translation>Écrire le registre dans un portefeuille JSON ou un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Next System</source>
        <translation>Système &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous System</source>
        <translation>Système &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Charter</source>
        <translation>À &amp;propos de Charter</translation>
    </message>
    <message>
        <source>Create It…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Quick Filters</source>
        <translation>Filtres &amp;rapides</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>No register is open</source>
        <translation>Aucun registre ouvert</translation>
    </message>
    <message>
        <source>Open Database…</source>
        <translation>Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>New Database…</source>
        <translation>Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Creating %1 with the demo portfolio…</source>
        <translation>Création de %1 avec le portefeuille de démonstration…</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>Création de %1…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Created %1 with the demo portfolio: 1 fictional system to explore.</source>
        <translation>%1 créée avec le portefeuille de démonstration : 1 système fictif à explorer.</translation>
    </message>
    <message numerus="yes">
        <source>Created %1 with the demo portfolio: %n fictional systems to explore.</source>
        <translation>
            <numerusform>%1 créée avec le portefeuille de démonstration : %n système fictif à explorer.</numerusform>
            <numerusform>%1 créée avec le portefeuille de démonstration : %n systèmes fictifs à explorer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Created the empty register %1.</source>
        <translation>Registre vide %1 créé.</translation>
    </message>
    <message>
        <source>The database was upgraded to this version of Charter. A copy of the old file was kept at %1.</source>
        <translation>La base de données a été mise à niveau pour cette version de Charter. Une copie de l&apos;ancien fichier a été conservée à %1.</translation>
    </message>
    <message>
        <source>Select a system to see its owners, decision boundaries and risk explanation.</source>
        <translation>Sélectionnez un système pour voir ses responsables, ses limites de décision et l&apos;explication de son risque.</translation>
    </message>
    <message>
        <source>Charter could not open the database. %1</source>
        <translation>Charter n&apos;a pas pu ouvrir la base de données. %1</translation>
    </message>
    <message>
        <source>%1 is still open.</source>
        <translation>%1 reste ouverte.</translation>
    </message>
    <message>
        <source>Cannot show this system. %1</source>
        <translation>Impossible d&apos;afficher ce système. %1</translation>
    </message>
    <message>
        <source>%1 of 1 system</source>
        <translation>%1 sur 1 système</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n systems</source>
        <translation>
            <numerusform>%1 sur %n système</numerusform>
            <numerusform>%1 sur %n systèmes</numerusform>
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
        <translation>%1 existe déjà. Ouvrez-le ou choisissez un nouveau nom de fichier pour la nouvelle base de données.</translation>
    </message>
    <message>
        <source>No database is open. There is no Charter database at %1 yet.</source>
        <translation>Aucune base de données ouverte. Il n&apos;y a pas encore de base Charter à %1.</translation>
    </message>
    <message>
        <source>Imported %1 from %2 (%3 new people, %4 new vendors).</source>
        <translation>%1 importé(s) depuis %2 (%3 nouvelles personnes, %4 nouveaux fournisseurs).</translation>
    </message>
    <message>
        <source>1 system</source>
        <translation>1 système</translation>
    </message>
    <message numerus="yes">
        <source>%n systems</source>
        <translation>
            <numerusform>%n système</numerusform>
            <numerusform>%n systèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export en cours</translation>
    </message>
    <message>
        <source>Exporting the register to %1…</source>
        <translation>Export du registre vers %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>L&apos;export a été annulé ; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>The export failed. %1</source>
        <translation>L&apos;export a échoué. %1</translation>
    </message>
    <message>
        <source>Exported 1 system to %1.</source>
        <translation>1 système exporté vers %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n systems to %1.</source>
        <translation>
            <numerusform>%n système exporté vers %1.</numerusform>
            <numerusform>%n systèmes exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Charter %1</source>
        <translation>Charter %1</translation>
    </message>
    <message>
        <source>A governance console for AI systems: owners, decision boundaries, escalation paths, vendor risk and explained risk scores.</source>
        <translation>Une console de gouvernance des systèmes d&apos;IA : responsables, limites de décision, chemins d&apos;escalade, risque fournisseur et scores de risque expliqués.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>None open</source>
        <translation>Aucune ouverte</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version de schéma</translation>
    </message>
    <message>
        <source>%1 (this Charter reads up to %2)</source>
        <translation>%1 (ce Charter lit jusqu&apos;à %2)</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>About Charter</source>
        <translation>À propos de Charter</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Show the portfolio dashboard: tiles and charts that open the systems behind them</source>
        <translation>Afficher le tableau de bord du portefeuille : tuiles et graphiques qui ouvrent les systèmes correspondants</translation>
    </message>
    <message>
        <source>&amp;Board Exports</source>
        <translation>Exports du &amp;comité</translation>
    </message>
    <message>
        <source>&amp;Connect to Shared Database…</source>
        <translation>Se &amp;connecter à une base partagée…</translation>
    </message>
    <message>
        <source>Open a Charter database on a PostgreSQL server</source>
        <translation>Ouvrir une base Charter sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Open a Charter database, create a new one, or connect to a shared one.</source>
        <translation>Ouvrez une base Charter, créez-en une nouvelle ou connectez-vous à une base partagée.</translation>
    </message>
    <message>
        <source>Connect to Shared Database…</source>
        <translation>Se connecter à une base partagée…</translation>
    </message>
</context>
<context>
    <name>charter::MeetingListModel</name>
    <message numerus="yes">
        <source>%n attendee(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>charter::MeetingMinutes</name>
    <message numerus="yes">
        <source>%n item(s) without a decision</source>
        <translation>
            <numerusform>%n point sans décision</numerusform>
            <numerusform>%n points sans décision</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::MeetingRepository</name>
    <message>
        <source>reading the meetings</source>
        <translation>lecture des réunions</translation>
    </message>
    <message>
        <source>reading the meetings&apos; attendees</source>
        <translation>lecture des participants aux réunions</translation>
    </message>
    <message>
        <source>reading meeting %1</source>
        <translation>lecture de la réunion %1</translation>
    </message>
    <message>
        <source>There is no meeting %1 (see &apos;charter-cli meeting list&apos;).</source>
        <translation>Il n&apos;y a pas de réunion %1 (voir « charter-cli meeting list »).</translation>
    </message>
    <message>
        <source>reading the attendees of meeting %1</source>
        <translation>lecture des participants de la réunion %1</translation>
    </message>
    <message>
        <source>looking for the meeting before meeting %1</source>
        <translation>recherche de la réunion précédant la réunion %1</translation>
    </message>
    <message>
        <source>storing the meeting of %1</source>
        <translation>enregistrement de la réunion du %1</translation>
    </message>
    <message>
        <source>storing attendee %1 of meeting %2</source>
        <translation>enregistrement du participant %1 de la réunion %2</translation>
    </message>
    <message>
        <source>updating meeting %1</source>
        <translation>mise à jour de la réunion %1</translation>
    </message>
    <message>
        <source>clearing the risk tiers of meeting %1</source>
        <translation>effacement des niveaux de risque de la réunion %1</translation>
    </message>
    <message>
        <source>storing the risk tiers of meeting %1</source>
        <translation>enregistrement des niveaux de risque de la réunion %1</translation>
    </message>
    <message>
        <source>reading the risk tiers of meeting %1</source>
        <translation>lecture des niveaux de risque de la réunion %1</translation>
    </message>
    <message>
        <source>reading the agenda of meeting %1</source>
        <translation>lecture de l&apos;ordre du jour de la réunion %1</translation>
    </message>
    <message>
        <source>removing agenda item %1 of meeting %2</source>
        <translation>suppression du point %1 de la réunion %2</translation>
    </message>
    <message>
        <source>updating agenda item %1 of meeting %2</source>
        <translation>mise à jour du point %1 de la réunion %2</translation>
    </message>
    <message>
        <source>adding &quot;%1&quot; to the agenda of meeting %2</source>
        <translation>ajout de « %1 » à l&apos;ordre du jour de la réunion %2</translation>
    </message>
    <message>
        <source>reading the decisions of meeting %1</source>
        <translation>lecture des décisions de la réunion %1</translation>
    </message>
    <message>
        <source>reading the decision register</source>
        <translation>lecture du registre des décisions</translation>
    </message>
    <message>
        <source>recording a decision of meeting %1</source>
        <translation>enregistrement d&apos;une décision de la réunion %1</translation>
    </message>
    <message>
        <source>reading the meetings&apos; agendas</source>
        <translation>lors de la lecture des ordres du jour</translation>
    </message>
    <message>
        <source>reading the meeting decisions</source>
        <translation>lors de la lecture des décisions de réunion</translation>
    </message>
</context>
<context>
    <name>charter::MeetingService</name>
    <message>
        <source>Meeting %1 (%2) is closed; its agenda and decisions are final.</source>
        <translation>La réunion %1 (%2) est clôturée ; son ordre du jour et ses décisions sont définitifs.</translation>
    </message>
    <message>
        <source>A meeting needs a date (YYYY-MM-DD).</source>
        <translation>Une réunion a besoin d&apos;une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>A meeting needs the name of the board that meets.</source>
        <translation>Une réunion a besoin du nom du comité qui se réunit.</translation>
    </message>
    <message>
        <source>A meeting needs at least one attendee (a Charter account).</source>
        <translation>Une réunion a besoin d&apos;au moins un participant (un compte Charter).</translation>
    </message>
    <message>
        <source>Attendee &quot;%1&quot; is not an active Charter account (see &apos;charter-cli users list&apos;).</source>
        <translation>Le participant « %1 » n&apos;est pas un compte Charter actif (voir « charter-cli users list »).</translation>
    </message>
    <message>
        <source>An agenda item needs a title (or a system).</source>
        <translation>Un point de l&apos;ordre du jour a besoin d&apos;un titre (ou d&apos;un système).</translation>
    </message>
    <message>
        <source>Position %1 is outside the agenda (1 to %2).</source>
        <translation>La position %1 est hors de l&apos;ordre du jour (1 à %2).</translation>
    </message>
    <message>
        <source>Agenda item %1 (&quot;%2&quot;) has a recorded decision and stays on the agenda.</source>
        <translation>Le point %1 (« %2 ») a une décision enregistrée et reste à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>Agenda item %1 (&quot;%2&quot;) already has a decision in this meeting.</source>
        <translation>Le point %1 (« %2 ») a déjà une décision dans cette réunion.</translation>
    </message>
    <message>
        <source>Say why: a board decision needs its rationale.</source>
        <translation>Dites pourquoi : une décision du comité a besoin de sa justification.</translation>
    </message>
    <message>
        <source>&quot;Approve with conditions&quot; needs the conditions.</source>
        <translation>« Approuver sous conditions » a besoin des conditions.</translation>
    </message>
    <message>
        <source>Conditions belong to &quot;approve with conditions&quot;.</source>
        <translation>Les conditions vont avec « approuver sous conditions ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a board member attending meeting %2; attending board members: %3.</source>
        <translation>« %1 » n&apos;est pas un membre du comité présent à la réunion %2 ; membres du comité présents : %3.</translation>
    </message>
    <message>
        <source>Board meeting %1 (%2), decided by %3: %4</source>
        <translation>Réunion du comité %1 (%2), décidé par %3 : %4</translation>
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
        <translation>Réunions de revue</translation>
    </message>
    <message>
        <source>&lt;b&gt;Meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Réunions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Agenda</source>
        <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
        <source>Meeting &amp;Mode</source>
        <translation>Mode ré&amp;union</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>Procès-&amp;verbal</translation>
    </message>
    <message>
        <source>&amp;New Meeting…</source>
        <translation>&amp;Nouvelle réunion…</translation>
    </message>
    <message>
        <source>&amp;Close Meeting…</source>
        <translation>&amp;Clôturer la réunion…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation>&amp;Ajouter un point…</translation>
    </message>
    <message>
        <source>Re&amp;build</source>
        <translation>Reconstru&amp;ire</translation>
    </message>
    <message>
        <source>Build the agenda again from what needs the board now; items added by hand and decided items stay</source>
        <translation>Reconstruire l&apos;ordre du jour à partir de ce qui requiert le comité maintenant ; les points ajoutés à la main et les points décidés restent</translation>
    </message>
    <message>
        <source>&amp;Previous Item</source>
        <translation>Point &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next Item</source>
        <translation>Point suivan&amp;t</translation>
    </message>
    <message>
        <source>&amp;Record Decision…</source>
        <translation>&amp;Enregistrer la décision…</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>&amp;Save Minutes As…</source>
        <translation>Enre&amp;gistrer le procès-verbal sous…</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <source>&lt;i&gt;No meeting chosen. Create one with New Meeting.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune réunion choisie. Créez-en une avec « Nouvelle réunion ».&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 — %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; – %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>Meeting created with %n agenda item(s).</source>
        <translation>
            <numerusform>Réunion créée avec %n point à l&apos;ordre du jour.</numerusform>
            <numerusform>Réunion créée avec %n points à l&apos;ordre du jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;i&gt;The agenda is empty.&lt;/i&gt;</source>
        <translation>&lt;i&gt;L&apos;ordre du jour est vide.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Item %1 of %2: %3&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %4</source>
        <translation>&lt;span style=&apos;font-size:large&apos;&gt;&lt;b&gt;Point %1 sur %2 : %3&lt;/b&gt;&lt;/span&gt; &amp;nbsp; %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decided: %1.&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Décidé : %1.&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source> &lt;b&gt;Conditions:&lt;/b&gt; %1</source>
        <translation> &lt;b&gt;Conditions :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;i&gt;No decision recorded yet.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune décision enregistrée pour l&apos;instant.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>This item is not about one system.</source>
        <translation>Ce point ne concerne pas un système précis.</translation>
    </message>
    <message>
        <source>Decision recorded on item %1: %2.</source>
        <translation>Décision enregistrée sur le point %1 : %2.</translation>
    </message>
    <message>
        <source>minutes-%1</source>
        <translation>proces-verbal-%1</translation>
    </message>
    <message>
        <source>Save Minutes</source>
        <translation>Enregistrer le procès-verbal</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Minutes saved to %1.</source>
        <translation>Procès-verbal enregistré dans %1.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Saving…&lt;/i&gt;</source>
        <translation>&lt;i&gt;Enregistrement…&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>charter::MeetingsWorkspace</name>
    <message>
        <source>Review &amp;Meetings…</source>
        <translation>Ré&amp;unions de revue…</translation>
    </message>
    <message>
        <source>Prepare and run the board&apos;s review meetings: agenda, decisions, minutes</source>
        <translation>Préparer et tenir les réunions de revue du comité : ordre du jour, décisions, procès-verbal</translation>
    </message>
    <message>
        <source>&amp;Board Pack…</source>
        <translation>Dossier du co&amp;mité…</translation>
    </message>
    <message>
        <source>Write a meeting&apos;s board pack as PDF, HTML or Markdown</source>
        <translation>Écrire le dossier du comité d&apos;une réunion en PDF, HTML ou Markdown</translation>
    </message>
    <message>
        <source>&amp;Decision Register…</source>
        <translation>Registre des &amp;décisions…</translation>
    </message>
    <message>
        <source>Write every board decision as CSV or JSON</source>
        <translation>Écrire toutes les décisions du comité en CSV ou JSON</translation>
    </message>
    <message>
        <source>Review &amp;Calendar (.ics)…</source>
        <translation>&amp;Calendrier des revues (.ics)…</translation>
    </message>
    <message>
        <source>Write the re-review schedule as a calendar file</source>
        <translation>Écrire le calendrier des nouvelles revues dans un fichier d&apos;agenda</translation>
    </message>
    <message>
        <source>board-pack</source>
        <translation>dossier-comite</translation>
    </message>
    <message>
        <source>decision-register</source>
        <translation>registre-decisions</translation>
    </message>
    <message>
        <source>review-calendar</source>
        <translation>calendrier-revues</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export annulé ; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Board pack with %n agenda item(s) written to %1.</source>
        <translation>
            <numerusform>Dossier du comité avec %n point à l&apos;ordre du jour écrit dans %1.</numerusform>
            <numerusform>Dossier du comité avec %n points à l&apos;ordre du jour écrit dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) written to %1.</source>
        <translation>
            <numerusform>%n décision écrite dans %1.</numerusform>
            <numerusform>%n décisions écrites dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scheduled review(s) written to %1.</source>
        <translation>
            <numerusform>%n revue planifiée écrite dans %1.</numerusform>
            <numerusform>%n revues planifiées écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>charter::MetricTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Show these %n system(s) in the registry</source>
        <translation>
            <numerusform>Afficher %n système dans le registre</numerusform>
            <numerusform>Afficher ces %n systèmes dans le registre</numerusform>
        </translation>
    </message>
    <message>
        <source>No system</source>
        <translation>Aucun système</translation>
    </message>
</context>
<context>
    <name>charter::MetricsQueries</name>
    <message>
        <source>reading the systems for the dashboard</source>
        <translation>lecture des systèmes pour le tableau de bord</translation>
    </message>
    <message>
        <source>reading the vendors for the dashboard</source>
        <translation>lecture des fournisseurs pour le tableau de bord</translation>
    </message>
    <message>
        <source>counting the %1 per month</source>
        <translation>comptage des %1 par mois</translation>
    </message>
    <message>
        <source>finding sign-offs given before the last edit</source>
        <translation>recherche des visas donnés avant la dernière modification</translation>
    </message>
</context>
<context>
    <name>charter::NewMeetingDialog</name>
    <message>
        <source>New Meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>AI governance board</source>
        <translation>Comité de gouvernance de l&apos;IA</translation>
    </message>
    <message>
        <source>%1 (%2) — %3</source>
        <translation>%1 (%2) – %3</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Comité :</translation>
    </message>
    <message>
        <source>&amp;Attendees:</source>
        <translation>&amp;Participants :</translation>
    </message>
    <message>
        <source>Create Meeting</source>
        <translation>Créer la réunion</translation>
    </message>
</context>
<context>
    <name>charter::OverviewSection</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>What the system is, who uses it, and where it stands. Only the name is required; every empty answer is a visible gap.</source>
        <translation>Ce qu&apos;est le système, qui l&apos;utilise et où il en est. Seul le nom est obligatoire ; chaque réponse vide est une lacune visible.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Required: the name people know it by</source>
        <translation>Obligatoire : le nom sous lequel on le connaît</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité opérationnelle</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Modèle de déploiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Optional: your own id, e.g. from a spreadsheet</source>
        <translation>Facultatif : votre propre identifiant, par ex. issu d&apos;un tableur</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Planifiée le</translation>
    </message>
    <message>
        <source>Not scheduled — a gap</source>
        <translation>Non planifiée – une lacune</translation>
    </message>
    <message>
        <source>Next review scheduled</source>
        <translation>Prochaine revue planifiée</translation>
    </message>
    <message>
        <source>Next review date</source>
        <translation>Date de la prochaine revue</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité :</translation>
    </message>
    <message>
        <source>Business unit:</source>
        <translation>Unité opérationnelle :</translation>
    </message>
    <message>
        <source>Lifecycle:</source>
        <translation>Cycle de vie :</translation>
    </message>
    <message>
        <source>Deployment:</source>
        <translation>Déploiement :</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Prochaine revue :</translation>
    </message>
    <message>
        <source>Import notes:</source>
        <translation>Notes d&apos;import :</translation>
    </message>
    <message>
        <source>Mark &amp;Resolved</source>
        <translation>Marquer comme &amp;résolu</translation>
    </message>
    <message>
        <source>The problems are fixed: remove the notes (counts as risk until then)</source>
        <translation>Les problèmes sont corrigés : supprimer les notes (elles comptent comme risque jusque-là)</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>En retard de 1 jour</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n days</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::OwnershipSection</name>
    <message>
        <source>Ownership</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Who answers for this system. Each role is one person from the people directory; a role nobody holds is a gap.</source>
        <translation>Qui répond de ce système. Chaque rôle est une personne de l&apos;annuaire ; un rôle que personne n&apos;occupe est une lacune.</translation>
    </message>
    <message>
        <source>Accountable owner:</source>
        <translation>Responsable :</translation>
    </message>
    <message>
        <source>Answers for the system&apos;s outcomes and signs for it.</source>
        <translation>Répond des résultats du système et le vise.</translation>
    </message>
    <message>
        <source>Business owner:</source>
        <translation>Responsable métier :</translation>
    </message>
    <message>
        <source>Uses the output and decides on it.</source>
        <translation>Utilise les résultats et décide sur leur base.</translation>
    </message>
    <message>
        <source>Technical owner:</source>
        <translation>Responsable technique :</translation>
    </message>
    <message>
        <source>Maintains the system.</source>
        <translation>Maintient le système.</translation>
    </message>
    <message>
        <source>Support owner:</source>
        <translation>Responsable du support :</translation>
    </message>
    <message>
        <source>Supports it when it fails.</source>
        <translation>L&apos;assiste en cas de panne.</translation>
    </message>
    <message>
        <source>IT contact:</source>
        <translation>Contact informatique :</translation>
    </message>
    <message>
        <source>IT&apos;s point of contact for the system.</source>
        <translation>Interlocuteur de l&apos;informatique pour le système.</translation>
    </message>
    <message>
        <source>Unknown — nobody named</source>
        <translation>Inconnu – personne de désigné</translation>
    </message>
    <message>
        <source>Nobody is named: a gap that counts as risk.</source>
        <translation>Personne de désigné : une lacune qui compte comme risque.</translation>
    </message>
    <message>
        <source>New Person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>New person as %1</source>
        <translation>Nouvelle personne comme %1</translation>
    </message>
</context>
<context>
    <name>charter::PeopleDirectoryView</name>
    <message>
        <source>Filter by name, e-mail, title or department</source>
        <translation>Filtrer par nom, courriel, fonction ou service</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrer les personnes</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Add someone to the people directory</source>
        <translation>Ajouter quelqu&apos;un à l&apos;annuaire des personnes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>charter::PeopleModel</name>
    <message>
        <source>Unknown person (#%1)</source>
        <translation>Personne inconnue (n° %1)</translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation>Personne sans nom</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>charter::PeopleRepository</name>
    <message>
        <source>reading the people directory</source>
        <translation>lecture de l&apos;annuaire des personnes</translation>
    </message>
    <message>
        <source>reading person %1</source>
        <translation>lecture de la personne %1</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Il n&apos;y a pas de personne avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>adding %1 to the people directory</source>
        <translation>ajout de %1 à l&apos;annuaire des personnes</translation>
    </message>
    <message>
        <source>updating %1 in the people directory</source>
        <translation>mise à jour de %1 dans l&apos;annuaire des personnes</translation>
    </message>
</context>
<context>
    <name>charter::Permissions</name>
    <message>
        <source>Accounts: &quot;%1&quot; is not a Charter account of this database, so it may only read. Ask an administrator to add it (&apos;charter-cli users add %1 --role contributor&apos;).</source>
        <translation>Comptes : « %1 » n&apos;est pas un compte Charter de cette base de données et ne peut donc que lire. Demandez à un administrateur de l&apos;ajouter (« charter-cli users add %1 --role contributor »).</translation>
    </message>
    <message>
        <source>Accounts: the account &quot;%1&quot; is deactivated, so it may only read. Ask an administrator to reactivate it.</source>
        <translation>Comptes : le compte « %1 » est désactivé et ne peut donc que lire. Demandez à un administrateur de le réactiver.</translation>
    </message>
    <message>
        <source>approve it</source>
        <translation>l&apos;approuver</translation>
    </message>
    <message>
        <source>request changes to it</source>
        <translation>y demander des modifications</translation>
    </message>
    <message>
        <source>reject it</source>
        <translation>le rejeter</translation>
    </message>
    <message>
        <source>reinstate it</source>
        <translation>le rétablir</translation>
    </message>
    <message>
        <source>decide on it</source>
        <translation>en décider</translation>
    </message>
    <message>
        <source>Separation of duties: administrators manage users, roles and policy but cannot %1. Use an account without the admin role.</source>
        <translation>Séparation des tâches : les administrateurs gèrent utilisateurs, rôles et politique mais ne peuvent pas %1. Utilisez un compte sans le rôle admin.</translation>
    </message>
    <message>
        <source>Roles: changing the register needs the contributor, it_reviewer or board role; &quot;%1&quot; has %2.</source>
        <translation>Rôles : modifier le registre requiert le rôle contributor, it_reviewer ou board ; « %1 » a %2.</translation>
    </message>
    <message>
        <source>Roles: managing accounts and roles needs the admin role; &quot;%1&quot; has %2.</source>
        <translation>Rôles : gérer les comptes et les rôles requiert le rôle admin ; « %1 » a %2.</translation>
    </message>
    <message>
        <source>Roles: submitting a system for review needs the contributor, it_reviewer or board role; &quot;%1&quot; has %2.</source>
        <translation>Rôles : soumettre un système pour revue requiert le rôle contributor, it_reviewer ou board ; « %1 » a %2.</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>approuver</translation>
    </message>
    <message>
        <source>decide reviews</source>
        <translation>trancher les revues</translation>
    </message>
    <message>
        <source>Roles: review decisions need the it_reviewer or board role; &quot;%1&quot; has %2.</source>
        <translation>Rôles : les décisions de revue requièrent le rôle it_reviewer ou board ; « %1 » a %2.</translation>
    </message>
    <message>
        <source>Separation of duties: you submitted this system, so you cannot %1.</source>
        <translation>Séparation des tâches : vous avez soumis ce système, vous ne pouvez donc pas %1.</translation>
    </message>
    <message>
        <source>sign off systems</source>
        <translation>viser des systèmes</translation>
    </message>
    <message>
        <source>Separation of duties: you submitted this system, so you cannot sign it.</source>
        <translation>Séparation des tâches : vous avez soumis ce système, vous ne pouvez donc pas le viser.</translation>
    </message>
    <message>
        <source>Roles: the IT review sign-off needs the it_reviewer role; &quot;%1&quot; has %2.</source>
        <translation>Rôles : le visa de revue informatique requiert le rôle it_reviewer ; « %1 » a %2.</translation>
    </message>
    <message>
        <source>Roles: the board sign-off needs the board role; &quot;%1&quot; has %2.</source>
        <translation>Rôles : le visa du comité requiert le rôle board ; « %1 » a %2.</translation>
    </message>
    <message>
        <source>Ownership: only the accountable owner signs ownership, and this system names none. Name its accountable owner first.</source>
        <translation>Responsabilité : seul le responsable vise la responsabilité, et ce système n&apos;en désigne aucun. Désignez d&apos;abord son responsable.</translation>
    </message>
    <message>
        <source>Ownership: only the accountable owner&apos;s own account can give the ownership sign-off; &quot;%1&quot; is not linked to the accountable owner.</source>
        <translation>Responsabilité : seul le compte du responsable peut donner le visa de responsabilité ; « %1 » n&apos;est pas lié au responsable.</translation>
    </message>
    <message>
        <source>Separation of duties: the %1 board sign-offs must come from different board members, and you have already signed.</source>
        <translation>Séparation des tâches : les %1 visas du comité doivent venir de membres différents, et vous avez déjà visé.</translation>
    </message>
    <message>
        <source>You already signed this review as %1 and your sign-off is still current; there is nothing to re-sign.</source>
        <translation>Vous avez déjà visé cette revue en tant que %1 et votre visa est toujours valable ; il n&apos;y a rien à viser à nouveau.</translation>
    </message>
    <message>
        <source>Separation of duties: you already signed this review as %1; each required sign-off needs a different person.</source>
        <translation>Séparation des tâches : vous avez déjà visé cette revue en tant que %1 ; chaque visa requis exige une personne différente.</translation>
    </message>
    <message>
        <source>Roles: recording overrides and incidents needs the contributor, it_reviewer or board role, or being one of the system&apos;s owners; &quot;%1&quot; has %2.</source>
        <translation>Rôles : enregistrer des dérogations et des incidents requiert le rôle contributor, it_reviewer ou board, ou d&apos;être l&apos;un des responsables du système ; « %1 » a %2.</translation>
    </message>
    <message>
        <source>Roles: suspending a system needs the it_reviewer or board role; &quot;%1&quot; has %2.</source>
        <translation>Rôles : suspendre un système nécessite le rôle it_reviewer ou board ; « %1 » a %2.</translation>
    </message>
    <message>
        <source>Roles: retiring a system needs the it_reviewer or board role; &quot;%1&quot; has %2.</source>
        <translation>Rôles : retirer un système nécessite le rôle it_reviewer ou board ; « %1 » a %2.</translation>
    </message>
</context>
<context>
    <name>charter::PersonDelegate</name>
    <message>
        <source>Type to search</source>
        <translation>Saisir pour rechercher</translation>
    </message>
</context>
<context>
    <name>charter::PersonDialog</name>
    <message>
        <source>New Person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Add to Directory</source>
        <translation>Ajouter à l&apos;annuaire</translation>
    </message>
    <message>
        <source>The person is added to the people directory, where every system can name them.</source>
        <translation>La personne est ajoutée à l&apos;annuaire, où chaque système peut la désigner.</translation>
    </message>
</context>
<context>
    <name>charter::PersonDraft</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
</context>
<context>
    <name>charter::PersonEditor</name>
    <message>
        <source>Named in the register</source>
        <translation>Désignée dans le registre</translation>
    </message>
    <message>
        <source>Where this person is named in the register</source>
        <translation>Où cette personne est désignée dans le registre</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Cannot list where this person is named. %1</source>
        <translation>Impossible de lister où cette personne est désignée. %1</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable du support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>Contact informatique</translation>
    </message>
    <message>
        <source>Escalation, %1 severity</source>
        <translation>Escalade, gravité %1</translation>
    </message>
    <message>
        <source>Named in the register: nowhere yet</source>
        <translation>Désignée dans le registre : nulle part pour l&apos;instant</translation>
    </message>
    <message>
        <source>Named in 1 system</source>
        <translation>Désignée dans 1 système</translation>
    </message>
    <message numerus="yes">
        <source>Named in %n systems</source>
        <translation>
            <numerusform>Désignée dans %n système</numerusform>
            <numerusform>Désignée dans %n systèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Unnamed person</source>
        <translation>Personne sans nom</translation>
    </message>
</context>
<context>
    <name>charter::PersonForm</name>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Required: first and last name</source>
        <translation>Obligatoire : prénom et nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Fonction :</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Service :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
</context>
<context>
    <name>charter::Policy</name>
    <message>
        <source>%1: a risk policy must be a JSON object</source>
        <translation>%1 : une politique de risque doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2, column %3: %4</source>
        <translation>%1 : JSON non valide ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is not a known risk factor (known factors: %3)</source>
        <translation>%1 : le champ « %2 » n&apos;est pas un facteur de risque connu (facteurs connus : %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be true or false</source>
        <translation>%1 : le champ « %2 » doit être true ou false</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is not a question group (known groups: %3)</source>
        <translation>%1 : le champ « %2 » n&apos;est pas un groupe de questions (groupes connus : %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be one of: %3</source>
        <translation>%1 : le champ « %2 » doit valoir l&apos;un de : %3</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be a whole number from %3 to %4</source>
        <translation>%1 : le champ « %2 » doit être un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be text</source>
        <translation>%1 : le champ « %2 » doit être du texte</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must not be empty</source>
        <translation>%1 : le champ « %2 » ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is not part of a risk policy (check the spelling; expected one of: %3)</source>
        <translation>%1 : le champ « %2 » ne fait pas partie d&apos;une politique de risque (vérifiez l&apos;orthographe ; attendu l&apos;un de : %3)</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; is missing</source>
        <translation>%1 : le champ « %2 » manque</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; must be a JSON object</source>
        <translation>%1 : le champ « %2 » doit être un objet JSON</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1 : champ « %2 » : %3</translation>
    </message>
    <message>
        <source>must be 1 or more</source>
        <translation>doit être 1 ou plus</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>thresholds must increase from above 0: medium %1, high %2, critical %3</source>
        <translation>les seuils doivent croître à partir de plus de 0 : moyen %1, élevé %2, critique %3</translation>
    </message>
    <message>
        <source>an approval must need at least one sign-off</source>
        <translation>une approbation doit exiger au moins un visa</translation>
    </message>
    <message>
        <source>ownership is 0 or 1; other sign-offs from 0 to %1</source>
        <translation>la responsabilité vaut 0 ou 1 ; les autres visas de 0 à %1</translation>
    </message>
    <message>
        <source>points must not be negative</source>
        <translation>les points ne doivent pas être négatifs</translation>
    </message>
</context>
<context>
    <name>charter::PolicyRepository</name>
    <message>
        <source>reading the risk policy</source>
        <translation>lecture de la politique de risque</translation>
    </message>
    <message>
        <source>Risk policy version %1 already exists; a changed policy needs a new version number.</source>
        <translation>La version %1 de la politique de risque existe déjà ; une politique modifiée a besoin d&apos;un nouveau numéro de version.</translation>
    </message>
    <message>
        <source>storing risk policy version %1</source>
        <translation>enregistrement de la version %1 de la politique de risque</translation>
    </message>
</context>
<context>
    <name>charter::PortfolioJson</name>
    <message>
        <source>this is not a Charter portfolio: there is no &quot;format&quot; field (expected &quot;%1&quot;).</source>
        <translation>ce n&apos;est pas un portefeuille Charter : il n&apos;y a pas de champ « format » (« %1 » attendu).</translation>
    </message>
    <message>
        <source>this is not a Charter portfolio: &quot;format&quot; is %1, expected &quot;%2&quot;.</source>
        <translation>ce n&apos;est pas un portefeuille Charter : « format » vaut %1, « %2 » attendu.</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>pas une chaîne</translation>
    </message>
    <message>
        <source>the portfolio has no &quot;version&quot; field, so it cannot be read safely. Add &quot;version&quot;: %1 if it was written for this format.</source>
        <translation>le portefeuille n&apos;a pas de champ « version », il ne peut donc pas être lu sans risque. Ajoutez &quot;version&quot;: %1 s&apos;il a été écrit pour ce format.</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number such as %1.</source>
        <translation>« version » doit être un nombre entier comme %1.</translation>
    </message>
    <message>
        <source>the portfolio has format version %1, written by a newer Charter; this Charter reads version %2. Update Charter to open it.</source>
        <translation>le portefeuille est au format version %1, écrit par un Charter plus récent ; ce Charter lit la version %2. Mettez Charter à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>unknown field. The fields here are: %1.</source>
        <translation>champ inconnu. Les champs ici sont : %1.</translation>
    </message>
    <message>
        <source>expected an array.</source>
        <translation>un tableau est attendu.</translation>
    </message>
    <message>
        <source>expected an object.</source>
        <translation>un objet est attendu.</translation>
    </message>
    <message>
        <source>id %1 is already used by %2[%3]; ids must be unique within the file.</source>
        <translation>l&apos;id %1 est déjà utilisé par %2[%3] ; les id doivent être uniques dans le fichier.</translation>
    </message>
    <message>
        <source>no person with id %1 in &quot;people&quot;. Add the person or set the field to null.</source>
        <translation>aucune personne avec l&apos;id %1 dans « people ». Ajoutez la personne ou mettez le champ à null.</translation>
    </message>
    <message>
        <source>no vendor with id %1 in &quot;vendors&quot;. Add the vendor or set the field to null.</source>
        <translation>aucun fournisseur avec l&apos;id %1 dans « vendors ». Ajoutez le fournisseur ou mettez le champ à null.</translation>
    </message>
    <message>
        <source>portfolio</source>
        <translation>portefeuille</translation>
    </message>
    <message>
        <source>the file is empty; a Charter portfolio is a JSON object.</source>
        <translation>le fichier est vide ; un portefeuille Charter est un objet JSON.</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: not valid JSON: %4. The file may be truncated or edited by hand; fix it or export it again.</source>
        <translation>%1, ligne %2, colonne %3 : JSON non valide : %4. Le fichier est peut-être tronqué ou modifié à la main ; corrigez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <source>this is not a Charter portfolio: the file must contain one JSON object, not an array or a value.</source>
        <translation>ce n&apos;est pas un portefeuille Charter : le fichier doit contenir un objet JSON, pas un tableau ni une valeur.</translation>
    </message>
</context>
<context>
    <name>charter::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language, and with it the format of dates and numbers, is chosen when Charter starts.</source>
        <translation>La langue, et avec elle le format des dates et des nombres, est choisie au démarrage de Charter.</translation>
    </message>
    <message>
        <source>The new language takes effect when Charter is started again.</source>
        <translation>La nouvelle langue prendra effet au prochain démarrage de Charter.</translation>
    </message>
</context>
<context>
    <name>charter::PreviewTableModel</name>
    <message>
        <source>Line %1: the header row</source>
        <translation>Ligne %1 : la ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>Line %1: above the header row, not imported</source>
        <translation>Ligne %1 : au-dessus de l&apos;en-tête, non importée</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
</context>
<context>
    <name>charter::ProblemLabel</name>
    <message>
        <source>Problem: %1</source>
        <translation>Problème : %1</translation>
    </message>
</context>
<context>
    <name>charter::ProgressDialog</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancelling; undoing what was done so far…</source>
        <translation>Annulation ; ce qui a été fait est défait…</translation>
    </message>
</context>
<context>
    <name>charter::QuickFilterBar</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Risk Tier</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>&amp;High Risk and Above</source>
        <translation>Risque &amp;élevé et au-delà</translation>
    </message>
    <message>
        <source>Show only systems of risk tier High or Critical</source>
        <translation>N&apos;afficher que les systèmes de niveau de risque Élevé ou Critique</translation>
    </message>
    <message>
        <source>Has &amp;Gaps</source>
        <translation>Avec &amp;lacunes</translation>
    </message>
    <message>
        <source>Show only systems with at least one question answered “unknown”</source>
        <translation>N&apos;afficher que les systèmes ayant au moins une question répondue « inconnu »</translation>
    </message>
    <message>
        <source>Review &amp;Overdue</source>
        <translation>Revue en re&amp;tard</translation>
    </message>
    <message>
        <source>Show only systems whose next review date has passed</source>
        <translation>N&apos;afficher que les systèmes dont la date de prochaine revue est passée</translation>
    </message>
    <message>
        <source>&amp;No Accountable Owner</source>
        <translation>Sans &amp;responsable</translation>
    </message>
    <message>
        <source>Show only systems with nobody named accountable owner</source>
        <translation>N&apos;afficher que les systèmes sans responsable désigné</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>E&amp;ffacer les filtres</translation>
    </message>
    <message>
        <source>Show every system: clear the text and the quick filters</source>
        <translation>Afficher tous les systèmes : effacer le texte et les filtres rapides</translation>
    </message>
    <message>
        <source>Show only:</source>
        <translation>Afficher seulement :</translation>
    </message>
    <message>
        <source>Risk tier filter</source>
        <translation>Filtre par niveau de risque</translation>
    </message>
    <message>
        <source>Lifecycle filter</source>
        <translation>Filtre par cycle de vie</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Show only systems of the checked risk tiers</source>
        <translation>N&apos;afficher que les systèmes des niveaux de risque cochés</translation>
    </message>
    <message>
        <source>Show only systems in the checked lifecycle stages</source>
        <translation>N&apos;afficher que les systèmes dans les phases du cycle de vie cochées</translation>
    </message>
</context>
<context>
    <name>charter::RecentDatabasesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>Remove &amp;Missing Files</source>
        <translation>Retirer les fichiers &amp;manquants</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Vider le menu</translation>
    </message>
    <message>
        <source>%1 – shared database</source>
        <translation>%1 – base de données partagée</translation>
    </message>
    <message>
        <source>%1 – shared database on %2</source>
        <translation>%1 – base de données partagée sur %2</translation>
    </message>
</context>
<context>
    <name>charter::RecordDraft</name>
    <message>
        <source>Change “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
</context>
<context>
    <name>charter::RegisterCopy</name>
    <message>
        <source>%1 is at schema version %2 but %3 is at %4; open both with this Charter first.</source>
        <translation>%1 est à la version de schéma %2 mais %3 est à %4 ; ouvrez d&apos;abord les deux avec ce Charter.</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 holds %3 rows); Charter copies only into an empty database, so nothing was written.</source>
        <translation>%1 n&apos;est pas vide (%2 contient %3 lignes) ; Charter ne copie que dans une base vide, rien n&apos;a donc été écrit.</translation>
    </message>
</context>
<context>
    <name>charter::RegisterCsv</name>
    <message>
        <source>boundary %1: “%2” is not an influence level (%3)</source>
        <translation>limite %1 : « %2 » n&apos;est pas un niveau d&apos;influence (%3)</translation>
    </message>
    <message>
        <source>step %1 is not “severity | Name &lt;email&gt; | channel | minutes” with a severity of %2</source>
        <translation>l&apos;étape %1 n&apos;a pas la forme « gravité | Nom &lt;courriel&gt; | canal | minutes » avec une gravité parmi %2</translation>
    </message>
    <message>
        <source>step %1: “%2” is not a number of minutes</source>
        <translation>étape %1 : « %2 » n&apos;est pas un nombre de minutes</translation>
    </message>
    <message>
        <source>boundary %1 has %2 parts; a boundary is “decision | influence | human intervention | failure handling | uncertainty”</source>
        <translation>la limite %1 a %2 parties ; une limite est « décision | influence | intervention humaine | gestion des défaillances | incertitude »</translation>
    </message>
</context>
<context>
    <name>charter::RegisterService</name>
    <message>
        <source>risk policy version %1 in %2</source>
        <translation>politique de risque version %1 dans %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. Restore it from a backup.</source>
        <translation>%1 est endommagé : %2. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>Charter&apos;s default risk policy installed</source>
        <translation>Politique de risque par défaut de Charter installée</translation>
    </message>
    <message>
        <source>A system refers to person %1, who is not in the portfolio.</source>
        <translation>Un système fait référence à la personne %1, absente du portefeuille.</translation>
    </message>
    <message>
        <source>System &quot;%1&quot; refers to vendor %2, which is not in the portfolio.</source>
        <translation>Le système « %1 » fait référence au fournisseur %2, absent du portefeuille.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>L&apos;import a été annulé ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>charter::RegistryCheck</name>
    <message>
        <source>The %1 rows of the register cannot be read: %2</source>
        <translation>Les lignes %1 du registre ne peuvent pas être lues : %2</translation>
    </message>
    <message>
        <source>%1 has no audit entry: it was added outside Charter.</source>
        <translation>%1 n&apos;a pas d&apos;entrée d&apos;audit : il a été ajouté hors de Charter.</translation>
    </message>
    <message>
        <source>%1 was deleted by entry %2 but is in the register again: it was restored outside Charter.</source>
        <translation>%1 a été supprimé par l&apos;entrée %2 mais figure de nouveau au registre : il a été restauré hors de Charter.</translation>
    </message>
    <message>
        <source>%1 differs from its last audited state (entry %2): %3 changed outside Charter.</source>
        <translation>%1 diffère de son dernier état audité (entrée %2) : %3 modifié hors de Charter.</translation>
    </message>
    <message>
        <source>%1 (last audited in entry %2) is gone from the register without a delete entry: it was deleted outside Charter.</source>
        <translation>%1 (audité en dernier à l&apos;entrée %2) a disparu du registre sans entrée de suppression : il a été supprimé hors de Charter.</translation>
    </message>
</context>
<context>
    <name>charter::RegistryModel</name>
    <message>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>Nobody is named accountable owner of this system: a governance gap.</source>
        <translation>Aucun responsable n&apos;est désigné pour ce système : une lacune de gouvernance.</translation>
    </message>
    <message>
        <source>It is not known whether a vendor is involved: a governance gap.</source>
        <translation>On ne sait pas si un fournisseur intervient : une lacune de gouvernance.</translation>
    </message>
    <message>
        <source>Every question is answered</source>
        <translation>Toutes les questions ont une réponse</translation>
    </message>
    <message>
        <source>1 question answered &quot;unknown&quot;</source>
        <translation>1 question répondue « inconnu »</translation>
    </message>
    <message numerus="yes">
        <source>%n questions answered &quot;unknown&quot;</source>
        <translation>
            <numerusform>%n question répondue « inconnu »</numerusform>
            <numerusform>%n questions répondues « inconnu »</numerusform>
        </translation>
    </message>
    <message>
        <source>No review is scheduled.</source>
        <translation>Aucune revue planifiée.</translation>
    </message>
    <message>
        <source>Review overdue since %1.</source>
        <translation>Revue en retard depuis le %1.</translation>
    </message>
    <message>
        <source>Risk score: the sum of the points of every risk factor</source>
        <translation>Score de risque : la somme des points de chaque facteur de risque</translation>
    </message>
    <message>
        <source>Share of the register&apos;s questions that are answered</source>
        <translation>Part des questions du registre qui ont une réponse</translation>
    </message>
    <message>
        <source>Your organisation&apos;s own reference for the system</source>
        <translation>La référence propre à votre organisation pour le système</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité opérationnelle</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Niveau de risque</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Revue prévue</translation>
    </message>
</context>
<context>
    <name>charter::RegistryScopeChip</name>
    <message>
        <source>Show every system again</source>
        <translation>Afficher à nouveau tous les systèmes</translation>
    </message>
    <message>
        <source>Remove the dashboard scope</source>
        <translation>Retirer la sélection du tableau de bord</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n system(s)</source>
        <translation>
            <numerusform>%1 – %n système</numerusform>
            <numerusform>%1 – %n systèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::RegistryView</name>
    <message>
        <source>Filter by name, reference, business unit, owner or vendor (Ctrl+F)</source>
        <translation>Filtrer par nom, référence, unité, responsable ou fournisseur (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter systems</source>
        <translation>Filtrer les systèmes</translation>
    </message>
    <message>
        <source>Clear Filter Text</source>
        <translation>Effacer le texte du filtre</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Saved views: filters, sort and columns by name</source>
        <translation>Vues enregistrées : filtres, tri et colonnes sous un nom</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>AI systems</source>
        <translation>Systèmes d&apos;IA</translation>
    </message>
</context>
<context>
    <name>charter::RegulatorySection</name>
    <message>
        <source>Regulatory classification</source>
        <translation>Classification réglementaire</translation>
    </message>
    <message>
        <source>How regulation sees the system. An unknown classification counts as risk until someone has assessed it.</source>
        <translation>Comment la réglementation voit le système. Une classification inconnue compte comme risque jusqu&apos;à ce que quelqu&apos;un l&apos;ait évaluée.</translation>
    </message>
    <message>
        <source>The EU AI Act&apos;s risk category for this use of AI.</source>
        <translation>La catégorie de risque de l&apos;AI Act de l&apos;UE pour cet usage de l&apos;IA.</translation>
    </message>
    <message>
        <source>The organisation&apos;s role under the EU AI Act for this system.</source>
        <translation>Le rôle de l&apos;organisation au sens de l&apos;AI Act de l&apos;UE pour ce système.</translation>
    </message>
    <message>
        <source>Is it high-impact AI in the sense of the US OMB guidance?</source>
        <translation>S&apos;agit-il d&apos;une IA à impact élevé au sens des lignes directrices de l&apos;OMB américain ?</translation>
    </message>
    <message>
        <source>EU AI Act category:</source>
        <translation>Catégorie AI Act UE :</translation>
    </message>
    <message>
        <source>EU AI Act role:</source>
        <translation>Rôle AI Act UE :</translation>
    </message>
    <message>
        <source>US OMB high-impact:</source>
        <translation>OMB (É.-U.) impact élevé :</translation>
    </message>
</context>
<context>
    <name>charter::Renderer</name>
    <message>
        <source>Governance board</source>
        <translation>Comité de gouvernance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Comité</translation>
    </message>
    <message>
        <source>Not named</source>
        <translation>Non désigné</translation>
    </message>
    <message>
        <source>Standing agenda: everything that needs the board today</source>
        <translation>Ordre du jour permanent : tout ce qui requiert le comité aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>%n systems</source>
        <translation>Systèmes : %n</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparé</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Portfolio tiles and charts</source>
        <translation>Tuiles et graphiques du portefeuille</translation>
    </message>
    <message>
        <source>Why each system needs the board</source>
        <translation>Pourquoi chaque système requiert le comité</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>One page per agenda system: owners, decision boundaries, escalation path, vendor profile, risk explanation, open sign-offs, history since the last review</source>
        <translation>Une page par système à l&apos;ordre du jour : responsables, limites de décision, chemin d&apos;escalade, profil fournisseur, explication du risque, visas en attente, historique depuis la dernière revue</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Procès-verbal</translation>
    </message>
    <message>
        <source>Decisions recorded in the meeting</source>
        <translation>Décisions enregistrées pendant la réunion</translation>
    </message>
    <message>
        <source>Audit tree head</source>
        <translation>Tête d&apos;arbre de la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Root hash</source>
        <translation>Hachage racine</translation>
    </message>
    <message>
        <source>Not sealed</source>
        <translation>Non scellé</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Synthèse du portefeuille</translation>
    </message>
    <message>
        <source>Nothing needs the board.</source>
        <translation>Rien ne requiert le comité.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why it needs the board</source>
        <translation>Pourquoi le comité est sollicité</translation>
    </message>
    <message>
        <source>Agenda item %1 of %2 · system %3</source>
        <translation>Point %1 sur %2 · système %3</translation>
    </message>
    <message>
        <source>%1 risk · %2 points</source>
        <translation>Risque %1 · %2 points</translation>
    </message>
    <message>
        <source>Business unit unknown</source>
        <translation>Unité opérationnelle inconnue</translation>
    </message>
    <message>
        <source>Lifecycle: %1</source>
        <translation>Cycle de vie : %1</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow : %1</translation>
    </message>
    <message>
        <source>%1% of answers known</source>
        <translation>%1 % des réponses connues</translation>
    </message>
    <message>
        <source>On the agenda</source>
        <translation>À l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Limites de décision</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Chemin d&apos;escalade</translation>
    </message>
    <message>
        <source>Vendor: %1</source>
        <translation>Fournisseur : %1</translation>
    </message>
    <message>
        <source>Risk explanation</source>
        <translation>Explication du risque</translation>
    </message>
    <message>
        <source>No risk factors.</source>
        <translation>Aucun facteur de risque.</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>Approval and sign-offs</source>
        <translation>Approbation et visas</translation>
    </message>
    <message>
        <source>Last approval</source>
        <translation>Dernière approbation</translation>
    </message>
    <message>
        <source>Never approved</source>
        <translation>Jamais approuvé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Rien d&apos;ouvert</translation>
    </message>
    <message>
        <source>History since %1</source>
        <translation>Historique depuis le %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <source>%n earlier entries not shown (charter-cli audit lists them).</source>
        <translation>Entrées antérieures non affichées : %n (charter-cli audit les liste).</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>n° %1 · %2</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>No vendor profile.</source>
        <translation>Aucun profil fournisseur.</translation>
    </message>
</context>
<context>
    <name>charter::ReviewCalendar</name>
    <message>
        <source>Re-review of the approval of %1 (%2 risk: every %3 months)</source>
        <translation>Nouvelle revue de l&apos;approbation de %1 (risque %2 : tous les %3 mois)</translation>
    </message>
    <message>
        <source>The approval expires</source>
        <translation>L&apos;approbation expire</translation>
    </message>
    <message>
        <source>Next review date in the register</source>
        <translation>Date de prochaine revue dans le registre</translation>
    </message>
    <message>
        <source>AI system re-reviews</source>
        <translation>Nouvelles revues des systèmes d&apos;IA</translation>
    </message>
    <message>
        <source>Risk tier: %1</source>
        <translation>Niveau de risque : %1</translation>
    </message>
    <message>
        <source>Accountable owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>nobody named (a gap)</source>
        <translation>personne de désigné (une lacune)</translation>
    </message>
    <message>
        <source>Workflow: %1</source>
        <translation>Workflow : %1</translation>
    </message>
    <message>
        <source>Why this date: %1</source>
        <translation>Pourquoi cette date : %1</translation>
    </message>
    <message>
        <source>Charter system id: %1</source>
        <translation>Id de système Charter : %1</translation>
    </message>
    <message>
        <source>Re-review: %1 (%2 risk)</source>
        <translation>Nouvelle revue : %1 (risque %2)</translation>
    </message>
    <message>
        <source>AI governance</source>
        <translation>Gouvernance de l&apos;IA</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>charter::RiskEngine</name>
    <message>
        <source>Decides autonomously on safety-related matters</source>
        <translation>Décide de manière autonome sur des sujets liés à la sécurité des personnes</translation>
    </message>
    <message>
        <source>Decides autonomously on at least one decision</source>
        <translation>Décide de manière autonome pour au moins une décision</translation>
    </message>
    <message>
        <source>Processes personal data</source>
        <translation>Traite des données personnelles</translation>
    </message>
    <message>
        <source>Uses production data</source>
        <translation>Utilise des données de production</translation>
    </message>
    <message>
        <source>Is used for safety-related matters</source>
        <translation>Est utilisé pour des sujets liés à la sécurité des personnes</translation>
    </message>
    <message>
        <source>Sends data outside the organisation for processing</source>
        <translation>Envoie des données hors de l&apos;organisation pour traitement</translation>
    </message>
    <message>
        <source>Connects to cloud services</source>
        <translation>Se connecte à des services cloud</translation>
    </message>
    <message>
        <source>Classified as high-risk under the EU AI Act</source>
        <translation>Classé à haut risque au sens de l&apos;AI Act de l&apos;UE</translation>
    </message>
    <message>
        <source>Classified as a prohibited practice under the EU AI Act</source>
        <translation>Classé comme pratique interdite au sens de l&apos;AI Act de l&apos;UE</translation>
    </message>
    <message>
        <source>Flagged as high-impact under US OMB guidance</source>
        <translation>Signalé à impact élevé selon les lignes directrices de l&apos;OMB américain</translation>
    </message>
    <message>
        <source>No accountable owner is named</source>
        <translation>Aucun responsable désigné</translation>
    </message>
    <message>
        <source>No escalation path is defined</source>
        <translation>Aucun chemin d&apos;escalade défini</translation>
    </message>
    <message>
        <source>Decision boundaries are not documented</source>
        <translation>Les limites de décision ne sont pas documentées</translation>
    </message>
    <message>
        <source>It is not known whether a vendor is involved</source>
        <translation>On ne sait pas si un fournisseur intervient</translation>
    </message>
    <message>
        <source>Vendor viability is rated weak</source>
        <translation>Viabilité du fournisseur jugée faible</translation>
    </message>
    <message>
        <source>Vendor exit options are rated weak</source>
        <translation>Options de sortie du fournisseur jugées faibles</translation>
    </message>
    <message>
        <source>Data portability from the vendor is rated weak</source>
        <translation>Portabilité des données du fournisseur jugée faible</translation>
    </message>
    <message>
        <source>Vendor roadmap stability is rated weak</source>
        <translation>Stabilité de la feuille de route du fournisseur jugée faible</translation>
    </message>
    <message>
        <source>Vendor support maturity is rated weak</source>
        <translation>Maturité du support du fournisseur jugée faible</translation>
    </message>
    <message>
        <source>No review is scheduled</source>
        <translation>Aucune revue planifiée</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Inconnu : %1</translation>
    </message>
    <message>
        <source>Decides autonomously on: %1</source>
        <translation>Décide de manière autonome sur : %1</translation>
    </message>
    <message numerus="yes">
        <source>Vendor contract ends on %1 (in %n day(s))</source>
        <translation>
            <numerusform>Le contrat fournisseur prend fin le %1 (dans %n jour)</numerusform>
            <numerusform>Le contrat fournisseur prend fin le %1 (dans %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vendor contract ends today (%1)</source>
        <translation>Le contrat fournisseur prend fin aujourd&apos;hui (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Vendor contract ended on %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Le contrat fournisseur a pris fin le %1 (il y a %n jour)</numerusform>
            <numerusform>Le contrat fournisseur a pris fin le %1 (il y a %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vendor gives only %n day(s) of notice before retiring a model (policy: at least %1)</source>
        <translation>
            <numerusform>Le fournisseur ne donne que %n jour de préavis avant de retirer un modèle (politique : au moins %1)</numerusform>
            <numerusform>Le fournisseur ne donne que %n jours de préavis avant de retirer un modèle (politique : au moins %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review was due on %1 (%n day(s) overdue)</source>
        <translation>
            <numerusform>La revue était due le %1 (en retard de %n jour)</numerusform>
            <numerusform>La revue était due le %1 (en retard de %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Import found data quality problems: %1</source>
        <translation>L&apos;import a trouvé des problèmes de qualité des données : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n escalation step(s) lack a named person or a response-time target</source>
        <translation>
            <numerusform>%n étape d&apos;escalade sans personne désignée ni délai cible</numerusform>
            <numerusform>%n étapes d&apos;escalade sans personne désignée ni délai cible</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendor&apos;s notice before retiring a model is unknown</source>
        <translation>Le préavis du fournisseur avant le retrait d&apos;un modèle est inconnu</translation>
    </message>
</context>
<context>
    <name>charter::RiskPanel</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Limites de décision</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Chemin d&apos;escalade</translation>
    </message>
    <message>
        <source>Data and security</source>
        <translation>Données et sécurité</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Support model</source>
        <translation>Modèle de support</translation>
    </message>
    <message>
        <source>Regulatory classification</source>
        <translation>Classification réglementaire</translation>
    </message>
    <message>
        <source>Risk explanation</source>
        <translation>Explication du risque</translation>
    </message>
    <message>
        <source>The risk is assessed once a register is open.</source>
        <translation>Le risque est évalué dès qu&apos;un registre est ouvert.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>Risque %1</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>%1% complete</source>
        <translation>%1 % complet</translation>
    </message>
    <message>
        <source>your edits lower the score by %1</source>
        <translation>vos modifications abaissent le score de %1</translation>
    </message>
    <message>
        <source>your edits raise the score by %1</source>
        <translation>vos modifications augmentent le score de %1</translation>
    </message>
    <message>
        <source>Saved: %1 risk, score %2; %3.</source>
        <translation>Enregistré : risque %1, score %2 ; %3.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>No risk factor is raised.</source>
        <translation>Aucun facteur de risque n&apos;est relevé.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>What would lower this</source>
        <translation>Ce qui l&apos;abaisserait</translation>
    </message>
    <message>
        <source>Low is the lowest tier.</source>
        <translation>Faible est le niveau le plus bas.</translation>
    </message>
    <message>
        <source>No single factor lowers the tier on its own.</source>
        <translation>Aucun facteur ne fait baisser le niveau à lui seul.</translation>
    </message>
    <message>
        <source>Resolving these %1 together lowers it to %2 (−%3 points):</source>
        <translation>Résoudre ces %1 ensemble l&apos;abaisse à %2 (−%3 points) :</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Répondre : %1</translation>
    </message>
    <message>
        <source>Resolve: %1</source>
        <translation>Résoudre : %1</translation>
    </message>
    <message>
        <source>lowers the tier to %1 (−%2 points)</source>
        <translation>abaisse le niveau à %1 (−%2 points)</translation>
    </message>
    <message>
        <source>1 unanswered question</source>
        <translation>1 question sans réponse</translation>
    </message>
    <message numerus="yes">
        <source>%n unanswered questions</source>
        <translation>
            <numerusform>%n question sans réponse</numerusform>
            <numerusform>%n questions sans réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::RolesService</name>
    <message>
        <source>First account of this database: administrator and contributor</source>
        <translation>Premier compte de cette base de données : administrateur et contributeur</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;; see &apos;charter-cli users list&apos;.</source>
        <translation>Il n&apos;y a pas de compte « %1 » ; voir « charter-cli users list ».</translation>
    </message>
    <message>
        <source>Accounts: &quot;%1&quot; is the last active administrator; make another account admin first.</source>
        <translation>Comptes : « %1 » est le dernier administrateur actif ; faites d&apos;abord d&apos;un autre compte un administrateur.</translation>
    </message>
</context>
<context>
    <name>charter::RowIds</name>
    <message>
        <source>numbering new rows of %1</source>
        <translation>lors de la numérotation des nouvelles lignes de %1</translation>
    </message>
</context>
<context>
    <name>charter::RowTableEditor</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a row below the selected one (Insert)</source>
        <translation>Ajouter une ligne sous la ligne sélectionnée (Inser)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Supprimer la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected row up (Alt+Up)</source>
        <translation>Monter la ligne sélectionnée (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected row down (Alt+Down)</source>
        <translation>Descendre la ligne sélectionnée (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>charter::SavedViewsMenu</name>
    <message>
        <source>Saved &amp;Views</source>
        <translation>&amp;Vues enregistrées</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view (filter text, quick filters, sort and columns):</source>
        <translation>Nom de la vue (texte du filtre, filtres rapides, tri et colonnes) :</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <source>Remember the filters, sort and columns under a name</source>
        <translation>Mémoriser les filtres, le tri et les colonnes sous un nom</translation>
    </message>
    <message>
        <source>&amp;Delete View</source>
        <translation>&amp;Supprimer la vue</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Aucune vue enregistrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Apply the view “%1”</source>
        <translation>Appliquer la vue « %1 »</translation>
    </message>
</context>
<context>
    <name>charter::ScreenshotRunner</name>
    <message>
        <source>Timed out while taking the screenshots.</source>
        <translation>Délai dépassé pendant les captures d&apos;écran.</translation>
    </message>
    <message>
        <source>Cannot show %1; it is left out.</source>
        <translation>Impossible d&apos;afficher %1 ; il est omis.</translation>
    </message>
    <message>
        <source>The database has nothing to show in %1; it is left out.</source>
        <translation>La base de données n&apos;a rien à afficher dans %1 ; il est omis.</translation>
    </message>
    <message>
        <source>The import wizard could not be opened.</source>
        <translation>L&apos;assistant d&apos;import n&apos;a pas pu s&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot write the screenshot %1.</source>
        <translation>Impossible d&apos;écrire la capture d&apos;écran %1.</translation>
    </message>
    <message>
        <source>The database has no review meeting; meeting.png is left out.</source>
        <translation>La base de données n&apos;a pas de réunion de revue ; meeting.png est omis.</translation>
    </message>
</context>
<context>
    <name>charter::SectionList</name>
    <message>
        <source>%1: every question answered</source>
        <translation>%1 : toutes les questions ont une réponse</translation>
    </message>
    <message>
        <source>%1: 1 unanswered question</source>
        <translation>%1 : 1 question sans réponse</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unanswered questions</source>
        <translation>
            <numerusform>%1 : %n question sans réponse</numerusform>
            <numerusform>%1 : %n questions sans réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>charter::ServerSetup</name>
    <message>
        <source>looking for Charter&apos;s roles</source>
        <translation>recherche des rôles de Charter</translation>
    </message>
    <message>
        <source>%1 is a Charter file: its roles are enforced by Charter itself. init-server sets up a shared PostgreSQL database.</source>
        <translation>%1 est un fichier Charter : ses rôles sont appliqués par Charter lui-même. init-server met en place une base PostgreSQL partagée.</translation>
    </message>
    <message>
        <source>setting up the server (%1)</source>
        <translation>configuration du serveur (%1)</translation>
    </message>
    <message>
        <source>identifying the login</source>
        <translation>identification de l&apos;identifiant</translation>
    </message>
    <message>
        <source>listing the tables</source>
        <translation>liste des tables</translation>
    </message>
    <message>
        <source>The login %1 does not own Charter&apos;s tables (%2 belong to %3). Run init-server as the owner of the tables.</source>
        <translation>L&apos;identifiant %1 ne possède pas les tables de Charter (%2 appartiennent à %3). Lancez init-server en tant que propriétaire des tables.</translation>
    </message>
    <message>
        <source>looking for the role %1</source>
        <translation>recherche du rôle %1</translation>
    </message>
    <message>
        <source>The role %1 does not exist and the login %2 may not create roles. Ask a superuser to run &quot;CREATE ROLE %1 %3&quot; for each of %4, or to give %2 CREATEROLE.</source>
        <translation>Le rôle %1 n&apos;existe pas et l&apos;identifiant %2 ne peut pas créer de rôles. Demandez à un superutilisateur d&apos;exécuter « CREATE ROLE %1 %3 » pour chacun de %4, ou de donner CREATEROLE à %2.</translation>
    </message>
    <message>
        <source>Created the role %1 (%2).</source>
        <translation>Rôle %1 créé (%2).</translation>
    </message>
    <message>
        <source>The role %1 exists with more power than Charter gives it (login, superuser, BYPASSRLS or similar), and %2 cannot take it away: ask a superuser to run &quot;ALTER ROLE %1 %3&quot;. %4</source>
        <translation>Le rôle %1 existe avec plus de pouvoirs que Charter ne lui en donne (login, superutilisateur, BYPASSRLS ou similaire), et %2 ne peut pas les lui retirer : demandez à un superutilisateur d&apos;exécuter « ALTER ROLE %1 %3 ». %4</translation>
    </message>
    <message>
        <source>Reset the role %1 to %2.</source>
        <translation>Rôle %1 réinitialisé à %2.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another login: check that Charter&apos;s roles may connect to it (GRANT CONNECT ON DATABASE %1 TO ...).</source>
        <translation>La base de données %1 appartient à un autre identifiant : vérifiez que les rôles de Charter peuvent s&apos;y connecter (GRANT CONNECT ON DATABASE %1 TO ...).</translation>
    </message>
    <message>
        <source>The schema %1 belongs to another login: check that PUBLIC may not create tables in it (REVOKE CREATE ON SCHEMA %1 FROM PUBLIC).</source>
        <translation>Le schéma %1 appartient à un autre identifiant : vérifiez que PUBLIC ne peut pas y créer de tables (REVOKE CREATE ON SCHEMA %1 FROM PUBLIC).</translation>
    </message>
    <message>
        <source>Granted %1: read everything.</source>
        <translation>Accordé à %1 : tout lire.</translation>
    </message>
    <message>
        <source>Granted %1: read everything, write the register and the workflow.</source>
        <translation>Accordé à %1 : tout lire, écrire le registre et le workflow.</translation>
    </message>
    <message>
        <source>Granted %1: read everything, write accounts, roles and the risk policy.</source>
        <translation>Accordé à %1 : tout lire, écrire les comptes, les rôles et la politique de risque.</translation>
    </message>
    <message>
        <source>Append-only for every application role (no UPDATE, DELETE or TRUNCATE): %1.</source>
        <translation>Ajout seul pour chaque rôle applicatif (ni UPDATE, ni DELETE, ni TRUNCATE) : %1.</translation>
    </message>
    <message>
        <source>Only %1 may create tables in %2 or change the schema version.</source>
        <translation>Seul %1 peut créer des tables dans %2 ou changer la version de schéma.</translation>
    </message>
    <message>
        <source>Changes made outside Charter are recorded by triggers in %1 and sealed into the audit trail by the next write through Charter.</source>
        <translation>Les modifications faites hors de Charter sont enregistrées par des déclencheurs dans %1 et scellées dans la piste d&apos;audit à la prochaine écriture via Charter.</translation>
    </message>
    <message>
        <source>Separation of duties is enforced by the server: whoever submitted a system cannot sign it off or decide on it.</source>
        <translation>La séparation des tâches est appliquée par le serveur : qui a soumis un système ne peut ni le viser ni en décider.</translation>
    </message>
    <message>
        <source>Row-level security: sign-offs, workflow events, overrides, incidents and audit entries can only be added in the login&apos;s own name.</source>
        <translation>Sécurité au niveau des lignes : visas, événements de workflow, dérogations, incidents et entrées d&apos;audit ne peuvent être ajoutés qu&apos;au nom de l&apos;identifiant lui-même.</translation>
    </message>
</context>
<context>
    <name>charter::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
</context>
<context>
    <name>charter::SignOffDialog</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Sign Off</source>
        <translation>Viser</translation>
    </message>
    <message>
        <source>Optional note recorded with the sign-off</source>
        <translation>Note facultative enregistrée avec le visa</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Viser</translation>
    </message>
    <message>
        <source>Content SHA-256:</source>
        <translation>SHA-256 du contenu :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>What you sign (the record&apos;s canonical content):</source>
        <translation>Ce que vous visez (le contenu canonique de la fiche) :</translation>
    </message>
    <message>
        <source>You sign &lt;b&gt;%1&lt;/b&gt; as &lt;b&gt;%2&lt;/b&gt; (%3 risk, review cycle %4). The signature is bound to this exact content; a later material change makes it stale.</source>
        <translation>Vous visez &lt;b&gt;%1&lt;/b&gt; en tant que &lt;b&gt;%2&lt;/b&gt; (risque %3, cycle de revue %4). Le visa est lié à ce contenu exact ; une modification substantielle ultérieure le rend périmé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Re-sign required.&lt;/b&gt; Your sign-off of %1 (content %2…) went stale: the record changed since. What changed:</source>
        <translation>&lt;b&gt;Nouveau visa requis.&lt;/b&gt; Votre visa du %1 (contenu %2…) est périmé : la fiche a changé depuis. Ce qui a changé :</translation>
    </message>
    <message>
        <source>Re-&amp;sign</source>
        <translation>Viser à &amp;nouveau</translation>
    </message>
    <message>
        <source>%1 (material): %2 → %3</source>
        <translation>%1 (substantiel) : %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>charter::SignOffEvaluation</name>
    <message>
        <source>%1: %2 of %3 current</source>
        <translation>%1 : %2 sur %3 valables</translation>
    </message>
    <message>
        <source>(stale, re-sign required: %1)</source>
        <translation>(périmé, nouveau visa requis : %1)</translation>
    </message>
</context>
<context>
    <name>charter::SignOffRepository</name>
    <message>
        <source>reading the sign-offs of system %1</source>
        <translation>lecture des visas du système %1</translation>
    </message>
    <message>
        <source>reading the sign-offs of the systems in review</source>
        <translation>lecture des visas des systèmes en revue</translation>
    </message>
    <message>
        <source>recording the sign-off on system %1</source>
        <translation>enregistrement du visa sur le système %1</translation>
    </message>
    <message>
        <source>reading the sign-offs of the current review cycles</source>
        <translation>lecture des validations des cycles de revue en cours</translation>
    </message>
</context>
<context>
    <name>charter::SpreadsheetImporter</name>
    <message>
        <source>There is no import profile “%1”; built-in profiles: %2.</source>
        <translation>Il n&apos;y a pas de profil d&apos;import « %1 » ; profils intégrés : %2.</translation>
    </message>
    <message>
        <source>%1, lines 1-%2, name: no header row found; no row has a name column (%3). Add a header row, or name the column in a mapping file.</source>
        <translation>%1, lignes 1-%2, nom : aucune ligne d&apos;en-tête trouvée ; aucune ligne n&apos;a de colonne de nom (%3). Ajoutez une ligne d&apos;en-tête, ou nommez la colonne dans un fichier de correspondance.</translation>
    </message>
    <message>
        <source>%1: reading was cancelled; nothing was imported.</source>
        <translation>%1 : la lecture a été annulée ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1, line %2%3: %4 Strict import: nothing was imported.</source>
        <translation>%1, ligne %2%3 : %4 Import strict : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2).</source>
        <translation>%1 : illisible (%2).</translation>
    </message>
    <message>
        <source>%1: the file is larger than 512 MiB; split it.</source>
        <translation>%1 : le fichier dépasse 512 Mio ; divisez-le.</translation>
    </message>
    <message>
        <source>%1: the file is empty; there is no header row.</source>
        <translation>%1 : le fichier est vide ; il n&apos;y a pas de ligne d&apos;en-tête.</translation>
    </message>
</context>
<context>
    <name>charter::SubmitDialog</name>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Another change is still being saved. Try again in a moment.</source>
        <translation>Une autre modification est en cours d&apos;enregistrement. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>charter::SupportSection</name>
    <message>
        <source>Support model</source>
        <translation>Modèle de support</translation>
    </message>
    <message>
        <source>Who keeps the system running, how it is updated, and what happens when something goes wrong.</source>
        <translation>Qui fait fonctionner le système, comment il est mis à jour, et ce qui se passe en cas de problème.</translation>
    </message>
    <message>
        <source>Maintained by:</source>
        <translation>Maintenu par :</translation>
    </message>
    <message>
        <source>Update handling:</source>
        <translation>Gestion des mises à jour :</translation>
    </message>
    <message>
        <source>Issue escalation:</source>
        <translation>Escalade des incidents :</translation>
    </message>
</context>
<context>
    <name>charter::SystemDetailPane</name>
    <message>
        <source>Select a system to see its owners, decision boundaries and risk explanation.</source>
        <translation>Sélectionnez un système pour voir ses responsables, ses limites de décision et l&apos;explication de son risque.</translation>
    </message>
</context>
<context>
    <name>charter::SystemDraft</name>
    <message>
        <source>Revert to the saved system</source>
        <translation>Revenir au système enregistré</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité opérationnelle</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Deployment model</source>
        <translation>Modèle de déploiement</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Revue prévue</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notes d&apos;import</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable du support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>Contact informatique</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Production data</source>
        <translation>Données de production</translation>
    </message>
    <message>
        <source>Safety-related</source>
        <translation>Lié à la sécurité des personnes</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Résidence des données</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Périmètre d&apos;accès</translation>
    </message>
    <message>
        <source>External processing</source>
        <translation>Traitement externe</translation>
    </message>
    <message>
        <source>Cloud connectivity</source>
        <translation>Connectivité cloud</translation>
    </message>
    <message>
        <source>Credential handling</source>
        <translation>Gestion des identifiants</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation>Maintenu par</translation>
    </message>
    <message>
        <source>Update handling</source>
        <translation>Gestion des mises à jour</translation>
    </message>
    <message>
        <source>Issue escalation</source>
        <translation>Escalade des incidents</translation>
    </message>
    <message>
        <source>EU AI Act category</source>
        <translation>Catégorie selon l&apos;AI Act de l&apos;UE</translation>
    </message>
    <message>
        <source>EU AI Act role</source>
        <translation>Rôle selon l&apos;AI Act de l&apos;UE</translation>
    </message>
    <message>
        <source>US OMB high-impact</source>
        <translation>OMB (États-Unis) : impact élevé</translation>
    </message>
</context>
<context>
    <name>charter::SystemEditor</name>
    <message>
        <source>System editor</source>
        <translation>Éditeur de système</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Store the edits in the register</source>
        <translation>Enregistrer les modifications dans le registre</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
    <message>
        <source>Go back to the saved system (can be undone)</source>
        <translation>Revenir au système enregistré (peut être annulé)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the editor and go back to the register</source>
        <translation>Fermer l&apos;éditeur et revenir au registre</translation>
    </message>
    <message>
        <source>Load Their Version</source>
        <translation>Charger leur version</translation>
    </message>
    <message>
        <source>Save Mine Over Theirs</source>
        <translation>Enregistrer la mienne par-dessus</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Next Section</source>
        <translation>Section suivante</translation>
    </message>
    <message>
        <source>Previous Section</source>
        <translation>Section précédente</translation>
    </message>
    <message>
        <source>New system</source>
        <translation>Nouveau système</translation>
    </message>
    <message>
        <source>Unnamed system</source>
        <translation>Système sans nom</translation>
    </message>
    <message>
        <source>Cannot open the system for editing. %1</source>
        <translation>Impossible d&apos;ouvrir le système pour le modifier. %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Pas encore enregistré : %1</translation>
    </message>
    <message>
        <source>Not saved: “%1” was changed by someone else since you opened it. Your edits are still here. Load their version (Undo brings your edits back), or save yours over theirs.</source>
        <translation>Non enregistré : « %1 » a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert. Vos modifications sont toujours là. Chargez leur version (Annuler ramène vos modifications), ou enregistrez la vôtre par-dessus.</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edits are still here.</source>
        <translation>Non enregistré : %1 Vos modifications sont toujours là.</translation>
    </message>
    <message>
        <source>Cannot read their version. %1</source>
        <translation>Impossible de lire leur version. %1</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Charger leur version</translation>
    </message>
    <message>
        <source>Their version is loaded. Undo brings your edits back.</source>
        <translation>Leur version est chargée. Annuler ramène vos modifications.</translation>
    </message>
    <message>
        <source>No system open</source>
        <translation>Aucun système ouvert</translation>
    </message>
    <message>
        <source>New system — not saved yet</source>
        <translation>Nouveau système – pas encore enregistré</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved · version %1 · last changed %2</source>
        <translation>Enregistré · version %1 · dernière modification %2</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>The person was not added. %1</source>
        <translation>La personne n&apos;a pas été ajoutée. %1</translation>
    </message>
    <message>
        <source>The vendor was not added. %1</source>
        <translation>Le fournisseur n&apos;a pas été ajouté. %1</translation>
    </message>
</context>
<context>
    <name>charter::SystemRepository</name>
    <message>
        <source>reading system %1</source>
        <translation>lecture du système %1</translation>
    </message>
    <message>
        <source>There is no AI system with id %1.</source>
        <translation>Il n&apos;y a pas de système d&apos;IA avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>reading the register</source>
        <translation>lecture du registre</translation>
    </message>
    <message>
        <source>reading decision boundaries</source>
        <translation>lecture des limites de décision</translation>
    </message>
    <message>
        <source>reading escalation paths</source>
        <translation>lecture des chemins d&apos;escalade</translation>
    </message>
    <message>
        <source>reading the systems of vendor %1</source>
        <translation>lecture des systèmes du fournisseur %1</translation>
    </message>
    <message>
        <source>reading the roles of person %1</source>
        <translation>lecture des rôles de la personne %1</translation>
    </message>
    <message>
        <source>reading the escalation steps of person %1</source>
        <translation>lecture des étapes d&apos;escalade de la personne %1</translation>
    </message>
    <message>
        <source>counting systems</source>
        <translation>comptage des systèmes</translation>
    </message>
    <message>
        <source>looking up system %1</source>
        <translation>recherche du système %1</translation>
    </message>
    <message>
        <source>No AI system has the id or exact name &quot;%1&quot;. Use &apos;charter-cli list&apos; to see the register.</source>
        <translation>Aucun système d&apos;IA n&apos;a l&apos;id ou le nom exact « %1 ». Utilisez « charter-cli list » pour voir le registre.</translation>
    </message>
    <message>
        <source>Several AI systems are named &quot;%1&quot;; name one by its id.</source>
        <translation>Plusieurs systèmes d&apos;IA s&apos;appellent « %1 » ; désignez-en un par son id.</translation>
    </message>
    <message>
        <source>adding AI system &quot;%1&quot;</source>
        <translation>ajout du système d&apos;IA « %1 »</translation>
    </message>
    <message>
        <source>AI system &quot;%1&quot; was changed by someone else (your copy is version %2, the register holds version %3). Reload it and apply your change again.</source>
        <translation>Le système d&apos;IA « %1 » a été modifié par quelqu&apos;un d&apos;autre (votre copie est en version %2, le registre en version %3). Rechargez-le et appliquez à nouveau votre modification.</translation>
    </message>
    <message>
        <source>updating AI system &quot;%1&quot;</source>
        <translation>mise à jour du système d&apos;IA « %1 »</translation>
    </message>
    <message>
        <source>AI system &quot;%1&quot; was changed by someone else while saving. Reload it and apply your change again.</source>
        <translation>Le système d&apos;IA « %1 » a été modifié par quelqu&apos;un d&apos;autre pendant l&apos;enregistrement. Rechargez-le et appliquez à nouveau votre modification.</translation>
    </message>
    <message>
        <source>AI system &quot;%1&quot; was changed by someone else; reload it before deleting.</source>
        <translation>Le système d&apos;IA « %1 » a été modifié par quelqu&apos;un d&apos;autre ; rechargez-le avant de le supprimer.</translation>
    </message>
    <message>
        <source>deleting AI system &quot;%1&quot;</source>
        <translation>suppression du système d&apos;IA « %1 »</translation>
    </message>
    <message>
        <source>storing the risk of system %1</source>
        <translation>enregistrement du risque du système %1</translation>
    </message>
    <message>
        <source>storing the decision boundaries of &quot;%1&quot;</source>
        <translation>enregistrement des limites de décision de « %1 »</translation>
    </message>
    <message>
        <source>storing the escalation path of &quot;%1&quot;</source>
        <translation>enregistrement du chemin d&apos;escalade de « %1 »</translation>
    </message>
</context>
<context>
    <name>charter::TextDecoding</name>
    <message>
        <source>%1, line %2: the file is not text (%3). Save the sheet as CSV and import that file.</source>
        <translation>%1, ligne %2 : le fichier n&apos;est pas du texte (%3). Enregistrez la feuille en CSV et importez ce fichier.</translation>
    </message>
    <message>
        <source>invalid %1</source>
        <translation>%1 non valide</translation>
    </message>
    <message>
        <source>it contains NUL bytes</source>
        <translation>il contient des octets NUL</translation>
    </message>
    <message>
        <source>it is mostly control characters</source>
        <translation>il est surtout composé de caractères de contrôle</translation>
    </message>
</context>
<context>
    <name>charter::TrailScan</name>
    <message>
        <source>Entry %1 is missing: it was deleted outside Charter.</source>
        <translation>L&apos;entrée %1 manque : elle a été supprimée hors de Charter.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted outside Charter.</source>
        <translation>Les entrées %1 à %2 manquent : elles ont été supprimées hors de Charter.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) is out of sequence (entries are numbered from 1): it was added outside Charter.</source>
        <translation>L&apos;entrée %1 (%2) est hors séquence (les entrées sont numérotées à partir de 1) : elle a été ajoutée hors de Charter.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) has no recorded hash: it was added outside Charter.</source>
        <translation>L&apos;entrée %1 (%2) n&apos;a pas de hachage enregistré : elle a été ajoutée hors de Charter.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) was changed after it was written: its content no longer matches the hash recorded with it.</source>
        <translation>L&apos;entrée %1 (%2) a été modifiée après son écriture : son contenu ne correspond plus au hachage enregistré avec elle.</translation>
    </message>
</context>
<context>
    <name>charter::UnsavedChangesPrompt</name>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
</context>
<context>
    <name>charter::UserGuideDialog</name>
    <message>
        <source>Charter User Guide</source>
        <translation>Guide de l&apos;utilisateur de Charter</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source># User guide missing

This build of Charter has no user guide. See `docs/user-guide.md` in the source or `/usr/share/doc/charter/`.</source>
        <translation># Guide de l&apos;utilisateur manquant

Cette version de Charter n&apos;inclut pas de guide de l&apos;utilisateur. Voir `docs/user-guide.md` dans les sources ou `/usr/share/doc/charter/`.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Find in the guide (Enter: next, Shift+Enter: previous)</source>
        <translation>Rechercher dans le guide (Entrée : suivant, Maj+Entrée : précédent)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rechercher le précédent</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Rechercher le suivant</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>charter::UserRepository</name>
    <message>
        <source>reading the accounts</source>
        <translation>lecture des comptes</translation>
    </message>
    <message>
        <source>reading the account %1</source>
        <translation>lecture du compte %1</translation>
    </message>
    <message>
        <source>reading the account of person %1</source>
        <translation>lecture du compte de la personne %1</translation>
    </message>
    <message>
        <source>counting the accounts</source>
        <translation>comptage des comptes</translation>
    </message>
    <message>
        <source>reading the roles of the accounts</source>
        <translation>lecture des rôles des comptes</translation>
    </message>
    <message>
        <source>storing the roles of %1</source>
        <translation>enregistrement des rôles de %1</translation>
    </message>
    <message>
        <source>There already is an account &quot;%1&quot;; change its roles with &apos;charter-cli users set-roles&apos;.</source>
        <translation>Il existe déjà un compte « %1 » ; modifiez ses rôles avec « charter-cli users set-roles ».</translation>
    </message>
    <message>
        <source>Person %1 is already linked to the account &quot;%2&quot;; one person has one account.</source>
        <translation>La personne %1 est déjà liée au compte « %2 » ; une personne a un seul compte.</translation>
    </message>
    <message>
        <source>adding the account %1</source>
        <translation>ajout du compte %1</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de compte « %1 ».</translation>
    </message>
    <message>
        <source>changing the account %1</source>
        <translation>modification du compte %1</translation>
    </message>
</context>
<context>
    <name>charter::UsersDialog</name>
    <message>
        <source>&amp;Add User</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>A&amp;pply Roles</source>
        <translation>A&amp;ppliquer les rôles</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Users and Roles</source>
        <translation>Utilisateurs et rôles</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Compte sélectionné</translation>
    </message>
    <message>
        <source>Role of the selected account: %1</source>
        <translation>Rôle du compte sélectionné : %1</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Login of the new account</source>
        <translation>Identifiant du nouveau compte</translation>
    </message>
    <message>
        <source>Operating-system login</source>
        <translation>Identifiant du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Display name of the new account</source>
        <translation>Nom affiché du nouveau compte</translation>
    </message>
    <message>
        <source>Person the new account speaks for</source>
        <translation>Personne que représente le nouveau compte</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>&amp;Nom affiché :</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>P&amp;ersonne :</translation>
    </message>
    <message>
        <source>Role of the new account: %1</source>
        <translation>Rôle du nouveau compte : %1</translation>
    </message>
    <message>
        <source>Roles (none = viewer):</source>
        <translation>Rôles (aucun = lecteur) :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Added account %1 (%2).</source>
        <translation>Compte %1 ajouté (%2).</translation>
    </message>
    <message>
        <source>%1 now has the roles: %2.</source>
        <translation>%1 a désormais les rôles : %2.</translation>
    </message>
    <message>
        <source>Reactivated account %1.</source>
        <translation>Compte %1 réactivé.</translation>
    </message>
    <message>
        <source>Deactivated account %1.</source>
        <translation>Compte %1 désactivé.</translation>
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
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>charter::ValueDraft</name>
    <message>
        <source>Revert to the saved entry</source>
        <translation>Revenir à la fiche enregistrée</translation>
    </message>
</context>
<context>
    <name>charter::VendorDialog</name>
    <message>
        <source>New Vendor Profile</source>
        <translation>Nouveau profil fournisseur</translation>
    </message>
    <message>
        <source>Add Vendor</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>The profile is shared by every system of this vendor. Answer what you know; the rest stays a visible gap.</source>
        <translation>Le profil est partagé par tous les systèmes de ce fournisseur. Répondez à ce que vous savez ; le reste demeure une lacune visible.</translation>
    </message>
</context>
<context>
    <name>charter::VendorDirectoryView</name>
    <message>
        <source>Filter vendors by name</source>
        <translation>Filtrer les fournisseurs par nom</translation>
    </message>
    <message>
        <source>Filter vendors</source>
        <translation>Filtrer les fournisseurs</translation>
    </message>
    <message>
        <source>New Vendor</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source>Add a vendor risk profile</source>
        <translation>Ajouter un profil de risque fournisseur</translation>
    </message>
    <message>
        <source>Vendors</source>
        <translation>Fournisseurs</translation>
    </message>
</context>
<context>
    <name>charter::VendorDraft</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Viabilité</translation>
    </message>
    <message>
        <source>Roadmap stability</source>
        <translation>Stabilité de la feuille de route</translation>
    </message>
    <message>
        <source>Support maturity</source>
        <translation>Maturité du support</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Réversibilité</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilité des données</translation>
    </message>
    <message>
        <source>Security attestations</source>
        <translation>Attestations de sécurité</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Résidence des données</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Deprecation notice</source>
        <translation>Préavis d&apos;obsolescence</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>charter::VendorEditor</name>
    <message>
        <source>Risk this vendor adds to each of its systems</source>
        <translation>Risque que ce fournisseur ajoute à chacun de ses systèmes</translation>
    </message>
    <message>
        <source>Systems depending on this vendor</source>
        <translation>Systèmes qui dépendent de ce fournisseur</translation>
    </message>
    <message>
        <source>Risk it adds to each of its systems</source>
        <translation>Risque qu&apos;il ajoute à chacun de ses systèmes</translation>
    </message>
    <message>
        <source>Cannot list the systems of this vendor. %1</source>
        <translation>Impossible de lister les systèmes de ce fournisseur. %1</translation>
    </message>
    <message>
        <source>Systems depending on this vendor: none yet (not saved)</source>
        <translation>Systèmes qui dépendent de ce fournisseur : aucun pour l&apos;instant (non enregistré)</translation>
    </message>
    <message>
        <source>Systems depending on this vendor: none</source>
        <translation>Systèmes qui dépendent de ce fournisseur : aucun</translation>
    </message>
    <message>
        <source>1 system depends on this vendor</source>
        <translation>1 système dépend de ce fournisseur</translation>
    </message>
    <message numerus="yes">
        <source>%n systems depend on this vendor</source>
        <translation>
            <numerusform>%n système dépend de ce fournisseur</numerusform>
            <numerusform>%n systèmes dépendent de ce fournisseur</numerusform>
        </translation>
    </message>
    <message>
        <source>This profile adds no risk factor to its systems.</source>
        <translation>Ce profil n&apos;ajoute aucun facteur de risque à ses systèmes.</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>Added to the score of each system</source>
        <translation>Ajouté au score de chaque système</translation>
    </message>
    <message>
        <source>New vendor</source>
        <translation>Nouveau fournisseur</translation>
    </message>
    <message>
        <source>Unnamed vendor</source>
        <translation>Fournisseur sans nom</translation>
    </message>
</context>
<context>
    <name>charter::VendorForm</name>
    <message>
        <source>Vendor name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <source>Required: the vendor&apos;s name</source>
        <translation>Obligatoire : le nom du fournisseur</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Viability:</source>
        <translation>Viabilité :</translation>
    </message>
    <message>
        <source>Will the vendor still be there in three years?</source>
        <translation>Le fournisseur existera-t-il encore dans trois ans ?</translation>
    </message>
    <message>
        <source>Roadmap stability:</source>
        <translation>Stabilité de la feuille de route :</translation>
    </message>
    <message>
        <source>Do products and models change without warning?</source>
        <translation>Les produits et modèles changent-ils sans prévenir ?</translation>
    </message>
    <message>
        <source>Support maturity:</source>
        <translation>Maturité du support :</translation>
    </message>
    <message>
        <source>Can the vendor support production use?</source>
        <translation>Le fournisseur peut-il assurer le support en production ?</translation>
    </message>
    <message>
        <source>Exit options:</source>
        <translation>Options de sortie :</translation>
    </message>
    <message>
        <source>Can the organisation leave without losing the capability?</source>
        <translation>L&apos;organisation peut-elle partir sans perdre la capacité ?</translation>
    </message>
    <message>
        <source>Data portability:</source>
        <translation>Portabilité des données :</translation>
    </message>
    <message>
        <source>Can data and configuration be taken out?</source>
        <translation>Les données et la configuration peuvent-elles être récupérées ?</translation>
    </message>
    <message>
        <source>e.g. SOC 2 Type II, ISO 27001</source>
        <translation>par ex. SOC 2 Type II, ISO 27001</translation>
    </message>
    <message>
        <source>e.g. EU</source>
        <translation>par ex. UE</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Prend fin le</translation>
    </message>
    <message>
        <source>Unknown — a gap</source>
        <translation>Inconnu – une lacune</translation>
    </message>
    <message>
        <source>Contract end known</source>
        <translation>Fin de contrat connue</translation>
    </message>
    <message>
        <source>Contract end date</source>
        <translation>Date de fin du contrat</translation>
    </message>
    <message>
        <source>Model deprecation notice in days</source>
        <translation>Préavis d&apos;obsolescence du modèle en jours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>How many days&apos; notice the vendor gives before retiring a model</source>
        <translation>Combien de jours de préavis le fournisseur donne avant de retirer un modèle</translation>
    </message>
    <message>
        <source>Anything else worth knowing</source>
        <translation>Tout autre élément utile</translation>
    </message>
    <message>
        <source>Security attestations:</source>
        <translation>Attestations de sécurité :</translation>
    </message>
    <message>
        <source>Data residency:</source>
        <translation>Résidence des données :</translation>
    </message>
    <message>
        <source>Contract end:</source>
        <translation>Fin du contrat :</translation>
    </message>
    <message>
        <source>Deprecation notice:</source>
        <translation>Préavis d&apos;obsolescence :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
</context>
<context>
    <name>charter::VendorModel</name>
    <message>
        <source>Unnamed vendor</source>
        <translation>Fournisseur sans nom</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>The contract has ended.</source>
        <translation>Le contrat a pris fin.</translation>
    </message>
    <message>
        <source>Unknown: a gap that counts as risk for every system of this vendor.</source>
        <translation>Inconnu : une lacune qui compte comme risque pour chaque système de ce fournisseur.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Viabilité</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Feuille de route</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Réversibilité</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilité des données</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fin du contrat</translation>
    </message>
</context>
<context>
    <name>charter::VendorRepository</name>
    <message>
        <source>reading the vendor directory</source>
        <translation>lecture de l&apos;annuaire des fournisseurs</translation>
    </message>
    <message>
        <source>reading vendor %1</source>
        <translation>lecture du fournisseur %1</translation>
    </message>
    <message>
        <source>There is no vendor with id %1.</source>
        <translation>Il n&apos;y a pas de fournisseur avec l&apos;id %1.</translation>
    </message>
    <message>
        <source>adding vendor %1</source>
        <translation>ajout du fournisseur %1</translation>
    </message>
    <message>
        <source>updating vendor %1</source>
        <translation>mise à jour du fournisseur %1</translation>
    </message>
</context>
<context>
    <name>charter::VendorSection</name>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Whose model or service the system depends on. The vendor&apos;s risk profile is shared by all its systems and counts in each one&apos;s risk.</source>
        <translation>De quel modèle ou service dépend le système. Le profil de risque du fournisseur est partagé par tous ses systèmes et compte dans le risque de chacun.</translation>
    </message>
    <message>
        <source>Unknown — not known whether a vendor is involved</source>
        <translation>Inconnu – on ne sait pas si un fournisseur intervient</translation>
    </message>
    <message>
        <source>A gap that counts as risk.</source>
        <translation>Une lacune qui compte comme risque.</translation>
    </message>
    <message>
        <source>None — built in-house</source>
        <translation>Aucun – développé en interne</translation>
    </message>
    <message>
        <source>New Vendor…</source>
        <translation>Nouveau fournisseur…</translation>
    </message>
    <message>
        <source>New vendor profile</source>
        <translation>Nouveau profil fournisseur</translation>
    </message>
    <message>
        <source>Vendor risk profile</source>
        <translation>Profil de risque du fournisseur</translation>
    </message>
    <message>
        <source>Open in Vendor Directory</source>
        <translation>Ouvrir dans l&apos;annuaire des fournisseurs</translation>
    </message>
    <message>
        <source>Edit this vendor&apos;s shared profile</source>
        <translation>Modifier le profil partagé de ce fournisseur</translation>
    </message>
    <message>
        <source>Vendor:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>It is not known whether a vendor is involved.</source>
        <translation>On ne sait pas si un fournisseur intervient.</translation>
    </message>
    <message>
        <source>Choose the vendor, or &quot;None&quot; when the system is built in-house.</source>
        <translation>Choisissez le fournisseur, ou « Aucun » si le système est développé en interne.</translation>
    </message>
    <message>
        <source>Built in-house: no vendor profile applies.</source>
        <translation>Développé en interne : aucun profil fournisseur ne s&apos;applique.</translation>
    </message>
    <message>
        <source>The vendor profile #%1 is missing.</source>
        <translation>Le profil fournisseur n° %1 manque.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Viabilité</translation>
    </message>
    <message>
        <source>Roadmap stability</source>
        <translation>Stabilité de la feuille de route</translation>
    </message>
    <message>
        <source>Support maturity</source>
        <translation>Maturité du support</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Réversibilité</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilité des données</translation>
    </message>
    <message>
        <source>Security attestations</source>
        <translation>Attestations de sécurité</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Résidence des données</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Deprecation notice</source>
        <translation>Préavis d&apos;obsolescence</translation>
    </message>
    <message>
        <source>Shared by every system of this vendor; edit it in the vendor directory.</source>
        <translation>Partagé par tous les systèmes de ce fournisseur ; modifiez-le dans l&apos;annuaire des fournisseurs.</translation>
    </message>
</context>
<context>
    <name>charter::Workflow</name>
    <message>
        <source>Cannot %1 &quot;%2&quot;: it is %3. %4</source>
        <translation>Action « %1 » impossible pour « %2 » : il est %3. %4</translation>
    </message>
</context>
<context>
    <name>charter::WorkflowActionDialog</name>
    <message>
        <source>Submit for Review</source>
        <translation>Soumettre pour revue</translation>
    </message>
    <message>
        <source>Submit &lt;b&gt;%1&lt;/b&gt; for review. The required sign-offs are collected next.</source>
        <translation>Soumettre &lt;b&gt;%1&lt;/b&gt; pour revue. Les visas requis sont ensuite recueillis.</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <source>Review Decision</source>
        <translation>Décision de revue</translation>
    </message>
    <message>
        <source>Your decision on &lt;b&gt;%1&lt;/b&gt;. Approval needs every required sign-off to be current.</source>
        <translation>Votre décision sur &lt;b&gt;%1&lt;/b&gt;. L&apos;approbation exige que chaque visa requis soit valable.</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Request &amp;changes</source>
        <translation>Demander des &amp;modifications</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>Re&amp;jeter</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Con&amp;ditions:</source>
        <translation>Con&amp;ditions :</translation>
    </message>
    <message>
        <source>Approval &amp;expires after</source>
        <translation>L&apos;approbation &amp;expire après</translation>
    </message>
    <message>
        <source>&amp;Record Decision</source>
        <translation>&amp;Enregistrer la décision</translation>
    </message>
    <message>
        <source>Suspend System</source>
        <translation>Suspendre le système</translation>
    </message>
    <message>
        <source>Suspend &lt;b&gt;%1&lt;/b&gt;: it stays approved on paper but must not be used until reinstated.</source>
        <translation>Suspendre &lt;b&gt;%1&lt;/b&gt; : il reste approuvé sur le papier mais ne doit pas être utilisé avant d&apos;être rétabli.</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Suspendre</translation>
    </message>
    <message>
        <source>Reinstate System</source>
        <translation>Rétablir le système</translation>
    </message>
    <message>
        <source>Reinstate &lt;b&gt;%1&lt;/b&gt; (only while its approval still holds).</source>
        <translation>Rétablir &lt;b&gt;%1&lt;/b&gt; (seulement tant que son approbation reste valable).</translation>
    </message>
    <message>
        <source>&amp;Reinstate</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Retire System</source>
        <translation>Retirer le système</translation>
    </message>
    <message>
        <source>Retire &lt;b&gt;%1&lt;/b&gt;. This is final.</source>
        <translation>Retirer &lt;b&gt;%1&lt;/b&gt;. C&apos;est définitif.</translation>
    </message>
    <message>
        <source>R&amp;etire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Optional; recorded in the history</source>
        <translation>Facultatif ; enregistré dans l&apos;historique</translation>
    </message>
    <message>
        <source>Required; recorded in the history</source>
        <translation>Obligatoire ; enregistré dans l&apos;historique</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Rea&amp;son (required):</source>
        <translation>&amp;Motif (obligatoire) :</translation>
    </message>
    <message>
        <source>Give a reason: it is recorded in the history and the audit trail.</source>
        <translation>Indiquez un motif : il est enregistré dans l&apos;historique et la piste d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>charter::WorkflowRepository</name>
    <message>
        <source>reading the workflow of system %1</source>
        <translation>lecture du workflow du système %1</translation>
    </message>
    <message>
        <source>reading the workflow states</source>
        <translation>lecture des états de workflow</translation>
    </message>
    <message>
        <source>The workflow of system %1 was changed by someone else meanwhile (it is now %2). Reload it and try again.</source>
        <translation>Le workflow du système %1 a été modifié entre-temps par quelqu&apos;un d&apos;autre (il est maintenant %2). Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>storing the workflow of system %1</source>
        <translation>enregistrement du workflow du système %1</translation>
    </message>
    <message>
        <source>The workflow of system %1 was changed by someone else while saving. Reload it and try again.</source>
        <translation>Le workflow du système %1 a été modifié par quelqu&apos;un d&apos;autre pendant l&apos;enregistrement. Rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>recording the workflow history of system %1</source>
        <translation>enregistrement de l&apos;historique de workflow du système %1</translation>
    </message>
    <message>
        <source>reading the workflow history of system %1</source>
        <translation>lecture de l&apos;historique de workflow du système %1</translation>
    </message>
    <message>
        <source>reading who submitted system %1</source>
        <translation>lecture de qui a soumis le système %1</translation>
    </message>
    <message>
        <source>reading the workflow history</source>
        <translation>lecture de l&apos;historique de workflow</translation>
    </message>
</context>
<context>
    <name>charter::WorkflowService</name>
    <message>
        <source>Your %1 sign-off is stale: the record changed materially since you signed. Re-sign required.</source>
        <translation>Votre visa %1 est périmé : la fiche a changé substantiellement depuis votre visa. Nouveau visa requis.</translation>
    </message>
    <message>
        <source>%1 sign-off needed (%2 risk; %3 of %4 given).</source>
        <translation>Visa %1 requis (risque %2 ; %3 sur %4 donnés).</translation>
    </message>
    <message>
        <source>Every required sign-off is in: approve, request changes or reject.</source>
        <translation>Tous les visas requis sont là : approuver, demander des modifications ou rejeter.</translation>
    </message>
    <message>
        <source>Changes requested by %1: %2</source>
        <translation>Modifications demandées par %1 : %2</translation>
    </message>
    <message>
        <source>Needs re-approval: %1</source>
        <translation>Nouvelle approbation requise : %1</translation>
    </message>
    <message>
        <source>Say why: &quot;%1&quot; needs a reason, recorded with the decision.</source>
        <translation>Dites pourquoi : « %1 » a besoin d&apos;un motif, enregistré avec la décision.</translation>
    </message>
    <message>
        <source>Cannot approve &quot;%1&quot; yet: every required sign-off must be present and current (%2 risk, policy version %3). Missing: %4.</source>
        <translation>Impossible d&apos;approuver « %1 » pour l&apos;instant : chaque visa requis doit être présent et valable (risque %2, version de politique %3). Manquant : %4.</translation>
    </message>
    <message>
        <source>The approval&apos;s expiry date %1 is not after today (%2).</source>
        <translation>La date d&apos;expiration %1 de l&apos;approbation n&apos;est pas postérieure à aujourd&apos;hui (%2).</translation>
    </message>
    <message>
        <source>Cannot reinstate &quot;%1&quot;: its approval no longer holds. %2 Submit it for re-review instead.</source>
        <translation>Impossible de rétablir « %1 » : son approbation ne tient plus. %2 Soumettez-le plutôt pour une nouvelle revue.</translation>
    </message>
    <message>
        <source>Cannot sign &quot;%1&quot;: it is %2. Sign-offs are given while a system is in review.</source>
        <translation>Impossible de viser « %1 » : il est %2. Les visas sont donnés pendant qu&apos;un système est en revue.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 risk: policy version %3 does not ask for a %4 sign-off at this tier.</source>
        <translation>« %1 » est à risque %2 : la version de politique %3 ne demande pas de visa %4 à ce niveau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; changed since it was shown to you (content %2, now %3). Review the current record and sign again.</source>
        <translation>« %1 » a changé depuis qu&apos;il vous a été présenté (contenu %2, maintenant %3). Revoyez la fiche actuelle et visez à nouveau.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is retired; its record is kept as it was and cannot be changed.</source>
        <translation>« %1 » est retiré ; sa fiche est conservée telle quelle et ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Material change since approval: %1.</source>
        <translation>Modification substantielle depuis l&apos;approbation : %1.</translation>
    </message>
</context>
<context>
    <name>charter::cli</name>
    <message numerus="yes">
        <source>Sealed %n audit entries written before the trail was tamper-evident.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit scellée, écrite avant que la piste soit inviolable.</numerusform>
            <numerusform>%n entrées d&apos;audit scellées, écrites avant que la piste soit inviolable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give people their roles with &apos;charter-cli --db LOCATION admin grant LOGIN ROLE...&apos;.</source>
        <translation>Attribuez leurs rôles aux personnes avec « charter-cli --db EMPLACEMENT admin grant IDENTIFIANT RÔLE... ».</translation>
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
        <translation>Administration d&apos;une base partagée (PostgreSQL ; EMPLACEMENT est une chaîne de connexion ou URI libpq). À exécuter par le propriétaire des tables de Charter.

  admin init-server             crée les tables de Charter si besoin, puis les rôles
                                charter_viewer, charter_contributor,
                                charter_it_reviewer, charter_board, charter_admin
                                et leurs privilèges (à refaire après chaque mise à niveau)
  admin migrate [--yes]         met à niveau une ancienne base partagée ; sans --yes,
                                indique seulement ce qui serait fait. Sauvegardez d&apos;abord.
  admin grant IDENT RÔLE...     fait d&apos;un identifiant de base viewer, contributor,
                                it_reviewer, board ou admin
  admin revoke IDENT RÔLE...    retire des rôles</translation>
    </message>
    <message>
        <source>init-server, migrate, grant or revoke.</source>
        <translation>init-server, migrate, grant ou revoke.</translation>
    </message>
    <message>
        <source>migrate: upgrade now (after a backup).</source>
        <translation>migrate : mettre à niveau maintenant (après une sauvegarde).</translation>
    </message>
    <message>
        <source>Name an admin command: %1.</source>
        <translation>Indiquez une commande admin : %1.</translation>
    </message>
    <message>
        <source>&apos;admin %1&apos; works on a shared PostgreSQL database; name it with --db (e.g. --db postgresql://owner@host/charter). A Charter file is upgraded when it is opened, and its roles are managed with &apos;charter-cli users&apos;.</source>
        <translation>« admin %1 » agit sur une base PostgreSQL partagée ; désignez-la avec --db (par ex. --db postgresql://owner@host/charter). Un fichier Charter est mis à niveau à son ouverture, et ses rôles se gèrent avec « charter-cli users ».</translation>
    </message>
    <message>
        <source>&apos;admin %1&apos; needs a LOGIN and at least one ROLE.</source>
        <translation>« admin %1 » a besoin d&apos;un IDENTIFIANT et d&apos;au moins un RÔLE.</translation>
    </message>
    <message>
        <source>%1 now holds %2.</source>
        <translation>%1 détient désormais %2.</translation>
    </message>
    <message>
        <source>%1 no longer holds %2.</source>
        <translation>%1 ne détient plus %2.</translation>
    </message>
    <message>
        <source>&apos;admin %1&apos; takes no arguments.</source>
        <translation>« admin %1 » ne prend pas d&apos;arguments.</translation>
    </message>
    <message>
        <source>Created the Charter database %1.</source>
        <translation>Base de données Charter %1 créée.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2, the latest; nothing to do.</source>
        <translation>%1 est à la version de schéma %2, la plus récente ; rien à faire.</translation>
    </message>
    <message>
        <source>%1 is at schema version %2; this Charter upgrades it to %3. Back it up first:
  %4
then run &apos;charter-cli --db LOCATION admin migrate --yes&apos;. Every client must then use this version of Charter or a newer one.</source>
        <translation>%1 est à la version de schéma %2 ; ce Charter la met à niveau vers %3. Sauvegardez-la d&apos;abord :
  %4
puis lancez « charter-cli --db EMPLACEMENT admin migrate --yes ». Chaque client devra ensuite utiliser cette version de Charter ou une plus récente.</translation>
    </message>
    <message>
        <source>Upgraded %1 from schema version %2 to %3.</source>
        <translation>%1 mis à niveau de la version de schéma %2 à %3.</translation>
    </message>
    <message>
        <source>Charter&apos;s roles are not set up on this server yet; run &apos;admin init-server&apos;.</source>
        <translation>Les rôles de Charter ne sont pas encore configurés sur ce serveur ; lancez « admin init-server ».</translation>
    </message>
    <message>
        <source>Output format: text or json (default %1).</source>
        <translation>Format de sortie : text ou json (par défaut %1).</translation>
    </message>
    <message>
        <source>Upgraded %1; the previous version was saved as %2.</source>
        <translation>%1 mis à niveau ; la version précédente a été enregistrée sous %2.</translation>
    </message>
    <message numerus="yes">
        <source>Sealed %n audit entries written before this version of Charter; their tree head covers them from now on.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit scellée, écrite avant cette version de Charter ; sa tête d&apos;arbre la couvre désormais.</numerusform>
            <numerusform>%n entrées d&apos;audit scellées, écrites avant cette version de Charter ; leur tête d&apos;arbre les couvre désormais.</numerusform>
        </translation>
    </message>
    <message>
        <source>--entity needs TYPE:ID, e.g. system:12, or a TYPE alone.</source>
        <translation>--entity a besoin de TYPE:ID, par ex. system:12, ou d&apos;un TYPE seul.</translation>
    </message>
    <message>
        <source>Print the audit trail&apos;s tree head: its size, its RFC 6962 Merkle root (SHA-256, hex) and when its newest entry was recorded. Keep it (e.g. in the board pack): &apos;charter-cli verify --since FILE&apos; later proves nothing before it was changed.</source>
        <translation>Afficher la tête d&apos;arbre de la piste d&apos;audit : sa taille, sa racine de Merkle RFC 6962 (SHA-256, hex) et la date de sa dernière entrée. Conservez-la (par ex. dans le dossier du comité) : « charter-cli verify --since FICHIER » prouvera plus tard que rien d&apos;antérieur n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use text or json.</source>
        <translation>--format « %1 » inconnu ; utilisez text ou json.</translation>
    </message>
    <message>
        <source>%1 has %2 audit entries but no tree head. Run &apos;charter-cli verify&apos; to see why.</source>
        <translation>%1 a %2 entrées d&apos;audit mais pas de tête d&apos;arbre. Lancez « charter-cli verify » pour en voir la raison.</translation>
    </message>
    <message>
        <source>Verify the database: its integrity, every audit entry against its hash, the Merkle tree against the stored tree head, and every system, person and vendor against its last audited state. With --since, also prove that the trail extends the earlier tree head TREEHEAD (a file written by &apos;charter-cli treehead&apos;, or its JSON text): nothing before it was changed, removed or inserted. Exit 0 when everything checks out, 3 with every finding named.</source>
        <translation>Vérifier la base de données : son intégrité, chaque entrée d&apos;audit par rapport à son hachage, l&apos;arbre de Merkle par rapport à la tête d&apos;arbre enregistrée, et chaque système, personne et fournisseur par rapport à son dernier état audité. Avec --since, prouver aussi que la piste prolonge l&apos;ancienne tête d&apos;arbre TREEHEAD (un fichier écrit par « charter-cli treehead », ou son texte JSON) : rien d&apos;antérieur n&apos;a été modifié, supprimé ou inséré. Code de sortie 0 si tout est correct, 3 avec chaque constat nommé.</translation>
    </message>
    <message>
        <source>An earlier tree head: a file or its JSON text.</source>
        <translation>Une ancienne tête d&apos;arbre : un fichier ou son texte JSON.</translation>
    </message>
    <message>
        <source>%1: verified. %2 audit entries, tree head %3 (root %4); %5 register rows match their audit trail.</source>
        <translation>%1 : vérifié. %2 entrées d&apos;audit, tête d&apos;arbre %3 (racine %4) ; %5 lignes du registre correspondent à leur piste d&apos;audit.</translation>
    </message>
    <message>
        <source>It extends the earlier tree head of %1 entries (consistency proof of %2 hashes verified).</source>
        <translation>Elle prolonge l&apos;ancienne tête d&apos;arbre de %1 entrées (preuve de cohérence de %2 hachages vérifiée).</translation>
    </message>
    <message numerus="yes">
        <source>%1 FAILED verification: %n finding(s).</source>
        <translation>
            <numerusform>%1 : vérification ÉCHOUÉE : %n constat.</numerusform>
            <numerusform>%1 : vérification ÉCHOUÉE : %n constats.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the audit trail: sequence number, time, actor, action, entity and reason (json adds the before and after values and each entry&apos;s leaf hash).</source>
        <translation>Lister la piste d&apos;audit : numéro de séquence, heure, acteur, action, objet et motif (json ajoute les valeurs avant et après et le hachage de feuille de chaque entrée).</translation>
    </message>
    <message>
        <source>Only entries about ENTITY: TYPE:ID (e.g. system:12 or system:&quot;exact name&quot;) or a TYPE.</source>
        <translation>Seulement les entrées concernant OBJET : TYPE:ID (par ex. system:12 ou system:&quot;nom exact&quot;) ou un TYPE.</translation>
    </message>
    <message>
        <source>Only the newest N entries.</source>
        <translation>Seulement les N entrées les plus récentes.</translation>
    </message>
    <message>
        <source>--limit needs a whole number of 0 or more.</source>
        <translation>--limit a besoin d&apos;un nombre entier de 0 ou plus.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n entrée d&apos;audit</numerusform>
            <numerusform>%n entrées d&apos;audit</numerusform>
        </translation>
    </message>
    <message>
        <source>Create an empty Charter database.</source>
        <translation>Créer une base de données Charter vide.</translation>
    </message>
    <message>
        <source>Add a realistic demo portfolio (--systems N, --seed S).</source>
        <translation>Ajouter un portefeuille de démonstration réaliste (--systems N, --seed S).</translation>
    </message>
    <message>
        <source>List the register (--format table|json|csv, --filter TEXT).</source>
        <translation>Lister le registre (--format table|json|csv, --filter TEXTE).</translation>
    </message>
    <message>
        <source>Show everything about one system.</source>
        <translation>Tout afficher sur un système.</translation>
    </message>
    <message>
        <source>Explain one system&apos;s risk score.</source>
        <translation>Expliquer le score de risque d&apos;un système.</translation>
    </message>
    <message>
        <source>Change a system&apos;s name, purpose or business unit (--if-version N).</source>
        <translation>Modifier le nom, la finalité ou l&apos;unité opérationnelle d&apos;un système (--if-version N).</translation>
    </message>
    <message>
        <source>Import a spreadsheet (CSV) inventory or a JSON portfolio.</source>
        <translation>Importer un inventaire de tableur (CSV) ou un portefeuille JSON.</translation>
    </message>
    <message>
        <source>Export the register as JSON or CSV.</source>
        <translation>Exporter le registre en JSON ou CSV.</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity.</source>
        <translation>Vérifier l&apos;intégrité de la base de données.</translation>
    </message>
    <message>
        <source>Submit a system for review (or re-review).</source>
        <translation>Soumettre un système pour revue (ou nouvelle revue).</translation>
    </message>
    <message>
        <source>Approve, request changes to or reject a system in review.</source>
        <translation>Approuver, demander des modifications ou rejeter un système en revue.</translation>
    </message>
    <message>
        <source>Sign a system in review (--as it_review|ownership|board).</source>
        <translation>Viser un système en revue (--as it_review|ownership|board).</translation>
    </message>
    <message>
        <source>A system&apos;s sign-offs and what changed since each was signed.</source>
        <translation>Les visas d&apos;un système et ce qui a changé depuis chacun.</translation>
    </message>
    <message>
        <source>What is waiting for you.</source>
        <translation>Ce qui vous attend.</translation>
    </message>
    <message>
        <source>Suspend an approved system.</source>
        <translation>Suspendre un système approuvé.</translation>
    </message>
    <message>
        <source>Reinstate a suspended system.</source>
        <translation>Rétablir un système suspendu.</translation>
    </message>
    <message>
        <source>Retire a system.</source>
        <translation>Retirer un système.</translation>
    </message>
    <message>
        <source>Record a human override of a system&apos;s output.</source>
        <translation>Enregistrer une dérogation humaine au résultat d&apos;un système.</translation>
    </message>
    <message>
        <source>Record an incident (or its acknowledgement).</source>
        <translation>Enregistrer un incident (ou sa prise en compte).</translation>
    </message>
    <message>
        <source>Accounts and roles (list, whoami, add, set-roles, link, deactivate).</source>
        <translation>Comptes et rôles (list, whoami, add, set-roles, link, deactivate).</translation>
    </message>
    <message>
        <source>List the audit trail (--entity TYPE:ID, --limit N, --format json).</source>
        <translation>Lister la piste d&apos;audit (--entity TYPE:ID, --limit N, --format json).</translation>
    </message>
    <message>
        <source>Verify the audit trail and the register (--since TREEHEAD).</source>
        <translation>Vérifier la piste d&apos;audit et le registre (--since TREEHEAD).</translation>
    </message>
    <message>
        <source>Print the audit trail&apos;s tree head (size, Merkle root, time).</source>
        <translation>Afficher la tête d&apos;arbre de la piste d&apos;audit (taille, racine de Merkle, heure).</translation>
    </message>
    <message>
        <source>Shared PostgreSQL database: init-server, migrate, grant, revoke.</source>
        <translation>Base PostgreSQL partagée : init-server, migrate, grant, revoke.</translation>
    </message>
    <message>
        <source>Copy the database to an empty one (--to LOCATION: file or PostgreSQL).</source>
        <translation>Copier la base de données dans une base vide (--to EMPLACEMENT : fichier ou PostgreSQL).</translation>
    </message>
    <message>
        <source>Review meetings: create, list, agenda, decide, minutes, close.</source>
        <translation>Réunions de revue : create, list, agenda, decide, minutes, close.</translation>
    </message>
    <message>
        <source>Export the decision register (--format csv|json, --out FILE, --bom).</source>
        <translation>Exporter le registre des décisions (--format csv|json, --out FICHIER, --bom).</translation>
    </message>
    <message>
        <source>Export the re-review schedule as iCalendar (--out FILE.ics).</source>
        <translation>Exporter le calendrier des nouvelles revues en iCalendar (--out FICHIER.ics).</translation>
    </message>
    <message>
        <source>Write the board pack as PDF, HTML or Markdown (--meeting ID, --out FILE).</source>
        <translation>Écrire le dossier du comité en PDF, HTML ou Markdown (--meeting ID, --out FICHIER).</translation>
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
        <translation>Usage : charter-cli [--db EMPLACEMENT] [--verbose] VERBE [options]

Charter tient le registre des systèmes d&apos;IA : responsables, limites de décision,
chemins d&apos;escalade, risque fournisseur et scores de risque expliqués.

EMPLACEMENT est un fichier de base de données (par défaut : %1, ou $CHARTER_DB), ou
une base PostgreSQL partagée : une chaîne de connexion ou URI libpq
(postgresql://user@host/db, service=NOM ; mots de passe dans ~/.pgpass).

Verbes :
</translation>
    </message>
    <message>
        <source>
Every verb has --help. Exit codes: 0 ok, 1 usage, 2 invalid input (nothing
written), 3 verification failed, 4 not permitted, 5 conflict, 6 database
unavailable, corrupt or made by a newer Charter.
</source>
        <translation>
Chaque verbe a --help. Codes de sortie : 0 ok, 1 usage, 2 entrée non valide (rien
d&apos;écrit), 3 vérification échouée, 4 non autorisé, 5 conflit, 6 base de données
indisponible, corrompue ou créée par un Charter plus récent.
</translation>
    </message>
    <message>
        <source>--db needs a LOCATION.</source>
        <translation>--db a besoin d&apos;un EMPLACEMENT.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Option inconnue %1.</translation>
    </message>
    <message>
        <source>Try &apos;charter-cli --help&apos;.</source>
        <translation>Essayez « charter-cli --help ».</translation>
    </message>
    <message>
        <source>Unknown verb &quot;%1&quot;.</source>
        <translation>Verbe inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Upgraded %1; the previous version was saved as %2.
</source>
        <translation>%1 mis à niveau ; la version précédente a été enregistrée sous %2.
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Record that a person overrode SYSTEM&apos;s output: what it recommended, what was decided instead and why. Needs the contributor, it_reviewer or board role, or being one of the system&apos;s owners.</source>
        <translation>Enregistrer qu&apos;une personne a dérogé au résultat de SYSTÈME : ce qu&apos;il recommandait, ce qui a été décidé à la place et pourquoi. Requiert le rôle contributor, it_reviewer ou board, ou d&apos;être l&apos;un des responsables du système.</translation>
    </message>
    <message>
        <source>Id or exact name of the system.</source>
        <translation>Id ou nom exact du système.</translation>
    </message>
    <message>
        <source>What the system recommended (required).</source>
        <translation>Ce que le système a recommandé (obligatoire).</translation>
    </message>
    <message>
        <source>What the person decided (required).</source>
        <translation>Ce que la personne a décidé (obligatoire).</translation>
    </message>
    <message>
        <source>Why (required).</source>
        <translation>Pourquoi (obligatoire).</translation>
    </message>
    <message>
        <source>The decision boundary concerned.</source>
        <translation>La limite de décision concernée.</translation>
    </message>
    <message>
        <source>When it happened (ISO 8601, UTC; default now).</source>
        <translation>Quand cela s&apos;est produit (ISO 8601, UTC ; par défaut maintenant).</translation>
    </message>
    <message>
        <source>--at needs a date and time such as 2026-03-01T09:30:00Z.</source>
        <translation>--at a besoin d&apos;une date et heure comme 2026-03-01T09:30:00Z.</translation>
    </message>
    <message>
        <source>Recorded override #%1.</source>
        <translation>Dérogation n° %1 enregistrée.</translation>
    </message>
    <message>
        <source>Record an incident of SYSTEM: what failed, its severity, who it was escalated to and after how many minutes they acknowledged it; the escalation path&apos;s response-time target for that severity is stored with it, so breaches are visible. Or, with --acknowledge ID, record a later acknowledgement.</source>
        <translation>Enregistrer un incident de SYSTÈME : ce qui a échoué, sa gravité, à qui il a été escaladé et après combien de minutes il a été pris en compte ; le délai cible du chemin d&apos;escalade pour cette gravité est enregistré avec lui, les dépassements sont donc visibles. Ou, avec --acknowledge ID, enregistrer une prise en compte ultérieure.</translation>
    </message>
    <message>
        <source>Id or exact name of the system (not with --acknowledge).</source>
        <translation>Id ou nom exact du système (pas avec --acknowledge).</translation>
    </message>
    <message>
        <source>Severity: %1.</source>
        <translation>Gravité : %1.</translation>
    </message>
    <message>
        <source>What failed (required).</source>
        <translation>Ce qui a échoué (obligatoire).</translation>
    </message>
    <message>
        <source>Who it was escalated to: a person&apos;s id or exact name (default: the first person on the path for this severity).</source>
        <translation>À qui il a été escaladé : id ou nom exact d&apos;une personne (par défaut : la première personne du chemin pour cette gravité).</translation>
    </message>
    <message>
        <source>Minutes until the escalation was acknowledged.</source>
        <translation>Minutes avant la prise en compte de l&apos;escalade.</translation>
    </message>
    <message>
        <source>Record the acknowledgement of incident ID.</source>
        <translation>Enregistrer la prise en compte de l&apos;incident ID.</translation>
    </message>
    <message>
        <source>--acknowledged-after needs a whole number of minutes (0 or more).</source>
        <translation>--acknowledged-after a besoin d&apos;un nombre entier de minutes (0 ou plus).</translation>
    </message>
    <message>
        <source>--acknowledge needs an incident id.</source>
        <translation>--acknowledge a besoin d&apos;un id d&apos;incident.</translation>
    </message>
    <message>
        <source>--acknowledge needs --acknowledged-after MINUTES.</source>
        <translation>--acknowledge a besoin de --acknowledged-after MINUTES.</translation>
    </message>
    <message>
        <source>--acknowledge takes only --acknowledged-after.</source>
        <translation>--acknowledge n&apos;accepte que --acknowledged-after.</translation>
    </message>
    <message>
        <source>--severity needs one of %1.</source>
        <translation>--severity a besoin de l&apos;un de %1.</translation>
    </message>
    <message>
        <source>Recorded incident #%1. %2</source>
        <translation>Incident n° %1 enregistré. %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Import FILE into the register: a spreadsheet inventory (CSV, mapped by a built-in profile or a mapping file) or a Charter JSON portfolio. All or nothing: on any error nothing is written.</source>
        <translation>Importer FICHIER dans le registre : un inventaire de tableur (CSV, associé par un profil intégré ou un fichier de correspondance) ou un portefeuille JSON Charter. Tout ou rien : en cas d&apos;erreur, rien n&apos;est écrit.</translation>
    </message>
    <message>
        <source>The CSV or JSON file to import.</source>
        <translation>Le fichier CSV ou JSON à importer.</translation>
    </message>
    <message>
        <source>Built-in column profile (omb-2025, charter); detected from the header when omitted.</source>
        <translation>Profil de colonnes intégré (omb-2025, charter) ; détecté d&apos;après l&apos;en-tête s&apos;il est omis.</translation>
    </message>
    <message>
        <source>Mapping file (JSON) naming columns and values.</source>
        <translation>Fichier de correspondance (JSON) nommant colonnes et valeurs.</translation>
    </message>
    <message>
        <source>Show the import report; write nothing.</source>
        <translation>Afficher le rapport d&apos;import ; ne rien écrire.</translation>
    </message>
    <message>
        <source>Refuse the whole file when any record has a problem.</source>
        <translation>Refuser tout le fichier si une fiche pose problème.</translation>
    </message>
    <message>
        <source>Name exactly one FILE to import.</source>
        <translation>Indiquez exactement un FICHIER à importer.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1: Charter portfolio with %2 systems, %3 people, %4 vendors.
</source>
        <translation>%1 : portefeuille Charter avec %2 systèmes, %3 personnes, %4 fournisseurs.
</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>Essai à blanc : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importé depuis %1</translation>
    </message>
    <message>
        <source>Imported %1 systems (%2 new people, %3 new vendors) into %4.</source>
        <translation>%1 systèmes importés (%2 nouvelles personnes, %3 nouveaux fournisseurs) dans %4.</translation>
    </message>
    <message>
        <source>Export the whole register: a JSON portfolio (people, vendors, systems; re-importable) or a CSV register extract for spreadsheets. Written atomically.</source>
        <translation>Exporter tout le registre : un portefeuille JSON (personnes, fournisseurs, systèmes ; réimportable) ou un extrait CSV du registre pour les tableurs. Écrit de manière atomique.</translation>
    </message>
    <message>
        <source>json or csv.</source>
        <translation>json ou csv.</translation>
    </message>
    <message>
        <source>Output file (&apos;-&apos; for standard output).</source>
        <translation>Fichier de sortie (« - » pour la sortie standard).</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte-order mark (for Excel).</source>
        <translation>CSV : commencer par une marque d&apos;ordre des octets UTF-8 (pour Excel).</translation>
    </message>
    <message>
        <source>--format json or --format csv is required.</source>
        <translation>--format json ou --format csv est requis.</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>--out FICHIER est requis.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Exported %1 systems to %2.</source>
        <translation>%1 systèmes exportés vers %2.</translation>
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
        <translation>Usage : charter-cli [--db EMPLACEMENT] meeting COMMANDE [options]

Réunions de revue du comité de gouvernance (docs/meetings.md).

  meeting create --date AAAA-MM-JJ --board NOM --attendee IDENT...
                                   la crée ; son ordre du jour se construit seul
  meeting list [--format table|json]
  meeting agenda ID [--format table|json]
  meeting agenda ID --rebuild       le reconstruire (garde les points manuels et décidés)
  meeting agenda ID --add TITRE [--reason TEXTE] [--system SYSTÈME] [--at N]
  meeting agenda ID --remove N
  meeting agenda ID --move N --to M
  meeting decide ID --item N --outcome ISSUE --reason TEXTE [--conditions TEXTE]
                                   enregistrer la décision du comité sur le point N
  meeting minutes ID [--format markdown|text] [--out FICHIER]
  meeting close ID

Préparer requiert le rôle board ou it_reviewer ; décider et clôturer le rôle
board (et la présence). Chaque commande a --help.
</translation>
    </message>
    <message>
        <source>Give exactly one meeting ID (see &apos;charter-cli meeting list&apos;).</source>
        <translation>Indiquez exactement un ID de réunion (voir « charter-cli meeting list »).</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use table or json.</source>
        <translation>--format « %1 » inconnu ; utilisez table ou json.</translation>
    </message>
    <message>
        <source>The agenda is empty.</source>
        <translation>L&apos;ordre du jour est vide.</translation>
    </message>
    <message>
        <source>(system %1)</source>
        <translation>(système %1)</translation>
    </message>
    <message>
        <source>Decision: %1 (%2)</source>
        <translation>Décision : %1 (%2)</translation>
    </message>
    <message>
        <source>Create a review meeting. Its agenda builds itself from what needs the board: systems waiting for a board decision, tier changes since the last meeting, overdue re-reviews, stale sign-offs, new incidents and overrides, ownership gaps and vendor contracts ending within 90 days. Needs the board or it_reviewer role.</source>
        <translation>Créer une réunion de revue. Son ordre du jour se construit à partir de ce qui requiert le comité : systèmes en attente d&apos;une décision du comité, changements de niveau depuis la dernière réunion, nouvelles revues en retard, visas périmés, nouveaux incidents et dérogations, absences de responsable et contrats fournisseurs arrivant à échéance sous 90 jours. Requiert le rôle board ou it_reviewer.</translation>
    </message>
    <message>
        <source>Meeting date (YYYY-MM-DD).</source>
        <translation>Date de la réunion (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Name of the board that meets.</source>
        <translation>Nom du comité qui se réunit.</translation>
    </message>
    <message>
        <source>An attending account (repeatable; comma-separated lists too).</source>
        <translation>Un compte participant (répétable ; listes séparées par des virgules acceptées).</translation>
    </message>
    <message>
        <source>Start with an empty agenda.</source>
        <translation>Commencer avec un ordre du jour vide.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>--date needs a date of the form YYYY-MM-DD.</source>
        <translation>--date a besoin d&apos;une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Meeting %1 created: %2, %3, %4 agenda items.</source>
        <translation>Réunion %1 créée : %2, %3, %4 points à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>List the review meetings, oldest first.</source>
        <translation>Lister les réunions de revue, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>table or json (default table).</source>
        <translation>table ou json (par défaut table).</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Aucune réunion pour l&apos;instant.</translation>
    </message>
    <message>
        <source>%1 decisions; attendees: %2</source>
        <translation>%1 décisions ; participants : %2</translation>
    </message>
    <message>
        <source>Show or change a meeting&apos;s agenda. Without a change option it prints the agenda. Changes need the board or it_reviewer role and an open meeting; an item with a recorded decision cannot be removed.</source>
        <translation>Afficher ou modifier l&apos;ordre du jour d&apos;une réunion. Sans option de modification, il est affiché. Les modifications requièrent le rôle board ou it_reviewer et une réunion ouverte ; un point avec une décision enregistrée ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The meeting.</source>
        <translation>La réunion.</translation>
    </message>
    <message>
        <source>Build the agenda again from what needs the board now.</source>
        <translation>Reconstruire l&apos;ordre du jour à partir de ce qui requiert le comité maintenant.</translation>
    </message>
    <message>
        <source>Add an item with this title.</source>
        <translation>Ajouter un point avec ce titre.</translation>
    </message>
    <message>
        <source>With --add: why it is on the agenda.</source>
        <translation>Avec --add : pourquoi il est à l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>With --add: the system it is about (id or exact name).</source>
        <translation>Avec --add : le système concerné (id ou nom exact).</translation>
    </message>
    <message>
        <source>With --add: its position (default: at the end).</source>
        <translation>Avec --add : sa position (par défaut : à la fin).</translation>
    </message>
    <message>
        <source>Remove the item at position N.</source>
        <translation>Supprimer le point en position N.</translation>
    </message>
    <message>
        <source>Move the item at position N (with --to).</source>
        <translation>Déplacer le point en position N (avec --to).</translation>
    </message>
    <message>
        <source>With --move: the new position.</source>
        <translation>Avec --move : la nouvelle position.</translation>
    </message>
    <message>
        <source>Give at most one of --rebuild, --add, --remove and --move.</source>
        <translation>Indiquez au plus une option parmi --rebuild, --add, --remove et --move.</translation>
    </message>
    <message>
        <source>--move and --to go together.</source>
        <translation>--move et --to vont ensemble.</translation>
    </message>
    <message>
        <source>--at needs a position (1, 2, ...).</source>
        <translation>--at a besoin d&apos;une position (1, 2, ...).</translation>
    </message>
    <message>
        <source>--remove needs a position (1, 2, ...).</source>
        <translation>--remove a besoin d&apos;une position (1, 2, ...).</translation>
    </message>
    <message>
        <source>--move and --to need positions (1, 2, ...).</source>
        <translation>--move et --to ont besoin de positions (1, 2, ...).</translation>
    </message>
    <message>
        <source>Record the board&apos;s decision on an agenda item. Needs the board role and attending the meeting. On a system, the decision goes through the approval workflow with its rules and audit: approve (with conditions) approves it (every required sign-off current; nobody approves what they submitted), reject rejects it, request_information sends a system in review back for changes; defer changes nothing. The decision is attributed to the board members present.</source>
        <translation>Enregistrer la décision du comité sur un point de l&apos;ordre du jour. Requiert le rôle board et la présence à la réunion. Pour un système, la décision passe par le workflow d&apos;approbation avec ses règles et son audit : approve (avec conditions) l&apos;approuve (chaque visa requis valable ; personne n&apos;approuve ce qu&apos;il a soumis), reject le rejette, request_information renvoie un système en revue pour modifications ; defer ne change rien. La décision est attribuée aux membres du comité présents.</translation>
    </message>
    <message>
        <source>The agenda item&apos;s position.</source>
        <translation>La position du point de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>One of %1.</source>
        <translation>L&apos;un de %1.</translation>
    </message>
    <message>
        <source>The rationale (required).</source>
        <translation>La justification (obligatoire).</translation>
    </message>
    <message>
        <source>The conditions (approve_with_conditions).</source>
        <translation>Les conditions (approve_with_conditions).</translation>
    </message>
    <message>
        <source>Approvals: the approval lapses after DATE (YYYY-MM-DD).</source>
        <translation>Approbations : l&apos;approbation expire après DATE (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>A board member present (repeatable; default: every attending board member).</source>
        <translation>Un membre du comité présent (répétable ; par défaut : tous les membres du comité présents).</translation>
    </message>
    <message>
        <source>Approvals: give your board sign-off first, when the policy asks for one.</source>
        <translation>Approbations : donnez d&apos;abord votre visa de comité, si la politique en demande un.</translation>
    </message>
    <message>
        <source>--item needs the position of an agenda item (1, 2, ...).</source>
        <translation>--item a besoin de la position d&apos;un point de l&apos;ordre du jour (1, 2, ...).</translation>
    </message>
    <message>
        <source>--outcome must be one of %1.</source>
        <translation>--outcome doit être l&apos;un de %1.</translation>
    </message>
    <message>
        <source>--expires needs a date of the form YYYY-MM-DD.</source>
        <translation>--expires a besoin d&apos;une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Recorded: %1 on item %2, attributed to %3.</source>
        <translation>Enregistré : %1 sur le point %2, attribué à %3.</translation>
    </message>
    <message>
        <source>Write the minutes of a meeting, produced from what was recorded.</source>
        <translation>Écrire le procès-verbal d&apos;une réunion, produit à partir de ce qui a été enregistré.</translation>
    </message>
    <message>
        <source>markdown or text (default markdown).</source>
        <translation>markdown ou text (par défaut markdown).</translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of stdout.</source>
        <translation>Écrire dans FICHIER (de manière atomique) au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use markdown or text.</source>
        <translation>--format « %1 » inconnu ; utilisez markdown ou text.</translation>
    </message>
    <message>
        <source>Close a meeting: its agenda and decisions become final (board role, attending).</source>
        <translation>Clôturer une réunion : son ordre du jour et ses décisions deviennent définitifs (rôle board, présent).</translation>
    </message>
    <message>
        <source>Meeting %1 is closed.</source>
        <translation>La réunion %1 est clôturée.</translation>
    </message>
    <message>
        <source>Unknown meeting command &quot;%1&quot;; use create, list, agenda, decide, minutes or close.</source>
        <translation>Commande meeting inconnue « %1 » ; utilisez create, list, agenda, decide, minutes ou close.</translation>
    </message>
    <message>
        <source>Export the decision register: every board decision of every meeting, with the meeting, the agenda item, the rationale and who decided. CSV opens cleanly in Excel and LibreOffice (--bom for Excel&apos;s UTF-8 detection).</source>
        <translation>Exporter le registre des décisions : chaque décision du comité de chaque réunion, avec la réunion, le point, la justification et qui a décidé. Le CSV s&apos;ouvre proprement dans Excel et LibreOffice (--bom pour la détection UTF-8 d&apos;Excel).</translation>
    </message>
    <message>
        <source>csv or json (default csv).</source>
        <translation>csv ou json (par défaut csv).</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte-order mark.</source>
        <translation>CSV : commencer par une marque d&apos;ordre des octets UTF-8.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use csv or json.</source>
        <translation>--format « %1 » inconnu ; utilisez csv ou json.</translation>
    </message>
    <message>
        <source>--bom belongs to --format csv.</source>
        <translation>--bom va avec --format csv.</translation>
    </message>
    <message>
        <source>Wrote %1 decisions to %2.</source>
        <translation>%1 décisions écrites dans %2.</translation>
    </message>
    <message>
        <source>Export the re-review schedule as an iCalendar file (RFC 5545) that calendar clients import: one all-day event per system with a next review date. Event UIDs are stable, so importing a newer file updates the events.</source>
        <translation>Exporter le calendrier des nouvelles revues en fichier iCalendar (RFC 5545) qu&apos;importent les agendas : un événement sur la journée par système ayant une date de prochaine revue. Les UID des événements sont stables, importer un fichier plus récent met donc les événements à jour.</translation>
    </message>
    <message>
        <source>Write to FILE.ics (atomically); - for stdout.</source>
        <translation>Écrire dans FICHIER.ics (de manière atomique) ; - pour la sortie standard.</translation>
    </message>
    <message>
        <source>Give --out FILE.ics (or --out - for stdout).</source>
        <translation>Indiquez --out FICHIER.ics (ou --out - pour la sortie standard).</translation>
    </message>
    <message>
        <source>Wrote %1 scheduled reviews to %2.</source>
        <translation>%1 revues planifiées écrites dans %2.</translation>
    </message>
    <message>
        <source>The %1 %2 does not verify (%3 findings; &apos;charter-cli verify&apos; lists them all): %4</source>
        <translation>%1 %2 ne se vérifie pas (%3 constats ; « charter-cli verify » les liste tous) : %4</translation>
    </message>
    <message>
        <source>Copy this Charter database (--db) to an empty one at LOCATION: a file to a shared PostgreSQL database or back. Copies people, vendors, systems, accounts and roles, risk policies, workflow, sign-offs, the decision log and the audit trail (leaf hashes and tree head included), keeping every id. The source must verify; the copy is verified and counted before it is committed, so a failed copy leaves nothing behind. For a shared database: migrate into an empty database as its owner, then run &apos;admin init-server&apos;.</source>
        <translation>Copier cette base de données Charter (--db) dans une base vide à EMPLACEMENT : d&apos;un fichier vers une base PostgreSQL partagée ou inversement. Copie personnes, fournisseurs, systèmes, comptes et rôles, politiques de risque, workflow, visas, journal des décisions et piste d&apos;audit (hachages de feuilles et tête d&apos;arbre compris), en conservant chaque id. La source doit se vérifier ; la copie est vérifiée et comptée avant validation, une copie échouée ne laisse donc rien derrière elle. Pour une base partagée : migrez dans une base vide en tant que propriétaire, puis lancez « admin init-server ».</translation>
    </message>
    <message>
        <source>Where to copy to: a new file, or an empty PostgreSQL database (connection string or URI).</source>
        <translation>Où copier : un nouveau fichier, ou une base PostgreSQL vide (chaîne de connexion ou URI).</translation>
    </message>
    <message>
        <source>Name where to copy to with --to LOCATION.</source>
        <translation>Indiquez la destination de la copie avec --to EMPLACEMENT.</translation>
    </message>
    <message>
        <source>&apos;migrate&apos; takes no arguments besides --to LOCATION.</source>
        <translation>« migrate » ne prend pas d&apos;arguments en dehors de --to EMPLACEMENT.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>--to names the database being copied.</source>
        <translation>--to désigne la base de données copiée.</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>copie</translation>
    </message>
    <message>
        <source>The copy&apos;s audit trail ends in another tree head (%1 entries) than the source&apos;s (%2 entries).</source>
        <translation>La piste d&apos;audit de la copie se termine par une autre tête d&apos;arbre (%1 entrées) que celle de la source (%2 entrées).</translation>
    </message>
    <message>
        <source>The copy does not hold the same rows as the source.</source>
        <translation>La copie ne contient pas les mêmes lignes que la source.</translation>
    </message>
    <message>
        <source>Copied %1 to %2 and verified the copy: %3 audit entries, tree head root %4.</source>
        <translation>%1 copié vers %2 et copie vérifiée : %3 entrées d&apos;audit, racine de la tête d&apos;arbre %4.</translation>
    </message>
    <message>
        <source>Next, as the owner: charter-cli --db LOCATION admin init-server</source>
        <translation>Ensuite, en tant que propriétaire : charter-cli --db EMPLACEMENT admin init-server</translation>
    </message>
    <message>
        <source>unknown (gap)</source>
        <translation>inconnu (lacune)</translation>
    </message>
    <message>
        <source>not named (gap)</source>
        <translation>non désigné (lacune)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>in-house</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 systems</source>
        <translation>%1 systèmes</translation>
    </message>
    <message>
        <source>%1 (id %2): %3 risk, score %4</source>
        <translation>%1 (id %2) : risque %3, score %4</translation>
    </message>
    <message>
        <source>Policy: %1, version %2</source>
        <translation>Politique : %1, version %2</translation>
    </message>
    <message>
        <source>No risk factors apply.</source>
        <translation>Aucun facteur de risque ne s&apos;applique.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Unknown answers (gaps, %1):</source>
        <translation>Réponses inconnues (lacunes, %1) :</translation>
    </message>
    <message>
        <source>Completeness: %1%</source>
        <translation>Complétude : %1 %</translation>
    </message>
    <message>
        <source>Review cadence at this tier: every %1 months</source>
        <translation>Fréquence de revue à ce niveau : tous les %1 mois</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité opérationnelle</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Revue prévue</translation>
    </message>
    <message>
        <source>none scheduled</source>
        <translation>aucune planifiée</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Responsabilités</translation>
    </message>
    <message>
        <source>Accountable owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Business owner</source>
        <translation>Responsable métier</translation>
    </message>
    <message>
        <source>Technical owner</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Support owner</source>
        <translation>Responsable du support</translation>
    </message>
    <message>
        <source>IT contact</source>
        <translation>Contact informatique</translation>
    </message>
    <message>
        <source>Decision boundaries</source>
        <translation>Limites de décision</translation>
    </message>
    <message>
        <source>none documented (gap)</source>
        <translation>aucune documentée (lacune)</translation>
    </message>
    <message>
        <source>Human steps in: %1</source>
        <translation>Intervention humaine : %1</translation>
    </message>
    <message>
        <source>On failure: %1</source>
        <translation>En cas de défaillance : %1</translation>
    </message>
    <message>
        <source>Reports uncertainty: %1</source>
        <translation>Signale l&apos;incertitude : %1</translation>
    </message>
    <message>
        <source>Escalation path</source>
        <translation>Chemin d&apos;escalade</translation>
    </message>
    <message>
        <source>none defined (gap)</source>
        <translation>aucun défini (lacune)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>response time unknown</source>
        <translation>délai de réponse inconnu</translation>
    </message>
    <message>
        <source>Data and security</source>
        <translation>Données et sécurité</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Production data</source>
        <translation>Données de production</translation>
    </message>
    <message>
        <source>Safety-related</source>
        <translation>Lié à la sécurité des personnes</translation>
    </message>
    <message>
        <source>Data residency</source>
        <translation>Résidence des données</translation>
    </message>
    <message>
        <source>Access scope</source>
        <translation>Périmètre d&apos;accès</translation>
    </message>
    <message>
        <source>External processing</source>
        <translation>Traitement externe</translation>
    </message>
    <message>
        <source>Cloud connectivity</source>
        <translation>Connectivité cloud</translation>
    </message>
    <message>
        <source>Credential handling</source>
        <translation>Gestion des identifiants</translation>
    </message>
    <message>
        <source>Integrations</source>
        <translation>Intégrations</translation>
    </message>
    <message>
        <source>Viability</source>
        <translation>Viabilité</translation>
    </message>
    <message>
        <source>Roadmap stability</source>
        <translation>Stabilité de la feuille de route</translation>
    </message>
    <message>
        <source>Support maturity</source>
        <translation>Maturité du support</translation>
    </message>
    <message>
        <source>Exit options</source>
        <translation>Réversibilité</translation>
    </message>
    <message>
        <source>Data portability</source>
        <translation>Portabilité des données</translation>
    </message>
    <message>
        <source>Security attestations</source>
        <translation>Attestations de sécurité</translation>
    </message>
    <message>
        <source>Contract end</source>
        <translation>Fin du contrat</translation>
    </message>
    <message>
        <source>Deprecation notice</source>
        <translation>Préavis d&apos;obsolescence</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <source>unknown whether a vendor is involved (gap)</source>
        <translation>on ne sait pas si un fournisseur intervient (lacune)</translation>
    </message>
    <message>
        <source>built in-house</source>
        <translation>développé en interne</translation>
    </message>
    <message>
        <source>Support model</source>
        <translation>Modèle de support</translation>
    </message>
    <message>
        <source>Maintained by</source>
        <translation>Maintenu par</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Issue escalation</source>
        <translation>Escalade des incidents</translation>
    </message>
    <message>
        <source>Regulatory classification</source>
        <translation>Classification réglementaire</translation>
    </message>
    <message>
        <source>EU AI Act category</source>
        <translation>Catégorie selon l&apos;AI Act de l&apos;UE</translation>
    </message>
    <message>
        <source>EU AI Act role</source>
        <translation>Rôle selon l&apos;AI Act de l&apos;UE</translation>
    </message>
    <message>
        <source>US OMB high-impact</source>
        <translation>OMB (États-Unis) : impact élevé</translation>
    </message>
    <message>
        <source>Import notes</source>
        <translation>Notes d&apos;import</translation>
    </message>
    <message>
        <source>Risk: %1, score %2, %3% complete</source>
        <translation>Risque : %1, score %2, %3 % complet</translation>
    </message>
    <message>
        <source>Write the board pack: cover, summary tiles and charts, the agenda, a one-page brief per agenda system (owners, decision boundaries, escalation path, vendor profile, risk explanation, open sign-offs, history since the last review), decisions and minutes once recorded, and the audit tree head, so any later change to the record can be proven against the pack. Without --meeting the agenda is the standing one: every system that needs the board today.</source>
        <translation>Écrire le dossier du comité : couverture, tuiles de synthèse et graphiques, ordre du jour, une fiche d&apos;une page par système à l&apos;ordre du jour (responsables, limites de décision, chemin d&apos;escalade, profil fournisseur, explication du risque, visas en attente, historique depuis la dernière revue), décisions et procès-verbal une fois enregistrés, et la tête d&apos;arbre de la piste d&apos;audit, pour que toute modification ultérieure de la fiche puisse être prouvée par rapport au dossier. Sans --meeting, l&apos;ordre du jour est l&apos;ordre du jour permanent : chaque système qui requiert le comité aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The meeting (its id, see &apos;charter-cli meeting list&apos;).</source>
        <translation>La réunion (son id, voir « charter-cli meeting list »).</translation>
    </message>
    <message>
        <source>pdf, html or md (default: from the file name, else pdf).</source>
        <translation>pdf, html ou md (par défaut : d&apos;après le nom du fichier, sinon pdf).</translation>
    </message>
    <message>
        <source>The file to write (replaced atomically).</source>
        <translation>Le fichier à écrire (remplacé de manière atomique).</translation>
    </message>
    <message>
        <source>pack needs --out FILE.</source>
        <translation>pack a besoin de --out FICHIER.</translation>
    </message>
    <message>
        <source>--format must be pdf, html or md.</source>
        <translation>--format doit être pdf, html ou md.</translation>
    </message>
    <message>
        <source>--meeting needs a meeting id (a whole number).</source>
        <translation>--meeting a besoin d&apos;un id de réunion (un nombre entier).</translation>
    </message>
    <message>
        <source>A PDF board pack needs fonts: run charter-cli itself.</source>
        <translation>Un dossier du comité en PDF a besoin de polices : lancez charter-cli lui-même.</translation>
    </message>
    <message>
        <source>Board pack: %1%</source>
        <translation>Dossier du comité : %1 %</translation>
    </message>
    <message>
        <source>Board pack written to %1: %2 agenda items; audit tree head size %3, root %4.</source>
        <translation>Dossier du comité écrit dans %1 : %2 points à l&apos;ordre du jour ; tête d&apos;arbre de la piste d&apos;audit de taille %3, racine %4.</translation>
    </message>
    <message>
        <source>not sealed</source>
        <translation>non scellé</translation>
    </message>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation>Format de sortie : %1 (par défaut %2).</translation>
    </message>
    <message>
        <source>Name exactly one SYSTEM (an id or an exact name).</source>
        <translation>Indiquez exactement un SYSTÈME (un id ou un nom exact).</translation>
    </message>
    <message>
        <source>Create an empty Charter database at LOCATION.</source>
        <translation>Créer une base de données Charter vide à EMPLACEMENT.</translation>
    </message>
    <message>
        <source>%1 is already a Charter database; nothing to do.</source>
        <translation>%1 est déjà une base de données Charter ; rien à faire.</translation>
    </message>
    <message>
        <source>Add a deterministic, realistic demo portfolio: systems with people, vendors, decision boundaries and escalation paths, and their history: accounts for the demo&apos;s people, systems in every workflow state, sign-offs (some stale), overrides and incidents. The history needs the admin role (the first account of a new database has it).</source>
        <translation>Ajouter un portefeuille de démonstration réaliste et déterministe : systèmes avec personnes, fournisseurs, limites de décision et chemins d&apos;escalade, et leur historique : comptes pour les personnes de la démo, systèmes dans chaque état du workflow, visas (certains périmés), dérogations et incidents. L&apos;historique requiert le rôle admin (le premier compte d&apos;une nouvelle base l&apos;a).</translation>
    </message>
    <message>
        <source>Number of systems (default 60).</source>
        <translation>Nombre de systèmes (par défaut 60).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Graine aléatoire (par défaut 1).</translation>
    </message>
    <message>
        <source>Only the portfolio: every system stays a draft, no accounts are added.</source>
        <translation>Seulement le portefeuille : chaque système reste un brouillon, aucun compte n&apos;est ajouté.</translation>
    </message>
    <message>
        <source>--systems needs a whole number from 0 to 10000000.</source>
        <translation>--systems a besoin d&apos;un nombre entier de 0 à 10000000.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed a besoin d&apos;un nombre entier.</translation>
    </message>
    <message>
        <source>Demo portfolio (%1 systems, seed %2)</source>
        <translation>Portefeuille de démonstration (%1 systèmes, graine %2)</translation>
    </message>
    <message>
        <source>Add --no-history to add the portfolio alone.</source>
        <translation>Ajoutez --no-history pour n&apos;ajouter que le portefeuille.</translation>
    </message>
    <message>
        <source>Added %1 systems, %2 people and %3 vendors to %4.</source>
        <translation>%1 systèmes, %2 personnes et %3 fournisseurs ajoutés à %4.</translation>
    </message>
    <message>
        <source>History: %1 accounts; %2; %3 sign-offs (%4 stale); %5 overrides; %6 incidents (%7 response-time breaches).</source>
        <translation>Historique : %1 comptes ; %2 ; %3 visas (%4 périmés) ; %5 dérogations ; %6 incidents (%7 dépassements du délai cible).</translation>
    </message>
    <message>
        <source>List the AI systems in the register.</source>
        <translation>Lister les systèmes d&apos;IA du registre.</translation>
    </message>
    <message>
        <source>Only systems whose name, reference, business unit, accountable owner or vendor contains TEXT.</source>
        <translation>Seulement les systèmes dont le nom, la référence, l&apos;unité opérationnelle, le responsable ou le fournisseur contient TEXTE.</translation>
    </message>
    <message>
        <source>Unknown --format &quot;%1&quot;; use table, json or csv.</source>
        <translation>--format « %1 » inconnu ; utilisez table, json ou csv.</translation>
    </message>
    <message>
        <source>Show everything the register holds about SYSTEM (an id or an exact name).</source>
        <translation>Afficher tout ce que le registre contient sur SYSTÈME (un id ou un nom exact).</translation>
    </message>
    <message>
        <source>Explain SYSTEM&apos;s risk: every factor with its points, the unknown answers, completeness and tier.</source>
        <translation>Expliquer le risque de SYSTÈME : chaque facteur avec ses points, les réponses inconnues, la complétude et le niveau.</translation>
    </message>
    <message>
        <source>Check that LOCATION is a readable, consistent Charter database. Exit 0 when it is, 3 when the integrity check finds damage, 6 when it cannot be read at all.</source>
        <translation>Vérifier qu&apos;EMPLACEMENT est une base de données Charter lisible et cohérente. Code de sortie 0 si c&apos;est le cas, 3 si le contrôle d&apos;intégrité trouve des dommages, 6 si elle est totalement illisible.</translation>
    </message>
    <message numerus="yes">
        <source>%1 failed the integrity check (%n problem(s)). Restore it from a backup.</source>
        <translation>
            <numerusform>%1 a échoué au contrôle d&apos;intégrité (%n problème). Restaurez-le depuis une sauvegarde.</numerusform>
            <numerusform>%1 a échoué au contrôle d&apos;intégrité (%n problèmes). Restaurez-le depuis une sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ok (schema version %2, %3 systems)</source>
        <translation>%1 : ok (version de schéma %2, %3 systèmes)</translation>
    </message>
    <message>
        <source>Change one field of a system: name, purpose or business_unit. With --if-version N the change is made only when the system is still at version N (as you read it, e.g. with &apos;show --format json&apos;); otherwise it is a conflict (exit 5) and nothing is written. Prints the system&apos;s new version.</source>
        <translation>Modifier un champ d&apos;un système : name, purpose ou business_unit. Avec --if-version N, la modification n&apos;est faite que si le système est toujours en version N (telle que vous l&apos;avez lue, par ex. avec « show --format json ») ; sinon c&apos;est un conflit (code 5) et rien n&apos;est écrit. Affiche la nouvelle version du système.</translation>
    </message>
    <message>
        <source>The system&apos;s id or exact name.</source>
        <translation>L&apos;id ou le nom exact du système.</translation>
    </message>
    <message>
        <source>name, purpose or business_unit.</source>
        <translation>name, purpose ou business_unit.</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>La nouvelle valeur.</translation>
    </message>
    <message>
        <source>Only change version N of the system.</source>
        <translation>Ne modifier que la version N du système.</translation>
    </message>
    <message>
        <source>Name a SYSTEM, a FIELD and a VALUE.</source>
        <translation>Indiquez un SYSTÈME, un CHAMP et une VALEUR.</translation>
    </message>
    <message>
        <source>--if-version needs a version number (1 or more).</source>
        <translation>--if-version a besoin d&apos;un numéro de version (1 ou plus).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field &apos;set&apos; changes; use name, purpose or business_unit.</source>
        <translation>« %1 » n&apos;est pas un champ que « set » modifie ; utilisez name, purpose ou business_unit.</translation>
    </message>
    <message>
        <source>A system needs a name.</source>
        <translation>Un système a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>System %1: %2 changed; now at version %3.</source>
        <translation>Système %1 : %2 modifié ; désormais en version %3.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
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
        <translation>Comptes Charter et leurs rôles (%1). En mode local, un compte est un identifiant du système d&apos;exploitation ; le premier à créer une base est admin et contributor.

  users list                         tous les comptes (tout le monde)
  users whoami                       le compte sous lequel vous agissez (tout le monde)
  users add IDENT [--role R]... [--name TEXTE] [--person PERSONNE]
  users set-roles IDENT [R...]       remplacer les rôles (aucun = viewer)
  users link IDENT PERSONNE          parler pour PERSONNE (par ex. viser la responsabilité)
  users unlink IDENT
  users deactivate IDENT | activate IDENT
Tout sauf list et whoami requiert le rôle admin.</translation>
    </message>
    <message>
        <source>list, whoami, add, set-roles, link, unlink, deactivate, activate.</source>
        <translation>list, whoami, add, set-roles, link, unlink, deactivate, activate.</translation>
    </message>
    <message>
        <source>A role of the new account (repeatable).</source>
        <translation>Un rôle du nouveau compte (répétable).</translation>
    </message>
    <message>
        <source>Display name of the new account.</source>
        <translation>Nom affiché du nouveau compte.</translation>
    </message>
    <message>
        <source>Link the new account to this person (id or exact name).</source>
        <translation>Lier le nouveau compte à cette personne (id ou nom exact).</translation>
    </message>
    <message>
        <source>list/whoami output: text, json (default text).</source>
        <translation>Sortie de list/whoami : text, json (par défaut text).</translation>
    </message>
    <message>
        <source>Unknown users command &quot;%1&quot;; use %2.</source>
        <translation>Commande users inconnue « %1 » ; utilisez %2.</translation>
    </message>
    <message>
        <source>Wrong arguments for &apos;users %1&apos;; see &apos;charter-cli users --help&apos;.</source>
        <translation>Arguments incorrects pour « users %1 » ; voir « charter-cli users --help ».</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 comptes</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1 : %2%3</translation>
    </message>
    <message>
        <source> (deactivated)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <source> (not an account of this database: read only)</source>
        <translation> (pas un compte de cette base : lecture seule)</translation>
    </message>
    <message>
        <source>Note: while %1 holds the admin role it cannot approve or sign, whatever other roles it has.</source>
        <translation>Remarque : tant que %1 détient le rôle admin, il ne peut ni approuver ni viser, quels que soient ses autres rôles.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Nobody in the people directory has the id or name &quot;%1&quot;.</source>
        <translation>Personne dans l&apos;annuaire n&apos;a l&apos;id ou le nom « %1 ».</translation>
    </message>
    <message>
        <source>Several people are named &quot;%1&quot;; name one by its id.</source>
        <translation>Plusieurs personnes s&apos;appellent « %1 » ; désignez-en une par son id.</translation>
    </message>
    <message>
        <source>(material)</source>
        <translation>(substantiel)</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 (review cycle %2)</source>
        <translation>%1 (cycle de revue %2)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Soumis</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>Last review decision</source>
        <translation>Dernière décision de revue</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 par %2 : %3</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvés</translation>
    </message>
    <message>
        <source>%1 by %2 at %3 risk (policy version %4)</source>
        <translation>%1 par %2 au risque %3 (version de politique %4)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Approval expires</source>
        <translation>L&apos;approbation expire</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Revue due</translation>
    </message>
    <message>
        <source>NEEDS RE-APPROVAL:</source>
        <translation>NOUVELLE APPROBATION REQUISE :</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 du contenu</translation>
    </message>
    <message>
        <source>Sign-offs required (%1 risk, policy version %2), review cycle %3:</source>
        <translation>Visas requis (risque %1, version de politique %2), cycle de revue %3 :</translation>
    </message>
    <message>
        <source>Sign-offs of review cycle %3, measured against the record now (%1 risk, policy version %2):</source>
        <translation>Visas du cycle de revue %3, mesurés par rapport à la fiche actuelle (risque %1, version de politique %2) :</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>stale, re-sign required: %1</source>
        <translation>périmé, nouveau visa requis : %1</translation>
    </message>
    <message>
        <source>%1 by %2 on %3: %4</source>
        <translation>%1 par %2 le %3 : %4</translation>
    </message>
    <message>
        <source>current</source>
        <translation>valable</translation>
    </message>
    <message>
        <source>STALE (re-sign required)</source>
        <translation>PÉRIMÉ (nouveau visa requis)</translation>
    </message>
    <message>
        <source>Decision log</source>
        <translation>Journal des décisions</translation>
    </message>
    <message>
        <source>Overrides (%1):</source>
        <translation>Dérogations (%1) :</translation>
    </message>
    <message>
        <source>AI recommended: %1</source>
        <translation>L&apos;IA a recommandé : %1</translation>
    </message>
    <message>
        <source>Human decided:  %1</source>
        <translation>L&apos;humain a décidé : %1</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <source>Incidents (%1, %2 response-time breaches):</source>
        <translation>Incidents (%1, %2 dépassements du délai cible) :</translation>
    </message>
    <message>
        <source>Escalated to %1</source>
        <translation>Escaladé à %1</translation>
    </message>
    <message>
        <source>nobody (no escalation step for this severity)</source>
        <translation>personne (aucune étape d&apos;escalade pour cette gravité)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is now %2 (review cycle %3).</source>
        <translation>« %1 » est désormais %2 (cycle de revue %3).</translation>
    </message>
    <message>
        <source>Why (required; recorded in the history).</source>
        <translation>Pourquoi (obligatoire ; enregistré dans l&apos;historique).</translation>
    </message>
    <message>
        <source>Why (optional; recorded in the history).</source>
        <translation>Pourquoi (facultatif ; enregistré dans l&apos;historique).</translation>
    </message>
    <message>
        <source>Submit SYSTEM for review (from draft, after changes were requested, after a rejection, or an approved or suspended system for re-review). Needs the contributor, it_reviewer or board role.</source>
        <translation>Soumettre SYSTÈME pour revue (depuis le brouillon, après des modifications demandées, après un rejet, ou un système approuvé ou suspendu pour nouvelle revue). Requiert le rôle contributor, it_reviewer ou board.</translation>
    </message>
    <message>
        <source>Suspend an approved SYSTEM (IT reviewer or board).</source>
        <translation>Suspendre un SYSTÈME approuvé (réviseur informatique ou comité).</translation>
    </message>
    <message>
        <source>Reinstate a suspended SYSTEM whose approval still holds (IT reviewer or board, not admin).</source>
        <translation>Rétablir un SYSTÈME suspendu dont l&apos;approbation tient toujours (réviseur informatique ou comité, pas admin).</translation>
    </message>
    <message>
        <source>Retire SYSTEM (from draft, changes requested, rejected or suspended; IT reviewer or board). Final.</source>
        <translation>Retirer SYSTÈME (depuis brouillon, modifications demandées, rejeté ou suspendu ; réviseur informatique ou comité). Définitif.</translation>
    </message>
    <message>
        <source>Record the review decision on SYSTEM: approve (every required sign-off present and current), request changes, or reject. Needs the it_reviewer or board role; nobody decides on what they submitted, and admin never approves.</source>
        <translation>Enregistrer la décision de revue sur SYSTÈME : approuver (chaque visa requis présent et valable), demander des modifications, ou rejeter. Requiert le rôle it_reviewer ou board ; personne ne décide sur ce qu&apos;il a soumis, et admin n&apos;approuve jamais.</translation>
    </message>
    <message>
        <source>Approve it.</source>
        <translation>L&apos;approuver.</translation>
    </message>
    <message>
        <source>Send it back for changes.</source>
        <translation>Le renvoyer pour modifications.</translation>
    </message>
    <message>
        <source>Reject it.</source>
        <translation>Le rejeter.</translation>
    </message>
    <message>
        <source>Conditions of the approval.</source>
        <translation>Conditions de l&apos;approbation.</translation>
    </message>
    <message>
        <source>The approval lapses after DATE (YYYY-MM-DD).</source>
        <translation>L&apos;approbation expire après DATE (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Give exactly one of --approve, --request-changes and --reject.</source>
        <translation>Indiquez exactement une option parmi --approve, --request-changes et --reject.</translation>
    </message>
    <message>
        <source>--conditions and --expires belong to --approve.</source>
        <translation>--conditions et --expires vont avec --approve.</translation>
    </message>
    <message>
        <source>Sign SYSTEM, which is in review. The sign-off is bound to the record&apos;s current content (its SHA-256 and a snapshot); a later material change makes it stale. it_review needs the it_reviewer role, board the board role; ownership is given by the account linked to the accountable owner. Nobody signs what they submitted; admin never signs.</source>
        <translation>Viser SYSTÈME, qui est en revue. Le visa est lié au contenu actuel de la fiche (son SHA-256 et un instantané) ; une modification substantielle ultérieure le rend périmé. it_review requiert le rôle it_reviewer, board le rôle board ; ownership est donné par le compte lié au responsable. Personne ne vise ce qu&apos;il a soumis ; admin ne vise jamais.</translation>
    </message>
    <message>
        <source>What you sign as: %1.</source>
        <translation>En tant que quoi vous visez : %1.</translation>
    </message>
    <message>
        <source>A note recorded with the sign-off.</source>
        <translation>Une note enregistrée avec le visa.</translation>
    </message>
    <message>
        <source>Refuse unless the record&apos;s content SHA-256 (see &apos;show&apos;) is still HASH.</source>
        <translation>Refuser sauf si le SHA-256 du contenu (voir « show ») est toujours HASH.</translation>
    </message>
    <message>
        <source>--as needs one of %1.</source>
        <translation>--as a besoin de l&apos;un de %1.</translation>
    </message>
    <message>
        <source>Signed as %1 by %2; bound to content %3.</source>
        <translation>Visé en tant que %1 par %2 ; lié au contenu %3.</translation>
    </message>
    <message>
        <source>Every required sign-off is in; a reviewer can now approve it.</source>
        <translation>Tous les visas requis sont là ; un réviseur peut maintenant l&apos;approuver.</translation>
    </message>
    <message>
        <source>Still missing: %1.</source>
        <translation>Manque encore : %1.</translation>
    </message>
    <message>
        <source>List SYSTEM&apos;s sign-offs with what changed since each was signed (field, old, new; material changes make it stale). By default the current review cycle.</source>
        <translation>Lister les visas de SYSTÈME avec ce qui a changé depuis chacun (champ, ancien, nouveau ; les modifications substantielles le rendent périmé). Par défaut, le cycle de revue actuel.</translation>
    </message>
    <message>
        <source>Every sign-off of every review cycle.</source>
        <translation>Chaque visa de chaque cycle de revue.</translation>
    </message>
    <message>
        <source>JSON: include the signed content itself.</source>
        <translation>JSON : inclure le contenu visé lui-même.</translation>
    </message>
    <message>
        <source>Output format: text, json (default text).</source>
        <translation>Format de sortie : text, json (par défaut text).</translation>
    </message>
    <message>
        <source>%1: %2, review cycle %3; content SHA-256 %4</source>
        <translation>%1 : %2, cycle de revue %3 ; SHA-256 du contenu %4</translation>
    </message>
    <message>
        <source>No sign-offs.</source>
        <translation>Aucun visa.</translation>
    </message>
    <message>
        <source>#%1 %2 by %3 on %4 (cycle %5, %6 risk): %7</source>
        <translation>n° %1 %2 par %3 le %4 (cycle %5, risque %6) : %7</translation>
    </message>
    <message>
        <source>STALE, re-sign required</source>
        <translation>PÉRIMÉ, nouveau visa requis</translation>
    </message>
    <message>
        <source>Signed content SHA-256 %1</source>
        <translation>SHA-256 du contenu visé %1</translation>
    </message>
    <message>
        <source>Unchanged since signing.</source>
        <translation>Inchangé depuis le visa.</translation>
    </message>
    <message>
        <source>Changed since signing:</source>
        <translation>Modifié depuis le visa :</translation>
    </message>
    <message>
        <source>What is waiting for you: sign-offs to give or re-sign, reviews to decide, changes requested, re-approvals due.</source>
        <translation>Ce qui vous attend : visas à donner ou à renouveler, revues à trancher, modifications demandées, nouvelles approbations dues.</translation>
    </message>
    <message>
        <source>Waiting for %1: %2</source>
        <translation>En attente de %1 : %2</translation>
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
        <translation>Charter : la console de gouvernance des systèmes d&apos;IA.</translation>
    </message>
    <message>
        <source>Open the database at LOCATION (default: the one open when Charter last closed, else %1).</source>
        <translation>Ouvrir la base de données à EMPLACEMENT (par défaut : celle ouverte à la dernière fermeture de Charter, sinon %1).</translation>
    </message>
    <message>
        <source>LOCATION</source>
        <translation>EMPLACEMENT</translation>
    </message>
    <message>
        <source>Also write the log to standard error.</source>
        <translation>Écrire aussi le journal sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Render the main window offscreen to the PNG FILE and exit. Without --db, a demo database is used.</source>
        <translation>Rendre la fenêtre principale hors écran dans le FICHIER PNG et quitter. Sans --db, une base de démonstration est utilisée.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Write the documentation screenshots (registry, quick filters, risk explanation, dark palette, import wizard) to DIRECTORY and exit. Without --db, a demo database is used.</source>
        <translation>Écrire les captures d&apos;écran de la documentation (registre, filtres rapides, explication du risque, palette sombre, assistant d&apos;import) dans RÉPERTOIRE et quitter. Sans --db, une base de démonstration est utilisée.</translation>
    </message>
    <message>
        <source>DIRECTORY</source>
        <translation>RÉPERTOIRE</translation>
    </message>
    <message>
        <source>Loaded 1 system.</source>
        <translation>1 système chargé.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n systems.</source>
        <translation>
            <numerusform>%n système chargé.</numerusform>
            <numerusform>%n systèmes chargés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exit once the register is loaded and shown in the window, after printing the number of systems to standard output (exit status 6 when the database cannot be opened). For smoke tests and startup benchmarks; the window&apos;s state and the recent databases are left as they were.</source>
        <translation>Quitter dès que le registre est chargé et affiché dans la fenêtre, après avoir écrit le nombre de systèmes sur la sortie standard (code de sortie 6 si la base ne peut pas être ouverte). Pour les tests de fumée et les mesures de démarrage ; l&apos;état de la fenêtre et les bases récentes restent inchangés.</translation>
    </message>
    <message>
        <source>Scale the whole interface by FACTOR (0.5 to 4; 2 for 200%), as the environment variable QT_SCALE_FACTOR does. With --screenshots the file names get the percentage: registry-200.png.</source>
        <translation>Mettre toute l&apos;interface à l&apos;échelle FACTOR (0,5 à 4 ; 2 pour 200 %), comme la variable d&apos;environnement QT_SCALE_FACTOR. Avec --screenshots, les noms de fichiers reçoivent le pourcentage : registry-200.png.</translation>
    </message>
    <message>
        <source>FACTOR</source>
        <translation>FACTOR</translation>
    </message>
    <message>
        <source>--scale needs a number from 0.5 to 4, such as 2 for 200%.</source>
        <translation>--scale attend un nombre de 0,5 à 4, par exemple 2 pour 200 %.</translation>
    </message>
    <message>
        <source>No database at %1; name one with --db.</source>
        <translation>Aucune base de données à %1 ; indiquez-en une avec --db.</translation>
    </message>
</context>
</TS>
