#!/usr/bin/env bash
# Reproduces the figures of docs/scale.md on a fresh generated corpus.
#
#   scripts/bench.sh                 # all three parts
#   PARTS="ingest query" scripts/bench.sh
#
# Parts (PARTS, default "ingest query postgres"):
#   ingest    newsgraph ingest of ARTICLES (10000) generated articles into a
#             fresh bolt store vs cayley load of the N-Quads that ingest
#             produced, into a fresh bolt store, in the same run; then the
#             query timings on that store
#   query     a store built directly from QUERY_ARTICLES (20000, about 100k
#             events and 3.9M quads) articles' ground truth, and the query
#             timings on it
#   postgres  a throwaway PostgreSQL (scripts/with-postgres.sh): CLI ingest
#             of PG_ARTICLES (1000) articles, then the query timings
# Builds newsgraph and cayley (the version go.mod pins, via a scratch
# modfile: go.mod is not touched) into WORK (default: a temp dir, removed
# unless KEEP=1). Needs Go and the module proxy for the first cayley build.
set -euo pipefail
cd "$(dirname "$0")/.."

ARTICLES=${ARTICLES:-10000}
QUERY_ARTICLES=${QUERY_ARTICLES:-20000}
PG_ARTICLES=${PG_ARTICLES:-1000}
RUNS=${RUNS:-15}
SEED=${SEED:-1}
PARTS=${PARTS:-"ingest query postgres"}
WORK=${WORK:-$(mktemp -d /tmp/newsgraph-bench-XXXXXX)}
mkdir -p "$WORK"
echo '{}' > "$WORK/empty.yaml" # no ./config.yaml or NEWSGRAPH_* file settings
if [ "${KEEP:-0}" != 1 ]; then trap 'rm -rf "$WORK"' EXIT; fi

echo "== machine: $(nproc) CPUs, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
go build -o "$WORK/newsgraph" ./cmd/newsgraph
ng="$WORK/newsgraph"

if [[ " $PARTS " == *" ingest "* ]]; then
	if [ ! -x "$WORK/cayley" ]; then
		v=$(go list -m -f '{{.Version}}' github.com/cayleygraph/cayley)
		cp go.mod "$WORK/cayley.mod"
		cp go.sum "$WORK/cayley.sum"
		go get -modfile="$WORK/cayley.mod" "github.com/cayleygraph/cayley/cmd/cayley@$v" >/dev/null 2>&1
		go build -modfile="$WORK/cayley.mod" -o "$WORK/cayley" github.com/cayleygraph/cayley/cmd/cayley
	fi
	echo "== ingest vs cayley load, $ARTICLES articles"
	"$ng" bench all --articles "$ARTICLES" --seed "$SEED" --cayley "$WORK/cayley" --work "$WORK/ingest" --runs "$RUNS"
	rm -rf "$WORK/ingest"
fi

if [[ " $PARTS " == *" query "* ]]; then
	echo "== query store built from $QUERY_ARTICLES articles' ground truth"
	"$ng" --config "$WORK/empty.yaml" --backend bolt --db "$WORK/query.db" bench build --articles "$QUERY_ARTICLES" --seed "$SEED"
	"$ng" --config "$WORK/empty.yaml" --backend bolt --db "$WORK/query.db" bench query --runs "$RUNS"
	rm -rf "$WORK/query.db"
fi

if [[ " $PARTS " == *" postgres "* ]]; then
	echo "== PostgreSQL, $PG_ARTICLES articles"
	"$ng" bench corpus --articles "$PG_ARTICLES" --seed "$SEED" --out "$WORK/pg-corpus.jsonl"
	NG="$ng" CONF="$WORK/empty.yaml" CORPUS="$WORK/pg-corpus.jsonl" RUNS="$RUNS" scripts/with-postgres.sh sh -c '
		"$NG" --config "$CONF" --backend postgres --db "$PGURL" ingest --progress log "$CORPUS"
		"$NG" --config "$CONF" --backend postgres --db "$PGURL" bench query --runs "$RUNS"'
fi
