<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AdoptionRow</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Choose someone who was at the meeting, or type a name</source>
        <translation>Kies iemand die bij de bijeenkomst was, of typ een naam</translation>
    </message>
    <message>
        <source>Name of who agrees for the municipality</source>
        <translation>Naam van wie instemt namens de gemeente</translation>
    </message>
    <message>
        <source>Name of who agrees for the initiative</source>
        <translation>Naam van wie instemt namens het initiatief</translation>
    </message>
    <message>
        <source>Date the municipality agreed</source>
        <translation>Datum van instemming door de gemeente</translation>
    </message>
    <message>
        <source>Date the initiative agreed</source>
        <translation>Datum van instemming door het initiatief</translation>
    </message>
    <message>
        <source>Adopted by the municipality</source>
        <translation>Vastgesteld door de gemeente</translation>
    </message>
    <message>
        <source>Adopted by the initiative</source>
        <translation>Vastgesteld door het initiatief</translation>
    </message>
    <message>
        <source>Records who agreed to these minutes on behalf of this party, and when</source>
        <translation>Legt vast wie namens deze partij met het verslag instemt, en wanneer</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Withdraw the municipality&apos;s agreement</source>
        <translation>Instemming van de gemeente intrekken</translation>
    </message>
    <message>
        <source>Withdraw the initiative&apos;s agreement</source>
        <translation>Instemming van het initiatief intrekken</translation>
    </message>
    <message>
        <source>The minutes become a draft again</source>
        <translation>Het verslag wordt weer een concept</translation>
    </message>
    <message>
        <source>✓ Agreed by %1 on %2</source>
        <translation>✓ Ingestemd door %1 op %2</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Session format</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Add &amp;whole format</source>
        <translation>Hele werkvorm toe&amp;voegen</translation>
    </message>
    <message>
        <source>Step of the session format</source>
        <translation>Onderdeel van de werkvorm</translation>
    </message>
    <message>
        <source>Add from the library of session formats</source>
        <translation>Toevoegen uit de werkvormen</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>Title of the agenda item</source>
        <translation>Titel van het agendapunt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes for the agenda item</source>
        <translation>Minuten voor het agendapunt</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Pijl omhoog</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Pijl omlaag</translation>
    </message>
    <message>
        <source>Add this step</source>
        <translation>Dit onderdeel toevoegen</translation>
    </message>
    <message>
        <source>Add own item</source>
        <translation>Eigen punt toevoegen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>The agenda is empty. Choose a session format above and add it.</source>
        <translation>De agenda is nog leeg. Kies hierboven een werkvorm en voeg die toe.</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Agendapunt bewerken</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <source>Add session format %1</source>
        <translation>Werkvorm %1 toevoegen</translation>
    </message>
    <message>
        <source>New agenda item</source>
        <translation>Nieuw agendapunt</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Agendapunt verplaatsen</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Agendapunt verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Total: %n minutes</source>
        <translation>
            <numerusform>Totaal: %n minuut</numerusform>
            <numerusform>Totaal: %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk of buurt</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Name of the partnership</source>
        <translation>Naam van de samenwerking</translation>
    </message>
    <message>
        <source>Slogan</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Procesbegeleider</translation>
    </message>
    <message>
        <source>Shared goal</source>
        <translation>Gezamenlijk doel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>The trajectory</source>
        <translation>Het traject</translation>
    </message>
    <message>
        <source>Edit trajectory</source>
        <translation>Traject bewerken</translation>
    </message>
    <message>
        <source>empty: initiative – municipality</source>
        <translation>leeg: initiatief – gemeente</translation>
    </message>
    <message>
        <source>The two preconditions</source>
        <translation>De twee voorwaarden</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <source>Entries of this meeting</source>
        <translation>Notities van deze bijeenkomst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Soort notitie</translation>
    </message>
    <message>
        <source>Speaks for</source>
        <translation>Spreekt namens</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(niet vermeld)</translation>
    </message>
    <message>
        <source>(no worksheet)</source>
        <translation>(geen werkblad)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>No entries yet. What is captured during the meeting appears here; what was noted on paper can be typed in the line above.</source>
        <translation>Nog geen notities. Wat tijdens de bijeenkomst wordt vastgelegd, verschijnt hier; wat op papier is genoteerd, typt u in de regel hierboven.</translation>
    </message>
    <message>
        <source>Correct entry</source>
        <translation>Notitie verbeteren</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Notitie verwijderen</translation>
    </message>
</context>
<context>
    <name>InviteList</name>
    <message>
        <source>Invited people</source>
        <translation>Uitgenodigde mensen</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Uitnodigen</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Uitnodiging intrekken</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Procesbegeleider</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <source>Both together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Aanname</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <source>Draft minutes</source>
        <translation>Conceptverslag</translation>
    </message>
    <message>
        <source>Minutes adopted</source>
        <translation>Verslag vastgesteld</translation>
    </message>
    <message>
        <source>Added value recognised</source>
        <translation>Meerwaarde erkend</translation>
    </message>
    <message>
        <source>Time given, usual ways paused</source>
        <translation>Tijd gemaakt, gewone aanpak gepauzeerd</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opgroei Desktop</source>
        <translation>Opgroei Desktop</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Stand van het opslaan</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Opnieuw gedaan: %1</translation>
    </message>
    <message>
        <source>Rename trajectory</source>
        <translation>Naam van het traject wijzigen</translation>
    </message>
    <message>
        <source>Name of the partnership (leave empty to use initiative and municipality):</source>
        <translation>Naam van de samenwerking (leeg laten voor initiatief en gemeente):</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Archive trajectory</source>
        <translation>Traject archiveren</translation>
    </message>
    <message>
        <source>Bring back from archive</source>
        <translation>Terughalen uit archief</translation>
    </message>
    <message>
        <source>The trajectory was archived.</source>
        <translation>Het traject is gearchiveerd. Zet ‘Ook gearchiveerde tonen’ aan om het terug te vinden.</translation>
    </message>
    <message>
        <source>Delete the trajectory “%1” with its people, meetings and agreements? You can undo this with Ctrl+Z.</source>
        <translation>Het traject “%1” met zijn mensen, bijeenkomsten en afspraken verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete trajectory</source>
        <translation>Traject verwijderen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>The trajectory was deleted.</source>
        <translation>Het traject is verwijderd.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Everything is saved.</source>
        <translation>Alles is opgeslagen.</translation>
    </message>
    <message>
        <source>About Opgroei Desktop</source>
        <translation>Over Opgroei Desktop</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <source>Not saved — see the message above</source>
        <translation>Niet opgeslagen — zie de melding bovenaan</translation>
    </message>
    <message>
        <source>%1 — Opgroei Desktop</source>
        <translation>%1 — Opgroei Desktop</translation>
    </message>
    <message>
        <source>Bring &amp;back from archive</source>
        <translation>Terug&amp;halen uit archief</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>&amp;Start the meeting</source>
        <translation>Bijeenkomst &amp;starten</translation>
    </message>
    <message>
        <source>Opens the meeting screen with timer, agenda and live capture</source>
        <translation>Opent het scherm voor de bijeenkomst met klok, agenda en live notuleren</translation>
    </message>
    <message>
        <source>Meeting sections</source>
        <translation>Onderdelen van de bijeenkomst</translation>
    </message>
    <message>
        <source>Title of the meeting</source>
        <translation>Titel van de bijeenkomst</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <source>e.g. community centre, town hall room 2</source>
        <translation>bijv. buurthuis, stadhuis zaal 2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Details and &amp;invitations</source>
        <translation>Gegevens en &amp;uitnodigingen</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>Age&amp;nda</translation>
    </message>
    <message>
        <source>E&amp;ntries</source>
        <translation>Notit&amp;ies</translation>
    </message>
    <message>
        <source>Min&amp;utes</source>
        <translation>&amp;Verslag</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
    <message>
        <source>&amp;Continue the meeting</source>
        <translation>Verder met de bijeenkom&amp;st</translation>
    </message>
    <message numerus="yes">
        <source>Invited: %n</source>
        <translation>
            <numerusform>Uitgenodigd: %n</numerusform>
            <numerusform>Uitgenodigd: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>P&amp;lan a meeting</source>
        <translation>Bijeenkomst &amp;plannen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <source>No meetings yet.</source>
        <translation>Nog geen bijeenkomsten.</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <source>Choose a meeting in the list, or plan a new one.</source>
        <translation>Kies een bijeenkomst in de lijst, of plan een nieuwe.</translation>
    </message>
    <message>
        <source>Minutes: draft</source>
        <translation>Conceptverslag</translation>
    </message>
    <message>
        <source>Minutes adopted</source>
        <translation>Verslag vastgesteld</translation>
    </message>
    <message>
        <source>Adopted on %1</source>
        <translation>Vastgesteld op %1</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Bijeenkomst %1</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Bijeenkomst plannen</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Message action</source>
        <translation>Actie bij de melding</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Deze melding sluiten</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Niet opgeslagen:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Let op:</translation>
    </message>
</context>
<context>
    <name>MinutesExport</name>
    <message>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>The minutes could not be saved (%1). Nothing was written.</source>
        <translation>Het verslag kon niet worden opgeslagen (%1). Er is niets weggeschreven.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>State of the minutes</source>
        <translation>Stand van het verslag</translation>
    </message>
    <message>
        <source>Saving the minutes</source>
        <translation>Verslag wordt opgeslagen</translation>
    </message>
    <message>
        <source>Saving the minutes…</source>
        <translation>Het verslag wordt opgeslagen…</translation>
    </message>
    <message>
        <source>Save as Wo&amp;rd…</source>
        <translation>Opslaan als Wo&amp;rd…</translation>
    </message>
    <message>
        <source>Save the minutes as a Word file</source>
        <translation>Verslag opslaan als Word-bestand</translation>
    </message>
    <message>
        <source>A .docx file both parties can file, edit and forward</source>
        <translation>Een .docx-bestand dat beide partijen kunnen archiveren, bewerken en doorsturen</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als pd&amp;f…</translation>
    </message>
    <message>
        <source>Save the minutes as a PDF file</source>
        <translation>Verslag opslaan als pdf-bestand</translation>
    </message>
    <message>
        <source>A PDF file to send round; it looks the same everywhere</source>
        <translation>Een pdf-bestand om rond te sturen; het ziet er overal hetzelfde uit</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>Voorbeeld van het verslag</translation>
    </message>
    <message>
        <source>Adopted on %1</source>
        <translation>Vastgesteld op %1</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <source>Draft: not yet adopted by both parties</source>
        <translation>Concept: nog niet door beide partijen vastgesteld</translation>
    </message>
    <message>
        <source>Minutes adopted by the municipality</source>
        <translation>Verslag vastgesteld door de gemeente</translation>
    </message>
    <message>
        <source>Minutes adopted by the initiative</source>
        <translation>Verslag vastgesteld door het initiatief</translation>
    </message>
    <message>
        <source>Withdraw the municipality&apos;s agreement</source>
        <translation>Instemming van de gemeente intrekken</translation>
    </message>
    <message>
        <source>Withdraw the initiative&apos;s agreement</source>
        <translation>Instemming van het initiatief intrekken</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-bestanden (*.docx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save the minutes</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <source>The minutes were saved as %1.</source>
        <translation>Het verslag is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>NewTrajectoryWizard</name>
    <message>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Create trajectory</source>
        <translation>Traject &amp;aanmaken</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Start date: %1</source>
        <translation>Startdatum: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Preconditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Bijeenkomst plannen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation>Volgende piketpaal</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the next meeting</source>
        <translation>De volgende bijeenkomst openen</translation>
    </message>
    <message>
        <source>✓ confirmed %1</source>
        <translation>✓ bevestigd %1</translation>
    </message>
    <message>
        <source>○ still open</source>
        <translation>○ nog open</translation>
    </message>
    <message>
        <source>○ not discussed yet</source>
        <translation>○ nog niet besproken</translation>
    </message>
    <message>
        <source>No meeting planned.</source>
        <translation>Geen bijeenkomst gepland.</translation>
    </message>
    <message>
        <source>Plan another</source>
        <translation>Nog een plannen</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open actie</numerusform>
            <numerusform>%n open acties</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1 — was due %2</source>
        <translation>• %1 — uiterlijk %2</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue:</source>
        <translation>
            <numerusform>%n te laat:</numerusform>
            <numerusform>%n te laat:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No milestone agreed yet.</source>
        <translation>Nog geen piketpaal afgesproken.</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <source>Who is working together?</source>
        <translation>Wie werken er samen?</translation>
    </message>
    <message>
        <source>The two parties of this trajectory. You can change this later.</source>
        <translation>De twee partijen van dit traject. U kunt dit later nog wijzigen.</translation>
    </message>
    <message>
        <source>for example: Gemeente Zwolle</source>
        <translation>bijvoorbeeld: Gemeente Zwolle</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>for example: Energiecoöperatie Assendorp</source>
        <translation>bijvoorbeeld: Energiecoöperatie Assendorp</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <source>&amp;Initiative</source>
        <translation>&amp;Initiatief</translation>
    </message>
</context>
<context>
    <name>PartyChoice</name>
    <message>
        <source>Confirmed on</source>
        <translation>Bevestigd op</translation>
    </message>
    <message>
        <source>%1: confirmed</source>
        <translation>%1: bevestigd</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>%1: still open</source>
        <translation>%1: nog open</translation>
    </message>
    <message>
        <source>%1: confirmed on</source>
        <translation>%1: bevestigd op</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Toelichting (mag leeg blijven)</translation>
    </message>
    <message>
        <source>%1: note</source>
        <translation>%1: toelichting</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name of a new person</source>
        <translation>Naam van een nieuwe persoon</translation>
    </message>
    <message>
        <source>Party of the new person</source>
        <translation>Partij van de nieuwe persoon</translation>
    </message>
    <message>
        <source>Add pe&amp;rson</source>
        <translation>Persoon toe&amp;voegen</translation>
    </message>
    <message>
        <source>People by party</source>
        <translation>Mensen per partij</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>On whose behalf</source>
        <translation>Namens wie</translation>
    </message>
    <message>
        <source>In minutes</source>
        <translation>In verslag</translation>
    </message>
    <message>
        <source>No people yet. Add the people of both parties who take part.</source>
        <translation>Nog geen mensen. Voeg de mensen van beide partijen toe die meedoen.</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>(left %1)</source>
        <translation>(vertrokken %1)</translation>
    </message>
    <message>
        <source>named</source>
        <translation>met naam</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>zonder naam</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Organisation or department</source>
        <translation>Organisatie of afdeling</translation>
    </message>
    <message>
        <source>Speaks on behalf of</source>
        <translation>Spreekt namens</translation>
    </message>
    <message>
        <source>e.g. as a resident, for the board, as adviser</source>
        <translation>bijv. als bewoner, namens het bestuur, als adviseur</translation>
    </message>
    <message>
        <source>May be named in the minutes</source>
        <translation>Mag met naam in het verslag</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <source>Date of leaving</source>
        <translation>Datum van vertrek</translation>
    </message>
    <message>
        <source>Forget this person…</source>
        <translation>Deze persoon vergeten…</translation>
    </message>
    <message>
        <source>Removes name and details for good (privacy). Their entries keep the party.</source>
        <translation>Wist naam en gegevens voorgoed (privacy). De notities blijven bij de partij.</translation>
    </message>
    <message>
        <source>Choose a person in the list.</source>
        <translation>Kies iemand in de lijst.</translation>
    </message>
    <message>
        <source>This person&apos;s details were removed.</source>
        <translation>De gegevens van deze persoon zijn gewist.</translation>
    </message>
    <message>
        <source>Left on %1</source>
        <translation>Vertrokken op %1</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Doet mee</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>Vertrokken markeren</translation>
    </message>
    <message>
        <source>Organisation / department</source>
        <translation>Organisatie / afdeling</translation>
    </message>
    <message>
        <source>On whose behalf</source>
        <translation>Namens wie</translation>
    </message>
    <message>
        <source>Taking part again</source>
        <translation>Doet weer mee</translation>
    </message>
    <message>
        <source>Forget %1 for good? Name, function, organisation and on whose behalf they speak are wiped. Their entries stay, under their party. This cannot be undone.</source>
        <translation>%1 voorgoed vergeten? Naam, functie, organisatie en namens wie deze persoon spreekt worden gewist. De notities blijven staan, onder de partij. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>Persoon vergeten</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Vergeten</translation>
    </message>
</context>
<context>
    <name>PreconditionPage</name>
    <message>
        <source>Precondition: %1</source>
        <translation>Voorwaarde: %1</translation>
    </message>
    <message>
        <source>Choose for each party: confirmed, or still open.</source>
        <translation>Kies per partij: bevestigd, of nog open.</translation>
    </message>
</context>
<context>
    <name>PreconditionRow</name>
    <message>
        <source>%1: state</source>
        <translation>%1: stand</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Nog niet besproken</translation>
    </message>
    <message>
        <source>Confirmed on</source>
        <translation>Bevestigd op</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <source>%1: confirmed on</source>
        <translation>%1: bevestigd op</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>%1: note</source>
        <translation>%1: toelichting</translation>
    </message>
    <message>
        <source>Change precondition</source>
        <translation>Voorwaarde wijzigen</translation>
    </message>
</context>
<context>
    <name>ProcessPicture</name>
    <message>
        <source>DOEN · four components, running side by side</source>
        <translation>DOEN · vier onderdelen die tegelijk lopen</translation>
    </message>
    <message>
        <source>VERHELDEREN · four themes that keep coming back</source>
        <translation>VERHELDEREN · vier thema&apos;s die steeds terugkomen</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>What is it about?</source>
        <translation>Waar gaat het over?</translation>
    </message>
    <message>
        <source>All fields on this page are optional.</source>
        <translation>Alle velden op deze pagina mogen leeg blijven.</translation>
    </message>
    <message>
        <source>neighbourhood or district</source>
        <translation>buurt of wijk</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk of buurt</translation>
    </message>
    <message>
        <source>for example: collective heat network</source>
        <translation>bijvoorbeeld: collectief warmtenet</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>The start date is &amp;known</source>
        <translation>De startdatum is be&amp;kend</translation>
    </message>
    <message>
        <source>The start date is known</source>
        <translation>De startdatum is bekend</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Wijk of buurt</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>&amp;Startdatum</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>the app&apos;s own layout</source>
        <translation>de eigen opmaak van het programma</translation>
    </message>
    <message>
        <source>Word template for minutes</source>
        <translation>Word-sjabloon voor het verslag</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Kies een Word-sjabloon</translation>
    </message>
    <message>
        <source>&amp;Own layout</source>
        <translation>&amp;Eigen opmaak</translation>
    </message>
    <message>
        <source>Use the app&apos;s own layout</source>
        <translation>De eigen opmaak van het programma gebruiken</translation>
    </message>
    <message>
        <source>Minutes &amp;template</source>
        <translation>Sjabloon voor het &amp;verslag</translation>
    </message>
    <message>
        <source>A .docx file of your organisation, whose styles the minutes will use.</source>
        <translation>Een .docx-bestand van uw organisatie; het verslag neemt de stijlen daarvan over.</translation>
    </message>
    <message>
        <source>Check of the template</source>
        <translation>Controle van het sjabloon</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-bestanden (*.docx)</translation>
    </message>
    <message>
        <source>✓ The template has every style the minutes use.</source>
        <translation>✓ Het sjabloon heeft alle opmaakprofielen die het verslag gebruikt.</translation>
    </message>
    <message>
        <source>Minutes can be made with this template, but:</source>
        <translation>Met dit sjabloon kan een verslag worden gemaakt, maar:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Restore newest backup</source>
        <translation>Nieuwste reservekopie terugzetten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>The backup is back in place. The damaged file was kept as {0}.</source>
        <translation>De reservekopie is teruggezet. Het beschadigde bestand staat ernaast als {0}.</translation>
    </message>
</context>
<context>
    <name>TrajectoryList</name>
    <message>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <source>Search by name or area</source>
        <translation>Zoek op naam of wijk</translation>
    </message>
    <message>
        <source>Search trajectories</source>
        <translation>Trajecten zoeken</translation>
    </message>
    <message>
        <source>Also show &amp;archived</source>
        <translation>Ook ge&amp;archiveerde tonen</translation>
    </message>
    <message>
        <source>Also show archived trajectories</source>
        <translation>Ook gearchiveerde trajecten tonen</translation>
    </message>
    <message>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <source>Nothing found. Try another word.</source>
        <translation>Niets gevonden. Probeer een ander woord.</translation>
    </message>
    <message>
        <source>No trajectories yet.</source>
        <translation>Nog geen trajecten.</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <source>Trajectory pages</source>
        <translation>Pagina&apos;s van het traject</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Mensen</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>Bij&amp;eenkomsten</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acties</translation>
    </message>
    <message>
        <source>Searc&amp;h</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Opgroei Desktop</source>
        <translation>Welkom bij Opgroei Desktop</translation>
    </message>
    <message>
        <source>Prepare and run the meetings between a municipality and a residents&apos; initiative, keep what was said and agreed, and find it back years later. Everything stays on this computer and is saved as you work.</source>
        <translation>Bereid de bijeenkomsten tussen gemeente en bewonersinitiatief voor, leid ze, leg vast wat er gezegd en afgesproken is en vind het jaren later terug. Alles blijft op deze computer en wordt opgeslagen terwijl u werkt.</translation>
    </message>
    <message>
        <source>&amp;New trajectory</source>
        <translation>&amp;Nieuw traject</translation>
    </message>
    <message>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <source>Open the e&amp;xample trajectory</source>
        <translation>&amp;Voorbeeldtraject openen</translation>
    </message>
    <message>
        <source>Open the example trajectory</source>
        <translation>Voorbeeldtraject openen</translation>
    </message>
    <message>
        <source>A made-up municipality and cooperative with three meetings, to look around and practise</source>
        <translation>Een verzonnen gemeente en coöperatie met drie bijeenkomsten, om rond te kijken en te oefenen</translation>
    </message>
    <message>
        <source>Or choose a trajectory on the left.</source>
        <translation>Of kies links een traject.</translation>
    </message>
    <message>
        <source>Based on: %1</source>
        <translation>Gebaseerd op: %1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New trajectory…</source>
        <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
        <source>Open the e&amp;xample trajectory</source>
        <translation>&amp;Voorbeeldtraject openen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>Nu op&amp;slaan</translation>
    </message>
    <message>
        <source>Everything is saved as you work; this saves typed text at once.</source>
        <translation>Alles wordt opgeslagen terwijl u werkt; dit slaat getypte tekst meteen op.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <source>&amp;Delete trajectory…</source>
        <translation>Traject &amp;verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Find trajectory</source>
        <translation>Traject &amp;zoeken</translation>
    </message>
    <message>
        <source>Draft &amp;documents…</source>
        <translation>&amp;Documenten opstellen…</translation>
    </message>
    <message>
        <source>Draft a plan of approach, letter of intent, agreement or covenant</source>
        <translation>Een plan van aanpak, intentieovereenkomst, samenwerkingsovereenkomst of convenant opstellen</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Mensen</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Bijeenkomsten</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Acties</translation>
    </message>
    <message>
        <source>Searc&amp;h everything</source>
        <translation>&amp;Zoeken in alles</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <source>Trajectory &amp;list</source>
        <translation>Lijst met &amp;trajecten</translation>
    </message>
    <message>
        <source>&amp;About Opgroei Desktop</source>
        <translation>&amp;Over Opgroei Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Trajectory</source>
        <translation>&amp;Traject</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>WorksheetHost</name>
    <message>
        <source>← Back to overview</source>
        <translation>← Terug naar het overzicht</translation>
    </message>
    <message>
        <source>Back to overview</source>
        <translation>Terug naar het overzicht</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>WorksheetTile</name>
    <message>
        <source>Press Enter to open.</source>
        <translation>Druk op Enter om te openen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message>
        <source>no agreements</source>
        <translation>geen afspraken</translation>
    </message>
    <message>
        <source>%1 of %2 agreed</source>
        <translation>%1 van %2 akkoord</translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
</context>
</TS>
