package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// The reference article (Deutsche Welle, published Monday 2016-09-26),
// ingested and queried through the CLI's JSON, as issue 2 states its facts.
func TestReferenceArticleEndToEnd(t *testing.T) {
	art := repoFile(t, "testdata/articles/dw-2016-09-26-kremlin-syria.md")
	chdir(t)
	mustRun(t, "--db", "db", "ingest", art)

	claims := decode[[]extract.Event](t, mustRun(t, "--db", "db", "claims", "--type", "accuse", "--format", "json"))
	for _, src := range []string{"USA", "GBR"} {
		if !slices.ContainsFunc(claims, func(e extract.Event) bool {
			return countries(e.Source) == src && strings.Contains(countries(e.Target), "RUS")
		}) {
			t.Errorf("no separate accusation %s → RUS in %s", src, summary(claims))
		}
	}

	all := decode[[]extract.Event](t, mustRun(t, "--db", "db", "timeline", "--format", "json"))
	find := func(desc string, ok func(extract.Event) bool) *extract.Event {
		t.Helper()
		for i := range all {
			if ok(all[i]) {
				return &all[i]
			}
		}
		t.Errorf("no event: %s\nhave:\n%s", desc, summary(all))
		return nil
	}
	dated := func(e extract.Event, start, end, gran string) bool {
		return e.Date != nil && e.Date.Start == start && e.Date.End == end && e.Date.Granularity == gran
	}

	find("Russia criticizes the US and the UK on 2016-09-26", func(e extract.Event) bool {
		return e.Type == "criticize" && countries(e.Source) == "RUS" &&
			strings.Contains(countries(e.Target), "USA") && strings.Contains(countries(e.Target), "GBR") &&
			dated(e, "2016-09-26", "2016-09-26", "day")
	})
	speaker := func(name, country, role string) {
		find(name+" speaks", func(e extract.Event) bool {
			return e.Type == "say" && slices.ContainsFunc(e.Source, func(s extract.Entity) bool {
				return s.Name == name && s.Kind == "person" && s.Country == country && strings.Contains(s.Role, role)
			})
		})
	}
	speaker("Dmitry Peskov", "RUS", "spokes")
	speaker("Boris Johnson", "GBR", "foreign minister")
	speaker("Walid al-Moallem", "SYR", "foreign minister")
	find("Ban Ki-moon condemns the assault", func(e extract.Event) bool {
		return e.Type == "condemn" && slices.ContainsFunc(e.Source, func(s extract.Entity) bool { return s.Name == "Ban Ki-moon" })
	})
	find("SOHR reports 120+ killed on 2016-09-26", func(e extract.Event) bool {
		return e.Type == "report" && strings.Contains(e.Sentence, "120") && dated(e, "2016-09-26", "2016-09-26", "day") &&
			slices.ContainsFunc(e.Source, func(s extract.Entity) bool { return strings.Contains(s.Name, "Syrian Observatory") })
	})
	find("the assault on Aleppo on Thursday 2016-09-22", func(e extract.Event) bool {
		return e.Type == "attack" && dated(e, "2016-09-22", "2016-09-22", "day") && e.Date.Text != ""
	})
	for _, what := range []string{"convoy", "ceasefire"} {
		find(what+" last week (2016-W38)", func(e extract.Event) bool {
			return strings.Contains(e.Sentence, what) && dated(e, "2016-09-19", "2016-09-25", "week") && e.Date.Value == "2016-W38"
		})
	}
	find("the conflict erupting in 2011", func(e extract.Event) bool {
		return dated(e, "2011-01-01", "2011-12-31", "year") && e.Date.Value == "2011"
	})

	// Dates that carry no event of their own are still resolved.
	res := decode[extract.Result](t, mustRun(t, "extract", "--format", "json", art))
	for _, want := range []extract.Date{
		{Text: "December 8", Value: "2015-12-08", Start: "2015-12-08", End: "2015-12-08", Granularity: "day"},
		{Text: "this weekend", Start: "2016-10-01", End: "2016-10-02", Granularity: "weekend"},
	} {
		if !slices.ContainsFunc(res.Dates, func(d extract.Date) bool {
			return strings.Contains(d.Text, want.Text) && d.Start == want.Start && d.End == want.End && d.Granularity == want.Granularity &&
				(want.Value == "" || d.Value == want.Value)
		}) {
			t.Errorf("date %q not resolved to %s..%s (%s): %+v", want.Text, want.Start, want.End, want.Granularity, res.Dates)
		}
	}

	// Page noise yields nothing.
	ents := decode[[]extract.Entity](t, mustRun(t, "--db", "db", "entities", "--format", "json"))
	for _, e := range ents {
		if strings.Contains(e.Name, "McElvaney") || strings.Contains(e.Name, "ProjectRefugeeCameras") {
			t.Errorf("entity from a photo credit: %+v", e)
		}
	}
	for _, e := range all {
		for _, noise := range []string{"Advertisement", "00:49", "Image:"} {
			if strings.Contains(e.Sentence, noise) {
				t.Errorf("event from page noise %q: %+v", noise, e)
			}
		}
	}

	// Re-ingesting replaces instead of duplicating.
	mustRun(t, "--db", "db", "ingest", art)
	again := decode[[]extract.Event](t, mustRun(t, "--db", "db", "timeline", "--format", "json"))
	if len(again) != len(all) {
		t.Errorf("re-ingest changed the timeline: %d events, then %d", len(all), len(again))
	}
}

func countries(es []extract.Entity) string {
	var cs []string
	for _, e := range es {
		cs = append(cs, e.Country)
	}
	slices.Sort(cs)
	return strings.Join(slices.Compact(cs), ",")
}

func summary(evs []extract.Event) string {
	var b strings.Builder
	for _, e := range evs {
		d := "-"
		if e.Date != nil {
			d = e.Date.Value + "/" + e.Date.Granularity
		}
		b.WriteString("  " + e.Type + " " + countries(e.Source) + "→" + countries(e.Target) + " " + d + ": " + clipped(e.Sentence) + "\n")
	}
	return b.String()
}

func clipped(s string) string {
	if len(s) > 70 {
		return s[:70] + "…"
	}
	return s
}
