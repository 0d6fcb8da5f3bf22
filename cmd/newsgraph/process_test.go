package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// buildBinary compiles newsgraph once for the tests that need a real
// process (kill -9, two processes on one store).
func buildBinary(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	bin := filepath.Join(t.TempDir(), "newsgraph")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// TestKillDuringIngest kills a real ingest with SIGKILL, then checks that the
// store opens, every article in it is whole, and that running the same
// ingest again completes it without duplicates.
func TestKillDuringIngest(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	const n = 3000
	corpus := writeCorpus(t, 1, n)
	db := filepath.Join(dir, "db")

	cmd := exec.Command(bin, "--db", db, "ingest", corpus)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once the store has some articles, before the ingest can finish.
	deadline := time.Now().Add(60 * time.Second)
	for {
		time.Sleep(50 * time.Millisecond)
		if fi, err := os.Stat(filepath.Join(db, "indexes.bolt")); err == nil && fi.Size() > 256<<10 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("ingest wrote nothing in 60s")
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()

	ctx := context.Background()
	x := extract.New(extract.WithContextDates(extract.PolicyStoryDay)) // as ingest by default
	want := map[string][]quad.Quad{}
	extract.ReadPaths([]string{corpus}, nil, extract.Overrides{}, func(a extract.Article, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		want[a.ID] = graph.Quads(x.Extract(a))
		return nil
	})

	st, err := graph.Open(graph.Config{Backend: "bolt", Path: db})
	if err != nil {
		t.Fatalf("store does not open after kill -9: %v", err)
	}
	arts, err := st.Articles(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("killed after %d of %d articles", len(arts), n)
	if len(arts) == n {
		t.Log("ingest finished before the kill; the check below still holds")
	}
	for _, a := range arts {
		got, err := st.ArticleQuads(ctx, []string{a.ID})
		if err != nil {
			t.Fatal(err)
		}
		if !sameQuads(got, want[a.ID]) {
			t.Fatalf("article %s is not whole after kill -9: %d quads, want %d", a.ID, len(got), len(want[a.ID]))
		}
	}
	st.Close()

	if out, err := exec.Command(bin, "--db", db, "ingest", corpus).CombinedOutput(); err != nil {
		t.Fatalf("re-ingest: %v\n%s", err, out)
	}
	st, err = graph.Open(graph.Config{Backend: "bolt", Path: db})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	arts, _ = st.Articles(ctx)
	if len(arts) != n {
		t.Fatalf("after re-ingest %d articles, want %d", len(arts), n)
	}
	unique := map[quad.Quad]bool{}
	for _, qs := range want {
		for _, q := range qs {
			unique[q] = true
		}
	}
	stats, _ := st.Stats(ctx)
	if int(stats.Quads.Value) != len(unique) {
		t.Fatalf("after re-ingest %d quads, want exactly %d (duplicates or losses)", stats.Quads.Value, len(unique))
	}
}

func sameQuads(a, b []quad.Quad) bool {
	key := func(qs []quad.Quad) []string {
		out := make([]string, len(qs))
		for i, q := range qs {
			out[i] = q.String()
		}
		sort.Strings(out)
		return out
	}
	return strings.Join(key(a), "\n") == strings.Join(key(b), "\n")
}

// TestSecondProcessFailsFast: a second newsgraph on a store another process
// holds fails within a second with a message naming the holder.
func TestSecondProcessFailsFast(t *testing.T) {
	bin := buildBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	// Hold the store from this process, as a running ingest or serve would.
	st, err := graph.Open(graph.Config{Backend: "bolt", Path: db})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	art := filepath.Join(dir, "a.txt")
	os.WriteFile(art, []byte("---\npublished: 2016-09-26\n---\nText."), 0o644)
	for _, args := range [][]string{{"ingest", art}, {"timeline"}} {
		start := time.Now()
		out, err := exec.Command(bin, append([]string{"--db", db}, args...)...).CombinedOutput()
		took := time.Since(start)
		if err == nil {
			t.Fatalf("%v succeeded on a store in use", args)
		}
		msg := string(out)
		if !strings.Contains(msg, "store is in use by PID "+fmt.Sprint(os.Getpid())) {
			t.Errorf("%v: message does not name the holder: %q", args, msg)
		}
		if took > 5*time.Second { // generous: a hang is what this catches
			t.Errorf("%v took %s to fail", args, took)
		}
	}
}
