; Inno Setup script for Liaison Desk on Windows (Inno Setup 6.2 or later).
;
; Build on Windows, from the top of the source tree, after the PyInstaller bundle:
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e .[package]
;   .venv\Scripts\pyinstaller --noconfirm --clean packaging\liaison-desk.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\liaison-desk.iss
; Output: dist\liaison-desk-0.1.0-windows-x64-setup.exe
;
; Installs per machine into Program Files (administrators) or per user (everyone else, chosen
; in the dialog or with /CURRENTUSER). The data dir is NOT touched by install or uninstall:
; it lives in %LOCALAPPDATA%\LiaisonDesk\liaison-desk (see docs/administration.md).
; Silent install for software distribution: setup.exe /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Liaison Desk"
#define AppExe "liaison-desk.exe"

[Setup]
; Keep this AppId for every release: it is how upgrades find the installed copy.
AppId={{6F0C2B7E-3D4A-4E8B-9C51-2A7D1E5B8F30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Liaison Desk developers
DefaultDirName={autopf}\Liaison Desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=liaison-desk-{#AppVersion}-windows-x64-setup
SetupIconFile=resources\icons\liaison-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: liaison-desk.exe (window), liaison-desk-cli.exe (console) and _internal\.
Source: "dist\liaison-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "resources\icons\liaison-desk.ico"; DestDir: "{app}"; Flags: ignoreversion
Source: "docs\administration.md"; DestDir: "{app}\docs"; Flags: ignoreversion skipifsourcedoesntexist

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\liaison-desk.ico"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\liaison-desk.ico"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
