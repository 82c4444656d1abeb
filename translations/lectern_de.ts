<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CertificateText</name>
    <message>
        <source>%1 has a certificate of its own (%2), which no authority on this computer vouches for. Trust it only if your admin gave you this SHA-256 fingerprint:
%3</source>
        <translation>%1 hat ein eigenes Zertifikat (%2), für das keine Zertifizierungsstelle auf diesem Computer bürgt. Vertrauen Sie ihm nur, wenn Ihr Admin Ihnen diesen SHA-256-Fingerabdruck gegeben hat:
%3</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Give the session a title</source>
        <translation>Geben Sie der Sitzung einen Titel</translation>
    </message>
    <message>
        <source>Write the question to ask</source>
        <translation>Schreiben Sie die Frage, die Sie stellen möchten</translation>
    </message>
    <message>
        <source>Choose when it starts</source>
        <translation>Wählen Sie, wann sie beginnt</translation>
    </message>
    <message>
        <source>Choose when it ends</source>
        <translation>Wählen Sie, wann sie endet</translation>
    </message>
    <message>
        <source>This cannot be left empty</source>
        <translation>Dies darf nicht leer bleiben</translation>
    </message>
    <message>
        <source>%1 cannot be left empty</source>
        <translation>%1 darf nicht leer bleiben</translation>
    </message>
    <message>
        <source>This is %1 characters long; at most %2 fit</source>
        <translation>Das sind %1 Zeichen; höchstens %2 passen</translation>
    </message>
    <message>
        <source>This holds a control character, which cannot be stored</source>
        <translation>Dies enthält ein Steuerzeichen, das sich nicht speichern lässt</translation>
    </message>
    <message>
        <source>This is not a web address: it starts with https://</source>
        <translation>Das ist keine Webadresse: sie beginnt mit https://</translation>
    </message>
    <message>
        <source>The meeting link must start with https:// so that it stays private</source>
        <translation>Der Meeting-Link muss mit https:// beginnen, damit er privat bleibt</translation>
    </message>
    <message>
        <source>The end must be after the start</source>
        <translation>Das Ende muss nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>Choose a number from %1 to %2</source>
        <translation>Wählen Sie eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>from %1 to %2 on %3</source>
        <translation>von %1 bis %2 am %3</translation>
    </message>
    <message>
        <source>You already teach &quot;%1&quot; %2</source>
        <translation>Sie unterrichten bereits „%1“ %2</translation>
    </message>
    <message>
        <source>%1 already teaches &quot;%2&quot; %3</source>
        <translation>%1 unterrichtet bereits „%2“ %3</translation>
    </message>
    <message>
        <source>This is not a Zoom link: Zoom links are on zoom.us, like https://us02web.zoom.us/j/12345678901?pwd=...</source>
        <translation>Das ist kein Zoom-Link: Zoom-Links liegen auf zoom.us, etwa https://us02web.zoom.us/j/12345678901?pwd=...</translation>
    </message>
    <message>
        <source>A Zoom meeting link has /j/ and a meeting number of 9 to 11 digits, like https://us02web.zoom.us/j/12345678901</source>
        <translation>Ein Zoom-Meeting-Link enthält /j/ und eine Meeting-Nummer mit 9 bis 11 Ziffern, etwa https://us02web.zoom.us/j/12345678901</translation>
    </message>
    <message>
        <source>This is not a Google Meet link: they look like https://meet.google.com/abc-defg-hij</source>
        <translation>Das ist kein Google-Meet-Link: sie sehen so aus: https://meet.google.com/abc-defg-hij</translation>
    </message>
    <message>
        <source>A Google Meet link ends in the meeting&apos;s code, three letters, four and three, like https://meet.google.com/abc-defg-hij</source>
        <translation>Ein Google-Meet-Link endet mit dem Code des Meetings, drei, vier und drei Buchstaben, etwa https://meet.google.com/abc-defg-hij</translation>
    </message>
    <message>
        <source>This is not a Microsoft Teams link: they are on teams.microsoft.com</source>
        <translation>Das ist kein Microsoft-Teams-Link: sie liegen auf teams.microsoft.com</translation>
    </message>
    <message>
        <source>A Teams meeting link is a meetup-join link (https://teams.microsoft.com/l/meetup-join/...) or https://teams.microsoft.com/meet/&lt;meeting id&gt;?p=&lt;passcode&gt;</source>
        <translation>Ein Teams-Meeting-Link ist ein meetup-join-Link (https://teams.microsoft.com/l/meetup-join/...) oder https://teams.microsoft.com/meet/&lt;Meeting-ID&gt;?p=&lt;Kenncode&gt;</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Problem with %1</source>
        <translation>Problem bei %1</translation>
    </message>
</context>
<context>
    <name>GoLiveCheck</name>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is still live; going live now runs two sessions at once.</source>
        <translation>„%1“ läuft noch; jetzt live zu gehen lässt zwei Sitzungen gleichzeitig laufen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is scheduled for %2, %3 from now; students can join as soon as it is live.</source>
        <translation>„%1“ ist für %2 geplant, in %3; Lernende können beitreten, sobald sie live ist.</translation>
    </message>
    <message>
        <source>Could not check what is live now: %1</source>
        <translation>Es ließ sich nicht prüfen, was gerade live ist: %1</translation>
    </message>
    <message>
        <source>Go live now?</source>
        <translation>Jetzt live gehen?</translation>
    </message>
    <message>
        <source>Go live with &quot;%1&quot; now?</source>
        <translation>Jetzt mit „%1“ live gehen?</translation>
    </message>
    <message>
        <source>&amp;Go live anyway</source>
        <translation>Trotzdem &amp;live gehen</translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a roster or an attendance report may be.</source>
        <translation>%1 ist größer als %2 MB, mehr darf eine Teilnehmerliste oder ein Anwesenheitsbericht nicht sein.</translation>
    </message>
</context>
<context>
    <name>PollState</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Draft: not started</source>
        <translation>Entwurf: nicht gestartet</translation>
    </message>
    <message>
        <source>Open · %1 left</source>
        <translation>Offen · noch %1</translation>
    </message>
    <message>
        <source>Open until you close it</source>
        <translation>Offen, bis Sie sie schließen</translation>
    </message>
    <message>
        <source>Final results · the time ran out at %1</source>
        <translation>Endergebnis · die Zeit lief um %1 ab</translation>
    </message>
    <message>
        <source>Final results · closed at %1</source>
        <translation>Endergebnis · geschlossen um %1</translation>
    </message>
    <message>
        <source>drafted %1</source>
        <translation>entworfen %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestartet %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1
%2 · %3 · votes: %4</source>
        <translation>%1
%2 · %3 · Stimmen: %4</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>Lectern cannot open its database.

%1</source>
        <translation>Lectern kann seine Datenbank nicht öffnen.

%1</translation>
    </message>
    <message>
        <source>The demo class could not be made.

%1</source>
        <translation>Der Demo-Kurs konnte nicht angelegt werden.

%1</translation>
    </message>
    <message>
        <source>Cannot write to %1</source>
        <translation>In %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Changes made by your team will not show until you refresh (F5).

%1</source>
        <translation>Änderungen Ihres Teams erscheinen erst nach dem Aktualisieren (F5).

%1</translation>
    </message>
</context>
<context>
    <name>lectern::ui::AgoraKeysDialog</name>
    <message>
        <source>Agora keys</source>
        <translation>Agora-Schlüssel</translation>
    </message>
    <message>
        <source>32 hexadecimal digits</source>
        <translation>32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>&amp;App-ID:</translation>
    </message>
    <message>
        <source>App &amp;certificate:</source>
        <translation>App-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Forget the keys</source>
        <translation>Schlüssel &amp;vergessen</translation>
    </message>
    <message>
        <source>The Agora keys are saved.</source>
        <translation>Die Agora-Schlüssel sind gespeichert.</translation>
    </message>
    <message>
        <source>The Agora keys are forgotten.</source>
        <translation>Die Agora-Schlüssel sind vergessen.</translation>
    </message>
    <message>
        <source>Agora sessions are joined with tokens signed by your Agora project&apos;s keys (Agora Console ▸ Project ▸ Config). They are kept where your sessions are run from: this computer&apos;s keychain (or a file only you can read), or your Lectern server.</source>
        <translation>Agora-Sitzungen werden mit Tokens betreten, die mit den Schlüsseln Ihres Agora-Projekts signiert sind (Agora Console ▸ Project ▸ Config). Sie liegen dort, wo Ihre Sitzungen betrieben werden: im Schlüsselbund dieses Computers (oder in einer Datei, die nur Sie lesen können) oder auf Ihrem Lectern-Server.</translation>
    </message>
    <message>
        <source>Kept on the server; type a new one to replace it</source>
        <translation>Auf dem Server gespeichert; zum Ersetzen ein neues eingeben</translation>
    </message>
</context>
<context>
    <name>lectern::ui::AttendanceHistoryDialog</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Attendance history</source>
        <translation>Verlauf der Anwesenheit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Changes to attendance</source>
        <translation>Änderungen der Anwesenheit</translation>
    </message>
    <message>
        <source>(account removed)</source>
        <translation>(Konto entfernt)</translation>
    </message>
    <message>
        <source>Report merged</source>
        <translation>Bericht übernommen</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Nobody has changed this session&apos;s attendance: the figures are as measured.</source>
        <translation>Niemand hat die Anwesenheit dieser Sitzung geändert: die Werte sind wie gemessen.</translation>
    </message>
</context>
<context>
    <name>lectern::ui::AttendanceImportDialog</name>
    <message>
        <source>Zoom participants report</source>
        <translation>Zoom-Teilnehmerbericht</translation>
    </message>
    <message>
        <source>Microsoft Teams attendance report</source>
        <translation>Microsoft-Teams-Anwesenheitsbericht</translation>
    </message>
    <message>
        <source>Google Meet attendance report</source>
        <translation>Google-Meet-Anwesenheitsbericht</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Report lines</source>
        <translation>Zeilen im Bericht</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Students in the report</source>
        <translation>Studierende im Bericht</translation>
    </message>
    <message>
        <source>Name in the report</source>
        <translation>Name im Bericht</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Count as</source>
        <translation>Zählen als</translation>
    </message>
    <message>
        <source>Names not matched</source>
        <translation>Nicht zugeordnete Namen</translation>
    </message>
    <message>
        <source>&amp;Skip the bad lines and merge the rest</source>
        <translation>Fehlerhafte Zeilen über&amp;springen und den Rest übernehmen</translation>
    </message>
    <message>
        <source>Import attendance report</source>
        <translation>Anwesenheitsbericht importieren</translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Time zone of the report</source>
        <translation>Zeitzone des Berichts</translation>
    </message>
    <message>
        <source>Reports write local times: the meeting organiser&apos;s time zone</source>
        <translation>Berichte enthalten Ortszeiten: die Zeitzone der Person, die das Meeting organisiert hat</translation>
    </message>
    <message>
        <source>&amp;Merge into attendance</source>
        <translation>In die Anwesenheit &amp;übernehmen</translation>
    </message>
    <message>
        <source>Write the merged attendance; each changed record keeps a history entry</source>
        <translation>Die zusammengeführte Anwesenheit speichern; jeder geänderte Eintrag erhält einen Verlaufseintrag</translation>
    </message>
    <message>
        <source>&amp;Time zone of the report:</source>
        <translation>&amp;Zeitzone des Berichts:</translation>
    </message>
    <message>
        <source>Students the report names</source>
        <translation>Studierende, die der Bericht nennt</translation>
    </message>
    <message>
        <source>Names no enrolled student has (choose whom they are)</source>
        <translation>Namen, die zu keinen eingeschriebenen Studierenden passen (wählen Sie, wer es ist)</translation>
    </message>
    <message>
        <source>Nothing in this file could be read as an attendance report.</source>
        <translation>Nichts in dieser Datei ließ sich als Anwesenheitsbericht lesen.</translation>
    </message>
    <message>
        <source> · verified: status kept</source>
        <translation> · geprüft: Status bleibt</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Count %1 as</source>
        <translation>%1 zählen als</translation>
    </message>
    <message>
        <source>Nobody (leave out)</source>
        <translation>Niemand (auslassen)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Nothing was merged: %1</source>
        <translation>Nichts wurde übernommen: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s (%1)</source>
        <translation>Die dieses Computers (%1)</translation>
    </message>
    <message>
        <source>%1 · students: %2 · names not matched: %3 · lines of the instructor and TAs: %4</source>
        <translation>%1 · Studierende: %2 · nicht zugeordnete Namen: %3 · Zeilen von Lehrenden und Tutoren: %4</translation>
    </message>
</context>
<context>
    <name>lectern::ui::AttendanceTableModel</name>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
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
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>lectern::ui::ChatDelegate</name>
    <message>
        <source>This message was deleted.</source>
        <translation>Diese Nachricht wurde gelöscht.</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Gelöscht: %1</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>♥ %1</source>
        <translation>♥ %1</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>↪ %1</source>
        <translation>↪ %1</translation>
    </message>
</context>
<context>
    <name>lectern::ui::ChatModel</name>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>an earlier message</source>
        <translation>eine frühere Nachricht</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>deleted message</source>
        <translation>gelöschte Nachricht</translation>
    </message>
</context>
<context>
    <name>lectern::ui::ChatPanel</name>
    <message>
        <source>Pinned messages</source>
        <translation>Angeheftete Nachrichten</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Chatnachrichten</translation>
    </message>
    <message>
        <source>Replying to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write to the class… (Enter sends)</source>
        <translation>An alle schreiben… (Enter sendet)</translation>
    </message>
    <message>
        <source>Send the message to everyone in the session (%1)</source>
        <translation>Die Nachricht an alle in der Sitzung senden (%1)</translation>
    </message>
    <message>
        <source>Answer the selected message in the chat</source>
        <translation>Im Chat auf die ausgewählte Nachricht antworten</translation>
    </message>
    <message>
        <source>Like the selected message</source>
        <translation>Die ausgewählte Nachricht mit „Gefällt mir“ markieren</translation>
    </message>
    <message>
        <source>Pin the selected message on top for everyone, or unpin it</source>
        <translation>Die ausgewählte Nachricht für alle oben anheften oder wieder loslösen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lösch&amp;en</translation>
    </message>
    <message>
        <source>Delete the selected message for everyone</source>
        <translation>Die ausgewählte Nachricht für alle löschen</translation>
    </message>
    <message>
        <source>&amp;Ban author</source>
        <translation>&amp;Verfasser ausschließen</translation>
    </message>
    <message>
        <source>Remove the author of the selected message from the session</source>
        <translation>Den Verfasser der ausgewählten Nachricht aus der Sitzung ausschließen</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Pinned · %1: %2</source>
        <translation>Angeheftet · %1: %2</translation>
    </message>
    <message>
        <source>The message was not sent: %1</source>
        <translation>Die Nachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Replying to %1: “%2” (Esc to stop)</source>
        <translation>Antwort an %1: „%2“ (Esc zum Abbrechen)</translation>
    </message>
    <message>
        <source>The message could not be liked: %1</source>
        <translation>„Gefällt mir“ konnte nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>The message could not be pinned: %1</source>
        <translation>Die Nachricht konnte nicht angeheftet werden: %1</translation>
    </message>
    <message>
        <source>The message could not be deleted: %1</source>
        <translation>Die Nachricht konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be banned: %2</source>
        <translation>%1 konnte nicht ausgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>%1 was removed from the session.</source>
        <translation>%1 wurde aus der Sitzung ausgeschlossen.</translation>
    </message>
    <message>
        <source>Repl&amp;y</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <source>Li&amp;ke</source>
        <translation>&amp;Gefällt mir</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>Loslösen</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CourseDashboardModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Besuchte Sitzungen</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Entschuldigt</translation>
    </message>
    <message>
        <source>Time in class</source>
        <translation>Zeit im Unterricht</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
</context>
<context>
    <name>lectern::ui::CurrentPollPanel</name>
    <message>
        <source>Current poll</source>
        <translation>Aktuelle Umfrage</translation>
    </message>
    <message>
        <source>Poll state</source>
        <translation>Umfragestatus</translation>
    </message>
    <message>
        <source>No poll has run yet.</source>
        <translation>Noch keine Umfrage gelaufen.</translation>
    </message>
    <message>
        <source>Prepared polls</source>
        <translation>Vorbereitete Umfragen</translation>
    </message>
    <message>
        <source>Polls drafted on the Polls tab, ready to start</source>
        <translation>Auf dem Reiter Umfragen entworfene Umfragen, bereit zum Start</translation>
    </message>
    <message>
        <source>Open the chosen prepared poll for votes now</source>
        <translation>Die gewählte vorbereitete Umfrage jetzt zur Abstimmung öffnen</translation>
    </message>
    <message>
        <source>Stop the running poll&apos;s voting now</source>
        <translation>Die Abstimmung der laufenden Umfrage jetzt beenden</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Umfrage</translation>
    </message>
    <message>
        <source>Could not read the polls: %1</source>
        <translation>Die Umfragen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No prepared poll: draft one on the Polls tab</source>
        <translation>Keine vorbereitete Umfrage: entwerfen Sie eine auf dem Reiter Umfragen</translation>
    </message>
    <message>
        <source>Could not read the results: %1</source>
        <translation>Die Ergebnisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The poll could not start: %1</source>
        <translation>Die Umfrage konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The poll could not be closed: %1</source>
        <translation>Die Umfrage konnte nicht beendet werden: %1</translation>
    </message>
    <message>
        <source>Start no&amp;w</source>
        <translation>&amp;Jetzt starten</translation>
    </message>
    <message>
        <source>Close poll</source>
        <translation>Umfrage schließen</translation>
    </message>
</context>
<context>
    <name>lectern::ui::JoinCodeDialog</name>
    <message>
        <source>Join from a phone</source>
        <translation>Mit dem Handy teilnehmen</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>This address is too long for a QR code.</source>
        <translation>Diese Adresse ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <source>Participant page address</source>
        <translation>Adresse der Teilnehmerseite</translation>
    </message>
    <message>
        <source>Students point their phone&apos;s camera at the code.</source>
        <translation>Lernende richten die Handykamera auf den Code.</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>lectern::ui::LiveSessionHeader</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>Adresse &amp;kopieren</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Sitzungstitel</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>Elapsed and remaining time</source>
        <translation>Verstrichene und verbleibende Zeit</translation>
    </message>
    <message>
        <source>Seats taken</source>
        <translation>Belegte Plätze</translation>
    </message>
    <message>
        <source>Open the meeting in your browser or the platform&apos;s app</source>
        <translation>Das Meeting im Browser oder in der App der Plattform öffnen</translation>
    </message>
    <message>
        <source>End the class for everyone and write its attendance</source>
        <translation>Den Unterricht für alle beenden und die Anwesenheit erfassen</translation>
    </message>
    <message>
        <source>Participant page address</source>
        <translation>Adresse der Teilnehmerseite</translation>
    </message>
    <message>
        <source>Copy the participant page&apos;s address to paste into the class chat or an email</source>
        <translation>Die Adresse der Teilnehmerseite kopieren, um sie in den Kurs-Chat oder eine E-Mail einzufügen</translation>
    </message>
    <message>
        <source>%1 of %2 seats taken</source>
        <translation>%1 von %2 Plätzen belegt</translation>
    </message>
    <message>
        <source>&amp;Join on %1</source>
        <translation>Über %1 &amp;teilnehmen</translation>
    </message>
    <message>
        <source>Students join at %1</source>
        <translation>Lernende nehmen teil unter %1</translation>
    </message>
    <message>
        <source>Live for %1 · %2 left</source>
        <translation>Seit %1 live · noch %2</translation>
    </message>
    <message>
        <source>Live for %1 · %2 over time</source>
        <translation>Seit %1 live · %2 überzogen</translation>
    </message>
    <message>
        <source>App ID: %1
Channel: %2
UID: %3
Token: %4</source>
        <translation>App-ID: %1
Kanal: %2
UID: %3
Token: %4</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>End &quot;%1&quot; for everyone? Attendance is written when it ends.</source>
        <translation>„%1“ für alle beenden? Beim Beenden wird die Anwesenheit erfasst.</translation>
    </message>
    <message>
        <source>The session could not be ended: %1</source>
        <translation>Die Sitzung konnte nicht beendet werden: %1</translation>
    </message>
    <message>
        <source>&amp;QR code</source>
        <translation>&amp;QR-Code</translation>
    </message>
    <message>
        <source>Participant page addresses</source>
        <translation>Adressen der Teilnehmerseite</translation>
    </message>
    <message>
        <source>This computer is on several networks: choose the one your students are on</source>
        <translation>Dieser Computer ist in mehreren Netzen: wählen Sie das Netz Ihrer Lernenden</translation>
    </message>
    <message>
        <source>Show the address as a QR code that phones can scan</source>
        <translation>Die Adresse als QR-Code zeigen, den Handys scannen können</translation>
    </message>
    <message>
        <source>Students join at</source>
        <translation>Lernende nehmen teil unter</translation>
    </message>
    <message>
        <source>E&amp;nd session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
</context>
<context>
    <name>lectern::ui::LiveTab</name>
    <message>
        <source>Could not read the live session: %1</source>
        <translation>Die Live-Sitzung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The participant page could not start: %1</source>
        <translation>Die Teilnehmerseite konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Focus &amp;chat</source>
        <translation>Zum &amp;Chat wechseln</translation>
    </message>
    <message>
        <source>Write in the live session&apos;s chat (%1)</source>
        <translation>Im Chat der Live-Sitzung schreiben (%1)</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Präsentieren</translation>
    </message>
    <message>
        <source>Show the running poll or the featured question full screen, to share into the meeting</source>
        <translation>Die laufende Umfrage oder die hervorgehobene Frage im Vollbild zeigen, um sie im Meeting zu teilen</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>&amp;Show on:</source>
        <translation>&amp;Zeigen auf:</translation>
    </message>
</context>
<context>
    <name>lectern::ui::MainWindow</name>
    <message>
        <source>Lectern</source>
        <translation>Lectern</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Zeitplan</translation>
    </message>
    <message>
        <source>&amp;Live</source>
        <translation>&amp;Live</translation>
    </message>
    <message>
        <source>&amp;Polls</source>
        <translation>&amp;Umfragen</translation>
    </message>
    <message>
        <source>&amp;Recordings &amp;&amp; attendance</source>
        <translation>&amp;Aufzeichnungen &amp;&amp; Anwesenheit</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · %3</source>
        <translation>Angemeldet als %1 (%2) · %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Read the sessions and the live roster again (%1)</source>
        <translation>Sitzungen und Teilnehmerliste der Live-Sitzung neu laden (%1)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;In class</source>
        <translation>&amp;Im Unterricht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Lectern</source>
        <translation>&amp;Über Lectern</translation>
    </message>
    <message>
        <source>About Lectern</source>
        <translation>Über Lectern</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Lectern&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;The console for running live classes: schedule, go live, chat, Q&amp;amp;A, polls, recordings and attendance.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Lectern&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Die Konsole für Live-Unterricht: planen, live schalten, Chat, Fragen &amp;amp; Antworten, Umfragen, Aufzeichnungen und Anwesenheit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Settings saved. The database and language change when Lectern starts again.</source>
        <translation>Einstellungen gespeichert. Datenbank und Sprache ändern sich beim nächsten Start von Lectern.</translation>
    </message>
    <message>
        <source>Repor&amp;ts</source>
        <translation>Berich&amp;te</translation>
    </message>
    <message>
        <source>Lectern — %1</source>
        <translation>Lectern — %1</translation>
    </message>
    <message>
        <source>&amp;Show Lectern</source>
        <translation>Lectern &amp;anzeigen</translation>
    </message>
    <message>
        <source>Copied the app id, channel %1 and a token for your Agora client; the token lasts until %2.</source>
        <translation>App-ID, Kanal %1 und ein Token für Ihren Agora-Client kopiert; das Token gilt bis %2.</translation>
    </message>
    <message>
        <source>&amp;Agora keys…</source>
        <translation>A&amp;gora-Schlüssel…</translation>
    </message>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>⚠ Out of reach of the server, retrying</source>
        <translation>⚠ Server nicht erreichbar, neuer Versuch läuft</translation>
    </message>
    <message>
        <source>Back in touch with the server.</source>
        <translation>Wieder mit dem Server verbunden.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>The server no longer takes your sign-in: %1

Sign in again to go on.</source>
        <translation>Der Server nimmt Ihre Anmeldung nicht mehr an: %1

Melden Sie sich erneut an, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <source>Rep&amp;orts</source>
        <translation>Beri&amp;chte</translation>
    </message>
</context>
<context>
    <name>lectern::ui::NextSessionBanner</name>
    <message>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <source>in %1 min</source>
        <translation>in %1 Min.</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>in %1 h</source>
        <translation>in %1 Std.</translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Live now:&lt;/b&gt; %1 · since %2</source>
        <translation>&lt;b&gt;Jetzt live:&lt;/b&gt; %1 · seit %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; %1 · %2 · %3</source>
        <translation>&lt;b&gt;Als Nächstes:&lt;/b&gt; %1 · %2 · %3</translation>
    </message>
    <message>
        <source>due to start now</source>
        <translation>beginnt jetzt</translation>
    </message>
</context>
<context>
    <name>lectern::ui::NextSessionPanel</name>
    <message>
        <source>&amp;Go live now</source>
        <translation>Jetzt li&amp;ve schalten</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Nächste Sitzung</translation>
    </message>
    <message>
        <source>Start the session now; students can join at once</source>
        <translation>Die Sitzung jetzt starten; Lernende können sofort beitreten</translation>
    </message>
    <message>
        <source>No session of yours is live right now.
When one starts, it appears here with its roster.</source>
        <translation>Gerade ist keine Ihrer Sitzungen live.
Sobald eine beginnt, erscheint sie hier mit ihrer Teilnehmerliste.</translation>
    </message>
    <message>
        <source>Next: %1
%2, %3 to %4</source>
        <translation>Als Nächstes: %1
%2, %3 bis %4</translation>
    </message>
    <message>
        <source>The session could not go live: %1</source>
        <translation>Die Sitzung konnte nicht live geschaltet werden: %1</translation>
    </message>
    <message>
        <source>Video on Agora: the channel opens when you go live</source>
        <translation>Video über Agora: der Kanal öffnet, wenn Sie live gehen</translation>
    </message>
    <message>
        <source>No %1 meeting link yet: students will not find the video</source>
        <translation>Noch kein %1-Meeting-Link: Lernende finden das Video nicht</translation>
    </message>
    <message>
        <source>%1 meeting link set</source>
        <translation>%1-Meeting-Link eingetragen</translation>
    </message>
    <message>
        <source>Chat on</source>
        <translation>Chat an</translation>
    </message>
    <message>
        <source>Chat off</source>
        <translation>Chat aus</translation>
    </message>
    <message>
        <source>Questions on</source>
        <translation>Fragen an</translation>
    </message>
    <message>
        <source>Questions off</source>
        <translation>Fragen aus</translation>
    </message>
    <message>
        <source>Polls on</source>
        <translation>Umfragen an</translation>
    </message>
    <message>
        <source>Polls off</source>
        <translation>Umfragen aus</translation>
    </message>
    <message>
        <source>Recording on: start it in your meeting app</source>
        <translation>Aufzeichnung an: starten Sie sie in Ihrer Meeting-App</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Keine Aufzeichnung</translation>
    </message>
    <message>
        <source>Seats for %1 participants</source>
        <translation>Plätze für %1 Teilnehmende</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
</context>
<context>
    <name>lectern::ui::PanelLabels</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>lectern::ui::PollChart</name>
    <message>
        <source>Poll results</source>
        <translation>Umfrageergebnisse</translation>
    </message>
    <message>
        <source>%1 · %2 %</source>
        <translation>%1 · %2 %</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Results are shown when the poll closes.</source>
        <translation>Die Ergebnisse werden nach Ende der Umfrage angezeigt.</translation>
    </message>
</context>
<context>
    <name>lectern::ui::PollEditor</name>
    <message>
        <source>&amp;Add option</source>
        <translation>Option &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Students may choose &amp;several options</source>
        <translation>Lernende dürfen &amp;mehrere Optionen wählen</translation>
    </message>
    <message>
        <source>A&amp;nonymous (nobody sees who voted what)</source>
        <translation>&amp;Anonym (niemand sieht, wer wie abgestimmt hat)</translation>
    </message>
    <message>
        <source>New poll</source>
        <translation>Neue Umfrage</translation>
    </message>
    <message>
        <source>e.g. Which topic should we review next week?</source>
        <translation>z. B. Welches Thema sollen wir nächste Woche wiederholen?</translation>
    </message>
    <message>
        <source>Optional: what students should know before voting</source>
        <translation>Optional: Was Lernende vor der Abstimmung wissen sollten</translation>
    </message>
    <message>
        <source>Add another answer to choose from (at most %1)</source>
        <translation>Eine weitere Antwortmöglichkeit hinzufügen (höchstens %1)</translation>
    </message>
    <message>
        <source>While voting</source>
        <translation>Während der Abstimmung</translation>
    </message>
    <message>
        <source>When the poll closes</source>
        <translation>Nach Ende der Umfrage</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Until I close it</source>
        <translation>Bis ich sie beende</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>&amp;Optionen:</translation>
    </message>
    <message>
        <source>Show &amp;results:</source>
        <translation>&amp;Ergebnisse zeigen:</translation>
    </message>
    <message>
        <source>&amp;Runs for:</source>
        <translation>&amp;Laufzeit:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Option %1</source>
        <translation>Option %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove option %1</source>
        <translation>Option %1 entfernen</translation>
    </message>
    <message>
        <source>S&amp;tart now</source>
        <translation>Jetzt s&amp;tarten</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Als &amp;Entwurf speichern</translation>
    </message>
    <message>
        <source>Keep the poll to start later in the class</source>
        <translation>Die Umfrage aufheben, um sie später im Kurs zu starten</translation>
    </message>
    <message>
        <source>Save the poll and open it for votes at once</source>
        <translation>Die Umfrage speichern und sofort zur Abstimmung öffnen</translation>
    </message>
    <message>
        <source>Edit poll</source>
        <translation>Umfrage bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Keep the changed draft</source>
        <translation>Den geänderten Entwurf behalten</translation>
    </message>
</context>
<context>
    <name>lectern::ui::PollsTab</name>
    <message>
        <source>&amp;New poll…</source>
        <translation>&amp;Neue Umfrage…</translation>
    </message>
    <message>
        <source>Draft a poll for the live session</source>
        <translation>Eine Umfrage für die Live-Sitzung entwerfen</translation>
    </message>
    <message>
        <source>&amp;Start poll</source>
        <translation>Umfrage s&amp;tarten</translation>
    </message>
    <message>
        <source>Open the selected poll for votes</source>
        <translation>Die ausgewählte Umfrage zur Abstimmung freigeben</translation>
    </message>
    <message>
        <source>&amp;Close poll</source>
        <translation>Umfrage &amp;beenden</translation>
    </message>
    <message>
        <source>Stop the selected poll&apos;s voting now</source>
        <translation>Die Abstimmung der ausgewählten Umfrage jetzt beenden</translation>
    </message>
    <message>
        <source>Polls</source>
        <translation>Umfragen</translation>
    </message>
    <message>
        <source>Poll question</source>
        <translation>Frage der Umfrage</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Votes so far</source>
        <translation>Bisherige Stimmen</translation>
    </message>
    <message>
        <source>Who has voted</source>
        <translation>Wer abgestimmt hat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No session of yours is live right now.
Polls are run while a session is live.</source>
        <translation>Gerade ist keine Ihrer Sitzungen live.
Umfragen laufen, während eine Sitzung live ist.</translation>
    </message>
    <message>
        <source>Could not read the polls: %1</source>
        <translation>Die Umfragen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the results: %1</source>
        <translation>Die Ergebnisse konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Votes so far: %1</source>
        <translation>Bisherige Stimmen: %1</translation>
    </message>
    <message>
        <source>Anonymous poll: who voted is not recorded for anyone.</source>
        <translation>Anonyme Umfrage: Wer abgestimmt hat, wird für niemanden erfasst.</translation>
    </message>
    <message>
        <source>Voted (%1): %2
Not yet (%3): %4</source>
        <translation>Abgestimmt (%1): %2
Noch nicht (%3): %4</translation>
    </message>
    <message>
        <source>everyone has voted</source>
        <translation>alle haben abgestimmt</translation>
    </message>
    <message>
        <source>The poll was saved but not started: %1</source>
        <translation>Die Umfrage wurde gespeichert, aber nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Poll &quot;%1&quot; saved.</source>
        <translation>Umfrage „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The poll could not start: %1</source>
        <translation>Die Umfrage konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The poll could not be closed: %1</source>
        <translation>Die Umfrage konnte nicht beendet werden: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Voted (%1): %2
Everyone voted.</source>
        <translation>Abgestimmt (%1): %2
Alle haben abgestimmt.</translation>
    </message>
    <message>
        <source>Voted (%1): %2
Did not vote (%3): %4</source>
        <translation>Abgestimmt (%1): %2
Nicht abgestimmt (%3): %4</translation>
    </message>
    <message>
        <source>Votes: %1</source>
        <translation>Stimmen: %1</translation>
    </message>
    <message>
        <source>&amp;Edit draft…</source>
        <translation>Entwurf &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected draft before it starts</source>
        <translation>Den gewählten Entwurf ändern, bevor er startet</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>Entwurf &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected draft; a poll that has run stays</source>
        <translation>Den gewählten Entwurf löschen; eine gelaufene Umfrage bleibt</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete the draft &quot;%1&quot;?</source>
        <translation>Den Entwurf „%1“ löschen?</translation>
    </message>
    <message>
        <source>It has not run, so no votes go with it.</source>
        <translation>Er ist nicht gelaufen, also gehen keine Stimmen verloren.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>The draft could not be deleted: %1</source>
        <translation>Der Entwurf ließ sich nicht löschen: %1</translation>
    </message>
    <message>
        <source>Deleted the draft &quot;%1&quot;.</source>
        <translation>Entwurf „%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>lectern::ui::PresentWindow</name>
    <message>
        <source>Lectern — present</source>
        <translation>Lectern — Präsentation</translation>
    </message>
    <message>
        <source>Presented heading</source>
        <translation>Präsentierte Überschrift</translation>
    </message>
    <message>
        <source>Presented text</source>
        <translation>Präsentierter Text</translation>
    </message>
    <message>
        <source>Esc closes this window</source>
        <translation>Esc schließt dieses Fenster</translation>
    </message>
    <message>
        <source>Nothing to present yet</source>
        <translation>Noch nichts zu präsentieren</translation>
    </message>
    <message>
        <source>Start a poll or feature a question: it appears here.</source>
        <translation>Starten Sie eine Umfrage oder heben Sie eine Frage hervor: sie erscheint hier.</translation>
    </message>
    <message>
        <source>Asked by %1</source>
        <translation>Gefragt von %1</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>Join the class</source>
        <translation>Am Kurs teilnehmen</translation>
    </message>
    <message>
        <source>Open this address, or scan the code with your phone:</source>
        <translation>Öffnen Sie diese Adresse oder scannen Sie den Code mit dem Handy:</translation>
    </message>
</context>
<context>
    <name>lectern::ui::QuestionModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>★ Featured · %1</source>
        <translation>★ Hervorgehoben · %1</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Jemand</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gestellt von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>lectern::ui::QuestionPanel</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Beantworten…</translation>
    </message>
    <message>
        <source>Answer the selected question; students see the answer</source>
        <translation>Die ausgewählte Frage beantworten; Lernende sehen die Antwort</translation>
    </message>
    <message>
        <source>Set the selected question aside without an answer</source>
        <translation>Die ausgewählte Frage ohne Antwort verwerfen</translation>
    </message>
    <message>
        <source>Show the selected question on top for everyone, or stop</source>
        <translation>Die ausgewählte Frage für alle oben hervorheben oder die Hervorhebung aufheben</translation>
    </message>
    <message>
        <source>Could not read the questions: %1</source>
        <translation>Die Fragen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer question</source>
        <translation>Frage beantworten</translation>
    </message>
    <message>
        <source>The answer was not saved: %1</source>
        <translation>Die Antwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The question could not be dismissed: %1</source>
        <translation>Die Frage konnte nicht verworfen werden: %1</translation>
    </message>
    <message>
        <source>The question could not be featured: %1</source>
        <translation>Die Frage konnte nicht hervorgehoben werden: %1</translation>
    </message>
    <message>
        <source>&amp;Save answer</source>
        <translation>Antwort &amp;speichern</translation>
    </message>
    <message>
        <source>Ctrl+Return saves the answer</source>
        <translation>Strg+Eingabe speichert die Antwort</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Verwer&amp;fen</translation>
    </message>
    <message>
        <source>Feat&amp;ure</source>
        <translation>He&amp;rvorheben</translation>
    </message>
    <message>
        <source>Unfeat&amp;ure</source>
        <translation>He&amp;rvorhebung aufheben</translation>
    </message>
</context>
<context>
    <name>lectern::ui::RecordingEditor</name>
    <message>
        <source>&amp;Public: anyone with the link may watch</source>
        <translation>Ö&amp;ffentlich: Alle mit dem Link können sie ansehen</translation>
    </message>
    <message>
        <source>Only students &amp;enrolled in the course</source>
        <translation>Nur im Kurs &amp;eingeschriebene Lernende</translation>
    </message>
    <message>
        <source>Add recording</source>
        <translation>Aufzeichnung hinzufügen</translation>
    </message>
    <message>
        <source>https://… or a file on this computer</source>
        <translation>https://… oder eine Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Optional picture shown before playing</source>
        <translation>Optionales Bild, das vor der Wiedergabe angezeigt wird</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Video:</source>
        <translation>&amp;Video:</translation>
    </message>
    <message>
        <source>Video address</source>
        <translation>Videoadresse</translation>
    </message>
    <message>
        <source>Th&amp;umbnail:</source>
        <translation>Vorsc&amp;haubild:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>File si&amp;ze:</source>
        <translation>Datei&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose a recording</source>
        <translation>Aufzeichnung auswählen</translation>
    </message>
    <message>
        <source>Videos (*.mp4 *.webm *.mkv *.mov *.ogv);;All files (*)</source>
        <translation>Videos (*.mp4 *.webm *.mkv *.mov *.ogv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>lectern::ui::RecordingPlayer</name>
    <message>
        <source>Choose a recording and press Play to watch it here.</source>
        <translation>Wählen Sie eine Aufzeichnung und klicken Sie auf „Wiedergeben“, um sie hier anzusehen.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Wiedergeben oder pausieren</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Player error</source>
        <translation>Wiedergabefehler</translation>
    </message>
    <message>
        <source>The recording cannot be played: %1</source>
        <translation>Die Aufzeichnung kann nicht wiedergegeben werden: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Play or pause (%1)</source>
        <translation>Wiedergeben oder pausieren (%1)</translation>
    </message>
</context>
<context>
    <name>lectern::ui::RecordingTableModel</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Wird verarbeitet</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <source>Watched to the end</source>
        <translation>Bis zum Ende angesehen</translation>
    </message>
</context>
<context>
    <name>lectern::ui::RecordingsTab</name>
    <message>
        <source>Recordings</source>
        <translation>Aufzeichnungen</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>&amp;Add recording…</source>
        <translation>Aufzeichnung hinzu&amp;fügen…</translation>
    </message>
    <message>
        <source>Add a recording of the chosen session</source>
        <translation>Eine Aufzeichnung der gewählten Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>P&amp;lay</source>
        <translation>&amp;Wiedergeben</translation>
    </message>
    <message>
        <source>Play the selected recording here</source>
        <translation>Die ausgewählte Aufzeichnung hier wiedergeben</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>Set the selected person&apos;s attendance status and a note</source>
        <translation>Anwesenheitsstatus und Notiz der ausgewählten Person festlegen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>Si&amp;tzung:</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>Anwesenheitsübersicht</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Angesehen</translation>
    </message>
    <message>
        <source>Could not read the sessions: %1</source>
        <translation>Die Sitzungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No ended session yet: recordings and attendance come after class.</source>
        <translation>Noch keine beendete Sitzung: Aufzeichnungen und Anwesenheit gibt es nach dem Unterricht.</translation>
    </message>
    <message>
        <source>Could not read the session: %1</source>
        <translation>Die Sitzung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>%1 von %2 anwesend</translation>
    </message>
    <message>
        <source>Playing &quot;%1&quot;</source>
        <translation>Wiedergabe: „%1“</translation>
    </message>
    <message>
        <source>What you watched was not recorded: %1</source>
        <translation>Was Sie angesehen haben, wurde nicht erfasst: %1</translation>
    </message>
    <message>
        <source>You watched %1 %</source>
        <translation>Sie haben %1 % angesehen</translation>
    </message>
    <message>
        <source> · completed</source>
        <translation> · vollständig</translation>
    </message>
    <message>
        <source>The attendance was not changed: %1</source>
        <translation>Die Anwesenheit wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>&amp;Import report…</source>
        <translation>Bericht &amp;importieren …</translation>
    </message>
    <message>
        <source>Merge the Zoom, Teams or Meet attendance report of the chosen session (previewed first)</source>
        <translation>Den Zoom-, Teams- oder Meet-Anwesenheitsbericht der gewählten Sitzung übernehmen (mit Vorschau)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
    <message>
        <source>Who changed this session&apos;s attendance, when, and from what</source>
        <translation>Wer die Anwesenheit dieser Sitzung wann und wovon geändert hat</translation>
    </message>
    <message>
        <source>Attendance report of the session</source>
        <translation>Anwesenheitsbericht der Sitzung</translation>
    </message>
    <message>
        <source>Attendance reports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Anwesenheitsberichte (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not read the history: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ui::ReportsTab</name>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Attendance needed for a certificate</source>
        <translation>Nötige Anwesenheit für ein Zertifikat</translation>
    </message>
    <message>
        <source>The share of sessions a student must attend to be eligible for a certificate</source>
        <translation>Der Anteil der Sitzungen, den Lernende besuchen müssen, um ein Zertifikat zu erhalten</translation>
    </message>
    <message>
        <source>Export &amp;attendance…</source>
        <translation>&amp;Anwesenheit exportieren…</translation>
    </message>
    <message>
        <source>Write the course&apos;s attendance as PDF, Excel or CSV</source>
        <translation>Die Anwesenheit des Kurses als PDF, Excel oder CSV speichern</translation>
    </message>
    <message>
        <source>Export &amp;poll results…</source>
        <translation>&amp;Umfrageergebnisse exportieren…</translation>
    </message>
    <message>
        <source>Write the results of the course&apos;s polls as Excel or CSV</source>
        <translation>Die Ergebnisse der Umfragen des Kurses als Excel oder CSV speichern</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>Teilnehmerliste &amp;importieren…</translation>
    </message>
    <message>
        <source>Enrol the people of a roster file in the course</source>
        <translation>Die Personen einer Teilnehmerliste in den Kurs einschreiben</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Certificate at</source>
        <translation>Zertifikat ab</translation>
    </message>
    <message>
        <source>Students of the course</source>
        <translation>Lernende des Kurses</translation>
    </message>
    <message>
        <source>You run no courses yet: reports appear here once you do.</source>
        <translation>Sie leiten noch keine Kurse: Berichte erscheinen hier, sobald Sie einen leiten.</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Der erste Tag liegt nach dem letzten.</translation>
    </message>
    <message>
        <source>Sessions held: %1 · Eligible for a certificate: %2 of %3 students</source>
        <translation>Abgehaltene Sitzungen: %1 · Berechtigt für ein Zertifikat: %2 von %3 Lernenden</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>anwesenheit</translation>
    </message>
    <message>
        <source>poll-results</source>
        <translation>umfrageergebnisse</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Anwesenheit exportieren</translation>
    </message>
    <message>
        <source>Export poll results</source>
        <translation>Umfrageergebnisse exportieren</translation>
    </message>
    <message>
        <source>Choose a file ending in .pdf, .xlsx or .csv</source>
        <translation>Wählen Sie eine Datei mit der Endung .pdf, .xlsx oder .csv</translation>
    </message>
    <message>
        <source>Reading the sessions…</source>
        <translation>Die Sitzungen werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Read %1 of %2 sessions…</source>
        <translation>%1 von %2 Sitzungen gelesen…</translation>
    </message>
    <message>
        <source>Wrote %1 to %2</source>
        <translation>%1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>&amp;Kalender exportieren…</translation>
    </message>
    <message>
        <source>Write the course&apos;s sessions as an iCalendar file for calendars</source>
        <translation>Die Sitzungen des Kurses als iCalendar-Datei für Kalender speichern</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar-Datei (*.ics)</translation>
    </message>
    <message>
        <source>Wrote %1 sessions to %2</source>
        <translation>%1 Sitzungen nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Choose a file ending in .xlsx or .csv</source>
        <translation>Wählen Sie eine Datei mit der Endung .xlsx oder .csv</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>lectern::ui::RosterImportDialog</name>
    <message>
        <source>&amp;Skip the bad lines and import the others</source>
        <translation>Fehlerhafte Zeilen über&amp;springen und die übrigen importieren</translation>
    </message>
    <message>
        <source>Import a roster into %1</source>
        <translation>Teilnehmerliste in %1 importieren</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>One person per line: &lt;i&gt;email,name&lt;/i&gt; or &lt;i&gt;email,name,role&lt;/i&gt; (student or ta), separated by commas or semicolons; a header line is allowed. People without an account get one, with a first password shown here to pass on.</source>
        <translation>Eine Person pro Zeile: &lt;i&gt;E-Mail,Name&lt;/i&gt; oder &lt;i&gt;E-Mail,Name,Rolle&lt;/i&gt; (student oder ta), durch Kommas oder Semikolons getrennt; eine Kopfzeile ist erlaubt. Personen ohne Konto erhalten eines, mit einem ersten Passwort, das hier zum Weitergeben angezeigt wird.</translation>
    </message>
    <message>
        <source>Bad lines</source>
        <translation>Fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Choose a roster</source>
        <translation>Teilnehmerliste wählen</translation>
    </message>
    <message>
        <source>Roster (*.csv *.txt);;All files (*)</source>
        <translation>Teilnehmerliste (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>People to enrol: %1.</source>
        <translation>Einzuschreibende Personen: %1.</translation>
    </message>
    <message>
        <source>Bad lines: %1, listed below. Nothing is imported unless you skip them.</source>
        <translation>Fehlerhafte Zeilen: %1, unten aufgeführt. Es wird nichts importiert, solange Sie sie nicht überspringen.</translation>
    </message>
    <message>
        <source>Enrolled: %1 (new accounts: %2; already enrolled: %3).</source>
        <translation>Eingeschrieben: %1 (neue Konten: %2; bereits eingeschrieben: %3).</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: first password %3</source>
        <translation>%1 &lt;%2&gt;: erstes Passwort %3</translation>
    </message>
</context>
<context>
    <name>lectern::ui::RosterModel</name>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>In class</source>
        <translation>Im Unterricht</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <source>Banned</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>%1 · moderator</source>
        <translation>%1 · Moderator</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Lernende(r)</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>TA</source>
        <translation>Tutor(in)</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>lectern::ui::RosterPanel</name>
    <message>
        <source>&amp;Ban from session</source>
        <translation>Aus der Sitzung &amp;ausschließen</translation>
    </message>
    <message>
        <source>Make &amp;moderator</source>
        <translation>Zum &amp;Moderator machen</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>Let &amp;back in</source>
        <translation>&amp;Wieder zulassen</translation>
    </message>
    <message>
        <source>Remove &amp;moderator</source>
        <translation>&amp;Moderatorrolle entziehen</translation>
    </message>
    <message>
        <source>The participant could not be changed: %1</source>
        <translation>Die teilnehmende Person konnte nicht geändert werden: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ui::ScheduleFilterBar</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show sessions by</source>
        <translation>Sitzungen anzeigen nach</translation>
    </message>
    <message>
        <source>Show one day, one week, or every session as a list</source>
        <translation>Einen Tag, eine Woche oder alle Sitzungen als Liste anzeigen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous day or week (%1)</source>
        <translation>Vorheriger Tag oder vorherige Woche (%1)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next day or week (%1)</source>
        <translation>Nächster Tag oder nächste Woche (%1)</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>H&amp;eute</translation>
    </message>
    <message>
        <source>Go back to today (%1)</source>
        <translation>Zurück zu heute (%1)</translation>
    </message>
    <message>
        <source>Shown dates</source>
        <translation>Angezeigter Zeitraum</translation>
    </message>
    <message>
        <source>All courses</source>
        <translation>Alle Kurse</translation>
    </message>
    <message>
        <source>Course filter</source>
        <translation>Kursfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>Ansi&amp;cht:</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>No sessions on this day.
Use the arrows to look at other days, or New session to schedule one.</source>
        <translation>An diesem Tag gibt es keine Sitzungen.
Blättern Sie mit den Pfeilen zu anderen Tagen oder planen Sie eine mit „Neue Sitzung“.</translation>
    </message>
    <message>
        <source>No sessions this week.
Use the arrows to look at other weeks, or New session to schedule one.</source>
        <translation>In dieser Woche gibt es keine Sitzungen.
Blättern Sie mit den Pfeilen zu anderen Wochen oder planen Sie eine mit „Neue Sitzung“.</translation>
    </message>
    <message>
        <source>No sessions of your courses yet.
Sessions that are scheduled for them appear here as soon as they are saved.</source>
        <translation>Für Ihre Kurse gibt es noch keine Sitzungen.
Geplante Sitzungen erscheinen hier, sobald sie gespeichert sind.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Every session</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>No sessions on this day.
Use the arrows to look at other days.</source>
        <translation>An diesem Tag gibt es keine Sitzungen.
Blättern Sie mit den Pfeilen zu anderen Tagen.</translation>
    </message>
    <message>
        <source>No sessions this week.
Use the arrows to look at other weeks.</source>
        <translation>In dieser Woche gibt es keine Sitzungen.
Blättern Sie mit den Pfeilen zu anderen Wochen.</translation>
    </message>
</context>
<context>
    <name>lectern::ui::ScheduleTab</name>
    <message>
        <source>Could not load the sessions: %1</source>
        <translation>Die Sitzungen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SessionCommands</name>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Neue Sitzung…</translation>
    </message>
    <message>
        <source>Schedule a session for one of your courses</source>
        <translation>Eine Sitzung für einen Ihrer Kurse planen</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>Sitzung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected session</source>
        <translation>Die ausgewählte Sitzung ändern</translation>
    </message>
    <message>
        <source>D&amp;uplicate session…</source>
        <translation>Sitzung du&amp;plizieren…</translation>
    </message>
    <message>
        <source>Schedule a copy of the selected session a week later</source>
        <translation>Eine Kopie der ausgewählten Sitzung eine Woche später planen</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>Sitzung absa&amp;gen…</translation>
    </message>
    <message>
        <source>Call off the selected session; students see it as cancelled</source>
        <translation>Die ausgewählte Sitzung absagen; Lernende sehen sie als abgesagt</translation>
    </message>
    <message>
        <source>&amp;Delete session…</source>
        <translation>Sitzung &amp;löschen…</translation>
    </message>
    <message>
        <source>Remove the selected session and everything in it</source>
        <translation>Die ausgewählte Sitzung mit allen Inhalten entfernen</translation>
    </message>
    <message>
        <source>&amp;Go live</source>
        <translation>Li&amp;ve schalten</translation>
    </message>
    <message>
        <source>Start the selected session now</source>
        <translation>Die ausgewählte Sitzung jetzt starten</translation>
    </message>
    <message>
        <source>You teach no course yet; an admin creates courses with lectern-server.</source>
        <translation>Sie unterrichten noch keinen Kurs; Kurse legt ein Admin mit lectern-server an.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Sitzung absagen</translation>
    </message>
    <message>
        <source>Cancel &quot;%1&quot;? Students see it as cancelled; it cannot go live afterwards.</source>
        <translation>„%1“ absagen? Lernende sehen sie als abgesagt; danach kann sie nicht mehr live geschaltet werden.</translation>
    </message>
    <message>
        <source>The session could not be cancelled: %1</source>
        <translation>Die Sitzung konnte nicht abgesagt werden: %1</translation>
    </message>
    <message>
        <source>Cancelled &quot;%1&quot;.</source>
        <translation>„%1“ abgesagt.</translation>
    </message>
    <message>
        <source>The session cannot be deleted: %1</source>
        <translation>Die Sitzung kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Archive session</source>
        <translation>Sitzung archivieren</translation>
    </message>
    <message>
        <source>Archive &quot;%1&quot;?</source>
        <translation>„%1“ archivieren?</translation>
    </message>
    <message>
        <source>It ended with attendance, which is kept for the reports: the session leaves the schedule, and its attendance, chat, questions, polls and recordings stay.</source>
        <translation>Sie endete mit Anwesenheit, die für die Berichte aufbewahrt wird: Die Sitzung verschwindet aus dem Plan; Anwesenheit, Chat, Fragen, Umfragen und Aufzeichnungen bleiben.</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot;?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>Its chat, questions, polls and recordings go with it. This cannot be undone.</source>
        <translation>Chat, Fragen, Umfragen und Aufzeichnungen werden mit gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Lösch&amp;en</translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation>Die Sitzung konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Archived &quot;%1&quot;: it stays in the reports.</source>
        <translation>„%1“ archiviert: Die Sitzung bleibt in den Berichten.</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>The session could not go live: %1</source>
        <translation>Die Sitzung konnte nicht live geschaltet werden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is live.</source>
        <translation>„%1“ ist live.</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SessionEditor</name>
    <message>
        <source>C&amp;hat</source>
        <translation>C&amp;hat</translation>
    </message>
    <message>
        <source>&amp;Questions and answers</source>
        <translation>&amp;Fragen und Antworten</translation>
    </message>
    <message>
        <source>P&amp;olls</source>
        <translation>&amp;Umfragen</translation>
    </message>
    <message>
        <source>&amp;Recording</source>
        <translation>Auf&amp;zeichnung</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate session</source>
        <translation>Sitzung duplizieren</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ich (%1)</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>e.g. Week 5: Views and templates</source>
        <translation>z. B. Woche 5: Views und Templates</translation>
    </message>
    <message>
        <source>What the class covers, what to prepare</source>
        <translation>Was behandelt wird und was vorzubereiten ist</translation>
    </message>
    <message>
        <source>https://… (the platform&apos;s join link)</source>
        <translation>https://… (Beitrittslink der Plattform)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>&amp;Course:</source>
        <translation>&amp;Kurs:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Leitung:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>St&amp;arts:</source>
        <translation>Be&amp;ginn:</translation>
    </message>
    <message>
        <source>Scheduling warning</source>
        <translation>Planungshinweis</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>Ma&amp;x. people:</source>
        <translation>Ma&amp;x. Personen:</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Meeting &amp;link:</source>
        <translation>Meeting-Li&amp;nk:</translation>
    </message>
    <message>
        <source>Meeting &amp;ID:</source>
        <translation>Meeting-&amp;ID:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Stream &amp;key:</source>
        <translation>&amp;Streamschlüssel:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Kan&amp;al:</translation>
    </message>
    <message>
        <source>Students can use</source>
        <translation>Lernende können nutzen</translation>
    </message>
    <message>
        <source>&amp;Recording (the session is recorded)</source>
        <translation>Auf&amp;zeichnung (die Sitzung wird aufgezeichnet)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SessionList</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SessionReminders</name>
    <message>
        <source>%1 starts in %2 minutes (%3).</source>
        <translation>%1 beginnt in %2 Minuten (%3).</translation>
    </message>
    <message>
        <source>%1 is today at %2.</source>
        <translation>%1 ist heute um %2.</translation>
    </message>
    <message>
        <source>%1 is tomorrow at %2.</source>
        <translation>%1 ist morgen um %2.</translation>
    </message>
    <message>
        <source>Class starts soon</source>
        <translation>Unterricht beginnt gleich</translation>
    </message>
    <message>
        <source>Upcoming class</source>
        <translation>Anstehender Unterricht</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SessionTableModel</name>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Unterricht</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Q&amp;A</source>
        <translation>Fragen &amp; Antworten</translation>
    </message>
    <message>
        <source>Office hours</source>
        <translation>Sprechstunde</translation>
    </message>
    <message>
        <source>Agora</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Google Meet</source>
        <translation>Google Meet</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>%1 of %2 connected</source>
        <translation>%1 von %2 verbunden</translation>
    </message>
    <message>
        <source>%1 registered, %2 seats</source>
        <translation>%1 angemeldet, %2 Plätze</translation>
    </message>
    <message numerus="yes">
        <source>%n took part</source>
        <translation>
            <numerusform>%n hat teilgenommen</numerusform>
            <numerusform>%n haben teilgenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SettingsDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Every network (students on other computers)</source>
        <translation>Alle Netzwerke (Lernende an anderen Computern)</translation>
    </message>
    <message>
        <source>This computer only</source>
        <translation>Nur dieser Computer</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Nur %1</translation>
    </message>
    <message>
        <source>Participant page address</source>
        <translation>Adresse der Teilnehmerseite</translation>
    </message>
    <message>
        <source>Participant page port</source>
        <translation>Port der Teilnehmerseite</translation>
    </message>
    <message>
        <source>&amp;Serve on:</source>
        <translation>&amp;Bereitstellen auf:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Participant page (while a session is live)</source>
        <translation>Teilnehmerseite (während eine Sitzung live ist)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>No connection: %1</source>
        <translation>Keine Verbindung: %1</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>A Lectern server</source>
        <translation>Ein Lectern-Server</translation>
    </message>
    <message>
        <source>Where classes are kept</source>
        <translation>Wo die Kurse liegen</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>lectern.example.edu</source>
        <translation>lectern.beispiel.de</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>&amp;Classes are kept on:</source>
        <translation>&amp;Kurse liegen auf:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Where classes are kept and the language change the next time Lectern starts.</source>
        <translation>Der Ort der Kurse und die Sprache ändern sich beim nächsten Start von Lectern.</translation>
    </message>
    <message>
        <source>Ready: classes are kept in %1.</source>
        <translation>Bereit: Die Kurse liegen in %1.</translation>
    </message>
    <message>
        <source>Connected: %1 is a Lectern server. Sign in with your own Lectern account at the next start.</source>
        <translation>Verbunden: %1 ist ein Lectern-Server. Melden Sie sich beim nächsten Start mit Ihrem eigenen Lectern-Konto an.</translation>
    </message>
</context>
<context>
    <name>lectern::ui::SignInDialog</name>
    <message>
        <source>Welcome to Lectern</source>
        <translation>Willkommen bei Lectern</translation>
    </message>
    <message>
        <source>Sign in to Lectern</source>
        <translation>Bei Lectern anmelden</translation>
    </message>
    <message>
        <source>This database has no accounts yet. Create the first one: it will schedule and run sessions.</source>
        <translation>Diese Datenbank enthält noch keine Konten. Legen Sie das erste an: Damit werden Sitzungen geplant und geleitet.</translation>
    </message>
    <message>
        <source>Sign in with your Lectern account.</source>
        <translation>Melden Sie sich mit Ihrem Lectern-Konto an.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>name@example.org</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Lehrkraft</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Konto erstellen</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>&amp;Keep me signed in on this computer</source>
        <translation>Auf diesem Computer angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <source>For 30 days; the sign-in is kept in the system keychain</source>
        <translation>30 Tage lang; die Anmeldung wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <source>Sign in to %1 with your Lectern account.</source>
        <translation>Melden Sie sich mit Ihrem Lectern-Konto bei %1 an.</translation>
    </message>
    <message>
        <source>T&amp;rust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Trust this server&apos;s certificate from now on and sign in</source>
        <translation>Dem Zertifikat dieses Servers von nun an vertrauen und anmelden</translation>
    </message>
</context>
<context>
    <name>lectern::ui::VerifyDialog</name>
    <message>
        <source>Verify attendance</source>
        <translation>Anwesenheit bestätigen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e.g. Doctor&apos;s note; joined late because of the train</source>
        <translation>z. B. Ärztliches Attest; wegen der Bahn später beigetreten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 attended %2 % of the session.</source>
        <translation>%1 war bei %2 % der Sitzung anwesend.</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
</context>
</TS>
