<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AgendaList</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="29"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="48"/>
        <source>{0} of {1} min</source>
        <translation>{0} van {1} min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="50"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="52"/>
        <source>Closing</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="52"/>
        <source>decisions, agreements, actions</source>
        <translation>besluiten, afspraken, acties</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="58"/>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="124"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="60"/>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="124"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="63"/>
        <source>Capture what is said</source>
        <translation>Vastleggen wat er gezegd wordt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="65"/>
        <source>Type what is said, then Enter. Example: {0}</source>
        <translation>Typ wat er gezegd wordt en druk op Enter. Bijvoorbeeld: {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="66"/>
        <source>g: ac: Call the alderman @Anna #15-03</source>
        <translation>g: ac: Bel de wethouder @Anna #15-03</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="72"/>
        <source>File (Enter)</source>
        <translation>Vastleggen (Enter)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="73"/>
        <source>File the entry</source>
        <translation>Notitie vastleggen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="81"/>
        <source>Shorthand and keys</source>
        <translation>Afkortingen en toetsen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="120"/>
        <source>keep with Ctrl+1…4, clear with Ctrl+0</source>
        <translation>vasthouden met Ctrl+1…4, wissen met Ctrl+0</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="121"/>
        <source>keep with Alt+{0}</source>
        <translation>vasthouden met Alt+{0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="122"/>
        <source>@name owner · #dd-mm due date · \ at the start: no shorthand</source>
        <translation>@naam eigenaar · #dd-mm deadline · \ vooraan: geen afkortingen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="123"/>
        <source>Ctrl+Z undoes the last entry</source>
        <translation>Ctrl+Z maakt de laatste notitie ongedaan</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="124"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="146"/>
        <source>Who: —</source>
        <translation>Wie: —</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="149"/>
        <source>Who: {0}</source>
        <translation>Wie: {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="152"/>
        <source>Party for the next entries; click to clear</source>
        <translation>Partij voor de volgende notities; klik om te wissen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="155"/>
        <source>Kind: {0}</source>
        <translation>Soort: {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/capture_bar.py" line="156"/>
        <source>Kind of the next entries; click to clear</source>
        <translation>Soort van de volgende notities; klik om te wissen</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="84"/>
        <source>Who is here today?</source>
        <translation>Wie is er vandaag?</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="91"/>
        <source>Tick who is present (Space) and fill in on whose behalf each person speaks today (Tab goes to the next field). Everything is saved at once.</source>
        <translation>Vink aan wie er is (spatiebalk) en vul in namens wie iemand vandaag spreekt (Tab gaat naar het volgende veld). Alles wordt meteen bewaard.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="162"/>
        <source>%n present</source>
        <translation>
            <numerusform>%n aanwezig</numerusform>
            <numerusform>%n aanwezig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="173"/>
        <source>Nobody was invited yet. Add the people present below.</source>
        <translation>Er is nog niemand uitgenodigd. Voeg hieronder toe wie er is.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="178"/>
        <source>{0} is present</source>
        <translation>{0} is aanwezig</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="183"/>
        <source>walk-in</source>
        <translation>niet uitgenodigd</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="188"/>
        <source>On whose behalf {0} speaks today</source>
        <translation>Namens wie {0} vandaag spreekt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="190"/>
        <source>On whose behalf does this person speak today?</source>
        <translation>Namens wie spreekt deze persoon vandaag?</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="205"/>
        <source>Why {0} is absent</source>
        <translation>Waarom {0} afwezig is</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="207"/>
        <source>Not noted yet</source>
        <translation>Aanwezigheid nog open</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="209"/>
        <source>Absent with notice (m.k.)</source>
        <translation>Afwezig met kennisgeving (m.k.)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="212"/>
        <source>Absent without notice (z.k.)</source>
        <translation>Afwezig zonder kennisgeving (z.k.)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="223"/>
        <source>Absence</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="232"/>
        <source>Check in</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="240"/>
        <source>On whose behalf</source>
        <translation>Namens wie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="264"/>
        <source>Someone who was not on the list (Ctrl+N)</source>
        <translation>Iemand die niet op de lijst stond (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="266"/>
        <source>Name of the walk-in</source>
        <translation>Naam van wie erbij komt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="267"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="269"/>
        <source>Party of the walk-in</source>
        <translation>Partij van wie erbij komt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="273"/>
        <source>Function of the walk-in</source>
        <translation>Functie van wie erbij komt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="274"/>
        <source>Function (optional)</source>
        <translation>Functie (mag leeg)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="276"/>
        <source>On whose behalf the walk-in speaks</source>
        <translation>Namens wie deze persoon spreekt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="277"/>
        <source>Speaks on behalf of (optional)</source>
        <translation>Spreekt namens (mag leeg)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="278"/>
        <source>Add (Enter)</source>
        <translation>Toevoegen (Enter)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="279"/>
        <source>Add the walk-in</source>
        <translation>Deze persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="328"/>
        <source>Add walk-in</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="360"/>
        <source>Back to the meeting</source>
        <translation>Terug naar de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="360"/>
        <source>Start the meeting</source>
        <translation>Bijeenkomst starten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/checkin.py" line="361"/>
        <source>{0} (Ctrl+Enter)</source>
        <translation>{0} (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/closing_page.py" line="30"/>
        <source>Decisions, agreements and actions of today</source>
        <translation>Besluiten, afspraken en acties van vandaag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/closing_page.py" line="32"/>
        <source>Back to the agenda (PgUp)</source>
        <translation>Terug naar de agenda (PgUp)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/closing_page.py" line="33"/>
        <source>Back to the agenda</source>
        <translation>Terug naar de agenda</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/closing_page.py" line="36"/>
        <source>Finish the meeting (Ctrl+Enter)</source>
        <translation>Bijeenkomst afronden (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/closing_page.py" line="37"/>
        <source>Finish the meeting</source>
        <translation>Bijeenkomst afronden</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/closing_page.py" line="41"/>
        <location filename="../../opgroei_desktop/ui/run/closing_page.py" line="42"/>
        <source>Close this window</source>
        <translation>Venster sluiten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/closing_page.py" line="68"/>
        <source>The meeting has been finished</source>
        <translation>De bijeenkomst is afgerond</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/closing_page.py" line="70"/>
        <source>It is marked as held. The minutes can now be made from the main window.</source>
        <translation>Ze staat nu op &apos;gehouden&apos;. Het verslag maakt u vanuit het hoofdvenster.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/closing_page.py" line="73"/>
        <source>Closing: is this what we agreed?</source>
        <translation>Afronding: is dit wat we hebben afgesproken?</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/closing_page.py" line="76"/>
        <source>The screen now shows today&apos;s decisions, agreements and actions. Go through them with the room; to correct one, go back to its step (PgUp). Then finish the meeting.</source>
        <translation>Het scherm toont nu de besluiten, afspraken en acties van vandaag. Loop ze samen met de zaal na; wilt u iets verbeteren, ga dan terug naar die stap (PgUp). Rond daarna de bijeenkomst af.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/console.py" line="72"/>
        <source>Run meeting — {0}</source>
        <translation>Bijeenkomst leiden — {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/console.py" line="73"/>
        <source>Facilitator console</source>
        <translation>Venster van de procesbegeleider</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/console.py" line="193"/>
        <source>The meeting is finished and marked as held.</source>
        <translation>De bijeenkomst is afgerond en staat op &apos;gehouden&apos;.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/console.py" line="239"/>
        <source>the closing</source>
        <translation>de afronding</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/console.py" line="241"/>
        <source>This meeting was already running: you continue at “{0}”. The timer is paused; start it with Ctrl+Space.</source>
        <translation>Deze bijeenkomst liep al: u gaat verder bij “{0}”. De tijd staat stil; start hem met Ctrl+Spatie.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/console.py" line="273"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/console.py" line="275"/>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entries_panel.py" line="80"/>
        <source>Entries of this step</source>
        <translation>Notities bij deze stap</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entries_panel.py" line="90"/>
        <source>Edit or move (F2)</source>
        <translation>Bewerken of verplaatsen (F2)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entries_panel.py" line="91"/>
        <source>Edit or move the selected entry</source>
        <translation>De gekozen notitie bewerken of verplaatsen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entries_panel.py" line="93"/>
        <source>Delete (Ctrl+D)</source>
        <translation>Verwijderen (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entries_panel.py" line="94"/>
        <source>Delete the selected entry</source>
        <translation>De gekozen notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entries_panel.py" line="96"/>
        <source>Alt+↑/↓ selects an entry while you type</source>
        <translation>Alt+↑/↓ kiest een notitie terwijl u typt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/run/entries_panel.py" line="143"/>
        <source>Entries of this step (%n)</source>
        <translation>
            <numerusform>Notities bij deze stap (%n)</numerusform>
            <numerusform>Notities bij deze stap (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="39"/>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="40"/>
        <source>Edit entry</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="43"/>
        <source>Text of the entry (Markdown allowed)</source>
        <translation>Tekst van de notitie (Markdown mag)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="46"/>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="85"/>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="46"/>
        <source>(nobody in particular)</source>
        <translation>(niemand in het bijzonder)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="50"/>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="86"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="52"/>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="87"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="52"/>
        <source>(no step)</source>
        <translation>(geen stap)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="55"/>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="88"/>
        <source>Worksheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="55"/>
        <source>(no worksheet)</source>
        <translation>(geen werkblad)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="58"/>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="89"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="58"/>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="64"/>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="90"/>
        <source>Due date</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="65"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="84"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="93"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Bewaren (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="96"/>
        <source>Save</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="97"/>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="98"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="110"/>
        <source>Changing the kind files the entry anew (a decision gets a new number).</source>
        <translation>Een andere soort legt de notitie opnieuw vast (een besluit krijgt een nieuw nummer).</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/entry_editor.py" line="126"/>
        <source>The text of an entry cannot be empty.</source>
        <translation>De tekst van een notitie mag niet leeg zijn.</translation>
    </message>
</context>
<context>
    <name>MeetingRun</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/meeting_run.py" line="184"/>
        <source>File entry</source>
        <translation>Notitie vastleggen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/meeting_run.py" line="199"/>
        <source>Delete entry</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/meeting_run.py" line="213"/>
        <location filename="../../opgroei_desktop/ui/run/meeting_run.py" line="232"/>
        <location filename="../../opgroei_desktop/ui/run/meeting_run.py" line="249"/>
        <location filename="../../opgroei_desktop/ui/run/meeting_run.py" line="260"/>
        <source>Edit entry</source>
        <translation>Notitie bewerken</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/message_bar.py" line="18"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/message_bar.py" line="27"/>
        <location filename="../../opgroei_desktop/ui/run/message_bar.py" line="28"/>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="32"/>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="33"/>
        <source>Screen for the projector view</source>
        <translation>Scherm voor het projectorbeeld</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="37"/>
        <source>Show the projector view full screen</source>
        <translation>Projectorbeeld schermvullend tonen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="37"/>
        <source>Full screen (F5)</source>
        <translation>Schermvullend (F5)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="41"/>
        <source>Blank the projector</source>
        <translation>Projector op zwart</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="41"/>
        <source>Blank (Ctrl+B)</source>
        <translation>Zwart (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="45"/>
        <source>Hide the entries on the projector</source>
        <translation>Notities op de projector verbergen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="46"/>
        <source>Hide entries (Ctrl+H)</source>
        <translation>Notities verbergen (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="51"/>
        <source>Switch between a dark and a light projector</source>
        <translation>Wisselen tussen een donker en een licht projectorbeeld</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="51"/>
        <source>Theme (Ctrl+T)</source>
        <translation>Licht/donker (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="76"/>
        <source>Projector: {0}</source>
        <translation>Projector: {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector_controls.py" line="78"/>
        <source>(this screen: window)</source>
        <translation>(dit scherm: venster)</translation>
    </message>
</context>
<context>
    <name>ProjectorPlacement</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/screens.py" line="99"/>
        <source>A screen was connected ({0}). Press F5 to show the projector view there.</source>
        <translation>Er is een scherm aangesloten ({0}). Druk op F5 om het projectorbeeld daar te tonen.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/screens.py" line="119"/>
        <source>The beamer was disconnected. The projector view is now a window on this screen; nothing is lost.</source>
        <translation>De beamer is losgekoppeld. Het projectorbeeld staat nu in een venster op dit scherm; er is niets verloren.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="47"/>
        <source>Opgroei — projector</source>
        <translation>Opgroei — projector</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="48"/>
        <source>Projector view</source>
        <translation>Projectorbeeld</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="67"/>
        <source>Entries shown to the room</source>
        <translation>Notities die de zaal ziet</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="96"/>
        <source>Blank screen</source>
        <translation>Zwart scherm</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="136"/>
        <source>Welcome! We will start in a moment.</source>
        <translation>Welkom! We beginnen zo.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="139"/>
        <source>Thank you!</source>
        <translation>Bedankt!</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="140"/>
        <source>This is what we decided and agreed today.</source>
        <translation>Dit hebben we vandaag besloten en afgesproken.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="143"/>
        <source>Closing</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="144"/>
        <source>Is this what we decided and agreed today?</source>
        <translation>Is dit wat we vandaag besloten en afgesproken hebben?</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="147"/>
        <source>Step {0} of {1}</source>
        <translation>Stap {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="177"/>
        <source>over time</source>
        <translation>over de tijd</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="180"/>
        <source>left</source>
        <translation>resterend</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="180"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/projector.py" line="267"/>
        <source>before {0}</source>
        <translation>vóór {0}</translation>
    </message>
</context>
<context>
    <name>RunLabels</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="14"/>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="21"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="15"/>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="22"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="16"/>
        <source>Together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="17"/>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="23"/>
        <source>Facilitator</source>
        <translation>Procesbegeleider</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="24"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="28"/>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="29"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="30"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="31"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="32"/>
        <source>Assumption</source>
        <translation>Aanname</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="33"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="34"/>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/labels.py" line="35"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/run_page.py" line="83"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/run_page.py" line="87"/>
        <source>PgDown next step · PgUp back</source>
        <translation>PgDn volgende stap · PgUp terug</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/run_page.py" line="105"/>
        <source>For you (not on the screen)</source>
        <translation>Voor u (niet op het scherm)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/run_page.py" line="108"/>
        <source>Instructions for the facilitator</source>
        <translation>Aanwijzingen voor de procesbegeleider</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/run_page.py" line="192"/>
        <source>No instructions for this step.</source>
        <translation>Geen aanwijzingen bij deze stap.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/run_page.py" line="40"/>
        <source>Prompt shown to the room</source>
        <translation>Vraag die de zaal ziet</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/run_page.py" line="62"/>
        <source>Closing</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/run_page.py" line="65"/>
        <source>Step {0} of {1}</source>
        <translation>Stap {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/run_page.py" line="68"/>
        <source>worksheet: {0}</source>
        <translation>werkblad: {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/run_page.py" line="72"/>
        <source>On the screen: {0}</source>
        <translation>Op het scherm: {0}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/summary.py" line="63"/>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/summary.py" line="64"/>
        <source>Agreements (proposals)</source>
        <translation>Afspraken (voorstellen)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/summary.py" line="65"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/summary.py" line="67"/>
        <source>None today.</source>
        <translation>Vandaag geen.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/summary.py" line="87"/>
        <source>before {0}</source>
        <translation>vóór {0}</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="86"/>
        <source>Time left on this step</source>
        <translation>Resterende tijd voor deze stap</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="94"/>
        <source>Start or pause the timer</source>
        <translation>Tijd starten of pauzeren</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="96"/>
        <source>One minute more</source>
        <translation>Eén minuut erbij</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="99"/>
        <source>Five minutes more</source>
        <translation>Vijf minuten erbij</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="96"/>
        <source>+1 (Ctrl+↑)</source>
        <translation>+1 (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="99"/>
        <source>+5 (Ctrl+Shift+↑)</source>
        <translation>+5 (Ctrl+Shift+↑)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="102"/>
        <source>One minute less</source>
        <translation>Eén minuut eraf</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="102"/>
        <source>−1 (Ctrl+↓)</source>
        <translation>−1 (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="132"/>
        <source>Pause (Ctrl+Space)</source>
        <translation>Pauze (Ctrl+Spatie)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="132"/>
        <source>Start (Ctrl+Space)</source>
        <translation>Start (Ctrl+Spatie)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="143"/>
        <source>over time · planned {0}</source>
        <translation>over de tijd · gepland {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="145"/>
        <source>paused · </source>
        <translation>gepauzeerd · </translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="146"/>
        <source>left of {0}</source>
        <translation>over van {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="153"/>
        <source>Expected end {0}</source>
        <translation>Verwacht einde {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="157"/>
        <source>Planned end {0}</source>
        <translation>Gepland einde {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/run/agenda_panel.py" line="159"/>
        <source>(%n min later)</source>
        <translation>
            <numerusform>(%n min later)</numerusform>
            <numerusform>(%n min later)</numerusform>
        </translation>
    </message>
</context>
</TS>
