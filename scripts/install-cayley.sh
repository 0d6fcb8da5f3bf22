#!/bin/sh
# Build the `cayley` command at the Cayley version go.mod uses, for the
# export test that loads our N-Quads with `cayley load`
# (timeline/export_nquads_test.go). `go install pkg@version` refuses
# Cayley's module (its go.mod has a replace directive), so this builds it
# in a throwaway module with the same replace. Modules come from the Go
# module proxy. Usage: scripts/install-cayley.sh [DEST] (default:
# $(go env GOPATH)/bin/cayley); then put it on PATH or set NEWSGRAPH_CAYLEY.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
dest=${1:-$(go env GOPATH)/bin/cayley}
case $dest in /*) ;; *) dest=$PWD/$dest ;; esac
version=$(cd "$root" && go list -m -f '{{.Version}}' github.com/cayleygraph/cayley)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
cat >go.mod <<EOM
module cayleybuild

go 1.26

require github.com/cayleygraph/cayley $version

replace github.com/Sirupsen/logrus => github.com/Sirupsen/logrus v1.0.1
EOM
printf '//go:build tools\n\npackage tools\n\nimport _ "github.com/cayleygraph/cayley/cmd/cayley"\n' >tools.go
go mod tidy
mkdir -p "$(dirname "$dest")"
go build -o "$dest" github.com/cayleygraph/cayley/cmd/cayley
echo "built $dest ($("$dest" version | head -1))"
