<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>ActionAdder</name>
        <message>
            <source>New action: what needs doing…</source>
            <translation>Nieuwe actie: wat moet er gebeuren…</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nieuwe actie</translation>
        </message>
        <message>
            <source>due dd-mm-yyyy</source>
            <translation>uiterlijk dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Due date of the new action</source>
            <translation>Uiterlijke datum van de nieuwe actie</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Actie toevoegen</translation>
        </message>
    </context>
    <context>
        <name>ActionRow</name>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Can be undone with Ctrl+Z</source>
            <translation>Terug te draaien met Ctrl+Z</translation>
        </message>
        <message>
            <source>Done: %1</source>
            <translation>Gedaan: %1</translation>
        </message>
        <message>
            <source>Delete action: %1</source>
            <translation>Actie verwijderen: %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>uiterlijk %1</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>From meeting</source>
            <translation>Uit bijeenkomst</translation>
        </message>
        <message>
            <source>Worksheet</source>
            <translation>Werkblad</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>nobody yet</source>
            <translation>nog niemand</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n dag te laat</numerusform>
                <numerusform>%n dagen te laat</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ActionsView</name>
        <message>
            <source>Action list</source>
            <translation>Actielijst</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>Over&amp;due</source>
            <translation>&amp;Te laat</translation>
        </message>
        <message>
            <source>A&amp;ll</source>
            <translation>&amp;Alle</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acties</translation>
        </message>
        <message>
            <source>What needs doing</source>
            <translation>Wat er moet gebeuren</translation>
        </message>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <source>Mark &amp;done</source>
            <translation>Markeer als &amp;gedaan</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Can be undone with Ctrl+Z</source>
            <translation>Terug te draaien met Ctrl+Z</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Actie aanpassen</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Nieuwe actie</translation>
        </message>
        <message numerus="yes">
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n actie</numerusform>
                <numerusform>%n acties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n te laat</numerusform>
                <numerusform>%n te laat</numerusform>
            </translation>
        </message>
        <message>
            <source>Open &amp;again</source>
            <translation>&amp;Weer openzetten</translation>
        </message>
    </context>
    <context>
        <name>AgreementPanel</name>
        <message>
            <source>Agreement details</source>
            <translation>Afspraak in detail</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Close the agreement</source>
            <translation>Afspraak sluiten</translation>
        </message>
        <message>
            <source>Choose an agreement (Open) to see its steps and its history.</source>
            <translation>Kies een afspraak (Openen) om de stappen en de geschiedenis te zien.</translation>
        </message>
        <message>
            <source>Wording of the agreement</source>
            <translation>Tekst van de afspraak</translation>
        </message>
        <message>
            <source>Save wording</source>
            <translation>Tekst opslaan</translation>
        </message>
        <message>
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <source>For example: Intentieovereenkomst</source>
            <translation>Bijvoorbeeld: Intentieovereenkomst</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Evaluation date</source>
            <translation>Datum van de evaluatie</translation>
        </message>
        <message>
            <source>Outcome of the evaluation</source>
            <translation>Uitkomst van de evaluatie</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Toelichting (mag leeg blijven)</translation>
        </message>
        <message>
            <source>Note with this step</source>
            <translation>Toelichting bij deze stap</translation>
        </message>
        <message>
            <source>Confirm step</source>
            <translation>Stap bevestigen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <source>Delete agreement</source>
            <translation>Afspraak verwijderen</translation>
        </message>
        <message>
            <source>Can be undone with Ctrl+Z</source>
            <translation>Terug te draaien met Ctrl+Z</translation>
        </message>
        <message>
            <source>%1 (not possible now)</source>
            <translation>%1 (kan nu niet)</translation>
        </message>
    </context>
    <context>
        <name>AgreementRow</name>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Open agreement: %1</source>
            <translation>Afspraak openen: %1</translation>
        </message>
        <message>
            <source>Show the steps and the history of this agreement</source>
            <translation>Toon de stappen en de geschiedenis van deze afspraak</translation>
        </message>
    </context>
    <context>
        <name>Agreements</name>
        <message>
            <source>Proposed in %1</source>
            <translation>Voorgesteld in %1</translation>
        </message>
        <message>
            <source>Recorded in: %1</source>
            <translation>Vastgelegd in: %1</translation>
        </message>
        <message>
            <source>Evaluate on %1</source>
            <translation>Evalueren op %1</translation>
        </message>
        <message>
            <source>Outcome: %1</source>
            <translation>Uitkomst: %1</translation>
        </message>
    </context>
    <context>
        <name>ChallengeCard</name>
        <message>
            <source>General: not tied to one challenge</source>
            <translation>Algemeen: niet aan één uitdaging gekoppeld</translation>
        </message>
        <message>
            <source>Does this play here: %1</source>
            <translation>Speelt dit hier: %1</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Nog niet bepaald</translation>
        </message>
        <message>
            <source>Said in meetings</source>
            <translation>Gezegd in bijeenkomsten</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <source>No agreements yet.</source>
            <translation>Nog geen afspraken.</translation>
        </message>
        <message>
            <source>Suggested agreements (library)</source>
            <translation>Voorgestelde afspraken (uit de bibliotheek)</translation>
        </message>
        <message>
            <source>Doen: what the parties do</source>
            <translation>Doen: wat de partijen doen</translation>
        </message>
        <message>
            <source>No actions yet.</source>
            <translation>Nog geen acties.</translation>
        </message>
    </context>
    <context>
        <name>EntryList</name>
        <message>
            <source>Show all entries</source>
            <translation>Alle notities tonen</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>Minder tonen</translation>
        </message>
        <message numerus="yes">
            <source>Show %n older entries</source>
            <translation>
                <numerusform>Nog %n oudere notitie tonen</numerusform>
                <numerusform>Nog %n oudere notities tonen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EntryRow</name>
        <message>
            <source>outside a meeting</source>
            <translation>buiten een bijeenkomst</translation>
        </message>
    </context>
    <context>
        <name>HistoryRow</name>
        <message>
            <source>outside a meeting</source>
            <translation>buiten een bijeenkomst</translation>
        </message>
        <message>
            <source>New wording: %1</source>
            <translation>Nieuwe tekst: %1</translation>
        </message>
    </context>
    <context>
        <name>ItemAdder</name>
        <message>
            <source>For which party</source>
            <translation>Voor welke partij</translation>
        </message>
        <message>
            <source>Both / other</source>
            <translation>Samen / anders</translation>
        </message>
        <message>
            <source>New: %1</source>
            <translation>Nieuw: %1</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <source>Add line: %1</source>
            <translation>Regel toevoegen: %1</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Shared by both</source>
            <translation>Gedeeld door beide</translation>
        </message>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <source>Delete line</source>
            <translation>Regel verwijderen</translation>
        </message>
        <message>
            <source>Delete this line (Ctrl+Z undoes it)</source>
            <translation>Deze regel verwijderen (Ctrl+Z draait het terug)</translation>
        </message>
        <message>
            <source>Edit worksheet line</source>
            <translation>Werkbladregel aanpassen</translation>
        </message>
        <message>
            <source>Delete line: %1</source>
            <translation>Regel verwijderen: %1</translation>
        </message>
    </context>
    <context>
        <name>MilestoneRow</name>
        <message>
            <source>Name of the milestone</source>
            <translation>Naam van de piketpaal</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Piketpaal</translation>
        </message>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Date of the milestone</source>
            <translation>Datum van de piketpaal</translation>
        </message>
        <message>
            <source>When is it reached? What do we see then?</source>
            <translation>Wanneer is hij bereikt? Wat zien we dan?</translation>
        </message>
        <message>
            <source>When it is reached</source>
            <translation>Wanneer hij bereikt is</translation>
        </message>
        <message>
            <source>What is guaranteed to follow when it is reached?</source>
            <translation>Wat volgt er gegarandeerd als hij bereikt is?</translation>
        </message>
        <message>
            <source>What is guaranteed to follow</source>
            <translation>Wat er gegarandeerd volgt</translation>
        </message>
        <message>
            <source>Evaluation meeting</source>
            <translation>Bijeenkomst van de evaluatie</translation>
        </message>
        <message>
            <source>Outcome of the evaluation</source>
            <translation>Uitkomst van de evaluatie</translation>
        </message>
        <message>
            <source>Not evaluated yet</source>
            <translation>Nog niet geëvalueerd</translation>
        </message>
        <message>
            <source>What was decided, and what comes next</source>
            <translation>Wat is er besloten, en wat komt er nu</translation>
        </message>
        <message>
            <source>Outcome note</source>
            <translation>Toelichting bij de uitkomst</translation>
        </message>
        <message>
            <source>Delete milestone</source>
            <translation>Piketpaal verwijderen</translation>
        </message>
        <message>
            <source>Delete this milestone (Ctrl+Z undoes it)</source>
            <translation>Deze piketpaal verwijderen (Ctrl+Z draait het terug)</translation>
        </message>
        <message>
            <source>Reached when</source>
            <translation>Bereikt als</translation>
        </message>
        <message>
            <source>Then guaranteed</source>
            <translation>Dan volgt gegarandeerd</translation>
        </message>
        <message>
            <source>Evaluated in</source>
            <translation>Geëvalueerd in</translation>
        </message>
        <message>
            <source>Edit milestone</source>
            <translation>Piketpaal aanpassen</translation>
        </message>
        <message>
            <source>No meeting chosen</source>
            <translation>Geen bijeenkomst gekozen</translation>
        </message>
        <message>
            <source>Delete milestone: %1</source>
            <translation>Piketpaal verwijderen: %1</translation>
        </message>
    </context>
    <context>
        <name>MilestoneSection</name>
        <message>
            <source>New milestone: name</source>
            <translation>Nieuwe piketpaal: naam</translation>
        </message>
        <message>
            <source>Name of the new milestone</source>
            <translation>Naam van de nieuwe piketpaal</translation>
        </message>
        <message>
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <source>Date of the new milestone</source>
            <translation>Datum van de nieuwe piketpaal</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>Piketpaal toevoegen</translation>
        </message>
        <message>
            <source>Said in meetings</source>
            <translation>Gezegd in bijeenkomsten</translation>
        </message>
    </context>
    <context>
        <name>NewAgreement</name>
        <message>
            <source>Our own agreement…</source>
            <translation>Een eigen afspraak…</translation>
        </message>
        <message>
            <source>New agreement</source>
            <translation>Nieuwe afspraak</translation>
        </message>
        <message>
            <source>Add agreement</source>
            <translation>Afspraak toevoegen</translation>
        </message>
    </context>
    <context>
        <name>OwnerBox</name>
        <message>
            <source>Who does it</source>
            <translation>Wie doet het</translation>
        </message>
        <message>
            <source>Nobody yet</source>
            <translation>Nog niemand</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <source>Search everything said, agreed and planned…</source>
            <translation>Zoek in alles wat gezegd, afgesproken en gepland is…</translation>
        </message>
        <message>
            <source>Search text</source>
            <translation>Zoektekst</translation>
        </message>
        <message>
            <source>In all trajectories</source>
            <translation>In alle trajecten</translation>
        </message>
        <message>
            <source>Search in all trajectories</source>
            <translation>Zoeken in alle trajecten</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Zoekresultaten</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <source>Open the chosen result</source>
            <translation>Het gekozen resultaat openen</translation>
        </message>
        <message>
            <source>Type a word to search.</source>
            <translation>Typ een woord om te zoeken.</translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultaat</numerusform>
                <numerusform>%n resultaten</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing found.</source>
            <translation>Niets gevonden.</translation>
        </message>
    </context>
    <context>
        <name>SectionCard</name>
        <message>
            <source>Other things said on this worksheet</source>
            <translation>Verder gezegd op dit werkblad</translation>
        </message>
        <message>
            <source>Both / other</source>
            <translation>Samen / anders</translation>
        </message>
        <message>
            <source>Nothing yet</source>
            <translation>Nog niets</translation>
        </message>
        <message>
            <source>Add a usual document:</source>
            <translation>Een gebruikelijk document toevoegen:</translation>
        </message>
        <message>
            <source>Said in meetings</source>
            <translation>Gezegd in bijeenkomsten</translation>
        </message>
        <message>
            <source>Add document: %1</source>
            <translation>Document toevoegen: %1</translation>
        </message>
    </context>
    <context>
        <name>SuggestionRow</name>
        <message>
            <source>Adopted</source>
            <translation>Overgenomen</translation>
        </message>
        <message>
            <source>Adopt</source>
            <translation>Overnemen</translation>
        </message>
        <message>
            <source>Adopt suggested agreement: %1</source>
            <translation>Voorgestelde afspraak overnemen: %1</translation>
        </message>
        <message>
            <source>Already on this worksheet as an agreement</source>
            <translation>Staat al als afspraak op dit werkblad</translation>
        </message>
        <message>
            <source>Make this suggestion a proposal you can then reword</source>
            <translation>Maak van deze suggestie een voorstel dat u daarna kunt herschrijven</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Jan</source>
            <translation>jan</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>mrt</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>apr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mei</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>aug</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>sep</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>okt</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>dec</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>geen datum</translation>
        </message>
        <message>
            <source>Evaluated: %1</source>
            <translation>Geëvalueerd: %1</translation>
        </message>
        <message>
            <source>Not evaluated yet</source>
            <translation>Nog niet geëvalueerd</translation>
        </message>
        <message>
            <source>Guaranteed: %1</source>
            <translation>Gegarandeerd: %1</translation>
        </message>
        <message>
            <source>No guarantee recorded</source>
            <translation>Geen garantie vastgelegd</translation>
        </message>
        <message>
            <source>Stop-go risk</source>
            <translation>Risico op stop-go</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <source>Time line of the milestones</source>
            <translation>Tijdlijn van de piketpalen</translation>
        </message>
        <message>
            <source>No milestones with a date yet. Add one below.</source>
            <translation>Nog geen piketpalen met een datum. Voeg er hieronder een toe.</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <source>No milestones yet.</source>
            <translation>Nog geen piketpalen.</translation>
        </message>
    </context>
    <context>
        <name>TrajectoryFields</name>
        <message>
            <source>Edit the shared story</source>
            <translation>Gezamenlijk verhaal aanpassen</translation>
        </message>
        <message>
            <source>What we want to achieve together, in one or two sentences</source>
            <translation>Wat we samen willen bereiken, in een of twee zinnen</translation>
        </message>
        <message>
            <source>Shared goal</source>
            <translation>Gedeeld doel</translation>
        </message>
        <message>
            <source>A name for the collaboration</source>
            <translation>Een naam voor de samenwerking</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>A slogan</source>
            <translation>Een slogan</translation>
        </message>
        <message>
            <source>Slogan</source>
            <translation>Slogan</translation>
        </message>
    </context>
    <context>
        <name>WorksheetEdits</name>
        <message>
            <source>Adopt suggested agreement</source>
            <translation>Voorgestelde afspraak overnemen</translation>
        </message>
        <message>
            <source>Add agreement</source>
            <translation>Afspraak toevoegen</translation>
        </message>
        <message>
            <source>Agreement step</source>
            <translation>Stap van een afspraak</translation>
        </message>
        <message>
            <source>Change agreement wording</source>
            <translation>Tekst van een afspraak aanpassen</translation>
        </message>
        <message>
            <source>Delete agreement</source>
            <translation>Afspraak verwijderen</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Actie toevoegen</translation>
        </message>
        <message>
            <source>Mark action done</source>
            <translation>Actie op gedaan zetten</translation>
        </message>
        <message>
            <source>Reopen action</source>
            <translation>Actie weer openzetten</translation>
        </message>
        <message>
            <source>Change who does the action</source>
            <translation>Aanpassen wie de actie doet</translation>
        </message>
        <message>
            <source>Delete action</source>
            <translation>Actie verwijderen</translation>
        </message>
        <message>
            <source>Does this challenge play here</source>
            <translation>Speelt deze uitdaging hier</translation>
        </message>
        <message>
            <source>Add worksheet line</source>
            <translation>Werkbladregel toevoegen</translation>
        </message>
        <message>
            <source>Delete worksheet line</source>
            <translation>Werkbladregel verwijderen</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>Piketpaal toevoegen</translation>
        </message>
        <message>
            <source>Delete milestone</source>
            <translation>Piketpaal verwijderen</translation>
        </message>
    </context>
    <context>
        <name>WorksheetItems</name>
        <message>
            <source>Value or goal</source>
            <translation>Waarde of doel</translation>
        </message>
        <message>
            <source>Explanation</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <source>Decision route</source>
            <translation>Besluitroute</translation>
        </message>
        <message>
            <source>Usual lead time, e.g. 3 to 6 months</source>
            <translation>Gebruikelijke doorlooptijd, bijv. 3 tot 6 maanden</translation>
        </message>
        <message>
            <source>What could happen</source>
            <translation>Wat er kan gebeuren</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>In which project phase</source>
            <translation>In welke projectfase</translation>
        </message>
        <message>
            <source>Experience</source>
            <translation>Ervaring</translation>
        </message>
        <message>
            <source>What we take from it</source>
            <translation>Wat we ervan meenemen</translation>
        </message>
        <message>
            <source>Step or project</source>
            <translation>Stap of project</translation>
        </message>
        <message>
            <source>Who leads, who joins, what it delivers</source>
            <translation>Wie trekt, wie doet mee, wat levert het op</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>What it records</source>
            <translation>Wat erin vastligt</translation>
        </message>
        <message>
            <source>Steering group or working group</source>
            <translation>Stuurgroep of werkgroep</translation>
        </message>
        <message>
            <source>Members and mandate</source>
            <translation>Leden en mandaat</translation>
        </message>
        <message>
            <source>Decision route (council, ALV, …)</source>
            <translation>Besluitroute (raad, ALV, …)</translation>
        </message>
        <message>
            <source>What is decided there, and how long it takes</source>
            <translation>Wat daar besloten wordt, en hoe lang dat duurt</translation>
        </message>
        <message>
            <source>Source of money</source>
            <translation>Geldbron</translation>
        </message>
        <message>
            <source>Amount and conditions</source>
            <translation>Bedrag en voorwaarden</translation>
        </message>
        <message>
            <source>Proposed name or slogan</source>
            <translation>Voorgestelde naam of slogan</translation>
        </message>
        <message>
            <source>Who proposed it, and why</source>
            <translation>Wie het voorstelde, en waarom</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Boodschap</translation>
        </message>
        <message>
            <source>The core, in plain words</source>
            <translation>De kern, in gewone taal</translation>
        </message>
        <message>
            <source>Where we tell it</source>
            <translation>Waar we het vertellen</translation>
        </message>
        <message>
            <source>Who takes care of it</source>
            <translation>Wie erover gaat</translation>
        </message>
        <message>
            <source>Milestone to celebrate</source>
            <translation>Mijlpaal om te vieren</translation>
        </message>
        <message>
            <source>How we celebrate it</source>
            <translation>Hoe we het vieren</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
    </context>
    <context>
        <name>WorksheetLabels</name>
        <message>
            <source>Proposal</source>
            <translation>Voorstel</translation>
        </message>
        <message>
            <source>Agreed by the municipality</source>
            <translation>Akkoord van de gemeente</translation>
        </message>
        <message>
            <source>Agreed by the initiative</source>
            <translation>Akkoord van het initiatief</translation>
        </message>
        <message>
            <source>Agreed by both</source>
            <translation>Akkoord van beide partijen</translation>
        </message>
        <message>
            <source>Recorded</source>
            <translation>Vastgelegd</translation>
        </message>
        <message>
            <source>To be evaluated</source>
            <translation>Te evalueren</translation>
        </message>
        <message>
            <source>Evaluated</source>
            <translation>Geëvalueerd</translation>
        </message>
        <message>
            <source>Municipality agrees</source>
            <translation>Gemeente akkoord</translation>
        </message>
        <message>
            <source>Initiative agrees</source>
            <translation>Initiatief akkoord</translation>
        </message>
        <message>
            <source>Both agree</source>
            <translation>Beide akkoord</translation>
        </message>
        <message>
            <source>Record in a document</source>
            <translation>Vastleggen in document</translation>
        </message>
        <message>
            <source>Plan an evaluation</source>
            <translation>Evaluatie plannen</translation>
        </message>
        <message>
            <source>Evaluate</source>
            <translation>Evalueren</translation>
        </message>
        <message>
            <source>Back to proposal</source>
            <translation>Terug naar voorstel</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Behouden</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Vervallen</translation>
        </message>
        <message>
            <source>Plays here</source>
            <translation>Speelt hier</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Speelt nog niet</translation>
        </message>
        <message>
            <source>Does not apply</source>
            <translation>Niet van toepassing</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <source>Go on</source>
            <translation>Doorgaan</translation>
        </message>
        <message>
            <source>Adjust</source>
            <translation>Bijstellen</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <source>Coming up, and nothing is guaranteed to follow when it is reached</source>
            <translation>Komt eraan, en er is niet vastgelegd wat er gegarandeerd volgt als hij bereikt is</translation>
        </message>
        <message>
            <source>Its date has passed without an evaluation</source>
            <translation>De datum is voorbij en er is nog niet geëvalueerd</translation>
        </message>
        <message>
            <source>Adjusted or stopped, and no next milestone is set</source>
            <translation>Bijgesteld of gestopt, en er is geen volgende piketpaal gezet</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risico</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Kans</translation>
        </message>
        <message>
            <source>Uncertainty</source>
            <translation>Onzekerheid</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <source>Under way</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <source>Being prepared</source>
            <translation>In voorbereiding</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Vastgesteld</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Getekend</translation>
        </message>
        <message>
            <source>Chosen</source>
            <translation>Gekozen</translation>
        </message>
        <message>
            <source>Entry</source>
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
            <source>Worksheet line</source>
            <translation>Werkbladregel</translation>
        </message>
    </context>
    <context>
        <name>WorksheetSections</name>
        <message>
            <source>Plan of approach</source>
            <translation>Plan van aanpak</translation>
        </message>
        <message>
            <source>Letter of intent</source>
            <translation>Intentieovereenkomst</translation>
        </message>
        <message>
            <source>Collaboration agreement</source>
            <translation>Samenwerkingsovereenkomst</translation>
        </message>
        <message>
            <source>Municipal policy</source>
            <translation>Gemeentelijk beleid</translation>
        </message>
        <message>
            <source>Covenant</source>
            <translation>Convenant</translation>
        </message>
    </context>
    <context>
        <name>WorksheetView</name>
        <message>
            <source>Worksheet: %1</source>
            <translation>Werkblad: %1</translation>
        </message>
        <message>
            <source>Clarify (VERHELDEREN)</source>
            <translation>VERHELDEREN</translation>
        </message>
        <message>
            <source>Do (DOEN)</source>
            <translation>DOEN</translation>
        </message>
        <message>
            <source>Worksheet · %1</source>
            <translation>Werkblad · %1</translation>
        </message>
        <message>
            <source>Steps you take here are recorded as taken in:</source>
            <translation>Wat u hier vastlegt, komt in de geschiedenis bij:</translation>
        </message>
        <message>
            <source>Meeting the changes belong to</source>
            <translation>Bijeenkomst waar de wijzigingen bij horen</translation>
        </message>
        <message>
            <source>Agreements and actions on this worksheet</source>
            <translation>Afspraken en acties op dit werkblad</translation>
        </message>
        <message>
            <source>Outside a meeting</source>
            <translation>Buiten een bijeenkomst</translation>
        </message>
    </context>
</TS>