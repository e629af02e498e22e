<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>CrashDialog</name>
    <message>
        <source>Opgroei Desktop</source>
        <translation>Opgroei Desktop</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What was saved stays saved. You can go on working; if it happens again, close Opgroei Desktop and start it again.</source>
        <translation>Er ging onverwacht iets mis. Wat al was opgeslagen, gaat niet verloren. U kunt gewoon verder werken; gebeurt het nog eens, sluit Opgroei Desktop dan en start het opnieuw.</translation>
    </message>
    <message>
        <source>The details are in {0}. Copy them to send to whoever helps you.</source>
        <translation>De details staan in {0}. Kopieer ze om ze te sturen naar wie u helpt.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopiëren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Gekopieerd</translation>
    </message>
</context>
<context>
    <name>DataBus</name>
    <message>
        <source>Something went wrong and this change was not saved. What you typed is still there; try again. If it keeps happening, close Opgroei Desktop and start it again. The details are in {0}.</source>
        <translation>Er ging iets mis en deze wijziging is niet opgeslagen. Wat u typte staat er nog; probeer het opnieuw. Blijft het gebeuren, sluit Opgroei Desktop dan en start het opnieuw. De details staan in {0}.</translation>
    </message>
</context>
<context>
    <name>DataCare</name>
    <message>
        <source>&amp;Back up to…</source>
        <translation>&amp;Reservekopie naar…</translation>
    </message>
    <message>
        <source>Write a checked copy of all data to a USB stick or network folder</source>
        <translation>Schrijf een gecontroleerde kopie van alle gegevens naar een USB-stick of netwerkmap</translation>
    </message>
    <message>
        <source>{0} (read-only)</source>
        <translation>{0} (alleen-lezen)</translation>
    </message>
    <message>
        <source>These data are read-only ({0}): you can read everything, but changes cannot be saved. To work on them, copy the data folder to a place where you may write, such as your own documents folder, and open it from there.</source>
        <translation>Deze gegevens zijn alleen-lezen ({0}): u kunt alles lezen, maar wijzigingen kunnen niet worden opgeslagen. Wilt u ermee werken, kopieer de gegevensmap dan naar een plek waar u mag schrijven, zoals uw eigen documentenmap, en open ze daar.</translation>
    </message>
    <message>
        <source>You have worked on {0} days without a copy in another place. Put a copy on a USB stick or network folder, so a lost laptop costs no work.</source>
        <translation>U hebt op {0} dagen gewerkt zonder kopie op een andere plek. Zet een kopie op een USB-stick of in een netwerkmap, zodat een verloren laptop geen werk kost.</translation>
    </message>
    <message>
        <source>Back up to…</source>
        <translation>Reservekopie naar…</translation>
    </message>
    <message>
        <source>Choose a USB stick or folder for the copy</source>
        <translation>Kies een USB-stick of map voor de kopie</translation>
    </message>
    <message>
        <source>Writing a copy to {0}…</source>
        <translation>Kopie wordt geschreven naar {0}…</translation>
    </message>
    <message>
        <source>A checked copy was written to {0}.</source>
        <translation>Er is een gecontroleerde kopie geschreven naar {0}.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Opgroei Desktop is already open with these data ({0}). That window has been brought to the front; please go on there, so that no change is made twice.</source>
        <translation>Opgroei Desktop is al geopend met deze gegevens ({0}). Dat venster staat nu vooraan; werk daar verder, zodat geen wijziging dubbel wordt gedaan.</translation>
    </message>
</context>
</TS>
