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
        <translation>Stap toevoegen aan punt</translation>
    </message>
    <message>
        <source>Back to library text</source>
        <translation>Terug naar de tekst uit de bibliotheek</translation>
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
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Private note</source>
        <translation>Eigen notitie</translation>
    </message>
</context>
<context>
    <name>RunLabels</name>
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
</TS>
