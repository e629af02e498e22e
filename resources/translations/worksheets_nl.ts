<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>ActionAdder</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="156" />
            <source>New action: what needs doing…</source>
            <translation>Nieuwe actie: wat moet er gebeuren…</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="156" />
            <source>New action</source>
            <translation>Nieuwe actie</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="158" />
            <source>due dd-mm-yyyy</source>
            <translation>uiterlijk dd-mm-jjjj</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="158" />
            <source>Due date of the new action</source>
            <translation>Deadline van de nieuwe actie</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="160" />
            <source>Add action</source>
            <translation>Actie toevoegen</translation>
        </message>
    </context>
    <context>
        <name>ActionRow</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="50" />
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="60" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="60" />
            <source>Can be undone with Ctrl+Z</source>
            <translation>Terug te draaien met Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="73" />
            <source>Done: %1</source>
            <translation>Gedaan: %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="75" />
            <source>Delete action: %1</source>
            <translation>Actie verwijderen: %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="83" />
            <source>due %1</source>
            <translation>uiterlijk %1</translation>
        </message>
    </context>
    <context>
        <name>ActionTableModel</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="48" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="49" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="50" />
            <source>Due</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="51" />
            <source>Status</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="52" />
            <source>From meeting</source>
            <translation>Uit bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="53" />
            <source>Worksheet</source>
            <translation>Werkblad</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="27" />
            <source>nobody yet</source>
            <translation>nog niemand</translation>
        </message>
        <message numerus="yes">
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="37" />
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
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="123" />
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="128" />
            <source>Action list</source>
            <translation>Actielijst</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="132" />
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="133" />
            <source>Over&amp;due</source>
            <translation>&amp;Te laat</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="134" />
            <source>A&amp;ll</source>
            <translation>&amp;Alle</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="154" />
            <source>Actions</source>
            <translation>Acties</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="171" />
            <source>What needs doing</source>
            <translation>Wat er moet gebeuren</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="174" />
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="174" />
            <source>Due date</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="176" />
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="245" />
            <source>Mark &amp;done</source>
            <translation>Markeer als &amp;gedaan</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="178" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="178" />
            <source>Can be undone with Ctrl+Z</source>
            <translation>Terug te draaien met Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="187" />
            <source>Edit action</source>
            <translation>Actie aanpassen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="193" />
            <source>New action</source>
            <translation>Nieuwe actie</translation>
        </message>
        <message numerus="yes">
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="215" />
            <source>%n action(s)</source>
            <translation>
                <numerusform>%n actie</numerusform>
                <numerusform>%n acties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="216" />
            <source>%n overdue</source>
            <translation>
                <numerusform>%n te laat</numerusform>
                <numerusform>%n te laat</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/register_view.py" line="245" />
            <source>Open &amp;again</source>
            <translation>&amp;Weer openzetten</translation>
        </message>
    </context>
    <context>
        <name>AgreementPanel</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="69" />
            <source>Agreement details</source>
            <translation>Afspraak in detail</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="74" />
            <source>Agreement</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="75" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="75" />
            <source>Close the agreement</source>
            <translation>Afspraak sluiten</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="82" />
            <source>Choose an agreement (Open) to see its steps and its history.</source>
            <translation>Kies een afspraak (Openen) om de stappen en de geschiedenis te zien.</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="100" />
            <source>Wording of the agreement</source>
            <translation>Tekst van de afspraak</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="105" />
            <source>Save wording</source>
            <translation>Tekst opslaan</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="105" />
            <source>Ctrl+Enter</source>
            <translation>Ctrl+Enter</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="111" />
            <source>Next step</source>
            <translation>Volgende stap</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="127" />
            <source>For example: Intentieovereenkomst</source>
            <translation>Bijvoorbeeld: Intentieovereenkomst</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="127" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="128" />
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="128" />
            <source>Evaluation date</source>
            <translation>Datum van de evaluatie</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="130" />
            <source>Outcome of the evaluation</source>
            <translation>Uitkomst van de evaluatie</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="133" />
            <source>Note (optional)</source>
            <translation>Toelichting (mag leeg blijven)</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="133" />
            <source>Note with this step</source>
            <translation>Toelichting bij deze stap</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="135" />
            <source>Confirm step</source>
            <translation>Stap bevestigen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="136" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="149" />
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="152" />
            <source>Delete agreement</source>
            <translation>Afspraak verwijderen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="153" />
            <source>Can be undone with Ctrl+Z</source>
            <translation>Terug te draaien met Ctrl+Z</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="201" />
            <source>%1 (not possible now)</source>
            <translation>%1 (kan nu niet)</translation>
        </message>
    </context>
    <context>
        <name>AgreementRow</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="58" />
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="76" />
            <source>Open agreement: %1</source>
            <translation>Afspraak openen: %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="77" />
            <source>Show the steps and the history of this agreement</source>
            <translation>Toon de stappen en de geschiedenis van deze afspraak</translation>
        </message>
    </context>
    <context>
        <name>Agreements</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="23" />
            <source>Proposed in %1</source>
            <translation>Voorgesteld in %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="29" />
            <source>Recorded in: %1</source>
            <translation>Vastgelegd in: %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="33" />
            <source>Evaluate on %1</source>
            <translation>Evalueren op %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="39" />
            <source>Outcome: %1</source>
            <translation>Uitkomst: %1</translation>
        </message>
    </context>
    <context>
        <name>ChallengeCard</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/challenges.py" line="43" />
            <source>General: not tied to one challenge</source>
            <translation>Algemeen: niet aan één uitdaging gekoppeld</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/challenges.py" line="48" />
            <source>Does this play here: %1</source>
            <translation>Speelt dit hier: %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/challenges.py" line="49" />
            <source>Not decided yet</source>
            <translation>Nog niet bepaald</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/challenges.py" line="63" />
            <source>Said in meetings</source>
            <translation>Gezegd in bijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/challenges.py" line="68" />
            <source>Agreements</source>
            <translation>Afspraken</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/challenges.py" line="71" />
            <source>No agreements yet.</source>
            <translation>Nog geen afspraken.</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/challenges.py" line="74" />
            <source>Suggested agreements (library)</source>
            <translation>Voorgestelde afspraken (uit de bibliotheek)</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/challenges.py" line="83" />
            <source>Doen: what the parties do</source>
            <translation>Doen: wat de partijen doen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/challenges.py" line="85" />
            <source>No actions yet.</source>
            <translation>Nog geen acties.</translation>
        </message>
    </context>
    <context>
        <name>EntryList</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/entries.py" line="58" />
            <source>Show all entries</source>
            <translation>Alle notities tonen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/entries.py" line="92" />
            <source>Show fewer</source>
            <translation>Minder tonen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../opgroei_desktop/ui/worksheets/entries.py" line="92" />
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
            <location filename="../../opgroei_desktop/ui/worksheets/entries.py" line="42" />
            <source>outside a meeting</source>
            <translation>buiten een bijeenkomst</translation>
        </message>
    </context>
    <context>
        <name>HistoryRow</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="49" />
            <source>outside a meeting</source>
            <translation>buiten een bijeenkomst</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreement_panel.py" line="55" />
            <source>New wording: %1</source>
            <translation>Nieuwe tekst: %1</translation>
        </message>
    </context>
    <context>
        <name>ItemAdder</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="187" />
            <source>For which party</source>
            <translation>Voor welke partij</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="190" />
            <source>Both / other</source>
            <translation>Samen / anders</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="192" />
            <source>New: %1</source>
            <translation>Nieuw: %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="194" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="195" />
            <source>Add line: %1</source>
            <translation>Regel toevoegen: %1</translation>
        </message>
    </context>
    <context>
        <name>ItemRow</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="123" />
            <source>State</source>
            <translation>Stand</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="124" />
            <source>Shared by both</source>
            <translation>Gedeeld door beide</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="126" />
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="126" />
            <source>Date</source>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="130" />
            <source>Delete line</source>
            <translation>Regel verwijderen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="130" />
            <source>Delete this line (Ctrl+Z undoes it)</source>
            <translation>Deze regel verwijderen (Ctrl+Z draait het terug)</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="141" />
            <source>Edit worksheet line</source>
            <translation>Werkbladregel aanpassen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="167" />
            <source>Delete line: %1</source>
            <translation>Regel verwijderen: %1</translation>
        </message>
    </context>
    <context>
        <name>MilestoneRow</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="50" />
            <source>Name of the milestone</source>
            <translation>Naam van de piketpaal</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="50" />
            <source>Milestone</source>
            <translation>Piketpaal</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="51" />
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="51" />
            <source>Date of the milestone</source>
            <translation>Datum van de piketpaal</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="54" />
            <source>When is it reached? What do we see then?</source>
            <translation>Wanneer is hij bereikt? Wat zien we dan?</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="54" />
            <source>When it is reached</source>
            <translation>Wanneer hij bereikt is</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="57" />
            <source>What is guaranteed to follow when it is reached?</source>
            <translation>Wat volgt er gegarandeerd als hij bereikt is?</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="58" />
            <source>What is guaranteed to follow</source>
            <translation>Wat er gegarandeerd volgt</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="61" />
            <source>Evaluation meeting</source>
            <translation>Bijeenkomst van de evaluatie</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="63" />
            <source>Outcome of the evaluation</source>
            <translation>Uitkomst van de evaluatie</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="64" />
            <source>Not evaluated yet</source>
            <translation>Nog niet geëvalueerd</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="68" />
            <source>What was decided, and what comes next</source>
            <translation>Wat is er besloten, en wat komt er nu</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="68" />
            <source>Outcome note</source>
            <translation>Toelichting bij de uitkomst</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="71" />
            <source>Delete milestone</source>
            <translation>Piketpaal verwijderen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="71" />
            <source>Delete this milestone (Ctrl+Z undoes it)</source>
            <translation>Deze piketpaal verwijderen (Ctrl+Z draait het terug)</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="80" />
            <source>Reached when</source>
            <translation>Bereikt als</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="81" />
            <source>Then guaranteed</source>
            <translation>Dan volgt gegarandeerd</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="89" />
            <source>Evaluated in</source>
            <translation>Geëvalueerd in</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="105" />
            <source>Edit milestone</source>
            <translation>Piketpaal aanpassen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="126" />
            <source>No meeting chosen</source>
            <translation>Geen bijeenkomst gekozen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="147" />
            <source>Delete milestone: %1</source>
            <translation>Piketpaal verwijderen: %1</translation>
        </message>
    </context>
    <context>
        <name>MilestoneSection</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="178" />
            <source>New milestone: name</source>
            <translation>Nieuwe piketpaal: naam</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="178" />
            <source>Name of the new milestone</source>
            <translation>Naam van de nieuwe piketpaal</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="180" />
            <source>dd-mm-yyyy</source>
            <translation>dd-mm-jjjj</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="180" />
            <source>Date of the new milestone</source>
            <translation>Datum van de nieuwe piketpaal</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="182" />
            <source>Add milestone</source>
            <translation>Piketpaal toevoegen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/milestones.py" line="190" />
            <source>Said in meetings</source>
            <translation>Gezegd in bijeenkomsten</translation>
        </message>
    </context>
    <context>
        <name>NewAgreement</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="150" />
            <source>Our own agreement…</source>
            <translation>Een eigen afspraak…</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="150" />
            <source>New agreement</source>
            <translation>Nieuwe afspraak</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="151" />
            <source>Add agreement</source>
            <translation>Afspraak toevoegen</translation>
        </message>
    </context>
    <context>
        <name>OwnerBox</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="117" />
            <source>Who does it</source>
            <translation>Wie doet het</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/actions.py" line="128" />
            <source>Nobody yet</source>
            <translation>Nog niemand</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/search_panel.py" line="138" />
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/search_panel.py" line="143" />
            <source>Search everything said, agreed and planned…</source>
            <translation>Zoek in alles wat gezegd, afgesproken en gepland is…</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/search_panel.py" line="143" />
            <source>Search text</source>
            <translation>Zoektekst</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/search_panel.py" line="148" />
            <source>In all trajectories</source>
            <translation>In alle trajecten</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/search_panel.py" line="149" />
            <source>Search in all trajectories</source>
            <translation>Zoeken in alle trajecten</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/search_panel.py" line="159" />
            <source>Search results</source>
            <translation>Zoekresultaten</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/search_panel.py" line="166" />
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/search_panel.py" line="166" />
            <source>Open the chosen result</source>
            <translation>Het gekozen resultaat openen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/search_panel.py" line="196" />
            <source>Type a word to search.</source>
            <translation>Typ een woord om te zoeken.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../opgroei_desktop/ui/worksheets/search_panel.py" line="209" />
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n resultaat</numerusform>
                <numerusform>%n resultaten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/search_panel.py" line="209" />
            <source>Nothing found.</source>
            <translation>Niets gevonden.</translation>
        </message>
    </context>
    <context>
        <name>SectionCard</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="83" />
            <source>Other things said on this worksheet</source>
            <translation>Verder gezegd op dit werkblad</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="102" />
            <source>Both / other</source>
            <translation>Samen / anders</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="108" />
            <source>Nothing yet</source>
            <translation>Nog niets</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="121" />
            <source>Add a usual document:</source>
            <translation>Een gebruikelijk document toevoegen:</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="129" />
            <source>Said in meetings</source>
            <translation>Gezegd in bijeenkomsten</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="148" />
            <source>Add document: %1</source>
            <translation>Document toevoegen: %1</translation>
        </message>
    </context>
    <context>
        <name>SuggestionRow</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="120" />
            <source>Adopted</source>
            <translation>Overgenomen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="120" />
            <source>Adopt</source>
            <translation>Overnemen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="123" />
            <source>Adopt suggested agreement: %1</source>
            <translation>Voorgestelde afspraak overnemen: %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="126" />
            <source>Already on this worksheet as an agreement</source>
            <translation>Staat al als afspraak op dit werkblad</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/agreements.py" line="128" />
            <source>Make this suggestion a proposal you can then reword</source>
            <translation>Maak van deze suggestie een voorstel dat je daarna kunt herschrijven</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="32" />
            <source>Jan</source>
            <translation>jan</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="33" />
            <source>Feb</source>
            <translation>feb</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="34" />
            <source>Mar</source>
            <translation>mrt</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="35" />
            <source>Apr</source>
            <translation>apr</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="36" />
            <source>May</source>
            <translation>mei</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="37" />
            <source>Jun</source>
            <translation>jun</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="38" />
            <source>Jul</source>
            <translation>jul</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="39" />
            <source>Aug</source>
            <translation>aug</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="40" />
            <source>Sep</source>
            <translation>sep</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="41" />
            <source>Oct</source>
            <translation>okt</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="42" />
            <source>Nov</source>
            <translation>nov</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="43" />
            <source>Dec</source>
            <translation>dec</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="67" />
            <source>no date</source>
            <translation>geen datum</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="70" />
            <source>Evaluated: %1</source>
            <translation>Geëvalueerd: %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="72" />
            <source>Not evaluated yet</source>
            <translation>Nog niet geëvalueerd</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="75" />
            <source>Guaranteed: %1</source>
            <translation>Gegarandeerd: %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="77" />
            <source>No guarantee recorded</source>
            <translation>Geen garantie vastgelegd</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="79" />
            <source>Stop-go risk</source>
            <translation>Risico op stop-go</translation>
        </message>
    </context>
    <context>
        <name>TimelineWidget</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="110" />
            <source>Time line of the milestones</source>
            <translation>Tijdlijn van de piketpalen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="175" />
            <source>No milestones with a date yet. Add one below.</source>
            <translation>Nog geen piketpalen met een datum. Voeg er hieronder een toe.</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="221" />
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/timeline_view.py" line="283" />
            <source>No milestones yet.</source>
            <translation>Nog geen piketpalen.</translation>
        </message>
    </context>
    <context>
        <name>TrajectoryFields</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="42" />
            <source>Edit the shared story</source>
            <translation>Gezamenlijk verhaal aanpassen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="47" />
            <source>What we want to achieve together, in one or two sentences</source>
            <translation>Wat we samen willen bereiken, in een of twee zinnen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="49" />
            <source>Shared goal</source>
            <translation>Gedeeld doel</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="55" />
            <source>A name for the collaboration</source>
            <translation>Een naam voor de samenwerking</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="55" />
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="57" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="56" />
            <source>A slogan</source>
            <translation>Een slogan</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="56" />
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="59" />
            <source>Slogan</source>
            <translation>Slogan</translation>
        </message>
    </context>
    <context>
        <name>WorksheetEdits</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="43" />
            <source>Adopt suggested agreement</source>
            <translation>Voorgestelde afspraak overnemen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="45" />
            <source>Add agreement</source>
            <translation>Afspraak toevoegen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="65" />
            <source>Agreement step</source>
            <translation>Stap van een afspraak</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="76" />
            <source>Change agreement wording</source>
            <translation>Tekst van een afspraak aanpassen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="89" />
            <source>Delete agreement</source>
            <translation>Afspraak verwijderen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="101" />
            <source>Add action</source>
            <translation>Actie toevoegen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="112" />
            <source>Mark action done</source>
            <translation>Actie op gedaan zetten</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="114" />
            <source>Reopen action</source>
            <translation>Actie weer openzetten</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="128" />
            <source>Change who does the action</source>
            <translation>Aanpassen wie de actie doet</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="139" />
            <source>Delete action</source>
            <translation>Actie verwijderen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="160" />
            <source>Does this challenge play here</source>
            <translation>Speelt deze uitdaging hier</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="168" />
            <source>Add worksheet line</source>
            <translation>Werkbladregel toevoegen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="179" />
            <source>Delete worksheet line</source>
            <translation>Werkbladregel verwijderen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="188" />
            <source>Add milestone</source>
            <translation>Piketpaal toevoegen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/edits.py" line="199" />
            <source>Delete milestone</source>
            <translation>Piketpaal verwijderen</translation>
        </message>
    </context>
    <context>
        <name>WorksheetItems</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="26" />
            <source>Value or goal</source>
            <translation>Waarde of doel</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="27" />
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="35" />
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="84" />
            <source>Explanation</source>
            <translation>Toelichting</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="30" />
            <source>Decision route</source>
            <translation>Besluitroute</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="31" />
            <source>Usual lead time, e.g. 3 to 6 months</source>
            <translation>Gebruikelijke doorlooptijd, bijv. 3 tot 6 maanden</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="34" />
            <source>What could happen</source>
            <translation>Wat er kan gebeuren</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="38" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="39" />
            <source>In which project phase</source>
            <translation>In welke projectfase</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="42" />
            <source>Experience</source>
            <translation>Ervaring</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="43" />
            <source>What we take from it</source>
            <translation>Wat we ervan meenemen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="46" />
            <source>Step or project</source>
            <translation>Stap of project</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="47" />
            <source>Who leads, who joins, what it delivers</source>
            <translation>Wie trekt, wie doet mee, wat levert het op</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="50" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="51" />
            <source>What it records</source>
            <translation>Wat erin vastligt</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="54" />
            <source>Steering group or working group</source>
            <translation>Stuurgroep of werkgroep</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="55" />
            <source>Members and mandate</source>
            <translation>Leden en mandaat</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="58" />
            <source>Decision route (council, ALV, …)</source>
            <translation>Besluitroute (raad, ALV, …)</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="59" />
            <source>What is decided there, and how long it takes</source>
            <translation>Wat daar besloten wordt, en hoe lang dat duurt</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="62" />
            <source>Source of money</source>
            <translation>Geldbron</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="63" />
            <source>Amount and conditions</source>
            <translation>Bedrag en voorwaarden</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="66" />
            <source>Proposed name or slogan</source>
            <translation>Voorgestelde naam of slogan</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="67" />
            <source>Who proposed it, and why</source>
            <translation>Wie het voorstelde, en waarom</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="70" />
            <source>Message</source>
            <translation>Boodschap</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="71" />
            <source>The core, in plain words</source>
            <translation>De kern, in gewone taal</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="74" />
            <source>Where we tell it</source>
            <translation>Waar we het vertellen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="75" />
            <source>Who takes care of it</source>
            <translation>Wie erover gaat</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="78" />
            <source>Milestone to celebrate</source>
            <translation>Mijlpaal om te vieren</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="79" />
            <source>How we celebrate it</source>
            <translation>Hoe we het vieren</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/items.py" line="83" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
    </context>
    <context>
        <name>WorksheetLabels</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="44" />
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="117" />
            <source>Proposal</source>
            <translation>Voorstel</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="45" />
            <source>Agreed by the municipality</source>
            <translation>Akkoord van de gemeente</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="48" />
            <source>Agreed by the initiative</source>
            <translation>Akkoord van het initiatief</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="51" />
            <source>Agreed by both</source>
            <translation>Akkoord van beide partijen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="52" />
            <source>Recorded</source>
            <translation>Vastgelegd</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="53" />
            <source>To be evaluated</source>
            <translation>Te evalueren</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="54" />
            <source>Evaluated</source>
            <translation>Geëvalueerd</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="58" />
            <source>Municipality agrees</source>
            <translation>Gemeente akkoord</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="59" />
            <source>Initiative agrees</source>
            <translation>Initiatief akkoord</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="60" />
            <source>Both agree</source>
            <translation>Beide akkoord</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="61" />
            <source>Record in a document</source>
            <translation>Vastleggen in document</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="62" />
            <source>Plan an evaluation</source>
            <translation>Evaluatie plannen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="63" />
            <source>Evaluate</source>
            <translation>Evalueren</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="64" />
            <source>Back to proposal</source>
            <translation>Terug naar voorstel</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="68" />
            <source>Kept</source>
            <translation>Behouden</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="69" />
            <source>Changed</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="70" />
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="82" />
            <source>Dropped</source>
            <translation>Vervallen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="74" />
            <source>Plays here</source>
            <translation>Speelt hier</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="75" />
            <source>Not yet</source>
            <translation>Speelt nog niet</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="76" />
            <source>Does not apply</source>
            <translation>Niet van toepassing</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="80" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="81" />
            <source>Done</source>
            <translation>Gedaan</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="86" />
            <source>Go on</source>
            <translation>Doorgaan</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="87" />
            <source>Adjust</source>
            <translation>Bijstellen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="88" />
            <source>Stop</source>
            <translation>Stoppen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="92" />
            <source>Coming up, and nothing is guaranteed to follow when it is reached</source>
            <translation>Komt eraan, en er is niet vastgelegd wat er gegarandeerd volgt als hij bereikt is</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="95" />
            <source>Its date has passed without an evaluation</source>
            <translation>De datum is voorbij en er is nog niet geëvalueerd</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="98" />
            <source>Adjusted or stopped, and no next milestone is set</source>
            <translation>Bijgesteld of gestopt, en er is geen volgende piketpaal gezet</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="104" />
            <source>Risk</source>
            <translation>Risico</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="105" />
            <source>Opportunity</source>
            <translation>Kans</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="106" />
            <source>Uncertainty</source>
            <translation>Onzekerheid</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="107" />
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="108" />
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="109" />
            <source>Planned</source>
            <translation>Gepland</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="110" />
            <source>Under way</source>
            <translation>Bezig</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="111" />
            <source>Finished</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="112" />
            <source>Idea</source>
            <translation>Idee</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="113" />
            <source>Being prepared</source>
            <translation>In voorbereiding</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="114" />
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="115" />
            <source>Adopted</source>
            <translation>Vastgesteld</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="116" />
            <source>Signed</source>
            <translation>Getekend</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="118" />
            <source>Chosen</source>
            <translation>Gekozen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="122" />
            <source>Entry</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="123" />
            <source>Agreement</source>
            <translation>Afspraak</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="124" />
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/labels.py" line="125" />
            <source>Worksheet line</source>
            <translation>Werkbladregel</translation>
        </message>
    </context>
    <context>
        <name>WorksheetSections</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="23" />
            <source>Plan of approach</source>
            <translation>Plan van aanpak</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="24" />
            <source>Letter of intent</source>
            <translation>Intentieovereenkomst</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="25" />
            <source>Collaboration agreement</source>
            <translation>Samenwerkingsovereenkomst</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="26" />
            <source>Municipal policy</source>
            <translation>Gemeentelijk beleid</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/sections.py" line="27" />
            <source>Covenant</source>
            <translation>Convenant</translation>
        </message>
    </context>
    <context>
        <name>WorksheetView</name>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/view.py" line="81" />
            <source>Worksheet: %1</source>
            <translation>Werkblad: %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/view.py" line="120" />
            <source>Clarify (VERHELDEREN)</source>
            <translation>VERHELDEREN</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/view.py" line="120" />
            <source>Do (DOEN)</source>
            <translation>DOEN</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/view.py" line="122" />
            <source>Worksheet · %1</source>
            <translation>Werkblad · %1</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/view.py" line="126" />
            <source>Steps you take here are recorded as taken in:</source>
            <translation>Wat je hier vastlegt, komt in de geschiedenis bij:</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/view.py" line="128" />
            <source>Meeting the changes belong to</source>
            <translation>Bijeenkomst waar de wijzigingen bij horen</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/view.py" line="157" />
            <source>Agreements and actions on this worksheet</source>
            <translation>Afspraken en acties op dit werkblad</translation>
        </message>
        <message>
            <location filename="../../opgroei_desktop/ui/worksheets/view.py" line="211" />
            <source>Outside a meeting</source>
            <translation>Buiten een bijeenkomst</translation>
        </message>
    </context>
</TS>