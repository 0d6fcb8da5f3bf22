package timeline

import (
	"io"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/newsgraph/newsgraph/extract"
)

// ICSOptions name the calendar.
type ICSOptions struct {
	Name string // X-WR-CALNAME, shown by calendar apps; "" for "newsgraph"
}

// WriteICS writes the dated events as an RFC 5545 calendar and returns how
// many undated events it skipped. Every event is all-day: DTSTART is its
// first day and DTEND the day after its last (DTEND is exclusive), so a
// week covers seven days and a year the whole year.
//
// DTSTAMP must be the time the object was created; to keep exports
// reproducible it is the publication date of the event's earliest report
// at 00:00:00 UTC (the day the event entered the record), or its start
// day when the article has no date. UID is the event id at newsgraph, so
// re-importing an export updates events instead of duplicating them.
func WriteICS(w io.Writer, events []extract.Event, opt ICSOptions) (int, error) {
	cal := ics.NewCalendarFor("newsgraph")
	cal.SetProductId("-//newsgraph//newsgraph export//EN")
	cal.SetCalscale("GREGORIAN")
	name := opt.Name
	if name == "" {
		name = "newsgraph"
	}
	cal.SetXWRCalName(name)
	skipped := 0
	for _, e := range events {
		sp, ok := SpanOf(e.Date)
		if !ok {
			skipped++
			continue
		}
		ev := cal.AddEvent(icsUID(e.ID))
		stamp := sp.Start
		if p, err := time.Parse(extract.DateLayout, e.Article.Published); err == nil {
			stamp = p
		}
		ev.SetDtStampTime(stamp)
		ev.SetAllDayStartAt(sp.Start)
		ev.SetAllDayEndAt(sp.End.AddDate(0, 0, 1))
		ev.SetSummary(Headline(e))
		ev.SetDescription(icsDescription(e))
		if e.Article.URL != "" {
			ev.SetURL(e.Article.URL)
		}
		ev.SetTimeTransparency(ics.TransparencyTransparent)
		cats := []string{e.Type}
		if e.Plover != "" {
			cats = append(cats, e.Plover)
		}
		if e.Date.Granularity != "" {
			cats = append(cats, e.Date.Granularity)
		}
		for _, c := range cats {
			ev.AddProperty(ics.ComponentPropertyCategories, c)
		}
		ev.AddProperty(ics.ComponentProperty("X-NEWSGRAPH-GRANULARITY"), e.Date.Granularity)
		if e.Date.Text != "" {
			ev.AddProperty(ics.ComponentProperty("X-NEWSGRAPH-PHRASE"), e.Date.Text)
		}
		if e.Date.Value != "" {
			ev.AddProperty(ics.ComponentProperty("X-NEWSGRAPH-DATE-VALUE"), e.Date.Value)
		}
		if Inferred(e) {
			ev.AddProperty(ics.ComponentProperty("X-NEWSGRAPH-DATE-FROM"), e.DateFrom)
		}
	}
	return skipped, cal.SerializeTo(w, ics.WithNewLineWindows)
}

// icsUID makes the globally unique UID of an event.
func icsUID(id string) string { return slug(id) + "@newsgraph" }

func icsDescription(e extract.Event) string {
	var b strings.Builder
	b.WriteString(e.Sentence)
	if e.Quote != "" {
		b.WriteString("\n\n“" + e.Quote + "”")
	}
	if n := DateNote(e.Date); n != "" {
		b.WriteString("\n\nDate as written: " + n + ", " + DisplayDate(e.Date))
	}
	if a := AboutNote(e); a != "" {
		b.WriteString("\n\nAbout: " + a)
	}
	for _, a := range Reports(e) {
		b.WriteString("\n\nSource: ")
		if a.Title != "" {
			b.WriteString(a.Title)
		} else {
			b.WriteString(a.ID)
		}
		if a.Source != "" {
			b.WriteString(" (" + a.Source + ")")
		}
		if a.Published != "" {
			b.WriteString(", " + a.Published)
		}
		if a.URL != "" {
			b.WriteString(" " + a.URL)
		}
	}
	return b.String()
}
