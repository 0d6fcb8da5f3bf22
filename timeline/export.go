package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
)

// Export formats, the values of `newsgraph export --format`. Each is
// described, with an example, in docs/exports.md.
const (
	FormatJSONL         = "jsonl"
	FormatCSV           = "csv"
	FormatTimelineJS    = "timelinejs"
	FormatTimelineJSCSV = "timelinejs-csv"
	FormatTimesketch    = "timesketch"
	FormatICS           = "ics"
	FormatGEXF          = "gexf"
	FormatGraphML       = "graphml"
	FormatFtM           = "ftm"
	FormatNQuads        = "nquads"
	FormatHTML          = "html"
)

// ExportFormats lists the export formats in the order the CLI shows them.
var ExportFormats = []string{
	FormatJSONL, FormatCSV, FormatTimelineJS, FormatTimelineJSCSV, FormatTimesketch,
	FormatICS, FormatGEXF, FormatGraphML, FormatFtM, FormatNQuads, FormatHTML,
}

// Span is the calendar interval of a date: first and last day, inclusive.
type Span struct {
	Start, End time.Time
}

// Days is the number of days the span covers.
func (s Span) Days() int { return int(s.End.Sub(s.Start).Hours()/24) + 1 }

// SpanOf returns the interval a date denotes, and false when it denotes
// none: no date, a duration, a set or a vague reference, or a malformed
// start. A missing end means a single day.
func SpanOf(d *extract.Date) (Span, bool) {
	if d == nil || d.Start == "" {
		return Span{}, false
	}
	s, err := time.Parse(extract.DateLayout, d.Start)
	if err != nil {
		return Span{}, false
	}
	e := s
	if d.End != "" {
		if e, err = time.Parse(extract.DateLayout, d.End); err != nil || e.Before(s) {
			e = s
		}
	}
	return Span{Start: s, End: e}, true
}

// Dated reports whether an event has a calendar interval.
func Dated(e extract.Event) bool {
	_, ok := SpanOf(e.Date)
	return ok
}

// DisplayDate is a human label for a date that keeps its granularity:
// "26 Sep 2016", "week of 19 Sep 2016", "weekend of 24–25 Sep 2016",
// "Sep 2016", "2011", or the interval for anything else.
func DisplayDate(d *extract.Date) string {
	sp, ok := SpanOf(d)
	if !ok {
		return ""
	}
	const day = "2 Jan 2006"
	switch d.Granularity {
	case extract.GranDay, extract.GranTime:
		return sp.Start.Format(day)
	case extract.GranWeek:
		return "week of " + sp.Start.Format(day)
	case extract.GranWeekend:
		if sp.Start.Month() == sp.End.Month() {
			return fmt.Sprintf("weekend of %d–%s", sp.Start.Day(), sp.End.Format(day))
		}
		return "weekend of " + sp.Start.Format(day) + " – " + sp.End.Format(day)
	case extract.GranMonth:
		return sp.Start.Format("Jan 2006")
	case extract.GranYear:
		return sp.Start.Format("2006")
	case extract.GranDecade:
		return sp.Start.Format("2006") + "s"
	}
	switch {
	case sp.Days() == 1:
		return sp.Start.Format(day)
	case yearAligned(sp):
		if sp.Start.Year() == sp.End.Year() {
			return sp.Start.Format("2006")
		}
		return sp.Start.Format("2006") + "–" + sp.End.Format("2006")
	case monthAligned(sp):
		if sp.Start.Year() == sp.End.Year() && sp.Start.Month() == sp.End.Month() {
			return sp.Start.Format("Jan 2006")
		}
		return sp.Start.Format("Jan 2006") + " – " + sp.End.Format("Jan 2006")
	}
	return sp.Start.Format(day) + " – " + sp.End.Format(day)
}

// monthAligned reports whether a span starts on the first of a month and
// ends on the last day of a month.
func monthAligned(sp Span) bool {
	return sp.Start.Day() == 1 && sp.End.AddDate(0, 0, 1).Day() == 1
}

// yearAligned reports whether a span is made of whole calendar years.
func yearAligned(sp Span) bool {
	return monthAligned(sp) && sp.Start.Month() == time.January && sp.End.Month() == time.December
}

// DateNote is the date as written with how it was resolved, for the text
// of formats that have no field for it: `"last week" (week 2016-W38)`.
func DateNote(d *extract.Date) string {
	if d == nil {
		return ""
	}
	var b strings.Builder
	if d.Text != "" {
		fmt.Fprintf(&b, "%q", d.Text)
	}
	var res []string
	if d.Granularity != "" {
		res = append(res, d.Granularity)
	}
	if d.Value != "" {
		res = append(res, d.Value)
	}
	if len(res) > 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString("(" + strings.Join(res, " ") + ")")
	}
	return b.String()
}

// AboutNote says what date a claim is about, when the text gives one apart
// from the claim's own: `19 Sep 2016 ("on Monday night")`; "" otherwise.
func AboutNote(e extract.Event) string {
	if e.About == nil {
		return ""
	}
	s := DisplayDate(e.About)
	if s == "" {
		s = e.About.Value
	}
	if e.About.Text != "" {
		s += fmt.Sprintf(" (%q)", e.About.Text)
	}
	return s
}

// Headline says in a few words who did what to whom:
// "United States, United Kingdom accused Russia", "Dmitry Peskov said",
// "Russia did not deny United States".
func Headline(e extract.Event) string {
	verb := e.Type
	if t, ok := extract.LookupEventType(e.Type); ok {
		verb = strings.ReplaceAll(t.Edge, "_", " ")
	}
	if e.Negated {
		verb = "did not " + e.Type
	}
	src := joinNames(e.Source)
	if src == "" {
		src = "Someone"
	}
	h := src + " " + verb
	if tgt := joinNames(e.Target); tgt != "" {
		h += " " + tgt
	}
	return h
}

func joinNames(es []extract.Entity) string {
	out := make([]string, 0, len(es))
	for _, e := range es {
		out = append(out, e.Name)
	}
	return strings.Join(out, ", ")
}

// Reports lists every article that reports an event, the event's own
// article first.
func Reports(e extract.Event) []extract.ArticleRef {
	out := []extract.ArticleRef{e.Article}
	for _, a := range e.Articles {
		if a.ID != e.Article.ID {
			out = append(out, a)
		}
	}
	return out
}

var unsafeID = regexp.MustCompile(`[^A-Za-z0-9_-]+`)

// slug makes an identifier safe for HTML ids, XML names and URLs.
func slug(s string) string {
	s = strings.Trim(unsafeID.ReplaceAllString(s, "-"), "-")
	if s == "" {
		return "x"
	}
	return s
}

// WriteJSONL writes one event per line as JSON, exactly the data model:
// the lossless, canonical export.
func WriteJSONL(w io.Writer, events []extract.Event) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range events {
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	return nil
}

// ReadJSONL reads events written by WriteJSONL.
func ReadJSONL(r io.Reader) ([]extract.Event, error) {
	dec := json.NewDecoder(r)
	var out []extract.Event
	for line := 1; dec.More(); line++ {
		var e extract.Event
		if err := dec.Decode(&e); err != nil {
			return out, fmt.Errorf("jsonl record %d: %w", line, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// UTF8BOM is the byte order mark Excel needs to read a CSV file as UTF-8.
const UTF8BOM = "\ufeff"

// WriteCSVBOM writes the timeline CSV preceded by a UTF-8 byte order mark.
func WriteCSVBOM(w io.Writer, events []extract.Event) error {
	if _, err := io.WriteString(w, UTF8BOM); err != nil {
		return err
	}
	return WriteCSV(w, events)
}
