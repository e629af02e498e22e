<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ArticleTree</name>
    <message>
        <source>Standard article: untick to leave it out of this document</source>
        <translation>Standaardartikel: vink uit om het uit dit document te laten</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>weggelaten</translation>
    </message>
</context>
<context>
    <name>ClausesDialog</name>
    <message>
        <source>Who &amp;signs…</source>
        <translation>Wie &amp;tekent…</translation>
    </message>
    <message>
        <source>Choose who signs this document for each party</source>
        <translation>Kies per partij wie dit document tekent</translation>
    </message>
    <message>
        <source>Choose who signs</source>
        <translation>Kiezen wie tekent</translation>
    </message>
    <message>
        <source>This draft is concept version %1; saved again unchanged, it keeps that number.</source>
        <translation>Dit concept is versie %1; ongewijzigd opnieuw opgeslagen houdt het dat nummer.</translation>
    </message>
</context>
<context>
    <name>SignersDialog</name>
    <message>
        <source>Who signs</source>
        <translation>Wie tekent</translation>
    </message>
    <message>
        <source>For the municipality</source>
        <translation>Voor de gemeente</translation>
    </message>
    <message>
        <source>For the initiative</source>
        <translation>Voor het initiatief</translation>
    </message>
    <message>
        <source>A line without a name is printed when fewer people are ticked than must sign.</source>
        <translation>Zijn er minder mensen aangevinkt dan er moeten tekenen, dan komt er een tekenregel zonder naam.</translation>
    </message>
    <message>
        <source>Back to the &amp;proposal</source>
        <translation>Terug naar het &amp;voorstel</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Se&amp;nd…</source>
        <translation>&amp;Versturen…</translation>
    </message>
    <message>
        <source>Send the minutes by e-mail</source>
        <translation>Het verslag per e-mail versturen</translation>
    </message>
    <message>
        <source>An e-mail draft to both parties with the minutes attached and the date until which corrections are welcome; your mail program opens it to check and send</source>
        <translation>Een concept-e-mail aan beide partijen met het verslag als bijlage en de datum tot wanneer correcties welkom zijn; uw e-mailprogramma opent het om na te kijken en te versturen</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Concept-e-mail opslaan</translation>
    </message>
    <message>
        <source>E-mail (*.eml)</source>
        <translation>E-mail (*.eml)</translation>
    </message>
    <message>
        <source>The e-mail draft was saved as %1.</source>
        <translation>De concept-e-mail is opgeslagen als %1.</translation>
    </message>
</context>
</TS>
