@echo off
rem Keeps Hall Kiosk running on Windows where Shell Launcher is not available: started by a logon task
rem (see docs/readme/ops.md), it starts the kiosk and starts it again 2 s after it exits, as
rem hall-kiosk-supervise does on Linux. The kiosk itself shows the out-of-service screen after three crashes in a minute.
rem Usage: hall-kiosk-supervise.cmd [PATH-TO-hall-kiosk.exe]
setlocal
set "KIOSK=%~1"
if "%KIOSK%"=="" set "KIOSK=%ProgramFiles%\hall-kiosk\hall-kiosk.exe"
:loop
"%KIOSK%"
timeout /t 2 /nobreak >nul
goto loop
