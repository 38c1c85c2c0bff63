; Inno Setup script: a per-user Windows installer for the bundle (no administrator rights).
; Built by .github/workflows/bundle.yml after PyInstaller made dist\caucasus-atlas\:
;     iscc /DAppVersion=0.1.0 packaging\caucasus-atlas.iss
; Not run from the project's own machines (Linux): see README, "Windows and macOS".

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6F0C1E8B-3C2A-4C8E-9B7D-CA0CA5A7A5A1}
AppName=Caucasus Atlas
AppVersion={#AppVersion}
AppPublisher=Caucasus Atlas
DefaultDirName={autopf}\Caucasus Atlas
DefaultGroupName=Caucasus Atlas
DisableProgramGroupPage=yes
; Per user: installs under %LOCALAPPDATA%\Programs, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=caucasus-atlas-setup
Compression=lzma2/max
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\caucasus-atlas.exe

[Files]
Source: "..\dist\caucasus-atlas\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\Caucasus Atlas"; Filename: "{app}\caucasus-atlas.exe"
Name: "{autodesktop}\Caucasus Atlas"; Filename: "{app}\caucasus-atlas.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\caucasus-atlas.exe"; Description: "Open Caucasus Atlas"; Flags: nowait postinstall skipifsilent
