package graph

import (
	"encoding/json"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
)

// eventRecord is the ng:record literal of an event: everything a timeline
// shows, in one quad. Cayley's key-value stores fetch every quad of a node
// separately (one B-tree lookup each, plus one for its value), so reading
// an event from its fifteen-odd fine-grained quads cost about 40 µs at
// millions of quads; one record is two lookups. The fine-grained quads stay
// the model that Gizmo users query; the record only makes bulk reads
// (timelines, date ranges, exports) fast. Entities and articles are given
// by id and read from their own (cached) nodes.
type eventRecord struct {
	Type     string      `json:"type"`
	Cameo    string      `json:"cameo,omitempty"`
	Plover   string      `json:"plover,omitempty"`
	Source   []string    `json:"source,omitempty"`
	Target   []string    `json:"target,omitempty"`
	Date     *recordDate `json:"date,omitempty"`
	DateFrom string      `json:"date_from,omitempty"`
	About    *recordDate `json:"about,omitempty"`
	Negated  bool        `json:"negated,omitempty"`
	Sentence string      `json:"sentence,omitempty"`
	Quote    string      `json:"quote,omitempty"`
	Offset   int         `json:"offset"`
	Article  string      `json:"article"`
}

// recordDate is what the store keeps of a date: its node's facts and, for
// the event's own date, ng:date_text.
type recordDate struct {
	Text        string `json:"text,omitempty"`
	Value       string `json:"value"`
	Start       string `json:"start,omitempty"`
	End         string `json:"end,omitempty"`
	Granularity string `json:"granularity,omitempty"`
}

func (d *recordDate) date() *extract.Date {
	if d == nil {
		return nil
	}
	return &extract.Date{Text: d.Text, Value: d.Value, Start: d.Start, End: d.End, Granularity: d.Granularity}
}

// recordOf is the ng:record literal of ev, reported by article id.
func recordOf(ev extract.Event, article string) quad.String {
	rec := eventRecord{
		Type: ev.Type, Cameo: ev.Cameo, Plover: ev.Plover, Negated: ev.Negated,
		Sentence: ev.Sentence, Quote: ev.Quote, Offset: ev.Offset, Article: article,
	}
	for _, e := range ev.Source {
		rec.Source = append(rec.Source, e.ID)
	}
	for _, e := range ev.Target {
		rec.Target = append(rec.Target, e.ID)
	}
	keep := func(d *extract.Date, text bool) *recordDate {
		if d == nil || d.Value == "" {
			return nil
		}
		k := &recordDate{Value: d.Value, Start: d.Start, End: d.End, Granularity: d.Granularity}
		if text {
			k.Text = d.Text
		}
		return k
	}
	rec.Date = keep(ev.Date, true)
	if rec.Date != nil {
		rec.DateFrom = ev.DateFrom
	}
	rec.About = keep(ev.About, false)
	b, err := json.Marshal(rec)
	if err != nil { // strings, ints and bools only: cannot fail
		panic(err)
	}
	return quad.String(b)
}

// eventFromRecord builds the event of node from its record.
func (r *reader) eventFromRecord(node quad.Value, raw string) (extract.Event, error) {
	var rec eventRecord
	if err := json.Unmarshal([]byte(raw), &rec); err != nil {
		return extract.Event{}, err
	}
	iri, _ := node.(quad.IRI)
	ev := extract.Event{
		ID: unescapeIRI(iri, eventPrefix), Type: rec.Type, Cameo: rec.Cameo, Plover: rec.Plover,
		Date: rec.Date.date(), DateFrom: rec.DateFrom, About: rec.About.date(), Negated: rec.Negated, Sentence: rec.Sentence,
		Quote: rec.Quote, Offset: rec.Offset,
		Source: make([]extract.Entity, 0, len(rec.Source)), Target: make([]extract.Entity, 0, len(rec.Target)),
	}
	for _, id := range rec.Source {
		e, err := r.entity(EntityIRI(id))
		if err != nil {
			return ev, err
		}
		ev.Source = append(ev.Source, e)
	}
	for _, id := range rec.Target {
		e, err := r.entity(EntityIRI(id))
		if err != nil {
			return ev, err
		}
		ev.Target = append(ev.Target, e)
	}
	sortEntities(ev.Source)
	sortEntities(ev.Target)
	a, err := r.article(ArticleIRI(rec.Article))
	if err != nil {
		return ev, err
	}
	ev.Article = a
	return ev, nil
}
