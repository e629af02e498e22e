<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>ArticleTree</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Articles of the document</source>
        <translation>Artikelen van het document</translation>
    </message>
    <message numerus="yes">
        <source>%n standard clause(s)</source>
        <translation>
            <numerusform>%n standaardbepaling</numerusform>
            <numerusform>%n standaardbepalingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClausesDialog</name>
    <message>
        <source>Draft documents</source>
        <translation>Documenten opstellen</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Soort document</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>Include &amp;proposals not yet accepted by both parties</source>
        <translation>&amp;Voorstellen opnemen die nog niet door beide partijen zijn aanvaard</translation>
    </message>
    <message>
        <source>Include proposals</source>
        <translation>Voorstellen opnemen</translation>
    </message>
    <message>
        <source>&amp;In this document</source>
        <translation>&amp;In dit document</translation>
    </message>
    <message>
        <source>Agreement in this document</source>
        <translation>Afspraak in dit document</translation>
    </message>
    <message>
        <source>Wording in this document</source>
        <translation>Tekst in dit document</translation>
    </message>
    <message>
        <source>Empty: the agreed text is used.</source>
        <translation>Leeg: de afgesproken tekst wordt gebruikt.</translation>
    </message>
    <message>
        <source>&amp;Wording in this document:</source>
        <translation>&amp;Tekst in dit document:</translation>
    </message>
    <message>
        <source>Use the &amp;agreed text</source>
        <translation>&amp;Afgesproken tekst gebruiken</translation>
    </message>
    <message>
        <source>Agreed text (stays as it is on the worksheet):</source>
        <translation>Afgesproken tekst (blijft op het werkblad zoals hij is):</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Voorbeeld van het document</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikelen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Articles or preview</source>
        <translation>Artikelen of voorbeeld</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Opslaan als &amp;Word…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Save the draft as a Word file (Ctrl+S)</source>
        <translation>Het concept opslaan als Word-bestand (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the draft as a PDF file (Ctrl+P)</source>
        <translation>Het concept opslaan als pdf-bestand (Ctrl+P)</translation>
    </message>
    <message>
        <source>The next export becomes concept version %1.</source>
        <translation>De volgende export wordt conceptversie %1.</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>weggelaten</translation>
    </message>
    <message>
        <source>left out: proposal</source>
        <translation>weggelaten: voorstel</translation>
    </message>
    <message>
        <source>left out: lapsed</source>
        <translation>weggelaten: vervallen</translation>
    </message>
    <message>
        <source>reworded here</source>
        <translation>hier anders verwoord</translation>
    </message>
    <message>
        <source>Choose an agreement on the left to see and reword it.</source>
        <translation>Kies links een afspraak om hem te bekijken en anders te verwoorden.</translation>
    </message>
    <message>
        <source>Put article in document</source>
        <translation>Artikel opnemen in document</translation>
    </message>
    <message>
        <source>Leave article out</source>
        <translation>Artikel weglaten</translation>
    </message>
    <message>
        <source>Reword article</source>
        <translation>Artikel anders verwoorden</translation>
    </message>
    <message>
        <source>Word file (*.docx)</source>
        <translation>Word-bestand (*.docx)</translation>
    </message>
    <message>
        <source>PDF file (*.pdf)</source>
        <translation>Pdf-bestand (*.pdf)</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Concept opslaan</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Opgeslagen: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Bezig met opslaan…</translation>
    </message>
    <message>
        <source>The document could not be saved because of an unexpected error. Try again, or save it under another name.</source>
        <translation>Het document kon door een onverwachte fout niet worden opgeslagen. Probeer het opnieuw, of sla het op onder een andere naam.</translation>
    </message>
</context>
</TS>
