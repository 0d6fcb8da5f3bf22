package graph

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
)

func sampleResult(id string) extract.Result {
	rus := extract.Entity{ID: "country/RUS", Name: "Russia", Kind: "country", Country: "RUS", Mentions: []string{"the Kremlin", "Moscow"}}
	usa := extract.Entity{ID: "country/USA", Name: "United States", Kind: "country", Country: "USA"}
	gbr := extract.Entity{ID: "country/GBR", Name: "United Kingdom", Kind: "country", Country: "GBR"}
	peskov := extract.Entity{ID: "person/dmitry-peskov", Name: "Dmitry Peskov", Kind: "person", Country: "RUS", Role: "spokesman", Affiliation: "Kremlin"}
	art := extract.ArticleRef{ID: id, Title: "T", Published: "2016-09-26"}
	week := &extract.Date{Text: "last week", Value: "2016-W38", Start: "2016-09-19", End: "2016-09-25", Granularity: "week"}
	day := &extract.Date{Text: "on Monday", Value: "2016-09-26", Start: "2016-09-26", End: "2016-09-26", Granularity: "day"}
	return extract.Result{
		Article:  art,
		Entities: []extract.Entity{rus, usa, gbr, peskov},
		Events: []extract.Event{
			{ID: id + "-1", Type: "accuse", Cameo: "112", Source: []extract.Entity{usa, gbr}, Target: []extract.Entity{rus}, Sentence: "The US and UK accused Russia.", Article: art},
			{ID: id + "-2", Type: "criticize", Cameo: "111", Source: []extract.Entity{rus}, Target: []extract.Entity{usa, gbr}, Date: day, Sentence: "The Kremlin on Monday retaliated.", Offset: 40, Article: art},
			{ID: id + "-3", Type: "say", Cameo: "010", Source: []extract.Entity{peskov}, Target: []extract.Entity{}, Date: week, Quote: "So far", Sentence: "Peskov said.", Offset: 80, Article: art},
		},
	}
}

func openTemp(t *testing.T, backend string) *Store {
	t.Helper()
	cfg := Config{Backend: backend}
	if backend != "memstore" {
		cfg.Path = filepath.Join(t.TempDir(), "db")
	}
	st, err := Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestRoundTrip(t *testing.T) {
	for _, backend := range []string{"memstore", "bolt"} {
		t.Run(backend, func(t *testing.T) { testRoundTrip(t, openTemp(t, backend)) })
	}
}

// testRoundTrip is run on every backend, PostgreSQL included.
func testRoundTrip(t *testing.T, st *Store) {
	t.Helper()
	ctx := context.Background()
	n, err := st.PutArticle(ctx, sampleResult("a1"))
	if err != nil || n == 0 {
		t.Fatalf("put: %d %v", n, err)
	}
	evs, err := st.Events(ctx, Filter{})
	if err != nil || len(evs) != 3 {
		t.Fatalf("events: %d %v", len(evs), err)
	}
	byID := map[string]extract.Event{}
	for _, e := range evs {
		byID[e.ID] = e
	}
	acc := byID["a1-1"]
	if acc.Type != "accuse" || acc.Cameo != "112" || len(acc.Source) != 2 || acc.Target[0].Country != "RUS" || acc.Article.ID != "a1" {
		t.Errorf("accuse event read back wrong: %+v", acc)
	}
	say := byID["a1-3"]
	if say.Date == nil || say.Date.Start != "2016-09-19" || say.Date.End != "2016-09-25" || say.Date.Granularity != "week" || say.Date.Text != "last week" {
		t.Errorf("week date lost: %+v", say.Date)
	}
	if say.Source[0].Role != "spokesman" || say.Source[0].Affiliation != "Kremlin" || say.Quote != "So far" || say.Offset != 80 {
		t.Errorf("official or quote lost: %+v", say)
	}

	// Filters.
	for _, tc := range []struct {
		f    Filter
		want int
	}{
		{Filter{Entity: "RUS"}, 2},
		{Filter{Entity: "the Kremlin"}, 2},
		{Filter{Entity: "Peskov"}, 1},
		{Filter{Source: "USA", Types: []string{"accuse"}}, 1},
		{Filter{Target: "Russia"}, 1},
		{Filter{From: "2016-09-26"}, 1},
		{Filter{From: "2016-09-20", To: "2016-09-20"}, 1}, // inside the week
		{Filter{To: "2016-09-18"}, 0},
		{Filter{Claims: true}, 3},
	} {
		got, err := st.Events(ctx, tc.f)
		if err != nil || len(got) != tc.want {
			t.Errorf("Events(%+v) = %d events, %v; want %d", tc.f, len(got), err, tc.want)
		}
	}

	// The direct edge answers "who accused Russia" in Gizmo.
	res, err := st.Query(ctx, `g.V("<entity/country/RUS>").In("<ng:accused>").all()`, 100, time.Second)
	if err != nil || len(res) != 2 {
		t.Fatalf("gizmo who accused: %v %v", res, err)
	}
}

func TestReplaceAndDeleteByLabel(t *testing.T) {
	testReplaceAndDelete(t, openTemp(t, "bolt"))
}

// testReplaceAndDelete is run on every backend, PostgreSQL included.
func testReplaceAndDelete(t *testing.T, st *Store) {
	t.Helper()
	ctx := context.Background()
	if _, err := st.PutArticle(ctx, sampleResult("a1")); err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutArticle(ctx, sampleResult("a2")); err != nil {
		t.Fatal(err)
	}
	before, _ := st.Stats(ctx)
	// Re-ingesting the same article changes nothing.
	if _, err := st.PutArticle(ctx, sampleResult("a1")); err != nil {
		t.Fatal(err)
	}
	again, _ := st.Stats(ctx)
	if again.Quads.Value != before.Quads.Value {
		t.Fatalf("re-ingest changed quad count %d -> %d", before.Quads.Value, again.Quads.Value)
	}
	// A changed article replaces its old quads.
	changed := sampleResult("a1")
	changed.Events = changed.Events[:1]
	if _, err := st.PutArticle(ctx, changed); err != nil {
		t.Fatal(err)
	}
	evs, _ := st.Events(ctx, Filter{})
	if len(evs) != 4 {
		t.Fatalf("after replace: %d events, want 4 (1 from a1, 3 from a2)", len(evs))
	}
	// Deleting a1 leaves a2 whole, including the entities both mention.
	n, err := st.DeleteArticle(ctx, "a1")
	if err != nil || n == 0 {
		t.Fatalf("delete: %d %v", n, err)
	}
	left := Quads(sampleResult("a2"))
	after, _ := st.Stats(ctx)
	if int(after.Quads.Value) != len(left) {
		t.Fatalf("after delete %d quads, want exactly a2's %d", after.Quads.Value, len(left))
	}
	es, _ := st.Entities(ctx, "country")
	if len(es) != 3 {
		t.Fatalf("countries after delete: %d", len(es))
	}
}

func TestStoreInUse(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "db")
	st, err := Open(Config{Backend: "bolt", Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	done := make(chan error, 1)
	go func() {
		_, err := Open(Config{Backend: "bolt", Path: dir})
		done <- err
	}()
	select {
	case err := <-done:
		if !errors.Is(err, ErrInUse) {
			t.Fatalf("second open: %v, want ErrInUse", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("second open hangs instead of failing")
	}
}

func TestQueryTimeout(t *testing.T) {
	st := openTemp(t, "memstore")
	_, err := st.Query(context.Background(), `while (true) {}`, 10, 200*time.Millisecond)
	if !errors.Is(err, ErrQueryTimeout) {
		t.Fatalf("endless query: %v, want ErrQueryTimeout", err)
	}
}
