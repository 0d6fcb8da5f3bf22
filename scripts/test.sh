#!/usr/bin/env bash
# Runs every test. On a fresh Debian machine it first installs what the
# tests need (PostgreSQL for the store tests, Chromium for the browser
# tests, xmllint for the export schema checks); tests whose tool is still
# missing skip with a message saying so.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v xmllint >/dev/null || need+=(libxml2-utils)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing: ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "not root or no apt-get: tests needing ${need[*]} will skip"
  fi
fi

gofmt_out=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$gofmt_out" ]; then
  echo "gofmt: these files need formatting:"; echo "$gofmt_out"; exit 1
fi
go vet ./...
go test -race -count=1 -timeout 30m ./...
