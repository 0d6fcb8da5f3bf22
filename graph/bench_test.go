package graph

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// Benchmarks. The query benchmarks share one bolt store of
// NEWSGRAPH_BENCH_ARTICLES generated articles (default 2000, about 365k
// quads; 6000 gives about 1.1M quads), built once per run in a temp dir.
//
//	go test ./graph -run '^$' -bench . -benchtime 20x
//	NEWSGRAPH_BENCH_ARTICLES=6000 go test ./graph -run '^$' -bench 'Timeline|Pairs|Month' -benchtime 20x

func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("NEWSGRAPH_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 2000
}

var bench struct {
	once    sync.Once
	dir     string
	st      *Store
	err     error
	typical string // a person with a median number of events
	busiest string // the entity with the most events
	month   string // the month with the most events
}

func benchStore(b *testing.B) *Store {
	b.Helper()
	bench.once.Do(func() {
		bench.dir, bench.err = os.MkdirTemp("", "newsgraph-bench-")
		if bench.err != nil {
			return
		}
		st, err := Open(Config{Backend: "bolt", Path: filepath.Join(bench.dir, "db")})
		if err != nil {
			bench.err = err
			return
		}
		ctx := context.Background()
		n := benchArticles()
		links := map[string]int{}
		months := map[string]int{}
		for lo := 0; lo < n; lo += 250 {
			rs := genResults(1, lo, min(250, n-lo))
			for _, r := range rs {
				for _, ev := range r.Events {
					for _, e := range append(append([]extract.Entity{}, ev.Source...), ev.Target...) {
						links[e.ID]++
					}
					if ev.Date != nil {
						ms, _ := Buckets(ev.Date.Start, ev.Date.End)
						for _, m := range ms {
							months[m]++
						}
					}
				}
			}
			if _, err := st.PutArticles(ctx, rs); err != nil {
				bench.err = err
				return
			}
		}
		bench.st = st
		type kv struct {
			k string
			n int
		}
		var ents, persons, mos []kv
		for k, v := range links {
			ents = append(ents, kv{k, v})
			if len(k) > 7 && k[:7] == "person/" {
				persons = append(persons, kv{k, v})
			}
		}
		for k, v := range months {
			mos = append(mos, kv{k, v})
		}
		for _, l := range [][]kv{ents, persons, mos} {
			sort.Slice(l, func(i, j int) bool { return l[i].n > l[j].n || l[i].n == l[j].n && l[i].k < l[j].k })
		}
		bench.busiest, bench.typical, bench.month = ents[0].k, persons[len(persons)/2].k, mos[0].k
		stats, _ := st.Stats(ctx)
		fmt.Fprintf(os.Stderr, "bench store: %d articles, %d quads; typical %s (%d), busiest %s (%d), month %s (%d)\n",
			n, stats.Quads.Value, bench.typical, links[bench.typical], bench.busiest, links[bench.busiest], bench.month, months[bench.month])
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	return bench.st
}

func BenchmarkExtract(b *testing.B) {
	x := extract.New()
	docs := make([]extract.Article, 200)
	bytes := 0
	for i := range docs {
		docs[i] = corpus.Generate(1, i).Article
		bytes += len(docs[i].Text)
	}
	b.SetBytes(int64(bytes / len(docs)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		x.Extract(docs[i%len(docs)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkWrite writes fresh articles into a bolt store in batches of
// about the given number of quads; quads/s is the figure to compare.
func BenchmarkWrite(b *testing.B) {
	for _, batch := range []int{1, 10000, 50000, 100000} {
		name := "batch=" + strconv.Itoa(batch) + "quads"
		if batch == 1 {
			name = "batch=article"
		}
		b.Run(name, func(b *testing.B) {
			ctx := context.Background()
			st, err := Open(Config{Backend: "bolt", Path: filepath.Join(b.TempDir(), "db")})
			if err != nil {
				b.Fatal(err)
			}
			defer st.Close()
			// 1500 articles of ground truth (about 270k quads) per op.
			const n = 1500
			rs := genResults(2, 0, n)
			total := 0
			for i := 0; i < b.N; i++ {
				for k := range rs { // fresh ids each op
					rs[k].Article.ID = corpus.ArticleID(int64(100+i), k)
				}
				var cur []extract.Result
				q := 0
				for k, r := range rs {
					cur = append(cur, r)
					q += len(Quads(r))
					if q >= batch || k == len(rs)-1 {
						w, err := st.PutArticles(ctx, cur)
						if err != nil {
							b.Fatal(err)
						}
						total += w
						cur, q = cur[:0], 0
					}
				}
			}
			b.ReportMetric(float64(total)/b.Elapsed().Seconds(), "quads/s")
		})
	}
}

func BenchmarkTimelineTypicalEntity(b *testing.B) {
	st := benchStore(b)
	benchEvents(b, st, Filter{Entity: bench.typical})
}

func BenchmarkTimelineBusiestEntity(b *testing.B) {
	st := benchStore(b)
	benchEvents(b, st, Filter{Entity: bench.busiest})
}

func BenchmarkTimelineBusiestEntityLatest50(b *testing.B) {
	st := benchStore(b)
	benchEvents(b, st, Filter{Entity: bench.busiest, Limit: 50})
}

// The FromQuads variants read the same store ignoring ng:record: the
// baseline of the record's gain, measured in the same run.
func BenchmarkTimelineBusiestEntityFromQuads(b *testing.B) {
	st := benchStore(b)
	fromQuads(b, st)
	benchEvents(b, st, Filter{Entity: bench.busiest})
}

// Before the timeline buckets, the latest 50 were found by ranking every
// event of the entity by date: the baseline of BenchmarkTimelineBusiestEntityLatest50.
func BenchmarkTimelineBusiestEntityLatest50ByRanking(b *testing.B) {
	st := benchStore(b)
	st.rankLatest = true
	b.Cleanup(func() { st.rankLatest = false })
	benchEvents(b, st, Filter{Entity: bench.busiest, Limit: 50})
}

func BenchmarkMonthRangeFromQuads(b *testing.B) {
	st := benchStore(b)
	fromQuads(b, st)
	benchEvents(b, st, monthFilter())
}

func fromQuads(b *testing.B, st *Store) {
	st.fromQuads = true
	b.Cleanup(func() { st.fromQuads = false })
}

func BenchmarkMonthRange(b *testing.B) {
	st := benchStore(b)
	benchEvents(b, st, monthFilter())
}

// monthFilter is the date range of the month with the most events.
func monthFilter() Filter {
	m := bench.month
	y, _ := strconv.Atoi(m[:4])
	mo, _ := strconv.Atoi(m[5:])
	last := [13]int{0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[mo]
	if mo == 2 && (y%4 == 0 && y%100 != 0 || y%400 == 0) {
		last = 29
	}
	return Filter{From: m + "-01", To: fmt.Sprintf("%s-%02d", m, last)}
}

// benchEvents times Events after one warm-up call: the figures are the
// steady state of a long-running process (entity, article and date records
// cached); the cold first call costs more.
func benchEvents(b *testing.B, st *Store, f Filter) {
	ctx := context.Background()
	n := 0
	if _, err := st.Events(ctx, f); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		evs, err := st.Events(ctx, f)
		if err != nil {
			b.Fatal(err)
		}
		n = len(evs)
	}
	b.ReportMetric(float64(n), "events")
}

func BenchmarkAccusationPairs(b *testing.B) {
	st := benchStore(b)
	ctx := context.Background()
	if _, err := st.AccusationPairs(ctx, 20); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := st.AccusationPairs(ctx, 20); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGizmoTimeline is the fast Gizmo form of an entity timeline
// (SaveOpt, see docs/scale.md).
func BenchmarkGizmoTimeline(b *testing.B) {
	st := benchStore(b)
	ctx := context.Background()
	q := fmt.Sprintf(`g.V("%s").In(["<ng:source>","<ng:target>"]).SaveOpt("<ng:start>","start").SaveOpt("<ng:event_type>","type").SaveOpt("<ng:sentence>","sentence").all()`, quad.StringOf(EntityIRI(bench.typical)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := st.Query(ctx, q, 0, 0); err != nil {
			b.Fatal(err)
		}
	}
}
