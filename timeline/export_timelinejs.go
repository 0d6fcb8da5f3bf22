package timeline

import (
	"encoding/csv"
	"encoding/json"
	"html"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
)

// TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html).

// TLDate is a TimelineJS date. Only the parts the granularity knows are
// set: a year is {year}, a month {year, month}, a day {year, month, day}.
type TLDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

// TLText is a slide's headline and HTML text.
type TLText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

// TLEvent is one TimelineJS slide.
type TLEvent struct {
	StartDate   TLDate  `json:"start_date"`
	EndDate     *TLDate `json:"end_date,omitempty"`
	Text        TLText  `json:"text"`
	Group       string  `json:"group,omitempty"`
	DisplayDate string  `json:"display_date,omitempty"`
	UniqueID    string  `json:"unique_id"`
}

// TLTimeline is the document TimelineJS reads.
type TLTimeline struct {
	Title  *TLTitle  `json:"title,omitempty"`
	Events []TLEvent `json:"events"`
}

// TLTitle is the title slide.
type TLTitle struct {
	Text TLText `json:"text"`
}

// TimelineJSEvents converts the dated events to TimelineJS slides, in the
// order given, and returns how many undated events it skipped.
func TimelineJSEvents(events []extract.Event) ([]TLEvent, int) {
	out := []TLEvent{}
	skipped := 0
	seen := map[string]int{}
	for _, e := range events {
		sp, ok := SpanOf(e.Date)
		if !ok {
			skipped++
			continue
		}
		start, end := tlDates(sp, e.Date.Granularity)
		id := "ng-" + slug(e.ID)
		if n := seen[id]; n > 0 {
			seen[id]++
			id += "-" + strconv.Itoa(n+1)
		} else {
			seen[id] = 1
		}
		out = append(out, TLEvent{
			StartDate:   start,
			EndDate:     end,
			Text:        TLText{Headline: html.EscapeString(Headline(e)), Text: slideHTML(e)},
			Group:       e.Type,
			DisplayDate: displayInferred(e),
			UniqueID:    id,
		})
	}
	return out, skipped
}

// tlDates sets only the parts of a date its granularity knows, so that
// TimelineJS shows "2011" for a year and "September 2016" for a month, and
// draws a week as the seven days it covers.
func tlDates(sp Span, gran string) (TLDate, *TLDate) {
	day := func(t time.Time) TLDate { return TLDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day()} }
	switch {
	case sp.Days() == 1 || gran == extract.GranDay || gran == extract.GranTime:
		return day(sp.Start), nil
	case yearAligned(sp):
		s := TLDate{Year: sp.Start.Year()}
		if sp.End.Year() == sp.Start.Year() {
			return s, nil
		}
		return s, &TLDate{Year: sp.End.Year()}
	case monthAligned(sp):
		s := TLDate{Year: sp.Start.Year(), Month: int(sp.Start.Month())}
		if sp.End.Year() == sp.Start.Year() && sp.End.Month() == sp.Start.Month() {
			return s, nil
		}
		return s, &TLDate{Year: sp.End.Year(), Month: int(sp.End.Month())}
	}
	e := day(sp.End)
	return day(sp.Start), &e
}

// slideHTML is the text of a slide: the sentence, the quote, the date as
// written and the reporting articles, HTML-escaped.
func slideHTML(e extract.Event) string {
	var b strings.Builder
	b.WriteString("<p>" + html.EscapeString(e.Sentence) + "</p>")
	if e.Quote != "" {
		b.WriteString("<blockquote>" + html.EscapeString(e.Quote) + "</blockquote>")
	}
	if n := DateNote(e.Date); n != "" {
		b.WriteString("<p>Date as written: " + html.EscapeString(n) + "</p>")
	}
	if a := AboutNote(e); a != "" {
		b.WriteString("<p>About: " + html.EscapeString(a) + "</p>")
	}
	var links []string
	for _, a := range Reports(e) {
		name := a.Title
		if name == "" {
			name = a.ID
		}
		if a.Source != "" {
			name += " (" + a.Source + ")"
		}
		if a.Published != "" {
			name += ", " + a.Published
		}
		name = html.EscapeString(name)
		if a.URL != "" {
			name = `<a href="` + html.EscapeString(a.URL) + `">` + name + `</a>`
		}
		links = append(links, name)
	}
	b.WriteString("<p>Source: " + strings.Join(links, "; ") + "</p>")
	return b.String()
}

// WriteTimelineJS writes a TimelineJS3 JSON document of the dated events,
// with a title slide when title is not empty, and returns how many
// undated events it skipped.
func WriteTimelineJS(w io.Writer, events []extract.Event, title string) (int, error) {
	evs, skipped := TimelineJSEvents(events)
	doc := TLTimeline{Events: evs}
	if title != "" {
		doc.Title = &TLTitle{Text: TLText{Headline: html.EscapeString(title)}}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return skipped, enc.Encode(doc)
}

// TimelineJSCSVHeader is the column row of the TimelineJS Google sheet
// template, exactly.
var TimelineJSCSVHeader = []string{
	"Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time",
	"Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
	"Media Thumbnail", "Type", "Group", "Background",
}

// WriteTimelineJSCSV writes the dated events in the columns of the
// TimelineJS Google sheet template, to paste into a copy of the template,
// and returns how many undated events it skipped.
func WriteTimelineJSCSV(w io.Writer, events []extract.Event) (int, error) {
	evs, skipped := TimelineJSEvents(events)
	cw := csv.NewWriter(w)
	if err := cw.Write(TimelineJSCSVHeader); err != nil {
		return skipped, err
	}
	part := func(n int) string {
		if n == 0 {
			return ""
		}
		return strconv.Itoa(n)
	}
	for _, e := range evs {
		row := make([]string, len(TimelineJSCSVHeader))
		row[0], row[1], row[2] = part(e.StartDate.Year), part(e.StartDate.Month), part(e.StartDate.Day)
		if e.EndDate != nil {
			row[4], row[5], row[6] = part(e.EndDate.Year), part(e.EndDate.Month), part(e.EndDate.Day)
		}
		row[8], row[9], row[10] = e.DisplayDate, e.Text.Headline, e.Text.Text
		row[16] = e.Group
		if err := cw.Write(row); err != nil {
			return skipped, err
		}
	}
	cw.Flush()
	return skipped, cw.Error()
}

// displayInferred is the display date of a slide, marked when inferred:
// "23 September 2016 (inferred from context)".
func displayInferred(e extract.Event) string {
	d := DisplayDate(e.Date)
	switch e.DateFrom {
	case extract.DateFromContext:
		d += " (inferred from context)"
	case extract.DateFromPublication:
		d += " (inferred: publication date)"
	}
	return d
}
