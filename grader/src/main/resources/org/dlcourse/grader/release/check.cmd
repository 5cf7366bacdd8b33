@echo off
rem check.cmd [ID]... [--seed N] [--replay COUNTEREXAMPLE]: the Windows twin of ./check, with the same options, the
rem same grader and the same exit codes. The grader's self-check of your exercises (all, or the ones named:
rem 01-softmax or 01), offline once mvnw.cmd -q install -DskipTests has run. Compiles exercises\ID\src\main\java,
rem applies the grader's bytecode policy (forbidden calls, with the grader's messages) and runs the public tests and
rem public properties, reported as the grader reports them; --seed replays the properties with the seed a failure
rem names, --replay runs one property on exactly the counterexample a failure gives after -Ddlcourse.replay= (put it
rem in double quotes). A self-study handout (tools\course\exercises\*\hidden-tests.jar) runs the hidden tests too and
rem scores as grading does. Exit 0 when the check ran, whatever the score; 2 on a usage error; 3 if an exercise's
rem data set is missing on this machine; 4 if the handout is not built yet.
setlocal EnableExtensions EnableDelayedExpansion

set "handout=%~dp0"
set "handout=%handout:~0,-1%"
set "course=%handout%\tools\target\course"
set "usage=usage: check.cmd [ID]... [--seed N] [--replay COUNTEREXAMPLE]   (for example check.cmd 01-softmax; no ID: every exercise)"
set "options="

:next
if "%~1"=="" goto parsed
set "argument=%~1"
if "!argument!"=="--seed" goto valued
if "!argument!"=="--replay" goto valued
if "!argument:~0,1!"=="-" goto usage
set "id=!argument!"
if not exist "%handout%\exercises\!id!\" (
  set "matches=0"
  for /d %%e in ("%handout%\exercises\!id!-*") do (
    set /a matches+=1
    set "match=%%~nxe"
  )
  if "!matches!"=="1" set "id=!match!"
)
set options=!options! -e "!id!"
shift
goto next

:valued
if "%~2"=="" goto usage
set options=!options! !argument! "%~2"
shift
shift
goto next

:usage
>&2 echo !usage!
exit /b 2

:parsed
if not exist "%course%\runtime.classpath" (
  >&2 echo check: the handout is not built; run mvnw.cmd -q install -DskipTests first
  exit /b 4
)

rem A self-study handout ships the hidden tests compiled: run them too.
set "selfStudy="
for /d %%e in ("%course%\exercises\*") do if exist "%%e\hidden-tests.jar" set "selfStudy= --self-study"
set "options=!options!!selfStudy!"

set "java=java"
if defined JAVA_HOME set "java=%JAVA_HOME%\bin\java"

rem The classpath goes through CLASSPATH, whose limit (32,767 characters) is far above a command line's (8,191).
for /f "usebackq delims=" %%c in ("%course%\runtime.classpath") do set "CLASSPATH=%handout%\tools\dlcourse-grader.jar;%%c"

rem Your own code on your own machine: no sandbox (the grader runs submissions in one).
"%java%" -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC org.dlcourse.grader.cli.GraderCommand check "%handout%\exercises" --no-sandbox --course "%course%" !options!
exit /b %ERRORLEVEL%
