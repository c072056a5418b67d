#!/usr/bin/env bash
# The whole test suite: type check, unit and integration tests against the real embedded
# store, a production build, then the browser tests in Debian's Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "Chromium fehlt: installiere Debians Paket „chromium“ …"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium fehlt: bitte „sudo apt-get install chromium“ ausführen." >&2
    exit 1
  fi
fi
# The browser tests run in Debian's headless shell of the same Chromium where it is there (about a
# third less CPU, a11y-tests/playwright.config.ts); without it, in the full Chromium.
if [ ! -x /usr/bin/chromium-headless-shell ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installiere Debians Paket „chromium-headless-shell“ für die Browsertests …"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell >/dev/null 2>&1 ||
    echo "chromium-headless-shell nicht installiert: die Browsertests laufen im vollen Chromium."
fi

# Each phase says how long it took, so a slower suite is noticed (README: "Tests und Benchmarks").
# The type check and the production build need neither the store nor a browser, and use a core
# for ~15 s each: they run beside vitest (whose workers mostly wait for the store) instead of
# before it, each with its output kept and printed when it ends. The browser tests need the build.
phase() { echo "   ($(( SECONDS - started )) s)"; started=$SECONDS; }
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
background() { # name, command…: runs the command in the background, timing it
  local name=$1; shift
  # $name.rc appears (whole, by rename) once the command has ended: a test may wait for it.
  ( t0=$SECONDS; if "$@" >"$logs/$name.out" 2>&1; then rc=0; else rc=$?; fi; echo "$(( SECONDS - t0 ))" >"$logs/$name.seconds"
    echo $rc >"$logs/$name.rc.part" && mv "$logs/$name.rc.part" "$logs/$name.rc"; exit $rc ) &
}
report() { # name, pid, title: waits for a background phase, prints its output and time
  local rc=0
  wait "$2" || rc=$?
  echo "== $3"
  cat "$logs/$1.out"
  echo "   ($(cat "$logs/$1.seconds") s, neben vitest)"
  return $rc
}
started=$SECONDS
background typecheck npm run --silent typecheck
typecheck=$!
background build npm run --silent build
build=$!
# A whole run used 1.1 of the 2 cores on average (1591 CPU-s in 24 min 19 s, 2026-12-07): vitest's
# workers wait for the shared store, the browser tests for pages and timers. SUITE_OVERLAP=1 starts
# the browser tests as soon as the build they need is there, beside vitest, printing their output
# when they end. Not the default: tried once, both cores were then full, vitest ran at a third of
# its speed and a test of two routing processes hit its 20 s limit.
browser_tests() {
  while [ ! -e "$logs/build.rc" ]; do sleep 1; done
  if [ "$(cat "$logs/build.rc")" != 0 ]; then echo "Build fehlgeschlagen: Browsertests nicht gestartet"; return 1; fi
  npx playwright test -c a11y-tests/playwright.config.ts
}
overlap=${SUITE_OVERLAP:-0}
if [ "$overlap" = 1 ]; then background browser browser_tests; browser=$!; fi
if [ "$overlap" = 1 ]; then beside="Typprüfung, Build und danach die Browsertests"; else beside="Typprüfung und Build"; fi
echo "== Unit- und Integrationstests (vitest, echter eingebetteter Datenspeicher; daneben $beside)"
vitest=0
# The build-output test reads this build instead of building the client a second time.
SUITE_BUILD_DONE="$logs/build.rc" npx vitest run || vitest=$?
phase
failed=0
report typecheck $typecheck "Typprüfung" || failed=1
report build $build "Produktions-Build" || failed=1
if [ "$overlap" = 1 ]; then
  report browser $browser "Browsertests (Playwright, Chromium), neben vitest gestartet" || failed=1
  [ "$vitest" = 0 ] || failed=1
  echo "== Gesamt: $(( SECONDS / 60 )) min $(( SECONDS % 60 )) s"
  exit $failed
fi
started=$SECONDS
if [ "$vitest" != 0 ] || [ "$failed" != 0 ]; then
  echo "== Abbruch: Typprüfung, vitest oder Build fehlgeschlagen (Browsertests nicht gestartet)" >&2
  exit 1
fi
echo "== Browsertests (Playwright, Chromium)"
npx playwright test -c a11y-tests/playwright.config.ts
phase
echo "== Gesamt: $(( SECONDS / 60 )) min $(( SECONDS % 60 )) s"
