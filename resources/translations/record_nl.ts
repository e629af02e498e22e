<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>DataBus</name>
    <message>
        <source>The agreement made from this note stays: it is further along than a proposal.</source>
        <translation>De afspraak die uit deze notitie kwam, blijft staan: die is al verder dan een voorstel.</translation>
    </message>
    <message>
        <source>The action made from this note stays: it is done or someone took it on.</source>
        <translation>De actie die uit deze notitie kwam, blijft staan: die is al gedaan of iemand heeft hem op zich genomen.</translation>
    </message>
    <message>
        <source>The agreement and the action made from this note stay: they are part of the record.</source>
        <translation>De afspraak en de actie die uit deze notitie kwamen, blijven staan: ze horen bij wat is vastgelegd.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Reopen…</source>
        <translation>Heropenen…</translation>
    </message>
    <message>
        <source>Reopen the adopted minutes</source>
        <translation>Het vastgestelde verslag heropenen</translation>
    </message>
    <message>
        <source>Adopted minutes do not change. Reopen them, with a reason, to correct them; both parties then adopt them again</source>
        <translation>Een vastgesteld verslag verandert niet. Heropen het, met een reden, om het te verbeteren; daarna stellen beide partijen het opnieuw vast</translation>
    </message>
    <message>
        <source>Reopen the minutes</source>
        <translation>Verslag heropenen</translation>
    </message>
    <message>
        <source>Why are the adopted minutes reopened? The reason is kept in the history of the minutes. Both parties then adopt them again.</source>
        <translation>Waarom wordt het vastgestelde verslag heropend? De reden komt in de geschiedenis van het verslag. Daarna stellen beide partijen het opnieuw vast.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>%1 has been removed from the data of this app. Backups made earlier and documents already sent still hold the name. Remove it from the %2 backup(s) in the data folder as well? Documents already sent must be removed by whoever received them.</source>
        <translation>%1 is verwijderd uit de gegevens van Opgroei Desktop. Reservekopieën van eerder en documenten die al zijn verstuurd, bevatten de naam nog. Wilt u de naam ook uit de %2 reservekopie(ën) in de gegevensmap verwijderen? Documenten die al zijn verstuurd, moet de ontvanger zelf verwijderen.</translation>
    </message>
    <message>
        <source>Remove from backups</source>
        <translation>Uit reservekopieën verwijderen</translation>
    </message>
</context>
</TS>
