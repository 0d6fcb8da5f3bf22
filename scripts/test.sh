#!/usr/bin/env bash
# Runs every test: gofmt, go vet, go test -race ./...
#
# On a fresh Debian machine it first installs what the tests check against
# (as root, with apt-get): PostgreSQL (the store tests start a throwaway
# server), Chromium (the serve and HTML-export browser tests), xmllint and
# NetworkX (GEXF/GraphML checks), the npm readers of the export formats
# (TimelineJS, ical.js, FollowTheMoney, graphology: pinned in
# timeline/testdata/js/package-lock.json) and the `cayley` command of the
# Cayley version go.mod pins (the N-Quads export is loaded with it). Tests
# whose tool is still missing skip with a message saying what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v xmllint >/dev/null || need+=(libxml2-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
python3 -c 'import networkx' 2>/dev/null || need+=(python3-networkx)
command -v npm >/dev/null || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "== installing: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "== not root or no apt-get: tests needing ${need[*]} will skip"
  fi
fi
if command -v npm >/dev/null && [ ! -d timeline/testdata/js/node_modules ]; then
  echo "== npm ci timeline/testdata/js"
  npm ci --silent --no-audit --no-fund --prefix timeline/testdata/js >/dev/null
fi
gobin=$(go env GOPATH)/bin
if ! command -v cayley >/dev/null && [ ! -x "$gobin/cayley" ]; then
  echo "== building cayley"
  scripts/install-cayley.sh "$gobin/cayley" >/dev/null
fi
[ -x "$gobin/cayley" ] && export NEWSGRAPH_CAYLEY=${NEWSGRAPH_CAYLEY:-$gobin/cayley}

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './timeline/testdata/js/*'))
if [ -n "$unformatted" ]; then
  echo "gofmt: these files need formatting:"; echo "$unformatted"; exit 1
fi
echo "== go vet"
go vet ./...
echo "== go test -race"
go test -race -count=1 -timeout 40m ./...
