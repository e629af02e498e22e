<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionsView</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message numerus="yes">
        <source>Total: %n minutes</source>
        <translation>
            <numerusform>Total: %n minute</numerusform>
            <numerusform>Total: %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleTree</name>
    <message numerus="yes">
        <source>%n standard clause(s)</source>
        <translation>
            <numerusform>%n standard clause</numerusform>
            <numerusform>%n standard clauses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardScreen</name>
    <message numerus="yes">
        <source>%n card(s) on the pile. Which one goes first?</source>
        <translation>
            <numerusform>%n card on the pile. Which one goes first?</numerusform>
            <numerusform>%n cards on the pile. Which one goes first?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntriesPanel</name>
    <message numerus="yes">
        <source>Entries of this step (%n)</source>
        <translation>
            <numerusform>Entries of this step (%n)</numerusform>
            <numerusform>Entries of this step (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message numerus="yes">
        <source>Show %n older entries</source>
        <translation>
            <numerusform>Show %n older entry</numerusform>
            <numerusform>Show %n older entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message numerus="yes">
        <source>Invited: %n</source>
        <translation>
            <numerusform>Invited: %n</numerusform>
            <numerusform>Invited: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n open action(s)</source>
        <translation>
            <numerusform>%n open action</numerusform>
            <numerusform>%n open actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue:</source>
        <translation>
            <numerusform>%n overdue:</numerusform>
            <numerusform>%n overdue:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScenarioPanel</name>
    <message numerus="yes">
        <source>Both value (%n): {0}</source>
        <translation>
            <numerusform>Both value (%n): {0}</numerusform>
            <numerusform>Both value (%n): {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message numerus="yes">
        <source>(%n min later)</source>
        <translation>
            <numerusform>(%n min later)</numerusform>
            <numerusform>(%n min later)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorksheetTile</name>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
</TS>
