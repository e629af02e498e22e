<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AdoptionRow</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="91"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="92"/>
        <source>Choose someone who was at the meeting, or type a name</source>
        <translation>Kies iemand die bij de bijeenkomst was, of typ een naam</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="94"/>
        <source>Name of who agrees for the municipality</source>
        <translation>Naam van wie instemt namens de gemeente</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="96"/>
        <source>Name of who agrees for the initiative</source>
        <translation>Naam van wie instemt namens het initiatief</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="102"/>
        <source>Date the municipality agreed</source>
        <translation>Datum van instemming door de gemeente</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="104"/>
        <source>Date the initiative agreed</source>
        <translation>Datum van instemming door het initiatief</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="107"/>
        <source>Adopted by the municipality</source>
        <translation>Vastgesteld door de gemeente</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="109"/>
        <source>Adopted by the initiative</source>
        <translation>Vastgesteld door het initiatief</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="110"/>
        <source>Records who agreed to these minutes on behalf of this party, and when</source>
        <translation>Legt vast wie namens deze partij met het verslag instemt, en wanneer</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="114"/>
        <source>Withdraw</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="115"/>
        <source>Withdraw the municipality&apos;s agreement</source>
        <translation>Instemming van de gemeente intrekken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="117"/>
        <source>Withdraw the initiative&apos;s agreement</source>
        <translation>Instemming van het initiatief intrekken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="118"/>
        <source>The minutes become a draft again</source>
        <translation>Het verslag wordt weer een concept</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="149"/>
        <source>✓ Agreed by %1 on %2</source>
        <translation>✓ Ingestemd door %1 op %2</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="68"/>
        <source>Session format</source>
        <translation>Werkvorm</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="71"/>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="287"/>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="76"/>
        <source>Add &amp;whole format</source>
        <translation>Hele werkvorm toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="77"/>
        <source>Step of the session format</source>
        <translation>Onderdeel van de werkvorm</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="85"/>
        <source>Add from the library of session formats</source>
        <translation>Toevoegen uit de werkvormen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="88"/>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="90"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="90"/>
        <source>Item</source>
        <translation>Agendapunt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="90"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="90"/>
        <source>Worksheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="107"/>
        <source>Title of the agenda item</source>
        <translation>Titel van het agendapunt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="110"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="111"/>
        <source>Minutes for the agenda item</source>
        <translation>Minuten voor het agendapunt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="112"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Pijl omhoog</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="113"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Pijl omlaag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="78"/>
        <source>Add this step</source>
        <translation>Dit onderdeel toevoegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="79"/>
        <source>Add own item</source>
        <translation>Eigen punt toevoegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="112"/>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="113"/>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="114"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="114"/>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="132"/>
        <source>The agenda is empty. Choose a session format above and add it.</source>
        <translation>De agenda is nog leeg. Kies hierboven een werkvorm en voeg die toe.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="135"/>
        <source>Edit agenda item</source>
        <translation>Agendapunt bewerken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="209"/>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="219"/>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="225"/>
        <source>Add agenda item</source>
        <translation>Agendapunt toevoegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="212"/>
        <source>Add session format %1</source>
        <translation>Werkvorm %1 toevoegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="224"/>
        <source>New agenda item</source>
        <translation>Nieuw agendapunt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="245"/>
        <source>Move agenda item</source>
        <translation>Agendapunt verplaatsen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="261"/>
        <source>Remove agenda item</source>
        <translation>Agendapunt weghalen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="325"/>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="329"/>
        <source>Total: %n minutes</source>
        <translation>
            <numerusform>Totaal: %n minuut</numerusform>
            <numerusform>Totaal: %n minuten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/agenda_editor.py" line="331"/>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="134"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="135"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="136"/>
        <source>Area</source>
        <translation>Wijk of buurt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="137"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="138"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="139"/>
        <source>Name of the partnership</source>
        <translation>Naam van de samenwerking</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="140"/>
        <source>Slogan</source>
        <translation>Slogan</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="141"/>
        <source>Facilitator</source>
        <translation>Procesbegeleider</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="142"/>
        <source>Shared goal</source>
        <translation>Gezamenlijk doel</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="143"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="148"/>
        <source>The trajectory</source>
        <translation>Het traject</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="153"/>
        <source>Edit trajectory</source>
        <translation>Traject bewerken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="168"/>
        <source>empty: initiative – municipality</source>
        <translation>leeg: initiatief – gemeente</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="171"/>
        <source>The two preconditions</source>
        <translation>De twee voorwaarden</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/widgets.py" line="92"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>EntriesEditor</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="48"/>
        <source>Entries of this meeting</source>
        <translation>Notities van deze bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="50"/>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="78"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="50"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="50"/>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="72"/>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="80"/>
        <source>Worksheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="50"/>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="77"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="64"/>
        <source>Text of the entry</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="65"/>
        <source>Kind of entry</source>
        <translation>Soort notitie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="68"/>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="79"/>
        <source>Speaks for</source>
        <translation>Spreekt namens</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="69"/>
        <source>(not stated)</source>
        <translation>(niet vermeld)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="73"/>
        <source>(no worksheet)</source>
        <translation>(geen werkblad)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="76"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="86"/>
        <source>No entries yet. What is captured during the meeting appears here.</source>
        <translation>Nog geen notities. Wat tijdens de bijeenkomst wordt vastgelegd, verschijnt hier.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="90"/>
        <source>Correct entry</source>
        <translation>Notitie verbeteren</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="76"/>
        <location filename="../../opgroei_desktop/ui/main/entries_editor.py" line="169"/>
        <source>Delete entry</source>
        <translation>Notitie verwijderen</translation>
    </message>
</context>
<context>
    <name>InviteList</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="47"/>
        <source>Invited people</source>
        <translation>Uitgenodigde mensen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="99"/>
        <source>Invite</source>
        <translation>Uitnodigen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="101"/>
        <source>Withdraw invitation</source>
        <translation>Uitnodiging intrekken</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="14"/>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="21"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="15"/>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="22"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="16"/>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="24"/>
        <source>Facilitator</source>
        <translation>Procesbegeleider</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="17"/>
        <source>Other</source>
        <translation>Anders</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="23"/>
        <source>Both together</source>
        <translation>Samen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="28"/>
        <source>Remark</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="29"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="30"/>
        <source>Concern</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="31"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="32"/>
        <source>Assumption</source>
        <translation>Aanname</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="33"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="34"/>
        <source>Agreement</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="35"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="39"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="40"/>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="41"/>
        <source>Held</source>
        <translation>Gehouden</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="42"/>
        <source>Draft minutes</source>
        <translation>Verslag concept</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="43"/>
        <source>Minutes adopted</source>
        <translation>Verslag vastgesteld</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="47"/>
        <source>Added value recognised</source>
        <translation>Meerwaarde erkend</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="48"/>
        <source>Time given, usual ways paused</source>
        <translation>Tijd en pauze</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="52"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="53"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="54"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="55"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="56"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="57"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="58"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/labels.py" line="104"/>
        <source>no date yet</source>
        <translation>nog geen datum</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="54"/>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="157"/>
        <source>Opgroei Desktop</source>
        <translation>Opgroei Desktop</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="83"/>
        <source>Save status</source>
        <translation>Opslagstatus</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="102"/>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="103"/>
        <source>Redone: %1</source>
        <translation>Opnieuw gedaan: %1</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="194"/>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="201"/>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="206"/>
        <source>Rename trajectory</source>
        <translation>Naam van het traject wijzigen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="196"/>
        <source>Name of the partnership (leave empty to use initiative and municipality):</source>
        <translation>Naam van de samenwerking (leeg laten voor initiatief en gemeente):</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="199"/>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="200"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="225"/>
        <source>Archive trajectory</source>
        <translation>Traject archiveren</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="225"/>
        <source>Bring back from archive</source>
        <translation>Terughalen uit archief</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="235"/>
        <source>The trajectory was archived.</source>
        <translation>Het traject is gearchiveerd. Zet ‘Ook gearchiveerde tonen’ aan om het terug te vinden.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="246"/>
        <source>Delete the trajectory “%1” with its people, meetings and agreements? You can undo this with Ctrl+Z.</source>
        <translation>Het traject “%1” met zijn mensen, bijeenkomsten en afspraken verwijderen? U kunt dit ongedaan maken met Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="249"/>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="254"/>
        <source>Delete trajectory</source>
        <translation>Traject verwijderen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="249"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="260"/>
        <source>The trajectory was deleted.</source>
        <translation>Het traject is verwijderd.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="270"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="278"/>
        <source>Everything is saved.</source>
        <translation>Alles is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="302"/>
        <source>The new language is used from the next time you start the app.</source>
        <translation>De nieuwe taal wordt gebruikt vanaf de volgende keer dat u het programma start.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="316"/>
        <source>About Opgroei Desktop</source>
        <translation>Over Opgroei Desktop</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="320"/>
        <source>Opgroei Desktop supports the facilitator of the opgroeiruimte process between a municipality and a residents&apos; initiative.

The process content is based on: %1.</source>
        <translation>Opgroei Desktop ondersteunt de procesbegeleider van het opgroeiruimte-proces tussen een gemeente en een bewonersinitiatief.

De inhoud van het proces is gebaseerd op: %1.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="324"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="335"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="336"/>
        <source>✓ Saved</source>
        <translation>✓ Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="337"/>
        <source>Not saved — see the message above</source>
        <translation>Niet opgeslagen — zie de melding bovenaan</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="352"/>
        <source>%1 — Opgroei Desktop</source>
        <translation>%1 — Opgroei Desktop</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="356"/>
        <source>Bring &amp;back from archive</source>
        <translation>Terug&amp;halen uit archief</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main_window.py" line="356"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="127"/>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="212"/>
        <source>&amp;Start the meeting</source>
        <translation>Bijeenkomst &amp;starten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="129"/>
        <source>Opens the meeting screen with timer, agenda and live capture</source>
        <translation>Opent het vergaderscherm met klok, agenda en live notuleren</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="135"/>
        <source>Meeting sections</source>
        <translation>Onderdelen van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="143"/>
        <source>Title of the meeting</source>
        <translation>Titel van de bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="147"/>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="157"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="149"/>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="158"/>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="150"/>
        <source>e.g. community centre, town hall room 2</source>
        <translation>bijv. buurthuis, stadhuis zaal 2</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="151"/>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="159"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="155"/>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="160"/>
        <source>Minute-taker</source>
        <translation>Notulist</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="156"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="168"/>
        <source>Details and &amp;invitations</source>
        <translation>Gegevens en &amp;uitnodigingen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="163"/>
        <source>Invited</source>
        <translation>Uitgenodigd</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="170"/>
        <source>A&amp;genda</source>
        <translation>Age&amp;nda</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="172"/>
        <source>E&amp;ntries</source>
        <translation>Notit&amp;ies</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="174"/>
        <source>Min&amp;utes</source>
        <translation>&amp;Verslag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="175"/>
        <source>Edit meeting</source>
        <translation>Bijeenkomst bewerken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="212"/>
        <source>&amp;Continue the meeting</source>
        <translation>Verder met de bijeenkom&amp;st</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/main/meeting_editor.py" line="243"/>
        <source>Invited: %n</source>
        <translation>
            <numerusform>Uitgenodigd: %n</numerusform>
            <numerusform>Uitgenodigd: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meetings_page.py" line="96"/>
        <source>P&amp;lan a meeting</source>
        <translation>Bijeenkomst &amp;plannen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meetings_page.py" line="99"/>
        <source>Meetings</source>
        <translation>Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meetings_page.py" line="104"/>
        <source>No meetings yet.</source>
        <translation>Nog geen bijeenkomsten.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meetings_page.py" line="107"/>
        <location filename="../../opgroei_desktop/ui/main/meetings_page.py" line="254"/>
        <source>Delete meeting</source>
        <translation>Bijeenkomst verwijderen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meetings_page.py" line="114"/>
        <source>Choose a meeting in the list, or plan a new one.</source>
        <translation>Kies een bijeenkomst in de lijst, of plan een nieuwe.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meetings_page.py" line="179"/>
        <source>Minutes: draft</source>
        <translation>Verslag: concept</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meetings_page.py" line="188"/>
        <source>Minutes adopted</source>
        <translation>Verslag vastgesteld</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meetings_page.py" line="189"/>
        <source>Adopted on %1</source>
        <translation>Vastgesteld op %1</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meetings_page.py" line="226"/>
        <source>Meeting %1</source>
        <translation>Bijeenkomst %1</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/meetings_page.py" line="232"/>
        <source>Plan a meeting</source>
        <translation>Bijeenkomst plannen</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/message_bar.py" line="26"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/message_bar.py" line="37"/>
        <source>Message action</source>
        <translation>Actie bij de melding</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/message_bar.py" line="38"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/message_bar.py" line="39"/>
        <source>Close message</source>
        <translation>Melding sluiten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/message_bar.py" line="40"/>
        <source>Close this message</source>
        <translation>Deze melding sluiten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/message_bar.py" line="88"/>
        <source>Not saved:</source>
        <translation>Niet opgeslagen:</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/message_bar.py" line="88"/>
        <source>Note:</source>
        <translation>Let op:</translation>
    </message>
</context>
<context>
    <name>MinutesExport</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_export.py" line="27"/>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_export.py" line="83"/>
        <source>The minutes could not be saved (%1). Nothing was written.</source>
        <translation>Het verslag kon niet worden opgeslagen (%1). Er is niets weggeschreven.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="177"/>
        <source>State of the minutes</source>
        <translation>Stand van het verslag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="183"/>
        <source>Saving the minutes</source>
        <translation>Verslag wordt opgeslagen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="186"/>
        <source>Saving the minutes…</source>
        <translation>Het verslag wordt opgeslagen…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="190"/>
        <source>Save as Wo&amp;rd…</source>
        <translation>Opslaan als Wo&amp;rd…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="191"/>
        <source>Save the minutes as a Word file</source>
        <translation>Verslag opslaan als Word-bestand</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="193"/>
        <source>A .docx file both parties can file, edit and forward</source>
        <translation>Een .docx-bestand dat beide partijen kunnen archiveren, bewerken en doorsturen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="196"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="197"/>
        <source>Save the minutes as a PDF file</source>
        <translation>Verslag opslaan als PDF-bestand</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="198"/>
        <source>A PDF file to send round; it looks the same everywhere</source>
        <translation>Een PDF-bestand om rond te sturen; het ziet er overal hetzelfde uit</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="215"/>
        <source>Preview of the minutes</source>
        <translation>Voorbeeld van het verslag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="291"/>
        <source>Adopted on %1</source>
        <translation>Vastgesteld op %1</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="291"/>
        <source>Adopted</source>
        <translation>Vastgesteld</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="294"/>
        <source>Draft: not yet adopted by both parties</source>
        <translation>Concept: nog niet door beide partijen vastgesteld</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="325"/>
        <source>Minutes adopted by the municipality</source>
        <translation>Verslag vastgesteld door de gemeente</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="327"/>
        <source>Minutes adopted by the initiative</source>
        <translation>Verslag vastgesteld door het initiatief</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="341"/>
        <source>Withdraw the municipality&apos;s agreement</source>
        <translation>Instemming van de gemeente intrekken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="343"/>
        <source>Withdraw the initiative&apos;s agreement</source>
        <translation>Instemming van het initiatief intrekken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="387"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="389"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="392"/>
        <source>Save the minutes</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="418"/>
        <source>The minutes were saved as %1.</source>
        <translation>Het verslag is opgeslagen als %1.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/minutes_panel.py" line="419"/>
        <source>Open folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>NewTrajectoryWizard</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="172"/>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="173"/>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="220"/>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="176"/>
        <source>&amp;Next</source>
        <translation>&amp;Volgende</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="177"/>
        <source>&amp;Back</source>
        <translation>V&amp;orige</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="178"/>
        <source>&amp;Create trajectory</source>
        <translation>Traject &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="179"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="203"/>
        <source>Start date: %1</source>
        <translation>Startdatum: %1</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="64"/>
        <source>Preconditions</source>
        <translation>Voorwaarden</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="66"/>
        <source>Next meeting</source>
        <translation>Volgende bijeenkomst</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="70"/>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="174"/>
        <source>Plan a meeting</source>
        <translation>Bijeenkomst plannen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="75"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="82"/>
        <source>Next milestone</source>
        <translation>Volgende piketpaal</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="69"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="69"/>
        <source>Open the next meeting</source>
        <translation>De volgende bijeenkomst openen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="148"/>
        <source>✓ confirmed %1</source>
        <translation>✓ bevestigd %1</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="150"/>
        <source>○ still open</source>
        <translation>○ nog open</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="152"/>
        <source>○ not discussed yet</source>
        <translation>○ nog niet besproken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="166"/>
        <source>No meeting planned.</source>
        <translation>Geen bijeenkomst gepland.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="174"/>
        <source>Plan another</source>
        <translation>Nog een plannen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="180"/>
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open actie</numerusform>
            <numerusform>%n open acties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="184"/>
        <source>• %1 — was due %2</source>
        <translation>• %1 — deadline was %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="189"/>
        <source>%n overdue:</source>
        <translation>
            <numerusform>%n te laat:</numerusform>
            <numerusform>%n te laat:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="191"/>
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/overview.py" line="200"/>
        <source>No milestone agreed yet.</source>
        <translation>Nog geen piketpaal afgesproken.</translation>
    </message>
</context>
<context>
    <name>PartiesPage</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="40"/>
        <source>Who is working together?</source>
        <translation>Wie werken er samen?</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="41"/>
        <source>The two parties of this trajectory. You can change this later.</source>
        <translation>De twee partijen van dit traject. U kunt dit later nog wijzigen.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="45"/>
        <source>for example: Gemeente Zwolle</source>
        <translation>bijvoorbeeld: Gemeente Zwolle</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="46"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="48"/>
        <source>for example: Energiecoöperatie Assendorp</source>
        <translation>bijvoorbeeld: Energiecoöperatie Assendorp</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="49"/>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="50"/>
        <source>&amp;Municipality</source>
        <translation>&amp;Gemeente</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="51"/>
        <source>&amp;Initiative</source>
        <translation>&amp;Initiatief</translation>
    </message>
</context>
<context>
    <name>PartyChoice</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="100"/>
        <source>Confirmed on</source>
        <translation>Bevestigd op</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="101"/>
        <source>%1: confirmed</source>
        <translation>%1: bevestigd</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="102"/>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="103"/>
        <source>%1: still open</source>
        <translation>%1: nog open</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="110"/>
        <source>%1: confirmed on</source>
        <translation>%1: bevestigd op</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="114"/>
        <source>Note (optional)</source>
        <translation>Toelichting (mag leeg blijven)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="115"/>
        <source>%1: note</source>
        <translation>%1: toelichting</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="194"/>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="195"/>
        <source>Name of a new person</source>
        <translation>Naam van een nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="196"/>
        <source>Party of the new person</source>
        <translation>Partij van de nieuwe persoon</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="198"/>
        <source>Add pe&amp;rson</source>
        <translation>Persoon toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="204"/>
        <source>People by party</source>
        <translation>Mensen per partij</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="207"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="209"/>
        <source>On whose behalf</source>
        <translation>Namens wie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="210"/>
        <source>In minutes</source>
        <translation>In verslag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="224"/>
        <source>No people yet. Add the people of both parties who take part.</source>
        <translation>Nog geen mensen. Voeg de mensen van beide partijen toe die meedoen.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="198"/>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="257"/>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="208"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="300"/>
        <source>(left %1)</source>
        <translation>(vertrokken %1)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="301"/>
        <source>named</source>
        <translation>met naam</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="301"/>
        <source>not named</source>
        <translation>zonder naam</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="55"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="62"/>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="73"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="63"/>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="74"/>
        <source>Party</source>
        <translation>Partij</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="65"/>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="75"/>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="67"/>
        <source>Organisation or department</source>
        <translation>Organisatie of afdeling</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="69"/>
        <source>Speaks on behalf of</source>
        <translation>Spreekt namens</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="70"/>
        <source>e.g. as a resident, for the board, as adviser</source>
        <translation>bijv. als bewoner, namens het bestuur, als adviseur</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="71"/>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="72"/>
        <source>May be named in the minutes</source>
        <translation>Mag met naam in het verslag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="80"/>
        <source>Edit person</source>
        <translation>Persoon bewerken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="96"/>
        <source>Date of leaving</source>
        <translation>Datum van vertrek</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="106"/>
        <source>Forget this person…</source>
        <translation>Deze persoon vergeten…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="108"/>
        <source>Removes name and details for good (privacy). Their entries keep the party.</source>
        <translation>Wist naam en gegevens voorgoed (privacy). De notities blijven bij de partij.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="131"/>
        <source>Choose a person in the list.</source>
        <translation>Kies iemand in de lijst.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="135"/>
        <source>This person&apos;s details were removed.</source>
        <translation>De gegevens van deze persoon zijn gewist.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="137"/>
        <source>Left on %1</source>
        <translation>Vertrokken op %1</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="139"/>
        <source>Taking part</source>
        <translation>Doet mee</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="97"/>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="155"/>
        <source>Mark as left</source>
        <translation>Vertrokken markeren</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="76"/>
        <source>Organisation / department</source>
        <translation>Organisatie / afdeling</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="77"/>
        <source>On whose behalf</source>
        <translation>Namens wie</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="98"/>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="158"/>
        <source>Taking part again</source>
        <translation>Doet weer mee</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="165"/>
        <source>Forget %1 for good? Name, function, organisation and on whose behalf they speak are wiped. Their entries stay, under their party. This cannot be undone.</source>
        <translation>%1 voorgoed vergeten? Naam, functie, organisatie en namens wie deze persoon spreekt worden gewist. De notities blijven staan, onder de partij. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="168"/>
        <source>Forget this person</source>
        <translation>Persoon vergeten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/people_page.py" line="168"/>
        <source>Forget</source>
        <translation>Vergeten</translation>
    </message>
</context>
<context>
    <name>PreconditionPage</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="140"/>
        <source>Precondition: %1</source>
        <translation>Voorwaarde: %1</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="154"/>
        <source>Choose for each party: confirmed, or still open.</source>
        <translation>Kies per partij: bevestigd, of nog open.</translation>
    </message>
</context>
<context>
    <name>PreconditionRow</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="52"/>
        <source>%1: state</source>
        <translation>%1: stand</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="53"/>
        <source>Not discussed yet</source>
        <translation>Nog niet besproken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="54"/>
        <source>Confirmed on</source>
        <translation>Bevestigd op</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="55"/>
        <source>Still open</source>
        <translation>Nog open</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="59"/>
        <source>%1: confirmed on</source>
        <translation>%1: bevestigd op</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="61"/>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="62"/>
        <source>%1: note</source>
        <translation>%1: toelichting</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/details_page.py" line="72"/>
        <source>Change precondition</source>
        <translation>Voorwaarde wijzigen</translation>
    </message>
</context>
<context>
    <name>ProcessPicture</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/process_picture.py" line="248"/>
        <source>DOEN · four components, running side by side</source>
        <translation>DOEN · vier onderdelen die tegelijk lopen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/process_picture.py" line="258"/>
        <source>VERHELDEREN · four themes that keep coming back</source>
        <translation>VERHELDEREN · vier thema&apos;s die steeds terugkomen</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="61"/>
        <source>What is it about?</source>
        <translation>Waar gaat het over?</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="62"/>
        <source>All fields on this page are optional.</source>
        <translation>Alle velden op deze pagina mogen leeg blijven.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="66"/>
        <source>neighbourhood or district</source>
        <translation>buurt of wijk</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="67"/>
        <source>Area</source>
        <translation>Wijk of buurt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="69"/>
        <source>for example: collective heat network</source>
        <translation>bijvoorbeeld: collectief warmtenet</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="70"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="71"/>
        <source>The start date is &amp;known</source>
        <translation>De startdatum is be&amp;kend</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="72"/>
        <source>The start date is known</source>
        <translation>De startdatum is bekend</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="76"/>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="79"/>
        <source>&amp;Area</source>
        <translation>&amp;Wijk of buurt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="80"/>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/wizard.py" line="82"/>
        <source>&amp;Start date</source>
        <translation>&amp;Startdatum</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="39"/>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="40"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="46"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="51"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="53"/>
        <source>A new language takes effect when you restart the app.</source>
        <translation>Een andere taal gaat in als u het programma opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="58"/>
        <source>the app&apos;s own layout</source>
        <translation>de eigen opmaak van het programma</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="59"/>
        <source>Word template for minutes</source>
        <translation>Word-sjabloon voor het verslag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="60"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="60"/>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="107"/>
        <source>Choose a Word template</source>
        <translation>Kies een Word-sjabloon</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="61"/>
        <source>&amp;Own layout</source>
        <translation>&amp;Eigen opmaak</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="61"/>
        <source>Use the app&apos;s own layout</source>
        <translation>De eigen opmaak van het programma gebruiken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="65"/>
        <source>Minutes &amp;template</source>
        <translation>Sjabloon voor het &amp;verslag</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="71"/>
        <source>A .docx file of your organisation, whose styles the minutes will use.</source>
        <translation>Een .docx-bestand van uw organisatie; het verslag neemt de stijlen daarvan over.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="76"/>
        <source>Check of the template</source>
        <translation>Controle van het sjabloon</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="82"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="83"/>
        <source>Save settings</source>
        <translation>Instellingen opslaan</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="84"/>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="85"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="107"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="127"/>
        <source>✓ The template has every style the minutes use.</source>
        <translation>✓ Het sjabloon heeft alle opmaakprofielen die het verslag gebruikt.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/settings_dialog.py" line="129"/>
        <source>Minutes can be made with this template, but:</source>
        <translation>Met dit sjabloon kan een verslag worden gemaakt, maar:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../opgroei_desktop/app.py" line="79"/>
        <source>Restore newest backup</source>
        <translation>Nieuwste reservekopie terugzetten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/app.py" line="82"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/app.py" line="90"/>
        <source>The backup is back in place. The damaged file was kept as {0}.</source>
        <translation>De reservekopie is teruggezet. Het beschadigde bestand is bewaard als {0}.</translation>
    </message>
</context>
<context>
    <name>TrajectoryList</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_list.py" line="35"/>
        <location filename="../../opgroei_desktop/ui/main/trajectory_list.py" line="43"/>
        <source>Trajectories</source>
        <translation>Trajecten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_list.py" line="37"/>
        <source>Search by name or area</source>
        <translation>Zoek op naam of wijk</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_list.py" line="38"/>
        <source>Search trajectories</source>
        <translation>Trajecten zoeken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_list.py" line="40"/>
        <source>Also show &amp;archived</source>
        <translation>Ook ge&amp;archiveerde tonen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_list.py" line="41"/>
        <source>Also show archived trajectories</source>
        <translation>Ook gearchiveerde trajecten tonen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_list.py" line="48"/>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_list.py" line="48"/>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_list.py" line="90"/>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_list.py" line="102"/>
        <source>Nothing found. Try another word.</source>
        <translation>Niets gevonden. Probeer een ander woord.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_list.py" line="104"/>
        <source>No trajectories yet.</source>
        <translation>Nog geen trajecten.</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_view.py" line="66"/>
        <source>Trajectory pages</source>
        <translation>Pagina&apos;s van het traject</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_view.py" line="74"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_view.py" line="82"/>
        <source>&amp;People</source>
        <translation>&amp;Mensen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_view.py" line="83"/>
        <source>&amp;Meetings</source>
        <translation>Bij&amp;eenkomsten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_view.py" line="84"/>
        <source>&amp;Actions</source>
        <translation>&amp;Acties</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_view.py" line="85"/>
        <source>Searc&amp;h</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_view.py" line="86"/>
        <source>&amp;Details</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/trajectory_view.py" line="191"/>
        <source>archived</source>
        <translation>gearchiveerd</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/welcome.py" line="24"/>
        <source>Welcome to Opgroei Desktop</source>
        <translation>Welkom bij Opgroei Desktop</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/welcome.py" line="29"/>
        <source>Prepare and run the meetings between a municipality and a residents&apos; initiative, keep what was said and agreed, and find it back years later. Everything stays on this computer and is saved as you work.</source>
        <translation>Bereid de bijeenkomsten tussen gemeente en bewonersinitiatief voor, leid ze, bewaar wat er gezegd en afgesproken is en vind het jaren later terug. Alles blijft op deze computer en wordt bewaard terwijl u werkt.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/welcome.py" line="47"/>
        <source>&amp;New trajectory</source>
        <translation>&amp;Nieuw traject</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/welcome.py" line="47"/>
        <source>New trajectory</source>
        <translation>Nieuw traject</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/welcome.py" line="50"/>
        <source>Open the e&amp;xample trajectory</source>
        <translation>&amp;Voorbeeldtraject openen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/welcome.py" line="51"/>
        <source>Open the example trajectory</source>
        <translation>Voorbeeldtraject openen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/welcome.py" line="54"/>
        <source>A made-up municipality and cooperative with three meetings, to look around and practise</source>
        <translation>Een verzonnen gemeente en coöperatie met drie bijeenkomsten, om rond te kijken en te oefenen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/welcome.py" line="63"/>
        <source>Or choose a trajectory on the left.</source>
        <translation>Of kies links een traject.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/welcome.py" line="68"/>
        <source>Based on: %1</source>
        <translation>Gebaseerd op: %1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="30"/>
        <source>&amp;New trajectory…</source>
        <translation>&amp;Nieuw traject…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="31"/>
        <source>Open the e&amp;xample trajectory</source>
        <translation>&amp;Voorbeeldtraject openen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="32"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="33"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="34"/>
        <source>&amp;Undo</source>
        <translation>Ongedaan &amp;maken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="36"/>
        <source>&amp;Redo</source>
        <translation>&amp;Opnieuw</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="40"/>
        <source>&amp;Save now</source>
        <translation>Nu op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="42"/>
        <source>Everything is saved as you work; this saves typed text at once.</source>
        <translation>Alles wordt bewaard terwijl u werkt; dit bewaart getypte tekst meteen.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="44"/>
        <source>&amp;Rename…</source>
        <translation>Naam &amp;wijzigen…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="45"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiveren</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="46"/>
        <source>&amp;Delete trajectory…</source>
        <translation>Traject &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="47"/>
        <source>&amp;Find trajectory</source>
        <translation>Traject &amp;zoeken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="50"/>
        <source>Draft &amp;documents…</source>
        <translation>&amp;Documenten opstellen…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="52"/>
        <source>Draft a plan of approach, letter of intent, agreement or covenant</source>
        <translation>Een plan van aanpak, intentieovereenkomst, samenwerkingsovereenkomst of convenant opstellen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="55"/>
        <source>&amp;Overview</source>
        <translation>&amp;Overzicht</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="56"/>
        <source>&amp;People</source>
        <translation>&amp;Mensen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="57"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Bijeenkomsten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="58"/>
        <source>&amp;Actions</source>
        <translation>&amp;Acties</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="59"/>
        <source>Searc&amp;h everything</source>
        <translation>&amp;Zoeken in alles</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="60"/>
        <source>&amp;Details</source>
        <translation>&amp;Gegevens</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="62"/>
        <source>Trajectory &amp;list</source>
        <translation>Lijst met &amp;trajecten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="65"/>
        <source>&amp;About Opgroei Desktop</source>
        <translation>&amp;Over Opgroei Desktop</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="100"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="104"/>
        <source>&amp;Trajectory</source>
        <translation>&amp;Traject</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="110"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/menus.py" line="114"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
</context>
<context>
    <name>WorksheetHost</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/worksheet_host.py" line="34"/>
        <source>← Back to overview</source>
        <translation>← Terug naar het overzicht</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/worksheet_host.py" line="34"/>
        <source>Back to overview</source>
        <translation>Terug naar het overzicht</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/worksheet_host.py" line="34"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>WorksheetTile</name>
    <message>
        <location filename="../../opgroei_desktop/ui/main/process_picture.py" line="45"/>
        <source>Press Enter to open.</source>
        <translation>Druk op Enter om te openen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/main/process_picture.py" line="52"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/process_picture.py" line="54"/>
        <source>no agreements</source>
        <translation>geen afspraken</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/main/process_picture.py" line="57"/>
        <source>%1 of %2 agreed</source>
        <translation>%1 van %2 akkoord</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/main/process_picture.py" line="46"/>
        <source>%n agreements</source>
        <translation>
            <numerusform>%n afspraak</numerusform>
            <numerusform>%n afspraken</numerusform>
        </translation>
    </message>
</context>
</TS>
