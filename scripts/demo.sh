#!/usr/bin/env bash
# Builds newsgraph, ingests the bundled sample articles into a fresh embedded
# store and prints the timeline and the accusations. Needs only Go.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${NEWSGRAPH_DEMO_DB:-./demo.db}
go build -o ./newsgraph ./cmd/newsgraph
rm -rf "$db"
./newsgraph --db "$db" ingest testdata/articles
echo
echo "== Timeline =="
./newsgraph --db "$db" timeline
echo
echo "== Who accused whom =="
./newsgraph --db "$db" claims --type accuse,criticize,condemn,deny
