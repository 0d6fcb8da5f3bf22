package timeline

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// inferredEvents: one date from the sentence, one from context (the
// story's day, "Friday" in the lede), one the publication date.
func inferredEvents() []extract.Event {
	art := extract.ArticleRef{ID: "a1", Published: "2016-09-24"}
	fri := &extract.Date{Text: "Friday", Value: "2016-09-23", Start: "2016-09-23", End: "2016-09-23", Granularity: "day", Offset: 30}
	pub := &extract.Date{Value: "2016-09-24", Start: "2016-09-24", End: "2016-09-24", Granularity: "day", Offset: -1}
	rus := []extract.Entity{{ID: "country/RUS", Name: "Russia", Kind: "country", Country: "RUS"}}
	return []extract.Event{
		{ID: "e1", Type: "accuse", Cameo: "112", Source: rus, Date: fri, DateFrom: extract.DateFromText, Sentence: "Russia accused Ukraine on Friday.", Article: art},
		{ID: "e2", Type: "say", Cameo: "010", Source: rus, Date: fri, DateFrom: extract.DateFromContext, Sentence: "The Kremlin said Kyiv was to blame.", Article: art},
		{ID: "e3", Type: "say", Cameo: "010", Source: rus, Date: pub, DateFrom: extract.DateFromPublication, Sentence: "Moscow says it will respond.", Article: art},
		{ID: "e4", Type: "say", Cameo: "010", Source: rus, Sentence: "Russia will say more.", Article: art},
	}
}

// TestInferredDateExports: every export says which dates are inferred.
func TestInferredDateExports(t *testing.T) {
	evs := inferredEvents()
	var b bytes.Buffer
	if err := WriteCSV(&b, evs); err != nil {
		t.Fatal(err)
	}
	csv := b.String()
	for _, s := range []string{
		"start,end,granularity,date_text,date_value,date_from,type,",
		"2016-09-23,2016-09-23,day,Friday,2016-09-23,text,accuse,",
		"2016-09-23,2016-09-23,day,Friday,2016-09-23,context,say,",
		"2016-09-24,2016-09-24,day,,2016-09-24,publication,say,",
		",,,,,,say,",
	} {
		if !strings.Contains(csv, s) {
			t.Errorf("CSV lacks %q:\n%s", s, csv)
		}
	}
	b.Reset()
	if err := WriteTable(&b, evs); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"(context: Friday)", "(publication date)", "(undated)"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("table lacks %q:\n%s", s, b.String())
		}
	}
	b.Reset()
	if _, err := WriteICS(&b, evs, ICSOptions{}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(b.String(), "X-NEWSGRAPH-DATE-FROM:"); n != 2 || !strings.Contains(b.String(), "X-NEWSGRAPH-DATE-FROM:context") {
		t.Errorf("ICS has %d X-NEWSGRAPH-DATE-FROM, want 2 (context, publication):\n%s", n, b.String())
	}
	b.Reset()
	if err := WriteHTML(&b, evs, "t"); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"inferred":"inferred from context (`, `"inferred":"inferred: publication date"`} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("HTML lacks %s", s)
		}
	}
	descs := map[string]string{}
	for _, f := range FtMEntities(evs) {
		if d := f.Properties["description"]; f.Schema == "Event" && len(d) > 0 {
			descs[f.Properties["recordId"][0]] = d[0]
		}
	}
	for id, want := range map[string]string{
		"e1": "Date as written: \"Friday\"",
		"e2": "Date inferred from context (\u201cFriday\u201d), ",
		"e3": "Date inferred: publication date, ",
	} {
		if !strings.Contains(descs[id], want) {
			t.Errorf("FtM description of %s lacks %q:\n%s", id, want, descs[id])
		}
	}
	if strings.Contains(descs["e2"], "as written") || strings.Contains(descs["e3"], "as written") {
		t.Errorf("FtM passes an inferred date off as written: %q / %q", descs["e2"], descs["e3"])
	}
	if got := displayInferred(evs[2]); !strings.HasSuffix(got, " (inferred: publication date)") {
		t.Errorf("TimelineJS display date %q", got)
	}
	if InferredNote(evs[0]) != "" || InferredNote(evs[3]) != "" || !Inferred(evs[1]) {
		t.Error("Inferred/InferredNote wrong on a text date or an undated event")
	}
}
