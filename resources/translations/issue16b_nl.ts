<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ItemAdder</name>
    <message>
        <source>Body or role</source>
        <translation>Orgaan of rol</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Body or role</source>
        <translation>Orgaan of rol</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Authorised to sign by</source>
        <translation>Bevoegd om te tekenen krachtens</translation>
    </message>
    <message>
        <source>only for who signs, e.g. article 14 of the statutes, a power of attorney</source>
        <translation>alleen voor wie tekent, bijvoorbeeld artikel 14 van de statuten of een volmacht</translation>
    </message>
    <message>
        <source>Named in the parties block of an agreement: the person signs, authorised by this.</source>
        <translation>Staat in de aanhef van een overeenkomst: deze persoon tekent, daartoe bevoegd krachtens wat u hier invult.</translation>
    </message>
</context>
<context>
    <name>WorksheetItems</name>
    <message>
        <source>Name of the body, or the role</source>
        <translation>Naam van het orgaan, of de rol</translation>
    </message>
    <message>
        <source>Note for yourselves (not in the agreement)</source>
        <translation>Eigen aantekening (komt niet in de overeenkomst)</translation>
    </message>
    <message>
        <source>Which decision</source>
        <translation>Welk besluit</translation>
    </message>
    <message>
        <source>Decides on / tasks</source>
        <translation>Beslist over / taken</translation>
    </message>
    <message>
        <source>What this body decides, or what this role does</source>
        <translation>Waarover dit orgaan beslist, of wat deze rol doet</translation>
    </message>
    <message>
        <source>Falls under / works for</source>
        <translation>Valt onder / werkt voor</translation>
    </message>
    <message>
        <source>e.g. the steering group (optional)</source>
        <translation>bijvoorbeeld de stuurgroep (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Genomen door</translation>
    </message>
    <message>
        <source>Which body takes this decision</source>
        <translation>Welk orgaan dit besluit neemt</translation>
    </message>
    <message>
        <source>Within</source>
        <translation>Binnen</translation>
    </message>
    <message>
        <source>e.g. six weeks</source>
        <translation>bijvoorbeeld zes weken</translation>
    </message>
    <message>
        <source>steering group</source>
        <translation>stuurgroep</translation>
    </message>
    <message>
        <source>mayor and aldermen</source>
        <translation>college van burgemeester en wethouders</translation>
    </message>
    <message>
        <source>municipal council</source>
        <translation>gemeenteraad</translation>
    </message>
    <message>
        <source>board of the cooperative</source>
        <translation>bestuur van de coöperatie</translation>
    </message>
    <message>
        <source>general members' meeting</source>
        <translation>algemene ledenvergadering</translation>
    </message>
</context>
<context>
    <name>WorksheetLabels</name>
    <message>
        <source>Steering group</source>
        <translation>Stuurgroep</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Werkgroep</translation>
    </message>
    <message>
        <source>Mayor and aldermen</source>
        <translation>College van B&amp;W</translation>
    </message>
    <message>
        <source>Municipal council</source>
        <translation>Gemeenteraad</translation>
    </message>
    <message>
        <source>Board of the cooperative</source>
        <translation>Bestuur van de coöperatie</translation>
    </message>
    <message>
        <source>General members' meeting</source>
        <translation>Ledenvergadering (ALV)</translation>
    </message>
    <message>
        <source>Other body</source>
        <translation>Ander orgaan</translation>
    </message>
    <message>
        <source>Role (a function, not a person)</source>
        <translation>Rol (functie, geen persoon)</translation>
    </message>
</context>
</TS>
