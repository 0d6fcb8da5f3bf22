package timeline

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/timeline/fixture"
)

func fixtureStore(t *testing.T) *graph.Store {
	t.Helper()
	st, err := graph.Open(graph.Config{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, r := range fixture.Results() {
		if _, err := st.PutArticle(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// loadNQuads reads N-Quads with Cayley's own reader into a new memstore,
// as `cayley load` does.
func loadNQuads(t *testing.T, data []byte) *graph.Store {
	t.Helper()
	st, err := graph.Open(graph.Config{Backend: "memstore"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	r := nquads.NewReader(bytes.NewReader(data), false)
	var deltas []cgraph.Delta
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("cayley's nquads reader: %v", err)
		}
		deltas = append(deltas, cgraph.Delta{Quad: q, Action: cgraph.Add})
	}
	if err := st.QuadStore().ApplyDeltas(deltas, cgraph.IgnoreOpts{}); err != nil {
		t.Fatalf("load into memstore: %v", err)
	}
	return st
}

func TestNQuadsLoadBack(t *testing.T) {
	ctx := context.Background()
	st := fixtureStore(t)
	all, err := st.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteNQuads(&buf, all); err != nil {
		t.Fatal(err)
	}
	save(t, "graph.nq", buf.Bytes())
	back := loadNQuads(t, buf.Bytes())
	got, err := back.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(all) || !reflect.DeepEqual(got, all) {
		t.Fatalf("loaded %d quads back, exported %d, or they differ", len(got), len(all))
	}
	for _, q := range got {
		if q.Label == nil {
			t.Fatalf("quad without its article label: %v", q)
		}
	}
	// The loaded graph answers the same queries.
	want, _ := st.Events(ctx, graph.Filter{})
	have, _ := back.Events(ctx, graph.Filter{})
	Sort(want)
	Sort(have)
	if !reflect.DeepEqual(want, have) {
		t.Fatal("events read from the loaded graph differ")
	}
	if len(have) != fixtureDated+fixtureUndated {
		t.Fatalf("%d events", len(have))
	}
	// And an article can still be removed exactly.
	if n, err := back.DeleteArticle(ctx, fixture.Reuters.ID); err != nil || n == 0 {
		t.Fatalf("delete by label after load: %d %v", n, err)
	}
}

func TestNQuadsOfArticles(t *testing.T) {
	ctx := context.Background()
	st := fixtureStore(t)
	qs, err := st.ArticleQuads(ctx, []string{fixture.Reuters.ID})
	if err != nil {
		t.Fatal(err)
	}
	want := graph.Quads(fixture.Results()[1])
	graph.SortQuads(want)
	if !reflect.DeepEqual(qs, want) {
		t.Fatalf("article quads: %d, want the %d the article stored", len(qs), len(want))
	}
	label := graph.ArticleIRI(fixture.Reuters.ID)
	for _, q := range qs {
		if q.Label != quad.Value(label) {
			t.Fatalf("foreign quad %v", q)
		}
	}
}

// TestNQuadsCayleyLoad loads the export with the `cayley load` command
// itself into a leveldb store, then opens that store with newsgraph and
// compares. Skipped unless the cayley binary is on PATH or named by
// NEWSGRAPH_CAYLEY (scripts/install-cayley.sh builds it).
func TestNQuadsCayleyLoad(t *testing.T) {
	bin := os.Getenv("NEWSGRAPH_CAYLEY")
	if bin == "" {
		bin, _ = exec.LookPath("cayley")
	}
	if bin == "" {
		t.Skip("cayley command not installed: run scripts/install-cayley.sh and set NEWSGRAPH_CAYLEY (see docs/export-deps.txt)")
	}
	ctx := context.Background()
	st := fixtureStore(t)
	all, err := st.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteNQuads(&buf, all); err != nil {
		t.Fatal(err)
	}
	file := save(t, "graph.nq", buf.Bytes())
	dir := filepath.Join(t.TempDir(), "loaded")
	// leveldb rather than bolt: boltdb 1.3.1 fails under -race (checkptr).
	out, err := exec.Command(bin, "load", "--init", "-d", "leveldb", "-a", dir, "-i", file, "--logtostderr=true").CombinedOutput()
	if err != nil {
		t.Fatalf("cayley load: %v\n%s", err, out)
	}
	back, err := graph.Open(graph.Config{Backend: "leveldb", Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer back.Close()
	got, err := back.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, all) {
		t.Fatalf("cayley load gave %d quads, exported %d, or they differ", len(got), len(all))
	}
	want, _ := st.Events(ctx, graph.Filter{})
	have, _ := back.Events(ctx, graph.Filter{})
	Sort(want)
	Sort(have)
	if !reflect.DeepEqual(want, have) {
		t.Fatal("events read from the cayley-loaded store differ")
	}
}
