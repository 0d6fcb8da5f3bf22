package graph

import (
	"errors"
	"strings"
	"time"

	"context"
	"fmt"
	"github.com/lib/pq"
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
	b.add(n, PredRecord, recordOf(ev, unescapeIRI(article, articlePrefix)))
	if ev.Date != nil && ev.Date.Value != "" {
		b.add(n, PredDate, b.date(ev.Date))
		b.addString(n, PredDateText, ev.Date.Text)
		b.addString(n, PredDateFrom, ev.DateFrom)
		// Denormalised onto the event so a timeline sorts and filters
		// without a second hop.
		b.addString(n, PredStart, ev.Date.Start)
		b.addString(n, PredEnd, ev.Date.End)
		b.buckets(n, ev.Date.Start, ev.Date.End)
	}
	if ev.About != nil && ev.About.Value != "" {
		b.add(n, PredAbout, b.date(ev.About))
	}
	if ev.Date != nil && ev.Date.Value != "" {
		if y, m, ok := timelinePeriods(ev.Date.Start); ok {
			for _, e := range append(append([]extract.Entity{}, ev.Source...), ev.Target...) {
				if m == "" { // far future: one bucket
					b.add(n, PredInTimeline, TimelineIRI(e.ID, y))
					continue
				}
				// The month bucket holds the events; its link to the
				// year bucket (once per article) lets a reader skip
				// the years an entity has no events in.
				mb := TimelineIRI(e.ID, m)
				b.add(n, PredInTimeline, mb)
				b.add(mb, PredInYear, TimelineIRI(e.ID, y))
			}
		}
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
				b.add(PairsIRI(edge), PredPair, PairIRI(edge, s.ID, t.ID))
			}
		}
	}
}

// buckets links an event to the month buckets its interval overlaps, or to
// the year buckets when it spans more than MaxMonthBuckets months.
func (b *quadBuilder) buckets(n quad.IRI, start, end string) {
	months, years := Buckets(start, end)
	for _, m := range months {
		b.add(n, PredInMonth, MonthIRI(m))
	}
	for _, y := range years {
		b.add(n, PredInYear, YearIRI(y))
	}
}

// Buckets returns the month buckets ("2016-09") of the interval [start,
// end], or its year buckets ("2016") when it spans more than MaxMonthBuckets
// months. end may be empty (one day); an unparsable start gives none.
func Buckets(start, end string) (months, years []string) {
	if len(start) < 7 {
		return nil, nil
	}
	if len(end) < 7 || end < start {
		end = start
	}
	sy, err1 := strconv.Atoi(start[:4])
	sm, err2 := strconv.Atoi(start[5:7])
	ey, err3 := strconv.Atoi(end[:4])
	em, err4 := strconv.Atoi(end[5:7])
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil || sm < 1 || sm > 12 || em < 1 || em > 12 {
		return nil, nil
	}
	span := (ey-sy)*12 + em - sm + 1
	if span <= MaxMonthBuckets {
		for y, m := sy, sm; y < ey || y == ey && m <= em; {
			months = append(months, fmt.Sprintf("%04d-%02d", y, m))
			if m++; m > 12 {
				y, m = y+1, 1
			}
		}
		return months, nil
	}
	if ey-sy > 200 {
		ey = sy + 200 // a bound; centuries are not timeline material
	}
	for y := sy; y <= ey; y++ {
		years = append(years, fmt.Sprintf("%04d", y))
	}
	return nil, years
}

// PutArticle stores one article's result, replacing whatever the same
// article stored before, in a single transaction: a failure leaves the
// store as it was. It returns the number of quads written.
func (s *Store) PutArticle(ctx context.Context, res extract.Result) (int, error) {
	return s.PutArticles(ctx, []extract.Result{res})
}

// PutArticles stores several articles' results in one transaction, each
// replacing whatever the same article stored before: after a failure none
// of them is changed, after success each is whole. When the batch holds the
// same article twice, the later result wins. It returns the number of quads
// the articles now have.
//
// An article that is not in the store yet (the common case in a bulk
// ingest) costs one node lookup; only a stored article has its old quads
// read, to delete those the new result no longer produces.
func (s *Store) PutArticles(ctx context.Context, results []extract.Result) (int, error) {
	if s.cfg.ReadOnly {
		return 0, fmt.Errorf("store %s is open read-only", s.where())
	}
	last := make(map[string]int, len(results))
	for i, res := range results {
		if res.Article.ID == "" {
			return 0, fmt.Errorf("article has no id")
		}
		last[res.Article.ID] = i
	}
	var deltas []graph.Delta
	total := 0
	for i, res := range results {
		if last[res.Article.ID] != i {
			continue
		}
		quads := Quads(res)
		total += len(quads)
		old, err := s.labelQuads(ctx, ArticleIRI(res.Article.ID))
		if err != nil {
			return 0, err
		}
		if len(old) == 0 {
			for _, q := range quads {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
			}
			continue
		}
		fresh := make(map[quad.Quad]bool, len(quads))
		for _, q := range quads {
			fresh[q] = true
		}
		had := make(map[quad.Quad]bool, len(old))
		for _, q := range old {
			had[q] = true
			if !fresh[q] {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Delete})
			}
		}
		for _, q := range quads {
			if !had[q] {
				deltas = append(deltas, graph.Delta{Quad: q, Action: graph.Add})
			}
		}
	}
	if len(deltas) == 0 {
		return total, nil
	}
	if err := s.apply(ctx, deltas); err != nil {
		if len(results) == 1 {
			return 0, fmt.Errorf("store article %s: %w", results[0].Article.ID, err)
		}
		return 0, fmt.Errorf("store batch of %d articles (%s…%s): %w", len(results), results[0].Article.ID, results[len(results)-1].Article.ID, err)
	}
	return total, nil
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
	if err := s.apply(ctx, deltas); err != nil {
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

// apply writes deltas in one transaction. On the SQL backends a
// transaction that lost a race with a concurrent writer (a deadlock or a
// serialization failure, which PostgreSQL and CockroachDB resolve by
// aborting one side) is retried: it was rolled back whole, so retrying is
// safe and two ingests of different articles both complete.
func (s *Store) apply(ctx context.Context, deltas []graph.Delta) error {
	defer s.invalidate()
	opts := graph.IgnoreOpts{IgnoreDup: true, IgnoreMissing: true}
	write := func() error { return s.qs.ApplyDeltas(deltas, opts) }
	if s.cfg.Backend == "postgres" && allAdds(deltas) {
		write = func() error { return s.sqlBulkAdd(ctx, deltas) }
	}
	var err error
	for attempt := 0; ; attempt++ {
		err = write()
		if err == nil || !retryable(err) || attempt >= 8 {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(time.Duration(10<<attempt) * time.Millisecond):
		}
	}
}

// retryable reports whether err is a transient SQL conflict: PostgreSQL's
// serialization_failure (40001) or deadlock_detected (40P01), or a unique
// violation from two transactions creating the same node at once (23505).
func retryable(err error) bool {
	var pe *pq.Error
	if errors.As(err, &pe) {
		switch pe.Code {
		case "40001", "40P01", "23505":
			return true
		}
	}
	msg := err.Error()
	return strings.Contains(msg, "SQLSTATE 40001") || strings.Contains(msg, "restart transaction") ||
		strings.Contains(msg, "deadlock detected") || strings.Contains(msg, "could not serialize")
}

func allAdds(deltas []graph.Delta) bool {
	for _, d := range deltas {
		if d.Action != graph.Add {
			return false
		}
	}
	return true
}
