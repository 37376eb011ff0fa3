#!/usr/bin/env bash
# `npm test`: installs what the tests need that npm cannot (Debian's Chromium), then runs every suite —
# typecheck, lint, unit, integration, end-to-end — and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
REPORTS="test-results/reports"
mkdir -p "$REPORTS"
rm -f "$REPORTS"/*.json

passed=0
failed=0
count() { # name passed failed
  printf '  %-12s %s passed, %s failed\n' "$1" "$2" "$3" >>"$REPORTS/summary.txt"
  passed=$((passed + $2)); failed=$((failed + $3))
}
: >"$REPORTS/summary.txt"

# Debian's Chromium, which the browser tests drive (Playwright cannot download its own here). No CJK system
# font is needed: the app serves its own (docs/report.md "Fonts and their licence"), and
# tests/e2e/canvas-font.spec.ts checks that Chinese labels draw without one.
ensure_browser_packages() {
  local missing=()
  [[ -x "$CHROMIUM_PATH" ]] || missing+=(chromium)
  ((${#missing[@]})) || return 0
  echo "Installing Debian packages for the browser tests: ${missing[*]}"
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Debian's poppler-utils: the report tests read the PDF's text and draw its pages (pdftotext, pdftoppm).
ensure_report_packages() {
  command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null && return 0
  echo "Installing Debian packages for the report tests: poppler-utils"
  local sudo=""
  [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
}

step() { echo; echo "=== $* ==="; }

step "typecheck"
if npx tsc --noEmit -p .; then count typecheck 1 0; else count typecheck 0 1; fi

step "lint"
if npx eslint --max-warnings 0 .; then count lint 1 0; else count lint 0 1; fi

json_counts() { # report-file vitest|playwright -> "passed failed"; a missing report counts as one failure
  python3 - "$1" "$2" <<'PY'
import json, sys
path, kind = sys.argv[1], sys.argv[2]
try:
    data = json.load(open(path))
except Exception:
    print(0, 1); sys.exit()
if kind == "vitest":
    # A file that fails to load has no failed test but a failed suite: count it rather than lose it.
    failed = data.get("numFailedTests", 0) or data.get("numFailedTestSuites", 0)
    print(data.get("numPassedTests", 0), failed)
else:
    stats = data.get("stats", {})
    failed = stats.get("unexpected", 0) or len(data.get("errors", []))
    print(stats.get("expected", 0) + stats.get("flaky", 0), failed)
PY
}

for project in unit integration; do
  step "$project tests (vitest)"
  [[ $project == integration ]] && { ensure_report_packages || echo "Could not install poppler-utils; the PDF tests will fail."; }
  npx vitest run --project "$project" --reporter=default --reporter=json --outputFile.json="$REPORTS/$project.json"
  read -r p f < <(json_counts "$REPORTS/$project.json" vitest)
  count "$project" "$p" "$f"
done

step "end-to-end tests (Playwright + Chromium)"
if ensure_browser_packages && npm run build --silent; then
  PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/e2e.json" npx playwright test --reporter=list,json
  read -r p f < <(json_counts "$REPORTS/e2e.json" playwright)
  count e2e "$p" "$f"
else
  echo "Could not prepare the browser tests (Chromium install or next build failed)."
  count e2e 0 1
fi

echo
echo "=== summary ==="
cat "$REPORTS/summary.txt"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
