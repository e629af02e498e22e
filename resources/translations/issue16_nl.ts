<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AccountEditor</name>
    <message>
        <source>Write per item what was discussed, in the third person (&quot;The municipality states that …&quot;), and end with what was decided. Items without an account show the captured lines.</source>
        <translation>Schrijf per agendapunt wat er besproken is, in de derde persoon (&quot;De gemeente geeft aan dat …&quot;), en sluit af met wat er besloten is. Een punt zonder verslag toont de genoteerde regels.</translation>
    </message>
    <message>
        <source>Captured lines as an &amp;annex</source>
        <translation>Genoteerde regels als bij&amp;lage</translation>
    </message>
    <message>
        <source>Captured lines as an annex to the minutes</source>
        <translation>Genoteerde regels als bijlage bij het verslag</translation>
    </message>
    <message>
        <source>For items with an account, the lines captured in the room go into an annex at the end of the minutes. Unticked, they are left out of the minutes.</source>
        <translation>Bij punten met een verslag komen de regels die in de zaal zijn genoteerd in een bijlage achteraan het verslag. Niet aangevinkt blijven ze uit het verslag.</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>Agenda item to write the account of</source>
        <translation>Agendapunt waarvan u het verslag schrijft</translation>
    </message>
    <message>
        <source>✓: an account is written for this item</source>
        <translation>✓: bij dit punt is een verslag geschreven</translation>
    </message>
    <message>
        <source>Account of this agenda item</source>
        <translation>Verslag van dit agendapunt</translation>
    </message>
    <message>
        <source>e.g. The initiative asks who pays for the study. The municipality …</source>
        <translation>bijv. Het initiatief vraagt wie de studie betaalt. De gemeente …</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Captured in the room</source>
        <translation>Genoteerd in de zaal</translation>
    </message>
    <message>
        <source>Lines captured for this agenda item</source>
        <translation>Regels genoteerd bij dit agendapunt</translation>
    </message>
    <message>
        <source>Enter copies the chosen line into the account</source>
        <translation>Enter neemt de gekozen regel over in het verslag</translation>
    </message>
    <message>
        <source>&amp;Copy into the account</source>
        <translation>&amp;Kopiëren naar het verslag</translation>
    </message>
    <message>
        <source>Adds the chosen line at the end of the account, to rewrite it there</source>
        <translation>Zet de gekozen regel achteraan het verslag, om hem daar te herschrijven</translation>
    </message>
    <message>
        <source>Write the account</source>
        <translation>Verslag schrijven</translation>
    </message>
    <message>
        <source>Annex of the minutes</source>
        <translation>Bijlage bij het verslag</translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation>Verslag van %1</translation>
    </message>
    <message>
        <source>Nothing was captured for this item.</source>
        <translation>Bij dit punt is niets genoteerd.</translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <source>Item</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>Agenda item of the entry</source>
        <translation>Agendapunt van de notitie</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the entry to the previous or next agenda item</source>
        <translation>Alt+↑ en Alt+↓ verplaatsen de notitie naar het vorige of volgende agendapunt</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <source>(outside the agenda)</source>
        <translation>(buiten de agenda)</translation>
    </message>
    <message>
        <source>Move entry</source>
        <translation>Notitie verplaatsen</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes: preview or account per agenda item</source>
        <translation>Verslag: voorbeeld of verslag per agendapunt</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>V&amp;oorbeeld</translation>
    </message>
    <message>
        <source>Account per agenda &amp;item</source>
        <translation>Verslag per &amp;agendapunt</translation>
    </message>
</context>
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
