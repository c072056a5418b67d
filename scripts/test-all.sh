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

# Each phase says how long it took, so a slower suite is noticed (README: "Tests und Benchmarks").
phase() { echo "   ($(( SECONDS - started )) s)"; started=$SECONDS; }
started=$SECONDS
echo "== Typprüfung"
npm run --silent typecheck
phase
echo "== Unit- und Integrationstests (vitest, echter eingebetteter Datenspeicher)"
npx vitest run
phase
echo "== Produktions-Build"
npm run --silent build
phase
echo "== Browsertests (Playwright, Chromium)"
npx playwright test -c a11y-tests/playwright.config.ts
phase
echo "== Gesamt: $(( SECONDS / 60 )) min $(( SECONDS % 60 )) s"
