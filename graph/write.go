package graph

import (
	"context"
	"fmt"
	"strconv"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
)

// Quads returns the quads one article's extraction result produces, every
// one labelled with the article's IRI. It is deterministic: the same result
// gives the same quads in the same order.
func Quads(res extract.Result) []quad.Quad {
	label := ArticleIRI(res.Article.ID)
	b := &quadBuilder{label: label, seen: map[quad.Quad]bool{}}
	art := res.Article
	b.add(label, PredType, ClassArticle)
	b.add(label, PredID, quad.String(art.ID))
	b.add(label, PredPublished, quad.String(art.Published))
	b.addString(label, PredTitle, art.Title)
	b.addString(label, PredURL, art.URL)
	b.addString(label, PredPublisher, art.Source)

	for _, e := range res.Entities {
		b.entity(e)
		b.add(label, PredMentions, EntityIRI(e.ID))
		for _, m := range e.Mentions {
			b.addString(EntityIRI(e.ID), PredAlias, m)
		}
	}
	for _, ev := range res.Events {
		b.event(ev, label)
	}
	return b.out
}

type quadBuilder struct {
	label quad.IRI
	out   []quad.Quad
	seen  map[quad.Quad]bool
}

func (b *quadBuilder) add(s quad.Value, p quad.IRI, o quad.Value) {
	q := quad.Quad{Subject: s, Predicate: p, Object: o, Label: b.label}
	if b.seen[q] {
		return
	}
	b.seen[q] = true
	b.out = append(b.out, q)
}

func (b *quadBuilder) addString(s quad.Value, p quad.IRI, v string) {
	if v != "" {
		b.add(s, p, quad.String(v))
	}
}

// entity writes an entity's own facts. Every article that mentions the
// entity writes them again under its own label, so they survive as long
// as one such article is stored.
func (b *quadBuilder) entity(e extract.Entity) {
	n := EntityIRI(e.ID)
	b.add(n, PredType, ClassEntity)
	b.addString(n, PredName, e.Name)
	b.addString(n, PredKind, e.Kind)
	b.addString(n, PredCountry, e.Country)
	b.addString(n, PredCode, e.Code)
	b.addString(n, PredRole, e.Role)
	b.addString(n, PredAffiliation, e.Affiliation)
	if e.Country != "" && e.Kind != extract.KindCountry {
		b.add(n, PredCountryNode, EntityIRI(CountryEntityID(e.Country)))
	}
}

// CountryEntityID is the entity id of the country with ISO3 code iso3. It
// must agree with the extractor's id scheme for countries.
func CountryEntityID(iso3 string) string { return "country/" + iso3 }

func (b *quadBuilder) date(d *extract.Date) quad.IRI {
	n := DateIRI(d.Value)
	b.add(n, PredType, ClassDate)
	b.addString(n, PredValue, d.Value)
	b.addString(n, PredStart, d.Start)
	b.addString(n, PredEnd, d.End)
	b.addString(n, PredGranularity, d.Granularity)
	return n
}

func (b *quadBuilder) event(ev extract.Event, article quad.IRI) {
	n := EventIRI(ev.ID)
	b.add(n, PredType, ClassEvent)
	b.addString(n, PredEventType, ev.Type)
	b.addString(n, PredCameo, ev.Cameo)
	b.addString(n, PredPlover, ev.Plover)
	b.add(n, PredArticle, article)
	b.addString(n, PredSentence, ev.Sentence)
	b.addString(n, PredQuote, ev.Quote)
	b.add(n, PredOffset, quad.Int(ev.Offset))
	if ev.Negated {
		b.add(n, PredNegated, quad.Bool(true))
	}
	if ev.Date != nil && ev.Date.Value != "" {
		b.add(n, PredDate, b.date(ev.Date))
		b.addString(n, PredDateText, ev.Date.Text)
		// Denormalised onto the event so a timeline sorts and filters
		// without a second hop.
		b.addString(n, PredStart, ev.Date.Start)
		b.addString(n, PredEnd, ev.Date.End)
	}
	if ev.About != nil && ev.About.Value != "" {
		b.add(n, PredAbout, b.date(ev.About))
	}
	edge := ""
	if t, ok := extract.LookupEventType(ev.Type); ok {
		edge = t.Edge
	}
	for _, s := range ev.Source {
		b.entity(s)
		b.add(n, PredSource, EntityIRI(s.ID))
	}
	for _, t := range ev.Target {
		b.entity(t)
		b.add(n, PredTarget, EntityIRI(t.ID))
	}
	if edge == "" || ev.Negated {
		return
	}
	for _, s := range ev.Source {
		for _, t := range ev.Target {
			if s.ID != t.ID {
				b.add(EntityIRI(s.ID), EdgePredicate(edge), EntityIRI(t.ID))
			}
		}
	}
}

// PutArticle stores one article's result, replacing whatever the same
// article stored before, in a single transaction: a failure leaves the
// store as it was. It returns the number of quads written.
func (s *Store) PutArticle(ctx context.Context, res extract.Result) (int, error) {
	if s.cfg.ReadOnly {
		return 0, fmt.Errorf("store %s is open read-only", s.where())
	}
	if res.Article.ID == "" {
		return 0, fmt.Errorf("article has no id")
	}
	quads := Quads(res)
	old, err := s.labelQuads(ctx, ArticleIRI(res.Article.ID))
	if err != nil {
		return 0, err
	}
	deltas := make([]graph.Delta, 0, len(old)+len(quads))
	fresh := make(map[quad.Quad]bool, len(quads))
	for _, q := range quads {
		fresh[q] = true
	}
	for _, q := range old {
		if !fresh[q] {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
		}
	}
	had := make(map[quad.Quad]bool, len(old))
	for _, q := range old {
		had[q] = true
	}
	for _, q := range quads {
		if !had[q] {
			deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
		}
	}
	if len(deltas) == 0 {
		return len(quads), nil
	}
	if err := s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}); err != nil {
		return 0, fmt.Errorf("store article %s: %w", res.Article.ID, err)
	}
	return len(quads), nil
}

// DeleteArticle removes exactly the quads labelled with the article, and
// reports how many there were.
func (s *Store) DeleteArticle(ctx context.Context, id string) (int, error) {
	if s.cfg.ReadOnly {
		return 0, fmt.Errorf("store %s is open read-only", s.where())
	}
	old, err := s.labelQuads(ctx, ArticleIRI(id))
	if err != nil || len(old) == 0 {
		return 0, err
	}
	deltas := make([]graph.Delta, len(old))
	for i, q := range old {
		deltas[i] = graph.Delta{Quad: q, Action: graph.Delete}
	}
	if err := s.qs.ApplyDeltas(deltas, graph.IgnoreOpts{IgnoreMissing: true}); err != nil {
		return 0, fmt.Errorf("delete article %s: %w", id, err)
	}
	return len(old), nil
}

// labelQuads lists every quad carrying label.
func (s *Store) labelQuads(ctx context.Context, label quad.IRI) ([]quad.Quad, error) {
	ref, err := s.ref(ctx, label)
	if err != nil || ref == nil {
		return nil, err
	}
	return s.collect(ctx, quad.Label, ref)
}

func itoa(i int) string { return strconv.Itoa(i) }
