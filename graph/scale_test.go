package graph

import (
	"context"
	"reflect"
	"sort"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// genResults returns the ground truth of generated articles [start,
// start+n) of seed.
func genResults(seed int64, start, n int) []extract.Result {
	out := make([]extract.Result, n)
	for i := range out {
		out[i] = corpus.Generate(seed, start+i).Truth
	}
	return out
}

func quadsOf(rs []extract.Result) []quad.Quad {
	var out []quad.Quad
	for _, r := range rs {
		out = append(out, Quads(r)...)
	}
	return out
}

func TestBuckets(t *testing.T) {
	for _, tc := range []struct {
		start, end    string
		months, years []string
	}{
		{"2016-09-26", "2016-09-26", []string{"2016-09"}, nil},
		{"2016-09-26", "", []string{"2016-09"}, nil},
		{"2016-09-26", "2016-10-02", []string{"2016-09", "2016-10"}, nil},
		{"2016-12-26", "2017-01-01", []string{"2016-12", "2017-01"}, nil},
		{"2011-01-01", "2011-12-31", []string{"2011-01", "2011-02", "2011-03", "2011-04", "2011-05", "2011-06", "2011-07", "2011-08", "2011-09", "2011-10", "2011-11", "2011-12"}, nil},
		{"2010-01-01", "2019-12-31", nil, []string{"2010", "2011", "2012", "2013", "2014", "2015", "2016", "2017", "2018", "2019"}},
		{"", "", nil, nil},
		{"garbage", "", nil, nil},
	} {
		m, y := Buckets(tc.start, tc.end)
		if !reflect.DeepEqual(m, tc.months) || !reflect.DeepEqual(y, tc.years) {
			t.Errorf("Buckets(%q, %q) = %v, %v; want %v, %v", tc.start, tc.end, m, y, tc.months, tc.years)
		}
	}
}

// testIndexedQueries checks the indexed paths of Events (entity edges,
// date buckets, both) and EdgePairs against brute force over a generated
// corpus.
func testIndexedQueries(t *testing.T, st *Store, n int) {
	t.Helper()
	ctx := context.Background()
	rs := genResults(11, 0, n)
	for i := 0; i < len(rs); i += 20 {
		if _, err := st.PutArticles(ctx, rs[i:min(i+20, n)]); err != nil {
			t.Fatal(err)
		}
	}
	all, err := st.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	nev := 0
	for _, r := range rs {
		nev += len(r.Events)
	}
	if len(all) != nev {
		t.Fatalf("%d events stored, want %d", len(all), nev)
	}
	ids := func(evs []extract.Event) []string {
		out := []string{}
		for _, e := range evs {
			out = append(out, e.ID)
		}
		sort.Strings(out)
		return out
	}
	brute := func(f Filter) []string {
		var keep []extract.Event
		for _, ev := range all {
			if f.Entity != "" && !matchesAny(ev.Source, f.Entity) && !matchesAny(ev.Target, f.Entity) {
				continue
			}
			if f.From != "" {
				if ev.Date == nil || ev.Date.Start == "" {
					continue
				}
				end := ev.Date.End
				if end == "" {
					end = ev.Date.Start
				}
				if end < f.From || ev.Date.Start > f.To {
					continue
				}
			}
			keep = append(keep, ev)
		}
		return ids(keep)
	}
	for _, f := range []Filter{
		{Entity: "country/RUS"},
		{Entity: "Russia"},
		{Entity: "the Kremlin"},
		{Entity: "usa"},
		{From: "2016-09-01", To: "2016-09-30"},
		{From: "2012-01-01", To: "2013-06-30"},
		{From: "2001-01-01", To: "2030-12-31"},
		{From: "2014-02-10", To: "2014-02-10"},
		{Entity: "country/USA", From: "2015-01-01", To: "2015-12-31"},
	} {
		got, err := st.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if want := brute(f); !reflect.DeepEqual(ids(got), want) {
			t.Errorf("Events(%+v): %d events, brute force %d", f, len(got), len(want))
		}
	}

	// Limit keeps the latest matching events.
	for _, f := range []Filter{{Entity: "country/RUS", Limit: 5}, {Limit: 7, Types: []string{"say"}}} {
		full := f
		full.Limit = 0
		everything, _ := st.Events(ctx, full)
		got, err := st.Events(ctx, f)
		if err != nil || len(got) != f.Limit {
			t.Fatalf("Events(%+v): %d events, %v", f, len(got), err)
		}
		sort.Slice(everything, func(i, j int) bool { return startOf(everything[i]) > startOf(everything[j]) })
		if cut := startOf(everything[f.Limit-1]); startOf(got[len(got)-1]) < cut {
			t.Errorf("Events(%+v) is not the latest: last %s, want ≥ %s", f, startOf(got[len(got)-1]), cut)
		}
	}

	// Pairs against counting the edges each article draws.
	want := map[string]int{}
	for _, r := range rs {
		seen := map[string]bool{}
		for _, ev := range r.Events {
			if ev.Type != "accuse" || ev.Negated {
				continue
			}
			for _, s := range ev.Source {
				for _, o := range ev.Target {
					k := s.ID + " " + o.ID
					if s.ID != o.ID && !seen[k] {
						seen[k] = true
						want[k]++
					}
				}
			}
		}
	}
	pairs, err := st.AccusationPairs(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for i, p := range pairs {
		got[p.Source.ID+" "+p.Target.ID] = p.Count
		if i > 0 && p.Count > pairs[i-1].Count {
			t.Fatalf("pairs not sorted by count: %v", pairs)
		}
		if p.Source.Name == "" || p.Target.Name == "" {
			t.Fatalf("pair entity not resolved: %+v", p)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("pairs: %d pairs, want %d", len(got), len(want))
	}
	top, err := st.AccusationPairs(ctx, 3)
	if err != nil || len(top) != 3 || !reflect.DeepEqual(top, pairs[:3]) {
		t.Fatalf("top 3 pairs: %v %v, want %v", top, err, pairs[:3])
	}
}

func startOf(e extract.Event) string {
	if e.Date == nil {
		return ""
	}
	return e.Date.Start
}

func TestIndexedQueries(t *testing.T) {
	for _, backend := range []string{"memstore", "bolt"} {
		t.Run(backend, func(t *testing.T) { testIndexedQueries(t, openTemp(t, backend), 120) })
	}
}

// TestPutArticlesBatch checks that a batch replaces by label like single
// puts do: stored articles are replaced, fresh ones added, and an article
// given twice keeps its later result.
func TestPutArticlesBatch(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t, "bolt")
	rs := genResults(5, 0, 4)
	if _, err := st.PutArticles(ctx, rs[:3]); err != nil {
		t.Fatal(err)
	}
	shorter := rs[1]
	shorter.Events = shorter.Events[:1]
	first := rs[3]
	first.Events = first.Events[:1]
	if _, err := st.PutArticles(ctx, []extract.Result{shorter, first, rs[3]}); err != nil {
		t.Fatal(err)
	}
	want := len(quadsOf([]extract.Result{rs[0], shorter, rs[2], rs[3]}))
	stats, _ := st.Stats(ctx)
	if int(stats.Quads.Value) != want {
		t.Fatalf("%d quads after batch replace, want %d", stats.Quads.Value, want)
	}
	evs, _ := st.Events(ctx, Filter{})
	if n := len(rs[0].Events) + 1 + len(rs[2].Events) + len(rs[3].Events); len(evs) != n {
		t.Fatalf("%d events, want %d", len(evs), n)
	}
	// An empty batch and a batch with an id-less article.
	if _, err := st.PutArticles(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutArticles(ctx, []extract.Result{{}}); err == nil {
		t.Fatal("article without id accepted")
	}
}

// TestGizmoForms runs the fast Gizmo forms documented in docs/scale.md on
// a generated corpus.
func TestGizmoForms(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t, "memstore")
	rs := genResults(11, 0, 120)
	if _, err := st.PutArticles(ctx, rs); err != nil {
		t.Fatal(err)
	}
	// The busiest month and an accusing entity of the corpus.
	months := map[string]int{}
	accuser, rusMonth := "", ""
	for _, r := range rs {
		for _, ev := range r.Events {
			if ev.Date != nil {
				ms, _ := Buckets(ev.Date.Start, ev.Date.End)
				for _, m := range ms {
					months[m]++
				}
			}
			if ev.Type == "accuse" && accuser == "" {
				accuser = ev.Source[0].ID
			}
			if ev.Date != nil && ev.Source[0].ID == "country/RUS" && rusMonth == "" {
				rusMonth = ev.Date.Start[:7]
			}
		}
	}
	month := ""
	for m, n := range months {
		if month == "" || n > months[month] || n == months[month] && m < month {
			month = m
		}
	}
	ent := quad.StringOf(EntityIRI("country/RUS"))
	for _, q := range []string{
		`g.V("` + ent + `").In(["<ng:source>", "<ng:target>"]).SaveOpt("<ng:start>", "start").SaveOpt("<ng:end>", "end").SaveOpt("<ng:event_type>", "type").SaveOpt("<ng:sentence>", "sentence").all()`,
		`g.V("<month/` + month + `>").In("<ng:in_month>").SaveOpt("<ng:start>", "start").SaveOpt("<ng:event_type>", "type").all()`,
		`g.V("<month/` + rusMonth + `>").In("<ng:in_month>").And(g.V("<entity/country/RUS>").In(["<ng:source>", "<ng:target>"])).SaveOpt("<ng:sentence>", "sentence").all()`,
		`g.V("<pairs/accused>").Out("<ng:pair>").all()`,
		`g.V("` + quad.StringOf(EntityIRI(accuser)) + `").Out("<ng:accused>").Out("<ng:name>").all()`,
	} {
		res, err := st.Query(ctx, q, 1000, 10*time.Second)
		if err != nil || len(res) == 0 {
			t.Errorf("%s: %d results, %v", q, len(res), err)
		}
	}
}
