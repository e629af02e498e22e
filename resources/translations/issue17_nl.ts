<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Choose between two versions</source>
        <translation>Kies tussen twee versies</translation>
    </message>
    <message>
        <source>Both this computer and the file changed these fields since they last exchanged. Choose per field which version stays; everything else is merged.</source>
        <translation>Deze velden zijn sinds de vorige uitwisseling zowel op deze computer als in het bestand veranderd. Kies per veld welke versie blijft; al het andere wordt samengevoegd.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>Op deze computer</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In het bestand</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Houden</translation>
    </message>
    <message>
        <source>This computer's</source>
        <translation>Die van deze computer</translation>
    </message>
    <message>
        <source>The file's</source>
        <translation>Die uit het bestand</translation>
    </message>
    <message>
        <source>Version to keep for %1</source>
        <translation>Welke versie blijft voor %1</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>DossierExport</name>
    <message>
        <source>The dossier could not be saved (%1). Nothing was written.</source>
        <translation>Het dossier kon niet worden opgeslagen (%1). Er is niets geschreven.</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>Het dossier opslaan</translation>
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
        <source>The dossier was saved as %1.</source>
        <translation>Het dossier is opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
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
        <source>Milestone</source>
        <translation>Piketpaal</translation>
    </message>
    <message>
        <source>Worksheet line</source>
        <translation>Regel op een werkblad</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>what</source>
        <translation>wat</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stand</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>uiterlijk</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>The trajectory was read in. A backup was made first.</source>
        <translation>Het traject is ingelezen. Vooraf is een reservekopie gemaakt.</translation>
    </message>
    <message>
        <source>Merged: %1 added, %2 changed, %3 chosen by you. A backup was made first.</source>
        <translation>Samengevoegd: %1 erbij, %2 gewijzigd, %3 door u gekozen. Vooraf is een reservekopie gemaakt.</translation>
    </message>
    <message>
        <source>Save trajectory as file</source>
        <translation>Traject opslaan als bestand</translation>
    </message>
    <message>
        <source>Opgroei trajectories (*%1)</source>
        <translation>Opgroei-trajecten (*%1)</translation>
    </message>
    <message>
        <source>For the parties themselves: leave out my own notes</source>
        <translation>Voor de partijen zelf: laat mijn eigen notities weg</translation>
    </message>
</context>
<context>
    <name>ExchangeController</name>
    <message>
        <source>Open trajectory from file</source>
        <translation>Traject openen uit bestand</translation>
    </message>
    <message>
        <source>Opgroei trajectories (*%1)</source>
        <translation>Opgroei-trajecten (*%1)</translation>
    </message>
    <message>
        <source>Nothing to do: this file was read in before.</source>
        <translation>Niets te doen: dit bestand is al eerder ingelezen.</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Open trajectory from file…</source>
        <translation>Traject &amp;openen uit bestand…</translation>
    </message>
    <message>
        <source>Read in a .opgroei file: a new trajectory, or merge into the same one</source>
        <translation>Lees een .opgroei-bestand in: een nieuw traject, of samenvoegen met hetzelfde traject</translation>
    </message>
    <message>
        <source>Save trajectory as &amp;file…</source>
        <translation>Traject opslaan als &amp;bestand…</translation>
    </message>
    <message>
        <source>Save the trajectory as one .opgroei file to hand over or merge elsewhere</source>
        <translation>Sla het traject op als één .opgroei-bestand om over te dragen of elders samen te voegen</translation>
    </message>
    <message>
        <source>Save do&amp;ssier…</source>
        <translation>Do&amp;ssier opslaan…</translation>
    </message>
    <message>
        <source>The whole record for a successor, a newcomer or the council, as Word or PDF</source>
        <translation>Het hele verloop voor een opvolger, een nieuwkomer of de raad, als Word- of pdf-bestand</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>(left on %1: to be handed over)</source>
        <translation>(vertrokken op %1: nog over te dragen)</translation>
    </message>
</context>
<context>
    <name>LeaveDialog</name>
    <message>
        <source>Someone leaves the table</source>
        <translation>Iemand vertrekt van tafel</translation>
    </message>
    <message>
        <source>%1 leaves on %2. Choose who takes over what they still carry; whatever you leave with the party stays with the party until someone takes it on.</source>
        <translation>%1 vertrekt op %2. Kies wie overneemt wat deze persoon nog draagt; wat u bij de partij laat, blijft bij de partij tot iemand het oppakt.</translation>
    </message>
    <message>
        <source>Successor for the role</source>
        <translation>Opvolger in de rol</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nog niemand</translation>
    </message>
    <message>
        <source>Takes over the role (%1)</source>
        <translation>Neemt de rol over (%1)</translation>
    </message>
    <message>
        <source>Takes over the role</source>
        <translation>Neemt de rol over</translation>
    </message>
    <message>
        <source>Takes over the action %1</source>
        <translation>Neemt de actie over: %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Carries the agreement %1</source>
        <translation>Draagt de afspraak verder: %1</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Hand over and mark as left</source>
        <translation>Overdragen en vertrek vastleggen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stays with the party (%1)</source>
        <translation>Blijft bij de partij (%1)</translation>
    </message>
</context>
<context>
    <name>Leaving</name>
    <message>
        <source>Mark as left and hand over</source>
        <translation>Vertrek vastleggen en overdragen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Suggestion after a change at the table</source>
        <translation>Suggestie na een wisseling aan tafel</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) left the table since the last meeting. For the next meeting, consider the format “Nieuwe mensen aan tafel”.</source>
        <translation>
            <numerusform>%n persoon is sinds de vorige bijeenkomst van tafel vertrokken. Kies voor de volgende bijeenkomst bijvoorbeeld de werkvorm “Nieuwe mensen aan tafel”.</numerusform>
            <numerusform>%n personen zijn sinds de vorige bijeenkomst van tafel vertrokken. Kies voor de volgende bijeenkomst bijvoorbeeld de werkvorm “Nieuwe mensen aan tafel”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) still with someone who left: to be handed over.</source>
        <translation>
            <numerusform>%n actie ligt nog bij iemand die vertrokken is: nog over te dragen.</numerusform>
            <numerusform>%n acties liggen nog bij iemand die vertrokken is: nog over te dragen.</numerusform>
        </translation>
    </message>
</context>
</TS>
