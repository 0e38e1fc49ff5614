@echo off
rem hotspot-atlas.cmd: runs the Hotspot Atlas command line, the hotspot-atlas.jar next to this script.
rem
rem Run 'hotspot-atlas --help' for the commands. Like the Unix launcher, this one adds only speed:
rem  - an application class-data archive, made by the first run of each kind of command in
rem    %LOCALAPPDATA%\hotspot-atlas (or %XDG_CACHE_HOME%\hotspot-atlas) and reused after; a new jar
rem    (by its digest) or another Java gets its own. If the cache cannot be written, the command
rem    runs without it and says so on standard error.
rem  - the quick (C1) compiler alone, except for --data files over 80 MB; for an export of the
rem    bundled dataset, with smaller inlining limits.
rem Environment: JAVA_HOME (else java.exe on the PATH), JAVA_OPTS, HOTSPOT_ATLAS_CDS=off.
setlocal EnableExtensions DisableDelayedExpansion

set "HA_JAR=%~dp0hotspot-atlas.jar"
if not exist "%HA_JAR%" (
  echo hotspot-atlas: cannot find %HA_JAR%; keep this script next to the jar it runs 1>&2
  exit /b 1
)

set "HA_JAVA="
if defined JAVA_HOME (
  set "HA_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  for %%i in (java.exe) do set "HA_JAVA=%%~$PATH:i"
)
if not defined HA_JAVA goto nojava
if not exist "%HA_JAVA%" goto nojava

rem The Java's home and version, from its release file (the PATH redirector of some installers has none).
for %%i in ("%HA_JAVA%\..\..") do set "HA_HOME=%%~fi"
set "HA_VERSION="
if exist "%HA_HOME%\release" (
  for /f "usebackq tokens=1,* delims==" %%a in ("%HA_HOME%\release") do (
    if "%%a"=="JAVA_RUNTIME_VERSION" set "HA_VERSION=%%~b"
  )
)
if not defined HA_VERSION if exist "%HA_HOME%\release" (
  for /f "usebackq tokens=1,* delims==" %%a in ("%HA_HOME%\release") do (
    if "%%a"=="JAVA_VERSION" set "HA_VERSION=%%~b"
  )
)
set "HA_MAJOR="
if defined HA_VERSION for /f "tokens=1 delims=.+-_" %%v in ("%HA_VERSION%") do set "HA_MAJOR=%%v"
if defined HA_MAJOR if %HA_MAJOR% LSS 17 (
  echo hotspot-atlas: %HA_JAVA% is Java %HA_VERSION%; hotspot-atlas needs Java 17 or later ^(set JAVA_HOME to one^) 1>&2
  exit /b 1
)

rem What kind of run this is. cmd splits arguments at '=' and ',' too, which suits this scan.
set "HA_COMMAND="
set "HA_FORMATS="
set "HA_DATA="
set "HA_NEXT="
:scan
if "%~1"=="" goto scanned
if "%HA_NEXT%"=="data" (
  set "HA_DATA=%~1"
  set "HA_NEXT="
  goto scannext
)
if "%~1"=="--data" (
  set "HA_NEXT=data"
  goto scannext
)
for %%f in (xlsx pdf docx json graph ndjson annotations) do if /i "%~1"=="%%f" set "HA_FORMATS=%HA_FORMATS%-%%f"
set "HA_ARG=%~1"
if not defined HA_COMMAND if not "%HA_ARG:~0,1%"=="-" set "HA_COMMAND=%~1"
:scannext
shift
goto scan
:scanned

set "HA_JIT=-XX:TieredStopAtLevel=1"
if defined HA_DATA if exist "%HA_DATA%" (
  for %%F in ("%HA_DATA%") do if %%~zF GTR 80000000 set "HA_JIT="
)

rem For an export of the bundled dataset, smaller inlining limits for the quick compiler (see the
rem Unix launcher); a --data file keeps the usual limits.
if not defined HA_DATA if "%HA_COMMAND%"=="export" set "HA_JIT=%HA_JIT% -XX:C1MaxInlineSize=15 -XX:C1MaxTrivialSize=6"

set "HA_PROFILE="
if "%HA_COMMAND%"=="export" (
  set "HA_PROFILE=export-all"
  if defined HA_FORMATS call :formats
)
if "%HA_COMMAND%"=="list" set "HA_PROFILE=list"
if "%HA_COMMAND%"=="show" set "HA_PROFILE=show"
if "%HA_COMMAND%"=="validate" set "HA_PROFILE=validate"

set "HA_CDS="
set "HA_STAGING="
if not defined HA_PROFILE goto run
if /i "%HOTSPOT_ATLAS_CDS%"=="off" goto run
if not defined HA_VERSION (
  echo hotspot-atlas: warning: cannot tell the version of %HA_JAVA%; running without the start-up cache 1>&2
  goto run
)
set "HA_DIGEST="
if exist "%HA_JAR%.sha256" set /p HA_DIGEST=<"%HA_JAR%.sha256"
if not defined HA_DIGEST (
  for /f "skip=1 tokens=1" %%d in ('certutil -hashfile "%HA_JAR%" SHA256 2^>nul') do if not defined HA_DIGEST set "HA_DIGEST=%%d"
)
if not defined HA_DIGEST goto run
set "HA_DIGEST=%HA_DIGEST:~0,16%"
if defined XDG_CACHE_HOME (set "HA_CACHE=%XDG_CACHE_HOME%\hotspot-atlas") else (set "HA_CACHE=%LOCALAPPDATA%\hotspot-atlas")
rem One folder per place of the jar, named after that place.
set "HA_PLACE=%~dp0"
set "HA_PLACE=%HA_PLACE:\=_%"
set "HA_PLACE=%HA_PLACE::=_%"
set "HA_PLACE=%HA_PLACE: =_%"
set "HA_SLOT=%HA_CACHE%\%HA_PLACE%"
set "HA_ARCHIVE=%HA_SLOT%\%HA_PROFILE%-%HA_DIGEST%-java%HA_VERSION%.jsa"
if exist "%HA_ARCHIVE%" (
  set "HA_CDS=-XX:SharedArchiveFile=%HA_ARCHIVE%"
  goto run
)
if not exist "%HA_SLOT%" mkdir "%HA_SLOT%" 2>nul
set "HA_STAGING=%HA_ARCHIVE%.%RANDOM%.tmp"
rem The JVM fails a run whose archive it cannot write, so try the place first.
(type nul > "%HA_STAGING%") 2>nul
if not exist "%HA_STAGING%" (
  set "HA_STAGING="
  echo hotspot-atlas: warning: cannot write the start-up cache in %HA_CACHE%; running without it ^(HOTSPOT_ATLAS_CDS=off silences this^) 1>&2
  goto run
)
del "%HA_STAGING%" 2>nul
set "HA_CDS=-XX:ArchiveClassesAtExit=%HA_STAGING%"

:run
if defined HA_STAGING goto dump
"%HA_JAVA%" %HA_CDS% %HA_JIT% -Xlog:disable -Xlog:all=warning:stderr %JAVA_OPTS% -jar "%HA_JAR%" %*
rem (outside any block, so that ERRORLEVEL is read after the run)
exit /b %ERRORLEVEL%

:dump
"%HA_JAVA%" %HA_CDS% %HA_JIT% -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr %JAVA_OPTS% -jar "%HA_JAR%" %*
set "HA_STATUS=%ERRORLEVEL%"
if "%HA_STATUS%"=="0" if exist "%HA_STAGING%" (
  for %%o in ("%HA_SLOT%\%HA_PROFILE%-*.jsa") do del "%%~fo" 2>nul
  move /y "%HA_STAGING%" "%HA_ARCHIVE%" >nul 2>nul
)
if exist "%HA_STAGING%" del "%HA_STAGING%" 2>nul
exit /b %HA_STATUS%

:formats
rem export with some formats: one archive per set, in a fixed order
set "HA_PROFILE=export"
for %%f in (xlsx pdf docx json graph ndjson annotations) do call :hasformat %%f
if "%HA_PROFILE%"=="export-xlsx-pdf-docx-json-graph-ndjson-annotations" set "HA_PROFILE=export-all"
goto :eof

:hasformat
echo %HA_FORMATS%- | findstr /i /c:"-%1-" >nul && set "HA_PROFILE=%HA_PROFILE%-%1"
goto :eof

:nojava
echo hotspot-atlas: no Java found; install Java 17 or later, or set JAVA_HOME to one 1>&2
exit /b 1
