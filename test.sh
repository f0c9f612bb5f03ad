#!/usr/bin/env bash
# Runs claimgraph's whole test suite: unit tests and the *IT end-to-end tests (Maven's verify).
# On a fresh machine it first installs what the tests need and is missing (Debian packages), so this one
# command is all the set-up there is. Set CLAIMGRAPH_SKIP_INSTALL=1 to skip installing.
set -euo pipefail
cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")"

# Debian packages the tests use, as "command:package" pairs.
needed=(
  "chromium:chromium"              # pages are checked in a real headless browser
  "chromedriver:chromium-driver"   # ... driven by Selenium through Debian's chromedriver
  "rapper:raptor2-utils"           # linked data (issue 6): dumps re-read by an independent parser
)

# Python modules the tests use, as "module:package" pairs, checked with Debian's own python3.
python_modules=(
  "rdflib:python3-rdflib"          # linked data (issue 6): dumps re-read by rdflib
)

missing=()
for pair in "${needed[@]}"; do
  command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done
for pair in "${python_modules[@]}"; do
  /usr/bin/python3 -c "import ${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
done

if [ "${#missing[@]}" -gt 0 ] && [ -z "${CLAIMGRAPH_SKIP_INSTALL:-}" ]; then
  echo "test.sh: installing ${missing[*]} ..." >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v mvn >/dev/null 2>&1 || { echo "test.sh: Maven (mvn) is needed; install Maven 3.8+." >&2; exit 2; }
exec mvn -B -Dstyle.color=never --no-transfer-progress verify "$@"
