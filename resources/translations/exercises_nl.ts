<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BaselinePanel</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="46"/>
        <source>Milestone this measurement belongs to</source>
        <translation>Piketpaal waar deze meting bij hoort</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="48"/>
        <source>&amp;Milestone:</source>
        <translation>&amp;Piketpaal:</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="50"/>
        <source>Per &amp;party</source>
        <translation>Per pa&amp;rtij</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="51"/>
        <source>Per p&amp;erson</source>
        <translation>Per p&amp;ersoon</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="60"/>
        <source>Scores per statement</source>
        <translation>Scores per stelling</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="64"/>
        <source>Type 1–5 in a cell (1 not at all, 5 completely); 0 clears. Arrows and Tab move.</source>
        <translation>Typ 1–5 in een cel (1 helemaal niet, 5 helemaal wel); 0 wist. Pijltjes en Tab verplaatsen.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="69"/>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="70"/>
        <source>Trend</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="74"/>
        <source>Show the radar and the differences</source>
        <translation>Toon de radar en de verschillen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="75"/>
        <source>Show the trend over time</source>
        <translation>Toon het verloop door de tijd</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="77"/>
        <source>Enter scores:</source>
        <translation>Scores invoeren:</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="85"/>
        <source>On the screen:</source>
        <translation>Op het scherm:</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="121"/>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="121"/>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="173"/>
        <source>Baseline: starts with the first score</source>
        <translation>Nulmeting: begint bij de eerste score</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/baseline_panel.py" line="190"/>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>BaselineScreen</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/screens.py" line="59"/>
        <source>Where we differ most</source>
        <translation>Hier verschillen we het meest</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/screens.py" line="96"/>
        <source>No scores yet. They appear here as they are entered.</source>
        <translation>Nog geen scores. Ze verschijnen hier zodra ze zijn ingevoerd.</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/exercises/screens.py" line="178"/>
        <source>%n card(s) on the pile. Which one goes first?</source>
        <translation>
            <numerusform>%n kaart ligt klaar. Welke gaat eerst?</numerusform>
            <numerusform>%n kaarten liggen klaar. Welke gaat eerst?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/screens.py" line="181"/>
        <source>Card {0} of {1}</source>
        <translation>Kaart {0} van {1}</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/card_view.py" line="27"/>
        <source>Assumption card</source>
        <translation>Aannamekaart</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/cards_panel.py" line="63"/>
        <source>Who wrote the card</source>
        <translation>Wie schreef de kaart</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/cards_panel.py" line="66"/>
        <source>Anon&amp;ymous</source>
        <translation>Ano&amp;niem</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/cards_panel.py" line="67"/>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/cards_panel.py" line="70"/>
        <source>Text of a new card</source>
        <translation>Tekst van een nieuwe kaart</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/cards_panel.py" line="71"/>
        <source>They surely think that we… (Enter adds the card)</source>
        <translation>Zij denken vast dat wij… (Enter voegt de kaart toe)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/cards_panel.py" line="74"/>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/cards_panel.py" line="78"/>
        <source>Show (Enter)</source>
        <translation>Tonen (Enter)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/cards_panel.py" line="79"/>
        <source>Show the selected card on the screen</source>
        <translation>Zet de gekozen kaart op het scherm</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/cards_panel.py" line="89"/>
        <source>Reaction of the other side</source>
        <translation>Reactie van de andere kant</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/cards_panel.py" line="90"/>
        <source>Their reaction in one sentence; Enter saves</source>
        <translation>Hun reactie in één zin; Enter bewaart</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/cards_panel.py" line="92"/>
        <source>In the list: Enter shows the card, 1 true · 2 partly · 3 not true.</source>
        <translation>In de lijst: Enter toont de kaart, 1 klopt · 2 klopt deels · 3 klopt niet.</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/panel.py" line="21"/>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/panel.py" line="30"/>
        <source>Baseline: scores per party (F6 to enter)</source>
        <translation>Nulmeting: scores per partij (F6 om in te voeren)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/panel.py" line="31"/>
        <source>Scenarios: ratings per party (F6 to enter)</source>
        <translation>Scenario's: oordeel per partij (F6 om in te voeren)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/panel.py" line="32"/>
        <source>Assumption cards (F6 to enter)</source>
        <translation>Aannamekaarten (F6 om in te voeren)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/panel.py" line="33"/>
        <source>Role reversal (F6 to enter)</source>
        <translation>Rollenruil (F6 om in te voeren)</translation>
    </message>
</context>
<context>
    <name>ExerciseRun</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="193"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="199"/>
        <source>Baseline {0}</source>
        <translation>Nulmeting {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="199"/>
        <source>Measurement {0}</source>
        <translation>Meting {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="226"/>
        <source>Milestone of the measurement</source>
        <translation>Piketpaal van de meting</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="241"/>
        <source>Add scenario</source>
        <translation>Scenario toevoegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="258"/>
        <source>Add example scenarios</source>
        <translation>Voorbeeldscenario's toevoegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="270"/>
        <source>Delete scenario</source>
        <translation>Scenario verwijderen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="299"/>
        <source>Rate scenario</source>
        <translation>Scenario beoordelen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="325"/>
        <source>To the shared story</source>
        <translation>Naar het gezamenlijk verhaal</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="339"/>
        <source>Add card</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="357"/>
        <source>Delete card</source>
        <translation>Kaart verwijderen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="368"/>
        <source>Reveal card</source>
        <translation>Kaart omdraaien</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="385"/>
        <source>Verdict on card</source>
        <translation>Oordeel over kaart</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/controller.py" line="410"/>
        <source>File entry</source>
        <translation>Notitie vastleggen</translation>
    </message>
</context>
<context>
    <name>ExerciseScreen</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/screens.py" line="253"/>
        <source>Exercise shown to the room</source>
        <translation>Oefening op het scherm voor de zaal</translation>
    </message>
</context>
<context>
    <name>ExerciseWords</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/words.py" line="10"/>
        <source>True</source>
        <translation>Klopt</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/words.py" line="11"/>
        <source>Partly true</source>
        <translation>Klopt deels</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/words.py" line="12"/>
        <source>Not true</source>
        <translation>Klopt niet</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/words.py" line="16"/>
        <source>The municipality thinks the initiative…</source>
        <translation>De gemeente denkt dat het initiatief…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/words.py" line="17"/>
        <source>The initiative thinks the municipality…</source>
        <translation>Het initiatief denkt dat de gemeente…</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/words.py" line="21"/>
        <source>The municipality, playing the initiative</source>
        <translation>De gemeente, in de rol van het initiatief</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/words.py" line="22"/>
        <source>The initiative, playing the municipality</source>
        <translation>Het initiatief, in de rol van de gemeente</translation>
    </message>
</context>
<context>
    <name>MatrixChart</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/charts.py" line="101"/>
        <source>Scenario matrix</source>
        <translation>Scenariomatrix</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/charts.py" line="137"/>
        <source>M</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/charts.py" line="137"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/charts.py" line="199"/>
        <source>M = municipality · I = initiative · 1 poor … 5 good · framed: both 4 or more</source>
        <translation>G = gemeente · I = initiatief · 1 slecht … 5 goed · omlijnd: allebei 4 of hoger</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/charts.py" line="44"/>
        <source>Radar chart of the baseline</source>
        <translation>Radargrafiek van de nulmeting</translation>
    </message>
</context>
<context>
    <name>RoleReversalPanel</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/role_panel.py" line="21"/>
        <source>The dilemma</source>
        <translation>Het dilemma</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/role_panel.py" line="23"/>
        <source>The real dilemma of today; Enter puts it on screen</source>
        <translation>Het echte dilemma van vandaag; Enter zet het op het scherm</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/role_panel.py" line="29"/>
        <source>&amp;Dilemma</source>
        <translation>&amp;Dilemma</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/role_panel.py" line="33"/>
        <source>What struck them? Enter files it</source>
        <translation>Wat viel hun op? Enter legt het vast</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/role_panel.py" line="63"/>
        <source>On the screen: {0}</source>
        <translation>Op het scherm: {0}</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/role_panel.py" line="65"/>
        <source>No dilemma on the screen yet.</source>
        <translation>Er staat nog geen dilemma op het scherm.</translation>
    </message>
</context>
<context>
    <name>RoleScreen</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/screens.py" line="202"/>
        <source>Our dilemma</source>
        <translation>Ons dilemma</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/screens.py" line="227"/>
        <source>The dilemma appears here.</source>
        <translation>Hier verschijnt het dilemma.</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="43"/>
        <source>Ratings of:</source>
        <translation>Oordeel van:</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="46"/>
        <source>the &amp;municipality (G)</source>
        <translation>de &amp;gemeente (G)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="46"/>
        <source>the ini&amp;tiative (I)</source>
        <translation>het initia&amp;tief (I)</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="58"/>
        <source>New scenario, then Enter</source>
        <translation>Nieuw scenario, dan Enter</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="59"/>
        <source>Name of a new scenario</source>
        <translation>Naam van een nieuw scenario</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="61"/>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="62"/>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="63"/>
        <source>Add the four example scenarios</source>
        <translation>Voeg de vier voorbeeldscenario's toe</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="65"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="66"/>
        <source>Delete the selected scenario</source>
        <translation>Verwijder het gekozen scenario</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="69"/>
        <source>Ratings per scenario</source>
        <translation>Oordeel per scenario</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="79"/>
        <source>Why this rating</source>
        <translation>Waarom dit oordeel</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="80"/>
        <source>Why this rating? Enter saves the note</source>
        <translation>Waarom dit oordeel? Enter bewaart de toelichting</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="85"/>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="226"/>
        <source>To the shared story</source>
        <translation>Naar het gezamenlijk verhaal</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="87"/>
        <source>Put what both value on the shared-story worksheet</source>
        <translation>Zet wat beide waarderen op het werkblad Gezamenlijk verhaal</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="90"/>
        <source>Both value this cell</source>
        <translation>Dit waarderen beide</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="92"/>
        <source>Put the selected scenario and criterion on the shared story</source>
        <translation>Zet het gekozen scenario en criterium in het gezamenlijk verhaal</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="95"/>
        <source>Type 1–5 (1 poor, 5 good); 0 clears; G or I switches the party.</source>
        <translation>Typ 1–5 (1 slecht, 5 goed); 0 wist; G of I wisselt van partij.</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="133"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message numerus="yes">
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="163"/>
        <source>Both value (%n): {0}</source>
        <translation>
            <numerusform>Dit waarderen beide (%n): {0}</numerusform>
            <numerusform>Dit waarderen beide (%n): {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/scenario_panel.py" line="165"/>
        <source>Nothing yet that both rate 4 or higher.</source>
        <translation>Nog niets dat beide een 4 of hoger geven.</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/score_grid.py" line="54"/>
        <source>Column titles</source>
        <translation>Kolomtitels</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/score_grid.py" line="55"/>
        <source>Row titles</source>
        <translation>Rijtitels</translation>
    </message>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/score_grid.py" line="59"/>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../opgroei_desktop/ui/exercises/charts.py" line="77"/>
        <source>Trend of the baseline over time</source>
        <translation>Verloop van de nulmeting door de tijd</translation>
    </message>
</context>
</TS>
