<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Command</name>
    <message>
        <source>Usage: parapet-cli COMMAND [SOURCE...] [OPTIONS]</source>
        <translation>Aufruf: parapet-cli BEFEHL [QUELLE...] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Hardens Kubernetes clusters along the NSA/CISA Kubernetes Hardening Guide.</source>
        <translation>Härtet Kubernetes-Cluster nach dem Kubernetes Hardening Guide von NSA/CISA.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Sources (common to all commands):</source>
        <translation>Quellen (für alle Befehle):</translation>
    </message>
    <message>
        <source>  PATH...        manifest files or folders (YAML, JSON), or snapshot files</source>
        <translation>  PFAD...        Manifest-Dateien oder -Ordner (YAML, JSON) oder Snapshot-Dateien</translation>
    </message>
    <message>
        <source>  -              read manifests from standard input</source>
        <translation>  -              Manifeste von der Standardeingabe lesen</translation>
    </message>
    <message>
        <source>  --demo         the bundled demo cluster</source>
        <translation>  --demo         der mitgelieferte Demo-Cluster</translation>
    </message>
    <message>
        <source>  --context NAME a live cluster through kubeconfig (with --kubeconfig, --cluster, --user,
                 --as, --as-group, --request-timeout); no source at all: the current context</source>
        <translation>  --context NAME ein Live-Cluster über die kubeconfig (mit --kubeconfig, --cluster, --user,
                 --as, --as-group, --request-timeout); ganz ohne Quelle: der aktuelle Kontext</translation>
    </message>
    <message>
        <source>Run &apos;parapet-cli COMMAND --help&apos; for the options of a command.</source>
        <translation>Mit &apos;parapet-cli BEFEHL --help&apos; erhalten Sie die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 findings at or above the threshold, 2 usage or input error.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Befunde ab dem Schwellenwert, 2 Aufruf- oder Eingabefehler.</translation>
    </message>
    <message>
        <source>error: unknown command &quot;%1&quot;; run &apos;parapet-cli --help&apos; for the list</source>
        <translation>Fehler: unbekannter Befehl „%1“; die Liste zeigt &apos;parapet-cli --help&apos;</translation>
    </message>
    <message>
        <source>Source: %1 (%2 objects)</source>
        <translation>Quelle: %1 (%2 Objekte)</translation>
    </message>
    <message>
        <source>, Kubernetes %1</source>
        <translation>, Kubernetes %1</translation>
    </message>
    <message>
        <source>Score: %1 (severity weighted), compliance %2; %3 controls scored, %4 not verifiable from here, %5 informational</source>
        <translation>Bewertung: %1 (nach Schweregrad gewichtet), Compliance %2; %3 Kontrollen bewertet, %4 nicht von hier prüfbar, %5 informativ</translation>
    </message>
    <message>
        <source> (score %1)</source>
        <translation> (Bewertung %1)</translation>
    </message>
    <message>
        <source>CONTROL</source>
        <translation>KONTROLLE</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>VERSTÖSSE</translation>
    </message>
    <message>
        <source>EXCEPTED</source>
        <translation>AUSGENOMMEN</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>… %1 more findings (use --limit 0 or --format json)</source>
        <translation>… %1 weitere Befunde (mit --limit 0 oder --format json alle)</translation>
    </message>
    <message>
        <source> (owner %1)</source>
        <translation> (Verantwortlich: %1)</translation>
    </message>
    <message>
        <source>excepted: %1 (%2)</source>
        <translation>ausgenommen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>NamespacesView</name>
    <message>
        <source>Ingress</source>
        <translation>Ingress</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>Egress</translation>
    </message>
    <message>
        <source>%1: default-deny</source>
        <translation>%1: Default-Deny</translation>
    </message>
    <message>
        <source>A policy denies all ingress to every pod; rules open what is needed</source>
        <translation>Eine Policy verweigert jedem Pod jeglichen Ingress; Regeln öffnen, was nötig ist</translation>
    </message>
    <message>
        <source>A policy denies all egress from every pod; rules open what is needed</source>
        <translation>Eine Policy verweigert jedem Pod jeglichen Egress; Regeln öffnen, was nötig ist</translation>
    </message>
    <message>
        <source>%1: isolated</source>
        <translation>%1: isoliert</translation>
    </message>
    <message>
        <source>Every pod is selected by a policy for %1, but no default-deny policy covers new pods</source>
        <translation>Jeder Pod wird von einer Policy für %1 ausgewählt, aber keine Default-Deny-Policy deckt neue Pods ab</translation>
    </message>
    <message>
        <source>%1: partly</source>
        <translation>%1: teilweise</translation>
    </message>
    <message>
        <source>Some pods are selected by a policy for %1, others accept everything</source>
        <translation>Einige Pods werden von einer Policy für %1 ausgewählt, andere nehmen alles an</translation>
    </message>
    <message>
        <source>%1: open</source>
        <translation>%1: offen</translation>
    </message>
    <message>
        <source>No NetworkPolicy isolates these pods: every pod and address can connect to them</source>
        <translation>Keine NetworkPolicy isoliert diese Pods: jeder Pod und jede Adresse kann sich mit ihnen verbinden</translation>
    </message>
    <message>
        <source>No NetworkPolicy isolates these pods for egress: they can connect anywhere</source>
        <translation>Keine NetworkPolicy isoliert diese Pods für Egress: sie können sich überallhin verbinden</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>overall score</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <source>NSA/CISA Kubernetes hardening assessment of %1</source>
        <translation>Kubernetes-Härtungsbewertung von %1 nach NSA/CISA</translation>
    </message>
    <message>
        <source>Assessment against the NSA/CISA Kubernetes Hardening Guide</source>
        <translation>Bewertung nach dem Kubernetes Hardening Guide von NSA/CISA</translation>
    </message>
    <message>
        <source>Cluster / source</source>
        <translation>Cluster / Quelle</translation>
    </message>
    <message>
        <source>Source kind</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes-Version</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Objects analysed</source>
        <translation>Analysierte Objekte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Parapet version</source>
        <translation>Parapet-Version</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>(graph not available)</source>
        <translation>(Graph nicht verfügbar)</translation>
    </message>
    <message>
        <source>Parapet %1 · generated %2</source>
        <translation>Parapet %1 · erstellt %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>%1 scored, %2 to verify by hand, %3 informational</source>
        <translation>%1 bewertet, %2 von Hand zu prüfen, %3 informativ</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>This report describes the configuration of the source named above as read by Parapet on the date shown. It contains object names and settings, never Secret values, tokens or keys.</source>
        <translation>Dieser Bericht beschreibt die Konfiguration der oben genannten Quelle, wie Parapet sie am angegebenen Datum gelesen hat. Er enthält Objektnamen und Einstellungen, niemals Werte von Secrets, Tokens oder Schlüssel.</translation>
    </message>
    <message>
        <source>a PDF report needs a QGuiApplication</source>
        <translation>ein PDF-Bericht braucht eine QGuiApplication</translation>
    </message>
    <message>
        <source>cannot lay out the PDF</source>
        <translation>das PDF kann nicht gesetzt werden</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>Manifest files</source>
        <translation>Manifest-Dateien</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message>
        <source>Live cluster</source>
        <translation>Live-Cluster</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>This report assesses %1 (%2, %3 objects) against the NSA/CISA Kubernetes Hardening Guide. %4 controls were scored, %5 cannot be verified from the source and need a manual check, %6 are informational.</source>
        <translation>Dieser Bericht bewertet %1 (%2, %3 Objekte) nach dem Kubernetes Hardening Guide von NSA/CISA. %4 Kontrollen wurden bewertet, %5 sind aus der Quelle nicht prüfbar und brauchen eine manuelle Prüfung, %6 sind informativ.</translation>
    </message>
    <message>
        <source>%1 of 100 (severity weighted)</source>
        <translation>%1 von 100 (nach Schweregrad gewichtet)</translation>
    </message>
    <message>
        <source>%1 of 100 (share of passing objects per control)</source>
        <translation>%1 von 100 (Anteil bestandener Objekte je Kontrolle)</translation>
    </message>
    <message>
        <source>%1 scored, %2 not verifiable</source>
        <translation>%1 bewertet, %2 nicht prüfbar</translation>
    </message>
    <message>
        <source>%1 high or critical permission risks, %2 escalation paths to cluster-admin</source>
        <translation>%1 hohe oder kritische Berechtigungsrisiken, %2 Eskalationspfade zu cluster-admin</translation>
    </message>
    <message>
        <source>%1 namespaces without any NetworkPolicy, %2 workloads reachable from the internet</source>
        <translation>%1 Namespaces ohne jede NetworkPolicy, %2 aus dem Internet erreichbare Workloads</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <source>Severity %1 · %2 passing, %3 failing, %4 excepted</source>
        <translation>Schweregrad %1 · %2 bestanden, %3 nicht bestanden, %4 ausgenommen</translation>
    </message>
    <message>
        <source>Remediation: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Excepted: %1</source>
        <translation>Ausgenommen: %1</translation>
    </message>
    <message>
        <source>… and %1 more findings of %2 (all of them: parapet-cli scan --format json).</source>
        <translation>… und %1 weitere Befunde von %2 (alle: parapet-cli scan --format json).</translation>
    </message>
    <message>
        <source>%1 permission risks and %2 escalation paths to cluster-admin-equivalent power were found. The cluster&apos;s own default bindings are left out.</source>
        <translation>Es wurden %1 Berechtigungsrisiken und %2 Eskalationspfade zu Rechten gleichwertig mit cluster-admin gefunden. Die eigenen Standard-Bindings des Clusters sind ausgelassen.</translation>
    </message>
    <message>
        <source>… and %1 more (parapet-cli rbac risks).</source>
        <translation>… und %1 weitere (parapet-cli rbac risks).</translation>
    </message>
    <message>
        <source>… and %1 more paths (parapet-cli rbac escalations).</source>
        <translation>… und %1 weitere Pfade (parapet-cli rbac escalations).</translation>
    </message>
    <message>
        <source>The graph has %1 nodes; it is drawn in %2 parts of whole subjects, the riskiest first, so that every label stays readable.</source>
        <translation>Der Graph hat %1 Knoten; er wird in %2 Teilen aus ganzen Subjekten gezeichnet, die riskantesten zuerst, damit jede Beschriftung lesbar bleibt.</translation>
    </message>
    <message>
        <source>RBAC graph, part %1 of %2</source>
        <translation>RBAC-Graph, Teil %1 von %2</translation>
    </message>
    <message>
        <source>%1 further subjects are not drawn; they are listed in the table above and by parapet-cli graph rbac.</source>
        <translation>%1 weitere Subjekte sind nicht gezeichnet; sie stehen in der Tabelle oben und in parapet-cli graph rbac.</translation>
    </message>
    <message>
        <source>%1 workloads (%2 pods) in %3 namespaces, %4 NetworkPolicies.</source>
        <translation>%1 Workloads (%2 Pods) in %3 Namespaces, %4 NetworkPolicies.</translation>
    </message>
    <message>
        <source>… and %1 more (parapet-cli netpol exposure).</source>
        <translation>… und %1 weitere (parapet-cli netpol exposure).</translation>
    </message>
    <message>
        <source>%1 less connected nodes are not drawn (parapet-cli graph netpol draws all).</source>
        <translation>%1 weniger verbundene Knoten sind nicht gezeichnet (parapet-cli graph netpol zeichnet alle).</translation>
    </message>
    <message>
        <source>A graph could not be drawn: %1</source>
        <translation>Ein Graph konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <source>Accepted risks from the exceptions file %1 and from parapet.io/exempt annotations.</source>
        <translation>Akzeptierte Risiken aus der Ausnahmedatei %1 und aus parapet.io/exempt-Annotationen.</translation>
    </message>
    <message>
        <source>… %1 more</source>
        <translation>… %1 weitere</translation>
    </message>
    <message>
        <source>Patch for %1 (%2):</source>
        <translation>Patch für %1 (%2):</translation>
    </message>
    <message>
        <source>… and %1 more fixes (parapet-cli fix).</source>
        <translation>… und %1 weitere Korrekturen (parapet-cli fix).</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Fix set</source>
        <translation>Korrekturpaket</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>RBAC</source>
        <translation>RBAC</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
</context>
<context>
    <name>parapet</name>
    <message>
        <source>Graphviz&apos;s &quot;%1&quot; was not found on PATH (install the graphviz package)</source>
        <translation>Graphviz&apos; „%1“ wurde im PATH nicht gefunden (installieren Sie das Paket graphviz)</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the %1 layout did not finish within %2 s and was stopped</source>
        <translation>das Layout mit %1 wurde nicht innerhalb von %2 s fertig und abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>cannot read the layout from %1: %2</source>
        <translation>das Layout kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>ein Mapping</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>eine Sequenz</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <source>document is not a Kubernetes object: expected a mapping, found %1</source>
        <translation>Dokument ist kein Kubernetes-Objekt: Mapping erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>object has no &quot;kind&quot;</source>
        <translation>Objekt hat kein „kind“</translation>
    </message>
    <message>
        <source>%1 has no &quot;apiVersion&quot;</source>
        <translation>%1 hat keine „apiVersion“</translation>
    </message>
    <message>
        <source>the items of a List must be a sequence, found %1</source>
        <translation>die Einträge einer List müssen eine Sequenz sein, %1 gefunden</translation>
    </message>
    <message>
        <source>a List inside a List is not allowed</source>
        <translation>eine List innerhalb einer List ist nicht erlaubt</translation>
    </message>
    <message>
        <source>item of %1 is not an object: found %2</source>
        <translation>Eintrag von %1 ist kein Objekt: %2 gefunden</translation>
    </message>
    <message>
        <source>%1 has only metadata.generateName; Parapet needs metadata.name to review it</source>
        <translation>%1 hat nur metadata.generateName; Parapet braucht metadata.name, um es zu prüfen</translation>
    </message>
    <message>
        <source>%1 has no metadata.name</source>
        <translation>%1 hat keinen metadata.name</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>file is larger than the limit of %1; skipped</source>
        <translation>Datei ist größer als das Limit von %1; übersprungen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>input is larger than the limit of %1; skipped</source>
        <translation>Eingabe ist größer als das Limit von %1; übersprungen</translation>
    </message>
    <message>
        <source>not a text file (it contains NUL bytes); skipped</source>
        <translation>keine Textdatei (enthält NUL-Bytes); übersprungen</translation>
    </message>
    <message>
        <source>prefix part of &quot;%1&quot; must be a DNS subdomain</source>
        <translation>der Präfix-Teil von „%1“ muss eine DNS-Subdomain sein</translation>
    </message>
    <message>
        <source>name part of &quot;%1&quot; must be at most 63 alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with an alphanumeric character</source>
        <translation>der Namensteil von „%1“ darf höchstens 63 alphanumerische Zeichen, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; enthalten und muss mit einem alphanumerischen Zeichen beginnen und enden</translation>
    </message>
    <message>
        <source>label value &quot;%1&quot; must be empty or at most 63 alphanumeric characters, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, starting and ending with an alphanumeric character</source>
        <translation>der Label-Wert „%1“ muss leer sein oder höchstens 63 alphanumerische Zeichen, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; enthalten und mit einem alphanumerischen Zeichen beginnen und enden</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) must refer to mappings only</source>
        <translation>ein Merge-Key (&lt;&lt;) darf nur auf Mappings verweisen</translation>
    </message>
    <message>
        <source>a merge key (&lt;&lt;) must refer to a mapping</source>
        <translation>ein Merge-Key (&lt;&lt;) muss auf ein Mapping verweisen</translation>
    </message>
    <message>
        <source>duplicate key &quot;%1&quot; at line %2 (first at line %3)</source>
        <translation>doppelter Schlüssel „%1“ in Zeile %2 (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>the server sent invalid JSON (line %1, column %2): %3</source>
        <translation>der Server hat ungültiges JSON gesendet (Zeile %1, Spalte %2): %3</translation>
    </message>
    <message>
        <source>the server&apos;s response is not one JSON object</source>
        <translation>die Antwort des Servers ist kein einzelnes JSON-Objekt</translation>
    </message>
    <message>
        <source>the server&apos;s response is not a list (kind &quot;%1&quot;)</source>
        <translation>die Antwort des Servers ist keine Liste (kind „%1“)</translation>
    </message>
    <message>
        <source>an item of a %1 list is not an object</source>
        <translation>ein Eintrag einer %1-Liste ist kein Objekt</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (Zeile %1)</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string%2</source>
        <translation>Feld „%1“ muss ein String sein%2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string, but YAML reads this unquoted value as a %2 (write it in quotes)%3</source>
        <translation>Feld „%1“ muss ein String sein, aber YAML liest diesen Wert ohne Anführungszeichen als %2 (setzen Sie ihn in Anführungszeichen)%3</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolean</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false%2</source>
        <translation>Feld „%1“ muss true oder false sein%2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not valid base64%2</source>
        <translation>Feld „%1“ ist kein gültiges Base64%2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list of strings%2</source>
        <translation>Feld „%1“ muss eine Liste von Strings sein%2</translation>
    </message>
    <message>
        <source>%1 must be a mapping%2</source>
        <translation>%1 muss ein Mapping sein%2</translation>
    </message>
    <message>
        <source>extension nested too deeply%1</source>
        <translation>Extension zu tief verschachtelt%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list%2</source>
        <translation>„%1“ muss eine Liste sein%2</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; must be a mapping%2</source>
        <translation>ein Eintrag von „%1“ muss ein Mapping sein%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; of %2</source>
        <translation>„%1“ von %2</translation>
    </message>
    <message>
        <source>&quot;extensions&quot; must be a list%1</source>
        <translation>„extensions“ muss eine Liste sein%1</translation>
    </message>
    <message>
        <source>an extension must be a mapping%1</source>
        <translation>eine Extension muss ein Mapping sein%1</translation>
    </message>
    <message>
        <source>not a kubeconfig: expected a mapping at the top level</source>
        <translation>keine kubeconfig: auf oberster Ebene wird ein Mapping erwartet</translation>
    </message>
    <message>
        <source>not a kubeconfig: kind is &quot;%1&quot;, expected &quot;Config&quot;</source>
        <translation>keine kubeconfig: kind ist „%1“, erwartet wird „Config“</translation>
    </message>
    <message>
        <source>unsupported kubeconfig apiVersion &quot;%1&quot; (expected v1)</source>
        <translation>nicht unterstützte kubeconfig-apiVersion „%1“ (erwartet: v1)</translation>
    </message>
    <message>
        <source>&quot;as-user-extra&quot; of %1</source>
        <translation>„as-user-extra“ von %1</translation>
    </message>
    <message>
        <source>&quot;auth-provider&quot; of %1</source>
        <translation>„auth-provider“ von %1</translation>
    </message>
    <message>
        <source>&quot;auth-provider.config&quot; of %1</source>
        <translation>„auth-provider.config“ von %1</translation>
    </message>
    <message>
        <source>&quot;exec&quot; of %1</source>
        <translation>„exec“ von %1</translation>
    </message>
    <message>
        <source>&quot;exec.env&quot; of %1 must be a list%2</source>
        <translation>„exec.env“ von %1 muss eine Liste sein%2</translation>
    </message>
    <message>
        <source>an entry of &quot;exec.env&quot; must be a mapping%1</source>
        <translation>ein Eintrag von „exec.env“ muss ein Mapping sein%1</translation>
    </message>
    <message>
        <source>invalid configuration: %1</source>
        <translation>ungültige Konfiguration: %1</translation>
    </message>
    <message>
        <source>invalid configuration:</source>
        <translation>ungültige Konfiguration:</translation>
    </message>
    <message>
        <source>no PEM data found</source>
        <translation>keine PEM-Daten gefunden</translation>
    </message>
    <message>
        <source>the output is not a JSON object</source>
        <translation>die Ausgabe ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>cannot create an HTTP handle</source>
        <translation>es kann kein HTTP-Handle angelegt werden</translation>
    </message>
    <message>
        <source>the client certificate is not PEM: %1</source>
        <translation>das Client-Zertifikat ist kein PEM: %1</translation>
    </message>
    <message>
        <source>the client key is not PEM: %1</source>
        <translation>der Client-Schlüssel ist kein PEM: %1</translation>
    </message>
    <message>
        <source>private key does not match public key</source>
        <translation>der private Schlüssel passt nicht zum öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>extension has more than %1 values%2</source>
        <translation>Extension hat mehr als %1 Werte%2</translation>
    </message>
    <message>
        <source>the %1 layout was cancelled</source>
        <translation>das Layout mit %1 wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>parapet::ApiClient</name>
    <message>
        <source>the server URL &quot;%1&quot; is not valid</source>
        <translation>die Server-URL „%1“ ist ungültig</translation>
    </message>
    <message>
        <source>the server URL &quot;%1&quot; has an unsupported scheme</source>
        <translation>die Server-URL „%1“ hat ein nicht unterstütztes Schema</translation>
    </message>
    <message>
        <source>unable to read certificate-authority %1: %2</source>
        <translation>certificate-authority %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <source>the certificate authority of cluster &quot;%1&quot; contains no PEM certificate</source>
        <translation>die Zertifizierungsstelle des Clusters „%1“ enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>invalid &apos;proxy-url&apos; &quot;%1&quot;: %2</source>
        <translation>ungültige &apos;proxy-url&apos; „%1“: %2</translation>
    </message>
    <message>
        <source>cannot create an HTTP handle</source>
        <translation>es kann kein HTTP-Handle angelegt werden</translation>
    </message>
</context>
<context>
    <name>parapet::ApiClient::Private</name>
    <message>
        <source>cannot create an HTTP handle</source>
        <translation>es kann kein HTTP-Handle angelegt werden</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
    <message>
        <source>%1: the response is larger than the limit of %2 MiB</source>
        <translation>%1: die Antwort ist größer als das Limit von %2 MiB</translation>
    </message>
    <message>
        <source>%1: the server sent nothing for %2 s</source>
        <translation>%1: der Server hat %2 s lang nichts gesendet</translation>
    </message>
    <message>
        <source>%1: timed out (%2)</source>
        <translation>%1: Zeitüberschreitung (%2)</translation>
    </message>
    <message>
        <source> (the server does not speak TLS: is it plain HTTP?)</source>
        <translation> (der Server spricht kein TLS: ist es reines HTTP?)</translation>
    </message>
    <message>
        <source>%1: TLS error: %2%3</source>
        <translation>%1: TLS-Fehler: %2%3</translation>
    </message>
    <message>
        <source>%1 %2: cancelled</source>
        <translation>%1 %2: abgebrochen</translation>
    </message>
</context>
<context>
    <name>parapet::CredentialSource</name>
    <message>
        <source>cannot use the client certificate of user &quot;%1&quot;: %2</source>
        <translation>das Client-Zertifikat des Benutzers „%1“ ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>parapet::CredentialSource::Private</name>
    <message>
        <source>oidc: cannot read the provider configuration of %1: %2</source>
        <translation>oidc: die Provider-Konfiguration von %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>oidc: the provider configuration of %1 has no token_endpoint</source>
        <translation>oidc: die Provider-Konfiguration von %1 hat keinen token_endpoint</translation>
    </message>
    <message>
        <source>oidc: refreshing the id-token failed: %1</source>
        <translation>oidc: das Erneuern des id-token ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>oidc: token response did not contain an id_token</source>
        <translation>oidc: die Token-Antwort enthielt kein id_token</translation>
    </message>
</context>
<context>
    <name>parapet::Fetcher</name>
    <message>
        <source>the server rejected the credentials of %1 (401 Unauthorized)%2</source>
        <translation>der Server hat die Anmeldedaten von %1 abgelehnt (401 Unauthorized)%2</translation>
    </message>
    <message>
        <source>this identity</source>
        <translation>dieser Identität</translation>
    </message>
    <message>
        <source>user &quot;%1&quot;</source>
        <translation>Benutzer „%1“</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>discovery failed: %1</source>
        <translation>Discovery fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the list expired (410 Gone) %1 times</source>
        <translation>die Liste ist %1-mal abgelaufen (410 Gone)</translation>
    </message>
    <message>
        <source>namespace %1: the rules review allows listing none of the refused kinds</source>
        <translation>Namespace %1: die Regelprüfung erlaubt keine der verweigerten Arten aufzulisten</translation>
    </message>
    <message>
        <source>namespace %1: may list %2</source>
        <translation>Namespace %1: darf %2 auflisten</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>denied (%1)</source>
        <translation>verweigert (%1)</translation>
    </message>
    <message>
        <source>list %1 in all namespaces: %2</source>
        <translation>%1 in allen Namespaces auflisten: %2</translation>
    </message>
    <message>
        <source>kubelet configuration read on a sample of %1 of %2 nodes (the first by name): the kubelet controls are not verified for the others</source>
        <translation>Kubelet-Konfiguration auf einer Stichprobe von %1 der %2 Nodes gelesen (die ersten nach Name): für die übrigen sind die Kubelet-Kontrollen nicht geprüft</translation>
    </message>
    <message>
        <source>the kubelet configuration could not be read</source>
        <translation>die Kubelet-Konfiguration konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>the answer holds no kubeletconfig object</source>
        <translation>die Antwort enthält kein kubeletconfig-Objekt</translation>
    </message>
    <message>
        <source>%1 on nodes/proxy</source>
        <translation>%1 auf nodes/proxy</translation>
    </message>
    <message>
        <source>%1 from the node proxy</source>
        <translation>%1 vom Node-Proxy</translation>
    </message>
    <message>
        <source>kubelet configuration not readable (%1): kubelet controls are not verifiable from here</source>
        <translation>Kubelet-Konfiguration nicht lesbar (%1): die Kubelet-Kontrollen sind nicht von hier prüfbar</translation>
    </message>
    <message>
        <source>kubelet configuration not readable on %1 of %2 nodes (%3; e.g. %4): their kubelet settings are not verifiable from here</source>
        <translation>Kubelet-Konfiguration auf %1 von %2 Nodes nicht lesbar (%3; z. B. %4): deren Kubelet-Einstellungen sind nicht von hier prüfbar</translation>
    </message>
    <message>
        <source>%1: listed only in namespace(s) %2; the cluster-wide list was refused: %3</source>
        <translation>%1: nur in Namespace(s) %2 aufgelistet; die clusterweite Liste wurde verweigert: %3</translation>
    </message>
    <message>
        <source>%1: not listed, access refused: %2</source>
        <translation>%1: nicht aufgelistet, Zugriff verweigert: %2</translation>
    </message>
    <message>
        <source>%1: not listed, credentials rejected: %2</source>
        <translation>%1: nicht aufgelistet, Anmeldedaten abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1: not listed: %2</source>
        <translation>%1: nicht aufgelistet: %2</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1: abgebrochen</translation>
    </message>
</context>
<context>
    <name>parapet::Graph</name>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
</context>
<context>
    <name>parapet::Inventory</name>
    <message>
        <source>duplicate object %1 (also defined at %2); the later definition is used</source>
        <translation>doppeltes Objekt %1 (auch definiert in %2); die spätere Definition gilt</translation>
    </message>
</context>
<context>
    <name>parapet::JsonReader</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>end of input</source>
        <translation>Ende der Eingabe</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <source>document has more than %1 nodes</source>
        <translation>Dokument hat mehr als %1 Knoten</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>expected a string key, found %1</source>
        <translation>String-Schlüssel erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key, found %1</source>
        <translation>&apos;:&apos; nach einem Objektschlüssel erwartet, %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;%1&apos;, found %2</source>
        <translation>&apos;,&apos; oder &apos;%1&apos; erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>unexpected %1</source>
        <translation>unerwartetes %1</translation>
    </message>
    <message>
        <source>expected a digit after &apos;.&apos;</source>
        <translation>Ziffer nach &apos;.&apos; erwartet</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>Ziffer im Exponenten erwartet</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>abgeschnittene \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>Steuerzeichen in einem String</translation>
    </message>
    <message>
        <source>invalid escape &apos;\%1&apos;</source>
        <translation>ungültige Escape-Sequenz &apos;\%1&apos;</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossener String</translation>
    </message>
</context>
<context>
    <name>parapet::Kubeconfig</name>
    <message>
        <source>YAML error at line %1, column %2: %3</source>
        <translation>YAML-Fehler in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>read %1: is a directory</source>
        <translation>%1 lesen: ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>file is larger than %1 MiB</source>
        <translation>Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>YAML error at line %1, column %2: nesting deeper than %3 levels</source>
        <translation>YAML-Fehler in Zeile %1, Spalte %2: Verschachtelung tiefer als %3 Ebenen</translation>
    </message>
</context>
<context>
    <name>parapet::LabelSelector</name>
    <message>
        <source>for &apos;in&apos; and &apos;notin&apos; operators, values set can&apos;t be empty</source>
        <translation>bei den Operatoren &apos;in&apos; und &apos;notin&apos; darf die Wertemenge nicht leer sein</translation>
    </message>
    <message>
        <source>exact-match compatibility requires one single value</source>
        <translation>exakte Übereinstimmung erfordert genau einen Wert</translation>
    </message>
    <message>
        <source>values set must be empty for exists and does not exist</source>
        <translation>bei exists und does not exist muss die Wertemenge leer sein</translation>
    </message>
    <message>
        <source>for &apos;Gt&apos;, &apos;Lt&apos; operators, exactly one integer value is required</source>
        <translation>die Operatoren &apos;Gt&apos; und &apos;Lt&apos; erfordern genau einen ganzzahligen Wert</translation>
    </message>
    <message>
        <source>a label selector must be a mapping</source>
        <translation>ein Label-Selektor muss ein Mapping sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid label selector operator</source>
        <translation>„%1“ ist kein gültiger Operator für Label-Selektoren</translation>
    </message>
    <message>
        <source>a selector must be a mapping of labels</source>
        <translation>ein Selektor muss ein Mapping von Labels sein</translation>
    </message>
    <message>
        <source>invalid label selector &quot;%1&quot;: %2</source>
        <translation>ungültiger Label-Selektor „%1“: %2</translation>
    </message>
    <message>
        <source>found &apos;%1&apos;, expected a label key</source>
        <translation>&apos;%1&apos; gefunden, Label-Schlüssel erwartet</translation>
    </message>
    <message>
        <source>found &apos;%1&apos;, expected a value</source>
        <translation>&apos;%1&apos; gefunden, Wert erwartet</translation>
    </message>
    <message>
        <source>found &apos;%1&apos;, expected &apos;(&apos;</source>
        <translation>&apos;%1&apos; gefunden, &apos;(&apos; erwartet</translation>
    </message>
    <message>
        <source>found &apos;%1&apos;, expected &apos;,&apos; or &apos;)&apos;</source>
        <translation>&apos;%1&apos; gefunden, &apos;,&apos; oder &apos;)&apos; erwartet</translation>
    </message>
    <message>
        <source>found &apos;%1&apos;, expected an operator</source>
        <translation>&apos;%1&apos; gefunden, Operator erwartet</translation>
    </message>
    <message>
        <source>found end of input, expected a label key</source>
        <translation>Ende der Eingabe gefunden, Label-Schlüssel erwartet</translation>
    </message>
    <message>
        <source>found &apos;%1&apos;, expected &apos;,&apos;</source>
        <translation>&apos;%1&apos; gefunden, &apos;,&apos; erwartet</translation>
    </message>
</context>
<context>
    <name>parapet::ManifestLoader</name>
    <message>
        <source>no such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>the demo cluster is not built into this binary</source>
        <translation>der Demo-Cluster ist in dieses Programm nicht eingebaut</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
</context>
<context>
    <name>parapet::Snapshot</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>not a valid Parapet snapshot: %1</source>
        <translation>kein gültiger Parapet-Snapshot: %1</translation>
    </message>
    <message>
        <source>wrong magic</source>
        <translation>falsche Magic-Bytes</translation>
    </message>
    <message>
        <source>truncated header</source>
        <translation>abgeschnittener Header</translation>
    </message>
    <message>
        <source>snapshot format %1 is not supported by this Parapet (it reads format %2)</source>
        <translation>Snapshot-Format %1 wird von diesem Parapet nicht unterstützt (es liest Format %2)</translation>
    </message>
    <message>
        <source>truncated file table</source>
        <translation>abgeschnittene Dateitabelle</translation>
    </message>
    <message>
        <source>truncated diagnostics</source>
        <translation>abgeschnittene Diagnosen</translation>
    </message>
    <message>
        <source>truncated object table</source>
        <translation>abgeschnittene Objekttabelle</translation>
    </message>
    <message>
        <source>object %1 is truncated</source>
        <translation>Objekt %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>object %1: %2</source>
        <translation>Objekt %1: %2</translation>
    </message>
    <message>
        <source>object %1 is not a Kubernetes object</source>
        <translation>Objekt %1 ist kein Kubernetes-Objekt</translation>
    </message>
    <message>
        <source>unexpected data after the last object</source>
        <translation>unerwartete Daten nach dem letzten Objekt</translation>
    </message>
</context>
<context>
    <name>parapet::YamlDocumentReader</name>
    <message>
        <source>out of memory</source>
        <translation>Speicher erschöpft</translation>
    </message>
    <message>
        <source> at line %1, column %2</source>
        <translation> in Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>aliases expand to more than %1 nodes (an alias bomb?)</source>
        <translation>Aliase expandieren zu mehr als %1 Knoten (eine Alias-Bombe?)</translation>
    </message>
    <message>
        <source>document has more than %1 nodes</source>
        <translation>Dokument hat mehr als %1 Knoten</translation>
    </message>
    <message>
        <source>a mapping key must be a scalar (complex keys are not supported)</source>
        <translation>ein Mapping-Schlüssel muss ein Skalar sein (komplexe Schlüssel werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>unknown or recursive anchor &quot;*%1&quot;</source>
        <translation>unbekannter oder rekursiver Anker „*%1“</translation>
    </message>
    <message>
        <source>an alias used as a mapping key must refer to a string</source>
        <translation>ein als Mapping-Schlüssel verwendeter Alias muss auf einen String verweisen</translation>
    </message>
    <message>
        <source>the value cannot be decoded as !!%1</source>
        <translation>der Wert kann nicht als !!%1 dekodiert werden</translation>
    </message>
</context>
<context>
    <name>parapet::checks</name>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>not verifiable from here</source>
        <translation>nicht von hier prüfbar</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>exception for %1 expired on %2 and no longer applies</source>
        <translation>Ausnahme für %1 ist am %2 abgelaufen und gilt nicht mehr</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: exemption for %2 expired on %3 and no longer applies</source>
        <translation>%1: Ausnahme für %2 ist am %3 abgelaufen und gilt nicht mehr</translation>
    </message>
    <message>
        <source>annotation %1 on %2</source>
        <translation>Annotation %1 an %2</translation>
    </message>
    <message>
        <source>exception for %1 matched no finding</source>
        <translation>Ausnahme für %1 passte auf keinen Befund</translation>
    </message>
    <message>
        <source>Nothing detected in this source.</source>
        <translation>In dieser Quelle wurde nichts gefunden.</translation>
    </message>
    <message>
        <source>To check: %1</source>
        <translation>Zu prüfen: %1</translation>
    </message>
    <message>
        <source>Needs node or cloud-provider access. Manual check: %1</source>
        <translation>Erfordert Zugriff auf Nodes oder den Cloud-Provider. Manuelle Prüfung: %1</translation>
    </message>
    <message>
        <source>Nothing this control applies to was found in the source.</source>
        <translation>In der Quelle wurde nichts gefunden, auf das diese Kontrolle zutrifft.</translation>
    </message>
    <message>
        <source>Manual check: %1</source>
        <translation>Manuelle Prüfung: %1</translation>
    </message>
</context>
<context>
    <name>parapet::checks::Access</name>
    <message>
        <source>%1 can read Secrets (get, list or watch without resourceNames)</source>
        <translation>%1 kann Secrets lesen (get, list oder watch ohne resourceNames)</translation>
    </message>
    <message>
        <source>%1 has a wildcard rule (all verbs, resources or URLs)</source>
        <translation>%1 hat eine Wildcard-Regel (alle Verben, Ressourcen oder URLs)</translation>
    </message>
    <message>
        <source>%1 can exec, attach or port-forward into pods</source>
        <translation>%1 kann exec, attach oder port-forward in Pods ausführen</translation>
    </message>
    <message>
        <source>%1 can escalate, bind or impersonate</source>
        <translation>%1 kann escalate, bind oder impersonate ausführen</translation>
    </message>
    <message>
        <source>%1 holds a high-risk right (create pods or PersistentVolumes, nodes/proxy, webhook configurations, token requests)</source>
        <translation>%1 hat ein Hochrisiko-Recht (Pods oder PersistentVolumes anlegen, nodes/proxy, Webhook-Konfigurationen, Token-Anfragen)</translation>
    </message>
    <message>
        <source>%1 can delete events</source>
        <translation>%1 kann Events löschen</translation>
    </message>
    <message>
        <source>grants cluster-admin (every right on every resource) cluster-wide to %1</source>
        <translation>gewährt %1 clusterweit cluster-admin (alle Rechte auf alle Ressourcen)</translation>
    </message>
    <message>
        <source>grants cluster-admin rights in namespace %1 to %2</source>
        <translation>gewährt %2 cluster-admin-Rechte im Namespace %1</translation>
    </message>
    <message>
        <source>binds %1 %2 to anonymous requests</source>
        <translation>bindet %1 %2 an anonyme Anfragen</translation>
    </message>
    <message>
        <source>binds %1 %2 to everyone, authenticated or not</source>
        <translation>bindet %1 %2 an alle, authentifiziert oder nicht</translation>
    </message>
    <message>
        <source>binds %1 %2 to every authenticated user (system:authenticated)</source>
        <translation>bindet %1 %2 an jeden authentifizierten Benutzer (system:authenticated)</translation>
    </message>
    <message>
        <source>gives %1 to %2: %3</source>
        <translation>gibt %2 %1: %3</translation>
    </message>
    <message>
        <source>the workload runs as the default ServiceAccount</source>
        <translation>der Workload läuft mit dem default-ServiceAccount</translation>
    </message>
    <message>
        <source>%1 roles and %2 bindings in this source; save a snapshot and compare it at the next review.</source>
        <translation>%1 Rollen und %2 Bindings in dieser Quelle; speichern Sie einen Snapshot und vergleichen Sie ihn bei der nächsten Überprüfung.</translation>
    </message>
</context>
<context>
    <name>parapet::checks::Catalogue</name>
    <message>
        <source>Containers run as a non-root user</source>
        <translation>Container laufen als Nicht-root-Benutzer</translation>
    </message>
    <message>
        <source>A process that runs as root in a container is root on the host when it escapes; most container escapes need root.</source>
        <translation>Ein Prozess, der im Container als root läuft, ist nach einem Ausbruch root auf dem Host; die meisten Container-Ausbrüche brauchen root.</translation>
    </message>
    <message>
        <source>Set securityContext.runAsNonRoot: true and a non-zero runAsUser (for example 10001) on the pod or on every container.</source>
        <translation>Setzen Sie securityContext.runAsNonRoot: true und eine runAsUser ungleich 0 (zum Beispiel 10001) am Pod oder an jedem Container.</translation>
    </message>
    <message>
        <source>Check the USER of each image when neither runAsNonRoot nor runAsUser is set.</source>
        <translation>Prüfen Sie den USER jedes Images, wenn weder runAsNonRoot noch runAsUser gesetzt ist.</translation>
    </message>
    <message>
        <source>Containers run with a non-root group (runAsGroup, supplementalGroups, fsGroup not 0)</source>
        <translation>Container laufen mit einer Nicht-root-Gruppe (runAsGroup, supplementalGroups, fsGroup nicht 0)</translation>
    </message>
    <message>
        <source>Group 0 gives access to files owned by the root group on the host and in volumes.</source>
        <translation>Gruppe 0 gibt Zugriff auf Dateien der root-Gruppe auf dem Host und in Volumes.</translation>
    </message>
    <message>
        <source>Set runAsGroup and fsGroup to a non-zero id (for example 10001) and keep 0 out of supplementalGroups.</source>
        <translation>Setzen Sie runAsGroup und fsGroup auf eine ID ungleich 0 (zum Beispiel 10001) und halten Sie 0 aus supplementalGroups heraus.</translation>
    </message>
    <message>
        <source>Check the primary group of each image when runAsGroup is not set.</source>
        <translation>Prüfen Sie die primäre Gruppe jedes Images, wenn runAsGroup nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>Images are built to run as non-root; rootless engines or user namespaces are used</source>
        <translation>Images sind für den Betrieb ohne root gebaut; rootless Engines oder User Namespaces werden genutzt</translation>
    </message>
    <message>
        <source>An image that needs root forces every pod that runs it to allow root.</source>
        <translation>Ein Image, das root braucht, zwingt jeden Pod, der es ausführt, root zu erlauben.</translation>
    </message>
    <message>
        <source>Add a USER instruction with a non-zero id to each Dockerfile; set hostUsers: false on pods where the nodes support user namespaces.</source>
        <translation>Fügen Sie jedem Dockerfile eine USER-Anweisung mit einer ID ungleich 0 hinzu; setzen Sie hostUsers: false an Pods, deren Nodes User Namespaces unterstützen.</translation>
    </message>
    <message>
        <source>Inspect the image configuration (docker inspect / crane config) for a non-root User.</source>
        <translation>Prüfen Sie die Image-Konfiguration (docker inspect / crane config) auf einen User ungleich root.</translation>
    </message>
    <message>
        <source>Containers use an immutable (read-only) root filesystem</source>
        <translation>Container verwenden ein unveränderliches (schreibgeschütztes) Root-Dateisystem</translation>
    </message>
    <message>
        <source>A writable root filesystem lets an intruder drop tools and change binaries.</source>
        <translation>Ein beschreibbares Root-Dateisystem erlaubt einem Angreifer, Werkzeuge abzulegen und Programme zu verändern.</translation>
    </message>
    <message>
        <source>Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir on each path the application writes to.</source>
        <translation>Setzen Sie securityContext.readOnlyRootFilesystem: true und mounten Sie ein emptyDir an jeden Pfad, in den die Anwendung schreibt.</translation>
    </message>
    <message>
        <source>Images come from trusted registries with pinned tags or digests, and are scanned</source>
        <translation>Images stammen aus vertrauenswürdigen Registries, mit festen Tags oder Digests, und werden gescannt</translation>
    </message>
    <message>
        <source>A floating tag (latest or none) runs whatever was pushed last, unscanned and unsigned.</source>
        <translation>Ein beweglicher Tag (latest oder keiner) führt aus, was zuletzt gepusht wurde – ungescannt und unsigniert.</translation>
    </message>
    <message>
        <source>Pin each image to a version tag or, better, a digest; admit only listed registries with a ValidatingAdmissionPolicy; scan images in CI.</source>
        <translation>Legen Sie jedes Image auf einen Versions-Tag oder besser einen Digest fest; lassen Sie mit einer ValidatingAdmissionPolicy nur gelistete Registries zu; scannen Sie Images in der CI.</translation>
    </message>
    <message>
        <source>Vulnerability and signature data need an image scanner (Trivy, Grype) and a signature verifier (cosign).</source>
        <translation>Schwachstellen- und Signaturdaten erfordern einen Image-Scanner (Trivy, Grype) und eine Signaturprüfung (cosign).</translation>
    </message>
    <message>
        <source>An admission webhook or policy gates images and pods before they run</source>
        <translation>Ein Admission-Webhook oder eine Policy prüft Images und Pods, bevor sie laufen</translation>
    </message>
    <message>
        <source>Without admission control nothing stops a bad image or pod spec at deploy time.</source>
        <translation>Ohne Admission Control hält beim Deployment nichts ein schlechtes Image oder eine schlechte Pod-Spec auf.</translation>
    </message>
    <message>
        <source>Deploy a ValidatingAdmissionPolicy, Kyverno or Gatekeeper policy that checks images and pod security.</source>
        <translation>Setzen Sie eine ValidatingAdmissionPolicy, eine Kyverno- oder Gatekeeper-Policy ein, die Images und Pod-Sicherheit prüft.</translation>
    </message>
    <message>
        <source>List ValidatingWebhookConfigurations, ValidatingAdmissionPolicies and policy-engine resources in the cluster and check what they enforce.</source>
        <translation>Listen Sie ValidatingWebhookConfigurations, ValidatingAdmissionPolicies und Ressourcen von Policy-Engines im Cluster auf und prüfen Sie, was sie durchsetzen.</translation>
    </message>
    <message>
        <source>A minimum pod security level is enforced in every namespace (Pod Security Admission)</source>
        <translation>In jedem Namespace wird eine Mindest-Sicherheitsstufe für Pods durchgesetzt (Pod Security Admission)</translation>
    </message>
    <message>
        <source>Without an enforced level any pod spec is admitted, privileged ones included.</source>
        <translation>Ohne durchgesetzte Stufe wird jede Pod-Spec zugelassen, auch privilegierte.</translation>
    </message>
    <message>
        <source>Label each namespace pod-security.kubernetes.io/enforce=baseline (or restricted) with a pinned enforce-version, and warn/audit=restricted.</source>
        <translation>Versehen Sie jeden Namespace mit dem Label pod-security.kubernetes.io/enforce=baseline (oder restricted) mit fester enforce-version sowie warn/audit=restricted.</translation>
    </message>
    <message>
        <source>Check the PodSecurity admission configuration (--admission-control-config-file) for cluster-wide defaults and exemptions.</source>
        <translation>Prüfen Sie die Konfiguration der PodSecurity-Admission (--admission-control-config-file) auf clusterweite Vorgaben und Ausnahmen.</translation>
    </message>
    <message>
        <source>No privileged containers</source>
        <translation>Keine privilegierten Container</translation>
    </message>
    <message>
        <source>A privileged container has all capabilities and the host&apos;s devices: it is root on the node.</source>
        <translation>Ein privilegierter Container hat alle Capabilities und die Geräte des Hosts: Er ist root auf dem Node.</translation>
    </message>
    <message>
        <source>Remove securityContext.privileged or set it to false; grant only the capabilities the workload needs.</source>
        <translation>Entfernen Sie securityContext.privileged oder setzen Sie es auf false; gewähren Sie nur die Capabilities, die der Workload braucht.</translation>
    </message>
    <message>
        <source>No sharing of the host&apos;s process or IPC namespace (hostPID, hostIPC)</source>
        <translation>Keine Mitbenutzung des Prozess- oder IPC-Namespace des Hosts (hostPID, hostIPC)</translation>
    </message>
    <message>
        <source>hostPID shows and signals every process of the node; hostIPC shares its memory segments.</source>
        <translation>hostPID zeigt jeden Prozess des Nodes und kann ihm Signale senden; hostIPC teilt dessen Shared-Memory-Segmente.</translation>
    </message>
    <message>
        <source>Remove hostPID and hostIPC from the pod spec.</source>
        <translation>Entfernen Sie hostPID und hostIPC aus der Pod-Spec.</translation>
    </message>
    <message>
        <source>No host network (hostNetwork)</source>
        <translation>Kein Host-Netzwerk (hostNetwork)</translation>
    </message>
    <message>
        <source>A pod on the host network bypasses NetworkPolicy and can reach every node service.</source>
        <translation>Ein Pod im Host-Netzwerk umgeht NetworkPolicies und erreicht jeden Dienst des Nodes.</translation>
    </message>
    <message>
        <source>Remove hostNetwork from the pod spec and expose the workload through a Service.</source>
        <translation>Entfernen Sie hostNetwork aus der Pod-Spec und stellen Sie den Workload über einen Service bereit.</translation>
    </message>
    <message>
        <source>No hostPath volumes (above all no container runtime sockets)</source>
        <translation>Keine hostPath-Volumes (vor allem keine Sockets der Container-Runtime)</translation>
    </message>
    <message>
        <source>A hostPath volume exposes node files; the runtime socket or / gives control of the node.</source>
        <translation>Ein hostPath-Volume legt Dateien des Nodes offen; der Runtime-Socket oder / gibt die Kontrolle über den Node.</translation>
    </message>
    <message>
        <source>Replace the hostPath volume with an emptyDir, a ConfigMap or a PersistentVolumeClaim, or at least mount it readOnly.</source>
        <translation>Ersetzen Sie das hostPath-Volume durch ein emptyDir, eine ConfigMap oder einen PersistentVolumeClaim, oder mounten Sie es zumindest readOnly.</translation>
    </message>
    <message>
        <source>No host ports (hostPort)</source>
        <translation>Keine Host-Ports (hostPort)</translation>
    </message>
    <message>
        <source>A hostPort opens a port on the node&apos;s own addresses, around Services and policies.</source>
        <translation>Ein hostPort öffnet einen Port auf den eigenen Adressen des Nodes, an Services und Policies vorbei.</translation>
    </message>
    <message>
        <source>Remove hostPort and expose the port through a Service.</source>
        <translation>Entfernen Sie hostPort und stellen Sie den Port über einen Service bereit.</translation>
    </message>
    <message>
        <source>No privilege escalation (allowPrivilegeEscalation: false)</source>
        <translation>Keine Rechteausweitung (allowPrivilegeEscalation: false)</translation>
    </message>
    <message>
        <source>Without no_new_privs a process can gain privileges through setuid binaries or file capabilities.</source>
        <translation>Ohne no_new_privs kann ein Prozess über setuid-Programme oder File Capabilities Rechte erlangen.</translation>
    </message>
    <message>
        <source>Set securityContext.allowPrivilegeEscalation: false on every container (it cannot be false together with privileged or CAP_SYS_ADMIN).</source>
        <translation>Setzen Sie securityContext.allowPrivilegeEscalation: false an jedem Container (zusammen mit privileged oder CAP_SYS_ADMIN kann es nicht false sein).</translation>
    </message>
    <message>
        <source>All capabilities dropped; no dangerous capabilities added</source>
        <translation>Alle Capabilities entfernt; keine gefährlichen Capabilities hinzugefügt</translation>
    </message>
    <message>
        <source>Default capabilities such as NET_RAW allow spoofing; added ones such as SYS_ADMIN are nearly root.</source>
        <translation>Standard-Capabilities wie NET_RAW erlauben Spoofing; hinzugefügte wie SYS_ADMIN sind fast root.</translation>
    </message>
    <message>
        <source>Set securityContext.capabilities.drop: [ALL] and add back only NET_BIND_SERVICE where a low port is needed.</source>
        <translation>Setzen Sie securityContext.capabilities.drop: [ALL] und fügen Sie nur NET_BIND_SERVICE wieder hinzu, wo ein niedriger Port nötig ist.</translation>
    </message>
    <message>
        <source>A seccomp profile is set (RuntimeDefault or an audited Localhost profile)</source>
        <translation>Ein seccomp-Profil ist gesetzt (RuntimeDefault oder ein geprüftes Localhost-Profil)</translation>
    </message>
    <message>
        <source>Without seccomp every system call of the kernel is reachable from the container.</source>
        <translation>Ohne seccomp ist jeder Systemaufruf des Kernels aus dem Container erreichbar.</translation>
    </message>
    <message>
        <source>Set spec.securityContext.seccompProfile.type: RuntimeDefault on the pod.</source>
        <translation>Setzen Sie spec.securityContext.seccompProfile.type: RuntimeDefault am Pod.</translation>
    </message>
    <message>
        <source>Check that Localhost profiles exist on every node under the kubelet&apos;s seccomp folder.</source>
        <translation>Prüfen Sie, dass Localhost-Profile auf jedem Node im seccomp-Ordner des Kubelets vorhanden sind.</translation>
    </message>
    <message>
        <source>An AppArmor profile is set</source>
        <translation>Ein AppArmor-Profil ist gesetzt</translation>
    </message>
    <message>
        <source>AppArmor confines file and capability use of a container on nodes that support it.</source>
        <translation>AppArmor beschränkt Datei- und Capability-Nutzung eines Containers auf Nodes, die es unterstützen.</translation>
    </message>
    <message>
        <source>Set securityContext.appArmorProfile.type: RuntimeDefault on the pod or containers.</source>
        <translation>Setzen Sie securityContext.appArmorProfile.type: RuntimeDefault am Pod oder an den Containern.</translation>
    </message>
    <message>
        <source>Check that the nodes run with AppArmor enabled.</source>
        <translation>Prüfen Sie, dass AppArmor auf den Nodes aktiviert ist.</translation>
    </message>
    <message>
        <source>SELinux options stay within the container types (no custom user or role)</source>
        <translation>SELinux-Optionen bleiben bei den Container-Typen (kein eigener User oder eigene Rolle)</translation>
    </message>
    <message>
        <source>A custom SELinux type, user or role can lift the confinement of the container.</source>
        <translation>Ein eigener SELinux-Typ, -User oder eine eigene Rolle kann die Eingrenzung des Containers aufheben.</translation>
    </message>
    <message>
        <source>Remove seLinuxOptions.user and .role; use only container_t, container_init_t, container_kvm_t or container_engine_t as type.</source>
        <translation>Entfernen Sie seLinuxOptions.user und .role; verwenden Sie als Typ nur container_t, container_init_t, container_kvm_t oder container_engine_t.</translation>
    </message>
    <message>
        <source>Check whether the nodes run SELinux in enforcing mode.</source>
        <translation>Prüfen Sie, ob SELinux auf den Nodes im Enforcing-Modus läuft.</translation>
    </message>
    <message>
        <source>Only safe volume types are used</source>
        <translation>Nur sichere Volume-Typen werden verwendet</translation>
    </message>
    <message>
        <source>Volume types beyond configMap, secret, emptyDir, projected, downwardAPI, CSI and claims reach node or network storage directly.</source>
        <translation>Volume-Typen außer configMap, secret, emptyDir, projected, downwardAPI, CSI und Claims greifen direkt auf Node- oder Netzwerkspeicher zu.</translation>
    </message>
    <message>
        <source>Use PersistentVolumeClaims instead of direct volume sources; label the namespace pod-security.kubernetes.io/enforce=restricted.</source>
        <translation>Verwenden Sie PersistentVolumeClaims statt direkter Volume-Quellen; versehen Sie den Namespace mit dem Label pod-security.kubernetes.io/enforce=restricted.</translation>
    </message>
    <message>
        <source>Service account tokens are mounted only where needed</source>
        <translation>ServiceAccount-Tokens werden nur gemountet, wo sie gebraucht werden</translation>
    </message>
    <message>
        <source>A mounted token lets anyone who gets into the container call the API server as the pod&apos;s service account.</source>
        <translation>Ein gemountetes Token erlaubt jedem, der in den Container gelangt, den API-Server als ServiceAccount des Pods aufzurufen.</translation>
    </message>
    <message>
        <source>Set automountServiceAccountToken: false on the ServiceAccount or the pod, and true only on pods that call the API.</source>
        <translation>Setzen Sie automountServiceAccountToken: false am ServiceAccount oder am Pod und true nur an Pods, die die API aufrufen.</translation>
    </message>
    <message>
        <source>Hardened or sandboxed container runtimes are used where isolation matters</source>
        <translation>Gehärtete oder gesandboxte Container-Runtimes werden eingesetzt, wo Isolation wichtig ist</translation>
    </message>
    <message>
        <source>Hypervisor-backed runtimes (gVisor, Kata) put a second boundary between container and kernel.</source>
        <translation>Hypervisor-gestützte Runtimes (gVisor, Kata) ziehen eine zweite Grenze zwischen Container und Kernel.</translation>
    </message>
    <message>
        <source>Define a RuntimeClass for a sandboxed runtime and set runtimeClassName on untrusted workloads.</source>
        <translation>Definieren Sie eine RuntimeClass für eine Sandbox-Runtime und setzen Sie runtimeClassName an nicht vertrauenswürdigen Workloads.</translation>
    </message>
    <message>
        <source>Check the container runtime and its configuration on each node.</source>
        <translation>Prüfen Sie die Container-Runtime und ihre Konfiguration auf jedem Node.</translation>
    </message>
    <message>
        <source>Workloads are separated by namespace; no user workloads in default, kube-system or kube-public</source>
        <translation>Workloads sind nach Namespaces getrennt; keine Benutzer-Workloads in default, kube-system oder kube-public</translation>
    </message>
    <message>
        <source>Namespaces are the unit of RBAC, quota and policy; shared system namespaces mix trust levels.</source>
        <translation>Namespaces sind die Einheit für RBAC, Quotas und Policies; gemeinsam genutzte System-Namespaces mischen Vertrauensstufen.</translation>
    </message>
    <message>
        <source>Create a namespace per application or team and move the workloads there.</source>
        <translation>Legen Sie einen Namespace pro Anwendung oder Team an und verschieben Sie die Workloads dorthin.</translation>
    </message>
    <message>
        <source>Objects written without a namespace are placed where they are applied (-n): check it.</source>
        <translation>Objekte ohne Namespace landen dort, wo sie angewendet werden (-n): Prüfen Sie das.</translation>
    </message>
    <message>
        <source>The CNI plugin enforces NetworkPolicy</source>
        <translation>Das CNI-Plugin setzt NetworkPolicies durch</translation>
    </message>
    <message>
        <source>NetworkPolicy objects do nothing on a network plugin that does not implement them.</source>
        <translation>NetworkPolicy-Objekte bewirken nichts mit einem Netzwerk-Plugin, das sie nicht umsetzt.</translation>
    </message>
    <message>
        <source>Use a CNI that enforces NetworkPolicy (Calico, Cilium, Antrea…).</source>
        <translation>Verwenden Sie ein CNI, das NetworkPolicies durchsetzt (Calico, Cilium, Antrea …).</translation>
    </message>
    <message>
        <source>Check which CNI runs on the nodes and that it enforces NetworkPolicy.</source>
        <translation>Prüfen Sie, welches CNI auf den Nodes läuft und ob es NetworkPolicies durchsetzt.</translation>
    </message>
    <message>
        <source>Every pod is selected by a NetworkPolicy for ingress and egress</source>
        <translation>Jeder Pod wird für Ingress und Egress von einer NetworkPolicy ausgewählt</translation>
    </message>
    <message>
        <source>A pod that no policy selects accepts traffic from and sends traffic to anywhere.</source>
        <translation>Ein Pod, den keine Policy auswählt, nimmt Verkehr von überall an und sendet überallhin.</translation>
    </message>
    <message>
        <source>Add a NetworkPolicy per application that selects its pods and lists allowed peers for ingress and egress.</source>
        <translation>Fügen Sie pro Anwendung eine NetworkPolicy hinzu, die ihre Pods auswählt und die erlaubten Gegenstellen für Ingress und Egress aufführt.</translation>
    </message>
    <message>
        <source>Every namespace has a default-deny NetworkPolicy for ingress and egress</source>
        <translation>Jeder Namespace hat eine Default-Deny-NetworkPolicy für Ingress und Egress</translation>
    </message>
    <message>
        <source>Default-deny makes every allowed path explicit; kube-system needs one too.</source>
        <translation>Default-Deny macht jeden erlaubten Weg explizit; auch kube-system braucht eine.</translation>
    </message>
    <message>
        <source>Add a NetworkPolicy with podSelector: {} and policyTypes [Ingress, Egress] and no rules, plus an egress allow for DNS.</source>
        <translation>Fügen Sie eine NetworkPolicy mit podSelector: {} und policyTypes [Ingress, Egress] ohne Regeln hinzu, dazu eine Egress-Freigabe für DNS.</translation>
    </message>
    <message>
        <source>Each namespace has a LimitRange</source>
        <translation>Jeder Namespace hat eine LimitRange</translation>
    </message>
    <message>
        <source>A LimitRange gives containers default limits so one pod cannot starve a node.</source>
        <translation>Eine LimitRange gibt Containern Standard-Limits, damit ein Pod einen Node nicht aushungern kann.</translation>
    </message>
    <message>
        <source>Add a LimitRange with default, defaultRequest, min and max for containers.</source>
        <translation>Fügen Sie eine LimitRange mit default, defaultRequest, min und max für Container hinzu.</translation>
    </message>
    <message>
        <source>Each namespace has a ResourceQuota</source>
        <translation>Jeder Namespace hat ein ResourceQuota</translation>
    </message>
    <message>
        <source>A ResourceQuota caps what one namespace can take from the cluster.</source>
        <translation>Ein ResourceQuota begrenzt, was ein Namespace dem Cluster entnehmen kann.</translation>
    </message>
    <message>
        <source>Add a ResourceQuota for requests and limits of cpu and memory.</source>
        <translation>Fügen Sie ein ResourceQuota für Requests und Limits von CPU und Arbeitsspeicher hinzu.</translation>
    </message>
    <message>
        <source>Containers have CPU and memory limits</source>
        <translation>Container haben CPU- und Speicher-Limits</translation>
    </message>
    <message>
        <source>A container without limits can exhaust its node (denial of service).</source>
        <translation>Ein Container ohne Limits kann seinen Node erschöpfen (Denial of Service).</translation>
    </message>
    <message>
        <source>Set resources.limits.cpu and resources.limits.memory on every container, or give the namespace a LimitRange with default limits.</source>
        <translation>Setzen Sie resources.limits.cpu und resources.limits.memory an jedem Container oder geben Sie dem Namespace eine LimitRange mit Standard-Limits.</translation>
    </message>
    <message>
        <source>The control plane is not exposed insecurely (no insecure port; scheduler and controller-manager on 127.0.0.1, profiling off)</source>
        <translation>Die Control Plane ist nicht unsicher erreichbar (kein unsicherer Port; Scheduler und Controller-Manager auf 127.0.0.1, Profiling aus)</translation>
    </message>
    <message>
        <source>An insecure port or a profiling endpoint on all interfaces hands out the cluster.</source>
        <translation>Ein unsicherer Port oder ein Profiling-Endpunkt auf allen Interfaces gibt den Cluster preis.</translation>
    </message>
    <message>
        <source>Run kube-apiserver with --profiling=false and a secure port; run kube-scheduler and kube-controller-manager with --bind-address=127.0.0.1 and --profiling=false.</source>
        <translation>Starten Sie kube-apiserver mit --profiling=false und einem sicheren Port; starten Sie kube-scheduler und kube-controller-manager mit --bind-address=127.0.0.1 und --profiling=false.</translation>
    </message>
    <message>
        <source>Check the control-plane flags with the cloud provider or on the control-plane nodes; check that the API server is not reachable from the internet.</source>
        <translation>Prüfen Sie die Flags der Control Plane beim Cloud-Provider oder auf den Control-Plane-Nodes; prüfen Sie, dass der API-Server nicht aus dem Internet erreichbar ist.</translation>
    </message>
    <message>
        <source>etcd is reachable only by the API server, over mutual TLS</source>
        <translation>etcd ist nur für den API-Server erreichbar, über mutual TLS</translation>
    </message>
    <message>
        <source>Whoever reads etcd reads every Secret of the cluster.</source>
        <translation>Wer etcd liest, liest jedes Secret des Clusters.</translation>
    </message>
    <message>
        <source>Run etcd with --client-cert-auth=true, --peer-client-cert-auth=true and a trusted CA; give the API server --etcd-cafile, --etcd-certfile and --etcd-keyfile.</source>
        <translation>Starten Sie etcd mit --client-cert-auth=true, --peer-client-cert-auth=true und einer vertrauenswürdigen CA; geben Sie dem API-Server --etcd-cafile, --etcd-certfile und --etcd-keyfile.</translation>
    </message>
    <message>
        <source>Check the etcd and kube-apiserver flags on the control-plane nodes or with the cloud provider.</source>
        <translation>Prüfen Sie die Flags von etcd und kube-apiserver auf den Control-Plane-Nodes oder beim Cloud-Provider.</translation>
    </message>
    <message>
        <source>Kubeconfig files are protected</source>
        <translation>Kubeconfig-Dateien sind geschützt</translation>
    </message>
    <message>
        <source>A kubeconfig holds credentials; readable by others it gives their access away.</source>
        <translation>Eine kubeconfig enthält Anmeldedaten; ist sie für andere lesbar, gibt sie deren Zugriff preis.</translation>
    </message>
    <message>
        <source>chmod 600 kubeconfig files and keep them owned by their user (root on nodes).</source>
        <translation>Setzen Sie kubeconfig-Dateien auf chmod 600 und lassen Sie sie ihrem Benutzer gehören (auf Nodes root).</translation>
    </message>
    <message>
        <source>On each node: stat -c &apos;%a %U&apos; /etc/kubernetes/*.conf /var/lib/kubelet/kubeconfig (expect 600 root), or run kube-bench.</source>
        <translation>Auf jedem Node: stat -c &apos;%a %U&apos; /etc/kubernetes/*.conf /var/lib/kubelet/kubeconfig (erwartet: 600 root), oder kube-bench ausführen.</translation>
    </message>
    <message>
        <source>Services are not exposed on nodes or external IPs without need (NodePort, LoadBalancer, externalIPs)</source>
        <translation>Services werden nicht ohne Not auf Nodes oder externen IPs bereitgestellt (NodePort, LoadBalancer, externalIPs)</translation>
    </message>
    <message>
        <source>NodePort and LoadBalancer Services open the workload on every node or to the internet.</source>
        <translation>Services vom Typ NodePort und LoadBalancer öffnen den Workload auf jedem Node oder zum Internet.</translation>
    </message>
    <message>
        <source>Use ClusterIP Services behind an Ingress or Gateway; keep NodePort and LoadBalancer for reviewed entry points.</source>
        <translation>Verwenden Sie ClusterIP-Services hinter einem Ingress oder Gateway; behalten Sie NodePort und LoadBalancer geprüften Einstiegspunkten vor.</translation>
    </message>
    <message>
        <source>Check the firewall rules in front of the nodes.</source>
        <translation>Prüfen Sie die Firewall-Regeln vor den Nodes.</translation>
    </message>
    <message>
        <source>TLS 1.2 or newer on all component traffic</source>
        <translation>TLS 1.2 oder neuer für den gesamten Verkehr der Komponenten</translation>
    </message>
    <message>
        <source>Old TLS versions and weak ciphers can be broken or downgraded.</source>
        <translation>Alte TLS-Versionen und schwache Cipher lassen sich brechen oder herabstufen.</translation>
    </message>
    <message>
        <source>Run kube-apiserver with --tls-min-version=VersionTLS12 (or 13) and strong --tls-cipher-suites; enable kubelet certificate rotation; give every Ingress a tls section.</source>
        <translation>Starten Sie kube-apiserver mit --tls-min-version=VersionTLS12 (oder 13) und starken --tls-cipher-suites; aktivieren Sie die Zertifikatsrotation des Kubelets; geben Sie jedem Ingress einen tls-Abschnitt.</translation>
    </message>
    <message>
        <source>Check the kubelet configuration (tlsMinVersion, rotateCertificates, serverTLSBootstrap) on each node.</source>
        <translation>Prüfen Sie die Kubelet-Konfiguration (tlsMinVersion, rotateCertificates, serverTLSBootstrap) auf jedem Node.</translation>
    </message>
    <message>
        <source>Credentials are kept in Secrets mounted as files, not in ConfigMaps or env literals</source>
        <translation>Zugangsdaten liegen in Secrets, die als Dateien gemountet sind, nicht in ConfigMaps oder Env-Literalen</translation>
    </message>
    <message>
        <source>Env literals and ConfigMaps are stored and shown in clear; env vars leak into logs and child processes.</source>
        <translation>Env-Literale und ConfigMaps werden im Klartext gespeichert und angezeigt; Umgebungsvariablen gelangen in Logs und Kindprozesse.</translation>
    </message>
    <message>
        <source>Move the value to a Secret and mount it as a file; rotate the credential that was exposed.</source>
        <translation>Verschieben Sie den Wert in ein Secret und mounten Sie es als Datei; rotieren Sie die offengelegten Zugangsdaten.</translation>
    </message>
    <message>
        <source>Secrets are encrypted at rest (EncryptionConfiguration)</source>
        <translation>Secrets sind im Ruhezustand verschlüsselt (EncryptionConfiguration)</translation>
    </message>
    <message>
        <source>Without encryption at rest, Secrets sit in etcd and its backups in clear.</source>
        <translation>Ohne Verschlüsselung im Ruhezustand liegen Secrets im Klartext in etcd und dessen Backups.</translation>
    </message>
    <message>
        <source>Give kube-apiserver --encryption-provider-config with aescbc, secretbox or kms before identity, then rewrite all Secrets (kubectl get secrets -A -o json | kubectl replace -f -).</source>
        <translation>Geben Sie kube-apiserver --encryption-provider-config mit aescbc, secretbox oder kms vor identity und schreiben Sie danach alle Secrets neu (kubectl get secrets -A -o json | kubectl replace -f -).</translation>
    </message>
    <message>
        <source>Check the encryption configuration file on the control-plane nodes (providers in order) or the cloud provider&apos;s secret encryption setting.</source>
        <translation>Prüfen Sie die Verschlüsselungskonfiguration auf den Control-Plane-Nodes (Reihenfolge der Provider) oder die Secret-Verschlüsselung beim Cloud-Provider.</translation>
    </message>
    <message>
        <source>A KMS provider keeps the encryption key off the control-plane disk</source>
        <translation>Ein KMS-Provider hält den Schlüssel von der Festplatte der Control Plane fern</translation>
    </message>
    <message>
        <source>A local key next to the data it protects only protects backups.</source>
        <translation>Ein lokaler Schlüssel neben den Daten, die er schützt, schützt nur Backups.</translation>
    </message>
    <message>
        <source>Use a KMS v2 provider in the EncryptionConfiguration.</source>
        <translation>Verwenden Sie einen KMS-v2-Provider in der EncryptionConfiguration.</translation>
    </message>
    <message>
        <source>Read the EncryptionConfiguration on the control-plane nodes: the first provider should be kms (apiVersion v2).</source>
        <translation>Lesen Sie die EncryptionConfiguration auf den Control-Plane-Nodes: Der erste Provider sollte kms sein (apiVersion v2).</translation>
    </message>
    <message>
        <source>RBAC read access to Secrets is restricted</source>
        <translation>RBAC-Lesezugriff auf Secrets ist eingeschränkt</translation>
    </message>
    <message>
        <source>get, list or watch on secrets reveals every credential of the namespace (or cluster).</source>
        <translation>get, list oder watch auf secrets legt alle Zugangsdaten des Namespace (oder Clusters) offen.</translation>
    </message>
    <message>
        <source>Drop get, list and watch on secrets from the role, or narrow it with resourceNames.</source>
        <translation>Entfernen Sie get, list und watch auf secrets aus der Rolle oder grenzen Sie sie mit resourceNames ein.</translation>
    </message>
    <message>
        <source>Pods cannot reach the cloud metadata service (169.254.169.254)</source>
        <translation>Pods erreichen den Metadatendienst der Cloud nicht (169.254.169.254)</translation>
    </message>
    <message>
        <source>The instance metadata service hands out the node&apos;s cloud credentials.</source>
        <translation>Der Instance-Metadata-Service gibt die Cloud-Zugangsdaten des Nodes heraus.</translation>
    </message>
    <message>
        <source>Add an egress NetworkPolicy that allows 0.0.0.0/0 except 169.254.169.254/32.</source>
        <translation>Fügen Sie eine Egress-NetworkPolicy hinzu, die 0.0.0.0/0 außer 169.254.169.254/32 erlaubt.</translation>
    </message>
    <message>
        <source>Check the metadata service hop limit and node IAM role with the cloud provider.</source>
        <translation>Prüfen Sie das Hop-Limit des Metadatendienstes und die IAM-Rolle der Nodes beim Cloud-Provider.</translation>
    </message>
    <message>
        <source>Anonymous requests are disabled; nothing is bound to system:anonymous or system:unauthenticated</source>
        <translation>Anonyme Anfragen sind abgeschaltet; nichts ist an system:anonymous oder system:unauthenticated gebunden</translation>
    </message>
    <message>
        <source>Anonymous access lets anyone who reaches the API server use what those groups are granted.</source>
        <translation>Anonymer Zugriff erlaubt jedem, der den API-Server erreicht, alles, was diesen Gruppen gewährt ist.</translation>
    </message>
    <message>
        <source>Run kube-apiserver with --anonymous-auth=false (or restrict anonymous to health endpoints with an AuthenticationConfiguration) and delete bindings to system:anonymous and system:unauthenticated.</source>
        <translation>Starten Sie kube-apiserver mit --anonymous-auth=false (oder beschränken Sie anonymen Zugriff mit einer AuthenticationConfiguration auf Health-Endpunkte) und löschen Sie Bindings an system:anonymous und system:unauthenticated.</translation>
    </message>
    <message>
        <source>Send an unauthenticated GET /api to the API server: 401 means anonymous auth is off.</source>
        <translation>Senden Sie ein nicht authentifiziertes GET /api an den API-Server: 401 bedeutet, dass anonyme Authentifizierung aus ist.</translation>
    </message>
    <message>
        <source>Kubelet: anonymous authentication is off</source>
        <translation>Kubelet: anonyme Authentifizierung ist aus</translation>
    </message>
    <message>
        <source>An anonymous kubelet API runs commands in any pod of the node.</source>
        <translation>Eine anonyme Kubelet-API führt Befehle in jedem Pod des Nodes aus.</translation>
    </message>
    <message>
        <source>Set authentication.anonymous.enabled: false in the KubeletConfiguration.</source>
        <translation>Setzen Sie authentication.anonymous.enabled: false in der KubeletConfiguration.</translation>
    </message>
    <message>
        <source>Read the kubelet configuration on each node (or GET /api/v1/nodes/NODE/proxy/configz): authentication.anonymous.enabled must be false.</source>
        <translation>Lesen Sie die Kubelet-Konfiguration auf jedem Node (oder GET /api/v1/nodes/NODE/proxy/configz): authentication.anonymous.enabled muss false sein.</translation>
    </message>
    <message>
        <source>Kubelet: client certificate authentication and Webhook authorization</source>
        <translation>Kubelet: Authentifizierung mit Client-Zertifikaten und Webhook-Autorisierung</translation>
    </message>
    <message>
        <source>Without them the kubelet API trusts any client that reaches it.</source>
        <translation>Ohne sie vertraut die Kubelet-API jedem Client, der sie erreicht.</translation>
    </message>
    <message>
        <source>Set authentication.x509.clientCAFile and authorization.mode: Webhook in the KubeletConfiguration.</source>
        <translation>Setzen Sie authentication.x509.clientCAFile und authorization.mode: Webhook in der KubeletConfiguration.</translation>
    </message>
    <message>
        <source>Read the kubelet configuration on each node: x509.clientCAFile set, authorization.mode Webhook.</source>
        <translation>Lesen Sie die Kubelet-Konfiguration auf jedem Node: x509.clientCAFile gesetzt, authorization.mode Webhook.</translation>
    </message>
    <message>
        <source>Kubelet: the read-only port 10255 is off</source>
        <translation>Kubelet: der Read-only-Port 10255 ist aus</translation>
    </message>
    <message>
        <source>The read-only port shows pod specs and metrics without authentication.</source>
        <translation>Der Read-only-Port zeigt Pod-Specs und Metriken ohne Authentifizierung.</translation>
    </message>
    <message>
        <source>Set readOnlyPort: 0 in the KubeletConfiguration.</source>
        <translation>Setzen Sie readOnlyPort: 0 in der KubeletConfiguration.</translation>
    </message>
    <message>
        <source>Read the kubelet configuration on each node: readOnlyPort must be 0.</source>
        <translation>Lesen Sie die Kubelet-Konfiguration auf jedem Node: readOnlyPort muss 0 sein.</translation>
    </message>
    <message>
        <source>Users authenticate strongly; no static token or password files</source>
        <translation>Benutzer authentifizieren sich stark; keine statischen Token- oder Passwortdateien</translation>
    </message>
    <message>
        <source>Static token files cannot be rotated or revoked without restarting the API server.</source>
        <translation>Statische Token-Dateien lassen sich nicht ohne Neustart des API-Servers rotieren oder widerrufen.</translation>
    </message>
    <message>
        <source>Remove --token-auth-file; authenticate users with OIDC or client certificates from a managed CA.</source>
        <translation>Entfernen Sie --token-auth-file; authentifizieren Sie Benutzer mit OIDC oder Client-Zertifikaten einer verwalteten CA.</translation>
    </message>
    <message>
        <source>Check the authentication setup with the cloud provider or on the control-plane nodes.</source>
        <translation>Prüfen Sie die Authentifizierung beim Cloud-Provider oder auf den Control-Plane-Nodes.</translation>
    </message>
    <message>
        <source>RBAC authorization is enabled; AlwaysAllow is not used</source>
        <translation>RBAC-Autorisierung ist aktiviert; AlwaysAllow wird nicht verwendet</translation>
    </message>
    <message>
        <source>AlwaysAllow authorizes every authenticated request.</source>
        <translation>AlwaysAllow autorisiert jede authentifizierte Anfrage.</translation>
    </message>
    <message>
        <source>Run kube-apiserver with --authorization-mode=Node,RBAC.</source>
        <translation>Starten Sie kube-apiserver mit --authorization-mode=Node,RBAC.</translation>
    </message>
    <message>
        <source>Check that the API server lists rbac.authorization.k8s.io/v1 (kubectl api-versions) and its authorization configuration.</source>
        <translation>Prüfen Sie, dass der API-Server rbac.authorization.k8s.io/v1 aufführt (kubectl api-versions), und seine Autorisierungskonfiguration.</translation>
    </message>
    <message>
        <source>Least privilege: few cluster-admin bindings, no wildcard roles, no grants to broad groups</source>
        <translation>Least Privilege: wenige cluster-admin-Bindings, keine Wildcard-Rollen, keine Rechte für breite Gruppen</translation>
    </message>
    <message>
        <source>cluster-admin and wildcard rules grant everything, including what does not exist yet.</source>
        <translation>cluster-admin und Wildcard-Regeln gewähren alles, auch was es noch gar nicht gibt.</translation>
    </message>
    <message>
        <source>Replace cluster-admin bindings and wildcard rules with roles that list the verbs and resources actually used.</source>
        <translation>Ersetzen Sie cluster-admin-Bindings und Wildcard-Regeln durch Rollen, die die tatsächlich genutzten Verben und Ressourcen aufführen.</translation>
    </message>
    <message>
        <source>Check which client certificates are issued into system:masters.</source>
        <translation>Prüfen Sie, welche Client-Zertifikate für system:masters ausgestellt werden.</translation>
    </message>
    <message>
        <source>exec, attach and port-forward into pods are restricted</source>
        <translation>exec, attach und port-forward in Pods sind eingeschränkt</translation>
    </message>
    <message>
        <source>pods/exec and pods/attach run commands inside containers, with their secrets and tokens.</source>
        <translation>pods/exec und pods/attach führen Befehle in Containern aus, mit deren Secrets und Tokens.</translation>
    </message>
    <message>
        <source>Remove pods/exec, pods/attach and pods/portforward from the rule, or give them only to a break-glass role.</source>
        <translation>Entfernen Sie pods/exec, pods/attach und pods/portforward aus der Regel oder geben Sie sie nur einer Notfallrolle (Break-Glass).</translation>
    </message>
    <message>
        <source>The escalate, bind and impersonate verbs are controlled</source>
        <translation>Die Verben escalate, bind und impersonate sind kontrolliert</translation>
    </message>
    <message>
        <source>These verbs let a subject grant itself, or act with, more rights than it holds.</source>
        <translation>Mit diesen Verben kann sich ein Subjekt mehr Rechte geben, als es hat, oder mit ihnen handeln.</translation>
    </message>
    <message>
        <source>Remove escalate, bind and impersonate, or narrow them with resourceNames.</source>
        <translation>Entfernen Sie escalate, bind und impersonate oder grenzen Sie sie mit resourceNames ein.</translation>
    </message>
    <message>
        <source>Other high-risk rights are limited (create pods, nodes/proxy, webhook configurations, token requests, PersistentVolumes)</source>
        <translation>Andere Hochrisiko-Rechte sind begrenzt (Pods anlegen, nodes/proxy, Webhook-Konfigurationen, Token-Anfragen, PersistentVolumes)</translation>
    </message>
    <message>
        <source>Each of these rights leads to node access, token theft or control of admission.</source>
        <translation>Jedes dieser Rechte führt zu Node-Zugriff, Token-Diebstahl oder Kontrolle über die Admission.</translation>
    </message>
    <message>
        <source>Narrow the role to the resources and verbs actually needed.</source>
        <translation>Beschränken Sie die Rolle auf die tatsächlich benötigten Ressourcen und Verben.</translation>
    </message>
    <message>
        <source>Each workload has its own ServiceAccount; the default ServiceAccount is not used</source>
        <translation>Jeder Workload hat einen eigenen ServiceAccount; der default-ServiceAccount wird nicht verwendet</translation>
    </message>
    <message>
        <source>Workloads sharing the default ServiceAccount share every right granted to it.</source>
        <translation>Workloads, die sich den default-ServiceAccount teilen, teilen jedes ihm gewährte Recht.</translation>
    </message>
    <message>
        <source>Create a ServiceAccount per workload, set serviceAccountName, and set automountServiceAccountToken: false on the default ServiceAccount.</source>
        <translation>Legen Sie pro Workload einen ServiceAccount an, setzen Sie serviceAccountName und setzen Sie automountServiceAccountToken: false am default-ServiceAccount.</translation>
    </message>
    <message>
        <source>RBAC is reviewed regularly</source>
        <translation>RBAC wird regelmäßig überprüft</translation>
    </message>
    <message>
        <source>Rights accumulate; only a periodic review removes those no longer needed.</source>
        <translation>Rechte sammeln sich an; nur eine regelmäßige Überprüfung entfernt die nicht mehr benötigten.</translation>
    </message>
    <message>
        <source>Save a snapshot at each review and compare roles and bindings with the previous one.</source>
        <translation>Speichern Sie bei jeder Überprüfung einen Snapshot und vergleichen Sie Rollen und Bindings mit dem vorigen.</translation>
    </message>
    <message>
        <source>Compare this scan&apos;s roles and bindings with the last review&apos;s snapshot.</source>
        <translation>Vergleichen Sie die Rollen und Bindings dieses Scans mit dem Snapshot der letzten Überprüfung.</translation>
    </message>
    <message>
        <source>API server audit logging is enabled (policy plus log or webhook backend)</source>
        <translation>Audit-Logging des API-Servers ist aktiviert (Policy plus Log- oder Webhook-Backend)</translation>
    </message>
    <message>
        <source>Without audit logs nobody can tell who did what in the cluster.</source>
        <translation>Ohne Audit-Logs kann niemand sagen, wer im Cluster was getan hat.</translation>
    </message>
    <message>
        <source>Give kube-apiserver --audit-policy-file and --audit-log-path (or --audit-webhook-config-file) with the host paths mounted.</source>
        <translation>Geben Sie kube-apiserver --audit-policy-file und --audit-log-path (oder --audit-webhook-config-file) und mounten Sie die Host-Pfade.</translation>
    </message>
    <message>
        <source>Check audit logging with the cloud provider (EKS/GKE/AKS control-plane logging) or on the control-plane nodes.</source>
        <translation>Prüfen Sie das Audit-Logging beim Cloud-Provider (Control-Plane-Logging von EKS/GKE/AKS) oder auf den Control-Plane-Nodes.</translation>
    </message>
    <message>
        <source>The audit policy records security events</source>
        <translation>Die Audit-Policy zeichnet Sicherheitsereignisse auf</translation>
    </message>
    <message>
        <source>A policy that logs too little (or secrets in full) defeats the audit log.</source>
        <translation>Eine Policy, die zu wenig (oder Secrets vollständig) protokolliert, macht das Audit-Log wertlos.</translation>
    </message>
    <message>
        <source>Use a tiered policy: Metadata for secrets, RequestResponse for RBAC and pods/exec, anonymous requests included.</source>
        <translation>Verwenden Sie eine gestufte Policy: Metadata für Secrets, RequestResponse für RBAC und pods/exec, anonyme Anfragen eingeschlossen.</translation>
    </message>
    <message>
        <source>Read the audit policy file on the control-plane nodes.</source>
        <translation>Lesen Sie die Audit-Policy-Datei auf den Control-Plane-Nodes.</translation>
    </message>
    <message>
        <source>Audit log retention is configured (maxage, maxbackup, maxsize)</source>
        <translation>Die Aufbewahrung der Audit-Logs ist konfiguriert (maxage, maxbackup, maxsize)</translation>
    </message>
    <message>
        <source>Without rotation settings logs are lost early or fill the disk.</source>
        <translation>Ohne Rotationseinstellungen gehen Logs früh verloren oder füllen die Festplatte.</translation>
    </message>
    <message>
        <source>Set --audit-log-maxage=30, --audit-log-maxbackup=10 and --audit-log-maxsize=100 (or more).</source>
        <translation>Setzen Sie --audit-log-maxage=30, --audit-log-maxbackup=10 und --audit-log-maxsize=100 (oder mehr).</translation>
    </message>
    <message>
        <source>Check the audit retention with the cloud provider or on the control-plane nodes.</source>
        <translation>Prüfen Sie die Aufbewahrung der Audit-Logs beim Cloud-Provider oder auf den Control-Plane-Nodes.</translation>
    </message>
    <message>
        <source>Audit logs are streamed off the node (webhook backend to a SIEM)</source>
        <translation>Audit-Logs werden vom Node weg gestreamt (Webhook-Backend zu einem SIEM)</translation>
    </message>
    <message>
        <source>Logs that stay on the control-plane node can be altered by whoever takes it.</source>
        <translation>Logs, die auf dem Control-Plane-Node bleiben, kann verändern, wer ihn übernimmt.</translation>
    </message>
    <message>
        <source>Give kube-apiserver --audit-webhook-config-file pointing to a TLS log collector.</source>
        <translation>Geben Sie kube-apiserver --audit-webhook-config-file mit Verweis auf einen TLS-Log-Collector.</translation>
    </message>
    <message>
        <source>Check where the audit logs are shipped.</source>
        <translation>Prüfen Sie, wohin die Audit-Logs gesendet werden.</translation>
    </message>
    <message>
        <source>Node and container logs are collected off the node; metrics are collected</source>
        <translation>Node- und Container-Logs werden außerhalb des Nodes gesammelt; Metriken werden erfasst</translation>
    </message>
    <message>
        <source>Container logs vanish with the pod unless an agent ships them.</source>
        <translation>Container-Logs verschwinden mit dem Pod, wenn kein Agent sie weiterleitet.</translation>
    </message>
    <message>
        <source>Run a logging agent DaemonSet (Fluent Bit, Vector…) and metrics-server or Prometheus.</source>
        <translation>Betreiben Sie ein Logging-Agent-DaemonSet (Fluent Bit, Vector …) und metrics-server oder Prometheus.</translation>
    </message>
    <message>
        <source>Check that a log agent runs on every node and where it ships to.</source>
        <translation>Prüfen Sie, dass auf jedem Node ein Log-Agent läuft und wohin er sendet.</translation>
    </message>
    <message>
        <source>System calls are logged with seccomp audit profiles</source>
        <translation>Systemaufrufe werden mit seccomp-Audit-Profilen protokolliert</translation>
    </message>
    <message>
        <source>An audit-mode seccomp profile shows which system calls a workload uses.</source>
        <translation>Ein seccomp-Profil im Audit-Modus zeigt, welche Systemaufrufe ein Workload nutzt.</translation>
    </message>
    <message>
        <source>Use Localhost seccomp profiles in audit mode to learn, then enforce them.</source>
        <translation>Verwenden Sie Localhost-seccomp-Profile zunächst im Audit-Modus, um zu lernen, und setzen Sie sie dann durch.</translation>
    </message>
    <message>
        <source>Check the profiles under /var/lib/kubelet/seccomp on the nodes.</source>
        <translation>Prüfen Sie die Profile unter /var/lib/kubelet/seccomp auf den Nodes.</translation>
    </message>
    <message>
        <source>Events and logs are protected from deletion</source>
        <translation>Events und Logs sind vor dem Löschen geschützt</translation>
    </message>
    <message>
        <source>Deleting events hides what an intruder did.</source>
        <translation>Das Löschen von Events verbirgt, was ein Angreifer getan hat.</translation>
    </message>
    <message>
        <source>Remove delete and deletecollection on events from the role.</source>
        <translation>Entfernen Sie delete und deletecollection auf events aus der Rolle.</translation>
    </message>
    <message>
        <source>Threat detection and alerting run in the cluster</source>
        <translation>Bedrohungserkennung und Alarmierung laufen im Cluster</translation>
    </message>
    <message>
        <source>Runtime detection catches what configuration checks cannot.</source>
        <translation>Laufzeit-Erkennung findet, was Konfigurationsprüfungen nicht finden können.</translation>
    </message>
    <message>
        <source>Deploy a runtime detector (Falco, Tetragon, KubeArmor) and route its alerts.</source>
        <translation>Setzen Sie einen Laufzeit-Detektor ein (Falco, Tetragon, KubeArmor) und leiten Sie seine Alarme weiter.</translation>
    </message>
    <message>
        <source>Check that runtime alerts reach someone.</source>
        <translation>Prüfen Sie, dass Laufzeit-Alarme jemanden erreichen.</translation>
    </message>
    <message>
        <source>A service mesh provides mutual TLS and service logs (optional)</source>
        <translation>Ein Service Mesh sorgt für mutual TLS und Service-Logs (optional)</translation>
    </message>
    <message>
        <source>A mesh encrypts and authenticates pod-to-pod traffic and logs it.</source>
        <translation>Ein Mesh verschlüsselt und authentifiziert den Verkehr zwischen Pods und protokolliert ihn.</translation>
    </message>
    <message>
        <source>Consider Istio or Linkerd with PeerAuthentication mode STRICT.</source>
        <translation>Erwägen Sie Istio oder Linkerd mit PeerAuthentication im Modus STRICT.</translation>
    </message>
    <message>
        <source>Check the mesh&apos;s mTLS mode.</source>
        <translation>Prüfen Sie den mTLS-Modus des Mesh.</translation>
    </message>
    <message>
        <source>Kubernetes runs a supported, patched version</source>
        <translation>Kubernetes läuft in einer unterstützten, gepatchten Version</translation>
    </message>
    <message>
        <source>Releases out of support get no security fixes.</source>
        <translation>Releases ohne Support erhalten keine Sicherheitskorrekturen.</translation>
    </message>
    <message>
        <source>Upgrade the control plane and the nodes to a supported minor release and its latest patch.</source>
        <translation>Aktualisieren Sie Control Plane und Nodes auf ein unterstütztes Minor-Release und dessen neuesten Patch.</translation>
    </message>
    <message>
        <source>Check the server version (kubectl version) and the nodes&apos; kubelet versions.</source>
        <translation>Prüfen Sie die Server-Version (kubectl version) und die Kubelet-Versionen der Nodes.</translation>
    </message>
    <message>
        <source>Add-ons with known vulnerabilities or past end of life are upgraded or removed</source>
        <translation>Add-ons mit bekannten Schwachstellen oder nach Ende des Supports werden aktualisiert oder entfernt</translation>
    </message>
    <message>
        <source>Cluster add-ons run with broad rights; a known flaw in one is a way in.</source>
        <translation>Cluster-Add-ons laufen mit weitreichenden Rechten; eine bekannte Lücke in einem davon ist ein Einfallstor.</translation>
    </message>
    <message>
        <source>Upgrade or replace the component named in the finding.</source>
        <translation>Aktualisieren oder ersetzen Sie die im Befund genannte Komponente.</translation>
    </message>
    <message>
        <source>Check the versions of add-ons installed outside this source (cloud add-ons).</source>
        <translation>Prüfen Sie die Versionen von Add-ons, die außerhalb dieser Quelle installiert sind (Cloud-Add-ons).</translation>
    </message>
    <message>
        <source>Unused and deprecated components are removed</source>
        <translation>Ungenutzte und veraltete Komponenten werden entfernt</translation>
    </message>
    <message>
        <source>Leftovers (dangling Services, removed API versions) hide mistakes and break upgrades.</source>
        <translation>Überbleibsel (verwaiste Services, entfernte API-Versionen) verbergen Fehler und brechen Upgrades.</translation>
    </message>
    <message>
        <source>Delete what the finding names, or move the manifest to a served API version.</source>
        <translation>Löschen Sie, was der Befund nennt, oder stellen Sie das Manifest auf eine bereitgestellte API-Version um.</translation>
    </message>
    <message>
        <source>Vulnerability scans and penetration tests run periodically; CIS benchmarks are followed</source>
        <translation>Schwachstellenscans und Penetrationstests laufen regelmäßig; CIS-Benchmarks werden befolgt</translation>
    </message>
    <message>
        <source>Configuration drifts; only repeated scans show it.</source>
        <translation>Konfigurationen driften; nur wiederholte Scans zeigen das.</translation>
    </message>
    <message>
        <source>Schedule this scan (and kube-bench on the nodes) and keep the trend.</source>
        <translation>Planen Sie diesen Scan (und kube-bench auf den Nodes) regelmäßig ein und verfolgen Sie den Trend.</translation>
    </message>
    <message>
        <source>Run kube-bench on the nodes and schedule penetration tests.</source>
        <translation>Führen Sie kube-bench auf den Nodes aus und planen Sie Penetrationstests ein.</translation>
    </message>
    <message>
        <source>Kubernetes Pod security</source>
        <translation>Kubernetes-Pod-Sicherheit</translation>
    </message>
    <message>
        <source>Network separation and hardening</source>
        <translation>Netzwerktrennung und -härtung</translation>
    </message>
    <message>
        <source>Authentication and authorization</source>
        <translation>Authentifizierung und Autorisierung</translation>
    </message>
    <message>
        <source>Audit logging and threat detection</source>
        <translation>Audit-Logging und Bedrohungserkennung</translation>
    </message>
    <message>
        <source>Upgrading and application security practices</source>
        <translation>Upgrades und Praktiken der Anwendungssicherheit</translation>
    </message>
</context>
<context>
    <name>parapet::checks::ControlPlane</name>
    <message>
        <source>the kubelet accepts anonymous requests</source>
        <translation>das Kubelet nimmt anonyme Anfragen an</translation>
    </message>
    <message>
        <source>the kubelet does not verify client certificates</source>
        <translation>das Kubelet prüft keine Client-Zertifikate</translation>
    </message>
    <message>
        <source>the kubelet authorizes every request</source>
        <translation>das Kubelet autorisiert jede Anfrage</translation>
    </message>
    <message>
        <source>the kubelet serves its read-only port</source>
        <translation>das Kubelet bedient seinen Read-only-Port</translation>
    </message>
    <message>
        <source>the kubelet accepts TLS older than 1.2</source>
        <translation>das Kubelet akzeptiert TLS älter als 1.2</translation>
    </message>
    <message>
        <source>The kubelet configuration is not visible from here.</source>
        <translation>Die Kubelet-Konfiguration ist von hier nicht sichtbar.</translation>
    </message>
    <message numerus="yes">
        <source>The kubelet configuration of %n node(s) could not be read (e.g. %1).</source>
        <translation>
            <numerusform>Die Kubelet-Konfiguration eines Nodes konnte nicht gelesen werden (z. B. %1).</numerusform>
            <numerusform>Die Kubelet-Konfiguration von %n Nodes konnte nicht gelesen werden (z. B. %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Kubelet TLS settings and certificate rotation are on the nodes.</source>
        <translation>TLS-Einstellungen und Zertifikatsrotation des Kubelets liegen auf den Nodes.</translation>
    </message>
    <message>
        <source>the Ingress serves its hosts without TLS</source>
        <translation>der Ingress bedient seine Hosts ohne TLS</translation>
    </message>
    <message>
        <source>No kube-apiserver static pod in the source (managed control plane, k3s, or not captured): its flags cannot be read.</source>
        <translation>Kein statischer kube-apiserver-Pod in der Quelle (verwaltete Control Plane, k3s oder nicht erfasst): seine Flags sind nicht lesbar.</translation>
    </message>
    <message>
        <source>the API server serves an unauthenticated insecure port</source>
        <translation>der API-Server bedient einen nicht authentifizierten unsicheren Port</translation>
    </message>
    <message>
        <source>the API server binds an insecure address</source>
        <translation>der API-Server bindet eine unsichere Adresse</translation>
    </message>
    <message>
        <source>the API server&apos;s secure port is disabled</source>
        <translation>der sichere Port des API-Servers ist deaktiviert</translation>
    </message>
    <message>
        <source>the API server exposes profiling (it defaults to on)</source>
        <translation>der API-Server stellt Profiling bereit (standardmäßig an)</translation>
    </message>
    <message>
        <source>the API server does not authenticate to etcd with TLS (--%1 unset)</source>
        <translation>der API-Server authentifiziert sich nicht per TLS bei etcd (--%1 nicht gesetzt)</translation>
    </message>
    <message>
        <source>etcd is reached without TLS: %1</source>
        <translation>etcd wird ohne TLS erreicht: %1</translation>
    </message>
    <message>
        <source>the minimum TLS version is not set to 1.2 or 1.3</source>
        <translation>die minimale TLS-Version ist nicht auf 1.2 oder 1.3 gesetzt</translation>
    </message>
    <message>
        <source>the API server accepts TLS older than 1.2</source>
        <translation>der API-Server akzeptiert TLS älter als 1.2</translation>
    </message>
    <message>
        <source>weak cipher suites (RC4 or 3DES) are allowed</source>
        <translation>schwache Cipher-Suites (RC4 oder 3DES) sind erlaubt</translation>
    </message>
    <message>
        <source>the API server serves a self-generated certificate (--%1 unset)</source>
        <translation>der API-Server verwendet ein selbst erzeugtes Zertifikat (--%1 nicht gesetzt)</translation>
    </message>
    <message>
        <source>Secrets are stored in etcd without encryption at rest</source>
        <translation>Secrets werden in etcd ohne Verschlüsselung im Ruhezustand gespeichert</translation>
    </message>
    <message>
        <source>--encryption-provider-config is set; check by hand that its first provider is not identity (the file is on the control-plane node).</source>
        <translation>--encryption-provider-config ist gesetzt; prüfen Sie von Hand, dass der erste Provider nicht identity ist (die Datei liegt auf dem Control-Plane-Node).</translation>
    </message>
    <message>
        <source>Anonymous access is configured in the AuthenticationConfiguration file.</source>
        <translation>Anonymer Zugriff ist in der AuthenticationConfiguration-Datei konfiguriert.</translation>
    </message>
    <message>
        <source>anonymous requests are allowed (--anonymous-auth defaults to true)</source>
        <translation>anonyme Anfragen sind erlaubt (--anonymous-auth ist standardmäßig true)</translation>
    </message>
    <message>
        <source>anonymous requests are allowed</source>
        <translation>anonyme Anfragen sind erlaubt</translation>
    </message>
    <message>
        <source>users authenticate with a static file (--%1)</source>
        <translation>Benutzer authentifizieren sich mit einer statischen Datei (--%1)</translation>
    </message>
    <message>
        <source>Authorization is configured in the AuthorizationConfiguration file.</source>
        <translation>Die Autorisierung ist in der AuthorizationConfiguration-Datei konfiguriert.</translation>
    </message>
    <message>
        <source>no authorization mode: the API server defaults to AlwaysAllow</source>
        <translation>kein Autorisierungsmodus: der API-Server verwendet standardmäßig AlwaysAllow</translation>
    </message>
    <message>
        <source>AlwaysAllow authorizes every request</source>
        <translation>AlwaysAllow autorisiert jede Anfrage</translation>
    </message>
    <message>
        <source>RBAC is not enabled</source>
        <translation>RBAC ist nicht aktiviert</translation>
    </message>
    <message>
        <source>no audit policy: the API server records no audit events</source>
        <translation>keine Audit-Policy: der API-Server zeichnet keine Audit-Ereignisse auf</translation>
    </message>
    <message>
        <source>an audit policy is set but no log or webhook backend</source>
        <translation>eine Audit-Policy ist gesetzt, aber kein Log- oder Webhook-Backend</translation>
    </message>
    <message>
        <source>audit logging is off: nothing is retained</source>
        <translation>Audit-Logging ist aus: nichts wird aufbewahrt</translation>
    </message>
    <message>
        <source>--%1 should be at least %2</source>
        <translation>--%1 sollte mindestens %2 sein</translation>
    </message>
    <message>
        <source>audit logs are not streamed off the node</source>
        <translation>Audit-Logs werden nicht vom Node weg gestreamt</translation>
    </message>
    <message>
        <source>%1 listens on all interfaces (--bind-address defaults to 0.0.0.0)</source>
        <translation>%1 lauscht auf allen Interfaces (--bind-address ist standardmäßig 0.0.0.0)</translation>
    </message>
    <message>
        <source>%1 exposes profiling (it defaults to on)</source>
        <translation>%1 stellt Profiling bereit (standardmäßig an)</translation>
    </message>
    <message>
        <source>The kube-scheduler or kube-controller-manager static pod is not in the source.</source>
        <translation>Der statische Pod von kube-scheduler oder kube-controller-manager ist nicht in der Quelle.</translation>
    </message>
    <message>
        <source>etcd does not require client certificates (--%1)</source>
        <translation>etcd verlangt keine Client-Zertifikate (--%1)</translation>
    </message>
    <message>
        <source>etcd TLS is incomplete (--%1 unset)</source>
        <translation>etcd-TLS ist unvollständig (--%1 nicht gesetzt)</translation>
    </message>
    <message>
        <source>etcd uses self-signed certificates (--%1)</source>
        <translation>etcd verwendet selbstsignierte Zertifikate (--%1)</translation>
    </message>
    <message>
        <source>The etcd static pod is not in the source: its flags cannot be read.</source>
        <translation>Der statische etcd-Pod ist nicht in der Quelle: seine Flags sind nicht lesbar.</translation>
    </message>
</context>
<context>
    <name>parapet::checks::Exceptions</name>
    <message>
        <source>an exception must be a mapping</source>
        <translation>eine Ausnahme muss ein Mapping sein</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in exception (expected controls, reason, expires, match)</source>
        <translation>unbekanntes Feld „%1“ in der Ausnahme (erwartet: controls, reason, expires, match)</translation>
    </message>
    <message>
        <source>exception needs &quot;controls&quot;: a list of control ids</source>
        <translation>Ausnahme braucht „controls“: eine Liste von Kontroll-IDs</translation>
    </message>
    <message>
        <source>unknown control &quot;%1&quot;</source>
        <translation>unbekannte Kontrolle „%1“</translation>
    </message>
    <message>
        <source>exception needs a &quot;reason&quot; (why the risk is accepted)</source>
        <translation>Ausnahme braucht einen „reason“ (warum das Risiko akzeptiert wird)</translation>
    </message>
    <message>
        <source>&quot;expires&quot; must be a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>„expires“ muss ein Datum JJJJ-MM-TT sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;match&quot; must be a mapping</source>
        <translation>„match“ muss ein Mapping sein</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in match (expected namespaces, kinds, names, labels)</source>
        <translation>unbekanntes Feld „%1“ in match (erwartet: namespaces, kinds, names, labels)</translation>
    </message>
    <message>
        <source>bad label selector: %1</source>
        <translation>fehlerhafter Label-Selektor: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>„%1“ muss eine Liste von Strings sein</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (expected apiVersion, kind, exceptions)</source>
        <translation>unbekanntes Feld „%1“ (erwartet: apiVersion, kind, exceptions)</translation>
    </message>
    <message>
        <source>missing &quot;exceptions&quot; list</source>
        <translation>Liste „exceptions“ fehlt</translation>
    </message>
    <message>
        <source>&quot;exceptions&quot; must be a list</source>
        <translation>„exceptions“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>cannot read exceptions file %1: %2</source>
        <translation>Ausnahmedatei %1 nicht lesbar: %2</translation>
    </message>
    <message>
        <source>exceptions file %1 is larger than 16 MiB</source>
        <translation>Ausnahmedatei %1 ist größer als 16 MiB</translation>
    </message>
    <message>
        <source>annotation %1 names no control</source>
        <translation>Annotation %1 nennt keine Kontrolle</translation>
    </message>
    <message>
        <source>annotation %1 names unknown control &quot;%2&quot;</source>
        <translation>Annotation %1 nennt die unbekannte Kontrolle „%2“</translation>
    </message>
    <message>
        <source>annotation %1 needs %2 with the reason; the exemption is not applied</source>
        <translation>Annotation %1 braucht %2 mit der Begründung; die Ausnahme wird nicht angewendet</translation>
    </message>
    <message>
        <source>annotation %1 must be a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>Annotation %1 muss ein Datum JJJJ-MM-TT sein, nicht „%2“</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write exceptions file %1: %2</source>
        <translation>Ausnahmedatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot add the exception to %1: the file does not end with its &quot;exceptions:&quot; list; add this item to the list by hand:
%2</source>
        <translation>die Ausnahme kann nicht zu %1 hinzugefügt werden: die Datei endet nicht mit ihrer Liste „exceptions:“; fügen Sie diesen Eintrag von Hand zur Liste hinzu:
%2</translation>
    </message>
</context>
<context>
    <name>parapet::checks::Logging</name>
    <message>
        <source>Log agents: %1.</source>
        <translation>Log-Agents: %1.</translation>
    </message>
    <message>
        <source>The metrics API (v1beta1.metrics.k8s.io) is registered.</source>
        <translation>Die Metrics-API (v1beta1.metrics.k8s.io) ist registriert.</translation>
    </message>
    <message>
        <source>Prometheus Operator resources found (%1).</source>
        <translation>Ressourcen des Prometheus Operators gefunden (%1).</translation>
    </message>
    <message>
        <source>%1 of %2 workloads use a Localhost seccomp profile.</source>
        <translation>%1 von %2 Workloads verwenden ein Localhost-seccomp-Profil.</translation>
    </message>
    <message>
        <source>Runtime detection: %1.</source>
        <translation>Laufzeit-Erkennung: %1.</translation>
    </message>
    <message>
        <source>Service mesh resources found; %1 of %2 PeerAuthentications are STRICT.</source>
        <translation>Service-Mesh-Ressourcen gefunden; %1 von %2 PeerAuthentications sind STRICT.</translation>
    </message>
</context>
<context>
    <name>parapet::checks::Network</name>
    <message>
        <source>the workload runs in the shared namespace %1</source>
        <translation>der Workload läuft im gemeinsam genutzten Namespace %1</translation>
    </message>
    <message>
        <source>no NetworkPolicy selects these pods: all traffic in and out is allowed</source>
        <translation>keine NetworkPolicy wählt diese Pods aus: jeder ein- und ausgehende Verkehr ist erlaubt</translation>
    </message>
    <message>
        <source>no NetworkPolicy isolates these pods for ingress</source>
        <translation>keine NetworkPolicy isoliert diese Pods für Ingress</translation>
    </message>
    <message>
        <source>no NetworkPolicy isolates these pods for egress</source>
        <translation>keine NetworkPolicy isoliert diese Pods für Egress</translation>
    </message>
    <message>
        <source>egress is not restricted: the pods can reach 169.254.169.254</source>
        <translation>Egress ist nicht eingeschränkt: die Pods erreichen 169.254.169.254</translation>
    </message>
    <message>
        <source>egress rules of %1 allow 169.254.169.254:80 (add it to an ipBlock except)</source>
        <translation>Egress-Regeln von %1 erlauben 169.254.169.254:80 (nehmen Sie es in ein ipBlock-except auf)</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; has no %2 limit</source>
        <translation>Container „%1“ hat kein %2-Limit</translation>
    </message>
    <message>
        <source>Some workloads carry no namespace: they land where they are applied.</source>
        <translation>Einige Workloads haben keinen Namespace: sie landen dort, wo sie angewendet werden.</translation>
    </message>
    <message>
        <source>%1 host-network workloads are out of NetworkPolicy&apos;s reach (see NSA-POD-10).</source>
        <translation>%1 Workloads im Host-Netzwerk liegen außerhalb der Reichweite von NetworkPolicies (siehe NSA-POD-10).</translation>
    </message>
    <message>
        <source>the namespace these manifests are applied to</source>
        <translation>der Namespace, in dem diese Manifeste angewendet werden</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>%1 has no default-deny NetworkPolicy for %2</source>
        <translation>%1 hat keine Default-Deny-NetworkPolicy für %2</translation>
    </message>
    <message>
        <source>%1 has no LimitRange</source>
        <translation>%1 hat keine LimitRange</translation>
    </message>
    <message>
        <source>%1 has no ResourceQuota</source>
        <translation>%1 hat kein ResourceQuota</translation>
    </message>
    <message>
        <source>the Service opens a port on every node</source>
        <translation>der Service öffnet einen Port auf jedem Node</translation>
    </message>
    <message>
        <source>the Service is exposed through an external load balancer (and a port on every node)</source>
        <translation>der Service ist über einen externen Load Balancer erreichbar (und einen Port auf jedem Node)</translation>
    </message>
    <message>
        <source>the Service accepts traffic for external IPs %1</source>
        <translation>der Service nimmt Verkehr für die externen IPs %1 an</translation>
    </message>
    <message>
        <source>Network plugins detected: %1.</source>
        <translation>Erkannte Netzwerk-Plugins: %1.</translation>
    </message>
    <message>
        <source> Flannel alone does not enforce NetworkPolicy.</source>
        <translation> Flannel allein setzt keine NetworkPolicies durch.</translation>
    </message>
</context>
<context>
    <name>parapet::checks::PodSecurity</name>
    <message>
        <source>init container &quot;%1&quot;</source>
        <translation>Init-Container „%1“</translation>
    </message>
    <message>
        <source>ephemeral container &quot;%1&quot;</source>
        <translation>ephemerer Container „%1“</translation>
    </message>
    <message>
        <source>container &quot;%1&quot;</source>
        <translation>Container „%1“</translation>
    </message>
    <message>
        <source>%1 sets runAsUser: 0 (root) together with runAsNonRoot: true: the kubelet refuses to start it; set a non-zero runAsUser</source>
        <translation>%1 setzt runAsUser: 0 (root) zusammen mit runAsNonRoot: true: das Kubelet startet ihn nicht; setzen Sie eine runAsUser ungleich 0</translation>
    </message>
    <message>
        <source>%1 runs as root (runAsUser: 0)</source>
        <translation>%1 läuft als root (runAsUser: 0)</translation>
    </message>
    <message>
        <source>%1 sets neither runAsNonRoot: true nor a non-zero runAsUser: the image&apos;s user decides, root for most images</source>
        <translation>%1 setzt weder runAsNonRoot: true noch eine runAsUser ungleich 0: der Benutzer des Images entscheidet, bei den meisten Images root</translation>
    </message>
    <message>
        <source>%1 runs with the root group (runAsGroup: 0)</source>
        <translation>%1 läuft mit der root-Gruppe (runAsGroup: 0)</translation>
    </message>
    <message>
        <source>%1 sets no runAsGroup: the image&apos;s group applies, root (0) for most images</source>
        <translation>%1 setzt keine runAsGroup: es gilt die Gruppe des Images, bei den meisten Images root (0)</translation>
    </message>
    <message>
        <source>fsGroup: 0 gives volumes to the root group</source>
        <translation>fsGroup: 0 gibt Volumes der root-Gruppe</translation>
    </message>
    <message>
        <source>supplementalGroups contains the root group 0</source>
        <translation>supplementalGroups enthält die root-Gruppe 0</translation>
    </message>
    <message>
        <source>%1 has a writable root filesystem</source>
        <translation>%1 hat ein beschreibbares Root-Dateisystem</translation>
    </message>
    <message>
        <source>%1 uses an image without tag or digest (pulls latest)</source>
        <translation>%1 verwendet ein Image ohne Tag oder Digest (zieht latest)</translation>
    </message>
    <message>
        <source>%1 uses the floating tag &quot;%2&quot; (not a version): what runs changes with each push</source>
        <translation>%1 verwendet den beweglichen Tag „%2“ (keine Version): was läuft, ändert sich mit jedem Push</translation>
    </message>
    <message>
        <source>%1 is privileged</source>
        <translation>%1 ist privilegiert</translation>
    </message>
    <message>
        <source>the pod shares the host&apos;s %1 namespace</source>
        <translation>der Pod teilt den %1-Namespace des Hosts</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>IPC</source>
        <translation>IPC</translation>
    </message>
    <message>
        <source>the pod uses the host&apos;s network namespace</source>
        <translation>der Pod verwendet den Netzwerk-Namespace des Hosts</translation>
    </message>
    <message>
        <source>hostPath volume &quot;%1&quot; mounts %2 from the node</source>
        <translation>hostPath-Volume „%1“ mountet %2 vom Node</translation>
    </message>
    <message>
        <source> (a runtime or daemon socket: control of the node)</source>
        <translation> (ein Runtime- oder Daemon-Socket: Kontrolle über den Node)</translation>
    </message>
    <message>
        <source> (a sensitive node path)</source>
        <translation> (ein sensibler Pfad des Nodes)</translation>
    </message>
    <message>
        <source>; mounted %1 by %2</source>
        <translation>; %1 gemountet von %2</translation>
    </message>
    <message>
        <source>writable</source>
        <translation>beschreibbar</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>%1 opens host port %2</source>
        <translation>%1 öffnet den Host-Port %2</translation>
    </message>
    <message>
        <source>%1 is privileged, which always allows privilege escalation</source>
        <translation>%1 ist privilegiert, was Rechteausweitung immer erlaubt</translation>
    </message>
    <message>
        <source>%1 adds CAP_SYS_ADMIN, which always allows privilege escalation</source>
        <translation>%1 fügt CAP_SYS_ADMIN hinzu, was Rechteausweitung immer erlaubt</translation>
    </message>
    <message>
        <source>%1 allows privilege escalation</source>
        <translation>%1 erlaubt Rechteausweitung</translation>
    </message>
    <message>
        <source>%1 does not set allowPrivilegeEscalation: false (it defaults to true)</source>
        <translation>%1 setzt nicht allowPrivilegeEscalation: false (standardmäßig true)</translation>
    </message>
    <message>
        <source>%1 does not drop ALL capabilities (keeps the runtime&apos;s defaults, NET_RAW included)</source>
        <translation>%1 entfernt nicht ALL Capabilities (behält die Standards der Runtime, NET_RAW eingeschlossen)</translation>
    </message>
    <message>
        <source>%1 adds the dangerous capability CAP_%2</source>
        <translation>%1 fügt die gefährliche Capability CAP_%2 hinzu</translation>
    </message>
    <message>
        <source>%1 adds the capability CAP_%2</source>
        <translation>%1 fügt die Capability CAP_%2 hinzu</translation>
    </message>
    <message>
        <source>%1 runs with seccomp profile %2</source>
        <translation>%1 läuft mit dem seccomp-Profil %2</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <source>%1 has no seccompProfile; the seccomp annotation is ignored since Kubernetes 1.27</source>
        <translation>%1 hat kein seccompProfile; die seccomp-Annotation wird seit Kubernetes 1.27 ignoriert</translation>
    </message>
    <message>
        <source>%1 has no seccompProfile: it runs Unconfined unless the kubelet enables seccompDefault</source>
        <translation>%1 hat kein seccompProfile: er läuft Unconfined, sofern das Kubelet nicht seccompDefault aktiviert</translation>
    </message>
    <message>
        <source>%1 sets no AppArmor profile</source>
        <translation>%1 setzt kein AppArmor-Profil</translation>
    </message>
    <message>
        <source>%1 runs with AppArmor profile %2</source>
        <translation>%1 läuft mit dem AppArmor-Profil %2</translation>
    </message>
    <message>
        <source>the pod mounts its service account token</source>
        <translation>der Pod mountet sein ServiceAccount-Token</translation>
    </message>
    <message>
        <source>the token of ServiceAccount %1 is mounted: neither the pod nor the ServiceAccount sets automountServiceAccountToken: false</source>
        <translation>das Token des ServiceAccounts %1 wird gemountet: weder der Pod noch der ServiceAccount setzt automountServiceAccountToken: false</translation>
    </message>
    <message>
        <source>the pod does not set automountServiceAccountToken: false and ServiceAccount %1 is not in the source: Kubernetes mounts the token unless the ServiceAccount disables it</source>
        <translation>der Pod setzt nicht automountServiceAccountToken: false und der ServiceAccount %1 ist nicht in der Quelle: Kubernetes mountet das Token, sofern der ServiceAccount es nicht abschaltet</translation>
    </message>
    <message>
        <source>%1 of %2 workloads run in a user namespace (hostUsers: false).</source>
        <translation>%1 von %2 Workloads laufen in einem User Namespace (hostUsers: false).</translation>
    </message>
    <message>
        <source>Admission control found: %1.</source>
        <translation>Admission Control gefunden: %1.</translation>
    </message>
    <message>
        <source>RuntimeClasses: %1.</source>
        <translation>RuntimeClasses: %1.</translation>
    </message>
    <message>
        <source>%1 workloads set runtimeClassName (%2).</source>
        <translation>%1 Workloads setzen runtimeClassName (%2).</translation>
    </message>
    <message>
        <source>Node runtimes: %1.</source>
        <translation>Runtimes der Nodes: %1.</translation>
    </message>
</context>
<context>
    <name>parapet::checks::Pss</name>
    <message>
        <source>The objects carry no namespace: check the pod-security labels of the namespace they are applied to.</source>
        <translation>Die Objekte haben keinen Namespace: prüfen Sie die Pod-Security-Labels des Namespace, in dem sie angewendet werden.</translation>
    </message>
    <message>
        <source>Namespace %1 is not in the source: its pod-security labels cannot be checked.</source>
        <translation>Namespace %1 ist nicht in der Quelle: seine Pod-Security-Labels sind nicht prüfbar.</translation>
    </message>
    <message>
        <source>invalid enforce-version; Pod Security admission falls back to latest</source>
        <translation>ungültige enforce-version; Pod Security Admission fällt auf latest zurück</translation>
    </message>
    <message>
        <source> (warn/audit labels only report, they do not block)</source>
        <translation> (warn-/audit-Labels melden nur, sie blockieren nicht)</translation>
    </message>
    <message>
        <source>namespace %1 enforces no pod security level%2; label it %3=baseline or restricted</source>
        <translation>Namespace %1 setzt keine Pod-Sicherheitsstufe durch%2; versehen Sie ihn mit dem Label %3=baseline oder restricted</translation>
    </message>
    <message>
        <source>invalid pod security level; Pod Security admission treats it as restricted:latest</source>
        <translation>ungültige Pod-Sicherheitsstufe; Pod Security Admission behandelt sie als restricted:latest</translation>
    </message>
    <message>
        <source>namespace %1 enforces the privileged level, which allows everything</source>
        <translation>Namespace %1 setzt die Stufe privileged durch, die alles erlaubt</translation>
    </message>
    <message>
        <source>rejected by Pod Security admission (enforce=%1): %2: %3</source>
        <translation>von Pod Security Admission abgelehnt (enforce=%1): %2: %3</translation>
    </message>
    <message>
        <source>its pods would be rejected by Pod Security admission (enforce=%1): %2: %3</source>
        <translation>seine Pods würden von Pod Security Admission abgelehnt (enforce=%1): %2: %3</translation>
    </message>
</context>
<context>
    <name>parapet::checks::Secrets</name>
    <message>
        <source>env var %1 of container &quot;%2&quot; holds what looks like %3 in clear</source>
        <translation>Umgebungsvariable %1 von Container „%2“ enthält im Klartext etwas, das wie %3 aussieht</translation>
    </message>
    <message>
        <source>env var %1 of container &quot;%2&quot; holds a credential literal; keep it in a Secret</source>
        <translation>Umgebungsvariable %1 von Container „%2“ enthält Zugangsdaten als Literal; legen Sie sie in ein Secret</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; receives Secret %2 as env var %3; mount it as a file instead</source>
        <translation>Container „%1“ erhält Secret %2 als Umgebungsvariable %3; mounten Sie es stattdessen als Datei</translation>
    </message>
    <message>
        <source>container &quot;%1&quot; receives all keys of Secret %2 as env vars; mount it as files instead</source>
        <translation>Container „%1“ erhält alle Schlüssel von Secret %2 als Umgebungsvariablen; mounten Sie sie stattdessen als Dateien</translation>
    </message>
    <message>
        <source>ConfigMap key %1 holds what looks like %2</source>
        <translation>ConfigMap-Schlüssel %1 enthält etwas, das wie %2 aussieht</translation>
    </message>
    <message>
        <source>ConfigMap key %1 holds a credential; keep it in a Secret</source>
        <translation>ConfigMap-Schlüssel %1 enthält Zugangsdaten; legen Sie sie in ein Secret</translation>
    </message>
</context>
<context>
    <name>parapet::checks::Upgrades</name>
    <message>
        <source>Version %1 is newer than Parapet&apos;s release table (%2).</source>
        <translation>Version %1 ist neuer als die Release-Tabelle von Parapet (%2).</translation>
    </message>
    <message>
        <source>Kubernetes 1.%1 is long out of support</source>
        <translation>Kubernetes 1.%1 wird seit Langem nicht mehr unterstützt</translation>
    </message>
    <message>
        <source>Kubernetes 1.%1 reached end of life on %2</source>
        <translation>Kubernetes 1.%1 hat am %2 das Ende des Supports erreicht</translation>
    </message>
    <message>
        <source>patch 1.%1.%2 is behind 1.%1.%3 (published by %4)</source>
        <translation>Patch 1.%1.%2 liegt hinter 1.%1.%3 (veröffentlicht am %4)</translation>
    </message>
    <message>
        <source>Kubernetes 1.%1 reaches end of life on %2.</source>
        <translation>Kubernetes 1.%1 erreicht am %2 das Ende des Supports.</translation>
    </message>
    <message>
        <source>Helm 2 Tiller is end of life since 2020-11-13 and grants cluster-admin to anyone who reaches it</source>
        <translation>Helm 2 Tiller hat seit 2020-11-13 keinen Support mehr und gewährt jedem, der ihn erreicht, cluster-admin</translation>
    </message>
    <message>
        <source>ingress-nginx controller %1 is vulnerable to CVE-2025-1974 (IngressNightmare, fixed in 1.11.5 and 1.12.1)</source>
        <translation>ingress-nginx-Controller %1 ist für CVE-2025-1974 anfällig (IngressNightmare, behoben in 1.11.5 und 1.12.1)</translation>
    </message>
    <message>
        <source>Kubernetes Dashboard %1 is vulnerable to CVE-2018-18264 (fixed in 1.10.1)</source>
        <translation>Kubernetes Dashboard %1 ist für CVE-2018-18264 anfällig (behoben in 1.10.1)</translation>
    </message>
    <message>
        <source>Parapet&apos;s release table dates from %1; newer releases may exist.</source>
        <translation>Die Release-Tabelle von Parapet stammt vom %1; es gibt eventuell neuere Releases.</translation>
    </message>
    <message>
        <source>kubelet: %1</source>
        <translation>Kubelet: %1</translation>
    </message>
    <message>
        <source>Neither the server version nor node versions are in the source.</source>
        <translation>Weder die Server-Version noch die Node-Versionen sind in der Quelle.</translation>
    </message>
    <message>
        <source>Parapet knows a short list (Helm 2 Tiller, ingress-nginx before 1.11.5/1.12.1 and its snippet annotations, Dashboard before 1.10.1); an image vulnerability scanner finds more.</source>
        <translation>Parapet kennt eine kurze Liste (Helm 2 Tiller, ingress-nginx vor 1.11.5/1.12.1 und dessen Snippet-Annotationen, Dashboard vor 1.10.1); ein Schwachstellenscanner für Images findet mehr.</translation>
    </message>
    <message>
        <source>ingress-nginx snippet annotations let Ingress authors read the controller&apos;s secrets (CVE-2021-25742)</source>
        <translation>Snippet-Annotationen von ingress-nginx erlauben Ingress-Autoren, die Secrets des Controllers zu lesen (CVE-2021-25742)</translation>
    </message>
    <message>
        <source>PodSecurityPolicy was removed in Kubernetes 1.25; use Pod Security admission</source>
        <translation>PodSecurityPolicy wurde in Kubernetes 1.25 entfernt; verwenden Sie Pod Security Admission</translation>
    </message>
    <message>
        <source>%1 %2 is no longer served by current Kubernetes releases</source>
        <translation>%1 %2 wird von aktuellen Kubernetes-Releases nicht mehr bereitgestellt</translation>
    </message>
    <message>
        <source>the Service selects no pod of this source (dangling or mislabelled)</source>
        <translation>der Service wählt keinen Pod dieser Quelle aus (verwaist oder falsch gelabelt)</translation>
    </message>
    <message>
        <source>the NetworkPolicy selects no pod of its namespace (dangling)</source>
        <translation>die NetworkPolicy wählt keinen Pod ihres Namespace aus (verwaist)</translation>
    </message>
    <message>
        <source>the Ingress routes to Service %1, which does not exist</source>
        <translation>der Ingress leitet an Service %1 weiter, den es nicht gibt</translation>
    </message>
    <message>
        <source>ReplicationController is superseded by Deployment (rolling updates, history)</source>
        <translation>ReplicationController ist durch Deployment abgelöst (Rolling Updates, Historie)</translation>
    </message>
</context>
<context>
    <name>parapet::cli</name>
    <message>
        <source>Built-in roles and bindings of the API server: auto (assumed for manifests, a live cluster&apos;s own), assume, or none.</source>
        <translation>Eingebaute Rollen und Bindings des API-Servers: auto (bei Manifesten angenommen, bei einem Live-Cluster dessen eigene), assume oder none.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>The identity asked about: a user name, or system:serviceaccount:NS:NAME.</source>
        <translation>Die gefragte Identität: ein Benutzername oder system:serviceaccount:NS:NAME.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>A group of that identity (repeatable).</source>
        <translation>Eine Gruppe dieser Identität (wiederholbar).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>Subresource, as kubectl&apos;s --subresource (or write RESOURCE/SUB).</source>
        <translation>Subressource, wie --subresource bei kubectl (oder RESSOURCE/SUB schreiben).</translation>
    </message>
    <message>
        <source>SUB</source>
        <translation>SUB</translation>
    </message>
    <message>
        <source>error: missing arguments; run &apos;parapet-cli %1 --help&apos; for usage</source>
        <translation>Fehler: Argumente fehlen; die Verwendung zeigt &apos;parapet-cli %1 --help&apos;</translation>
    </message>
    <message>
        <source>error: unknown --builtins &quot;%1&quot; (use auto, assume or none)</source>
        <translation>Fehler: unbekanntes --builtins „%1“ (auto, assume oder none verwenden)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: name the identity with --as USER (a ServiceAccount as --as system:serviceaccount:NAMESPACE:NAME)</source>
        <translation>Fehler: nennen Sie die Identität mit --as BENUTZER (einen ServiceAccount als --as system:serviceaccount:NAMESPACE:NAME)</translation>
    </message>
    <message>
        <source>the resource is empty</source>
        <translation>die Ressource ist leer</translation>
    </message>
    <message>
        <source>the resource type &apos;%1&apos; in group &apos;%2&apos; is not known to this source; asking for it as written</source>
        <translation>der Ressourcentyp &apos;%1&apos; in der Gruppe &apos;%2&apos; ist dieser Quelle nicht bekannt; er wird wie geschrieben abgefragt</translation>
    </message>
    <message>
        <source>the resource type &apos;%1&apos; is not known to this source; asking for it in the core group</source>
        <translation>der Ressourcentyp &apos;%1&apos; ist dieser Quelle nicht bekannt; er wird in der Core-Gruppe abgefragt</translation>
    </message>
    <message>
        <source>error: a non-resource URL takes neither NAME nor --subresource</source>
        <translation>Fehler: eine Nicht-Ressourcen-URL nimmt weder NAME noch --subresource</translation>
    </message>
    <message>
        <source>error: give the subresource once: RESOURCE/SUB or --subresource</source>
        <translation>Fehler: geben Sie die Subressource nur einmal an: RESSOURCE/SUB oder --subresource</translation>
    </message>
    <message>
        <source>a request on a namespace is in that namespace: -n %1 is not used</source>
        <translation>eine Anfrage auf einen Namespace liegt in diesem Namespace: -n %1 wird nicht verwendet</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos; is not namespace scoped</source>
        <translation>Ressource &apos;%1&apos; ist nicht namespace-gebunden</translation>
    </message>
    <message>
        <source>resource &apos;%1&apos; is not namespace scoped in group &apos;%2&apos;</source>
        <translation>Ressource &apos;%1&apos; ist in der Gruppe &apos;%2&apos; nicht namespace-gebunden</translation>
    </message>
    <message>
        <source>error: unknown --format &quot;%1&quot; (use %2)</source>
        <translation>Fehler: unbekanntes --format „%1“ (%2 verwenden)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>user %1, groups %2</source>
        <translation>Benutzer %1, Gruppen %2</translation>
    </message>
    <message>
        <source>Usage: parapet-cli netpol SUBCOMMAND [ARGS...] [SOURCE...] [OPTIONS]

NetworkPolicy reachability with the exact networking/v1 semantics.

Subcommands:
  can-reach SRC DST --port PORT[/PROTO] [SOURCE...] [--explain] [--format text|json]
              whether SRC may open a connection to DST (exit 0 allowed, 1 denied or
              implementation-defined); SRC and DST are NAMESPACE/POD,
              NAMESPACE/KIND/NAME (deploy, sts, ds...) or an IP address
  matrix [SOURCE...] [--format table|json|csv]
              allowed ports for every workload pair and with the outside
  exposure [SOURCE...] [--format table|json]
              workloads reachable from everywhere or the internet, namespaces
              without isolation, policies and rules that never apply
  diff OLD NEW [--format text|json]
              connections that appear, disappear or change between two sources
              (exit 0 none, 1 some)

Run &apos;parapet-cli netpol SUBCOMMAND --help&apos; for the options of a subcommand.
</source>
        <translation>Aufruf: parapet-cli netpol UNTERBEFEHL [ARGUMENTE...] [QUELLE...] [OPTIONEN]

Erreichbarkeit nach NetworkPolicies mit der genauen Semantik von networking/v1.

Unterbefehle:
  can-reach SRC DST --port PORT[/PROTO] [QUELLE...] [--explain] [--format text|json]
              ob SRC eine Verbindung zu DST öffnen darf (Exit 0 erlaubt, 1 verweigert oder
              implementierungsabhängig); SRC und DST sind NAMESPACE/POD,
              NAMESPACE/KIND/NAME (deploy, sts, ds...) oder eine IP-Adresse
  matrix [QUELLE...] [--format table|json|csv]
              erlaubte Ports für jedes Workload-Paar und nach außen
  exposure [QUELLE...] [--format table|json]
              von überall oder aus dem Internet erreichbare Workloads, Namespaces
              ohne Isolation, Policies und Regeln, die nie greifen
  diff ALT NEU [--format text|json]
              Verbindungen, die zwischen zwei Quellen hinzukommen, wegfallen oder sich ändern
              (Exit 0 keine, 1 einige)

Die Optionen eines Unterbefehls zeigt &apos;parapet-cli netpol UNTERBEFEHL --help&apos;.
</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot; (use TCP, UDP or SCTP)</source>
        <translation>unbekanntes Protokoll „%1“ (TCP, UDP oder SCTP verwenden)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1-65535) or a port name</source>
        <translation>„%1“ ist keine Portnummer (1-65535) und kein Portname</translation>
    </message>
    <message>
        <source>port %1 is out of range (1-65535)</source>
        <translation>Port %1 liegt außerhalb des Bereichs (1-65535)</translation>
    </message>
    <message>
        <source>from anywhere</source>
        <translation>von überall</translation>
    </message>
    <message>
        <source>to anywhere</source>
        <translation>nach überall</translation>
    </message>
    <message>
        <source>NetworkPolicy %1 %2 (%3; ports: %4)</source>
        <translation>NetworkPolicy %1 %2 (%3; Ports: %4)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>[ipBlock matched the pod IP]</source>
        <translation>[ipBlock passte auf die Pod-IP]</translation>
    </message>
    <message>
        <source>outside the cluster: no NetworkPolicy applies on this side</source>
        <translation>außerhalb des Clusters: auf dieser Seite gilt keine NetworkPolicy</translation>
    </message>
    <message>
        <source>not isolated for egress: no NetworkPolicy selects it with policyType Egress, so every destination is allowed</source>
        <translation>nicht für Egress isoliert: keine NetworkPolicy wählt ihn mit policyType Egress aus, daher ist jedes Ziel erlaubt</translation>
    </message>
    <message>
        <source>not isolated for ingress: no NetworkPolicy selects it with policyType Ingress, so every source is allowed</source>
        <translation>nicht für Ingress isoliert: keine NetworkPolicy wählt ihn mit policyType Ingress aus, daher ist jede Quelle erlaubt</translation>
    </message>
    <message>
        <source>isolated by NetworkPolicy %1</source>
        <translation>isoliert durch NetworkPolicy %1</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>erlaubt durch %1</translation>
    </message>
    <message>
        <source>denied: no egress rule of these policies matches the destination</source>
        <translation>verweigert: keine Egress-Regel dieser Policies passt auf das Ziel</translation>
    </message>
    <message>
        <source>denied: no ingress rule of these policies matches the source</source>
        <translation>verweigert: keine Ingress-Regel dieser Policies passt auf die Quelle</translation>
    </message>
    <message>
        <source>denied: rules match the peer but not %1:</source>
        <translation>verweigert: Regeln passen auf die Gegenstelle, aber nicht auf %1:</translation>
    </message>
</context>
<context>
    <name>parapet::cli::Command</name>
    <message numerus="yes">
        <source> -&gt; cluster-admin in %n step(s)</source>
        <translation>
            <numerusform> -&gt; cluster-admin in einem Schritt</numerusform>
            <numerusform>-&gt; cluster-admin in %n Schritten</numerusform>
        </translation>
    </message>
    <message>
        <source>namespaces with their workloads and services</source>
        <translation>Namespaces mit ihren Workloads und Services</translation>
    </message>
    <message>
        <source>risky RBAC subjects, their bindings, roles and escalation paths</source>
        <translation>riskante RBAC-Subjekte, ihre Bindings, Rollen und Eskalationspfade</translation>
    </message>
    <message>
        <source>NetworkPolicy reachability: workloads by namespace, allowed connections with ports, outside address ranges</source>
        <translation>Erreichbarkeit nach NetworkPolicies: Workloads nach Namespace, erlaubte Verbindungen mit Ports, externe Adressbereiche</translation>
    </message>
</context>
<context>
    <name>parapet::cli::ContextsCommand</name>
    <message>
        <source>List the kubeconfig contexts with cluster, user, auth kind and namespace</source>
        <translation>Die kubeconfig-Kontexte mit Cluster, Benutzer, Anmeldeart und Namespace auflisten</translation>
    </message>
    <message>
        <source>Only these contexts.</source>
        <translation>Nur diese Kontexte.</translation>
    </message>
    <message>
        <source>Read this kubeconfig file alone (else KUBECONFIG, else ~/.kube/config).</source>
        <translation>Nur diese kubeconfig-Datei lesen (sonst KUBECONFIG, sonst ~/.kube/config).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Mark this context as the current one.</source>
        <translation>Diesen Kontext als aktuellen markieren.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Accepted for symmetry; not used here.</source>
        <translation>Aus Symmetriegründen akzeptiert; wird hier nicht verwendet.</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>&quot;name&quot; prints only the context names (as kubectl -o name).</source>
        <translation>„name“ gibt nur die Kontextnamen aus (wie kubectl -o name).</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <translation>AUSGABE</translation>
    </message>
    <message>
        <source>error: unknown --format &quot;%1&quot; (use table or json)</source>
        <translation>Fehler: unbekanntes --format „%1“ (table oder json verwenden)</translation>
    </message>
    <message>
        <source>error: unknown --output &quot;%1&quot; (only &quot;name&quot;)</source>
        <translation>Fehler: unbekanntes --output „%1“ (nur „name“)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: context %1 not found</source>
        <translation>Fehler: Kontext %1 nicht gefunden</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>AKTUELL</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>AUTHINFO</source>
        <translation>AUTHINFO</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>ANMELDUNG</translation>
    </message>
</context>
<context>
    <name>parapet::cli::FixCommand</name>
    <message>
        <source>Generate the manifests and patches that fix the findings of a scan</source>
        <translation>Die Manifeste und Patches erzeugen, die die Befunde eines Scans beheben</translation>
    </message>
    <message>
        <source>Only fix these controls (repeatable or comma-separated), e.g. NSA-POD-04.</source>
        <translation>Nur diese Kontrollen beheben (wiederholbar oder durch Kommas getrennt), z. B. NSA-POD-04.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only fix this object: &quot;Kind ns/name&quot;, &quot;Kind name&quot; or kind/ns/name (repeatable).</source>
        <translation>Nur dieses Objekt beheben: „Kind ns/name“, „Kind name“ oder kind/ns/name (wiederholbar).</translation>
    </message>
    <message>
        <source>OBJECT</source>
        <translation>OBJEKT</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Leave out these parts of the fixes (repeatable or comma-separated): %1.</source>
        <translation>Diese Teile der Korrekturen weglassen (wiederholbar oder durch Kommas getrennt): %1.</translation>
    </message>
    <message>
        <source>PART</source>
        <translation>TEIL</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>YAML file of accepted risks: excepted findings are not fixed.</source>
        <translation>YAML-Datei akzeptierter Risiken: ausgenommene Befunde werden nicht behoben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>error: unknown control &quot;%1&quot;</source>
        <translation>Fehler: unbekannte Kontrolle „%1“</translation>
    </message>
    <message>
        <source>error: unknown part &quot;%1&quot; (parts: %2)</source>
        <translation>Fehler: unbekannter Teil „%1“ (Teile: %2)</translation>
    </message>
    <message>
        <source>error: --object &quot;%1&quot;: use &quot;Kind ns/name&quot;, &quot;Kind name&quot; or kind/ns/name</source>
        <translation>Fehler: --object „%1“: verwenden Sie „Kind ns/name“, „Kind name“ oder kind/ns/name</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>note: nothing to fix with the selected controls, objects and parts</source>
        <translation>Hinweis: mit den gewählten Kontrollen, Objekten und Teilen gibt es nichts zu beheben</translation>
    </message>
    <message>
        <source>note: %1: no patch applies; use --format yaml</source>
        <translation>Hinweis: %1: kein Patch anwendbar; verwenden Sie --format yaml</translation>
    </message>
    <message>
        <source>Output: yaml (fixed and new objects, default), overlay (a kustomize directory, needs -o), patch (strategic-merge patches for kubectl patch), diff (unified diff against the source files) or json.</source>
        <translation>Ausgabe: yaml (korrigierte und neue Objekte, Standard), overlay (ein kustomize-Verzeichnis, braucht -o), patch (Strategic-Merge-Patches für kubectl patch), diff (Unified Diff gegen die Quelldateien) oder json.</translation>
    </message>
    <message>
        <source>Write the fix set into DIR (new or empty) instead of printing: yaml, overlay, patch; control-plane files go to DIR/control-plane.</source>
        <translation>Das Korrekturpaket in VERZ (neu oder leer) schreiben statt auszugeben: yaml, overlay, patch; Control-Plane-Dateien kommen nach VERZ/control-plane.</translation>
    </message>
    <message>
        <source>Write into a non-empty DIR: the files of the fix set are overwritten, nothing else is touched or removed.</source>
        <translation>In ein nicht leeres VERZ schreiben: die Dateien des Korrekturpakets werden überschrieben, sonst wird nichts angefasst oder entfernt.</translation>
    </message>
    <message>
        <source>Print the generated encryption-at-rest key once on the terminal (it is written only to DIR/control-plane/encryption-config.yaml, mode 0600).</source>
        <translation>Den erzeugten Schlüssel für die Verschlüsselung im Ruhezustand einmal im Terminal ausgeben (er wird nur nach VERZ/control-plane/encryption-config.yaml geschrieben, Modus 0600).</translation>
    </message>
    <message>
        <source>error: unknown --format &quot;%1&quot; (use yaml, overlay, patch, diff or json)</source>
        <translation>Fehler: unbekanntes --format „%1“ (yaml, overlay, patch, diff oder json verwenden)</translation>
    </message>
    <message>
        <source>error: -o writes yaml, overlay or patch files; print %1 to stdout instead</source>
        <translation>Fehler: -o schreibt yaml-, overlay- oder patch-Dateien; %1 bitte auf die Standardausgabe ausgeben</translation>
    </message>
    <message>
        <source>error: --format overlay writes a directory: give -o DIR</source>
        <translation>Fehler: --format overlay schreibt ein Verzeichnis: geben Sie -o VERZ an</translation>
    </message>
    <message>
        <source>error: --force and --show-key go with -o DIR</source>
        <translation>Fehler: --force und --show-key gehören zu -o VERZ</translation>
    </message>
    <message>
        <source>note: %1: no source file to diff against (live object, List item or JSON)</source>
        <translation>Hinweis: %1: keine Quelldatei für den Diff (Live-Objekt, List-Eintrag oder JSON)</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>encryption key (base64; shown this once, stored only in control-plane/encryption-config.yaml): %1</source>
        <translation>Verschlüsselungsschlüssel (Base64; nur dieses eine Mal angezeigt, gespeichert nur in control-plane/encryption-config.yaml): %1</translation>
    </message>
    <message>
        <source>note: %1: control-plane fixes are files (and a key): write them with -o DIR</source>
        <translation>Hinweis: %1: Korrekturen der Control Plane sind Dateien (und ein Schlüssel): schreiben Sie sie mit -o VERZ</translation>
    </message>
    <message>
        <source>note: %1: run: %2</source>
        <translation>Hinweis: %1: ausführen: %2</translation>
    </message>
    <message>
        <source>note: %1 is guidance only: %2</source>
        <translation>Hinweis: %1 ist nur eine Anleitung: %2</translation>
    </message>
    <message>
        <source>error: no fix generator for %1 (fixable: %2)</source>
        <translation>Fehler: kein Korrekturgenerator für %1 (behebbar: %2)</translation>
    </message>
</context>
<context>
    <name>parapet::cli::GraphCommand</name>
    <message>
        <source>Export a graph (namespaces, rbac, netpol) as DOT, SVG or JSON</source>
        <translation>Einen Graphen (namespaces, rbac, netpol) als DOT, SVG oder JSON exportieren</translation>
    </message>
    <message>
        <source>The graph: %1.</source>
        <translation>Der Graph: %1.</translation>
    </message>
    <message>
        <source>dot (default), svg or json.</source>
        <translation>dot (Standard), svg oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Seconds Graphviz may take for SVG (default 30).</source>
        <translation>Sekunden, die Graphviz für SVG brauchen darf (Standard 30).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>error: name the graph: parapet-cli graph KIND [SOURCE...]</source>
        <translation>Fehler: nennen Sie den Graphen: parapet-cli graph ART [QUELLE...]</translation>
    </message>
    <message>
        <source>error: unknown graph &quot;%1&quot;</source>
        <translation>Fehler: unbekannter Graph „%1“</translation>
    </message>
    <message>
        <source>error: unknown --format &quot;%1&quot; (use dot, svg or json)</source>
        <translation>Fehler: unbekanntes --format „%1“ (dot, svg oder json verwenden)</translation>
    </message>
    <message>
        <source>error: --layout-timeout needs a positive number of seconds</source>
        <translation>Fehler: --layout-timeout braucht eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>parapet::cli::InventoryCommand</name>
    <message>
        <source>List the objects of a source (table or JSON)</source>
        <translation>Die Objekte einer Quelle auflisten (Tabelle oder JSON)</translation>
    </message>
    <message>
        <source>Output format: table (default) or json.</source>
        <translation>Ausgabeformat: table (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Only these kinds: kind, plural, singular or short name, optionally with group (deploy,sts,deployments.apps); repeatable.</source>
        <translation>Nur diese Arten: Kind, Plural, Singular oder Kurzname, optional mit Gruppe (deploy,sts,deployments.apps); wiederholbar.</translation>
    </message>
    <message>
        <source>KINDS</source>
        <translation>ARTEN</translation>
    </message>
    <message>
        <source>Only objects whose labels match (kubectl syntax).</source>
        <translation>Nur Objekte, deren Labels passen (kubectl-Syntax).</translation>
    </message>
    <message>
        <source>SELECTOR</source>
        <translation>SELEKTOR</translation>
    </message>
    <message>
        <source>Print counts by kind instead of objects.</source>
        <translation>Anzahl pro Art statt der Objekte ausgeben.</translation>
    </message>
    <message>
        <source>error: unknown --format &quot;%1&quot; (use table or json)</source>
        <translation>Fehler: unbekanntes --format „%1“ (table oder json verwenden)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: the resource type &quot;%1&quot; is not known</source>
        <translation>Fehler: der Ressourcentyp „%1“ ist nicht bekannt</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>ANZAHL</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>No objects found.</source>
        <translation>Keine Objekte gefunden.</translation>
    </message>
</context>
<context>
    <name>parapet::cli::NetpolCommand</name>
    <message>
        <source>NetworkPolicy reachability: can-reach, matrix, exposure, diff</source>
        <translation>Erreichbarkeit nach NetworkPolicies: can-reach, matrix, exposure, diff</translation>
    </message>
    <message>
        <source>error: unknown netpol subcommand &quot;%1&quot; (can-reach, matrix, exposure, diff)</source>
        <translation>Fehler: unbekannter netpol-Unterbefehl „%1“ (can-reach, matrix, exposure, diff)</translation>
    </message>
    <message>
        <source>Whether SRC may open a connection to DST on PORT: prints allowed, denied or implementation-defined (exit 0 when allowed, 1 otherwise, 2 on usage or input errors). SRC and DST come first: NAMESPACE/POD, NAMESPACE/KIND/NAME or an IP address.</source>
        <translation>Ob SRC eine Verbindung zu DST auf PORT öffnen darf: gibt erlaubt, verweigert oder implementierungsabhängig aus (Exit 0 wenn erlaubt, sonst 1, 2 bei Aufruf- oder Eingabefehlern). SRC und DST kommen zuerst: NAMESPACE/POD, NAMESPACE/KIND/NAME oder eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The client: NAMESPACE/POD, NAMESPACE/KIND/NAME or an IP.</source>
        <translation>Der Client: NAMESPACE/POD, NAMESPACE/KIND/NAME oder eine IP.</translation>
    </message>
    <message>
        <source>The server: NAMESPACE/POD, NAMESPACE/KIND/NAME or an IP.</source>
        <translation>Der Server: NAMESPACE/POD, NAMESPACE/KIND/NAME oder eine IP.</translation>
    </message>
    <message>
        <source>Destination port, number or container port name, with an optional protocol: 443, 53/UDP, http/TCP (TCP when not given).</source>
        <translation>Zielport, als Nummer oder Name eines Container-Ports, mit optionalem Protokoll: 443, 53/UDP, http/TCP (ohne Angabe TCP).</translation>
    </message>
    <message>
        <source>PORT[/PROTO]</source>
        <translation>PORT[/PROTO]</translation>
    </message>
    <message>
        <source>Explain the verdict: isolation and the rules that allow or fail, on both sides.</source>
        <translation>Das Ergebnis erklären: Isolation und die Regeln, die erlauben oder nicht greifen, auf beiden Seiten.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>error: name the source and the destination: parapet-cli netpol can-reach SRC DST --port PORT[/PROTO] [SOURCE...]</source>
        <translation>Fehler: nennen Sie Quelle und Ziel: parapet-cli netpol can-reach SRC DST --port PORT[/PROTO] [QUELLE...]</translation>
    </message>
    <message>
        <source>error: unknown --format &quot;%1&quot; (use text or json)</source>
        <translation>Fehler: unbekanntes --format „%1“ (text oder json verwenden)</translation>
    </message>
    <message>
        <source>error: --port is required (e.g. --port 443 or --port 53/UDP)</source>
        <translation>Fehler: --port ist erforderlich (z. B. --port 443 oder --port 53/UDP)</translation>
    </message>
    <message>
        <source>error: --port: %1</source>
        <translation>Fehler: --port: %1</translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation>Fehler: %1: %2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>error: neither end is a pod of this source: NetworkPolicies only apply to pods</source>
        <translation>Fehler: keines der beiden Enden ist ein Pod dieser Quelle: NetworkPolicies gelten nur für Pods</translation>
    </message>
    <message>
        <source>error: --port %1 is a name, but the destination is an address</source>
        <translation>Fehler: --port %1 ist ein Name, aber das Ziel ist eine Adresse</translation>
    </message>
    <message>
        <source>error: the destination has no %1 container port named &quot;%2&quot;</source>
        <translation>Fehler: das Ziel hat keinen %1-Container-Port namens „%2“</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>the policies alone would give: %1</source>
        <translation>die Policies allein ergäben: %1</translation>
    </message>
    <message>
        <source>egress from %1:</source>
        <translation>Egress von %1:</translation>
    </message>
    <message>
        <source>ingress to %1:</source>
        <translation>Ingress zu %1:</translation>
    </message>
    <message>
        <source>Allowed connections between every pair of workloads, and between workloads and addresses outside (grouped in ranges that all policies treat alike). A * marks ports that only some of the pods of the two workloads get.</source>
        <translation>Erlaubte Verbindungen zwischen allen Workload-Paaren sowie zwischen Workloads und externen Adressen (zusammengefasst in Bereichen, die alle Policies gleich behandeln). Ein * markiert Ports, die nur einige Pods der beiden Workloads erhalten.</translation>
    </message>
    <message>
        <source>table (default), json or csv.</source>
        <translation>table (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>error: unknown --format &quot;%1&quot; (use table, json or csv)</source>
        <translation>Fehler: unbekanntes --format „%1“ (table, json oder csv verwenden)</translation>
    </message>
    <message>
        <source>outside: %1</source>
        <translation>außerhalb: %1</translation>
    </message>
    <message>
        <source>some pods only</source>
        <translation>nur einige Pods</translation>
    </message>
    <message>
        <source>ipBlock matched pod IPs</source>
        <translation>ipBlock passte auf Pod-IPs</translation>
    </message>
    <message>
        <source>host network: plugin-dependent</source>
        <translation>Host-Netzwerk: vom Plugin abhängig</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>PORTS</translation>
    </message>
    <message>
        <source>%1 workloads (%2 pods in %3 groups), %4 NetworkPolicies: %5 allowed workload connections%6</source>
        <translation>%1 Workloads (%2 Pods in %3 Gruppen), %4 NetworkPolicies: %5 erlaubte Workload-Verbindungen%6</translation>
    </message>
    <message>
        <source>to or from namespace %1</source>
        <translation>zum oder vom Namespace %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Workloads reachable from everywhere or from the internet, namespaces without isolation, policies that select no pod, rules that can never match, invalid policies.</source>
        <translation>Workloads, die von überall oder aus dem Internet erreichbar sind, Namespaces ohne Isolation, Policies, die keinen Pod auswählen, Regeln, die nie passen können, ungültige Policies.</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <source>error: unknown --format &quot;%1&quot; (use table or json)</source>
        <translation>Fehler: unbekanntes --format „%1“ (table oder json verwenden)</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>No exposure findings.</source>
        <translation>Keine Befunde zur Erreichbarkeit.</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJEKT</translation>
    </message>
    <message>
        <source>FINDING</source>
        <translation>BEFUND</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WO</translation>
    </message>
    <message>
        <source>Connections that appear, disappear or change ports between OLD and NEW (each a manifest file or folder, or a snapshot). Exit 0 when nothing changes, 1 when something does, 2 on usage or input errors.</source>
        <translation>Verbindungen, die zwischen ALT und NEU hinzukommen, wegfallen oder ihre Ports ändern (jeweils eine Manifest-Datei oder ein Ordner oder ein Snapshot). Exit 0 wenn sich nichts ändert, 1 wenn sich etwas ändert, 2 bei Aufruf- oder Eingabefehlern.</translation>
    </message>
    <message>
        <source>The source before the change.</source>
        <translation>Die Quelle vor der Änderung.</translation>
    </message>
    <message>
        <source>The source after the change.</source>
        <translation>Die Quelle nach der Änderung.</translation>
    </message>
    <message>
        <source>Namespace for objects that have none.</source>
        <translation>Namespace für Objekte, die keinen haben.</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>error: name exactly two sources: parapet-cli netpol diff OLD NEW</source>
        <translation>Fehler: nennen Sie genau zwei Quellen: parapet-cli netpol diff ALT NEU</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>geöffnet %1</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>geschlossen %1</translation>
    </message>
    <message>
        <source>%1 connections added, %2 removed, %3 changed</source>
        <translation>%1 Verbindungen hinzugekommen, %2 entfernt, %3 geändert</translation>
    </message>
</context>
<context>
    <name>parapet::cli::RbacCommand</name>
    <message>
        <source>RBAC: can-i, who-can, permissions, risks and escalation paths</source>
        <translation>RBAC: can-i, who-can, Berechtigungen, Risiken und Eskalationspfade</translation>
    </message>
    <message>
        <source>error: unknown rbac command &quot;%1&quot;</source>
        <translation>Fehler: unbekannter rbac-Befehl „%1“</translation>
    </message>
    <message>
        <source>get, list, create, impersonate, ...</source>
        <translation>get, list, create, impersonate, ...</translation>
    </message>
    <message>
        <source>A resource as kubectl names it (pods, deploy, deployments.apps, pods/exec) or a URL path (/healthz).</source>
        <translation>Eine Ressource, wie kubectl sie nennt (pods, deploy, deployments.apps, pods/exec), oder ein URL-Pfad (/healthz).</translation>
    </message>
    <message>
        <source>The object&apos;s name (optional).</source>
        <translation>Der Name des Objekts (optional).</translation>
    </message>
    <message>
        <source>Print the bindings and rules that decide.</source>
        <translation>Die entscheidenden Bindings und Regeln ausgeben.</translation>
    </message>
    <message>
        <source>Print nothing; only the exit code answers.</source>
        <translation>Nichts ausgeben; nur der Exit-Code antwortet.</translation>
    </message>
    <message>
        <source>text (default) or json.</source>
        <translation>text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>a real %1 request carries no name, so rules limited by resourceNames never allow it; asked with a name, as kubectl would send it</source>
        <translation>eine echte %1-Anfrage trägt keinen Namen, daher erlauben sie durch resourceNames beschränkte Regeln nie; mit Namen gefragt, wie kubectl sie senden würde</translation>
    </message>
    <message>
        <source>  identity: %1</source>
        <translation>  Identität: %1</translation>
    </message>
    <message>
        <source>  request:  %1</source>
        <translation>  Anfrage:   %1</translation>
    </message>
    <message>
        <source>  allowed:  group system:masters is authorized before RBAC</source>
        <translation>  erlaubt:   die Gruppe system:masters ist vor RBAC autorisiert</translation>
    </message>
    <message>
        <source>  allowed by:</source>
        <translation>  erlaubt durch:</translation>
    </message>
    <message>
        <source>  no rule allows it: %1 binding(s) apply to this identity here, %2 in other namespaces</source>
        <translation>  keine Regel erlaubt es: %1 Binding(s) gelten hier für diese Identität, %2 in anderen Namespaces</translation>
    </message>
    <message>
        <source>  grants nothing: %1</source>
        <translation>  gewährt nichts: %1</translation>
    </message>
    <message>
        <source>  (built-in roles and bindings of the API server assumed present)</source>
        <translation>  (eingebaute Rollen und Bindings des API-Servers als vorhanden angenommen)</translation>
    </message>
    <message>
        <source>A resource as kubectl names it, or a URL path.</source>
        <translation>Eine Ressource, wie kubectl sie nennt, oder ein URL-Pfad.</translation>
    </message>
    <message>
        <source>table (default) or json.</source>
        <translation>table (Standard) oder json.</translation>
    </message>
    <message>
        <source>Who can %1:</source>
        <translation>Wer %1 darf:</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>WO</translation>
    </message>
    <message>
        <source>VIA</source>
        <translation>ÜBER</translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation>clusterweit</translation>
    </message>
    <message>
        <source>authorized before RBAC (system:masters)</source>
        <translation>vor RBAC autorisiert (system:masters)</translation>
    </message>
    <message>
        <source>note: %1 (grants nothing)</source>
        <translation>Hinweis: %1 (gewährt nichts)</translation>
    </message>
    <message>
        <source>Permissions of %1:</source>
        <translation>Berechtigungen von %1:</translation>
    </message>
    <message>
        <source>RESOURCES</source>
        <translation>RESSOURCEN</translation>
    </message>
    <message>
        <source>NON-RESOURCE URLS</source>
        <translation>NICHT-RESSOURCEN-URLS</translation>
    </message>
    <message>
        <source>RESOURCE NAMES</source>
        <translation>RESSOURCENNAMEN</translation>
    </message>
    <message>
        <source>VERBS</source>
        <translation>VERBEN</translation>
    </message>
    <message>
        <source>No permissions.</source>
        <translation>Keine Berechtigungen.</translation>
    </message>
    <message>
        <source>Also report the API server&apos;s default bindings (control plane, controllers), which are expected.</source>
        <translation>Auch die Standard-Bindings des API-Servers melden (Control Plane, Controller), die erwartet sind.</translation>
    </message>
    <message>
        <source>Exit 1 when a finding of this severity or higher exists (critical, high, medium, low, info).</source>
        <translation>Exit 1, wenn ein Befund dieses oder eines höheren Schweregrads existiert (critical, high, medium, low, info).</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>error: unknown --fail-on &quot;%1&quot;</source>
        <translation>Fehler: unbekanntes --fail-on „%1“</translation>
    </message>
    <message>
        <source>No risky RBAC grants found.</source>
        <translation>Keine riskanten RBAC-Rechte gefunden.</translation>
    </message>
    <message>
        <source>CHECK</source>
        <translation>PRÜFUNG</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJEKT</translation>
    </message>
    <message>
        <source>via %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>Escalation paths to cluster-admin (shortest first):</source>
        <translation>Eskalationspfade zu cluster-admin (kürzeste zuerst):</translation>
    </message>
    <message>
        <source>%1 holds cluster-admin: %2</source>
        <translation>%1 hat cluster-admin: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>dot (default), svg or json.</source>
        <translation>dot (Standard), svg oder json.</translation>
    </message>
    <message>
        <source>Every subject and rule, not only risky subjects and escalation paths.</source>
        <translation>Jedes Subjekt und jede Regel, nicht nur riskante Subjekte und Eskalationspfade.</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>parapet::cli::ReportCommand</name>
    <message>
        <source>Write the audit report of a source as PDF or self-contained HTML</source>
        <translation>Den Audit-Bericht einer Quelle als PDF oder eigenständiges HTML schreiben</translation>
    </message>
    <message>
        <source>Report format: pdf (default) or html (one self-contained file).</source>
        <translation>Berichtsformat: pdf (Standard) oder html (eine eigenständige Datei).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>File to write (required).</source>
        <translation>Zu schreibende Datei (erforderlich).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>YAML file of accepted risks (see README).</source>
        <translation>YAML-Datei akzeptierter Risiken (siehe README).</translation>
    </message>
    <message>
        <source>Report title (default: Kubernetes hardening report).</source>
        <translation>Titel des Berichts (Standard: Kubernetes-Härtungsbericht).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Leave the appendix of generated fix manifests out.</source>
        <translation>Den Anhang mit erzeugten Korrektur-Manifesten weglassen.</translation>
    </message>
    <message>
        <source>error: unknown --format &quot;%1&quot; (use pdf or html)</source>
        <translation>Fehler: unbekanntes --format „%1“ (pdf oder html verwenden)</translation>
    </message>
    <message>
        <source>error: name the report file with -o FILE</source>
        <translation>Fehler: nennen Sie die Berichtsdatei mit -o DATEI</translation>
    </message>
    <message>
        <source>error: a PDF report needs the graphical libraries (QGuiApplication); use --format html</source>
        <translation>Fehler: ein PDF-Bericht braucht die Grafikbibliotheken (QGuiApplication); verwenden Sie --format html</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>parapet::cli::ScanCommand</name>
    <message>
        <source>Check a source against the NSA/CISA hardening guide (table, JSON, SARIF, JUnit)</source>
        <translation>Eine Quelle gegen den Hardening Guide von NSA/CISA prüfen (Tabelle, JSON, SARIF, JUnit)</translation>
    </message>
    <message>
        <source>Output format: table (default), json, sarif or junit.</source>
        <translation>Ausgabeformat: table (Standard), json, sarif oder junit.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>YAML file of accepted risks (see README).</source>
        <translation>YAML-Datei akzeptierter Risiken (siehe README).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Exit with 1 when a finding of this severity or higher remains: low, medium, high or critical (default: never).</source>
        <translation>Mit 1 beenden, wenn ein Befund dieses oder eines höheren Schweregrads bleibt: low, medium, high oder critical (Standard: nie).</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>Findings shown per control in the table (0: all; default 20).</source>
        <translation>Angezeigte Befunde pro Kontrolle in der Tabelle (0: alle; Standard 20).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Judge exception expiry and release support as of this day (YYYY-MM-DD; default today).</source>
        <translation>Ablauf von Ausnahmen und Support von Releases zu diesem Tag beurteilen (JJJJ-MM-TT; Standard heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>error: unknown --format &quot;%1&quot; (use table, json, sarif or junit)</source>
        <translation>Fehler: unbekanntes --format „%1“ (table, json, sarif oder junit verwenden)</translation>
    </message>
    <message>
        <source>error: unknown --fail-on &quot;%1&quot; (use low, medium, high or critical)</source>
        <translation>Fehler: unbekanntes --fail-on „%1“ (low, medium, high oder critical verwenden)</translation>
    </message>
    <message>
        <source>error: --limit needs a number of findings (0 for all)</source>
        <translation>Fehler: --limit braucht eine Anzahl Befunde (0 für alle)</translation>
    </message>
    <message>
        <source>error: --date needs a date YYYY-MM-DD</source>
        <translation>Fehler: --date braucht ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1warning: %2</source>
        <translation>%1Warnung: %2</translation>
    </message>
</context>
<context>
    <name>parapet::cli::SnapshotCommand</name>
    <message>
        <source>Save the objects of a source to one snapshot file for later review</source>
        <translation>Die Objekte einer Quelle zur späteren Prüfung in einer Snapshot-Datei speichern</translation>
    </message>
    <message>
        <source>Snapshot file to write (required).</source>
        <translation>Zu schreibende Snapshot-Datei (erforderlich).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>error: -o FILE is required</source>
        <translation>Fehler: -o DATEI ist erforderlich</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n object(s) to %1</source>
        <translation>
            <numerusform>Ein Objekt in %1 gespeichert</numerusform>
            <numerusform>%n Objekte in %1 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parapet::cli::SourceOptions</name>
    <message>
        <source>Manifest files or folders, snapshot files, or - for stdin.</source>
        <translation>Manifest-Dateien oder -Ordner, Snapshot-Dateien oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Use the bundled demo cluster.</source>
        <translation>Den mitgelieferten Demo-Cluster verwenden.</translation>
    </message>
    <message>
        <source>Namespace for objects that have none, and the only namespace shown.</source>
        <translation>Namespace für Objekte, die keinen haben, und der einzige angezeigte Namespace.</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>Show objects of all namespaces (the default for files).</source>
        <translation>Objekte aller Namespaces anzeigen (Standard bei Dateien).</translation>
    </message>
    <message>
        <source>Read this kubeconfig file alone (else KUBECONFIG, else ~/.kube/config).</source>
        <translation>Nur diese kubeconfig-Datei lesen (sonst KUBECONFIG, sonst ~/.kube/config).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The kubeconfig context to use.</source>
        <translation>Der zu verwendende kubeconfig-Kontext.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The kubeconfig cluster to use.</source>
        <translation>Der zu verwendende kubeconfig-Cluster.</translation>
    </message>
    <message>
        <source>The kubeconfig user to use.</source>
        <translation>Der zu verwendende kubeconfig-Benutzer.</translation>
    </message>
    <message>
        <source>Impersonate this user (live cluster).</source>
        <translation>Als dieser Benutzer auftreten (Impersonation, Live-Cluster).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>Impersonate this group (repeatable; needs --as).</source>
        <translation>Als diese Gruppe auftreten (wiederholbar; braucht --as).</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPPE</translation>
    </message>
    <message>
        <source>Timeout of each API request: seconds or 1s, 2m, 3h; 0 for none.</source>
        <translation>Timeout jeder API-Anfrage: Sekunden oder 1s, 2m, 3h; 0 für keines.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>error: --demo cannot be combined with paths</source>
        <translation>Fehler: --demo kann nicht mit Pfaden kombiniert werden</translation>
    </message>
    <message>
        <source>error: --kubeconfig, --context, --cluster, --user, --as, --as-group and --request-timeout select a live cluster; they cannot be combined with paths or --demo</source>
        <translation>Fehler: --kubeconfig, --context, --cluster, --user, --as, --as-group und --request-timeout wählen einen Live-Cluster; sie können nicht mit Pfaden oder --demo kombiniert werden</translation>
    </message>
    <message>
        <source>error: --request-timeout: %1</source>
        <translation>Fehler: --request-timeout: %1</translation>
    </message>
    <message>
        <source>error: --namespace needs a non-empty value</source>
        <translation>Fehler: --namespace braucht einen nicht leeren Wert</translation>
    </message>
    <message>
        <source>error: no source given: name manifest files or folders, a snapshot, - for stdin, or --demo</source>
        <translation>Fehler: keine Quelle angegeben: nennen Sie Manifest-Dateien oder -Ordner, einen Snapshot, - für die Standardeingabe oder --demo</translation>
    </message>
    <message>
        <source>error: - (stdin) can be given only once</source>
        <translation>Fehler: - (Standardeingabe) kann nur einmal angegeben werden</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>warning: the server %1 is plain HTTP: no credentials are sent and nothing is encrypted</source>
        <translation>Warnung: der Server %1 spricht reines HTTP: es werden keine Anmeldedaten gesendet und nichts wird verschlüsselt</translation>
    </message>
    <message>
        <source>warning: TLS verification is off for cluster &quot;%1&quot; (insecure-skip-tls-verify): the server is not authenticated</source>
        <translation>Warnung: die TLS-Prüfung ist für Cluster „%1“ aus (insecure-skip-tls-verify): der Server ist nicht authentifiziert</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Read %n object(s) from %1 (Kubernetes %2) in %3 s%4</source>
        <translation>
            <numerusform>Ein Objekt aus %1 gelesen (Kubernetes %2) in %3 s%4</numerusform>
            <numerusform>%n Objekte aus %1 gelesen (Kubernetes %2) in %3 s%4</numerusform>
        </translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>; the inventory is partial (see the warnings above)</source>
        <translation>; das Inventar ist unvollständig (siehe die Warnungen oben)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Run &apos;parapet-cli %1 --help&apos; for usage.</source>
        <translation>Die Verwendung zeigt &apos;parapet-cli %1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>parapet::gui::Main</name>
    <message>
        <source>parapet: error: %1</source>
        <translation>parapet: Fehler: %1</translation>
    </message>
    <message>
        <source>Run &apos;parapet --help&apos; for usage.</source>
        <translation>„parapet --help“ zeigt die Verwendung.</translation>
    </message>
    <message>
        <source>Parapet: review Kubernetes clusters and manifests along the NSA/CISA Kubernetes Hardening Guide.
Without a source, the start screen opens: the kubeconfig contexts to connect to, files, snapshots, the demo cluster and recent sources.</source>
        <translation>Parapet: Kubernetes-Cluster und -Manifeste nach dem NSA/CISA Kubernetes Hardening Guide prüfen.
Ohne Quelle öffnet sich der Startbildschirm: die kubeconfig-Kontexte zum Verbinden, Dateien, Snapshots, der Demo-Cluster und zuletzt geöffnete Quellen.</translation>
    </message>
    <message>
        <source>Manifest files or folders, or snapshot files.</source>
        <translation>Manifest-Dateien oder -Ordner oder Snapshot-Dateien.</translation>
    </message>
    <message>
        <source>Open the bundled demo cluster.</source>
        <translation>Den mitgelieferten Demo-Cluster öffnen.</translation>
    </message>
    <message>
        <source>Files: namespace for objects that have none (default: default). Live cluster: the only namespace read.</source>
        <translation>Dateien: Namespace für Objekte ohne Namespace (Standard: default). Live-Cluster: der einzige gelesene Namespace.</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>NAMESPACE</translation>
    </message>
    <message>
        <source>Connect to this kubeconfig context (as kubectl --context).</source>
        <translation>Mit diesem kubeconfig-Kontext verbinden (wie kubectl --context).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read this kubeconfig file alone (else KUBECONFIG, else ~/.kube/config). Alone, it connects to the file&apos;s current context.</source>
        <translation>Nur diese kubeconfig-Datei lesen (sonst KUBECONFIG, sonst ~/.kube/config). Allein angegeben verbindet sie mit dem aktuellen Kontext der Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Open the command palette with this query once loaded (for screenshots).</source>
        <translation>Nach dem Laden die Befehlspalette mit dieser Suche öffnen (für Bildschirmfotos).</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>SUCHE</translation>
    </message>
    <message>
        <source>Open this view: start, %1.</source>
        <translation>Diese Ansicht öffnen: start, %1.</translation>
    </message>
    <message>
        <source>Select an object once loaded, e.g. &quot;Deployment shop/cart&quot;.</source>
        <translation>Nach dem Laden ein Objekt auswählen, z. B. „Deployment shop/cart“.</translation>
    </message>
    <message>
        <source>REFERENCE</source>
        <translation>VERWEIS</translation>
    </message>
    <message>
        <source>Save the window to this PNG once loaded, then exit (0 on success).</source>
        <translation>Nach dem Laden das Fenster als PNG speichern und beenden (0 bei Erfolg).</translation>
    </message>
    <message>
        <source>Colour scheme: light, dark or auto (default).</source>
        <translation>Farbschema: light, dark oder auto (Standard).</translation>
    </message>
    <message>
        <source>SCHEME</source>
        <translation>SCHEMA</translation>
    </message>
    <message>
        <source>--demo cannot be combined with paths</source>
        <translation>--demo kann nicht mit Pfaden kombiniert werden</translation>
    </message>
    <message>
        <source>--context and --kubeconfig select a live cluster; they cannot be combined with paths or --demo</source>
        <translation>--context und --kubeconfig wählen einen Live-Cluster; sie können nicht mit Pfaden oder --demo kombiniert werden</translation>
    </message>
    <message>
        <source>--context needs a non-empty value</source>
        <translation>--context braucht einen nicht leeren Wert</translation>
    </message>
    <message>
        <source>the kubeconfig %1 does not exist</source>
        <translation>die kubeconfig %1 existiert nicht</translation>
    </message>
    <message>
        <source>--namespace needs a non-empty value</source>
        <translation>--namespace braucht einen nicht leeren Wert</translation>
    </message>
    <message>
        <source>the desktop app cannot read standard input; use parapet-cli, or save the manifests to a file</source>
        <translation>die Desktop-App kann nicht von der Standardeingabe lesen; verwenden Sie parapet-cli oder speichern Sie die Manifeste in einer Datei</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;; views are: start, %2</source>
        <translation>unbekannte Ansicht „%1“; Ansichten sind: start, %2</translation>
    </message>
    <message>
        <source>--screenshot needs a file name</source>
        <translation>--screenshot braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1: the folder does not exist</source>
        <translation>das Bildschirmfoto kann nicht nach %1 geschrieben werden: der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;; use light, dark or auto</source>
        <translation>unbekanntes Farbschema „%1“; verwenden Sie light, dark oder auto</translation>
    </message>
    <message>
        <source>parapet: warning: %1</source>
        <translation>parapet: Warnung: %1</translation>
    </message>
</context>
<context>
    <name>parapet::netpol</name>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und einer mehr</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Service %1 (%2)</source>
        <translation>Service %1 (%2)</translation>
    </message>
    <message>
        <source>accepts connections from any pod and any address on every port: no NetworkPolicy selects it for ingress</source>
        <translation>nimmt Verbindungen von jedem Pod und jeder Adresse auf jedem Port an: keine NetworkPolicy wählt ihn für Ingress aus</translation>
    </message>
    <message>
        <source>it runs on the host network, where policies may not apply anyway</source>
        <translation>er läuft im Host-Netzwerk, wo Policies ohnehin nicht greifen müssen</translation>
    </message>
    <message>
        <source>published outside the cluster by %1</source>
        <translation>außerhalb des Clusters veröffentlicht durch %1</translation>
    </message>
    <message>
        <source>accepts connections from internet addresses (%1) on %2, allowed by %3</source>
        <translation>nimmt Verbindungen von Internet-Adressen (%1) auf %2 an, erlaubt durch %3</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>accepts connections from every pod of every namespace on %1, allowed by %2</source>
        <translation>nimmt Verbindungen von jedem Pod jedes Namespace auf %1 an, erlaubt durch %2</translation>
    </message>
    <message>
        <source>runs on the host network: whether NetworkPolicies apply to its traffic depends on the network plugin</source>
        <translation>läuft im Host-Netzwerk: ob NetworkPolicies für seinen Verkehr gelten, hängt vom Netzwerk-Plugin ab</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message numerus="yes">
        <source>no NetworkPolicy: its %n workload(s) accept and open any connection</source>
        <translation>
            <numerusform>keine NetworkPolicy: sein Workload nimmt jede Verbindung an und öffnet jede</numerusform>
            <numerusform>keine NetworkPolicy: seine %n Workloads nehmen jede Verbindung an und öffnen jede</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 workloads not isolated for ingress: %3</source>
        <translation>%1 von %2 Workloads nicht für Ingress isoliert: %3</translation>
    </message>
    <message>
        <source>%1 of %2 workloads not isolated for egress (they may connect anywhere, the internet included): %3</source>
        <translation>%1 von %2 Workloads nicht für Egress isoliert (sie dürfen überallhin verbinden, auch ins Internet): %3</translation>
    </message>
    <message>
        <source>the API server would reject it, so it never applies (ignored here): %1</source>
        <translation>der API-Server würde sie ablehnen, daher greift sie nie (hier ignoriert): %1</translation>
    </message>
    <message>
        <source>its podSelector {%1} selects no pod of namespace %2 in this source</source>
        <translation>ihr podSelector {%1} wählt in dieser Quelle keinen Pod des Namespace %2 aus</translation>
    </message>
    <message numerus="yes">
        <source>spec.%1 has %n rule(s), but policyTypes does not include %2: they have no effect</source>
        <translation>
            <numerusform>spec.%1 hat eine Regel, aber policyTypes enthält %2 nicht: sie bleibt wirkungslos</numerusform>
            <numerusform>spec.%1 hat %n Regeln, aber policyTypes enthält %2 nicht: sie bleiben wirkungslos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches no pod in this source and no address: it allows nothing here</source>
        <translation>%1 passt in dieser Quelle auf keinen Pod und keine Adresse: es erlaubt hier nichts</translation>
    </message>
    <message>
        <source>an ipBlock of %1 contains addresses of pods (%2): network plugins differ on whether ipBlocks apply to pod traffic</source>
        <translation>ein ipBlock von %1 enthält Pod-Adressen (%2): Netzwerk-Plugins unterscheiden sich darin, ob ipBlocks für Pod-Verkehr gelten</translation>
    </message>
    <message>
        <source>%1: no destination pod has a container port named %2 (with that protocol): the rule allows nothing here</source>
        <translation>%1: kein Ziel-Pod hat einen Container-Port namens %2 (mit diesem Protokoll): die Regel erlaubt hier nichts</translation>
    </message>
    <message>
        <source>%1: must be a label selector (a mapping)</source>
        <translation>%1: muss ein Label-Selektor sein (ein Mapping)</translation>
    </message>
    <message>
        <source>%1: must be a mapping</source>
        <translation>%1: muss ein Mapping sein</translation>
    </message>
    <message>
        <source>%1.protocol: unsupported value &quot;%2&quot; (TCP, UDP or SCTP)</source>
        <translation>%1.protocol: nicht unterstützter Wert „%2“ (TCP, UDP oder SCTP)</translation>
    </message>
    <message>
        <source>%1.port: must be between 1 and 65535</source>
        <translation>%1.port: muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>%1.endPort: must be between 1 and 65535</source>
        <translation>%1.endPort: muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>%1.endPort: must be greater than or equal to port</source>
        <translation>%1.endPort: muss größer oder gleich port sein</translation>
    </message>
    <message>
        <source>%1.port: &quot;%2&quot; is neither a port number nor a valid port name</source>
        <translation>%1.port: „%2“ ist weder eine Portnummer noch ein gültiger Portname</translation>
    </message>
    <message>
        <source>%1.endPort: may not be given when port is non-numeric (a name)</source>
        <translation>%1.endPort: darf nicht angegeben werden, wenn port nicht numerisch ist (ein Name)</translation>
    </message>
    <message>
        <source>%1.endPort: may not be given without port</source>
        <translation>%1.endPort: darf nicht ohne port angegeben werden</translation>
    </message>
    <message>
        <source>%1: must specify a peer (podSelector, namespaceSelector or ipBlock)</source>
        <translation>%1: muss eine Gegenstelle angeben (podSelector, namespaceSelector oder ipBlock)</translation>
    </message>
    <message>
        <source>%1: may not specify both ipBlock and another peer</source>
        <translation>%1: darf nicht ipBlock und eine weitere Gegenstelle zugleich angeben</translation>
    </message>
    <message>
        <source>%1: required</source>
        <translation>%1: erforderlich</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; has host bits set; it means %3</source>
        <translation>%1: in „%2“ sind Host-Bits gesetzt; es bedeutet %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a strict subset of cidr %3</source>
        <translation>%1: „%2“ muss eine echte Teilmenge des CIDR %3 sein</translation>
    </message>
    <message>
        <source>%1: must be a list of rules</source>
        <translation>%1: muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>spec.policyTypes: must be a list</source>
        <translation>spec.policyTypes: muss eine Liste sein</translation>
    </message>
    <message>
        <source>spec.policyTypes: may not specify more than two policyTypes</source>
        <translation>spec.policyTypes: darf nicht mehr als zwei policyTypes angeben</translation>
    </message>
    <message>
        <source>%1: unsupported value &quot;%2&quot; (Ingress or Egress)</source>
        <translation>%1: nicht unterstützter Wert „%2“ (Ingress oder Egress)</translation>
    </message>
    <message>
        <source>Network reachability</source>
        <translation>Netzwerk-Erreichbarkeit</translation>
    </message>
    <message>
        <source>Network reachability (by namespace)</source>
        <translation>Netzwerk-Erreichbarkeit (nach Namespace)</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>ein Workload</numerusform>
            <numerusform>%n Workloads</numerusform>
        </translation>
    </message>
    <message>
        <source>ingress open</source>
        <translation>Ingress offen</translation>
    </message>
    <message>
        <source>egress open</source>
        <translation>Egress offen</translation>
    </message>
    <message>
        <source>anywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <source>any pod or address (not isolated)</source>
        <translation>jeder Pod und jede Adresse (nicht isoliert)</translation>
    </message>
    <message>
        <source>includes internet addresses</source>
        <translation>enthält Internet-Adressen</translation>
    </message>
    <message>
        <source>private addresses</source>
        <translation>private Adressen</translation>
    </message>
    <message numerus="yes">
        <source>%n not isolated</source>
        <translation>
            <numerusform>einer nicht isoliert</numerusform>
            <numerusform>%n nicht isoliert</numerusform>
        </translation>
    </message>
    <message>
        <source>ingress not isolated</source>
        <translation>Ingress nicht isoliert</translation>
    </message>
    <message>
        <source>egress not isolated</source>
        <translation>Egress nicht isoliert</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s)</source>
        <translation>
            <numerusform>eine Verbindung</numerusform>
            <numerusform>%n Verbindungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished pod(s) (Succeeded or Failed) left out</source>
        <translation>
            <numerusform>ein beendeter Pod (Succeeded oder Failed) ausgelassen</numerusform>
            <numerusform>%n beendete Pods (Succeeded oder Failed) ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) without pods in this source: their pod templates stand for their pods</source>
        <translation>
            <numerusform>ein Workload ohne Pods in dieser Quelle: sein Pod-Template steht für seine Pods</numerusform>
            <numerusform>%n Workloads ohne Pods in dieser Quelle: ihre Pod-Templates stehen für ihre Pods</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>parapet::netpol::Cidr</name>
    <message>
        <source>&quot;%1&quot; is not a CIDR (address/prefix)</source>
        <translation>„%1“ ist kein CIDR (Adresse/Präfix)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid CIDR</source>
        <translation>„%1“ ist kein gültiger CIDR</translation>
    </message>
</context>
<context>
    <name>parapet::netpol::ConnectivityMatrix</name>
    <message>
        <source>any address</source>
        <translation>beliebige Adresse</translation>
    </message>
</context>
<context>
    <name>parapet::netpol::IpSet</name>
    <message>
        <source>… (+%1 more)</source>
        <translation>… (+%1 weitere)</translation>
    </message>
    <message>
        <source>except</source>
        <translation>außer</translation>
    </message>
</context>
<context>
    <name>parapet::netpol::NetworkPolicy</name>
    <message>
        <source>(defaulted)</source>
        <translation>(Standardwert)</translation>
    </message>
</context>
<context>
    <name>parapet::netpol::PolicyPeer</name>
    <message>
        <source>ipBlock %1</source>
        <translation>ipBlock %1</translation>
    </message>
    <message>
        <source>except %1</source>
        <translation>außer %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>pods %1</source>
        <translation>Pods %1</translation>
    </message>
    <message>
        <source>all pods</source>
        <translation>alle Pods</translation>
    </message>
    <message>
        <source>%1 in namespace %2</source>
        <translation>%1 im Namespace %2</translation>
    </message>
    <message>
        <source>%1 in all namespaces</source>
        <translation>%1 in allen Namespaces</translation>
    </message>
    <message>
        <source>%1 in namespaces %2</source>
        <translation>%1 in den Namespaces %2</translation>
    </message>
</context>
<context>
    <name>parapet::netpol::PolicyPort</name>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>parapet::netpol::PortSet</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>parapet::netpol::ReachabilityAnalysis</name>
    <message>
        <source>%1 %2: the ipBlock %3 may match the pod, whose address is not known here</source>
        <translation>%1 %2: der ipBlock %3 könnte auf den Pod passen, dessen Adresse hier nicht bekannt ist</translation>
    </message>
    <message>
        <source>allowed for %1 of %2 pod groups only (pods of a workload differ in labels or addresses)</source>
        <translation>nur für %1 von %2 Pod-Gruppen erlaubt (die Pods eines Workloads unterscheiden sich in Labels oder Adressen)</translation>
    </message>
    <message>
        <source>allowed because an ipBlock contains the pod&apos;s IP address: network plugins differ on whether ipBlocks apply to pod traffic (pod IPs are ephemeral), so this may not hold</source>
        <translation>erlaubt, weil ein ipBlock die IP-Adresse des Pods enthält: Netzwerk-Plugins unterscheiden sich darin, ob ipBlocks für Pod-Verkehr gelten (Pod-IPs sind kurzlebig), daher gilt das womöglich nicht</translation>
    </message>
    <message>
        <source>a pod on the host network is involved: whether NetworkPolicies apply to it depends on the network plugin</source>
        <translation>ein Pod im Host-Netzwerk ist beteiligt: ob NetworkPolicies für ihn gelten, hängt vom Netzwerk-Plugin ab</translation>
    </message>
    <message>
        <source>a node address is involved: traffic between a node and its pods is allowed or not depending on the network plugin</source>
        <translation>eine Node-Adresse ist beteiligt: Verkehr zwischen einem Node und seinen Pods ist je nach Netzwerk-Plugin erlaubt oder nicht</translation>
    </message>
    <message>
        <source>a pod connecting to itself: the effect of NetworkPolicies on loopback traffic is not defined</source>
        <translation>ein Pod verbindet sich mit sich selbst: die Wirkung von NetworkPolicies auf Loopback-Verkehr ist nicht definiert</translation>
    </message>
    <message>
        <source>%1 is the address of Service %2/%3: NetworkPolicies apply to the pods behind it, name them (NAMESPACE/KIND/NAME)</source>
        <translation>%1 ist die Adresse von Service %2/%3: NetworkPolicies gelten für die Pods dahinter, nennen Sie diese (NAMESPACE/KIND/NAME)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither NAMESPACE/POD, NAMESPACE/KIND/NAME nor an IP address</source>
        <translation>„%1“ ist weder NAMESPACE/POD noch NAMESPACE/KIND/NAME noch eine IP-Adresse</translation>
    </message>
    <message>
        <source>namespace &quot;%1&quot; not found</source>
        <translation>Namespace „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several workloads (%2): use NAMESPACE/KIND/NAME</source>
        <translation>„%1“ bezeichnet mehrere Workloads (%2): verwenden Sie NAMESPACE/KIND/NAME</translation>
    </message>
    <message>
        <source>no pod or workload &quot;%1&quot; in namespace %2</source>
        <translation>kein Pod oder Workload „%1“ im Namespace %2</translation>
    </message>
    <message>
        <source>no %1 &quot;%2&quot; with pods in namespace %3</source>
        <translation>kein %1 „%2“ mit Pods im Namespace %3</translation>
    </message>
    <message>
        <source>pod %1/%2</source>
        <translation>Pod %1/%2</translation>
    </message>
    <message>
        <source>node address %1</source>
        <translation>Node-Adresse %1</translation>
    </message>
    <message>
        <source>address %1</source>
        <translation>Adresse %1</translation>
    </message>
</context>
<context>
    <name>parapet::rbac</name>
    <message>
        <source>Server version %1.%2: `get` on pods/exec, pods/attach and pods/portforward is enough to open them (before 1.35).</source>
        <translation>Server-Version %1.%2: `get` auf pods/exec, pods/attach und pods/portforward genügt, um sie zu öffnen (vor 1.35).</translation>
    </message>
    <message>
        <source>Server version unknown: current semantics assumed (1.35 and later), where pods/exec, pods/attach and pods/portforward need `create`; on older servers `get` is enough, so rules with only `get` on them are not flagged here.</source>
        <translation>Server-Version unbekannt: es gilt die aktuelle Semantik (ab 1.35), bei der pods/exec, pods/attach und pods/portforward `create` brauchen; auf älteren Servern genügt `get`, daher werden Regeln mit nur `get` darauf hier nicht gemeldet.</translation>
    </message>
    <message>
        <source>The API server&apos;s built-in roles and bindings (cluster-admin, admin, edit, view, system:*) are assumed present.</source>
        <translation>Die eingebauten Rollen und Bindings des API-Servers (cluster-admin, admin, edit, view, system:*) werden als vorhanden angenommen.</translation>
    </message>
    <message>
        <source>%1 grants nothing today (%2); whoever later creates that role grants its rules to these subjects</source>
        <translation>%1 gewährt heute nichts (%2); wer diese Rolle später anlegt, gewährt ihre Regeln diesen Subjekten</translation>
    </message>
    <message>
        <source>anyone who can reach the API server, without credentials</source>
        <translation>jeder, der den API-Server erreicht, ohne Anmeldedaten</translation>
    </message>
    <message>
        <source>every authenticated user and ServiceAccount</source>
        <translation>jeder authentifizierte Benutzer und ServiceAccount</translation>
    </message>
    <message>
        <source>every ServiceAccount of every namespace</source>
        <translation>jeder ServiceAccount jedes Namespace</translation>
    </message>
    <message>
        <source>%1 grants %2 to %3</source>
        <translation>%1 gewährt %3 %2</translation>
    </message>
    <message>
        <source>labels %1 add its rules to any ClusterRole that aggregates them</source>
        <translation>Labels %1 fügen ihre Regeln jeder ClusterRole hinzu, die sie aggregiert</translation>
    </message>
    <message>
        <source>labels %1 add its rules to %2, and so to everyone bound to them</source>
        <translation>Labels %1 fügen ihre Regeln %2 hinzu und damit allen, die daran gebunden sind</translation>
    </message>
    <message>
        <source>; its rules include: %1</source>
        <translation>; ihre Regeln umfassen: %1</translation>
    </message>
    <message>
        <source>in every namespace</source>
        <translation>in jedem Namespace</translation>
    </message>
    <message>
        <source>in namespace %1</source>
        <translation>im Namespace %1</translation>
    </message>
    <message>
        <source>can bind ClusterRole cluster-admin to itself (bind and create ClusterRoleBindings)</source>
        <translation>kann ClusterRole cluster-admin an sich selbst binden (bind und ClusterRoleBindings anlegen)</translation>
    </message>
    <message>
        <source>can write any rule into ClusterRoles (escalate and update), including its own</source>
        <translation>kann beliebige Regeln in ClusterRoles schreiben (escalate und update), auch in die eigenen</translation>
    </message>
    <message>
        <source> cluster-wide</source>
        <translation> clusterweit</translation>
    </message>
    <message>
        <source> in namespace %1</source>
        <translation> im Namespace %1</translation>
    </message>
    <message>
        <source>, +%1</source>
        <translation>, +%1</translation>
    </message>
    <message>
        <source>URLs %1: %2</source>
        <translation>URLs %1: %2</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source>RBAC</source>
        <translation>RBAC</translation>
    </message>
    <message>
        <source>RBAC in namespace %1</source>
        <translation>RBAC im Namespace %1</translation>
    </message>
    <message>
        <source> (built-in)</source>
        <translation> (eingebaut)</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>aggregated</source>
        <translation>aggregiert</translation>
    </message>
    <message>
        <source>%1 rules (%2 risky)</source>
        <translation>%1 Regeln (%2 riskant)</translation>
    </message>
    <message>
        <source>%1 more rules</source>
        <translation>%1 weitere Regeln</translation>
    </message>
    <message>
        <source>cluster-admin (full control)</source>
        <translation>cluster-admin (volle Kontrolle)</translation>
    </message>
</context>
<context>
    <name>parapet::rbac::Escalation</name>
    <message>
        <source>in every namespace</source>
        <translation>in jedem Namespace</translation>
    </message>
    <message>
        <source>in namespace %1</source>
        <translation>im Namespace %1</translation>
    </message>
    <message>
        <source>can create pods %1</source>
        <translation>kann Pods anlegen %1</translation>
    </message>
    <message>
        <source>can %1 %2 %3</source>
        <translation>kann %1 %2 %3</translation>
    </message>
    <message>
        <source>, so it runs a pod as</source>
        <translation>, und lässt so einen Pod laufen als</translation>
    </message>
    <message>
        <source>can impersonate ServiceAccounts %1</source>
        <translation>kann als ServiceAccounts auftreten %1</translation>
    </message>
    <message>
        <source>can request ServiceAccount tokens %1</source>
        <translation>kann ServiceAccount-Tokens anfordern %1</translation>
    </message>
    <message>
        <source>, for</source>
        <translation>, für</translation>
    </message>
    <message>
        <source>can %1 Secret %2/%3, the legacy token of</source>
        <translation>kann %1 Secret %2/%3, das Legacy-Token von</translation>
    </message>
    <message>
        <source>can %1 into pods %2 that run as</source>
        <translation>kann %1 in Pods %2, die laufen als</translation>
    </message>
    <message>
        <source>can add ephemeral containers to pods %1 that run as</source>
        <translation>kann ephemere Container zu Pods %1 hinzufügen, die laufen als</translation>
    </message>
    <message>
        <source>can use nodes/proxy (kubelet API) to exec into pods that run as</source>
        <translation>kann nodes/proxy (Kubelet-API) nutzen, um per exec in Pods zu gelangen, die laufen als</translation>
    </message>
    <message>
        <source>can impersonate group system:masters</source>
        <translation>kann als Gruppe system:masters auftreten</translation>
    </message>
    <message>
        <source>can impersonate group</source>
        <translation>kann als Gruppe auftreten</translation>
    </message>
    <message>
        <source>can impersonate user</source>
        <translation>kann als Benutzer auftreten</translation>
    </message>
</context>
<context>
    <name>parapet::rbac::Evaluator</name>
    <message>
        <source>in every namespace</source>
        <translation>in jedem Namespace</translation>
    </message>
    <message>
        <source>in namespace %1</source>
        <translation>im Namespace %1</translation>
    </message>
    <message>
        <source>every ServiceAccount of every namespace</source>
        <translation>jeder ServiceAccount jedes Namespace</translation>
    </message>
    <message>
        <source>, ... (%1 in all)</source>
        <translation>, ... (%1 insgesamt)</translation>
    </message>
    <message>
        <source>every ServiceAccount of namespace %1 (%2)</source>
        <translation>jeder ServiceAccount des Namespace %1 (%2)</translation>
    </message>
    <message>
        <source>every verb on every resource of every API group, cluster-wide: equivalent to cluster-admin</source>
        <translation>jedes Verb auf jede Ressource jeder API-Gruppe, clusterweit: gleichwertig mit cluster-admin</translation>
    </message>
    <message>
        <source>every verb on every resource of namespace %1 (Secrets, Pods, RoleBindings included): full control of the namespace</source>
        <translation>jedes Verb auf jede Ressource des Namespace %1 (Secrets, Pods, RoleBindings eingeschlossen): volle Kontrolle über den Namespace</translation>
    </message>
    <message>
        <source>verbs</source>
        <translation>Verben</translation>
    </message>
    <message>
        <source>apiGroups</source>
        <translation>apiGroups</translation>
    </message>
    <message>
        <source>resources (%1)</source>
        <translation>Ressourcen (%1)</translation>
    </message>
    <message>
        <source>nonResourceURLs</source>
        <translation>nonResourceURLs</translation>
    </message>
    <message>
        <source>wildcard %1 %2: grants whatever exists now and whatever is added later</source>
        <translation>Wildcard %1 %2: gewährt alles, was jetzt existiert und was später hinzukommt</translation>
    </message>
    <message>
        <source>can read every Secret %1 (tokens, keys, passwords)</source>
        <translation>kann jedes Secret lesen %1 (Tokens, Schlüssel, Passwörter)</translation>
    </message>
    <message>
        <source>can read the Secrets named %1 %2</source>
        <translation>kann die Secrets namens %1 lesen %2</translation>
    </message>
    <message>
        <source>%1 %2: can run a pod as %3 and use its token</source>
        <translation>%1 %2: kann einen Pod als %3 laufen lassen und dessen Token nutzen</translation>
    </message>
    <message>
        <source>can request a token for %1</source>
        <translation>kann ein Token für %1 anfordern</translation>
    </message>
    <message>
        <source>can request tokens for the ServiceAccounts %1 %2</source>
        <translation>kann Tokens für die ServiceAccounts %1 anfordern %2</translation>
    </message>
    <message>
        <source>can impersonate any group, system:masters included: cluster-admin</source>
        <translation>kann als beliebige Gruppe auftreten, system:masters eingeschlossen: cluster-admin</translation>
    </message>
    <message>
        <source>can impersonate group system:masters: cluster-admin</source>
        <translation>kann als Gruppe system:masters auftreten: cluster-admin</translation>
    </message>
    <message>
        <source>can impersonate the groups %1</source>
        <translation>kann als die Gruppen %1 auftreten</translation>
    </message>
    <message>
        <source>can impersonate any user</source>
        <translation>kann als beliebiger Benutzer auftreten</translation>
    </message>
    <message>
        <source>can impersonate the users %1</source>
        <translation>kann als die Benutzer %1 auftreten</translation>
    </message>
    <message>
        <source>can impersonate %1</source>
        <translation>kann als %1 auftreten</translation>
    </message>
    <message>
        <source>can impersonate the ServiceAccounts %1 %2</source>
        <translation>kann als die ServiceAccounts %1 auftreten %2</translation>
    </message>
    <message>
        <source>can bind %1 it does not hold itself %2</source>
        <translation>kann %1 binden, die es selbst nicht hat %2</translation>
    </message>
    <message>
        <source>can escalate (write rules beyond its own into) %1 %2</source>
        <translation>kann %1 eskalieren (Regeln über die eigenen hinaus hineinschreiben) %2</translation>
    </message>
    <message>
        <source>can %1 the roles %2 %3</source>
        <translation>kann die Rollen %2 %1 %3</translation>
    </message>
    <message>
        <source>can open port-forwards to every pod %1</source>
        <translation>kann Port-Forwards zu jedem Pod öffnen %1</translation>
    </message>
    <message>
        <source>can %1 into every pod %2 and act with its ServiceAccount</source>
        <translation>kann per %1 in jeden Pod %2 und mit dessen ServiceAccount handeln</translation>
    </message>
    <message>
        <source> (with get only: enough on servers before 1.35)</source>
        <translation> (nur mit get: genügt auf Servern vor 1.35)</translation>
    </message>
    <message>
        <source>can add ephemeral containers to every pod %1 (run code with the pod&apos;s ServiceAccount and mounts)</source>
        <translation>kann jedem Pod ephemere Container hinzufügen %1 (Code mit ServiceAccount und Mounts des Pods ausführen)</translation>
    </message>
    <message>
        <source>nodes/proxy: direct kubelet API on every node (exec into any pod, bypassing admission and audit)</source>
        <translation>nodes/proxy: direkte Kubelet-API auf jedem Node (exec in jeden Pod, an Admission und Audit vorbei)</translation>
    </message>
    <message>
        <source>every signer</source>
        <translation>jeder Signer</translation>
    </message>
    <message>
        <source>can approve CertificateSigningRequests for signers: %1%2</source>
        <translation>kann CertificateSigningRequests genehmigen für die Signer: %1%2</translation>
    </message>
    <message>
        <source> (client certificates for any user or group, system:masters included)</source>
        <translation> (Client-Zertifikate für jeden Benutzer und jede Gruppe, system:masters eingeschlossen)</translation>
    </message>
    <message>
        <source>can sign (issue) certificates for signers: %1%2</source>
        <translation>kann Zertifikate signieren (ausstellen) für die Signer: %1%2</translation>
    </message>
    <message>
        <source>can update CertificateSigningRequest approval (with `approve` on a signer, approves requests)</source>
        <translation>kann die Genehmigung von CertificateSigningRequests ändern (mit `approve` auf einem Signer genehmigt es Anfragen)</translation>
    </message>
    <message>
        <source>can update CertificateSigningRequest status (with `sign` on a signer, issues certificates)</source>
        <translation>kann den Status von CertificateSigningRequests ändern (mit `sign` auf einem Signer stellt es Zertifikate aus)</translation>
    </message>
    <message>
        <source>can write %1: intercept or rewrite every API request, or switch policy off</source>
        <translation>kann %1 schreiben: jede API-Anfrage abfangen oder umschreiben oder die Policy abschalten</translation>
    </message>
    <message>
        <source>can write %1: switch admission policy off</source>
        <translation>kann %1 schreiben: die Admission-Policy abschalten</translation>
    </message>
    <message>
        <source>can create PersistentVolumes (a hostPath volume mounts any node path into a pod)</source>
        <translation>kann PersistentVolumes anlegen (ein hostPath-Volume mountet einen beliebigen Node-Pfad in einen Pod)</translation>
    </message>
    <message>
        <source>can %1 every namespace: relabel it to escape Pod Security admission or label-selected policies</source>
        <translation>kann jeden Namespace per %1 ändern: ihn umlabeln, um Pod Security Admission oder per Label ausgewählten Policies zu entgehen</translation>
    </message>
    <message>
        <source>can %1 its own namespace %2: relabel it to escape Pod Security admission or label-selected policies</source>
        <translation>kann seinen eigenen Namespace %2 per %1 ändern: ihn umlabeln, um Pod Security Admission oder per Label ausgewählten Policies zu entgehen</translation>
    </message>
</context>
<context>
    <name>parapet::rbac::RbacIndex</name>
    <message>
        <source>ClusterRole %1: aggregationRule selector %2 is invalid (%3); its rules are not aggregated</source>
        <translation>ClusterRole %1: der aggregationRule-Selektor %2 ist ungültig (%3); ihre Regeln werden nicht aggregiert</translation>
    </message>
    <message>
        <source>ClusterRole &quot;%1&quot; not found</source>
        <translation>ClusterRole „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>a ClusterRoleBinding cannot reference Role &quot;%1&quot;</source>
        <translation>ein ClusterRoleBinding kann nicht auf die Role „%1“ verweisen</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; not found in namespace %2</source>
        <translation>Role „%1“ im Namespace %2 nicht gefunden</translation>
    </message>
    <message>
        <source>unsupported role reference kind &quot;%1&quot;</source>
        <translation>nicht unterstützte Art der Rollenreferenz „%1“</translation>
    </message>
    <message>
        <source>%1 grants nothing: %2</source>
        <translation>%1 gewährt nichts: %2</translation>
    </message>
    <message>
        <source>a ServiceAccount subject of a ClusterRoleBinding needs a namespace</source>
        <translation>ein ServiceAccount-Subjekt eines ClusterRoleBindings braucht einen Namespace</translation>
    </message>
    <message>
        <source>unknown subject kind &quot;%1&quot;</source>
        <translation>unbekannte Subjekt-Art „%1“</translation>
    </message>
    <message>
        <source>%1 %2 never matches anyone: %3</source>
        <translation>%1 %2 trifft nie auf jemanden zu: %3</translation>
    </message>
    <message>
        <source>aggregated ClusterRoles select each other in a cycle; their rules keep changing and were taken after %1 rounds</source>
        <translation>aggregierte ClusterRoles wählen sich gegenseitig in einem Zyklus aus; ihre Regeln ändern sich ständig und wurden nach %1 Runden übernommen</translation>
    </message>
    <message>
        <source>no effect through a RoleBinding: cluster-scoped resources or non-resource URLs</source>
        <translation>keine Wirkung über ein RoleBinding: clusterweite Ressourcen oder Nicht-Ressourcen-URLs</translation>
    </message>
    <message>
        <source>namespaces: only namespace %1 itself</source>
        <translation>namespaces: nur der Namespace %1 selbst</translation>
    </message>
    <message>
        <source>its cluster-scoped resources and non-resource URLs have no effect through a RoleBinding</source>
        <translation>ihre clusterweiten Ressourcen und Nicht-Ressourcen-URLs haben über ein RoleBinding keine Wirkung</translation>
    </message>
    <message>
        <source>%1 (aggregated from %2 rules[%3])</source>
        <translation>%1 (aggregiert aus %2 Regeln[%3])</translation>
    </message>
    <message>
        <source> [built-in]</source>
        <translation> [eingebaut]</translation>
    </message>
</context>
<context>
    <name>parapet::rbac::Risks</name>
    <message>
        <source>cluster-admin equivalent</source>
        <translation>gleichwertig mit cluster-admin</translation>
    </message>
    <message>
        <source>impersonation</source>
        <translation>Impersonation</translation>
    </message>
    <message>
        <source>bind or escalate roles</source>
        <translation>Rollen binden oder eskalieren</translation>
    </message>
    <message>
        <source>nodes/proxy</source>
        <translation>nodes/proxy</translation>
    </message>
    <message>
        <source>certificate approval or signing</source>
        <translation>Genehmigen oder Signieren von Zertifikaten</translation>
    </message>
    <message>
        <source>admission configuration writes</source>
        <translation>Schreiben der Admission-Konfiguration</translation>
    </message>
    <message>
        <source>create pods or workloads</source>
        <translation>Pods oder Workloads anlegen</translation>
    </message>
    <message>
        <source>ServiceAccount tokens</source>
        <translation>ServiceAccount-Tokens</translation>
    </message>
    <message>
        <source>exec, attach or port-forward</source>
        <translation>exec, attach oder port-forward</translation>
    </message>
    <message>
        <source>ephemeral containers</source>
        <translation>ephemere Container</translation>
    </message>
    <message>
        <source>create PersistentVolumes</source>
        <translation>PersistentVolumes anlegen</translation>
    </message>
    <message>
        <source>read Secrets</source>
        <translation>Secrets lesen</translation>
    </message>
    <message>
        <source>patch namespaces</source>
        <translation>Namespaces patchen</translation>
    </message>
    <message>
        <source>wildcard rule</source>
        <translation>Wildcard-Regel</translation>
    </message>
    <message>
        <source>binding to anonymous or all users</source>
        <translation>Binding an anonyme oder alle Benutzer</translation>
    </message>
    <message>
        <source>feeds aggregated roles</source>
        <translation>speist aggregierte Rollen</translation>
    </message>
    <message>
        <source>binding to a missing role</source>
        <translation>Binding an eine fehlende Rolle</translation>
    </message>
    <message>
        <source>cluster-admin</source>
        <translation>cluster-admin</translation>
    </message>
    <message>
        <source>in group system:masters</source>
        <translation>in der Gruppe system:masters</translation>
    </message>
    <message>
        <source>can create RoleBindings to any role (bind) %1, e.g. admin, then run a pod as</source>
        <translation>kann RoleBindings an jede Rolle anlegen (bind) %1, z. B. admin, und dann einen Pod laufen lassen als</translation>
    </message>
</context>
<context>
    <name>parapet::remediation</name>
    <message>
        <source>Run as a non-root user (runAsNonRoot, runAsUser)</source>
        <translation>Als Nicht-root-Benutzer laufen (runAsNonRoot, runAsUser)</translation>
    </message>
    <message>
        <source>Run with a non-root group (runAsGroup, fsGroup, supplementalGroups)</source>
        <translation>Mit einer Nicht-root-Gruppe laufen (runAsGroup, fsGroup, supplementalGroups)</translation>
    </message>
    <message>
        <source>Remove privileged: true</source>
        <translation>privileged: true entfernen</translation>
    </message>
    <message>
        <source>Drop ALL capabilities, keep only NET_BIND_SERVICE among the added ones</source>
        <translation>ALL Capabilities entfernen, von den hinzugefügten nur NET_BIND_SERVICE behalten</translation>
    </message>
    <message>
        <source>Set allowPrivilegeEscalation: false</source>
        <translation>allowPrivilegeEscalation: false setzen</translation>
    </message>
    <message>
        <source>Read-only root filesystem with an emptyDir volume on /tmp</source>
        <translation>Schreibgeschütztes Root-Dateisystem mit einem emptyDir-Volume auf /tmp</translation>
    </message>
    <message>
        <source>Seccomp profile RuntimeDefault</source>
        <translation>Seccomp-Profil RuntimeDefault</translation>
    </message>
    <message>
        <source>Set automountServiceAccountToken: false</source>
        <translation>automountServiceAccountToken: false setzen</translation>
    </message>
    <message>
        <source>CPU and memory limits where missing</source>
        <translation>CPU- und Speicher-Limits, wo sie fehlen</translation>
    </message>
    <message>
        <source>Pod Security Admission labels: enforce baseline, audit and warn restricted, pinned version</source>
        <translation>Pod-Security-Admission-Labels: enforce baseline, audit und warn restricted, feste Version</translation>
    </message>
    <message>
        <source>Default-deny NetworkPolicy for ingress and egress, with DNS to kube-dns allowed</source>
        <translation>Default-Deny-NetworkPolicy für Ingress und Egress, DNS zu kube-dns erlaubt</translation>
    </message>
    <message>
        <source>LimitRange with default requests and limits</source>
        <translation>LimitRange mit Standard-Requests und -Limits</translation>
    </message>
    <message>
        <source>ResourceQuota for CPU, memory and pods</source>
        <translation>ResourceQuota für CPU, Arbeitsspeicher und Pods</translation>
    </message>
    <message>
        <source>Egress NetworkPolicy rules that block the cloud metadata address (a new policy, or except entries in the existing ones)</source>
        <translation>Egress-Regeln von NetworkPolicies, die die Metadaten-Adresse der Cloud sperren (eine neue Policy oder except-Einträge in den bestehenden)</translation>
    </message>
    <message>
        <source>non-root: containers run as user %1 unless they already set a non-zero runAsUser; check that the image works without root (files owned by root stay read-only, ports below 1024 need NET_BIND_SERVICE)</source>
        <translation>non-root: Container laufen als Benutzer %1, sofern sie nicht schon eine runAsUser ungleich 0 setzen; prüfen Sie, dass das Image ohne root funktioniert (Dateien von root bleiben schreibgeschützt, Ports unter 1024 brauchen NET_BIND_SERVICE)</translation>
    </message>
    <message>
        <source>non-root-group: the primary group becomes %1 where it was root or unset; check file permissions on volumes</source>
        <translation>non-root-group: die primäre Gruppe wird %1, wo sie root oder nicht gesetzt war; prüfen Sie die Dateirechte auf Volumes</translation>
    </message>
    <message>
        <source>no-privileged: container &quot;%1&quot; loses privileged mode (host devices, kernel settings); check it does not need them</source>
        <translation>no-privileged: Container „%1“ verliert den privilegierten Modus (Host-Geräte, Kernel-Einstellungen); prüfen Sie, dass er sie nicht braucht</translation>
    </message>
    <message>
        <source>capabilities: container &quot;%1&quot; no longer adds %2; check it works without them</source>
        <translation>capabilities: Container „%1“ fügt %2 nicht mehr hinzu; prüfen Sie, dass er ohne sie funktioniert</translation>
    </message>
    <message>
        <source>no-privilege-escalation: container &quot;%1&quot; is left as is: it is privileged or adds CAP_SYS_ADMIN, which Kubernetes does not allow together with allowPrivilegeEscalation: false (keep the no-privileged and capabilities parts on)</source>
        <translation>no-privilege-escalation: Container „%1“ bleibt unverändert: er ist privilegiert oder fügt CAP_SYS_ADMIN hinzu, was Kubernetes nicht zusammen mit allowPrivilegeEscalation: false erlaubt (lassen Sie die Teile no-privileged und capabilities eingeschaltet)</translation>
    </message>
    <message>
        <source>no-privilege-escalation: setuid binaries (sudo, su, ping on old images) stop gaining privileges</source>
        <translation>no-privilege-escalation: setuid-Programme (sudo, su, ping auf alten Images) erlangen keine Rechte mehr</translation>
    </message>
    <message>
        <source>read-only-root: the root filesystem becomes read-only and /tmp an emptyDir volume (&quot;%1&quot;); any other path the application writes to (for example /var/run, /var/cache, the home directory) needs its own emptyDir mount or the container fails</source>
        <translation>read-only-root: das Root-Dateisystem wird schreibgeschützt und /tmp ein emptyDir-Volume („%1“); jeder andere Pfad, in den die Anwendung schreibt (zum Beispiel /var/run, /var/cache, das Home-Verzeichnis), braucht einen eigenen emptyDir-Mount, sonst schlägt der Container fehl</translation>
    </message>
    <message>
        <source>seccomp: system calls outside the runtime&apos;s default profile fail (rare: debuggers, some old runtimes)</source>
        <translation>seccomp: Systemaufrufe außerhalb des Standardprofils der Runtime schlagen fehl (selten: Debugger, manche alte Runtimes)</translation>
    </message>
    <message>
        <source>no-token-automount: the pods get no service account token; applications that call the Kubernetes API (operators, controllers) need it: switch this part off for them</source>
        <translation>no-token-automount: die Pods erhalten kein ServiceAccount-Token; Anwendungen, die die Kubernetes-API aufrufen (Operatoren, Controller), brauchen es: schalten Sie diesen Teil für sie ab</translation>
    </message>
    <message>
        <source>resource-limits: containers without limits get cpu %1 / memory %2 (requests %3 / %4), or a limit equal to their request; a process above the memory limit is killed: size them to the application</source>
        <translation>resource-limits: Container ohne Limits erhalten CPU %1 / Speicher %2 (Requests %3 / %4) oder ein Limit gleich ihrem Request; ein Prozess über dem Speicher-Limit wird beendet: bemessen Sie sie nach der Anwendung</translation>
    </message>
    <message>
        <source>%1 is not a workload (no pod template)</source>
        <translation>%1 ist kein Workload (kein Pod-Template)</translation>
    </message>
    <message>
        <source>%1 runs Windows pods: the Linux securityContext fixes do not apply</source>
        <translation>%1 führt Windows-Pods aus: die Linux-securityContext-Korrekturen greifen nicht</translation>
    </message>
    <message>
        <source>%1: nothing to change with the selected parts</source>
        <translation>%1: mit den gewählten Teilen gibt es nichts zu ändern</translation>
    </message>
    <message>
        <source>A static pod: put this manifest (without the kubernetes.io/config.* annotations) in the kubelet&apos;s manifest folder on the node, usually /etc/kubernetes/manifests</source>
        <translation>Ein statischer Pod: legen Sie dieses Manifest (ohne die Annotationen kubernetes.io/config.*) in den Manifest-Ordner des Kubelets auf dem Node, meist /etc/kubernetes/manifests</translation>
    </message>
    <message>
        <source>A Pod&apos;s spec cannot be changed in place: delete the Pod and create it again from this manifest (better, run it through a Deployment)</source>
        <translation>Die Spec eines Pods lässt sich nicht direkt ändern: löschen Sie den Pod und legen Sie ihn aus diesem Manifest neu an (besser: betreiben Sie ihn über ein Deployment)</translation>
    </message>
    <message>
        <source>%1 is a static pod of %2: edit its manifest on the node (/etc/kubernetes/manifests)</source>
        <translation>%1 ist ein statischer Pod von %2: bearbeiten Sie sein Manifest auf dem Node (/etc/kubernetes/manifests)</translation>
    </message>
    <message>
        <source>%1 is managed by %2: fix %2 instead</source>
        <translation>%1 wird von %2 verwaltet: korrigieren Sie stattdessen %2</translation>
    </message>
    <message>
        <source>namespace %1: the default-deny fix blocks the cloud metadata address already; no separate policy (it would re-open egress)</source>
        <translation>Namespace %1: die Default-Deny-Korrektur sperrt die Metadaten-Adresse der Cloud bereits; keine eigene Policy (sie würde Egress wieder öffnen)</translation>
    </message>
    <message>
        <source>no namespace given</source>
        <translation>kein Namespace angegeben</translation>
    </message>
    <message>
        <source>psa-labels: pods that break the baseline level are rejected when they are created again (running pods stay); list them first with kubectl label --dry-run=server --overwrite namespace %1 pod-security.kubernetes.io/enforce=baseline; version pinned to %2</source>
        <translation>psa-labels: Pods, die die Stufe baseline verletzen, werden beim nächsten Anlegen abgelehnt (laufende Pods bleiben); listen Sie sie vorher mit kubectl label --dry-run=server --overwrite namespace %1 pod-security.kubernetes.io/enforce=baseline auf; Version fest auf %2</translation>
    </message>
    <message>
        <source>psa-labels: kube-system runs privileged components (CNI, kube-proxy, CSI drivers) that baseline rejects; exempt them or keep this part off</source>
        <translation>psa-labels: kube-system betreibt privilegierte Komponenten (CNI, kube-proxy, CSI-Treiber), die baseline ablehnt; nehmen Sie sie aus oder lassen Sie diesen Teil ausgeschaltet</translation>
    </message>
    <message>
        <source>default-deny: traffic to and from the pods of %1 stops, except DNS lookups to the kube-dns pods of kube-system (label k8s-app=kube-dns); add NetworkPolicies for what the applications need (the Services they call, the ingress controller, monitoring) before applying; needs a network plugin that enforces NetworkPolicy</source>
        <translation>default-deny: der Verkehr von und zu den Pods von %1 wird gestoppt, außer DNS-Anfragen an die kube-dns-Pods in kube-system (Label k8s-app=kube-dns); fügen Sie vor dem Anwenden NetworkPolicies für das hinzu, was die Anwendungen brauchen (die Services, die sie aufrufen, den Ingress-Controller, das Monitoring); erfordert ein Netzwerk-Plugin, das NetworkPolicies durchsetzt</translation>
    </message>
    <message>
        <source>default-deny: in kube-system, allow the control-plane traffic (API server to webhooks and metrics-server, DNS clients of every namespace to kube-dns) first</source>
        <translation>default-deny: erlauben Sie in kube-system zuerst den Verkehr der Control Plane (API-Server zu Webhooks und metrics-server, DNS-Clients aller Namespaces zu kube-dns)</translation>
    </message>
    <message>
        <source>limit-range: containers without their own values get limits cpu %1 / memory %2 and requests %3 / %4; a process above its memory limit is killed</source>
        <translation>limit-range: Container ohne eigene Werte erhalten die Limits CPU %1 / Speicher %2 und die Requests %3 / %4; ein Prozess über seinem Speicher-Limit wird beendet</translation>
    </message>
    <message>
        <source>resource-quota: the namespace may request at most 4 CPUs and 8Gi of memory (limits 8 CPUs, 16Gi) and run 50 pods; new pods without requests and limits are rejected unless a LimitRange gives defaults: size the quota to the namespace</source>
        <translation>resource-quota: der Namespace darf höchstens 4 CPUs und 8Gi Arbeitsspeicher anfordern (Limits 8 CPUs, 16Gi) und 50 Pods betreiben; neue Pods ohne Requests und Limits werden abgelehnt, sofern keine LimitRange Standardwerte vorgibt: bemessen Sie das Quota nach dem Namespace</translation>
    </message>
    <message>
        <source>the source objects name no namespace: apply these manifests with -n to the namespace the workloads run in</source>
        <translation>die Quellobjekte nennen keinen Namespace: wenden Sie diese Manifeste mit -n auf den Namespace an, in dem die Workloads laufen</translation>
    </message>
    <message>
        <source>namespace %1: nothing to change with the selected parts</source>
        <translation>Namespace %1: mit den gewählten Teilen gibt es nichts zu ändern</translation>
    </message>
    <message>
        <source>block-metadata: NetworkPolicies are additive: a pod&apos;s allowed egress is the union of every egress policy that selects it. This policy makes all pods of %1 egress-isolated and allows every destination except 169.254.169.254 (and AWS&apos;s fd00:ec2::254). It blocks the metadata address only while no other egress policy allows it; do not apply it next to a default-deny egress policy: it would re-open all the egress the default deny closes (with default deny the address is blocked already). Pods on the host network are not covered: also require IMDSv2 with a hop limit of 1 (AWS) or the equivalent of your cloud</source>
        <translation>block-metadata: NetworkPolicies sind additiv: der erlaubte Egress eines Pods ist die Vereinigung aller Egress-Policies, die ihn auswählen. Diese Policy isoliert alle Pods von %1 für Egress und erlaubt jedes Ziel außer 169.254.169.254 (und fd00:ec2::254 bei AWS). Sie sperrt die Metadaten-Adresse nur, solange keine andere Egress-Policy sie erlaubt; wenden Sie sie nicht neben einer Default-Deny-Egress-Policy an: sie würde den gesamten Egress wieder öffnen, den das Default-Deny schließt (mit Default-Deny ist die Adresse bereits gesperrt). Pods im Host-Netzwerk sind nicht abgedeckt: verlangen Sie zusätzlich IMDSv2 mit einem Hop-Limit von 1 (AWS) oder das Gegenstück Ihrer Cloud</translation>
    </message>
    <message>
        <source>the source objects name no namespace: apply this policy with -n to the namespace the workloads run in</source>
        <translation>die Quellobjekte nennen keinen Namespace: wenden Sie diese Policy mit -n auf den Namespace an, in dem die Workloads laufen</translation>
    </message>
    <message>
        <source>%1 is not a kube-apiserver static pod</source>
        <translation>%1 ist kein statischer kube-apiserver-Pod</translation>
    </message>
    <message>
        <source># Control-plane fixes for %1

These files belong on every control-plane node, not in the cluster API. Back up etcd and the current manifest first (`cp /etc/kubernetes/manifests/kube-apiserver.yaml /root/`). The kubelet restarts the API server when the manifest changes; with several control-plane nodes, change one node at a time and use the same files on all of them.

</source>
        <translation># Korrekturen der Control Plane für %1

Diese Dateien gehören auf jeden Control-Plane-Node, nicht in die Cluster-API. Sichern Sie zuerst etcd und das aktuelle Manifest (`cp /etc/kubernetes/manifests/kube-apiserver.yaml /root/`). Das Kubelet startet den API-Server neu, wenn sich das Manifest ändert; bei mehreren Control-Plane-Nodes ändern Sie einen Node nach dem anderen und verwenden auf allen dieselben Dateien.

</translation>
    </message>
    <message>
        <source>%1. Audit logging (NSA-LOG-01, LOG-02, LOG-03)
   sudo install -D -m 0600 audit-policy.yaml %2
   Then add the flags, volumes and mounts of kube-apiserver-flags.txt (or use the fixed manifest, below). Logs go to %3, kept 30 days, 10 files of 100 MB. The policy records Secrets, ConfigMaps and tokens at Metadata only (never their values), RBAC changes with request and response, other writes with the request, and skips health checks and event/lease reads.
   Verify: sudo tail %3 shows events a minute after the restart.

</source>
        <translation>%1. Audit-Logging (NSA-LOG-01, LOG-02, LOG-03)
   sudo install -D -m 0600 audit-policy.yaml %2
   Fügen Sie dann die Flags, Volumes und Mounts aus kube-apiserver-flags.txt hinzu (oder verwenden Sie das korrigierte Manifest, siehe unten). Logs gehen nach %3, 30 Tage aufbewahrt, 10 Dateien zu 100 MB. Die Policy zeichnet Secrets, ConfigMaps und Tokens nur auf Metadata-Ebene auf (nie ihre Werte), RBAC-Änderungen mit Anfrage und Antwort, andere Schreibzugriffe mit der Anfrage, und überspringt Health-Checks sowie Lesezugriffe auf Events und Leases.
   Prüfen: sudo tail %3 zeigt eine Minute nach dem Neustart Ereignisse.

</translation>
    </message>
    <message>
        <source>audit-logging: the audit log needs disk space on the control-plane node (up to 10 x 100 MB plus the current file); ship it off the node (NSA-LOG-04)</source>
        <translation>audit-logging: das Audit-Log braucht Speicherplatz auf dem Control-Plane-Node (bis zu 10 x 100 MB plus die aktuelle Datei); leiten Sie es vom Node weg (NSA-LOG-04)</translation>
    </message>
    <message>
        <source>%1. Encryption of Secrets at rest (NSA-NET-14)
   encryption-config.yaml holds a fresh 32-byte key (secretbox, with identity last so that existing Secrets stay readable). It is the only copy: keep it like a root password, never commit it to Git.
   sudo install -D -m 0600 encryption-config.yaml %2
   Add --encryption-provider-config=%2 and its mount (kube-apiserver-flags.txt). After every API server restarted, rewrite the existing Secrets so that they are stored encrypted:
   %3
   Verify: `sudo ETCDCTL_API=3 etcdctl get /registry/secrets/default/NAME | hexdump -C` starts with k8s:enc:secretbox:v1:key1.

</source>
        <translation>%1. Verschlüsselung von Secrets im Ruhezustand (NSA-NET-14)
   encryption-config.yaml enthält einen frischen 32-Byte-Schlüssel (secretbox, mit identity zuletzt, damit bestehende Secrets lesbar bleiben). Er ist die einzige Kopie: hüten Sie ihn wie ein root-Passwort und committen Sie ihn nie in Git.
   sudo install -D -m 0600 encryption-config.yaml %2
   Fügen Sie --encryption-provider-config=%2 und seinen Mount hinzu (kube-apiserver-flags.txt). Nachdem jeder API-Server neu gestartet ist, schreiben Sie die bestehenden Secrets neu, damit sie verschlüsselt gespeichert werden:
   %3
   Prüfen: `sudo ETCDCTL_API=3 etcdctl get /registry/secrets/default/NAME | hexdump -C` beginnt mit k8s:enc:secretbox:v1:key1.

</translation>
    </message>
    <message>
        <source>encryption-at-rest: losing the key loses every Secret written after the change; back it up safely. A KMS provider keeps the key off the node (NSA-NET-15)</source>
        <translation>encryption-at-rest: wer den Schlüssel verliert, verliert jedes nach der Änderung geschriebene Secret; sichern Sie ihn gut. Ein KMS-Provider hält den Schlüssel vom Node fern (NSA-NET-15)</translation>
    </message>
    <message>
        <source>%1 runs kube-apiserver through a shell: add the flags by hand</source>
        <translation>%1 startet kube-apiserver über eine Shell: fügen Sie die Flags von Hand hinzu</translation>
    </message>
    <message>
        <source>%1. The whole fixed manifest is %2: diff it against the node&apos;s /etc/kubernetes/manifests/kube-apiserver.yaml before you copy it there (the kubelet picks it up within seconds).
</source>
        <translation>%1. Das vollständige korrigierte Manifest ist %2: vergleichen Sie es mit /etc/kubernetes/manifests/kube-apiserver.yaml des Nodes, bevor Sie es dorthin kopieren (das Kubelet übernimmt es binnen Sekunden).
</translation>
    </message>
    <message>
        <source>control plane: a typo in the kube-apiserver manifest stops the API server; keep a copy of the old manifest and console access to the node</source>
        <translation>Control Plane: ein Tippfehler im kube-apiserver-Manifest stoppt den API-Server; behalten Sie eine Kopie des alten Manifests und Konsolenzugang zum Node</translation>
    </message>
    <message>
        <source>%1 did not come from a file</source>
        <translation>%1 stammt nicht aus einer Datei</translation>
    </message>
    <message>
        <source>%1: cannot read %2</source>
        <translation>%1: %2 nicht lesbar</translation>
    </message>
    <message>
        <source>%1 is not a top-level YAML document of %2 (an item of a List, or flow style)</source>
        <translation>%1 ist kein YAML-Dokument der obersten Ebene von %2 (ein List-Eintrag oder Flow-Stil)</translation>
    </message>
    <message>
        <source>%1: %2 changed since it was loaded</source>
        <translation>%1: %2 hat sich seit dem Laden geändert</translation>
    </message>
    <message>
        <source>cannot generate an encryption key: the random generator failed</source>
        <translation>es kann kein Verschlüsselungsschlüssel erzeugt werden: der Zufallsgenerator ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Fixes generated by parapet-cli fix (Parapet). Review every file before applying.

</source>
        <translation>Korrekturen, erzeugt von parapet-cli fix (Parapet). Prüfen Sie jede Datei vor dem Anwenden.

</translation>
    </message>
    <message>
        <source>Layout: kustomization.yaml; base/ holds copies of the objects the fixes change, patches/ the strategic-merge patches, resources/ the new objects.
Preview: kubectl kustomize .    Apply: kubectl apply -k .

</source>
        <translation>Aufbau: kustomization.yaml; base/ enthält Kopien der Objekte, die die Korrekturen ändern, patches/ die Strategic-Merge-Patches, resources/ die neuen Objekte.
Vorschau: kubectl kustomize .    Anwenden: kubectl apply -k .

</translation>
    </message>
    <message>
        <source>One file per object, the fixed and the new ones.
Apply: kubectl apply -f .   (control-plane/ is not applied: it holds node files)

</source>
        <translation>Eine Datei pro Objekt, die korrigierten und die neuen.
Anwenden: kubectl apply -f .   (control-plane/ wird nicht angewendet: es enthält Dateien für die Nodes)

</translation>
    </message>
    <message>
        <source>*.patch.yaml: strategic-merge patches for the objects as they are in the cluster; other *.yaml: new objects (and Pods, which cannot be patched). Apply: sh apply.sh (read it first).

</source>
        <translation>*.patch.yaml: Strategic-Merge-Patches für die Objekte, wie sie im Cluster sind; andere *.yaml: neue Objekte (und Pods, die sich nicht patchen lassen). Anwenden: sh apply.sh (vorher lesen).

</translation>
    </message>
    <message>
        <source>WARNING: %1</source>
        <translation>WARNUNG: %1</translation>
    </message>
    <message>
        <source>%1: the object the fix rewrites is not in the inventory</source>
        <translation>%1: das Objekt, das die Korrektur umschreibt, ist nicht im Inventar</translation>
    </message>
    <message>
        <source>%1 is rewritten by two fixes: select one of them</source>
        <translation>%1 wird von zwei Korrekturen umgeschrieben: wählen Sie eine davon</translation>
    </message>
    <message>
        <source>%1: the fixed object does not read back</source>
        <translation>%1: das korrigierte Objekt lässt sich nicht zurücklesen</translation>
    </message>
    <message>
        <source>DELETE: %1 (see apply order below)</source>
        <translation>LÖSCHEN: %1 (siehe Reihenfolge unten)</translation>
    </message>
    <message>
        <source>the encryption key must be 32 bytes</source>
        <translation>der Verschlüsselungsschlüssel muss 32 Bytes lang sein</translation>
    </message>
    <message>
        <source>Apply order: %1 runs, in order:
</source>
        <translation>Reihenfolge: %1 führt der Reihe nach aus:
</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new directory, or overwrite (only the files of this fix set are written)</source>
        <translation>%1 ist nicht leer: wählen Sie ein leeres oder neues Verzeichnis oder überschreiben Sie (nur die Dateien dieses Korrekturpakets werden geschrieben)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>refusing to write outside %1: %2</source>
        <translation>Schreiben außerhalb von %1 verweigert: %2</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>der Ordner von %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 binds %2 %3, which Kubernetes maintains (or which is not in the source): bind a narrower role you own instead (a binding&apos;s roleRef cannot change: delete and re-create it)</source>
        <translation>%1 bindet %2 %3, das Kubernetes verwaltet (oder das nicht in der Quelle ist): binden Sie stattdessen eine engere Rolle, die Ihnen gehört (die roleRef eines Bindings ist unveränderlich: löschen und neu anlegen)</translation>
    </message>
    <message>
        <source>%1 is not a Role or ClusterRole</source>
        <translation>%1 ist keine Role oder ClusterRole</translation>
    </message>
    <message>
        <source>%1 aggregates other ClusterRoles: its rules are rewritten by the controller; narrow the ClusterRoles it selects instead</source>
        <translation>%1 aggregiert andere ClusterRoles: ihre Regeln schreibt der Controller neu; grenzen Sie stattdessen die ClusterRoles ein, die sie auswählt</translation>
    </message>
    <message>
        <source>%1 has no rules to narrow</source>
        <translation>%1 hat keine Regeln zum Eingrenzen</translation>
    </message>
    <message>
        <source>%1 %2: removed the non-resource URL &quot;*&quot; (every path); list the paths it needs</source>
        <translation>%1 %2: die Nicht-Ressourcen-URL „*“ (jeder Pfad) entfernt; führen Sie die benötigten Pfade auf</translation>
    </message>
    <message>
        <source>%1 %2: verbs &quot;*&quot; replaced by %3</source>
        <translation>%1 %2: Verben „*“ ersetzt durch %3</translation>
    </message>
    <message>
        <source>%1 %2: removed the rule %3: it granted every resource (&quot;*&quot;); grant the resources the subject needs by name</source>
        <translation>%1 %2: die Regel %3 entfernt: sie gewährte jede Ressource („*“); gewähren Sie die Ressourcen, die das Subjekt braucht, namentlich</translation>
    </message>
    <message>
        <source>%1 %2: verbs &quot;*&quot; replaced by the standard verbs (%3); other verbs (use, approve, custom verbs) are no longer granted</source>
        <translation>%1 %2: Verben „*“ ersetzt durch die Standardverben (%3); andere Verben (use, approve, eigene Verben) werden nicht mehr gewährt</translation>
    </message>
    <message>
        <source>%1 %2: removed %3</source>
        <translation>%1 %2: %3 entfernt</translation>
    </message>
    <message>
        <source>%1: the narrowed rules would not be a subset of the original ones; no fix generated</source>
        <translation>%1: die eingegrenzten Regeln wären keine Teilmenge der ursprünglichen; keine Korrektur erzeugt</translation>
    </message>
    <message>
        <source>%1: subjects bound to this role lose the removed rights: check which of them need one (e.g. a controller that reads its own Secret) and grant it narrowly, with resourceNames</source>
        <translation>%1: an diese Rolle gebundene Subjekte verlieren die entfernten Rechte: prüfen Sie, welche davon eines brauchen (z. B. ein Controller, der sein eigenes Secret liest), und gewähren Sie es eng, mit resourceNames</translation>
    </message>
    <message>
        <source>%1 is not a RoleBinding or ClusterRoleBinding</source>
        <translation>%1 ist kein RoleBinding oder ClusterRoleBinding</translation>
    </message>
    <message>
        <source>%1 has no subjects</source>
        <translation>%1 hat keine Subjekte</translation>
    </message>
    <message>
        <source>%1 binds no anonymous or all-users subject</source>
        <translation>%1 bindet kein anonymes oder Alle-Benutzer-Subjekt</translation>
    </message>
    <message>
        <source>%1 binds %2 %3 only to %4: the binding is deleted (kubectl delete); nothing else uses it</source>
        <translation>%1 bindet %2 %3 nur an %4: das Binding wird gelöscht (kubectl delete); nichts anderes nutzt es</translation>
    </message>
    <message>
        <source>%1: %2 removed from the subjects; the other subjects keep %3 %4</source>
        <translation>%1: %2 aus den Subjekten entfernt; die anderen Subjekte behalten %3 %4</translation>
    </message>
    <message>
        <source>every signed-in user (system:authenticated) loses %1 %2: bind the users or groups that need it by name</source>
        <translation>jeder angemeldete Benutzer (system:authenticated) verliert %1 %2: binden Sie die Benutzer oder Gruppen, die es brauchen, namentlich</translation>
    </message>
    <message>
        <source>Roles: remove rules on every resource (&quot;*&quot;), replace verbs &quot;*&quot; by the standard verbs, remove the non-resource URL &quot;*&quot;</source>
        <translation>Rollen: Regeln auf jede Ressource („*“) entfernen, Verben „*“ durch die Standardverben ersetzen, die Nicht-Ressourcen-URL „*“ entfernen</translation>
    </message>
    <message>
        <source>Roles: remove get, list and watch on Secrets</source>
        <translation>Rollen: get, list und watch auf Secrets entfernen</translation>
    </message>
    <message>
        <source>Roles: remove pods/exec, pods/attach and pods/portforward</source>
        <translation>Rollen: pods/exec, pods/attach und pods/portforward entfernen</translation>
    </message>
    <message>
        <source>Roles: remove escalate, bind and impersonate</source>
        <translation>Rollen: escalate, bind und impersonate entfernen</translation>
    </message>
    <message>
        <source>Roles: remove create on pods, PersistentVolumes and token requests, nodes/proxy, writes to webhook configurations</source>
        <translation>Rollen: create auf Pods, PersistentVolumes und Token-Anfragen, nodes/proxy sowie Schreibzugriffe auf Webhook-Konfigurationen entfernen</translation>
    </message>
    <message>
        <source>Roles: remove delete and deletecollection on events</source>
        <translation>Rollen: delete und deletecollection auf Events entfernen</translation>
    </message>
    <message>
        <source>Bindings: remove system:anonymous, system:unauthenticated and system:authenticated subjects (delete the binding when none is left)</source>
        <translation>Bindings: Subjekte system:anonymous, system:unauthenticated und system:authenticated entfernen (das Binding löschen, wenn keines übrig bleibt)</translation>
    </message>
    <message>
        <source>Audit policy file, kube-apiserver audit flags with retention, volumes</source>
        <translation>Audit-Policy-Datei, Audit-Flags von kube-apiserver mit Aufbewahrung, Volumes</translation>
    </message>
    <message>
        <source>EncryptionConfiguration with a fresh key, flag, volume, re-encryption command</source>
        <translation>EncryptionConfiguration mit frischem Schlüssel, Flag, Volume, Befehl zur Neuverschlüsselung</translation>
    </message>
    <message>
        <source>the fix is in the image (Dockerfile USER): not a manifest</source>
        <translation>die Korrektur liegt im Image (Dockerfile USER): kein Manifest</translation>
    </message>
    <message>
        <source>an admission policy of trusted registries needs the list of registries the organisation trusts</source>
        <translation>eine Admission-Policy für vertrauenswürdige Registries braucht die Liste der Registries, denen die Organisation vertraut</translation>
    </message>
    <message>
        <source>hostPID/hostIPC are used by node agents on purpose; removing them changes what the workload can do, not how safely</source>
        <translation>hostPID/hostIPC nutzen Node-Agents absichtlich; sie zu entfernen ändert, was der Workload tun kann, nicht wie sicher</translation>
    </message>
    <message>
        <source>hostNetwork workloads (CNI, ingress on node ports) stop working without it: the Service that replaces it is a design decision</source>
        <translation>Workloads mit hostNetwork (CNI, Ingress auf Node-Ports) funktionieren ohne es nicht mehr: der Service, der es ersetzt, ist eine Designentscheidung</translation>
    </message>
    <message>
        <source>whether a hostPath can become an emptyDir or a PVC depends on what the workload reads or keeps there</source>
        <translation>ob ein hostPath zu einem emptyDir oder PVC werden kann, hängt davon ab, was der Workload dort liest oder aufbewahrt</translation>
    </message>
    <message>
        <source>removing hostPort needs a Service in its place, with a port and a type Parapet cannot choose</source>
        <translation>hostPort zu entfernen braucht an seiner Stelle einen Service, mit einem Port und einem Typ, die Parapet nicht wählen kann</translation>
    </message>
    <message>
        <source>AppArmor exists only on nodes that load it (not on SELinux-based distributions); a profile on others rejects the pod</source>
        <translation>AppArmor gibt es nur auf Nodes, die es laden (nicht auf SELinux-basierten Distributionen); auf anderen lehnt ein Profil den Pod ab</translation>
    </message>
    <message>
        <source>restricted volume types come with the PSA restricted level (NSA-POD-07 labels)</source>
        <translation>eingeschränkte Volume-Typen kommen mit der PSA-Stufe restricted (Labels aus NSA-POD-07)</translation>
    </message>
    <message>
        <source>moving workloads between namespaces moves their Services, Secrets and bindings: a migration, not a patch</source>
        <translation>Workloads zwischen Namespaces zu verschieben verschiebt ihre Services, Secrets und Bindings: eine Migration, kein Patch</translation>
    </message>
    <message>
        <source>a per-application policy needs the application&apos;s real peers; the namespace default-deny (NSA-NET-04) is generated</source>
        <translation>eine Policy pro Anwendung braucht die echten Gegenstellen der Anwendung; das Default-Deny des Namespace (NSA-NET-04) wird erzeugt</translation>
    </message>
    <message>
        <source>bind addresses and firewalling depend on the node network</source>
        <translation>Bind-Adressen und Firewall-Regeln hängen vom Node-Netzwerk ab</translation>
    </message>
    <message>
        <source>etcd certificates must be issued by a separate CA first</source>
        <translation>etcd-Zertifikate müssen zuerst von einer eigenen CA ausgestellt werden</translation>
    </message>
    <message>
        <source>file modes on nodes: chmod 600, not a manifest</source>
        <translation>Dateirechte auf Nodes: chmod 600, kein Manifest</translation>
    </message>
    <message>
        <source>converting a NodePort or LoadBalancer to ClusterIP cuts off its external clients</source>
        <translation>einen NodePort oder LoadBalancer in ClusterIP umzuwandeln schneidet seine externen Clients ab</translation>
    </message>
    <message>
        <source>TLS needs certificates for the Ingress hosts</source>
        <translation>TLS braucht Zertifikate für die Ingress-Hosts</translation>
    </message>
    <message>
        <source>moving a credential into a Secret would copy the value, which Parapet never handles</source>
        <translation>Zugangsdaten in ein Secret zu verschieben würde den Wert kopieren, und mit Werten hantiert Parapet nie</translation>
    </message>
    <message>
        <source>a KMS provider needs the cloud or HSM plugin endpoint</source>
        <translation>ein KMS-Provider braucht den Endpunkt des Cloud- oder HSM-Plugins</translation>
    </message>
    <message>
        <source>kubelet configuration lives on each node</source>
        <translation>die Kubelet-Konfiguration liegt auf jedem Node</translation>
    </message>
    <message>
        <source>a dedicated ServiceAccount must also receive the rights the workload uses today</source>
        <translation>ein eigener ServiceAccount muss auch die Rechte erhalten, die der Workload heute nutzt</translation>
    </message>
    <message>
        <source>the webhook backend needs the SIEM&apos;s endpoint and credentials</source>
        <translation>das Webhook-Backend braucht Endpunkt und Zugangsdaten des SIEM</translation>
    </message>
    <message>
        <source>an upgrade is a release decision, not a patch</source>
        <translation>ein Upgrade ist eine Release-Entscheidung, kein Patch</translation>
    </message>
    <message>
        <source>deleting unused objects needs the owner&apos;s confirmation</source>
        <translation>ungenutzte Objekte zu löschen braucht die Bestätigung des Verantwortlichen</translation>
    </message>
    <message>
        <source>namespace %1: no egress NetworkPolicy selects %2, so their egress is open, and a policy that allows all but the metadata address would re-open egress for the pods the existing policies (%3) restrict: add a default-deny egress policy (the NSA-NET-04 fix) or egress policies for them</source>
        <translation>Namespace %1: keine Egress-NetworkPolicy wählt %2 aus, deren Egress ist daher offen, und eine Policy, die alles außer der Metadaten-Adresse erlaubt, würde den Egress der Pods wieder öffnen, die die bestehenden Policies (%3) einschränken: fügen Sie eine Default-Deny-Egress-Policy (die Korrektur für NSA-NET-04) oder Egress-Policies für sie hinzu</translation>
    </message>
    <message>
        <source>namespace %1: no egress rule of its NetworkPolicies (%2) allows 169.254.169.254 or fd00:ec2::254: the metadata address is blocked already, nothing to change</source>
        <translation>Namespace %1: keine Egress-Regel seiner NetworkPolicies (%2) erlaubt 169.254.169.254 oder fd00:ec2::254: die Metadaten-Adresse ist bereits gesperrt, nichts zu ändern</translation>
    </message>
    <message>
        <source>block-metadata: NetworkPolicies are additive, so another policy could only allow more: instead the egress rules of %1 that allow the metadata address get 169.254.169.254/32 (and AWS&apos;s fd00:ec2::254/128) in the except list of their ipBlocks; every other destination they allow stays allowed. Pods on the host network are not covered: also require IMDSv2 with a hop limit of 1 (AWS) or the equivalent of your cloud</source>
        <translation>block-metadata: NetworkPolicies addieren sich, eine weitere Policy könnte also nur mehr erlauben: stattdessen bekommen die Egress-Regeln von %1, die die Metadaten-Adresse erlauben, 169.254.169.254/32 (und AWS’ fd00:ec2::254/128) in die except-Liste ihrer ipBlocks; jedes andere erlaubte Ziel bleibt erlaubt. Pods im Host-Netzwerk sind nicht abgedeckt: verlangen Sie zusätzlich IMDSv2 mit einem Hop-Limit von 1 (AWS) oder das Gegenstück Ihrer Cloud</translation>
    </message>
    <message>
        <source>block-metadata: egress rules of %1 allowed every destination; they now list them: every IPv4 and IPv6 address except the metadata address, and every pod of every namespace by name (namespaceSelector {}), since whether pod IPs match an ipBlock is up to the network plugin (Cilium, for one, matches only addresses outside the cluster)</source>
        <translation>block-metadata: Egress-Regeln von %1 erlaubten jedes Ziel; sie zählen die Ziele jetzt auf: jede IPv4- und IPv6-Adresse außer der Metadaten-Adresse und jeden Pod jedes Namespace ausdrücklich (namespaceSelector {}), denn ob Pod-IPs auf einen ipBlock passen, entscheidet das Netzwerk-Plugin (Cilium etwa berücksichtigt nur Adressen außerhalb des Clusters)</translation>
    </message>
    <message>
        <source>block-metadata: %1 named the metadata address itself as a destination (an ipBlock of just that address): that destination is removed, and a rule left without destinations goes with it (an empty to list would allow every destination)</source>
        <translation>block-metadata: %1 nannte die Metadaten-Adresse selbst als Ziel (ein ipBlock nur dieser Adresse): dieses Ziel wird entfernt, und eine Regel ohne verbleibende Ziele mit ihm (eine leere to-Liste würde jedes Ziel erlauben)</translation>
    </message>
    <message>
        <source>block-metadata: %1 allowed nothing but the metadata address: it keeps no egress rule and denies all egress of the pods it selects (policyTypes written out so that it still isolates egress)</source>
        <translation>block-metadata: %1 erlaubte nichts außer der Metadaten-Adresse: die Policy behält keine Egress-Regel und verweigert allen Egress der ausgewählten Pods (policyTypes ausgeschrieben, damit sie den Egress weiter isoliert)</translation>
    </message>
    <message>
        <source>block-metadata: no egress NetworkPolicy of %1 selects %2: their egress stays open, metadata address included; add a default-deny egress policy (the NSA-NET-04 fix) or egress policies for them</source>
        <translation>block-metadata: keine Egress-NetworkPolicy von %1 wählt %2 aus: deren Egress bleibt offen, einschließlich der Metadaten-Adresse; fügen Sie eine Default-Deny-Egress-Policy (die Korrektur für NSA-NET-04) oder Egress-Policies für sie hinzu</translation>
    </message>
</context>
<context>
    <name>parapet::report</name>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Kubernetes hardening report</source>
        <translation>Kubernetes-Härtungsbericht</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Management-Zusammenfassung</translation>
    </message>
    <message>
        <source>Overall score</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>Excepted findings</source>
        <translation>Ausgenommene Befunde</translation>
    </message>
    <message>
        <source>RBAC</source>
        <translation>RBAC</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Scores by section</source>
        <translation>Bewertung nach Abschnitt</translation>
    </message>
    <message>
        <source>Open findings by severity</source>
        <translation>Offene Befunde nach Schweregrad</translation>
    </message>
    <message>
        <source>Excepted</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Größte Risiken</translation>
    </message>
    <message>
        <source>No control fails.</source>
        <translation>Keine Kontrolle schlägt fehl.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Failing objects</source>
        <translation>Objekte mit Verstoß</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Every control of the NSA/CISA Kubernetes Hardening Guide as Parapet checks it, section by section. Controls that fail show their evidence (the objects, where they were defined, and why they fail) and how to fix them.</source>
        <translation>Jede Kontrolle des Kubernetes Hardening Guide von NSA/CISA, wie Parapet sie prüft, Abschnitt für Abschnitt. Nicht bestandene Kontrollen zeigen ihre Belege (die Objekte, wo sie definiert sind und warum sie nicht bestehen) und wie sie sich beheben lassen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Defined at</source>
        <translation>Definiert in</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Not verifiable from here</source>
        <translation>Nicht von hier prüfbar</translation>
    </message>
    <message>
        <source>Parapet cannot see the answer to these controls from the source it read (node files, cloud settings, the control plane&apos;s flags). Check them by hand as described; they are left out of every score.</source>
        <translation>Parapet kann die Antwort auf diese Kontrollen aus der gelesenen Quelle nicht erkennen (Dateien auf Nodes, Cloud-Einstellungen, Flags der Control Plane). Prüfen Sie sie wie beschrieben von Hand; sie fließen in keine Bewertung ein.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Manual check</source>
        <translation>Manuelle Prüfung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>RBAC: who can do what</source>
        <translation>RBAC: wer was darf</translation>
    </message>
    <message>
        <source>Permission risks</source>
        <translation>Berechtigungsrisiken</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Gewährt durch</translation>
    </message>
    <message>
        <source>(role)</source>
        <translation>(Rolle)</translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation>clusterweit</translation>
    </message>
    <message>
        <source>Escalation paths</source>
        <translation>Eskalationspfade</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Why it ends in full control</source>
        <translation>Warum es in voller Kontrolle endet</translation>
    </message>
    <message>
        <source>RBAC graph</source>
        <translation>RBAC-Graph</translation>
    </message>
    <message>
        <source>No subject holds a risky permission: nothing to draw.</source>
        <translation>Kein Subjekt hat eine riskante Berechtigung: nichts zu zeichnen.</translation>
    </message>
    <message>
        <source>Risky subjects and the bindings, roles and permissions that give them their rights. Thick red edges are dangerous grants; dashed edges are escalation steps.</source>
        <translation>Riskante Subjekte und die Bindings, Rollen und Berechtigungen, die ihnen ihre Rechte geben. Dicke rote Kanten sind gefährliche Rechte; gestrichelte Kanten sind Eskalationsschritte.</translation>
    </message>
    <message>
        <source>RBAC graph: risky subjects</source>
        <translation>RBAC-Graph: riskante Subjekte</translation>
    </message>
    <message>
        <source>Network reachability</source>
        <translation>Netzwerk-Erreichbarkeit</translation>
    </message>
    <message>
        <source>Exposure</source>
        <translation>Erreichbarkeit von außen</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Reachability graph</source>
        <translation>Erreichbarkeitsgraph</translation>
    </message>
    <message>
        <source>No workload: nothing to draw.</source>
        <translation>Kein Workload: nichts zu zeichnen.</translation>
    </message>
    <message>
        <source>Too many workloads to draw one by one: namespaces stand for their workloads, edges count the connections allowed between them. &quot;anywhere&quot; marks workloads that are not isolated.</source>
        <translation>Zu viele Workloads, um sie einzeln zu zeichnen: Namespaces stehen für ihre Workloads, Kanten zählen die zwischen ihnen erlaubten Verbindungen. „überall“ markiert Workloads, die nicht isoliert sind.</translation>
    </message>
    <message>
        <source>Workloads in their namespaces; edges are the connections NetworkPolicies allow, labelled with ports. &quot;anywhere&quot; marks workloads that are not isolated (any pod or address may connect).</source>
        <translation>Workloads in ihren Namespaces; Kanten sind die Verbindungen, die NetworkPolicies erlauben, beschriftet mit Ports. „überall“ markiert Workloads, die nicht isoliert sind (jeder Pod und jede Adresse darf sich verbinden).</translation>
    </message>
    <message>
        <source>Connections between isolated workloads were not computed for this cluster size (parapet-cli netpol matrix lists them).</source>
        <translation>Verbindungen zwischen isolierten Workloads wurden bei dieser Clustergröße nicht berechnet (parapet-cli netpol matrix listet sie auf).</translation>
    </message>
    <message>
        <source>Applied exceptions</source>
        <translation>Angewendete Ausnahmen</translation>
    </message>
    <message>
        <source>Accepted risks from parapet.io/exempt annotations on the objects (no exceptions file was given).</source>
        <translation>Akzeptierte Risiken aus parapet.io/exempt-Annotationen an den Objekten (es wurde keine Ausnahmedatei angegeben).</translation>
    </message>
    <message>
        <source>No exception was applied.</source>
        <translation>Es wurde keine Ausnahme angewendet.</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Exceptions not applied</source>
        <translation>Nicht angewendete Ausnahmen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <source>Appendix: generated fixes</source>
        <translation>Anhang: erzeugte Korrekturen</translation>
    </message>
    <message>
        <source>Manifests Parapet generates for the open findings (parapet-cli fix). New objects are shown whole; for objects of yours that change, the strategic-merge patch is shown. Review before applying. Literal environment values and annotation values are replaced by &lt;redacted&gt;; Secrets are never part of a fix.</source>
        <translation>Manifeste, die Parapet für die offenen Befunde erzeugt (parapet-cli fix). Neue Objekte werden vollständig gezeigt; für Ihre Objekte, die sich ändern, wird der Strategic-Merge-Patch gezeigt. Vor dem Anwenden prüfen. Literale Umgebungswerte und Annotationswerte sind durch &lt;redacted&gt; ersetzt; Secrets sind nie Teil einer Korrektur.</translation>
    </message>
    <message>
        <source>No open finding has a generated fix.</source>
        <translation>Kein offener Befund hat eine erzeugte Korrektur.</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes-Version</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Checks judged on</source>
        <translation>Prüfungen beurteilt am</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Parapet</source>
        <translation>Parapet</translation>
    </message>
    <message>
        <source>Scores: each control scores the share of its objects that pass (excepted objects count as passing). The overall score weighs controls by severity (low 1, medium 2, high 4, critical 8); controls that cannot be verified and informational ones are left out. Secrets are read as metadata only: no Secret value, token or key is part of this report.</source>
        <translation>Bewertungen: jede Kontrolle wird mit dem Anteil ihrer Objekte bewertet, die bestehen (ausgenommene Objekte zählen als bestanden). Die Gesamtbewertung gewichtet Kontrollen nach Schweregrad (niedrig 1, mittel 2, hoch 4, kritisch 8); nicht prüfbare und informative Kontrollen bleiben außen vor. Secrets werden nur als Metadaten gelesen: kein Secret-Wert, kein Token und kein Schlüssel ist Teil dieses Berichts.</translation>
    </message>
    <message>
        <source>No connection to draw: every workload is isolated and no policy allows traffic between the namespaces or with the outside that was computed (parapet-cli netpol matrix lists every connection).</source>
        <translation>Keine Verbindung zu zeichnen: jeder Workload ist isoliert und keine Policy erlaubt Verkehr zwischen den Namespaces oder nach außen, soweit berechnet (parapet-cli netpol matrix listet jede Verbindung auf).</translation>
    </message>
</context>
<context>
    <name>parapet::ui</name>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>checks on secrets (service account tokens, secrets in use) are incomplete</source>
        <translation>Prüfungen zu Secrets (ServiceAccount-Tokens, genutzte Secrets) sind unvollständig</translation>
    </message>
    <message>
        <source>RBAC checks and the RBAC graph are incomplete</source>
        <translation>RBAC-Prüfungen und der RBAC-Graph sind unvollständig</translation>
    </message>
    <message>
        <source>network isolation cannot be judged: namespaces may look unprotected</source>
        <translation>die Netzwerkisolation ist nicht beurteilbar: Namespaces können ungeschützt erscheinen</translation>
    </message>
    <message>
        <source>namespace checks (Pod Security admission labels) are incomplete</source>
        <translation>Namespace-Prüfungen (Labels für Pod Security Admission) sind unvollständig</translation>
    </message>
    <message>
        <source>node and kubelet checks are not verifiable</source>
        <translation>Node- und Kubelet-Prüfungen sind nicht prüfbar</translation>
    </message>
    <message>
        <source>service account checks are incomplete</source>
        <translation>ServiceAccount-Prüfungen sind unvollständig</translation>
    </message>
    <message>
        <source>pod security checks miss these workloads</source>
        <translation>Pod-Sicherheitsprüfungen fehlen für diese Workloads</translation>
    </message>
    <message>
        <source>admission control checks are incomplete</source>
        <translation>Prüfungen der Admission Control sind unvollständig</translation>
    </message>
    <message>
        <source>checks that use %1 objects are incomplete</source>
        <translation>Prüfungen, die %1-Objekte verwenden, sind unvollständig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>exec (%1)</source>
        <translation>exec (%1)</translation>
    </message>
    <message>
        <source>exec</source>
        <translation>exec</translation>
    </message>
    <message>
        <source>auth provider (%1)</source>
        <translation>Auth-Provider (%1)</translation>
    </message>
    <message>
        <source>auth provider</source>
        <translation>Auth-Provider</translation>
    </message>
    <message>
        <source>The kubeconfig does not give a usable connection: %1</source>
        <translation>Die kubeconfig ergibt keine nutzbare Verbindung: %1</translation>
    </message>
    <message>
        <source>the server %1 is plain HTTP: no credentials are sent and nothing is encrypted</source>
        <translation>der Server %1 spricht reines HTTP: es werden keine Anmeldedaten gesendet und nichts wird verschlüsselt</translation>
    </message>
    <message>
        <source>TLS verification is off for cluster “%1” (insecure-skip-tls-verify): the server is not authenticated</source>
        <translation>die TLS-Prüfung ist für Cluster „%1“ aus (insecure-skip-tls-verify): der Server ist nicht authentifiziert</translation>
    </message>
    <message>
        <source>credential plugin: %1</source>
        <translation>Credential-Plugin: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>objects: %1</source>
        <translation>Objekte: %1</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
</context>
<context>
    <name>parapet::ui::AcceptRiskDialog</name>
    <message>
        <source>Accept the risk of %1</source>
        <translation>Risiko von %1 akzeptieren</translation>
    </message>
    <message>
        <source>Accept risk</source>
        <translation>Risiko akzeptieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The findings stay visible as excepted, with your reason, and count as failures again when the exception expires. The exception is written to an exceptions file that parapet-cli reads too (--exceptions FILE).</source>
        <translation>Die Befunde bleiben als ausgenommen sichtbar, mit Ihrer Begründung, und zählen wieder als nicht bestanden, wenn die Ausnahme abläuft. Die Ausnahme wird in eine Ausnahmedatei geschrieben, die auch parapet-cli liest (--exceptions DATEI).</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Only the selected object</source>
        <translation>Nur das ausgewählte Objekt</translation>
    </message>
    <message>
        <source>Every object, now and in the future</source>
        <translation>Jedes Objekt, jetzt und künftig</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Begründung (erforderlich)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Exceptions file</source>
        <translation>Ausnahmedatei</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern …</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Say why the risk is accepted: the reason is required.</source>
        <translation>Geben Sie an, warum das Risiko akzeptiert wird: die Begründung ist erforderlich.</translation>
    </message>
    <message>
        <source>The expiry must be a date in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Choose the exceptions file to write to.</source>
        <translation>Wählen Sie die Ausnahmedatei, in die geschrieben wird.</translation>
    </message>
    <message>
        <source>The exception was not written. %1</source>
        <translation>Die Ausnahme wurde nicht geschrieben. %1</translation>
    </message>
    <message>
        <source>Why the risk is accepted, and who decided, e.g. “CNI agent needs the host network; reviewed by the platform team”</source>
        <translation>Warum das Risiko akzeptiert wird und wer entschieden hat, z. B. „CNI-Agent braucht das Host-Netzwerk; vom Plattform-Team geprüft“</translation>
    </message>
</context>
<context>
    <name>parapet::ui::Banner</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>parapet::ui::ChecklistView</name>
    <message>
        <source>Fails: the cluster-wide setting is missing or wrong.</source>
        <translation>Nicht bestanden: die clusterweite Einstellung fehlt oder ist falsch.</translation>
    </message>
    <message>
        <source>Passes: nothing here breaks it.</source>
        <translation>Bestanden: hier verletzt nichts die Kontrolle.</translation>
    </message>
    <message>
        <source>Not verifiable from here: check it by hand (below).</source>
        <translation>Nicht von hier prüfbar: prüfen Sie es von Hand (unten).</translation>
    </message>
    <message>
        <source>Information: advice or what was detected, not pass or fail.</source>
        <translation>Information: ein Rat oder ein Hinweis, was erkannt wurde, kein Bestanden oder Nicht bestanden.</translation>
    </message>
    <message>
        <source>Controls reviewed</source>
        <translation>Überprüfte Kontrollen</translation>
    </message>
    <message>
        <source>Sections and controls of the guide</source>
        <translation>Abschnitte und Kontrollen des Guides</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>Check by hand</source>
        <translation>Von Hand prüfen</translation>
    </message>
    <message>
        <source>Accepted risk</source>
        <translation>Akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>Affected objects</source>
        <translation>Betroffene Objekte</translation>
    </message>
    <message>
        <source>Affected objects with evidence</source>
        <translation>Betroffene Objekte mit Belegen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Generate fix…</source>
        <translation>Korrektur erzeugen …</translation>
    </message>
    <message>
        <source>Generate fix</source>
        <translation>Korrektur erzeugen</translation>
    </message>
    <message>
        <source>Accept risk…</source>
        <translation>Risiko akzeptieren …</translation>
    </message>
    <message>
        <source>Accept risk</source>
        <translation>Risiko akzeptieren</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Als überprüft markieren</translation>
    </message>
    <message>
        <source>Mark this control reviewed (Ctrl+Return: mark and go to the next)</source>
        <translation>Diese Kontrolle als überprüft markieren (Strg+Eingabe: markieren und zur nächsten)</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Vorherige</translation>
    </message>
    <message>
        <source>Previous control</source>
        <translation>Vorherige Kontrolle</translation>
    </message>
    <message>
        <source>Previous control (Alt+Left)</source>
        <translation>Vorherige Kontrolle (Alt+Links)</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Nächste ›</translation>
    </message>
    <message>
        <source>Next control</source>
        <translation>Nächste Kontrolle</translation>
    </message>
    <message>
        <source>Next control (Alt+Right)</source>
        <translation>Nächste Kontrolle (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft …</translation>
    </message>
    <message>
        <source>No source yet</source>
        <translation>Noch keine Quelle</translation>
    </message>
    <message>
        <source>The checklist walks the five sections of the NSA/CISA Kubernetes Hardening Guide once the %1 objects of %2 are checked.</source>
        <translation>Die Checkliste geht die fünf Abschnitte des Kubernetes Hardening Guide von NSA/CISA durch, sobald die %1 Objekte von %2 geprüft sind.</translation>
    </message>
    <message>
        <source>Open a cluster, manifests or the demo cluster: the checklist then walks the five sections of the NSA/CISA Kubernetes Hardening Guide control by control.</source>
        <translation>Öffnen Sie einen Cluster, Manifeste oder den Demo-Cluster: die Checkliste geht dann die fünf Abschnitte des Kubernetes Hardening Guide von NSA/CISA Kontrolle für Kontrolle durch.</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Überprüft</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht überprüft</translation>
    </message>
    <message>
        <source>%1 of %2 controls reviewed</source>
        <translation>%1 von %2 Kontrollen überprüft</translation>
    </message>
    <message>
        <source>%1: %2 of %3 reviewed; %4 fail, %5 pass, %6 not verifiable, %7 informational, %8 excepted</source>
        <translation>%1: %2 von %3 überprüft; %4 nicht bestanden, %5 bestanden, %6 nicht prüfbar, %7 informativ, %8 ausgenommen</translation>
    </message>
    <message>
        <source>✓ Reviewed</source>
        <translation>✓ Überprüft</translation>
    </message>
    <message>
        <source>Parapet has no generated fix for this control: follow “How to fix”</source>
        <translation>Parapet hat für diese Kontrolle keine erzeugte Korrektur: folgen Sie „So beheben Sie es“</translation>
    </message>
    <message>
        <source>Nothing fails here: there is nothing to fix</source>
        <translation>Hier schlägt nichts fehl: es gibt nichts zu beheben</translation>
    </message>
    <message>
        <source>Preview the fix for %1 (Ctrl+G)</source>
        <translation>Vorschau der Korrektur für %1 (Strg+G)</translation>
    </message>
    <message>
        <source>Write an exception with a reason and an expiry date</source>
        <translation>Eine Ausnahme mit Begründung und Ablaufdatum schreiben</translation>
    </message>
    <message>
        <source>Nothing fails here: there is no risk to accept</source>
        <translation>Hier schlägt nichts fehl: es gibt kein Risiko zu akzeptieren</translation>
    </message>
    <message>
        <source>%1 · control %2 of %3</source>
        <translation>%1 · Kontrolle %2 von %3</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source> — until %1</source>
        <translation> – bis %1</translation>
    </message>
    <message>
        <source> — does not expire</source>
        <translation> – läuft nicht ab</translation>
    </message>
    <message>
        <source>Owned by %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Excepted: %1</source>
        <translation>Ausgenommen: %1</translation>
    </message>
    <message>
        <source>Affected objects (%1)</source>
        <translation>Betroffene Objekte (%1)</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2. &lt;a href=&quot;findings&quot;&gt;See all in Findings&lt;/a&gt;.</source>
        <translation>Die ersten %1 von %2 werden angezeigt. &lt;a href=&quot;findings&quot;&gt;Alle unter Befunde ansehen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No object fails this control.</source>
        <translation>Kein Objekt verletzt diese Kontrolle.</translation>
    </message>
    <message>
        <source>No objects to show: the answer is not visible from this source.</source>
        <translation>Keine Objekte anzuzeigen: die Antwort ist aus dieser Quelle nicht sichtbar.</translation>
    </message>
    <message>
        <source>No objects to show for this control.</source>
        <translation>Für diese Kontrolle gibt es keine Objekte anzuzeigen.</translation>
    </message>
    <message>
        <source>kubescape %1</source>
        <translation>kubescape %1</translation>
    </message>
    <message>
        <source>Same as: %1</source>
        <translation>Entspricht: %1</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 Objekt</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source>Fails on %1 of %2</source>
        <translation>Nicht bestanden: %1 von %2</translation>
    </message>
    <message>
        <source> · %1 pass</source>
        <translation> · %1 bestanden</translation>
    </message>
    <message>
        <source> · %1 excepted</source>
        <translation> · %1 ausgenommen</translation>
    </message>
    <message>
        <source>Passes because %1 excepted · %2 pass</source>
        <translation>Bestanden, weil %1 · %2 bestanden</translation>
    </message>
    <message>
        <source> is</source>
        <translation> ausgenommen ist</translation>
    </message>
    <message>
        <source> are</source>
        <translation> ausgenommen sind</translation>
    </message>
    <message>
        <source>The 1 checked object passes.</source>
        <translation>Das eine geprüfte Objekt hat bestanden.</translation>
    </message>
    <message>
        <source>All %1 checked objects pass.</source>
        <translation>Alle %1 geprüften Objekte haben bestanden.</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>verletzt</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>n/v</source>
        <translation>n. p.</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>excepted</source>
        <translation>ausgenommen</translation>
    </message>
    <message>
        <source>Affected objects (%1) · %2 findings</source>
        <translation>Betroffene Objekte (%1) · %2 Befunde</translation>
    </message>
</context>
<context>
    <name>parapet::ui::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Search views, actions, controls, namespaces and objects</source>
        <translation>Ansichten, Aktionen, Kontrollen, Namespaces und Objekte durchsuchen</translation>
    </message>
    <message>
        <source>Go to a view, control, namespace or object, or run an action…</source>
        <translation>Zu einer Ansicht, Kontrolle, einem Namespace oder Objekt springen oder eine Aktion ausführen …</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter go · Esc close</source>
        <translation>↑↓ wählen · Eingabe öffnen · Esc schließen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Nothing matches “%1” · Esc close</source>
        <translation>Nichts passt zu „%1“ · Esc schließen</translation>
    </message>
</context>
<context>
    <name>parapet::ui::ConnectProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Resource kinds read</source>
        <translation>Gelesene Ressourcenarten</translation>
    </message>
    <message>
        <source>Resource kinds</source>
        <translation>Ressourcenarten</translation>
    </message>
    <message>
        <source>Resource kind</source>
        <translation>Ressourcenart</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Stop reading the cluster (Esc)</source>
        <translation>Das Lesen des Clusters beenden (Esc)</translation>
    </message>
    <message>
        <source>Cancelling: the open requests are being stopped…</source>
        <translation>Wird abgebrochen: die offenen Anfragen werden gestoppt …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Asking the API server for its version and the resource kinds it serves, then listing %1 kinds in parallel. Secrets are read as metadata only, never their values.</source>
        <translation>Der API-Server wird nach seiner Version und den bereitgestellten Ressourcenarten gefragt, dann werden %1 Arten parallel aufgelistet. Secrets werden nur als Metadaten gelesen, nie ihre Werte.</translation>
    </message>
    <message>
        <source>%1 objects so far from %2 of %3 kinds · %4 s</source>
        <translation>Bisher %1 Objekte aus %2 von %3 Arten · %4 s</translation>
    </message>
</context>
<context>
    <name>parapet::ui::DetailsPane</name>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select an object, a finding or a problem in a view to see its evidence here: source, labels and YAML, or the failed control and how to fix it.</source>
        <translation>Wählen Sie in einer Ansicht ein Objekt, einen Befund oder ein Problem aus, um hier die Belege zu sehen: Quelle, Labels und YAML oder die nicht bestandene Kontrolle und wie man sie behebt.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotationen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>No labels: selectors of Services, NetworkPolicies and PodDisruptionBudgets cannot pick this object.</source>
        <translation>Keine Labels: Selektoren von Services, NetworkPolicies und PodDisruptionBudgets können dieses Objekt nicht auswählen.</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the YAML to the clipboard</source>
        <translation>YAML in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>cluster-scoped</source>
        <translation>clusterweit</translation>
    </message>
    <message>
        <source>namespace not written; defaulted to “%1”</source>
        <translation>Namespace nicht angegeben; Standardwert „%1“</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>UID %1</translation>
    </message>
    <message>
        <source>read from the cluster</source>
        <translation>aus dem Cluster gelesen</translation>
    </message>
    <message>
        <source>%1 (%2 before the source was read)</source>
        <translation>%1 (%2 vor dem Einlesen der Quelle)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (in the YAML below)</source>
        <translation>%1 (im YAML unten)</translation>
    </message>
    <message>
        <source>Show objects with the label %1</source>
        <translation>Objekte mit dem Label %1 anzeigen</translation>
    </message>
    <message>
        <source>Secret values are never loaded: only metadata is shown.</source>
        <translation>Werte von Secrets werden nie geladen: nur Metadaten werden angezeigt.</translation>
    </message>
    <message>
        <source>Highlighting is off for objects this large.</source>
        <translation>Bei so großen Objekten ist die Hervorhebung aus.</translation>
    </message>
    <message>
        <source>Comments and the original quoting are not kept; the source file has them.</source>
        <translation>Kommentare und die ursprünglichen Anführungszeichen bleiben nicht erhalten; die Quelldatei enthält sie.</translation>
    </message>
    <message>
        <source>The object was kept. Check the place above; after a fix, reload with F5.</source>
        <translation>Das Objekt wurde behalten. Prüfen Sie die Stelle oben; laden Sie nach einer Korrektur mit F5 neu.</translation>
    </message>
    <message>
        <source>Nothing was read from this input. Check that the path exists and is a readable YAML, JSON or snapshot file, then reload with F5.</source>
        <translation>Aus dieser Eingabe wurde nichts gelesen. Prüfen Sie, dass der Pfad existiert und eine lesbare YAML-, JSON- oder Snapshot-Datei ist, und laden Sie dann mit F5 neu.</translation>
    </message>
    <message>
        <source>This document was skipped; everything else was loaded. Open the file at the line above, fix the document, then reload with F5.</source>
        <translation>Dieses Dokument wurde übersprungen; alles andere wurde geladen. Öffnen Sie die Datei an der Zeile oben, korrigieren Sie das Dokument und laden Sie dann mit F5 neu.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (owned by %2)</source>
        <translation>%1 (gehört zu %2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Accepted risk: %1</source>
        <translation>Akzeptiertes Risiko: %1</translation>
    </message>
</context>
<context>
    <name>parapet::ui::DiagnosticsModel</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>parapet::ui::FindingsModel</name>
    <message>
        <source>Accepted risk: %1</source>
        <translation>Akzeptiertes Risiko: %1</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>parapet::ui::FindingsView</name>
    <message>
        <source>Filter by control, object, field, message or file   (Ctrl+F)</source>
        <translation>Nach Kontrolle, Objekt, Feld, Meldung oder Datei filtern   (Strg+F)</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft …</translation>
    </message>
    <message>
        <source>Findings show up here once a source is loaded and checked against the %1 controls of the NSA/CISA Kubernetes Hardening Guide.</source>
        <translation>Befunde erscheinen hier, sobald eine Quelle geladen und gegen die %1 Kontrollen des Kubernetes Hardening Guide von NSA/CISA geprüft ist.</translation>
    </message>
    <message>
        <source>Checking %1 objects of %2 against the %3 controls of the NSA/CISA Kubernetes Hardening Guide.</source>
        <translation>%1 Objekte von %2 werden gegen die %3 Kontrollen des Kubernetes Hardening Guide von NSA/CISA geprüft.</translation>
    </message>
    <message>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <source>No object of %1 fails a control that can be checked from here. Findings show up when, for example, a container runs privileged or as root, a namespace has no NetworkPolicy, or a role grants wildcard access. Controls that need the live cluster or its nodes are listed as not verifiable, with the manual check.</source>
        <translation>Kein Objekt von %1 verletzt eine Kontrolle, die von hier prüfbar ist. Befunde erscheinen zum Beispiel, wenn ein Container privilegiert oder als root läuft, ein Namespace keine NetworkPolicy hat oder eine Rolle Wildcard-Zugriff gewährt. Kontrollen, die den Live-Cluster oder seine Nodes brauchen, sind als nicht prüfbar aufgeführt, mit der manuellen Prüfung.</translation>
    </message>
    <message>
        <source>No findings match</source>
        <translation>Keine passenden Befunde</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Schweregrad-Filter</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Section filter</source>
        <translation>Abschnittsfilter</translation>
    </message>
    <message>
        <source>Only findings of this section of the guide</source>
        <translation>Nur Befunde dieses Abschnitts des Guides</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>Alle Abschnitte</translation>
    </message>
    <message>
        <source>Namespace filter</source>
        <translation>Namespace-Filter</translation>
    </message>
    <message>
        <source>Only findings on objects of this namespace</source>
        <translation>Nur Befunde zu Objekten dieses Namespace</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Kind-Filter</translation>
    </message>
    <message>
        <source>Only findings on objects of this kind</source>
        <translation>Nur Befunde zu Objekten dieses Kinds</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the findings shown as CSV or JSON (Ctrl+E)</source>
        <translation>Die angezeigten Befunde als CSV oder JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Kinds</translation>
    </message>
    <message>
        <source>(cluster-scoped)</source>
        <translation>(clusterweit)</translation>
    </message>
    <message>
        <source>%1 findings are hidden by the filter and the severity, section, namespace and kind choices.</source>
        <translation>%1 Befunde sind durch den Filter und die Auswahl von Schweregrad, Abschnitt, Namespace und Kind ausgeblendet.</translation>
    </message>
    <message>
        <source>Generate fix…</source>
        <translation>Korrektur erzeugen …</translation>
    </message>
    <message>
        <source>Generate fix</source>
        <translation>Korrektur erzeugen</translation>
    </message>
    <message>
        <source>Select a finding to preview its fix</source>
        <translation>Wählen Sie einen Befund, um seine Korrektur anzusehen</translation>
    </message>
    <message>
        <source>Parapet has no generated fix for %1: see “How to fix” in the details</source>
        <translation>Parapet erzeugt keine Korrektur für %1: siehe „So beheben Sie es“ in den Details</translation>
    </message>
    <message>
        <source>This finding is an accepted risk</source>
        <translation>Dieser Befund ist ein akzeptiertes Risiko</translation>
    </message>
    <message>
        <source>Preview the fix for %1 (Ctrl+G)</source>
        <translation>Vorschau der Korrektur für %1 (Strg+G)</translation>
    </message>
</context>
<context>
    <name>parapet::ui::FixPreviewDialog</name>
    <message>
        <source>Fix for %1</source>
        <translation>Korrektur für %1</translation>
    </message>
    <message>
        <source>Fix preview</source>
        <translation>Korrekturvorschau</translation>
    </message>
    <message>
        <source>Warnings: what to verify before applying</source>
        <translation>Warnungen: was vor dem Anwenden zu prüfen ist</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Teile</translation>
    </message>
    <message>
        <source>Parts of the fix</source>
        <translation>Teile der Korrektur</translation>
    </message>
    <message>
        <source>Generated manifests, patch and diff</source>
        <translation>Erzeugte Manifeste, Patch und Diff</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the text of the current tab to the clipboard</source>
        <translation>Den Text des aktuellen Tabs in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Save the manifests to a YAML file (Ctrl+S)</source>
        <translation>Die Manifeste in eine YAML-Datei speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Add to fix set</source>
        <translation>Zum Korrekturpaket hinzufügen</translation>
    </message>
    <message>
        <source>Collect this fix; the Fix set view exports all of them as a kustomize overlay or YAML</source>
        <translation>Diese Korrektur sammeln; die Ansicht Korrekturpaket exportiert alle als kustomize-Overlay oder YAML</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The checks have not run yet.</source>
        <translation>Die Prüfungen sind noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>No fix can be generated for %1 with the parts chosen.</source>
        <translation>Mit den gewählten Teilen lässt sich für %1 keine Korrektur erzeugen.</translation>
    </message>
    <message>
        <source>Fixes %1</source>
        <translation>Behebt %1</translation>
    </message>
    <message>
        <source>No fix for %1</source>
        <translation>Keine Korrektur für %1</translation>
    </message>
    <message>
        <source>Review the manifests below; apply them with kubectl apply or commit them.</source>
        <translation>Prüfen Sie die Manifeste unten; wenden Sie sie mit kubectl apply an oder committen Sie sie.</translation>
    </message>
    <message>
        <source>Fixes %1. Review the manifests below; apply them with kubectl apply or commit them to Git.</source>
        <translation>Behebt %1. Prüfen Sie die Manifeste unten; wenden Sie sie mit kubectl apply an oder committen Sie sie in Git.</translation>
    </message>
    <message>
        <source>Verify before applying</source>
        <translation>Vor dem Anwenden prüfen</translation>
    </message>
    <message>
        <source>%1 %2 (new)</source>
        <translation>%1 %2 (neu)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>Patch</translation>
    </message>
    <message>
        <source>Diff against the current object</source>
        <translation>Diff gegen das aktuelle Objekt</translation>
    </message>
    <message>
        <source>No diff: the fix creates new objects only, or the object was not read from a file that can be read again.</source>
        <translation>Kein Diff: die Korrektur legt nur neue Objekte an, oder das Objekt wurde nicht aus einer erneut lesbaren Datei gelesen.</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Changes against the object as it was loaded</source>
        <translation>Änderungen gegenüber dem Objekt, wie es geladen wurde</translation>
    </message>
    <message>
        <source>%1 manifests</source>
        <translation>%1 Manifeste</translation>
    </message>
    <message>
        <source>Copied “%1” to the clipboard</source>
        <translation>„%1“ in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Save the fix</source>
        <translation>Korrektur speichern</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Replaced the fix for %1 in the fix set (%2 fixes)</source>
        <translation>Die Korrektur für %1 im Korrekturpaket ersetzt (%2 Korrekturen)</translation>
    </message>
    <message>
        <source>Added to the fix set (%1 fixes)</source>
        <translation>Zum Korrekturpaket hinzugefügt (%1 Korrekturen)</translation>
    </message>
    <message>
        <source>1 manifest</source>
        <translation>1 Manifest</translation>
    </message>
    <message>
        <source> · diff +%1 −%2</source>
        <translation> · Diff +%1 −%2</translation>
    </message>
</context>
<context>
    <name>parapet::ui::FixSetModel</name>
    <message>
        <source>Hardened workload</source>
        <translation>Gehärteter Workload</translation>
    </message>
    <message>
        <source>Namespace guard rails</source>
        <translation>Leitplanken für den Namespace</translation>
    </message>
    <message>
        <source>Block cloud metadata</source>
        <translation>Cloud-Metadaten sperren</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
</context>
<context>
    <name>parapet::ui::FixSetView</name>
    <message>
        <source>Preview…</source>
        <translation>Vorschau …</translation>
    </message>
    <message>
        <source>Show the manifests, patch and diff of the selected fix</source>
        <translation>Manifeste, Patch und Diff der ausgewählten Korrektur anzeigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected fix from the set (Delete)</source>
        <translation>Die ausgewählte Korrektur aus dem Paket entfernen (Entf)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Kustomize overlay (folder)</source>
        <translation>Kustomize-Overlay (Ordner)</translation>
    </message>
    <message>
        <source>YAML files (folder)</source>
        <translation>YAML-Dateien (Ordner)</translation>
    </message>
    <message>
        <source>kubectl patches (folder)</source>
        <translation>kubectl-Patches (Ordner)</translation>
    </message>
    <message>
        <source>One YAML file</source>
        <translation>Eine YAML-Datei</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Collected fixes</source>
        <translation>Gesammelte Korrekturen</translation>
    </message>
    <message>
        <source>No fixes collected yet</source>
        <translation>Noch keine Korrekturen gesammelt</translation>
    </message>
    <message>
        <source>Walk the Checklist: on a failing control, choose Generate fix, review the manifests and the diff, then Add to fix set. The fix set exports as a kustomize overlay that kubectl kustomize builds, or as plain YAML.</source>
        <translation>Gehen Sie die Checkliste durch: wählen Sie bei einer nicht bestandenen Kontrolle „Korrektur erzeugen“, prüfen Sie Manifeste und Diff und wählen Sie dann „Zum Korrekturpaket hinzufügen“. Das Korrekturpaket wird als kustomize-Overlay exportiert, das kubectl kustomize baut, oder als einfaches YAML.</translation>
    </message>
    <message>
        <source>Open the checklist</source>
        <translation>Checkliste öffnen</translation>
    </message>
    <message>
        <source>No fixes</source>
        <translation>Keine Korrekturen</translation>
    </message>
    <message>
        <source>Not exported.</source>
        <translation>Nicht exportiert.</translation>
    </message>
    <message>
        <source>The fix set is empty.</source>
        <translation>Das Korrekturpaket ist leer.</translation>
    </message>
    <message>
        <source>%1 holds key material and is written only as its own file (mode 0600): export as a folder instead.</source>
        <translation>%1 enthält Schlüsselmaterial und wird nur als eigene Datei geschrieben (Modus 0600): exportieren Sie stattdessen als Ordner.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Check it with &lt;code&gt;kubectl kustomize %1&lt;/code&gt;, apply it with &lt;code&gt;kubectl apply -k %1&lt;/code&gt;.</source>
        <translation>Prüfen Sie es mit &lt;code&gt;kubectl kustomize %1&lt;/code&gt; und wenden Sie es mit &lt;code&gt;kubectl apply -k %1&lt;/code&gt; an.</translation>
    </message>
    <message>
        <source>Export the fix set</source>
        <translation>Korrekturpaket exportieren</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Export the fix set to a folder (an empty or new one)</source>
        <translation>Das Korrekturpaket in einen Ordner exportieren (leer oder neu)</translation>
    </message>
    <message>
        <source>Folder not empty</source>
        <translation>Ordner nicht leer</translation>
    </message>
    <message>
        <source>%1 is not empty. Write the fix set into it anyway? Only the files of the set are written; nothing else is touched.</source>
        <translation>%1 ist nicht leer. Das Korrekturpaket trotzdem hineinschreiben? Nur die Dateien des Pakets werden geschrieben; sonst wird nichts angefasst.</translation>
    </message>
    <message>
        <source>1 fix</source>
        <translation>1 Korrektur</translation>
    </message>
    <message>
        <source>%1 fixes</source>
        <translation>%1 Korrekturen</translation>
    </message>
    <message>
        <source>1 control</source>
        <translation>1 Kontrolle</translation>
    </message>
    <message>
        <source>%1 controls</source>
        <translation>%1 Kontrollen</translation>
    </message>
    <message>
        <source>1 warning to verify</source>
        <translation>1 Warnung zu prüfen</translation>
    </message>
    <message>
        <source>%1 warnings to verify</source>
        <translation>%1 Warnungen zu prüfen</translation>
    </message>
    <message>
        <source>Wrote 1 file to %1</source>
        <translation>1 Datei nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1 files to %2</source>
        <translation>%1 Dateien nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Write the fix set in the chosen format</source>
        <translation>Das Korrekturpaket im gewählten Format schreiben</translation>
    </message>
</context>
<context>
    <name>parapet::ui::Format</name>
    <message>
        <source>Kubernetes version unknown</source>
        <translation>Kubernetes-Version unbekannt</translation>
    </message>
    <message>
        <source>Kubernetes %1</source>
        <translation>Kubernetes %1</translation>
    </message>
</context>
<context>
    <name>parapet::ui::GraphCanvas</name>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
</context>
<context>
    <name>parapet::ui::GraphGroupItem</name>
    <message>
        <source>Namespace &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Namespace &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>parapet::ui::GraphNodeItem</name>
    <message>
        <source>&lt;i&gt;Double-click to expand&lt;/i&gt;</source>
        <translation>&lt;i&gt;Doppelklick zum Aufklappen&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>parapet::ui::GraphView</name>
    <message>
        <source>Search the graph</source>
        <translation>Graph durchsuchen</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph in the window (F)</source>
        <translation>Den Graphen ins Fenster einpassen (F)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export the graph as SVG or PNG</source>
        <translation>Den Graphen als SVG oder PNG exportieren</translation>
    </message>
    <message>
        <source>Nothing to draw yet</source>
        <translation>Noch nichts zu zeichnen</translation>
    </message>
    <message>
        <source>Open a cluster, manifests or the demo.</source>
        <translation>Öffnen Sie einen Cluster, Manifeste oder die Demo.</translation>
    </message>
    <message>
        <source>Nothing to draw</source>
        <translation>Nichts zu zeichnen</translation>
    </message>
    <message>
        <source>This graph is empty.</source>
        <translation>Dieser Graph ist leer.</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse</source>
        <translation>Zuklappen</translation>
    </message>
    <message>
        <source>Draw every node (%1); the layout may take a while</source>
        <translation>Jeden Knoten zeichnen (%1); das Layout kann eine Weile dauern</translation>
    </message>
    <message>
        <source>Collapse namespaces to one node each</source>
        <translation>Namespaces zu je einem Knoten zuklappen</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n node(s) with %1…</source>
        <translation>
            <numerusform>Layout eines Knotens mit %1 …</numerusform>
            <numerusform>Layout von %n Knoten mit %1 …</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>Layout des Graphen wird berechnet …</translation>
    </message>
    <message>
        <source>&lt;b&gt;The layout took too long&lt;/b&gt; (%1). Showing a simple grouped layout instead: filter the graph, or collapse namespaces, for a full layout.</source>
        <translation>&lt;b&gt;Das Layout hat zu lange gedauert&lt;/b&gt; (%1). Stattdessen wird ein einfaches gruppiertes Layout gezeigt: filtern Sie den Graphen oder klappen Sie Namespaces zu, um ein vollständiges Layout zu erhalten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Graphviz could not lay out this graph&lt;/b&gt; (%1). Showing a simple grouped layout instead.</source>
        <translation>&lt;b&gt;Graphviz konnte diesen Graphen nicht anordnen&lt;/b&gt; (%1). Stattdessen wird ein einfaches gruppiertes Layout gezeigt.</translation>
    </message>
    <message>
        <source>namespaces collapsed: double-click one to expand</source>
        <translation>Namespaces zugeklappt: Doppelklick klappt einen auf</translation>
    </message>
    <message>
        <source>laid out by %1 in %2 ms</source>
        <translation>angeordnet von %1 in %2 ms</translation>
    </message>
    <message>
        <source>there is no graph to export</source>
        <translation>es gibt keinen Graphen zum Exportieren</translation>
    </message>
    <message>
        <source>Exported from Parapet</source>
        <translation>Aus Parapet exportiert</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>The graph could not be exported: %1.
Choose another folder or file name.</source>
        <translation>Der Graph konnte nicht exportiert werden: %1.
Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Nodes: %1, edges: %2, with Graphviz %3 in the background.</source>
        <translation>Knoten: %1, Kanten: %2, mit Graphviz %3 im Hintergrund.</translation>
    </message>
    <message>
        <source>Nodes: %1 · edges: %2 · %3</source>
        <translation>Knoten: %1 · Kanten: %2 · %3</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 gefunden</translation>
    </message>
</context>
<context>
    <name>parapet::ui::InventoryFilterModel</name>
    <message>
        <source>unknown kind “%1”</source>
        <translation>unbekannte Art „%1“</translation>
    </message>
    <message>
        <source>label selector “%1”: %2</source>
        <translation>Label-Selektor „%1“: %2</translation>
    </message>
</context>
<context>
    <name>parapet::ui::InventoryModel</name>
    <message>
        <source>Cluster-scoped: %1 objects live outside namespaces</source>
        <translation>Clusterweit: %1 Objekte liegen außerhalb von Namespaces</translation>
    </message>
    <message>
        <source>Not written in the manifest: set to “%1” at load, as kubectl apply -n would</source>
        <translation>Nicht im Manifest angegeben: beim Laden auf „%1“ gesetzt, wie es kubectl apply -n täte</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
</context>
<context>
    <name>parapet::ui::InventoryView</name>
    <message>
        <source>Filter: cart, kind:deploy, ns:shop, l:app=web  (Ctrl+F)</source>
        <translation>Filter: cart, kind:deploy, ns:shop, l:app=web  (Strg+F)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every word must match:&lt;/p&gt;&lt;p&gt;&lt;code&gt;cart&lt;/code&gt; text in kind, namespace or name; &lt;code&gt;shop/cart&lt;/code&gt; namespace and name&lt;br&gt;&lt;code&gt;kind:deploy,sts&lt;/code&gt; kinds by kubectl names&lt;br&gt;&lt;code&gt;ns:shop&lt;/code&gt;, &lt;code&gt;ns:kube-*&lt;/code&gt; namespaces&lt;br&gt;&lt;code&gt;l:app=web&lt;/code&gt;, &lt;code&gt;l:&quot;env in (prod,dev)&quot;&lt;/code&gt; label selectors&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jedes Wort muss passen:&lt;/p&gt;&lt;p&gt;&lt;code&gt;cart&lt;/code&gt; Text in Kind, Namespace oder Name; &lt;code&gt;shop/cart&lt;/code&gt; Namespace und Name&lt;br&gt;&lt;code&gt;kind:deploy,sts&lt;/code&gt; Kinds nach kubectl-Namen&lt;br&gt;&lt;code&gt;ns:shop&lt;/code&gt;, &lt;code&gt;ns:kube-*&lt;/code&gt; Namespaces&lt;br&gt;&lt;code&gt;l:app=web&lt;/code&gt;, &lt;code&gt;l:&quot;env in (prod,dev)&quot;&lt;/code&gt; Label-Selektoren&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Only objects of this namespace</source>
        <translation>Nur Objekte dieses Namespace</translation>
    </message>
    <message>
        <source>Only objects of this kind</source>
        <translation>Nur Objekte dieses Kinds</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>Alle Namespaces</translation>
    </message>
    <message>
        <source>Cluster-scoped (%1)</source>
        <translation>Clusterweit (%1)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Kinds</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source>%1 of %2 objects</source>
        <translation>%1 von %2 Objekten</translation>
    </message>
    <message>
        <source>Nothing could be loaded</source>
        <translation>Nichts konnte geladen werden</translation>
    </message>
    <message>
        <source>Every input of %1 was skipped. Problems lists what went wrong and where.</source>
        <translation>Jede Eingabe von %1 wurde übersprungen. Probleme listet auf, was wo schiefging.</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <source>No Kubernetes objects</source>
        <translation>Keine Kubernetes-Objekte</translation>
    </message>
    <message>
        <source>Parapet reads *.yaml, *.yml and *.json files, also in subfolders: multi-document YAML, kind: List, JSON streams, Helm and kustomize output, and Parapet snapshots. Hidden files and folders are skipped.</source>
        <translation>Parapet liest *.yaml-, *.yml- und *.json-Dateien, auch in Unterordnern: YAML mit mehreren Dokumenten, kind: List, JSON-Streams, Helm- und kustomize-Ausgaben sowie Parapet-Snapshots. Versteckte Dateien und Ordner werden übersprungen.</translation>
    </message>
    <message>
        <source>No objects match</source>
        <translation>Keine passenden Objekte</translation>
    </message>
    <message>
        <source>None of the %1 objects passes the filter. Filters combine: every word and both lists must match.</source>
        <translation>Keines der %1 Objekte passt zum Filter. Filter werden kombiniert: jedes Wort und beide Listen müssen passen.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Save the rows shown as CSV or JSON (Ctrl+E)</source>
        <translation>Die angezeigten Zeilen als CSV oder JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Namespace filter</source>
        <translation>Namespace-Filter</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Kind-Filter</translation>
    </message>
    <message>
        <source>Filter objects</source>
        <translation>Objekte filtern</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
</context>
<context>
    <name>parapet::ui::KindProgress</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>wird abgerufen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>unauthorized</source>
        <translation>nicht autorisiert</translation>
    </message>
    <message>
        <source>not served</source>
        <translation>nicht bereitgestellt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>parapet::ui::Launcher</name>
    <message>
        <source>no object “%1” in this source</source>
        <translation>kein Objekt „%1“ in dieser Quelle</translation>
    </message>
    <message>
        <source>the window could not be drawn</source>
        <translation>das Fenster konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>cannot write the screenshot to %1: %2</source>
        <translation>der Screenshot kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing to take a screenshot of: %1</source>
        <translation>nichts für einen Screenshot vorhanden: %1</translation>
    </message>
</context>
<context>
    <name>parapet::ui::LoadRequest</name>
    <message>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message>
        <source>current context</source>
        <translation>aktueller Kontext</translation>
    </message>
    <message>
        <source>%1 (namespace %2)</source>
        <translation>%1 (Namespace %2)</translation>
    </message>
    <message>
        <source> +%1 more</source>
        <translation> +%1 weitere</translation>
    </message>
</context>
<context>
    <name>parapet::ui::MainWindow</name>
    <message>
        <source>Parapet</source>
        <translation>Parapet</translation>
    </message>
    <message>
        <source>Open files…</source>
        <translation>Dateien öffnen …</translation>
    </message>
    <message>
        <source>Open manifest or snapshot files (Ctrl+O)</source>
        <translation>Manifest- oder Snapshot-Dateien öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open the demo cluster</source>
        <translation>Demo-Cluster öffnen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Hide details (Ctrl+Shift+D)</source>
        <translation>Details ausblenden (Strg+Umschalt+D)</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source>%1 namespaces</source>
        <translation>%1 Namespaces</translation>
    </message>
    <message>
        <source>1 load problem</source>
        <translation>1 Ladeproblem</translation>
    </message>
    <message>
        <source>%1 load problems</source>
        <translation>%1 Ladeprobleme</translation>
    </message>
    <message>
        <source>Read %1 in %2 ms</source>
        <translation>%1 in %2 ms gelesen</translation>
    </message>
    <message>
        <source>%1 — Parapet</source>
        <translation>%1 – Parapet</translation>
    </message>
    <message>
        <source>Checking %1 objects…</source>
        <translation>%1 Objekte werden geprüft …</translation>
    </message>
    <message>
        <source>Open a folder of manifests</source>
        <translation>Einen Ordner mit Manifesten öffnen</translation>
    </message>
    <message>
        <source>Open manifests or snapshots</source>
        <translation>Manifeste oder Snapshots öffnen</translation>
    </message>
    <message>
        <source>Manifests and snapshots (*.yaml *.yml *.json *.pps);;All files (*)</source>
        <translation>Manifeste und Snapshots (*.yaml *.yml *.json *.pps);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open snapshot…</source>
        <translation>Snapshot öffnen …</translation>
    </message>
    <message>
        <source>Start screen: connect or open…</source>
        <translation>Startbildschirm: verbinden oder öffnen …</translation>
    </message>
    <message>
        <source>Save snapshot…</source>
        <translation>Snapshot speichern …</translation>
    </message>
    <message>
        <source>Save what is loaded to one file, to review it later or elsewhere (Ctrl+S); Secrets are saved as metadata only</source>
        <translation>Das Geladene in eine Datei speichern, um es später oder anderswo zu prüfen (Strg+S); Secrets werden nur als Metadaten gespeichert</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren …</translation>
    </message>
    <message>
        <source>Write the audit report as PDF or HTML (Ctrl+Shift+E)</source>
        <translation>Den Audit-Bericht als PDF oder HTML schreiben (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>Export table…</source>
        <translation>Tabelle exportieren …</translation>
    </message>
    <message>
        <source>Save the rows of the current table as CSV or JSON (Ctrl+E)</source>
        <translation>Die Zeilen der aktuellen Tabelle als CSV oder JSON speichern (Strg+E)</translation>
    </message>
    <message>
        <source>Go to…</source>
        <translation>Gehe zu …</translation>
    </message>
    <message>
        <source>Jump to a view, control, namespace or object, or run an action (Ctrl+K)</source>
        <translation>Zu einer Ansicht, Kontrolle, einem Namespace oder Objekt springen oder eine Aktion ausführen (Strg+K)</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the source again; a live cluster is fetched again (F5)</source>
        <translation>Die Quelle erneut einlesen; ein Live-Cluster wird erneut abgerufen (F5)</translation>
    </message>
    <message>
        <source>Search…   Ctrl+K</source>
        <translation>Suchen …   Strg+K</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the report, a snapshot or the current table</source>
        <translation>Den Bericht, einen Snapshot oder die aktuelle Tabelle exportieren</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Connection to %1 cancelled</source>
        <translation>Verbindung zu %1 abgebrochen</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Check that the cluster is reachable and the credentials are valid (kubectl --context %1 get ns should work), then connect again.</source>
        <translation>Prüfen Sie, dass der Cluster erreichbar ist und die Anmeldedaten gültig sind (kubectl --context %1 get ns sollte funktionieren), und verbinden Sie sich dann erneut.</translation>
    </message>
    <message>
        <source>Check the files, then open them again.</source>
        <translation>Prüfen Sie die Dateien und öffnen Sie sie dann erneut.</translation>
    </message>
    <message>
        <source>Open a snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>Parapet snapshots (*.pps);;All files (*)</source>
        <translation>Parapet-Snapshots (*.pps);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>this identity</source>
        <translation>dieser Identität</translation>
    </message>
    <message>
        <source>forbidden for user %1</source>
        <translation>für Benutzer %1 verboten</translation>
    </message>
    <message>
        <source>only some namespaces are listable for user %1</source>
        <translation>für Benutzer %1 sind nur einige Namespaces auflistbar</translation>
    </message>
    <message>
        <source>credentials rejected</source>
        <translation>Anmeldedaten abgelehnt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Partial inventory: 1 resource kind could not be read</source>
        <translation>Unvollständiges Inventar: 1 Ressourcenart konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Partial inventory: %1 resource kinds could not be read</source>
        <translation>Unvollständiges Inventar: %1 Ressourcenarten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>The server was not authenticated</source>
        <translation>Der Server wurde nicht authentifiziert</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Snapshot speichern</translation>
    </message>
    <message>
        <source>Parapet snapshots (*.pps)</source>
        <translation>Parapet-Snapshots (*.pps)</translation>
    </message>
    <message>
        <source>Saving snapshot to %1…</source>
        <translation>Snapshot wird nach %1 gespeichert …</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>Snapshot nach %1 gespeichert</translation>
    </message>
    <message>
        <source>The snapshot was not saved</source>
        <translation>Der Snapshot wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>%1

Choose a folder you can write to, with enough free space.</source>
        <translation>%1

Wählen Sie einen beschreibbaren Ordner mit genug freiem Speicherplatz.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF report (*.pdf);;HTML report (*.html)</source>
        <translation>PDF-Bericht (*.pdf);;HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben …</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Der Bericht wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>%1

Choose a folder you can write to, and close the file if another program has it open.</source>
        <translation>%1

Wählen Sie einen beschreibbaren Ordner und schließen Sie die Datei, falls ein anderes Programm sie geöffnet hat.</translation>
    </message>
    <message>
        <source>This view has no table to export</source>
        <translation>Diese Ansicht hat keine Tabelle zum Exportieren</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Action · %1</source>
        <translation>Aktion · %1</translation>
    </message>
    <message>
        <source>Namespace · %1 objects</source>
        <translation>Namespace · %1 Objekte</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Findings that need what is missing are not shown. Connect with an identity that may list these kinds for a complete review.</source>
        <translation>Befunde, die das Fehlende bräuchten, werden nicht angezeigt. Verbinden Sie sich für eine vollständige Prüfung mit einer Identität, die diese Arten auflisten darf.</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
</context>
<context>
    <name>parapet::ui::NamespaceSummaryModel</name>
    <message>
        <source>no Namespace object</source>
        <translation>kein Namespace-Objekt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>The source has no Namespace object for “%1”, so its Pod Security labels are unknown.</source>
        <translation>Die Quelle hat kein Namespace-Objekt für „%1“, daher sind seine Pod-Security-Labels unbekannt.</translation>
    </message>
    <message>
        <source>pod-security.kubernetes.io/enforce is not set: the cluster default applies (privileged unless configured otherwise).</source>
        <translation>pod-security.kubernetes.io/enforce ist nicht gesetzt: es gilt die Vorgabe des Clusters (privileged, sofern nicht anders konfiguriert).</translation>
    </message>
    <message>
        <source>pod-security.kubernetes.io/enforce: %1</source>
        <translation>pod-security.kubernetes.io/enforce: %1</translation>
    </message>
    <message>
        <source>No NetworkPolicy in this namespace: every pod can reach every other.</source>
        <translation>Keine NetworkPolicy in diesem Namespace: jeder Pod kann jeden anderen erreichen.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Network policies</source>
        <translation>NetworkPolicies</translation>
    </message>
    <message>
        <source>Pod Security (enforce)</source>
        <translation>Pod Security (enforce)</translation>
    </message>
</context>
<context>
    <name>parapet::ui::NamespacesView</name>
    <message>
        <source>, deny-all</source>
        <translation>, alles verweigert</translation>
    </message>
    <message>
        <source>Worst finding: %1 &amp;nbsp;·&amp;nbsp; Badges: NetworkPolicy isolation of the namespace&apos;s pods &amp;nbsp;·&amp;nbsp; dotted: Service or policy selects</source>
        <translation>Schwerster Befund: %1 &amp;nbsp;·&amp;nbsp; Plaketten: NetworkPolicy-Isolation der Pods des Namespace &amp;nbsp;·&amp;nbsp; gepunktet: Service oder Policy wählt aus</translation>
    </message>
    <message>
        <source>Search namespaces, workloads, Services, policies</source>
        <translation>Namespaces, Workloads, Services, Policies durchsuchen</translation>
    </message>
    <message>
        <source>Reading namespaces…</source>
        <translation>Namespaces werden gelesen …</translation>
    </message>
    <message>
        <source>Grouping workloads, Services and policies.</source>
        <translation>Workloads, Services und Policies werden gruppiert.</translation>
    </message>
    <message>
        <source>No namespaced workloads, Services or NetworkPolicies in this source.</source>
        <translation>Keine namespace-gebundenen Workloads, Services oder NetworkPolicies in dieser Quelle.</translation>
    </message>
    <message>
        <source>Findings: %1, worst: %2</source>
        <translation>Befunde: %1, schwerster: %2</translation>
    </message>
</context>
<context>
    <name>parapet::ui::NetworkView</name>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>%1 →</source>
        <translation>%1 →</translation>
    </message>
    <message>
        <source>%1 of %2 workload pairs from %3 to %4 may connect</source>
        <translation>%1 von %2 Workload-Paaren von %3 nach %4 dürfen sich verbinden</translation>
    </message>
    <message>
        <source>from anywhere</source>
        <translation>von überall</translation>
    </message>
    <message>
        <source>to anywhere</source>
        <translation>nach überall</translation>
    </message>
    <message>
        <source>NetworkPolicy &lt;b&gt;%1&lt;/b&gt; %2 (%3; ports: %4)</source>
        <translation>NetworkPolicy &lt;b&gt;%1&lt;/b&gt; %2 (%3; Ports: %4)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Egress at the source</source>
        <translation>Egress an der Quelle</translation>
    </message>
    <message>
        <source>Ingress at the destination</source>
        <translation>Ingress am Ziel</translation>
    </message>
    <message>
        <source>outside the cluster: no NetworkPolicy applies on this side</source>
        <translation>außerhalb des Clusters: auf dieser Seite gilt keine NetworkPolicy</translation>
    </message>
    <message>
        <source>not isolated for egress: no NetworkPolicy selects it with policyType Egress, so every destination is allowed</source>
        <translation>nicht für Egress isoliert: keine NetworkPolicy wählt ihn mit policyType Egress aus, daher ist jedes Ziel erlaubt</translation>
    </message>
    <message>
        <source>not isolated for ingress: no NetworkPolicy selects it with policyType Ingress, so every source is allowed</source>
        <translation>nicht für Ingress isoliert: keine NetworkPolicy wählt ihn mit policyType Ingress aus, daher ist jede Quelle erlaubt</translation>
    </message>
    <message>
        <source>isolated by NetworkPolicy %1</source>
        <translation>isoliert durch NetworkPolicy %1</translation>
    </message>
    <message>
        <source>allowed by %1</source>
        <translation>erlaubt durch %1</translation>
    </message>
    <message>
        <source>denied: no egress rule of these policies matches the destination</source>
        <translation>verweigert: keine Egress-Regel dieser Policies passt auf das Ziel</translation>
    </message>
    <message>
        <source>denied: no ingress rule of these policies matches the source</source>
        <translation>verweigert: keine Ingress-Regel dieser Policies passt auf die Quelle</translation>
    </message>
    <message>
        <source>denied: rules match the peer but not %1:</source>
        <translation>verweigert: Regeln passen auf die Gegenstelle, aber nicht auf %1:</translation>
    </message>
    <message>
        <source>the YAML holds no NetworkPolicy (kind: NetworkPolicy, apiVersion: networking.k8s.io/v1)</source>
        <translation>das YAML enthält keine NetworkPolicy (kind: NetworkPolicy, apiVersion: networking.k8s.io/v1)</translation>
    </message>
    <message>
        <source>Can it reach?</source>
        <translation>Erreichbar?</translation>
    </message>
    <message>
        <source>Apply what-if</source>
        <translation>Was-wäre-wenn anwenden</translation>
    </message>
    <message>
        <source>Export policy…</source>
        <translation>Policy exportieren …</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Policy to edit</source>
        <translation>Zu bearbeitende Policy</translation>
    </message>
    <message>
        <source>NetworkPolicy YAML</source>
        <translation>NetworkPolicy-YAML</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>Was-wäre-wenn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Can A reach B?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erreicht A B?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Source workload</source>
        <translation>Quell-Workload</translation>
    </message>
    <message>
        <source>Destination workload</source>
        <translation>Ziel-Workload</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>Pick two workloads and a port: the answer says which policies allow or deny it, on both sides (egress at the source, ingress at the destination).</source>
        <translation>Wählen Sie zwei Workloads und einen Port: die Antwort nennt die Policies, die es erlauben oder verweigern, auf beiden Seiten (Egress an der Quelle, Ingress am Ziel).</translation>
    </message>
    <message>
        <source>Export NetworkPolicy</source>
        <translation>NetworkPolicy exportieren</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>The policy could not be saved: %1.
Choose another folder or file name.</source>
        <translation>Die Policy konnte nicht gespeichert werden: %1.
Wählen Sie einen anderen Ordner oder Dateinamen.</translation>
    </message>
    <message>
        <source>Computing reachability…</source>
        <translation>Erreichbarkeit wird berechnet …</translation>
    </message>
    <message>
        <source>Evaluating every NetworkPolicy against the workloads.</source>
        <translation>Jede NetworkPolicy wird gegen die Workloads ausgewertet.</translation>
    </message>
    <message>
        <source>No workloads in this source: NetworkPolicies apply to pods.</source>
        <translation>Keine Workloads in dieser Quelle: NetworkPolicies gelten für Pods.</translation>
    </message>
    <message>
        <source>New policy</source>
        <translation>Neue Policy</translation>
    </message>
    <message>
        <source>Cannot answer</source>
        <translation>Keine Antwort möglich</translation>
    </message>
    <message>
        <source>The reachability analysis is still running.</source>
        <translation>Die Erreichbarkeitsanalyse läuft noch.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Neither end is a pod of this source: NetworkPolicies only apply to pods.</source>
        <translation>Keines der beiden Enden ist ein Pod dieser Quelle: NetworkPolicies gelten nur für Pods.</translation>
    </message>
    <message>
        <source>Unknown protocol “%1” (use TCP, UDP or SCTP).</source>
        <translation>Unbekanntes Protokoll „%1“ (TCP, UDP oder SCTP verwenden).</translation>
    </message>
    <message>
        <source>✔ Allowed</source>
        <translation>✔ Erlaubt</translation>
    </message>
    <message>
        <source>✘ Denied</source>
        <translation>✘ Verweigert</translation>
    </message>
    <message>
        <source>? Implementation-defined</source>
        <translation>? Implementierungsabhängig</translation>
    </message>
    <message>
        <source>%1 → %2 on %3</source>
        <translation>%1 → %2 auf %3</translation>
    </message>
    <message>
        <source>%1 of %2 pod groups allowed.</source>
        <translation>%1 von %2 Pod-Gruppen erlaubt.</translation>
    </message>
    <message>
        <source>Recomputing reachability with this policy…</source>
        <translation>Erreichbarkeit wird mit dieser Policy neu berechnet …</translation>
    </message>
    <message>
        <source>the API server would reject %1: %2</source>
        <translation>der API-Server würde %1 ablehnen: %2</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>Nicht anwendbar: %1</translation>
    </message>
    <message>
        <source>＋ appears</source>
        <translation>＋ kommt hinzu</translation>
    </message>
    <message>
        <source>− disappears</source>
        <translation>− fällt weg</translation>
    </message>
    <message>
        <source>± changes</source>
        <translation>± ändert sich</translation>
    </message>
    <message>
        <source>opened %1; closed %2</source>
        <translation>geöffnet %1; geschlossen %2</translation>
    </message>
    <message>
        <source>No connection changes.</source>
        <translation>Keine Änderungen an Verbindungen.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;%2 appear&lt;/span&gt; · &lt;span style=&apos;color:%3&apos;&gt;%4 disappear&lt;/span&gt; · %5 change ports</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;%2 kommen hinzu&lt;/span&gt; · &lt;span style=&apos;color:%3&apos;&gt;%4 fallen weg&lt;/span&gt; · %5 ändern Ports</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>P&amp;olicy:</source>
        <translation>P&amp;olicy:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Edges: connections the NetworkPolicies allow, labelled with ports. &lt;span style=&apos;color:%1&apos;&gt;Red border&lt;/span&gt;: accepts connections from anywhere (not isolated for ingress); “anywhere” stands for every pod and address.</source>
        <translation>Kanten: Verbindungen, die die NetworkPolicies erlauben, beschriftet mit Ports. &lt;span style=&apos;color:%1&apos;&gt;Roter Rand&lt;/span&gt;: nimmt Verbindungen von überall an (nicht für Ingress isoliert); „überall“ steht für jeden Pod und jede Adresse.</translation>
    </message>
</context>
<context>
    <name>parapet::ui::OverviewView</name>
    <message>
        <source>Show problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>Namespaces</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nodes</translation>
    </message>
    <message>
        <source>Pods</source>
        <translation>Pods</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Network policies</source>
        <translation>NetworkPolicies</translation>
    </message>
    <message>
        <source>RBAC objects</source>
        <translation>RBAC-Objekte</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>ServiceAccounts</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>ConfigMaps</source>
        <translation>ConfigMaps</translation>
    </message>
    <message>
        <source>Double-click a namespace to list its objects</source>
        <translation>Doppelklicken Sie auf einen Namespace, um seine Objekte aufzulisten</translation>
    </message>
    <message>
        <source>Show them in Inventory</source>
        <translation>Im Inventar anzeigen</translation>
    </message>
    <message>
        <source>Bundled demo cluster</source>
        <translation>Mitgelieferter Demo-Cluster</translation>
    </message>
    <message>
        <source>Snapshot of %1, captured %2</source>
        <translation>Snapshot von %1, erstellt %2</translation>
    </message>
    <message>
        <source>Live cluster</source>
        <translation>Live-Cluster</translation>
    </message>
    <message>
        <source>Manifests from %1</source>
        <translation>Manifeste aus %1</translation>
    </message>
    <message>
        <source>Manifests from %1 paths</source>
        <translation>Manifeste aus %1 Pfaden</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 Objekte</translation>
    </message>
    <message>
        <source>read in %1 s</source>
        <translation>in %1 s gelesen</translation>
    </message>
    <message>
        <source>%1: nothing was loaded (%2). Open manifest files or a folder from the source menu (Ctrl+O).</source>
        <translation>%1: nichts wurde geladen (%2). Öffnen Sie Manifest-Dateien oder einen Ordner über das Quellenmenü (Strg+O).</translation>
    </message>
    <message>
        <source>%1: %2 inputs or documents were skipped, so these counts are partial.</source>
        <translation>%1: %2 Eingaben oder Dokumente wurden übersprungen, daher sind diese Zahlen unvollständig.</translation>
    </message>
    <message>
        <source>%1 warnings.</source>
        <translation>%1 Warnungen.</translation>
    </message>
    <message>
        <source>%1: %2 objects were kept with a remark (e.g. duplicates).</source>
        <translation>%1: %2 Objekte wurden mit einem Hinweis behalten (z. B. Duplikate).</translation>
    </message>
    <message>
        <source>only cluster-scoped objects</source>
        <translation>nur clusterweite Objekte</translation>
    </message>
    <message>
        <source>%1 declared by a Namespace object</source>
        <translation>%1 durch ein Namespace-Objekt deklariert</translation>
    </message>
    <message>
        <source>not in this source</source>
        <translation>nicht in dieser Quelle</translation>
    </message>
    <message>
        <source>none standalone; workloads carry pod templates</source>
        <translation>keine eigenständigen; Workloads tragen Pod-Templates</translation>
    </message>
    <message>
        <source>standalone Pod objects</source>
        <translation>eigenständige Pod-Objekte</translation>
    </message>
    <message>
        <source>no pod-template owners</source>
        <translation>keine Besitzer mit Pod-Template</translation>
    </message>
    <message>
        <source>every namespace has at least one</source>
        <translation>jeder Namespace hat mindestens eine</translation>
    </message>
    <message>
        <source>%1 of %2 namespaces have none</source>
        <translation>%1 von %2 Namespaces haben keine</translation>
    </message>
    <message>
        <source>metadata only; values are never loaded</source>
        <translation>nur Metadaten; Werte werden nie geladen</translation>
    </message>
    <message>
        <source>Namespaces (%1)</source>
        <translation>Namespaces (%1)</translation>
    </message>
    <message>
        <source>Security score</source>
        <translation>Sicherheitsbewertung</translation>
    </message>
    <message>
        <source>Scores by section</source>
        <translation>Bewertung nach Abschnitt</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Größte Risiken</translation>
    </message>
    <message>
        <source>Not verifiable from here</source>
        <translation>Nicht von hier prüfbar</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft …</translation>
    </message>
    <message>
        <source>Severity weighted</source>
        <translation>Nach Schweregrad gewichtet</translation>
    </message>
    <message>
        <source>%1 controls scored</source>
        <translation>%1 Kontrollen bewertet</translation>
    </message>
    <message>
        <source>%1 not verifiable</source>
        <translation>%1 nicht prüfbar</translation>
    </message>
    <message>
        <source>Compliance (plain mean of the control scores): %1</source>
        <translation>Compliance (einfacher Mittelwert der Kontrollbewertungen): %1</translation>
    </message>
    <message>
        <source>%1 controls scored, %2 not verifiable, %3 informational</source>
        <translation>%1 Kontrollen bewertet, %2 nicht prüfbar, %3 informativ</translation>
    </message>
    <message>
        <source>%1: not scored
%2</source>
        <translation>%1: nicht bewertet
%2</translation>
    </message>
    <message>
        <source>%1: %2 of 100 (severity weighted)
%3</source>
        <translation>%1: %2 von 100 (nach Schweregrad gewichtet)
%3</translation>
    </message>
    <message>
        <source>No open %1 findings</source>
        <translation>Keine offenen Befunde der Stufe %1</translation>
    </message>
    <message>
        <source>Show the %1 findings</source>
        <translation>Befunde der Stufe %1 zeigen</translation>
    </message>
    <message>
        <source>%1 more excepted</source>
        <translation>%1 weitere ausgenommen</translation>
    </message>
    <message>
        <source>%1 excepted</source>
        <translation>%1 ausgenommen</translation>
    </message>
    <message>
        <source>Findings covered by an accepted risk are not counted above</source>
        <translation>Befunde, die ein akzeptiertes Risiko abdeckt, sind oben nicht gezählt</translation>
    </message>
    <message>
        <source>%1 %2
%3 failing, %4 passing, %5 excepted · click to open it in the Checklist</source>
        <translation>%1 %2
%3 nicht bestanden, %4 bestanden, %5 ausgenommen · Klick öffnet die Kontrolle in der Checkliste</translation>
    </message>
    <message>
        <source>1 object</source>
        <translation>1 Objekt</translation>
    </message>
    <message>
        <source>Top risks (%1 of %2 failing controls)</source>
        <translation>Größte Risiken (%1 von %2 nicht bestandenen Kontrollen)</translation>
    </message>
    <message>
        <source>Nothing was loaded, so nothing was checked.</source>
        <translation>Nichts wurde geladen, also wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>No control fails.</source>
        <translation>Keine Kontrolle schlägt fehl.</translation>
    </message>
    <message>
        <source>Check by hand: %1</source>
        <translation>Von Hand prüfen: %1</translation>
    </message>
    <message>
        <source>Not verifiable from here (%1)</source>
        <translation>Nicht von hier prüfbar (%1)</translation>
    </message>
    <message>
        <source>Every control could be decided from this source.</source>
        <translation>Jede Kontrolle ließ sich aus dieser Quelle entscheiden.</translation>
    </message>
    <message>
        <source>Support status unknown for manifests</source>
        <translation>Support-Status bei Manifesten unbekannt</translation>
    </message>
    <message>
        <source>Manifests do not say which Kubernetes version they run on.</source>
        <translation>Manifeste sagen nicht, auf welcher Kubernetes-Version sie laufen.</translation>
    </message>
    <message>
        <source>Support status unknown</source>
        <translation>Support-Status unbekannt</translation>
    </message>
    <message>
        <source>The source does not give the server&apos;s version.</source>
        <translation>Die Quelle nennt die Version des Servers nicht.</translation>
    </message>
    <message>
        <source>%1 is not a Kubernetes 1.x version.</source>
        <translation>%1 ist keine Kubernetes-Version 1.x.</translation>
    </message>
    <message>
        <source>Newer than the release table</source>
        <translation>Neuer als die Release-Tabelle</translation>
    </message>
    <message>
        <source>Parapet&apos;s release table (%1) ends at 1.%2.</source>
        <translation>Parapets Release-Tabelle (%1) endet bei 1.%2.</translation>
    </message>
    <message>
        <source>End of life</source>
        <translation>Support beendet</translation>
    </message>
    <message>
        <source>1.%1 is older than every release in the table (from 1.%2).</source>
        <translation>1.%1 ist älter als jedes Release der Tabelle (ab 1.%2).</translation>
    </message>
    <message>
        <source>1.%1 is not in the release table.</source>
        <translation>1.%1 steht nicht in der Release-Tabelle.</translation>
    </message>
    <message>
        <source>End of life since %1</source>
        <translation>Support beendet seit %1</translation>
    </message>
    <message>
        <source>1.%1 gets no more security fixes; upgrade to a supported release.</source>
        <translation>1.%1 bekommt keine Sicherheitskorrekturen mehr; aktualisieren Sie auf ein unterstütztes Release.</translation>
    </message>
    <message>
        <source>Supported until %1</source>
        <translation>Unterstützt bis %1</translation>
    </message>
    <message>
        <source>Patch 1.%1.%2 is out (this is 1.%1.%3).</source>
        <translation>Patch 1.%1.%2 ist erschienen (dies ist 1.%1.%3).</translation>
    </message>
    <message>
        <source>Judged on %1 against the Kubernetes release table of %2.</source>
        <translation>Beurteilt am %1 anhand der Kubernetes-Release-Tabelle vom %2.</translation>
    </message>
</context>
<context>
    <name>parapet::ui::ProblemsView</name>
    <message>
        <source>Filter by message or file   (Ctrl+F)</source>
        <translation>Nach Meldung oder Datei filtern   (Strg+F)</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>No load problems</source>
        <translation>Keine Ladeprobleme</translation>
    </message>
    <message>
        <source>Every file of %1 was read and every document became an object. Problems show up here when a file cannot be parsed, a document is not a Kubernetes object (no kind, apiVersion or metadata.name), an object is defined twice, or an input is too large or not text.</source>
        <translation>Jede Datei von %1 wurde gelesen und jedes Dokument wurde zu einem Objekt. Probleme erscheinen hier, wenn eine Datei nicht geparst werden kann, ein Dokument kein Kubernetes-Objekt ist (kein kind, keine apiVersion oder kein metadata.name), ein Objekt doppelt definiert ist oder eine Eingabe zu groß oder kein Text ist.</translation>
    </message>
    <message>
        <source>the source</source>
        <translation>die Quelle</translation>
    </message>
    <message>
        <source>No problems match</source>
        <translation>Keine passenden Probleme</translation>
    </message>
    <message>
        <source>%1 problems are hidden by the filter.</source>
        <translation>%1 Probleme sind durch den Filter ausgeblendet.</translation>
    </message>
</context>
<context>
    <name>parapet::ui::RbacView</name>
    <message>
        <source>URLs %1: %2</source>
        <translation>URLs %1: %2</translation>
    </message>
    <message>
        <source>, +%1</source>
        <translation>, +%1</translation>
    </message>
    <message>
        <source>Who can?</source>
        <translation>Wer darf?</translation>
    </message>
    <message>
        <source>Risky subjects</source>
        <translation>Riskante Subjekte</translation>
    </message>
    <message>
        <source>Show the subjects with risky grants and escalation paths</source>
        <translation>Die Subjekte mit riskanten Rechten und Eskalationspfaden anzeigen</translation>
    </message>
    <message>
        <source>Subjects (round) → bindings (pills) → roles (hexagons; cluster roles bold) → permissions. &lt;span style=&apos;color:%1&apos;&gt;━ risky grant&lt;/span&gt; · &lt;span style=&apos;color:%1&apos;&gt;╌ escalation step (numbered)&lt;/span&gt;</source>
        <translation>Subjekte (rund) → Bindings (Pillen) → Rollen (Sechsecke; ClusterRoles fett) → Berechtigungen. &lt;span style=&apos;color:%1&apos;&gt;━ riskantes Recht&lt;/span&gt; · &lt;span style=&apos;color:%1&apos;&gt;╌ Eskalationsschritt (nummeriert)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Filter subjects (user, group, ServiceAccount)</source>
        <translation>Subjekte filtern (Benutzer, Gruppe, ServiceAccount)</translation>
    </message>
    <message>
        <source>Filter subjects</source>
        <translation>Subjekte filtern</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Subjekte</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Verbs</source>
        <translation>Verben</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Gewährt durch</translation>
    </message>
    <message>
        <source>Effective permissions</source>
        <translation>Wirksame Berechtigungen</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>Verb</translation>
    </message>
    <message>
        <source>&amp;Verb:</source>
        <translation>&amp;Verb:</translation>
    </message>
    <message>
        <source>secrets, deployments.apps, pods/exec</source>
        <translation>secrets, deployments.apps, pods/exec</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource:</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>Who can</source>
        <translation>Wer darf</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risiken</translation>
    </message>
    <message>
        <source>Indexing RBAC…</source>
        <translation>RBAC wird indiziert …</translation>
    </message>
    <message>
        <source>Resolving bindings, roles and escalation paths.</source>
        <translation>Bindings, Rollen und Eskalationspfade werden aufgelöst.</translation>
    </message>
    <message>
        <source>any namespace</source>
        <translation>beliebiger Namespace</translation>
    </message>
    <message>
        <source>cluster-wide</source>
        <translation>clusterweit</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <source>Subjects with risky grants or escalation paths</source>
        <translation>Subjekte mit riskanten Rechten oder Eskalationspfaden</translation>
    </message>
    <message>
        <source>No subject holds a risky grant and no escalation path was found. Pick a subject on the right to see what it can do.</source>
        <translation>Kein Subjekt hat ein riskantes Recht und es wurde kein Eskalationspfad gefunden. Wählen Sie rechts ein Subjekt, um zu sehen, was es darf.</translation>
    </message>
    <message>
        <source>RBAC of %1</source>
        <translation>RBAC von %1</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>cluster-admin (full control)</source>
        <translation>cluster-admin (volle Kontrolle)</translation>
    </message>
    <message>
        <source>Risky grant</source>
        <translation>Riskantes Recht</translation>
    </message>
    <message>
        <source>, &lt;span style=&apos;color:%1&apos;&gt;%2 risky&lt;/span&gt;</source>
        <translation>, &lt;span style=&apos;color:%1&apos;&gt;%2 riskant&lt;/span&gt;</translation>
    </message>
    <message>
        <source>What %1 can do</source>
        <translation>Was %1 darf</translation>
    </message>
    <message>
        <source>%1 holds no RBAC permission in this source.</source>
        <translation>%1 hat in dieser Quelle keine RBAC-Berechtigung.</translation>
    </message>
    <message>
        <source>Enter a verb and a resource (e.g. get secrets).</source>
        <translation>Geben Sie ein Verb und eine Ressource ein (z. B. get secrets).</translation>
    </message>
    <message>
        <source>everywhere</source>
        <translation>überall</translation>
    </message>
    <message>
        <source>member of system:masters (bypasses RBAC)</source>
        <translation>Mitglied von system:masters (umgeht RBAC)</translation>
    </message>
    <message>
        <source> (+%1 more)</source>
        <translation> (+%1 weitere)</translation>
    </message>
    <message>
        <source>Pick a subject to see its effective permissions and draw what it holds.</source>
        <translation>Wählen Sie ein Subjekt, um seine wirksamen Berechtigungen zu sehen und zu zeichnen, was es hält.</translation>
    </message>
    <message>
        <source>steps: %1</source>
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 effective rules</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 wirksame Regeln</translation>
    </message>
    <message>
        <source>Subjects that can %1: %2.</source>
        <translation>Subjekte, die %1 dürfen: %2.</translation>
    </message>
</context>
<context>
    <name>parapet::ui::ScoreRing</name>
    <message>
        <source>Overall score</source>
        <translation>Gesamtbewertung</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>Overall score: %1 of 100</source>
        <translation>Gesamtbewertung: %1 von 100</translation>
    </message>
    <message>
        <source>of 100</source>
        <translation>von 100</translation>
    </message>
</context>
<context>
    <name>parapet::ui::SectionBars</name>
    <message>
        <source>Section scores</source>
        <translation>Bewertungen der Abschnitte</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>parapet::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Colour scheme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Follow the system (%1)</source>
        <translation>Dem System folgen (%1)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Changes take effect when Parapet starts next time. --theme on the command line overrides the colour scheme.</source>
        <translation>Änderungen werden beim nächsten Start von Parapet wirksam. --theme auf der Kommandozeile hat Vorrang vor dem Farbschema.</translation>
    </message>
</context>
<context>
    <name>parapet::ui::SeverityChip</name>
    <message>
        <source>%1: not known yet</source>
        <translation>%1: noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1: %2 open findings</source>
        <translation>%1: %2 offene Befunde</translation>
    </message>
</context>
<context>
    <name>parapet::ui::SourceChip</name>
    <message>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message>
        <source>bundled example</source>
        <translation>mitgeliefertes Beispiel</translation>
    </message>
    <message>
        <source>The demo cluster bundled with Parapet</source>
        <translation>Der mit Parapet mitgelieferte Demo-Cluster</translation>
    </message>
    <message>
        <source>snapshot of %1</source>
        <translation>Snapshot von %1</translation>
    </message>
    <message>
        <source>captured %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>manifests</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>-n %1</source>
        <translation>-n %1</translation>
    </message>
    <message>
        <source>load error</source>
        <translation>Ladefehler</translation>
    </message>
    <message>
        <source>load problems</source>
        <translation>Ladeprobleme</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Click to open Problems.</source>
        <translation>Klicken, um Probleme zu öffnen.</translation>
    </message>
    <message>
        <source>TLS not verified</source>
        <translation>TLS nicht geprüft</translation>
    </message>
</context>
<context>
    <name>parapet::ui::StartView</name>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>exec</source>
        <translation>exec</translation>
    </message>
    <message>
        <source>auth provider</source>
        <translation>Auth-Provider</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message>
        <source>%1 (live cluster)</source>
        <translation>%1 (Live-Cluster)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Parapet</source>
        <translation>Parapet</translation>
    </message>
    <message>
        <source>Review a Kubernetes cluster or its manifests along the NSA/CISA Kubernetes Hardening Guide. Pick a source.</source>
        <translation>Prüfen Sie einen Kubernetes-Cluster oder seine Manifeste nach dem Kubernetes Hardening Guide von NSA/CISA. Wählen Sie eine Quelle.</translation>
    </message>
    <message>
        <source>Connect to a cluster</source>
        <translation>Mit einem Cluster verbinden</translation>
    </message>
    <message>
        <source>Use another kubeconfig…</source>
        <translation>Andere kubeconfig verwenden …</translation>
    </message>
    <message>
        <source>Read again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Read the kubeconfig files again</source>
        <translation>Die kubeconfig-Dateien erneut lesen</translation>
    </message>
    <message>
        <source>Kubeconfig contexts</source>
        <translation>Kubeconfig-Kontexte</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>&amp;Namespace:</source>
        <translation>&amp;Namespace:</translation>
    </message>
    <message>
        <source>Namespace to review</source>
        <translation>Zu prüfender Namespace</translation>
    </message>
    <message>
        <source>all namespaces</source>
        <translation>alle Namespaces</translation>
    </message>
    <message>
        <source>Review one namespace only (as -n); empty reviews the whole cluster</source>
        <translation>Nur einen Namespace prüfen (wie -n); leer prüft den ganzen Cluster</translation>
    </message>
    <message>
        <source>Double-click or Enter connects. Parapet only reads (get, list).</source>
        <translation>Doppelklick oder Eingabe verbindet. Parapet liest nur (get, list).</translation>
    </message>
    <message>
        <source>Read the selected context&apos;s cluster (Enter)</source>
        <translation>Den Cluster des ausgewählten Kontexts lesen (Eingabe)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open manifests…</source>
        <translation>Manifeste öffnen …</translation>
    </message>
    <message>
        <source>YAML or JSON manifests, Helm or kustomize output (Ctrl+O)</source>
        <translation>YAML- oder JSON-Manifeste, Helm- oder kustomize-Ausgabe (Strg+O)</translation>
    </message>
    <message>
        <source>Open a folder of manifests…</source>
        <translation>Einen Ordner mit Manifesten öffnen …</translation>
    </message>
    <message>
        <source>Every manifest under a folder, recursively (Ctrl+Shift+O)</source>
        <translation>Alle Manifeste unter einem Ordner, rekursiv (Strg+Umschalt+O)</translation>
    </message>
    <message>
        <source>Open a snapshot…</source>
        <translation>Einen Snapshot öffnen …</translation>
    </message>
    <message>
        <source>A cluster saved earlier with Save snapshot or parapet-cli snapshot</source>
        <translation>Ein Cluster, früher gespeichert mit Snapshot speichern oder parapet-cli snapshot</translation>
    </message>
    <message>
        <source>Open the demo cluster</source>
        <translation>Demo-Cluster öffnen</translation>
    </message>
    <message>
        <source>A bundled example cluster with typical mistakes, to look around</source>
        <translation>Ein mitgelieferter Beispiel-Cluster mit typischen Fehlern, zum Umsehen</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <source>Recent sources</source>
        <translation>Zuletzt verwendete Quellen</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Sources you open appear here, to open them again with one click.</source>
        <translation>Quellen, die Sie öffnen, erscheinen hier und lassen sich mit einem Klick erneut öffnen.</translation>
    </message>
    <message>
        <source>Remove the selected source from this list (Delete)</source>
        <translation>Die ausgewählte Quelle aus dieser Liste entfernen (Entf)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>No kubeconfig found</source>
        <translation>Keine kubeconfig gefunden</translation>
    </message>
    <message>
        <source>Parapet reads the kubeconfig as kubectl does: the files in KUBECONFIG, else %1. None of them exists. Choose a kubeconfig file, or open manifests, a snapshot or the demo cluster below.</source>
        <translation>Parapet liest die kubeconfig wie kubectl: die Dateien in KUBECONFIG, sonst %1. Keine davon existiert. Wählen Sie eine kubeconfig-Datei oder öffnen Sie unten Manifeste, einen Snapshot oder den Demo-Cluster.</translation>
    </message>
    <message>
        <source>The kubeconfig cannot be read</source>
        <translation>Die kubeconfig kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1

Fix the file named above (kubectl config view shows the same error), point KUBECONFIG at another file, or use another kubeconfig. Manifests, snapshots and the demo cluster open without it.</source>
        <translation>%1

Korrigieren Sie die oben genannte Datei (kubectl config view zeigt denselben Fehler), lassen Sie KUBECONFIG auf eine andere Datei zeigen oder verwenden Sie eine andere kubeconfig. Manifeste, Snapshots und der Demo-Cluster öffnen sich auch ohne.</translation>
    </message>
    <message>
        <source>No contexts</source>
        <translation>Keine Kontexte</translation>
    </message>
    <message>
        <source>The contexts show up here once the kubeconfig can be read.</source>
        <translation>Die Kontexte erscheinen hier, sobald die kubeconfig gelesen werden kann.</translation>
    </message>
    <message>
        <source>The kubeconfig has no contexts</source>
        <translation>Die kubeconfig hat keine Kontexte</translation>
    </message>
    <message>
        <source>Add one with kubectl config set-context, or use another kubeconfig.</source>
        <translation>Legen Sie einen mit kubectl config set-context an oder verwenden Sie eine andere kubeconfig.</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>The kubeconfig&apos;s current context (kubectl uses it)</source>
        <translation>Der aktuelle Kontext der kubeconfig (kubectl verwendet ihn)</translation>
    </message>
    <message>
        <source>%1
defined in %2</source>
        <translation>%1
definiert in %2</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>kubeconfig %1</source>
        <translation>kubeconfig %1</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>%1 — not found</source>
        <translation>%1 – nicht gefunden</translation>
    </message>
    <message>
        <source>No longer exists; remove it with Delete.</source>
        <translation>Existiert nicht mehr; mit Entf entfernen.</translation>
    </message>
    <message>
        <source>%1 no longer exists</source>
        <translation>%1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>Not found: %1
It was moved or deleted. Remove it from the recent list (Delete), or open the files where they are now.</source>
        <translation>Nicht gefunden: %1
Es wurde verschoben oder gelöscht. Entfernen Sie es aus der Liste (Entf) oder öffnen Sie die Dateien an ihrem jetzigen Ort.</translation>
    </message>
    <message>
        <source>Use a kubeconfig</source>
        <translation>Eine kubeconfig verwenden</translation>
    </message>
    <message>
        <source>Kubeconfig files (*);;YAML files (*.yaml *.yml)</source>
        <translation>Kubeconfig-Dateien (*);;YAML-Dateien (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>parapet::ui::TableExport</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Choose a folder you can write to.</source>
        <translation>%1

Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
</context>
<context>
    <name>parapet::ui::Theme</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Verstoß</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Not verifiable</source>
        <translation>Nicht prüfbar</translation>
    </message>
    <message>
        <source>Excepted</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
</TS>
