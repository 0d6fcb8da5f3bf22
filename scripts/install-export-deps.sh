#!/bin/sh
# Install what the export tests check our files with (docs/export-deps.txt):
# Debian's xmllint, Chromium and NetworkX, the npm checkers, and the cayley
# command. Needs root for apt-get. Each test skips, saying what is missing,
# when one of these is absent, so this is for CI and thorough local runs.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y libxml2-utils chromium
apt-get install -y --no-install-recommends python3-networkx
npm ci --no-audit --no-fund --prefix "$root/timeline/testdata/js"
"$root/scripts/install-cayley.sh" "${CAYLEY_DEST:-/usr/local/bin/cayley}"
