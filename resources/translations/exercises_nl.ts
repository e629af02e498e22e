<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>BaselinePanel</name>
    <message>
        <source>Milestone this measurement belongs to</source>
        <translation>Piketpaal waar deze meting bij hoort</translation>
    </message>
    <message>
        <source>&amp;Milestone:</source>
        <translation>&amp;Piketpaal:</translation>
    </message>
    <message>
        <source>Per &amp;party</source>
        <translation>Per pa&amp;rtij</translation>
    </message>
    <message>
        <source>Per p&amp;erson</source>
        <translation>Per p&amp;ersoon</translation>
    </message>
    <message>
        <source>Scores per statement</source>
        <translation>Scores per stelling</translation>
    </message>
    <message>
        <source>Type 1–5 in a cell (1 not at all, 5 completely); 0 clears. Arrows and Tab move.</source>
        <translation>Typ 1–5 in een cel (1 helemaal niet, 5 helemaal wel); 0 wist. Pijltjes en Tab verplaatsen.</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>Show the radar and the differences</source>
        <translation>Toon de radar en de verschillen</translation>
    </message>
    <message>
        <source>Show the trend over time</source>
        <translation>Toon het verloop door de tijd</translation>
    </message>
    <message>
        <source>Enter scores:</source>
        <translation>Scores invoeren:</translation>
    </message>
    <message>
        <source>On the screen:</source>
        <translation>Op het scherm:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Stelling</translation>
    </message>
    <message>
        <source>Baseline: starts with the first score</source>
        <translation>Nulmeting: begint bij de eerste score</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>BaselineScreen</name>
    <message>
        <source>Where we differ most</source>
        <translation>Hier verschillen we het meest</translation>
    </message>
    <message>
        <source>No scores yet. They appear here as they are entered.</source>
        <translation>Nog geen scores. Ze verschijnen hier zodra ze zijn ingevoerd.</translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message numerus="yes">
        <source>%n card(s) on the pile. Which one goes first?</source>
        <translation>
            <numerusform>%n kaart ligt klaar. Welke gaat eerst?</numerusform>
            <numerusform>%n kaarten liggen klaar. Welke gaat eerst?</numerusform>
        </translation>
    </message>
    <message>
        <source>Card {0} of {1}</source>
        <translation>Kaart {0} van {1}</translation>
    </message>
</context>
<context>
    <name>CardView</name>
    <message>
        <source>Assumption card</source>
        <translation>Aannamekaart</translation>
    </message>
</context>
<context>
    <name>CardsPanel</name>
    <message>
        <source>Who wrote the card</source>
        <translation>Wie schreef de kaart</translation>
    </message>
    <message>
        <source>Anon&amp;ymous</source>
        <translation>Ano&amp;niem</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anoniem</translation>
    </message>
    <message>
        <source>Text of a new card</source>
        <translation>Tekst van een nieuwe kaart</translation>
    </message>
    <message>
        <source>They surely think that we… (Enter adds the card)</source>
        <translation>Zij denken vast dat wij… (Enter voegt de kaart toe)</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Kaarten</translation>
    </message>
    <message>
        <source>Show (Enter)</source>
        <translation>Tonen (Enter)</translation>
    </message>
    <message>
        <source>Show the selected card on the screen</source>
        <translation>Zet de gekozen kaart op het scherm</translation>
    </message>
    <message>
        <source>Reaction of the other side</source>
        <translation>Reactie van de andere kant</translation>
    </message>
    <message>
        <source>Their reaction in one sentence; Enter saves</source>
        <translation>Hun reactie in één zin; Enter slaat op</translation>
    </message>
    <message>
        <source>In the list: Enter shows the card, 1 true · 2 partly · 3 not true.</source>
        <translation>In de lijst: Enter toont de kaart, 1 klopt · 2 klopt deels · 3 klopt niet.</translation>
    </message>
</context>
<context>
    <name>ExercisePanel</name>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Baseline: scores per party (F6 to enter)</source>
        <translation>Nulmeting: scores per partij (F6 om in te voeren)</translation>
    </message>
    <message>
        <source>Scenarios: ratings per party (F6 to enter)</source>
        <translation>Scenario's: oordeel per partij (F6 om in te voeren)</translation>
    </message>
    <message>
        <source>Assumption cards (F6 to enter)</source>
        <translation>Aannamekaarten (F6 om in te voeren)</translation>
    </message>
    <message>
        <source>Role reversal (F6 to enter)</source>
        <translation>Rollenruil (F6 om in te voeren)</translation>
    </message>
</context>
<context>
    <name>ExerciseRun</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Baseline {0}</source>
        <translation>Nulmeting {0}</translation>
    </message>
    <message>
        <source>Measurement {0}</source>
        <translation>Meting {0}</translation>
    </message>
    <message>
        <source>Milestone of the measurement</source>
        <translation>Piketpaal van de meting</translation>
    </message>
    <message>
        <source>Add scenario</source>
        <translation>Scenario toevoegen</translation>
    </message>
    <message>
        <source>Add example scenarios</source>
        <translation>Voorbeeldscenario's toevoegen</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Scenario verwijderen</translation>
    </message>
    <message>
        <source>Rate scenario</source>
        <translation>Scenario beoordelen</translation>
    </message>
    <message>
        <source>To the shared story</source>
        <translation>Naar het gezamenlijk verhaal</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Kaart toevoegen</translation>
    </message>
    <message>
        <source>Delete card</source>
        <translation>Kaart verwijderen</translation>
    </message>
    <message>
        <source>Reveal card</source>
        <translation>Kaart omdraaien</translation>
    </message>
    <message>
        <source>Verdict on card</source>
        <translation>Oordeel over kaart</translation>
    </message>
    <message>
        <source>File entry</source>
        <translation>Notitie vastleggen</translation>
    </message>
</context>
<context>
    <name>ExerciseScreen</name>
    <message>
        <source>Exercise shown to the room</source>
        <translation>Oefening op het scherm voor de zaal</translation>
    </message>
</context>
<context>
    <name>ExerciseWords</name>
    <message>
        <source>True</source>
        <translation>Klopt</translation>
    </message>
    <message>
        <source>Partly true</source>
        <translation>Klopt deels</translation>
    </message>
    <message>
        <source>Not true</source>
        <translation>Klopt niet</translation>
    </message>
    <message>
        <source>The municipality thinks the initiative…</source>
        <translation>De gemeente denkt dat het initiatief…</translation>
    </message>
    <message>
        <source>The initiative thinks the municipality…</source>
        <translation>Het initiatief denkt dat de gemeente…</translation>
    </message>
    <message>
        <source>The municipality, playing the initiative</source>
        <translation>De gemeente, in de rol van het initiatief</translation>
    </message>
    <message>
        <source>The initiative, playing the municipality</source>
        <translation>Het initiatief, in de rol van de gemeente</translation>
    </message>
</context>
<context>
    <name>MatrixChart</name>
    <message>
        <source>Scenario matrix</source>
        <translation>Scenariomatrix</translation>
    </message>
    <message>
        <source>M</source>
        <translation>G</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>M = municipality · I = initiative · 1 poor … 5 good · framed: both 4 or more</source>
        <translation>G = gemeente · I = initiatief · 1 slecht … 5 goed · omlijnd: allebei 4 of hoger</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the baseline</source>
        <translation>Radargrafiek van de nulmeting</translation>
    </message>
</context>
<context>
    <name>RoleReversalPanel</name>
    <message>
        <source>The dilemma</source>
        <translation>Het dilemma</translation>
    </message>
    <message>
        <source>The real dilemma of today; Enter puts it on screen</source>
        <translation>Het echte dilemma van vandaag; Enter zet het op het scherm</translation>
    </message>
    <message>
        <source>&amp;Dilemma</source>
        <translation>&amp;Dilemma</translation>
    </message>
    <message>
        <source>What struck them? Enter files it</source>
        <translation>Wat viel hun op? Enter legt het vast</translation>
    </message>
    <message>
        <source>On the screen: {0}</source>
        <translation>Op het scherm: {0}</translation>
    </message>
    <message>
        <source>No dilemma on the screen yet.</source>
        <translation>Er staat nog geen dilemma op het scherm.</translation>
    </message>
</context>
<context>
    <name>RoleScreen</name>
    <message>
        <source>Our dilemma</source>
        <translation>Ons dilemma</translation>
    </message>
    <message>
        <source>The dilemma appears here.</source>
        <translation>Hier verschijnt het dilemma.</translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message>
        <source>Ratings of:</source>
        <translation>Oordeel van:</translation>
    </message>
    <message>
        <source>the &amp;municipality (G)</source>
        <translation>de &amp;gemeente (G)</translation>
    </message>
    <message>
        <source>the ini&amp;tiative (I)</source>
        <translation>het initia&amp;tief (I)</translation>
    </message>
    <message>
        <source>New scenario, then Enter</source>
        <translation>Nieuw scenario, dan Enter</translation>
    </message>
    <message>
        <source>Name of a new scenario</source>
        <translation>Naam van een nieuw scenario</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Voorbeelden</translation>
    </message>
    <message>
        <source>Add the four example scenarios</source>
        <translation>Voeg de vier voorbeeldscenario's toe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected scenario</source>
        <translation>Verwijder het gekozen scenario</translation>
    </message>
    <message>
        <source>Ratings per scenario</source>
        <translation>Oordeel per scenario</translation>
    </message>
    <message>
        <source>Why this rating</source>
        <translation>Waarom dit oordeel</translation>
    </message>
    <message>
        <source>Why this rating? Enter saves the note</source>
        <translation>Waarom dit oordeel? Enter slaat de toelichting op</translation>
    </message>
    <message>
        <source>To the shared story</source>
        <translation>Naar het gezamenlijk verhaal</translation>
    </message>
    <message>
        <source>Put what both value on the shared-story worksheet</source>
        <translation>Zet wat beide waarderen op het werkblad Gezamenlijk verhaal</translation>
    </message>
    <message>
        <source>Both value this cell</source>
        <translation>Dit waarderen beide</translation>
    </message>
    <message>
        <source>Put the selected scenario and criterion on the shared story</source>
        <translation>Zet het gekozen scenario en criterium in het gezamenlijk verhaal</translation>
    </message>
    <message>
        <source>Type 1–5 (1 poor, 5 good); 0 clears; G or I switches the party.</source>
        <translation>Typ 1–5 (1 slecht, 5 goed); 0 wist; G of I wisselt van partij.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message numerus="yes">
        <source>Both value (%n): {0}</source>
        <translation>
            <numerusform>Dit waarderen beide (%n): {0}</numerusform>
            <numerusform>Dit waarderen beide (%n): {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing yet that both rate 4 or higher.</source>
        <translation>Nog niets dat beide een 4 of hoger geven.</translation>
    </message>
</context>
<context>
    <name>ScoreGrid</name>
    <message>
        <source>Column titles</source>
        <translation>Kolomtitels</translation>
    </message>
    <message>
        <source>Row titles</source>
        <translation>Rijtitels</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend of the baseline over time</source>
        <translation>Verloop van de nulmeting door de tijd</translation>
    </message>
</context>
</TS>
