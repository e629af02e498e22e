<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>CaptureBar</name>
    <message>
        <source>@name owner · #dd-mm due date · \ at the start: no shorthand · Tab completes</source>
        <translation>@naam eigenaar · #dd-mm uiterlijk · \ vooraan: geen afkortingen · Tab vult aan</translation>
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
        <translation>licht thema</translation>
    </message>
    <message>
        <source>dark theme</source>
        <translation>donker thema</translation>
    </message>
    <message>
        <source>Projector: {0} · {1}</source>
        <translation>Beamer: {0} · {1}</translation>
    </message>
</context>
</TS>
