package extract

import (
	"strings"
	"testing"
	"time"
)

// TestEventTense checks the tense read off a trigger and its auxiliaries.
func TestEventTense(t *testing.T) {
	for _, c := range []struct{ sent, trig, want string }{
		{"Russia accused Ukraine of shelling.", "accused", tensePast},
		{"The rebels were attacked near Aleppo.", "attacked", tensePast},
		{"The minister told reporters in Kyiv.", "told", tensePast},
		{"Exiles say the boy should stay.", "say", tensePresent},
		{"The ministry says it will respond.", "says", tensePresent},
		{"His uncle is fighting to keep him.", "fighting", tensePresent},
		{"She has pleaded innocent.", "pleaded", tensePerfect},
		{"They have also been urged to leave.", "urged", tensePerfect},
		{"He had threatened to resign.", "threatened", tensePastPerfect},
		{"Iran will retaliate against Israel.", "retaliate", tenseIrrealis},
		{"The leaders plan to meet in Geneva.", "meet", tenseIrrealis},
		{"Albright's visit to East Africa was planned.", "visit", tenseOther},
		{"The investigation continues.", "investigation", tenseOther},
	} {
		i := strings.Index(c.sent, c.trig)
		ev := Event{Sentence: c.sent, TriggerStart: i, TriggerEnd: i + len(c.trig)}
		if got := eventTense(c.sent, ev); got != c.want {
			t.Errorf("%q %q: tense %s, want %s", c.sent, c.trig, got, c.want)
		}
	}
}

// TestInferDates runs the policies on a wire story: the lede dates the
// report (Friday), later sentences give no date.
func TestInferDates(t *testing.T) {
	text := "MOSCOW (AP) _ Russia accused Ukraine on Friday of shelling Donetsk.\n\n" +
		"The Kremlin said Kyiv was to blame.\n\n" +
		"Ukraine will reject the claims, officials said.\n\n" +
		"In 2014, Russia annexed Crimea. Ukraine denounced the annexation."
	pub := time.Date(2016, 9, 24, 0, 0, 0, 0, time.UTC)
	res := New().Extract(Article{ID: "a", Published: pub, Text: text})
	type got struct{ date, from string }
	run := func(p string) map[string]got {
		r := res
		r.Events = append([]Event(nil), res.Events...)
		InferDates(&r, text, p)
		m := map[string]got{}
		for _, ev := range r.Events {
			trig := text[ev.TriggerStart:ev.TriggerEnd]
			g := got{from: ev.DateFrom}
			if ev.Date != nil {
				g.date = ev.Date.Value
			}
			if ev.Date == nil && ev.DateFrom != "" || ev.Date != nil && ev.DateFrom == "" {
				t.Errorf("%s %s: date %v with date_from %q", p, trig, ev.Date, ev.DateFrom)
			}
			m[trig] = g
		}
		return m
	}
	for _, ev := range res.Events {
		if ev.DateFrom != "" {
			t.Errorf("Extract set date_from %q without a policy", ev.DateFrom)
		}
	}
	none := run(PolicyNone)
	if g := none["accused"]; g != (got{"2016-09-23", DateFromText}) {
		t.Errorf("none: accused %+v", g)
	}
	if g := none["said"]; g != (got{}) {
		t.Errorf("none: said %+v", g)
	}
	sd := run(PolicyStoryDaySilent)
	for trig, want := range map[string]got{
		"accused":   {"2016-09-23", DateFromText},    // its own date, untouched
		"said":      {"2016-09-23", DateFromContext}, // the story's day
		"denounced": {},                              // its sentence is silent, but 2014 ...
		"annexed":   {"2014", DateFromText},
	} {
		if trig == "denounced" {
			continue // the coder may or may not code it; not the point here
		}
		if g := sd[trig]; g != want {
			t.Errorf("story-day-silent: %s %+v, want %+v", trig, g, want)
		}
	}
	if _, ok := sd["reject"]; ok && sd["reject"].date != "" {
		t.Errorf("story-day-silent dated a future act: %+v", sd["reject"])
	}
	if g := run(PolicyPublication)["said"]; g != (got{"2016-09-24", DateFromPublication}) {
		t.Errorf("publication: said %+v", g)
	}
}
