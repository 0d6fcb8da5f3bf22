package timeline

import (
	"embed"
	"encoding/json"
	"html"
	"io"
	"io/fs"
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// The browser libraries are vendored by scripts/fetch-webdeps.sh, with
// their licences, under assets/vendor: the HTML export inlines them and
// `newsgraph serve` serves the same files.
//
//go:embed assets/export.html.tmpl assets/vendor
var assets embed.FS

// Vendor is the vendored browser libraries (vis-timeline/, vis-network/:
// standalone UMD builds, their CSS and licences).
func Vendor() fs.FS {
	sub, err := fs.Sub(assets, "assets/vendor")
	if err != nil {
		panic(err) // embedded at build time
	}
	return sub
}

type htmlArticle struct {
	Label string `json:"label"`
	URL   string `json:"url,omitempty"`
}

type htmlEvent struct {
	ID           string        `json:"id"`
	Headline     string        `json:"headline"`
	Type         string        `json:"type"`
	Negated      bool          `json:"negated"`
	Start        string        `json:"start,omitempty"`
	EndExclusive string        `json:"endExclusive,omitempty"` // day after the last day, for ranges
	When         string        `json:"when,omitempty"`
	Granularity  string        `json:"granularity,omitempty"`
	Phrase       string        `json:"phrase,omitempty"`
	Inferred     string        `json:"inferred,omitempty"` // InferredNote
	About        string        `json:"about,omitempty"`    // the date a claim is about
	Source       string        `json:"source"`
	Target       string        `json:"target"`
	Sentence     string        `json:"sentence"`
	Quote        string        `json:"quote,omitempty"`
	Articles     []htmlArticle `json:"articles"`
}

type htmlNode struct {
	ID      string `json:"id"`
	Label   string `json:"label"`
	Kind    string `json:"kind"`
	Country string `json:"country,omitempty"`
}

type htmlEdge struct {
	ID     string `json:"id"`
	From   string `json:"from"`
	To     string `json:"to"`
	Type   string `json:"type"`
	Weight int    `json:"weight"`
	First  string `json:"first,omitempty"`
	Last   string `json:"last,omitempty"`
}

type htmlData struct {
	Title   string      `json:"title"`
	Events  []htmlEvent `json:"events"`
	Undated int         `json:"undated"`
	Types   []string    `json:"types"`
	Nodes   []htmlNode  `json:"nodes"`
	Edges   []htmlEdge  `json:"edges"`
}

var scriptClose = regexp.MustCompile(`(?i)</(script)`)

// WriteHTML writes one self-contained HTML page: an interactive timeline
// (vis-timeline) of the dated events, where weeks, months and years are
// drawn as the ranges they cover, the who-did-what-to-whom network
// (vis-network), and a table of every event, undated ones included. The
// data and both libraries are inlined: the page needs no network.
func WriteHTML(w io.Writer, events []extract.Event, title string) error {
	if title == "" {
		title = "newsgraph timeline"
	}
	d := htmlData{Title: title, Events: []htmlEvent{}, Types: []string{}, Nodes: []htmlNode{}, Edges: []htmlEdge{}}
	types := map[string]bool{}
	for _, e := range events {
		he := htmlEvent{
			ID: e.ID, Headline: Headline(e), Type: e.Type, Negated: e.Negated,
			Source: joinNames(e.Source), Target: joinNames(e.Target), Sentence: e.Sentence, Quote: e.Quote,
			About: AboutNote(e),
		}
		if e.Date != nil {
			he.Granularity, he.Phrase = e.Date.Granularity, e.Date.Text
			if Inferred(e) {
				he.Phrase, he.Inferred = "", InferredNote(e)
			}
		}
		if sp, ok := SpanOf(e.Date); ok {
			he.Start = sp.Start.Format(extract.DateLayout)
			if sp.Days() > 1 {
				he.EndExclusive = sp.End.AddDate(0, 0, 1).Format(extract.DateLayout)
			}
			he.When = DisplayDate(e.Date)
			if !types[e.Type] {
				types[e.Type] = true
				d.Types = append(d.Types, e.Type)
			}
		} else {
			d.Undated++
		}
		for _, a := range Reports(e) {
			label := a.Title
			if label == "" {
				label = a.ID
			}
			if a.Published != "" {
				label += ", " + a.Published
			}
			he.Articles = append(he.Articles, htmlArticle{Label: label, URL: a.URL})
		}
		d.Events = append(d.Events, he)
	}
	n := BuildNetwork(events)
	for _, nd := range n.Nodes {
		d.Nodes = append(d.Nodes, htmlNode{ID: nd.ID, Label: nd.Entity.Name, Kind: nd.Entity.Kind, Country: nd.Entity.Country})
	}
	for _, e := range n.Edges {
		d.Edges = append(d.Edges, htmlEdge{ID: e.ID, From: e.Source, To: e.Target, Type: e.Type, Weight: e.Weight, First: e.First(), Last: e.Last()})
	}
	// json.Marshal escapes <, > and & as \u003c..., so the data cannot
	// close its script element.
	data, err := json.Marshal(d)
	if err != nil {
		return err
	}
	page, err := assets.ReadFile("assets/export.html.tmpl")
	if err != nil {
		return err
	}
	lib := func(name string) string {
		b, err := assets.ReadFile("assets/vendor/" + name)
		if err != nil {
			panic(err) // embedded at build time
		}
		return scriptClose.ReplaceAllString(string(b), `<\/$1`)
	}
	r := strings.NewReplacer(
		"{{TITLE}}", html.EscapeString(title),
		"{{DATA}}", string(data),
		"{{VIS_TIMELINE}}", lib("vis-timeline/vis-timeline-graph2d.min.js"),
		"{{VIS_NETWORK}}", lib("vis-network/vis-network.min.js"),
	)
	_, err = r.WriteString(w, string(page))
	return err
}
