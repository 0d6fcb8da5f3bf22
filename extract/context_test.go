package extract

import (
	"fmt"
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
// report (Friday, the day before publication), later sentences give no
// date.
func TestInferDates(t *testing.T) {
	text := "MOSCOW (AP) _ Russia accused Ukraine on Friday of shelling Donetsk.\n\n" +
		"The Kremlin said Kyiv was to blame.\n\n" +
		"Ukraine will reject the claims, officials said.\n\n" +
		"In 2014, Russia annexed Crimea. Ukraine denounced the annexation."
	art := Article{ID: "a", Published: time.Date(2016, 9, 24, 0, 0, 0, 0, time.UTC), Text: text}
	// trigger@offset -> value and date_from
	dates := func(res Result) map[string]string {
		m := map[string]string{}
		for _, ev := range res.Events {
			k := fmt.Sprintf("%s@%d", text[ev.TriggerStart:ev.TriggerEnd], ev.TriggerStart)
			switch {
			case ev.Date == nil && ev.DateFrom != "" || ev.Date != nil && ev.DateFrom == "":
				t.Errorf("%s: date %v with date_from %q", k, ev.Date, ev.DateFrom)
			case ev.Date != nil:
				m[k] = ev.Date.Value + " " + ev.DateFrom
			default:
				m[k] = "undated"
			}
		}
		return m
	}
	check := func(name string, got, want map[string]string) {
		t.Helper()
		for k, w := range want {
			if got[k] != w {
				t.Errorf("%s: %s is %q, want %q (all: %v)", name, k, got[k], w, got)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: events %v, want %v", name, got, want)
		}
	}
	base := New().Extract(art)
	check("none", dates(base), map[string]string{
		"accused@21": "2016-09-23 text", "said@81": "undated", "blame@98": "undated", "reject@119": "undated",
		"said@148": "undated", "annexed@171": "2014 text", "denounced@195": "undated",
	})
	// story-day: statements in the past or present take the story's day
	// (Friday, from the lede); the future and the infinitive stay
	// undated; so does an act (even a verbal one, denounced) in a
	// paragraph that has moved to 2014
	storyDay := map[string]string{
		"accused@21": "2016-09-23 text", "said@81": "2016-09-23 context", "blame@98": "undated", "reject@119": "undated",
		"said@148": "2016-09-23 context", "annexed@171": "2014 text", "denounced@195": "undated",
	}
	sd := New(WithContextDates(PolicyStoryDay)).Extract(art)
	check("story-day", dates(sd), storyDay)
	for i := range sd.Events {
		if sd.Events[i].ID != base.Events[i].ID {
			t.Errorf("inferred date changed the event id %s -> %s", base.Events[i].ID, sd.Events[i].ID)
		}
	}
	run := func(p string) map[string]string {
		r := base
		r.Events = append([]Event(nil), base.Events...)
		InferDates(&r, text, p)
		return dates(r)
	}
	check("story-day again", run(PolicyStoryDay), storyDay)
	silent := run(PolicyStoryDaySilent)
	if silent["denounced@195"] != "2016-09-23 context" {
		t.Errorf("story-day-silent: denounced %q", silent["denounced@195"])
	}
	pub := run(PolicyPublication)
	if pub["said@81"] != "2016-09-24 publication" || pub["accused@21"] != "2016-09-23 text" {
		t.Errorf("publication: %v", pub)
	}
	// no day in the week up to publication: the story's day is the
	// publication date, marked so
	old := art
	old.Text = strings.Replace(text, "on Friday", "in 2015", 1)
	text = old.Text
	r := New(WithContextDates(PolicyStoryDay)).Extract(old)
	if len(r.Events) < 2 || r.Events[1].Date == nil || r.Events[1].Date.Value != "2016-09-24" || r.Events[1].DateFrom != DateFromPublication {
		t.Errorf("no story day: %+v", r.Events)
	}
	for _, n := range []string{"none", "story-day"} {
		if _, ok := UserPolicy(n); !ok {
			t.Errorf("UserPolicy(%q) unknown", n)
		}
	}
	if _, ok := UserPolicy("story-day-silent"); ok {
		t.Error("a measuring policy is offered to users")
	}
}
