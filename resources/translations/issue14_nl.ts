<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BaselinePanel</name>
    <message>
        <source>Per &amp;respondent (anonymous)</source>
        <translation>Anoniem per &amp;deelnemer</translation>
    </message>
    <message>
        <source>Per p&amp;erson (named)</source>
        <translation>Per p&amp;ersoon</translation>
    </message>
    <message>
        <source>Party of the score sheet</source>
        <translation>Partij van het scoreformulier</translation>
    </message>
    <message>
        <source>Scores of one sheet</source>
        <translation>Scores van één formulier</translation>
    </message>
    <message>
        <source>One sheet: {0} digits 1–5 in order (0 = open), then Enter</source>
        <translation>Eén formulier: {0} cijfers 1–5 op volgorde (0 = open gelaten), dan Enter</translation>
    </message>
    <message>
        <source>Show the result on the screen</source>
        <translation>Uitkomst op het scherm tonen</translation>
    </message>
    <message>
        <source>Stored as {0} respondent {1}</source>
        <translation>Opgeslagen als {0}, deelnemer {1}</translation>
    </message>
</context>
<context>
    <name>BaselineScreen</name>
    <message>
        <source>No scores yet. The result appears here when it is shown.</source>
        <translation>Nog geen scores. De uitkomst verschijnt hier zodra die getoond wordt.</translation>
    </message>
    <message>
        <source>Scoring in silence. The result follows when everyone is done.</source>
        <translation>We scoren in stilte. De uitkomst volgt als iedereen klaar is.</translation>
    </message>
    <message>
        <source>Scores so far: municipality {0} · initiative {1}</source>
        <translation>Scores tot nu toe: gemeente {0} · initiatief {1}</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partijen</translation>
    </message>
    <message>
        <source>Collaboration</source>
        <translation>Samenwerking</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participatie</translation>
    </message>
    <message>
        <source>The three lines</source>
        <translation>De drie lijnen</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>@name owner · #dd-mm due date · \ at the start: no shorthand · Tab completes</source>
        <translation>@naam eigenaar · #dd-mm uiterlijk · \ vooraan: geen afkortingen · Tab vult aan</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message>
        <source>The cards appear here one by one, as they are read out.</source>
        <translation>De kaarten verschijnen hier één voor één, zodra ze worden voorgelezen.</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <source>They surely think that we… (Enter adds, Ctrl+Enter adds and shows)</source>
        <translation>Zij denken vast dat wij… (Enter voegt toe, Ctrl+Enter voegt toe en toont)</translation>
    </message>
    <message>
        <source>Edit text (F2)</source>
        <translation>Tekst bewerken (F2)</translation>
    </message>
    <message>
        <source>Correct the text of the selected card</source>
        <translation>De tekst van de gekozen kaart verbeteren</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <source>Finish the meeting now? It is marked as held and the screen thanks the room. Notes can no longer be added in the room.</source>
        <translation>Bijeenkomst nu afronden? Ze wordt als gehouden gemarkeerd en het scherm bedankt de zaal. Daarna kunt u in de zaal geen notities meer toevoegen.</translation>
    </message>
    <message>
        <source>Yes, finish (Ctrl+Enter)</source>
        <translation>Ja, afronden (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Yes, finish the meeting</source>
        <translation>Ja, de bijeenkomst afronden</translation>
    </message>
    <message>
        <source>Not yet (Esc)</source>
        <translation>Nog niet (Esc)</translation>
    </message>
    <message>
        <source>Do not finish the meeting yet</source>
        <translation>De bijeenkomst nog niet afronden</translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message>
        <source>Entries of this step: {0}, the newest {1} listed</source>
        <translation>Notities bij deze stap: {0}, de nieuwste {1} staan hier</translation>
    </message>
</context>
<context>
    <name>ExerciseRun</name>
    <message>
        <source>Score sheet</source>
        <translation>Scoreformulier</translation>
    </message>
    <message>
        <source>Rename scenario</source>
        <translation>Naam van het scenario wijzigen</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Kaart bewerken</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Rename (F2)</source>
        <translation>Naam wijzigen (F2)</translation>
    </message>
    <message>
        <source>Rename the selected scenario</source>
        <translation>Naam van het gekozen scenario wijzigen</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Resume the meeting that is still running</source>
        <translation>De bijeenkomst hervatten die nog loopt</translation>
    </message>
    <message>
        <source>Meeting still running</source>
        <translation>Bijeenkomst loopt nog</translation>
    </message>
</context>
<context>
    <name>ProjectorControls</name>
    <message>
        <source>What the projector shows</source>
        <translation>Wat de beamer laat zien</translation>
    </message>
    <message>
        <source>black</source>
        <translation>zwart</translation>
    </message>
    <message>
        <source>entries hidden</source>
        <translation>notities verborgen</translation>
    </message>
    <message>
        <source>live</source>
        <translation>zichtbaar</translation>
    </message>
    <message>
        <source>light theme</source>
        <translation>licht</translation>
    </message>
    <message>
        <source>dark theme</source>
        <translation>donker</translation>
    </message>
    <message>
        <source>Projector: {0} · {1}</source>
        <translation>Beamer: {0} · {1}</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <source>{0} more — PgDn</source>
        <translation>nog {0} — PgDn</translation>
    </message>
</context>
</TS>
