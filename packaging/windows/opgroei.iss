; Inno Setup 6 script: a per-user installer for the Windows bundle of Opgroei Desktop.
;
; Build the bundle first (packaging/build), then from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\opgroei.iss
; The installer lands in dist\installer\. It needs no administrator rights: it installs for
; the current user only (in %LOCALAPPDATA%\Programs) with an entry in the user's start menu.
; The facilitator's data stays in %APPDATA%\OpgroeiDesktop and is left alone on uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
; AppId identifies the app for upgrades and uninstall: never change it.
AppId={{6B0E3F3C-5D7A-4A52-9C1E-2F8B7D4A9E61}
AppName=Opgroei Desktop
AppVersion={#AppVersion}
AppPublisher=Opgroei Desktop
DefaultDirName={autopf}\Opgroei Desktop
DefaultGroupName=Opgroei Desktop
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist\installer
OutputBaseFilename=opgroei-desktop-{#AppVersion}-setup
SetupIconFile=..\icons\opgroei.ico
UninstallDisplayIcon={app}\OpgroeiDesktop.exe
UninstallDisplayName=Opgroei Desktop
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\opgroei-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Opgroei Desktop"; Filename: "{app}\OpgroeiDesktop.exe"
Name: "{autodesktop}\Opgroei Desktop"; Filename: "{app}\OpgroeiDesktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\OpgroeiDesktop.exe"; Description: "{cm:LaunchProgram,Opgroei Desktop}"; Flags: nowait postinstall skipifsilent
