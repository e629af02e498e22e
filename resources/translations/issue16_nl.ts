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
</TS>
