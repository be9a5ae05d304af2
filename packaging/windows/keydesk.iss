; Inno Setup 6 script: a per-machine installer for the one-folder bundle built by
; keydesk-windows.spec. Build on Windows (see README.md beside this file):
;   iscc /DAppVersion=0.1.0 packaging\windows\keydesk.iss
; Output: dist\keydesk-VERSION-windows-x64-setup.exe. Not built in CI: nothing here has Windows.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define Root "..\.."

[Setup]
; The AppId identifies the installation for upgrades and uninstall: never change it.
AppId={{6F1C2B7E-4D3A-4E59-9C1A-2B7D8E0F4A61}
AppName=Keydesk
AppVersion={#AppVersion}
AppVerName=Keydesk {#AppVersion}
AppPublisher=Keydesk developers
DefaultDirName={autopf}\Keydesk
DefaultGroupName=Keydesk
DisableProgramGroupPage=yes
; Per machine: call-center PCs are set up by IT, and the policy lives in HKLM.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile={#Root}\LICENSE
OutputDir={#Root}\dist
OutputBaseFilename=keydesk-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\keydesk-windows\keydesk.ico
UninstallDisplayIcon={app}\keydesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Keydesk before replacing its files.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\keydesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Group Policy templates (issue 17's policy), for gpedit.msc on this PC; domain admins copy the
; same files to the central store (\\DOMAIN\SYSVOL\DOMAIN\Policies\PolicyDefinitions).
Source: "keydesk.admx"; DestDir: "{win}\PolicyDefinitions"; Flags: ignoreversion skipifsourcedoesntexist
Source: "en-US\keydesk.adml"; DestDir: "{win}\PolicyDefinitions\en-US"; Flags: ignoreversion skipifsourcedoesntexist
Source: "ru-RU\keydesk.adml"; DestDir: "{win}\PolicyDefinitions\ru-RU"; Flags: ignoreversion skipifsourcedoesntexist

[Icons]
Name: "{autoprograms}\Keydesk"; Filename: "{app}\keydesk.exe"
Name: "{autodesktop}\Keydesk"; Filename: "{app}\keydesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\keydesk.exe"; Description: "{cm:LaunchProgram,Keydesk}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes the program and the templates only: each user's vault
; (%LOCALAPPDATA%\keydesk), the keyring entries and a policy set by IT stay.
