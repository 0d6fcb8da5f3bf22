package graph

import (
	"context"
	"reflect"
	"sort"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestRecordMatchesQuads checks that an event read from its ng:record is
// the event its fine-grained quads give, on the sample article and on 300
// generated ones (dates, about-dates, quotes, negations, several sources).
func TestRecordMatchesQuads(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t, "bolt")
	if _, err := st.PutArticle(ctx, sampleResult("a1")); err != nil {
		t.Fatal(err)
	}
	if _, err := st.PutArticles(ctx, genResults(5, 0, 300)); err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) < 500 {
		t.Fatalf("only %d events", len(evs))
	}
	for _, rec := range evs {
		st.fromQuads = true
		q, err := st.newReader(ctx).event(EventIRI(rec.ID))
		st.fromQuads = false
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(rec, q) {
			t.Fatalf("event %s:\nrecord %+v\nquads  %+v", rec.ID, rec, q)
		}
	}
}

// TestLatestFromTimelineBuckets checks the latest-N answer read from the
// entity timeline buckets against the full timeline: the same number of
// events, each one of the entity's, and the same dates as the N latest of
// the full list (ties may pick different events of the same dates).
func TestLatestFromTimelineBuckets(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t, "bolt")
	if _, err := st.PutArticles(ctx, genResults(7, 0, 400)); err != nil {
		t.Fatal(err)
	}
	cases := []Filter{
		{Entity: "USA", Limit: 1}, {Entity: "USA", Limit: 50}, {Entity: "country/RUS", Limit: 20},
		{Source: "USA", Limit: 10}, {Target: "RUS", Limit: 10, Types: []string{"accuse", "criticize"}},
		{Entity: "USA", Limit: 15, Claims: true}, {Entity: "RUS", Limit: 100000},
	}
	evs, err := st.Events(ctx, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	// and a person with a few events: the fallback for short timelines
	for _, ev := range evs {
		if len(ev.Source) == 1 && ev.Source[0].Kind == extract.KindPerson {
			cases = append(cases, Filter{Entity: ev.Source[0].ID, Limit: 3})
			break
		}
	}
	for _, f := range cases {
		got, err := st.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		all := f
		all.Limit = 0
		full, err := st.Events(ctx, all)
		if err != nil {
			t.Fatal(err)
		}
		sort.SliceStable(full, func(i, j int) bool { return dateKey(full[i]) > dateKey(full[j]) })
		want := full[:min(f.Limit, len(full))]
		if len(got) != len(want) {
			t.Fatalf("%+v: %d events, want %d", f, len(got), len(want))
		}
		ids := map[string]bool{}
		for _, ev := range full {
			ids[ev.ID] = true
		}
		var gd, wd []string
		for i := range got {
			if !ids[got[i].ID] {
				t.Fatalf("%+v: %s is not in the full timeline", f, got[i].ID)
			}
			gd, wd = append(gd, dateKey(got[i])), append(wd, dateKey(want[i]))
		}
		sort.Strings(gd)
		sort.Strings(wd)
		if !reflect.DeepEqual(gd, wd) {
			t.Fatalf("%+v: dates\n%v\nwant\n%v", f, gd, wd)
		}
	}
}

// dateKey orders events latest first as Filter.Limit does; undated ones
// are the oldest.
func dateKey(ev extract.Event) string {
	if ev.Date == nil || ev.Date.Start == "" {
		return ""
	}
	return ev.Date.Start + "/" + ev.Date.End
}

// TestLatestOutsideBucketYears covers the ends of the bucket walk: an
// event after LastTimelineYear ("later" bucket) is the latest; one before
// FirstTimelineYear and an undated one come back through the fallback.
func TestLatestOutsideBucketYears(t *testing.T) {
	ctx := context.Background()
	st := openTemp(t, "bolt")
	res := sampleResult("a1")
	day := func(s string) *extract.Date {
		return &extract.Date{Text: s, Value: s, Start: s, End: s, Granularity: "day"}
	}
	far, old := res.Events[1], res.Events[1]
	far.ID, far.Date, far.Offset = "a1-far", day("2350-01-02"), 100
	old.ID, old.Date, old.Offset = "a1-old", day("1815-06-18"), 120
	res.Events = append(res.Events, far, old)
	if _, err := st.PutArticle(ctx, res); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		limit int
		want  []string
	}{
		{1, []string{"a1-far"}},
		{2, []string{"a1-far", "a1-2"}},
		{4, []string{"a1-far", "a1-2", "a1-old", "a1-1"}}, // a1-1 is undated
	} {
		evs, err := st.Events(ctx, Filter{Entity: "RUS", Limit: c.limit})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range evs {
			got = append(got, ev.ID)
		}
		sort.Strings(got)
		want := append([]string{}, c.want...)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("limit %d: %v, want %v", c.limit, got, want)
		}
	}
}
