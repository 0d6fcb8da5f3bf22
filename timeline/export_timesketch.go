package timeline

import (
	"encoding/json"
	"io"
	"time"

	"github.com/newsgraph/newsgraph/extract"
)

// TimesketchEvent is one line of a Timesketch JSONL import
// (https://timesketch.org/guides/user/import-from-json-csv/): the three
// fields Timesketch requires, then ours. datetime is the first day of the
// event's interval at 00:00 UTC; end_datetime is the last second of its
// last day, so a week stays a week.
type TimesketchEvent struct {
	Message       string   `json:"message"`
	Datetime      string   `json:"datetime"`
	Timestamp     int64    `json:"timestamp"` // microseconds since the epoch, of datetime
	TimestampDesc string   `json:"timestamp_desc"`
	EndDatetime   string   `json:"end_datetime"`
	Start         string   `json:"start"`
	End           string   `json:"end"`
	Granularity   string   `json:"granularity"`
	Phrase        string   `json:"phrase,omitempty"`
	DateFrom      string   `json:"date_from,omitempty"`
	DateValue     string   `json:"date_value,omitempty"`
	DisplayDate   string   `json:"display_date"`
	AboutStart    string   `json:"about_start,omitempty"` // the date a claim is about
	AboutEnd      string   `json:"about_end,omitempty"`
	AboutPhrase   string   `json:"about_phrase,omitempty"`
	EventType     string   `json:"event_type"`
	Cameo         string   `json:"cameo,omitempty"`
	Plover        string   `json:"plover,omitempty"`
	Negated       bool     `json:"negated"`
	Source        []string `json:"source"`
	SourceIDs     []string `json:"source_ids"`
	Target        []string `json:"target"`
	TargetIDs     []string `json:"target_ids"`
	Actors        []string `json:"actors"`
	Quote         string   `json:"quote,omitempty"`
	Sentence      string   `json:"sentence"`
	ArticleURL    string   `json:"article_url,omitempty"`
	ArticleTitle  string   `json:"article_title,omitempty"`
	ArticleID     string   `json:"article_id"`
	Published     string   `json:"published,omitempty"`
	ArticleURLs   []string `json:"article_urls,omitempty"`
	EventID       string   `json:"event_id"`
	DataType      string   `json:"data_type"`
}

// TimesketchEvents converts the dated events; undated ones are counted.
func TimesketchEvents(events []extract.Event) ([]TimesketchEvent, int) {
	var out []TimesketchEvent
	skipped := 0
	for _, e := range events {
		sp, ok := SpanOf(e.Date)
		if !ok {
			skipped++
			continue
		}
		last := sp.End.Add(24*time.Hour - time.Second)
		desc := "Event date"
		if t, ok := extract.LookupEventType(e.Type); ok && t.Claim {
			desc = "Claim date"
		}
		if e.Date.Granularity != "" && e.Date.Granularity != extract.GranDay {
			desc += " (start of " + e.Date.Granularity + ")"
		}
		if Inferred(e) {
			desc += ", " + InferredNote(e)
		}
		te := TimesketchEvent{
			Message:       Headline(e) + ": " + e.Sentence,
			Datetime:      sp.Start.Format(time.RFC3339),
			Timestamp:     sp.Start.UnixMicro(),
			TimestampDesc: desc,
			EndDatetime:   last.Format(time.RFC3339),
			Start:         sp.Start.Format(extract.DateLayout),
			End:           sp.End.Format(extract.DateLayout),
			Granularity:   e.Date.Granularity,
			Phrase:        e.Date.Text,
			DateFrom:      e.DateFrom,
			DateValue:     e.Date.Value,
			DisplayDate:   DisplayDate(e.Date),
			EventType:     e.Type,
			Cameo:         e.Cameo,
			Plover:        e.Plover,
			Negated:       e.Negated,
			Source:        names(e.Source),
			SourceIDs:     ids(e.Source),
			Target:        names(e.Target),
			TargetIDs:     ids(e.Target),
			Actors:        append(names(e.Source), names(e.Target)...),
			Quote:         e.Quote,
			Sentence:      e.Sentence,
			ArticleURL:    e.Article.URL,
			ArticleTitle:  e.Article.Title,
			ArticleID:     e.Article.ID,
			Published:     e.Article.Published,
			EventID:       e.ID,
			DataType:      "newsgraph:event",
		}
		if e.About != nil {
			te.AboutStart, te.AboutEnd, te.AboutPhrase = e.About.Start, e.About.End, e.About.Text
		}
		if len(e.Articles) > 1 {
			for _, a := range Reports(e) {
				if a.URL != "" {
					te.ArticleURLs = append(te.ArticleURLs, a.URL)
				}
			}
		}
		out = append(out, te)
	}
	return out, skipped
}

func names(es []extract.Entity) []string {
	out := make([]string, 0, len(es))
	for _, e := range es {
		out = append(out, e.Name)
	}
	return out
}

func ids(es []extract.Entity) []string {
	out := make([]string, 0, len(es))
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

// WriteTimesketch writes the dated events as Timesketch JSONL and returns
// how many undated events it skipped.
func WriteTimesketch(w io.Writer, events []extract.Event) (int, error) {
	evs, skipped := TimesketchEvents(events)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range evs {
		if err := enc.Encode(e); err != nil {
			return skipped, err
		}
	}
	return skipped, nil
}
