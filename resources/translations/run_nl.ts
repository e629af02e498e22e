<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AgendaList</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>{0} of {1} min</source>
        <translation>{0} van {1} min</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>decisions, agreements, actions</source>
        <translation>besluiten, afspraken, acties</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Capture what is said</source>
        <translation>Vastleggen wat er gezegd wordt</translation>
    </message>
    <message>
        <source>Type what is said, then Enter. Example: {0}</source>
        <translation>Typ wat er gezegd wordt en druk op Enter. Bijvoorbeeld: {0}</translation>
    </message>
    <message>
        <source>g: ac: Call the alderman @Anna #15-03</source>
        <translation>g: ac: Bel de wethouder @Anna #15-03</translation>
    </message>
    <message>
        <source>File (Enter)</source>
        <translation>Vastleggen (Enter)</translation>
    </message>
    <message>
        <source>File the entry</source>
        <translation>Notitie vastleggen</translation>
    </message>
    <message>
        <source>Shorthand and keys</source>
        <translation>Afkortingen en toetsen</translation>
    </message>
    <message>
        <source>keep with Ctrl+1…4, clear with Ctrl+0</source>
        <translation>vasthouden met Ctrl+1…4, wissen met Ctrl+0</translation>
    </message>
    <message>
        <source>keep with Alt+{0}</source>
        <translation>vasthouden met Alt+{0}</translation>
    </message>
    <message>
        <source>@name owner · #dd-mm due date · \ at the start: no shorthand</source>
        <translation>@naam eigenaar · #dd-mm uiterlijk · \ vooraan: geen afkortingen</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes the last entry</source>
        <translation>Ctrl+Z maakt de laatste notitie ongedaan</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Who: —</source>
        <translation>Wie: —</translation>
    </message>
    <message>
        <source>Who: {0}</source>
        <translation>Wie: {0}</translation>
    </message>
    <message>
        <source>Party for the next entries; click to clear</source>
        <translation>Partij voor de volgende notities; klik om te wissen</translation>
    </message>
    <message>
        <source>Kind: {0}</source>
        <translation>Soort: {0}</translation>
    </message>
    <message>
        <source>Kind of the next entries; click to clear</source>
        <translation>Soort van de volgende notities; klik om te wissen</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Who is here today?</source>
        <translation>Wie is er vandaag?</translation>
    </message>
    <message>
        <source>Tick who is present (Space) and fill in on whose behalf each person speaks today (Tab goes to the next field). Everything is saved at once.</source>
        <translation>Vink aan wie er is (spatiebalk) en vul in namens wie iemand vandaag spreekt (Tab gaat naar het volgende veld). Alles wordt meteen opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n aanwezig</numerusform>
            <numerusform>%n aanwezig</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody was invited yet. Add the people present below.</source>
        <translation>Er is nog niemand uitgenodigd. Voeg hieronder toe wie er is.</translation>
    </message>
    <message>
        <source>{0} is present</source>
        <translation>{0} is aanwezig</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>niet uitgenodigd</translation>
    </message>
    <message>
        <source>On whose behalf {0} speaks today</source>
        <translation>Namens wie {0} vandaag spreekt</translation>
    </message>
    <message>
        <source>On whose behalf does this person speak today?</source>
        <translation>Namens wie spreekt deze persoon vandaag?</translation>
    </message>
    <message>
        <source>Why {0} is absent</source>
        <translation>Waarom {0} afwezig is</translation>
    </message>
    <message>
        <source>Not noted yet</source>
        <translation>Aanwezigheid nog open</translation>
    </message>
    <message>
        <source>Absent with notice (m.k.)</source>
        <translation>Afwezig met kennisgeving (m.k.)</translation>
    </message>
    <message>
        <source>Absent without notice (z.k.)</source>
        <translation>Afwezig zonder kennisgeving (z.k.)</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Afwezigheid</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <source>On whose behalf</source>
        <translation>Namens wie</translation>
    </message>
    <message>
        <source>Someone who was not on the list (Ctrl+N)</source>
        <translation>Iemand die niet op de lijst stond (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name of the walk-in</source>
        <translation>Naam van wie erbij komt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Party of the walk-in</source>
        <translation>Partij van wie erbij komt</translation>
    </message>
    <message>
        <source>Function of the walk-in</source>
        <translation>Functie van wie erbij komt</translation>
    </message>
    <message>
        <source>Function (optional)</source>
        <translation>Functie (mag leeg)</translation>
    </message>
    <message>
        <source>On whose behalf the walk-in speaks</source>
        <translation>Namens wie deze persoon spreekt</translation>
    </message>
    <message>
        <source>Speaks on behalf of (optional)</source>
        <translation>Spreekt namens (mag leeg)</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Add the walk-in</source>
        <translation>Deze persoon toevoegen</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Back to the meeting</source>
        <translation>Terug naar de bijeenkomst</translation>
    </message>
    <message>
        <source>Start the meeting</source>
        <translation>Bijeenkomst starten</translation>
    </message>
    <message>
        <source>{0} (Ctrl+Enter)</source>
        <translation>{0} (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Decisions, agreements and actions of today</source>
        <translation>Besluiten, afspraken en acties van vandaag</translation>
    </message>
    <message>
        <source>Back to the agenda (PgUp)</source>
        <translation>Terug naar de agenda (PgUp)</translation>
    </message>
    <message>
        <source>Back to the agenda</source>
        <translation>Terug naar de agenda</translation>
    </message>
    <message>
        <source>Finish the meeting (Ctrl+Enter)</source>
        <translation>Bijeenkomst afronden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Finish the meeting</source>
        <translation>Bijeenkomst afronden</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Venster sluiten</translation>
    </message>
    <message>
        <source>The meeting has been finished</source>
        <translation>De bijeenkomst is afgerond</translation>
    </message>
    <message>
        <source>It is marked as held. The minutes can now be made from the main window.</source>
        <translation>Ze staat nu op &apos;gehouden&apos;. Het verslag maakt u vanuit het hoofdvenster.</translation>
    </message>
    <message>
        <source>Closing: is this what we agreed?</source>
        <translation>Afronding: is dit wat we hebben afgesproken?</translation>
    </message>
    <message>
        <source>The screen now shows today&apos;s decisions, agreements and actions. Go through them with the room; to correct one, go back to its step (PgUp). Then finish the meeting.</source>
        <translation>Het scherm toont nu de besluiten, afspraken en acties van vandaag. Loop ze samen met de zaal na; wilt u iets verbeteren, ga dan terug naar die stap (PgUp). Rond daarna de bijeenkomst af.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Run meeting — {0}</source>
        <translation>Bijeenkomst leiden — {0}</translation>
    </message>
    <message>
        <source>Facilitator console</source>
        <translation>Venster van de procesbegeleider</translation>
    </message>
    <message>
        <source>The meeting is finished and marked as held.</source>
        <translation>De bijeenkomst is afgerond en staat op &apos;gehouden&apos;.</translation>
    </message>
    <message>
        <source>the closing</source>
        <translation>de afronding</translation>
    </message>
    <message>
        <source>This meeting was already running: you continue at “{0}”. The timer is paused; start it with Ctrl+Space.</source>
        <translation>Deze bijeenkomst liep al: u gaat verder bij “{0}”. De tijd staat stil; start hem met Ctrl+Spatie.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <source>Entries of this step</source>
        <translation>Notities bij deze stap</translation>
    </message>
    <message>
        <source>Edit or move (F2)</source>
        <translation>Bewerken of verplaatsen (F2)</translation>
    </message>
    <message>
        <source>Edit or move the selected entry</source>
        <translation>De gekozen notitie bewerken of verplaatsen</translation>
    </message>
    <message>
        <source>Delete (Ctrl+D)</source>
        <translation>Verwijderen (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>De gekozen notitie verwijderen</translation>
    </message>
    <message>
        <source>Alt+↑/↓ selects an entry while you type</source>
        <translation>Alt+↑/↓ kiest een notitie terwijl u typt</translation>
    </message>
    <message numerus="yes">
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
        <source>Edit entry</source>
        <translation>Notitie bewerken</translation>
    </message>
    <message>
        <source>Text of the entry (Markdown allowed)</source>
        <translation>Tekst van de notitie (Markdown mag)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>(nobody in particular)</source>
        <translation>(niemand in het bijzonder)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>(no step)</source>
        <translation>(geen stap)</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>(no worksheet)</source>
        <translation>(geen werkblad)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nog niemand)</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuleren (Esc)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Changing the kind files the entry anew (a decision gets a new number).</source>
        <translation>Een andere soort legt de notitie opnieuw vast (een besluit krijgt een nieuw nummer).</translation>
    </message>
    <message>
        <source>The text of an entry cannot be empty.</source>
        <translation>De tekst van een notitie mag niet leeg zijn.</translation>
    </message>
</context>
<context>
    <name>MeetingRun</name>
    <message>
        <source>File entry</source>
        <translation>Notitie vastleggen</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Notitie verwijderen</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Notitie bewerken</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <source>Screen for the projector view</source>
        <translation>Scherm voor het beamerbeeld</translation>
    </message>
    <message>
        <source>Show the projector view full screen</source>
        <translation>Beamerbeeld schermvullend tonen</translation>
    </message>
    <message>
        <source>Full screen (F5)</source>
        <translation>Schermvullend (F5)</translation>
    </message>
    <message>
        <source>Blank the projector</source>
        <translation>Beamer op zwart</translation>
    </message>
    <message>
        <source>Blank (Ctrl+B)</source>
        <translation>Zwart (Ctrl+B)</translation>
    </message>
    <message>
        <source>Hide the entries on the projector</source>
        <translation>Notities op de beamer verbergen</translation>
    </message>
    <message>
        <source>Hide entries (Ctrl+H)</source>
        <translation>Notities verbergen (Ctrl+H)</translation>
    </message>
    <message>
        <source>Switch between a dark and a light projector</source>
        <translation>Wisselen tussen een donker en een licht beamerbeeld</translation>
    </message>
    <message>
        <source>Theme (Ctrl+T)</source>
        <translation>Licht/donker (Ctrl+T)</translation>
    </message>
    <message>
        <source>Projector: {0}</source>
        <translation>Beamer: {0}</translation>
    </message>
    <message>
        <source>(this screen: window)</source>
        <translation>(dit scherm: venster)</translation>
    </message>
</context>
<context>
    <name>ProjectorPlacement</name>
    <message>
        <source>A screen was connected ({0}). Press F5 to show the projector view there.</source>
        <translation>Er is een scherm aangesloten ({0}). Druk op F5 om het beamerbeeld daar te tonen.</translation>
    </message>
    <message>
        <source>The beamer was disconnected. The projector view is now a window on this screen; nothing is lost.</source>
        <translation>De beamer is losgekoppeld. Het beamerbeeld staat nu in een venster op dit scherm; er is niets verloren.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Opgroei — projector</source>
        <translation>Opgroei — beamer</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Beamerbeeld</translation>
    </message>
    <message>
        <source>Entries shown to the room</source>
        <translation>Notities die de zaal ziet</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Zwart scherm</translation>
    </message>
    <message>
        <source>Welcome! We will start in a moment.</source>
        <translation>Welkom! We beginnen zo.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Bedankt!</translation>
    </message>
    <message>
        <source>This is what we decided and agreed today.</source>
        <translation>Dit hebben we vandaag besloten en afgesproken.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>Is this what we decided and agreed today?</source>
        <translation>Is dit wat we vandaag besloten en afgesproken hebben?</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Stap {0} van {1}</translation>
    </message>
    <message>
        <source>over time</source>
        <translation>over de tijd</translation>
    </message>
    <message>
        <source>left</source>
        <translation>resterend</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <source>before {0}</source>
        <translation>vóór {0}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>PgDown next step · PgUp back</source>
        <translation>PgDn volgende stap · PgUp terug</translation>
    </message>
    <message>
        <source>For you (not on the screen)</source>
        <translation>Voor u (niet op het scherm)</translation>
    </message>
    <message>
        <source>Instructions for the facilitator</source>
        <translation>Aanwijzingen voor de procesbegeleider</translation>
    </message>
    <message>
        <source>No instructions for this step.</source>
        <translation>Geen aanwijzingen bij deze stap.</translation>
    </message>
</context>
<context>
    <name>StepHeader</name>
    <message>
        <source>Prompt shown to the room</source>
        <translation>Vraag die de zaal ziet</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afronding</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Stap {0} van {1}</translation>
    </message>
    <message>
        <source>worksheet: {0}</source>
        <translation>werkblad: {0}</translation>
    </message>
    <message>
        <source>On the screen: {0}</source>
        <translation>Op het scherm: {0}</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Decisions</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>Agreements (proposals)</source>
        <translation>Afspraken (voorstellen)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>None today.</source>
        <translation>Vandaag geen.</translation>
    </message>
    <message>
        <source>before {0}</source>
        <translation>vóór {0}</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Time left on this step</source>
        <translation>Resterende tijd voor deze stap</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Tijd starten of pauzeren</translation>
    </message>
    <message>
        <source>One minute more</source>
        <translation>Eén minuut erbij</translation>
    </message>
    <message>
        <source>Five minutes more</source>
        <translation>Vijf minuten erbij</translation>
    </message>
    <message>
        <source>+1 (Ctrl+↑)</source>
        <translation>+1 (Ctrl+↑)</translation>
    </message>
    <message>
        <source>+5 (Ctrl+Shift+↑)</source>
        <translation>+5 (Ctrl+Shift+↑)</translation>
    </message>
    <message>
        <source>One minute less</source>
        <translation>Eén minuut eraf</translation>
    </message>
    <message>
        <source>−1 (Ctrl+↓)</source>
        <translation>−1 (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Pause (Ctrl+Space)</source>
        <translation>Pauze (Ctrl+Spatie)</translation>
    </message>
    <message>
        <source>Start (Ctrl+Space)</source>
        <translation>Start (Ctrl+Spatie)</translation>
    </message>
    <message>
        <source>over time · planned {0}</source>
        <translation>over de tijd · gepland {0}</translation>
    </message>
    <message>
        <source>paused · </source>
        <translation>gepauzeerd · </translation>
    </message>
    <message>
        <source>left of {0}</source>
        <translation>over van {0}</translation>
    </message>
    <message>
        <source>Expected end {0}</source>
        <translation>Verwacht einde {0}</translation>
    </message>
    <message>
        <source>Planned end {0}</source>
        <translation>Gepland einde {0}</translation>
    </message>
    <message numerus="yes">
        <source>(%n min later)</source>
        <translation>
            <numerusform>(%n min later)</numerusform>
            <numerusform>(%n min later)</numerusform>
        </translation>
    </message>
</context>
</TS>
