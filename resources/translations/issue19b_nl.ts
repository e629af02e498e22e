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
    <name>ManualWindow</name>
    <message>
        <source>The manual could not be saved because of an unexpected fault.</source>
        <translation>De handleiding kon door een onverwachte fout niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Manual — Opgroei Desktop</source>
        <translation>Handleiding — Opgroei Desktop</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <source>Chapters of the manual</source>
        <translation>Hoofdstukken van de handleiding</translation>
    </message>
    <message>
        <source>Text of the chapter</source>
        <translation>Tekst van het hoofdstuk</translation>
    </message>
    <message>
        <source>Save as &amp;pdf…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <source>Save the whole manual as a pdf file</source>
        <translation>De hele handleiding opslaan als pdf-bestand</translation>
    </message>
    <message>
        <source>To print it, or to read it without the program</source>
        <translation>Om te printen, of om te lezen zonder het programma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the manual</source>
        <translation>De handleiding sluiten</translation>
    </message>
    <message>
        <source>The manual was not found in %1.</source>
        <translation>De handleiding is niet gevonden in %1.</translation>
    </message>
    <message>
        <source>Save the manual as a pdf file</source>
        <translation>De handleiding opslaan als pdf-bestand</translation>
    </message>
    <message>
        <source>Pdf files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the manual…</source>
        <translation>De handleiding wordt opgeslagen…</translation>
    </message>
    <message>
        <source>The manual is saved as %1.</source>
        <translation>De handleiding is opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>Nothing written down on this worksheet yet.</source>
        <translation>Op dit werkblad is nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>The worksheet as the room sees it</source>
        <translation>Het werkblad zoals de zaal het ziet</translation>
    </message>
    <message>
        <source>%1 — for the room</source>
        <translation>%1 — voor de zaal</translation>
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
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Handleiding</translation>
    </message>
    <message>
        <source>The manual for facilitators, also without internet</source>
        <translation>De handleiding voor procesbegeleiders, ook zonder internet</translation>
    </message>
</context>
<context>
    <name>WorksheetView</name>
    <message>
        <source>Show to the &amp;room</source>
        <translation>Toon aan de &amp;zaal</translation>
    </message>
    <message>
        <source>This worksheet in large type on the beamer; the room reads along</source>
        <translation>Dit werkblad in grote letters op de beamer; de zaal leest mee</translation>
    </message>
</context>
</TS>
