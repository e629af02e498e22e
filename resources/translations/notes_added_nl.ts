<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>NoteAdder</name>
    <message>
        <source>Agenda item of the new entry</source>
        <translation>Agendapunt van de nieuwe notitie</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nieuwe notitie</translation>
    </message>
    <message>
        <source>Type what was said as in the room (g: i: ac: be: …), then Enter</source>
        <translation>Typ wat er gezegd is, zoals in de zaal (g: i: ac: be: …), dan Enter</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Toevoegen (Enter)</translation>
    </message>
    <message>
        <source>Add at</source>
        <translation>Toevoegen bij</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Notitie toevoegen</translation>
    </message>
</context>
</TS>
