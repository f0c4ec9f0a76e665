#!/usr/bin/env bash
# Runs every test of the solution, as CI does. Installs what the tests need when it is missing (Debian's
# chromium; fontconfig, a sans font and a CJK font for the chart images, whose tests check that Chinese outlet
# names render; axe-core from npm; the dotnet-ef tool), then prints one closing line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
for package in fontconfig fonts-dejavu-core fonts-noto-cjk; do installed "$package" || missing+=("$package"); done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "run-tests: installing Debian's ${missing[*]} for the tests"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { echo "run-tests: could not install ${missing[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

# axe-core (npm, pinned in tests/Dashboard.Tests/package-lock.json): the accessibility browser tests inject it into pages.
if [ ! -f tests/Dashboard.Tests/node_modules/axe-core/axe.min.js ]; then
  echo "run-tests: installing axe-core for the accessibility tests"
  npm ci --prefix tests/Dashboard.Tests --no-audit --no-fund >/dev/null \
    || { echo "run-tests: could not install axe-core"; echo "0 passed, 1 failed"; exit 1; }
fi

# The dotnet-ef test (ModelSnapshotTests) runs the tool from the repository's manifest.
dotnet tool restore >/dev/null || { echo "run-tests: dotnet tool restore failed"; echo "0 passed, 1 failed"; exit 1; }

results="$(pwd)/artifacts/test-results"
rm -rf "$results"
log="$(mktemp)"
dotnet test Dashboard.sln --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" | tee "$log"
status=${PIPESTATUS[0]}

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx")
  p=$(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")
  f=$(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")
  s=$(sed -E 's/.* notExecuted="([0-9]+)".*/\1/' <<<"$counters")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done

if [ "$skipped" -gt 0 ]; then
  echo "run-tests: $skipped test(s) skipped:"
  grep -h -o 'testName="[^"]*"[^>]*outcome="NotExecuted"' "$results"/*.trx | sed -E 's/testName="([^"]*)".*/  - \1/'
  # On CI nothing may be skipped: the conformance suite needs ../shared and must really run.
  if [ "${CI:-}" = "true" ]; then
    echo "run-tests: skipped tests fail the run on CI"
    failed=$((failed + skipped))
  fi
fi
# Repeat each failure (name, message, top of the stack) at the end, where a truncated log still shows it.
if grep -q '^  Failed ' "$log"; then
  echo "run-tests: failed tests:"
  awk '/^  Failed /{n=30} /^  Passed /{n=0} n>0{print; n--}' "$log"
fi
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
