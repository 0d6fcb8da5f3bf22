package timeline

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/newsgraph/newsgraph/extract"
)

// WriteJSON writes v as indented JSON followed by a newline.
func WriteJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// CSVHeader is the column list of WriteCSV, one row per event.
var CSVHeader = []string{
	"start", "end", "granularity", "date_text", "date_value", "date_from",
	"type", "cameo", "plover", "source", "source_country", "target", "target_country",
	"negated", "quote", "sentence", "article_id", "article_title", "article_url", "published", "event_id",
}

// CSVRecord is one event as a CSV row in CSVHeader order.
func CSVRecord(e extract.Event) []string {
	var d extract.Date
	if e.Date != nil {
		d = *e.Date
	}
	neg := ""
	if e.Negated {
		neg = "true"
	}
	return []string{
		d.Start, d.End, d.Granularity, d.Text, d.Value, e.DateFrom,
		e.Type, e.Cameo, e.Plover, Names(e.Source), Countries(e.Source), Names(e.Target), Countries(e.Target),
		neg, e.Quote, e.Sentence, e.Article.ID, e.Article.Title, e.Article.URL, e.Article.Published, e.ID,
	}
}

// WriteCSV writes events as CSV with a header row.
func WriteCSV(w io.Writer, events []extract.Event) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, e := range events {
		if err := cw.Write(CSVRecord(e)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// Names joins entity names with "; ".
func Names(es []extract.Entity) string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Name
	}
	return strings.Join(out, "; ")
}

// Countries joins the entities' country codes with "; ".
func Countries(es []extract.Entity) string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Country
	}
	return strings.Join(out, "; ")
}

// Inferred reports whether the event's date is inferred from context or
// the publication date rather than given by its own sentence.
func Inferred(e extract.Event) bool {
	return e.Date != nil && (e.DateFrom == extract.DateFromContext || e.DateFrom == extract.DateFromPublication)
}

// InferredNote says where an inferred date comes from, "" for a date the
// event's sentence gives: `inferred from context ("Friday")`, `inferred:
// publication date`.
func InferredNote(e extract.Event) string {
	switch {
	case !Inferred(e):
		return ""
	case e.DateFrom == extract.DateFromContext && e.Date.Text != "":
		return "inferred from context (\u201c" + e.Date.Text + "\u201d)"
	case e.DateFrom == extract.DateFromContext:
		return "inferred from context"
	}
	return "inferred: publication date"
}

// asWritten is the AS WRITTEN column: the phrase of a date the sentence
// gives, "(context: Friday)" or "(publication date)" for an inferred one.
func asWritten(e extract.Event) string {
	switch {
	case e.Date == nil:
		return ""
	case e.DateFrom == extract.DateFromContext:
		return "(context: " + e.Date.Text + ")"
	case e.DateFrom == extract.DateFromPublication:
		return "(publication date)"
	}
	return e.Date.Text
}

// WhenLabel is the date column of the table: the interval for ranges, the
// day for days, "(undated)" for events without a date.
func WhenLabel(d *extract.Date) string {
	switch {
	case d == nil || d.Start == "":
		return "(undated)"
	case d.End == "" || d.End == d.Start:
		return d.Start
	default:
		return d.Start + ".." + d.End
	}
}

// WriteTable writes events as an aligned table for a terminal.
func WriteTable(w io.Writer, events []extract.Event) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WHEN\tGRAIN\tAS WRITTEN\tTYPE\tSOURCE\tTARGET\tSENTENCE")
	for _, e := range events {
		gran, text := "", asWritten(e)
		if e.Date != nil {
			gran = e.Date.Granularity
		}
		typ := e.Type
		if e.Negated {
			typ = "not " + typ
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", WhenLabel(e.Date), gran, text, typ,
			orDash(Names(e.Source)), orDash(Names(e.Target)), clip(e.Sentence, 90))
	}
	return tw.Flush()
}

// WriteEntityTable writes entities as an aligned table.
func WriteEntityTable(w io.Writer, es []extract.Entity) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tNAME\tCOUNTRY\tROLE\tAFFILIATION\tID")
	for _, e := range es {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", e.Kind, e.Name, orDash(e.Country), orDash(e.Role), orDash(e.Affiliation), e.ID)
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
