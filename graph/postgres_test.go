package graph

import (
	"context"
	"os"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/pgtest"
)

func TestMain(m *testing.M) {
	code := m.Run()
	pgtest.StopShared()
	if bench.st != nil {
		bench.st.Close()
	}
	if bench.dir != "" {
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

// openPostgres opens a store on a fresh database of the throwaway server,
// or skips the test when PostgreSQL is not installed.
func openPostgres(t testing.TB) *Store {
	t.Helper()
	st, err := Open(Config{Backend: "postgres", Address: pgtest.Database(t)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func TestPostgresRoundTrip(t *testing.T) {
	testRoundTrip(t, openPostgres(t))
}

func TestPostgresReplaceAndDelete(t *testing.T) {
	testReplaceAndDelete(t, openPostgres(t))
}

func TestPostgresIndexedQueries(t *testing.T) {
	testIndexedQueries(t, openPostgres(t), 50)
}

// TestPostgresConcurrentWriters has two stores (as two processes would)
// write different articles, which share entity, predicate and date nodes,
// at the same time: both must complete and every article must be whole.
func TestPostgresConcurrentWriters(t *testing.T) {
	addr := pgtest.Database(t)
	ctx := context.Background()
	var stores [2]*Store
	for i := range stores {
		st, err := Open(Config{Backend: "postgres", Address: addr})
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		stores[i] = st
	}
	const perWriter = 60
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for w := range stores {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWriter; i += 6 {
				batch := genResults(int64(w+1), i, 6)
				if _, err := stores[w].PutArticles(ctx, batch); err != nil {
					errs <- err
					return
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	want := 0
	for w := range stores {
		want += len(quadsOf(genResults(int64(w+1), 0, perWriter)))
	}
	st, _ := stores[0].Stats(ctx)
	if int(st.Quads.Value) != want {
		t.Fatalf("after concurrent writes: %d quads, want %d", st.Quads.Value, want)
	}
	arts, err := stores[1].Articles(ctx)
	if err != nil || len(arts) != 2*perWriter {
		t.Fatalf("articles: %d, %v", len(arts), err)
	}
}
