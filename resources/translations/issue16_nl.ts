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
        <source>This draft is concept version %1; saved again unchanged, it keeps that number.</source>
        <translation>Dit concept is versie %1; ongewijzigd opnieuw opgeslagen houdt het dat nummer.</translation>
    </message>
</context>
</TS>
