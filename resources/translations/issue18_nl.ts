<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Address of the team database</source>
        <translation>Adres van de teamdatabase</translation>
    </message>
    <message>
        <source>Team &amp;database</source>
        <translation>Team&amp;database</translation>
    </message>
    <message>
        <source>A PostgreSQL database the whole team works in; empty for this computer's own data. Used from the next start, and by Synchronise. Keep the password in the server's password file (.pgpass), not here.</source>
        <translation>Een PostgreSQL-database waarin het hele team werkt; leeg voor de eigen gegevens van deze computer. Geldt vanaf de volgende start, en voor Synchroniseren. Zet het wachtwoord in het wachtwoordbestand van de server (.pgpass), niet hier.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: settings are kept as plain text. Put it in the password file (.pgpass) instead.</source>
        <translation>Laat het wachtwoord weg uit het adres: instellingen worden als gewone tekst opgeslagen. Zet het in het wachtwoordbestand (.pgpass).</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>You can go on with this computer's own data now and sync with the team database later.</source>
        <translation>U kunt nu verder met de eigen gegevens van deze computer en later synchroniseren met de teamdatabase.</translation>
    </message>
    <message>
        <source>Continue with this computer's data</source>
        <translation>Verder met de gegevens van deze computer</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>Synchronise with the team database</source>
        <translation>Synchroniseren met de teamdatabase</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Stand van het synchroniseren</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>On this laptop</source>
        <translation>Op deze laptop</translation>
    </message>
    <message>
        <source>In the team database</source>
        <translation>In de teamdatabase</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Houden</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Aan beide kanten veranderd</translation>
    </message>
    <message>
        <source>&amp;Synchronise</source>
        <translation>&amp;Synchroniseren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>You are working in the team database itself: nothing to sync.</source>
        <translation>U werkt in de teamdatabase zelf: er is niets te synchroniseren.</translation>
    </message>
    <message>
        <source>Fill in the address of the team database under Settings first.</source>
        <translation>Vul eerst bij Instellingen het adres van de teamdatabase in.</translation>
    </message>
    <message>
        <source>Brings this laptop and the team database level: %1</source>
        <translation>Maakt deze laptop en de teamdatabase weer gelijk: %1</translation>
    </message>
    <message>
        <source>Done: this laptop and the team database are level again. %1 rows came in, %2 changed.</source>
        <translation>Klaar: deze laptop en de teamdatabase zijn weer gelijk. Er kwamen %1 rijen bij, %2 zijn gewijzigd.</translation>
    </message>
    <message>
        <source>Keep which version</source>
        <translation>Welke versie houden</translation>
    </message>
    <message>
        <source>this laptop's</source>
        <translation>die van deze laptop</translation>
    </message>
    <message>
        <source>the team database's</source>
        <translation>die van de teamdatabase</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>S&amp;ynchronise with team database…</source>
        <translation>S&amp;ynchroniseren met teamdatabase…</translation>
    </message>
</context>
<context>
    <name>WaitingEdits</name>
    <message>
        <source>Someone else has changed this since. It now reads:</source>
        <translation>Iemand anders heeft dit intussen veranderd. Nu staat er:</translation>
    </message>
    <message>
        <source>Save yours over theirs, keep theirs, or decide later: yours then keeps waiting on this computer.</source>
        <translation>Sla uw tekst op in plaats van die van de ander, houd die van de ander, of beslis later: uw tekst blijft dan op deze computer wachten.</translation>
    </message>
    <message>
        <source>An edit that waited for the server</source>
        <translation>Een wijziging die op de server wachtte</translation>
    </message>
    <message>
        <source>%1 (typed while the server could not be reached)</source>
        <translation>%1 (getypt toen de server niet bereikbaar was)</translation>
    </message>
    <message>
        <source>What you typed then:</source>
        <translation>Wat u toen typte:</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>Mijn tekst opslaan</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Die van de ander houden</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Laten vervallen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Later beslissen</translation>
    </message>
    <message>
        <source>One edit waits for the team database&apos;s server, which cannot be reached. It is kept on this computer and saved the next time you start Opgroei Desktop with the server reachable.</source>
        <translation>Eén wijziging wacht op de server van de teamdatabase, die niet bereikbaar is. Ze staat op deze computer en wordt in de teamdatabase opgeslagen zodra u Opgroei Desktop weer start terwijl de server bereikbaar is.</translation>
    </message>
    <message>
        <source>%1 edits wait for the team database&apos;s server, which cannot be reached. They are kept on this computer and saved the next time you start Opgroei Desktop with the server reachable.</source>
        <translation>%1 wijzigingen wachten op de server van de teamdatabase, die niet bereikbaar is. Ze staan op deze computer en worden in de teamdatabase opgeslagen zodra u Opgroei Desktop weer start terwijl de server bereikbaar is.</translation>
    </message>
    <message>
        <source>Edits kept on this computer</source>
        <translation>Wijzigingen staan op deze computer</translation>
    </message>
</context>
</TS>
