package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/pgtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.StopShared()
	os.Exit(code)
}

// runCLI runs newsgraph in-process with an empty config file.
func runCLI(t *testing.T, args ...string) (string, error) {
	t.Helper()
	conf := filepath.Join(t.TempDir(), "config.yaml")
	os.WriteFile(conf, []byte("{}\n"), 0o644)
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(append([]string{"--config", conf}, args...))
	err := root.ExecuteContext(context.Background())
	return out.String(), err
}

func writeCorpus(t *testing.T, seed int64, n int) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "corpus.jsonl")
	if err := corpus.Write(p, nil, seed, n); err != nil {
		t.Fatal(err)
	}
	return p
}

// extracted runs the extractor over a corpus file as ingest does, and
// returns the results and the number of quads they make.
func extracted(t *testing.T, file string) ([]extract.Result, int) {
	t.Helper()
	x := extract.New(extract.WithContextDates(extract.PolicyStoryDay)) // as ingest by default
	var res []extract.Result
	quads := 0
	err := extract.ReadPaths([]string{file}, nil, extract.Overrides{}, func(a extract.Article, err error) error {
		if err != nil {
			return err
		}
		r := x.Extract(a)
		res = append(res, r)
		quads += len(graph.Quads(r))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return res, quads
}

// testIngestTimeline ingests a generated corpus in small batches through
// the CLI, re-ingests it (replace by label: nothing changes), and reads an
// entity timeline and the pairs table back. store is the --backend/--db
// flags.
func testIngestTimeline(t *testing.T, store []string, open func() (*graph.Store, error)) {
	const n = 40
	file := writeCorpus(t, 3, n)
	results, wantQuads := extracted(t, file)
	for round := 0; round < 2; round++ {
		out, err := runCLI(t, append(store, "ingest", "--progress", "none", "--batch-quads", "1500", file)...)
		if err != nil {
			t.Fatalf("ingest round %d: %v\n%s", round, err, out)
		}
		if !strings.Contains(out, "ingested 40 articles") || !strings.Contains(out, "quads/s") {
			t.Fatalf("ingest summary: %q", out)
		}
	}
	st, err := open()
	if err != nil {
		t.Fatal(err)
	}
	stats, err := st.Stats(context.Background())
	st.Close()
	if err != nil || int(stats.Quads.Value) != wantQuads {
		t.Fatalf("store has %d quads (%v), want %d", stats.Quads.Value, err, wantQuads)
	}

	want := 0
	for _, r := range results {
		for _, ev := range r.Events {
			for _, e := range append(append([]extract.Entity{}, ev.Source...), ev.Target...) {
				if e.ID == "country/USA" {
					want++
					break
				}
			}
		}
	}
	out, err := runCLI(t, append(store, "timeline", "--entity", "country/USA", "--format", "json")...)
	if err != nil {
		t.Fatal(err)
	}
	var evs []extract.Event
	if err := json.Unmarshal([]byte(out), &evs); err != nil || len(evs) != want || want == 0 {
		t.Fatalf("timeline: %d events (%v), want %d", len(evs), err, want)
	}
	out, err = runCLI(t, append(store, "timeline", "--entity", "country/USA", "--limit", "3", "--format", "json")...)
	if err := json.Unmarshal([]byte(out), &evs); err != nil || len(evs) != 3 {
		t.Fatalf("timeline --limit 3: %d events (%v)", len(evs), err)
	}
	out, err = runCLI(t, append(store, "pairs", "--limit", "5", "--format", "json")...)
	var pairs []graph.Pair
	if err != nil || json.Unmarshal([]byte(out), &pairs) != nil || len(pairs) == 0 || pairs[0].Count < 1 {
		t.Fatalf("pairs: %v %q", err, out)
	}
}

func TestIngestTimelineBolt(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	testIngestTimeline(t, []string{"--backend", "bolt", "--db", db}, func() (*graph.Store, error) {
		return graph.Open(graph.Config{Backend: "bolt", Path: db, ReadOnly: true})
	})
}

func TestIngestTimelinePostgres(t *testing.T) {
	url := pgtest.Database(t)
	testIngestTimeline(t, []string{"--backend", "postgres", "--db", url}, func() (*graph.Store, error) {
		return graph.Open(graph.Config{Backend: "postgres", Address: url})
	})
}

// TestConcurrentIngestPostgres runs two ingests of different corpora into
// one PostgreSQL database at once, as two processes would: both complete
// and every article of both is stored whole.
func TestConcurrentIngestPostgres(t *testing.T) {
	url := pgtest.Database(t)
	files := []string{writeCorpus(t, 21, 30), writeCorpus(t, 22, 30)}
	var wg sync.WaitGroup
	errs := make([]error, 2)
	outs := make([]string, 2)
	for i, f := range files {
		wg.Add(1)
		go func(i int, f string) {
			defer wg.Done()
			outs[i], errs[i] = runCLI(t, "--backend", "postgres", "--db", url, "ingest", "--progress", "none", "--batch-quads", "1000", f)
		}(i, f)
	}
	wg.Wait()
	for i := range errs {
		if errs[i] != nil {
			t.Fatalf("ingest %d: %v\n%s", i, errs[i], outs[i])
		}
	}
	st, err := graph.Open(graph.Config{Backend: "postgres", Address: url})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, _ := st.Stats(context.Background())
	_, q1 := extracted(t, files[0])
	_, q2 := extracted(t, files[1])
	if want := q1 + q2; int(stats.Quads.Value) != want {
		t.Fatalf("%d quads after concurrent ingests, want %d", stats.Quads.Value, want)
	}
	arts, err := st.Articles(context.Background())
	if err != nil || len(arts) != 60 {
		t.Fatalf("articles: %d %v", len(arts), err)
	}
}
