<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>MainWindow</name>
    <message>
        <source>Opgroei Desktop %1 supports the facilitator of the opgroeiruimte process between a municipality and a residents' initiative.

The process content is based on the publication %2. All texts in the app are our own words.

Licence: EUPL-1.2 (European Union Public Licence). Everything stays on this computer; your data is in %3.</source>
        <translation>Opgroei Desktop %1 ondersteunt de procesbegeleider van het opgroeiruimte-proces tussen een gemeente en een bewonersinitiatief.

De inhoud van het proces is gebaseerd op de publicatie %2. Alle teksten in het programma zijn in eigen woorden geschreven.

Licentie: EUPL-1.2 (European Union Public Licence). Alles blijft op deze computer; uw gegevens staan in %3.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Where your data is stored</source>
        <translation>Waar uw gegevens staan</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Map openen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>De map met uw gegevens openen</translation>
    </message>
    <message>
        <source>Shows the folder with your data and its backups</source>
        <translation>Toont de map met uw gegevens en de reservekopieën</translation>
    </message>
    <message>
        <source>Your data is saved as you work, in:
%1</source>
        <translation>Uw gegevens worden opgeslagen terwijl u werkt, in:
%1</translation>
    </message>
</context>
</TS>
