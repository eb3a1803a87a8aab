#!/usr/bin/env bash
# Run the built bundle as an analyst's machine would: nothing of Python in the environment, no display.
# Usage: bash resources/packaging/check_bundle.sh [dist/hamish]   (Linux; .ci/run runs it after building)
set -uo pipefail
cd "$(dirname "$0")/../.."
bundle=${1:-dist/hamish}
exe="$(cd "$bundle" 2>/dev/null && pwd)/hamish"
sample="$PWD/resources/samples/sample_ar.txt"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home"
store="$work/claims.hamish"
passed=0
failed=0

if [ ! -x "$exe" ]; then
  echo "check_bundle: $bundle/hamish is missing; build it with: python3 resources/packaging/build.py" >&2
  exit 1
fi

# A clean environment: no PATH to a venv, no VIRTUAL_ENV or PYTHONPATH; the offscreen Qt platform.
hamish() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 XDG_DATA_HOME="$work/share" \
    XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen "$exe" "$@"
}

check() {  # check STATUS NAME: STATUS is $? of the commands before it (taken first, before NAME is expanded)
  local status=$1 name=$2
  if [ "$status" -eq 0 ]; then
    echo "ok   $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    printf '%s\n' "$out" | tail -20 | sed 's/^/     /'
    failed=$((failed + 1))
  fi
}

version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop/__init__.py)
started=$(date +%s%N)
out=$(hamish --version 2>&1); [ "$out" = "hamish $version" ]
check $? "hamish --version prints hamish $version ($(( ($(date +%s%N) - started) / 1000000 )) ms)"

out=$(hamish --help 2>&1); grep -q "install-desktop" <<<"$out" && grep -q "suggest" <<<"$out"
check $? "hamish --help lists the sub-commands"

out=$(env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=ar_EG.UTF-8 "$exe" --help 2>&1); grep -q "الأوامر" <<<"$out"
check $? "hamish --help in Arabic under an Arabic locale"

inside="$bundle/_internal"
out=$(ls "$inside/desktop/resources/fonts/"*.ttf "$inside/desktop/resources/fonts/OFL.txt" \
        "$inside/desktop/resources/translations/hamish_ar.qm" "$inside/PySide6/Qt/translations/qtbase_ar.qm" 2>&1)
check $? "the Arabic fonts (with their licence) and the translations are inside"

out=$(hamish --store "$store" import --json "$sample" 2>&1); grep -q '"id": 1' <<<"$out"
check $? "hamish import of our sample article"

out=$(hamish --store "$store" suggest 1 --save 2>&1); grep -q "45,000,000 USD" <<<"$out"
check $? "hamish suggest finds the sample's amounts"

out=$(hamish --store "$store" export -f xlsx -o "$work/claims.xlsx" 2>&1) && [ -s "$work/claims.xlsx" ]
check $? "hamish export -f xlsx"

# The window runs its exports as this command in a child process (desktop/ui/exchange/export_run.py); standard
# input stays open (a process substitution, stopped after) so the export is not taken as cancelled.
exec {keep}< <(sleep 120)
keeper=$!
out=$(hamish --store "$store" export -f xlsx -o "$work/child.xlsx" --progress-json 2>&1 <&"$keep") \
  && grep -q '"progress": \[' <<<"$out" && grep -q '"result": {"format": "xlsx"' <<<"$out" && [ -s "$work/child.xlsx" ]
status=$?
kill "$keeper" 2>/dev/null
exec {keep}<&-
check $status "hamish export --progress-json (the window's export process)"

out=$(hamish --store "$store" export -f pdf -o "$work/claims.pdf" 2>&1) && head -c 5 "$work/claims.pdf" | grep -q "%PDF-"
check $? "hamish export -f pdf (Qt lays out the Arabic report, fonts inside)"

# The GUI: it opens on a new store, imports the sample there (the window is built), and is stopped.
hamish --store "$work/gui.hamish" >"$work/gui.log" 2>&1 &
gui=$!
for _ in $(seq 1 300); do
  [ -s "$work/gui.hamish" ] && out=$(hamish --store "$work/gui.hamish" annotations 2>&1) && [ -n "$out" ] && break
  sleep 0.2
done
kill "$gui" 2>/dev/null; wait "$gui" 2>/dev/null
out=$(cat "$work/gui.log"; hamish --store "$work/gui.hamish" articles 2>&1); grep -q "45 مليون" <<<"$out"
check $? "the GUI opens (offscreen) and shows the sample"

# The same on a real X server (Xvfb), through the xcb platform plugin and the X libraries inside the bundle.
if command -v xvfb-run >/dev/null; then
  out=$(EXE="$exe" STORE="$work/x11.hamish" HOME_DIR="$work/home" CONFIG="$work/config-x11" \
        timeout 120 xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
      env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" LANG=C.UTF-8 XDG_CONFIG_HOME="$CONFIG" DISPLAY="$DISPLAY" \
        XAUTHORITY="$XAUTHORITY" QT_QPA_PLATFORM=xcb "$EXE" --store "$STORE" &
      app=$!
      for _ in $(seq 1 300); do
        kill -0 "$app" 2>/dev/null || { echo "the app exited"; exit 1; }
        [ -s "$STORE" ] && "$EXE" --store "$STORE" annotations 2>/dev/null | grep -q . && break
        sleep 0.2
      done
      kill -0 "$app" 2>/dev/null || { echo "the app exited"; exit 1; }
      kill "$app"; wait "$app" 2>/dev/null
      "$EXE" --store "$STORE" articles' 2>&1) && grep -q "45 مليون" <<<"$out"
  check $? "the GUI opens on an X server (Xvfb, xcb) and shows the sample"
fi

# View › Compare, typed with xdotool: its window opens and its chart imports pyqtgraph from inside the bundle.
if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
  out=$(EXE="$exe" STORE="$work/x11.hamish" HOME_DIR="$work/home" CONFIG="$work/config-x11" LOG="$work/compare.log" \
        timeout 120 xvfb-run -a -s "-screen 0 1024x700x24" bash -c '
      env -i PATH=/usr/bin:/bin HOME="$HOME_DIR" LANG=C.UTF-8 XDG_CONFIG_HOME="$CONFIG" DISPLAY="$DISPLAY" \
        XAUTHORITY="$XAUTHORITY" QT_QPA_PLATFORM=xcb "$EXE" --store "$STORE" 2>"$LOG" &
      app=$!
      win=""
      for _ in $(seq 1 300); do
        win=$(xdotool search --onlyvisible --name "Hamish" 2>/dev/null | head -1); [ -n "$win" ] && break; sleep 0.2
      done
      sleep 2
      xdotool windowfocus --sync "$win"; xdotool key --delay 300 alt+v c
      found=""
      for _ in $(seq 1 150); do
        found=$(xdotool search --onlyvisible --name "Compare sources" 2>/dev/null | head -1); [ -n "$found" ] && break
        sleep 0.2
      done
      sleep 2  # the chart is built on a later turn of the event loop
      kill -0 "$app" 2>/dev/null || { echo "the app exited"; cat "$LOG"; exit 1; }
      kill "$app"; wait "$app" 2>/dev/null
      cat "$LOG"
      [ -n "$found" ] && ! grep -q Traceback "$LOG" && echo "compare window shown"' 2>&1)
  grep -q "compare window shown" <<<"$out"
  check $? "View › Compare (typed with xdotool) opens its window and chart: pyqtgraph is inside the bundle"
fi

out=$(hamish install-desktop 2>&1) && grep -q "hamish.desktop" <<<"$out"
check $? "hamish install-desktop"
if command -v desktop-file-validate >/dev/null; then
  out=$(desktop-file-validate "$work/share/applications/hamish.desktop" 2>&1) && [ -z "$out" ] \
    && grep -q "^Exec=$exe %F$" "$work/share/applications/hamish.desktop"
  check $? "the bundle's desktop entry validates and starts the bundle"
fi
out=$(hamish install-desktop --uninstall 2>&1) && [ ! -e "$work/share/applications/hamish.desktop" ]
check $? "hamish install-desktop --uninstall"

# No Python at all: hide the standard library of every Python on PATH (a private mount namespace; needs root),
# check that Python itself no longer starts, then run the bundle there.
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null; then
  stdlibs=$(for py in $(compgen -c python | grep -E '^python3?(\.[0-9]+)?$' | sort -u); do
              for path in $(which -a "$py" 2>/dev/null); do
                "$path" -c 'import sysconfig; print(sysconfig.get_paths()["stdlib"])' 2>/dev/null
              done
            done | sort -u | while read -r dir; do [ -d "$dir" ] && echo "$dir"; done)
  mkdir -p "$work/empty"
  out=$(STDLIBS="$stdlibs" EMPTY="$work/empty" unshare -m bash -c '
      for dir in $STDLIBS; do mount --bind "$EMPTY" "$dir" || exit 4; done
      if python3 -c "import encodings" 2>/dev/null; then echo "a Python still runs"; exit 3; fi
      "$0" --store "$1" suggest 1' "$exe" "$store" 2>&1) && grep -q "45,000,000 USD" <<<"$out"
  check $? "with no working Python on the machine ($(echo $stdlibs | wc -w) standard libraries hidden), suggest still runs"
fi

size=$(du -sm "$bundle" | cut -f1)
echo "bundle: $bundle, ${size} MiB"
if [ "$failed" -eq 0 ]; then echo "bundle check: all $passed checks of the bundle passed"; else echo "bundle check: $failed of $((passed + failed)) checks of the bundle FAILED"; fi
[ "$failed" -eq 0 ]
