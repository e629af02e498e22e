<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda and script</source>
        <translation>Agenda en draaiboek</translation>
    </message>
    <message>
        <source>Title of the step</source>
        <translation>Titel van de stap</translation>
    </message>
    <message>
        <source>Minutes for the step</source>
        <translation>Minuten voor de stap</translation>
    </message>
    <message>
        <source>What the room sees during the step</source>
        <translation>Wat de zaal tijdens de stap op het scherm ziet</translation>
    </message>
    <message>
        <source>Instructions for the facilitator</source>
        <translation>Aanwijzingen voor de procesbegeleider</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>On the screen</source>
        <translation>Op het scherm</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Aanwijzingen</translation>
    </message>
    <message>
        <source>Add step to item</source>
        <translation>Stap erbij</translation>
    </message>
    <message>
        <source>Back to library text</source>
        <translation>Tekst herstellen</translation>
    </message>
    <message>
        <source>Undo your changes to the prompt and instructions of this step</source>
        <translation>Zet de vraag en de aanwijzingen van deze stap terug zoals ze in de bibliotheek staan</translation>
    </message>
    <message>
        <source>Edit step</source>
        <translation>Stap wijzigen</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nieuwe stap</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Move step</source>
        <translation>Stap verplaatsen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap verwijderen</translation>
    </message>
    <message>
        <source>&amp;Browse the library…</source>
        <translation>&amp;Bladeren in de bibliotheek…</translation>
    </message>
    <message>
        <source>Search and read every session format, then add it (Ctrl+B)</source>
        <translation>Zoek en lees elke werkvorm en voeg hem toe (Ctrl+B)</translation>
    </message>
    <message>
        <source>Split here</source>
        <translation>Splitsen</translation>
    </message>
    <message>
        <source>This step and the ones after it become an agenda item of their own</source>
        <translation>Deze stap en de stappen erna worden een eigen agendapunt</translation>
    </message>
    <message>
        <source>Merge with next item</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <source>The steps of the next agenda item join this one</source>
        <translation>De stappen van het volgende agendapunt komen bij dit punt</translation>
    </message>
    <message>
        <source>Split agenda item</source>
        <translation>Agendapunt splitsen</translation>
    </message>
    <message>
        <source>Merge agenda items</source>
        <translation>Agendapunten samenvoegen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Private note</source>
        <translation>Eigen notitie</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Goal of the meeting</source>
        <translation>Doel van de bijeenkomst</translation>
    </message>
    <message>
        <source>What we want to have achieved together at the end (shown to the room)</source>
        <translation>Wat we aan het eind samen bereikt willen hebben (de zaal ziet dit)</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>Both parties</source>
        <translation>Beide partijen</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>Alleen %1</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>optional; only for invitations</source>
        <translation>niet verplicht; alleen voor uitnodigingen</translation>
    </message>
    <message>
        <source>Used only to address an invitation draft, and only when the person may be named in the minutes.</source>
        <translation>Wordt alleen gebruikt om een concept-uitnodiging te adresseren, en alleen als deze persoon in het verslag genoemd mag worden.</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Getting to know each other</source>
        <translation>Kennismaken</translation>
    </message>
    <message>
        <source>Regular meeting</source>
        <translation>Overleg</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenario's</translation>
    </message>
    <message>
        <source>Comedy</source>
        <translation>Komedie</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Herstel</translation>
    </message>
    <message>
        <source>Step by step</source>
        <translation>Stap voor stap</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Shared story</source>
        <translation>Gezamenlijk verhaal</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Library of session formats</source>
        <translation>Bibliotheek van werkvormen</translation>
    </message>
    <message>
        <source>Search the session formats</source>
        <translation>Zoeken in de werkvormen</translation>
    </message>
    <message>
        <source>Search: words from the title, summary or steps</source>
        <translation>Zoeken: woorden uit de titel, de samenvatting of de stappen</translation>
    </message>
    <message>
        <source>Kind of session format</source>
        <translation>Soort werkvorm</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>Elke soort</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <source>Every worksheet</source>
        <translation>Elk werkblad</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Elke duur</translation>
    </message>
    <message>
        <source>At most %1 min</source>
        <translation>Hooguit %1 min</translation>
    </message>
    <message>
        <source>any group</source>
        <translation>elke groep</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personen</translation>
    </message>
    <message>
        <source>Group size</source>
        <translation>Groepsgrootte</translation>
    </message>
    <message>
        <source>Session formats found</source>
        <translation>Gevonden werkvormen</translation>
    </message>
    <message>
        <source>The session format in full</source>
        <translation>De werkvorm volledig</translation>
    </message>
    <message>
        <source>Steps (Space ticks a step)</source>
        <translation>Stappen (spatie vinkt een stap aan)</translation>
    </message>
    <message>
        <source>Steps of the session format</source>
        <translation>Stappen van de werkvorm</translation>
    </message>
    <message>
        <source>Add whole format</source>
        <translation>Hele werkvorm toevoegen</translation>
    </message>
    <message>
        <source>Alt+W</source>
        <translation>Alt+W</translation>
    </message>
    <message>
        <source>Add ticked steps</source>
        <translation>Aangevinkte stappen toevoegen</translation>
    </message>
    <message>
        <source>Alt+S</source>
        <translation>Alt+S</translation>
    </message>
    <message>
        <source>%1 · %2 min · %3</source>
        <translation>%1 · %2 min · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n session format(s)</source>
        <translation>
            <numerusform>%n werkvorm</numerusform>
            <numerusform>%n werkvormen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add session format %1</source>
        <translation>Werkvorm %1 toevoegen</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Toegevoegd: %1</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <source>No session format matches. Try other words or filters.</source>
        <translation>Geen werkvorm gevonden. Probeer andere woorden of filters.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Voorbereiding</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiaal</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>On the screen:</source>
        <translation>Op het scherm:</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Materiaal:</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuut</numerusform>
            <numerusform>%n minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>your own session format</source>
        <translation>uw eigen werkvorm</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>any group size</source>
        <translation>elke groepsgrootte</translation>
    </message>
    <message>
        <source>%1 to %2 people</source>
        <translation>%1 tot %2 personen</translation>
    </message>
</context>
<context>
    <name>SessionPrint</name>
    <message>
        <source>The document could not be saved (%1). Nothing was written.</source>
        <translation>Het document kon niet worden opgeslagen (%1). Er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>SessionPrintBar</name>
    <message>
        <source>&amp;Print for the table…</source>
        <translation>&amp;Afdrukken voor op tafel…</translation>
    </message>
    <message>
        <source>Print for the table</source>
        <translation>Afdrukken voor op tafel</translation>
    </message>
    <message>
        <source>Invitation with agenda</source>
        <translation>Uitnodiging met agenda</translation>
    </message>
    <message>
        <source>Draaiboek (script with timing and materials)</source>
        <translation>Draaiboek (stappen met tijden en materiaal)</translation>
    </message>
    <message>
        <source>Score sheets for the nulmeting</source>
        <translation>Scoreformulieren voor de nulmeting</translation>
    </message>
    <message>
        <source>Assumption cards</source>
        <translation>Aannamekaarten</translation>
    </message>
    <message>
        <source>Role cards</source>
        <translation>Rolkaarten</translation>
    </message>
    <message>
        <source>Question cards</source>
        <translation>Vraagkaarten</translation>
    </message>
    <message>
        <source>Send &amp;invitation…</source>
        <translation>&amp;Uitnodiging versturen…</translation>
    </message>
    <message>
        <source>Writes an e-mail draft with the invitation attached, addressed to the invited people who may be named, and opens it in your mail program</source>
        <translation>Maakt een concept-e-mail met de uitnodiging als bijlage, gericht aan de genodigden die genoemd mogen worden, en opent die in uw e-mailprogramma</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Uitnodiging</translation>
    </message>
    <message>
        <source>Draaiboek</source>
        <translation>Draaiboek</translation>
    </message>
    <message>
        <source>Score sheets</source>
        <translation>Scoreformulieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Word documents (*.docx)</source>
        <translation>Pdf-bestanden (*.pdf);;Word-bestanden (*.docx)</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 opslaan</translation>
    </message>
    <message>
        <source>Save the invitation e-mail</source>
        <translation>De uitnodigingsmail opslaan</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>Concept-e-mails (*.eml)</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <source>The invitation e-mail opens in your mail program: %1</source>
        <translation>De uitnodigingsmail opent in uw e-mailprogramma: %1</translation>
    </message>
</context>
<context>
    <name>QuestionPicker</name>
    <message>
        <source>Question on the screen</source>
        <translation>Vraag op het scherm</translation>
    </message>
    <message>
        <source>Search the conversation questions</source>
        <translation>Zoeken in de gespreksvragen</translation>
    </message>
    <message>
        <source>Search a question; Enter shows it on the screen</source>
        <translation>Zoek een vraag; Enter zet hem op het scherm</translation>
    </message>
    <message>
        <source>Conversation questions</source>
        <translation>Gespreksvragen</translation>
    </message>
    <message>
        <source>Show on the screen</source>
        <translation>Op het scherm zetten</translation>
    </message>
    <message>
        <source>Take the question off the screen</source>
        <translation>Vraag van het scherm halen</translation>
    </message>
</context>
</TS>
