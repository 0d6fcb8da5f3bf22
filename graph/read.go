package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/extract"
)

// Filter selects events. Empty fields select everything.
type Filter struct {
	// Entity keeps events whose source or target is this entity, given as
	// an id ("country/RUS"), an ISO3 country code ("RUS") or a name or alias
	// ("Russia", "the Kremlin", "Peskov"), case-insensitive.
	Entity string
	Source string // like Entity, for the source side only
	Target string // like Entity, for the target side only
	// From and To (YYYY-MM-DD, inclusive) keep dated events whose interval
	// overlaps [From, To]; undated events are dropped when either is set.
	From, To string
	Types    []string // event classes ("accuse", "condemn")
	Claims   bool     // keep only claims (verbal events)
}

func (s *Store) ref(ctx context.Context, v quad.Value) (refs.Ref, error) {
	r, err := s.qs.ValueOf(v)
	if err != nil {
		return nil, fmt.Errorf("store lookup %v: %w", v, err)
	}
	return r, nil
}

// collect lists the quads with ref in direction dir.
func (s *Store) collect(ctx context.Context, dir quad.Direction, ref refs.Ref) ([]quad.Quad, error) {
	it := s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, it.Err()
}

// nodesWith lists the distinct nodes n with a quad <n> <pred> <obj>.
func (s *Store) nodesWith(ctx context.Context, pred quad.IRI, obj quad.Value) ([]quad.Value, error) {
	ref, err := s.ref(ctx, obj)
	if err != nil || ref == nil {
		return nil, err
	}
	qs, err := s.collect(ctx, quad.Object, ref)
	if err != nil {
		return nil, err
	}
	seen := map[quad.Value]bool{}
	var out []quad.Value
	for _, q := range qs {
		if q.Predicate != pred || seen[q.Subject] {
			continue
		}
		seen[q.Subject] = true
		out = append(out, q.Subject)
	}
	return out, nil
}

// props reads a node's outgoing quads as predicate → distinct objects.
type props map[quad.IRI][]quad.Value

func (p props) str(pred quad.IRI) string {
	for _, v := range p[pred] {
		return quad.NativeOf(v).(string)
	}
	return ""
}

func (s *Store) props(ctx context.Context, node quad.Value) (props, []quad.Quad, error) {
	ref, err := s.ref(ctx, node)
	if err != nil || ref == nil {
		return nil, nil, err
	}
	qs, err := s.collect(ctx, quad.Subject, ref)
	if err != nil {
		return nil, nil, err
	}
	p := props{}
	for _, q := range qs {
		pred, _ := q.Predicate.(quad.IRI)
		dup := false
		for _, v := range p[pred] {
			dup = dup || v == q.Object
		}
		if !dup {
			p[pred] = append(p[pred], q.Object)
		}
	}
	return p, qs, nil
}

// reader caches entity and article lookups while one query builds events.
type reader struct {
	s        *Store
	ctx      context.Context
	entities map[quad.Value]*extract.Entity
	articles map[quad.Value]*extract.ArticleRef
}

func (s *Store) newReader(ctx context.Context) *reader {
	return &reader{s: s, ctx: ctx, entities: map[quad.Value]*extract.Entity{}, articles: map[quad.Value]*extract.ArticleRef{}}
}

func (r *reader) entity(node quad.Value) (extract.Entity, error) {
	if e, ok := r.entities[node]; ok {
		return *e, nil
	}
	p, _, err := r.s.props(r.ctx, node)
	if err != nil {
		return extract.Entity{}, err
	}
	iri, _ := node.(quad.IRI)
	e := extract.Entity{
		ID:          unescapeIRI(iri, entityPrefix),
		Name:        p.str(PredName),
		Kind:        p.str(PredKind),
		Country:     p.str(PredCountry),
		Code:        p.str(PredCode),
		Role:        p.str(PredRole),
		Affiliation: p.str(PredAffiliation),
	}
	for _, a := range p[PredAlias] {
		e.Mentions = append(e.Mentions, quad.NativeOf(a).(string))
	}
	sort.Strings(e.Mentions)
	r.entities[node] = &e
	return e, nil
}

func (r *reader) article(node quad.Value) (extract.ArticleRef, error) {
	if a, ok := r.articles[node]; ok {
		return *a, nil
	}
	p, _, err := r.s.props(r.ctx, node)
	if err != nil {
		return extract.ArticleRef{}, err
	}
	a := extract.ArticleRef{
		ID:        p.str(PredID),
		Title:     p.str(PredTitle),
		URL:       p.str(PredURL),
		Source:    p.str(PredPublisher),
		Published: p.str(PredPublished),
	}
	r.articles[node] = &a
	return a, nil
}

func (r *reader) date(node quad.Value, text string) (*extract.Date, error) {
	p, _, err := r.s.props(r.ctx, node)
	if err != nil {
		return nil, err
	}
	return &extract.Date{
		Text:        text,
		Value:       p.str(PredValue),
		Start:       p.str(PredStart),
		End:         p.str(PredEnd),
		Granularity: p.str(PredGranularity),
	}, nil
}

func (r *reader) event(node quad.Value) (extract.Event, error) {
	p, _, err := r.s.props(r.ctx, node)
	if err != nil {
		return extract.Event{}, err
	}
	iri, _ := node.(quad.IRI)
	ev := extract.Event{
		ID:       unescapeIRI(iri, eventPrefix),
		Type:     p.str(PredEventType),
		Cameo:    p.str(PredCameo),
		Plover:   p.str(PredPlover),
		Sentence: p.str(PredSentence),
		Quote:    p.str(PredQuote),
		Source:   []extract.Entity{},
		Target:   []extract.Entity{},
	}
	if v := p[PredOffset]; len(v) > 0 {
		if n, ok := quad.NativeOf(v[0]).(int64); ok {
			ev.Offset = int(n)
		}
	}
	ev.Negated = len(p[PredNegated]) > 0
	for _, n := range p[PredSource] {
		e, err := r.entity(n)
		if err != nil {
			return ev, err
		}
		ev.Source = append(ev.Source, e)
	}
	for _, n := range p[PredTarget] {
		e, err := r.entity(n)
		if err != nil {
			return ev, err
		}
		ev.Target = append(ev.Target, e)
	}
	sortEntities(ev.Source)
	sortEntities(ev.Target)
	if d := p[PredDate]; len(d) > 0 {
		if ev.Date, err = r.date(d[0], p.str(PredDateText)); err != nil {
			return ev, err
		}
	}
	if d := p[PredAbout]; len(d) > 0 {
		if ev.About, err = r.date(d[0], ""); err != nil {
			return ev, err
		}
	}
	for _, a := range p[PredArticle] {
		ref, err := r.article(a)
		if err != nil {
			return ev, err
		}
		ev.Articles = append(ev.Articles, ref)
	}
	// The earliest report is the event's article; all reports stay listed
	// when there is more than one.
	sort.Slice(ev.Articles, func(i, j int) bool {
		a, b := ev.Articles[i], ev.Articles[j]
		if a.Published != b.Published {
			return a.Published < b.Published
		}
		return a.ID < b.ID
	})
	if len(ev.Articles) > 0 {
		ev.Article = ev.Articles[0]
	}
	if len(ev.Articles) < 2 {
		ev.Articles = nil
	}
	return ev, nil
}

func sortEntities(es []extract.Entity) {
	sort.Slice(es, func(i, j int) bool { return es[i].ID < es[j].ID })
}

// Events returns the events matching f, in no particular order; the
// timeline package orders them.
func (s *Store) Events(ctx context.Context, f Filter) ([]extract.Event, error) {
	r := s.newReader(ctx)
	var nodes []quad.Value
	var err error
	if key := firstNonEmpty(f.Entity, f.Source, f.Target); key != "" {
		nodes, err = s.eventsOfEntityKey(ctx, key)
	} else {
		nodes, err = s.nodesWith(ctx, PredType, ClassEvent)
	}
	if err != nil {
		return nil, err
	}
	types := map[string]bool{}
	for _, t := range f.Types {
		types[t] = true
	}
	out := []extract.Event{}
	for _, n := range nodes {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		ev, err := r.event(n)
		if err != nil {
			return nil, err
		}
		if len(types) > 0 && !types[ev.Type] {
			continue
		}
		if f.Claims {
			if t, ok := extract.LookupEventType(ev.Type); !ok || !t.Claim {
				continue
			}
		}
		if f.Entity != "" && !matchesAny(ev.Source, f.Entity) && !matchesAny(ev.Target, f.Entity) {
			continue
		}
		if f.Source != "" && !matchesAny(ev.Source, f.Source) {
			continue
		}
		if f.Target != "" && !matchesAny(ev.Target, f.Target) {
			continue
		}
		if f.From != "" || f.To != "" {
			if ev.Date == nil || ev.Date.Start == "" {
				continue
			}
			end := ev.Date.End
			if end == "" {
				end = ev.Date.Start
			}
			if f.From != "" && end < f.From || f.To != "" && ev.Date.Start > f.To {
				continue
			}
		}
		out = append(out, ev)
	}
	return out, nil
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// eventsOfEntityKey finds the events that have an entity matching key as
// source or target, walking from the matching entity nodes.
func (s *Store) eventsOfEntityKey(ctx context.Context, key string) ([]quad.Value, error) {
	ents, err := s.EntitiesMatching(ctx, key)
	if err != nil {
		return nil, err
	}
	seen := map[quad.Value]bool{}
	var out []quad.Value
	for _, e := range ents {
		ref, err := s.ref(ctx, EntityIRI(e.ID))
		if err != nil || ref == nil {
			continue
		}
		qs, err := s.collect(ctx, quad.Object, ref)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			if (q.Predicate == PredSource || q.Predicate == PredTarget) && !seen[q.Subject] {
				seen[q.Subject] = true
				out = append(out, q.Subject)
			}
		}
	}
	return out, nil
}

// EntityMatches reports whether e is the entity a user means by key: its
// id, its ISO3 country code (for countries), its name, or a mention.
func EntityMatches(e extract.Entity, key string) bool {
	k := strings.ToLower(strings.TrimSpace(key))
	if k == "" {
		return false
	}
	if strings.ToLower(e.ID) == k || strings.ToLower(e.Name) == k {
		return true
	}
	if e.Kind == extract.KindCountry && strings.ToLower(e.Country) == k {
		return true
	}
	for _, m := range e.Mentions {
		if strings.ToLower(m) == k || strings.ToLower(strings.TrimPrefix(strings.ToLower(m), "the ")) == k {
			return true
		}
	}
	// A surname alone names a person ("Peskov").
	if e.Kind == extract.KindPerson {
		f := strings.Fields(strings.ToLower(e.Name))
		if len(f) > 1 && f[len(f)-1] == k {
			return true
		}
	}
	return false
}

func matchesAny(es []extract.Entity, key string) bool {
	for _, e := range es {
		if EntityMatches(e, key) {
			return true
		}
	}
	return false
}

// Entities lists the stored entities, of one kind when kind is not empty,
// sorted by kind then name.
func (s *Store) Entities(ctx context.Context, kind string) ([]extract.Entity, error) {
	nodes, err := s.nodesWith(ctx, PredType, ClassEntity)
	if err != nil {
		return nil, err
	}
	r := s.newReader(ctx)
	out := []extract.Entity{}
	for _, n := range nodes {
		e, err := r.entity(n)
		if err != nil {
			return nil, err
		}
		if kind == "" || e.Kind == kind {
			out = append(out, e)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// EntitiesMatching lists the entities a user means by key (see EntityMatches).
func (s *Store) EntitiesMatching(ctx context.Context, key string) ([]extract.Entity, error) {
	// An exact id is the common case from scripts: no scan needed.
	if ref, err := s.ref(ctx, EntityIRI(key)); err == nil && ref != nil {
		e, err := s.newReader(ctx).entity(EntityIRI(key))
		if err == nil && e.Kind != "" {
			return []extract.Entity{e}, nil
		}
	}
	all, err := s.Entities(ctx, "")
	if err != nil {
		return nil, err
	}
	var out []extract.Entity
	for _, e := range all {
		if EntityMatches(e, key) {
			out = append(out, e)
		}
	}
	return out, nil
}

// Articles lists the stored articles, oldest first.
func (s *Store) Articles(ctx context.Context) ([]extract.ArticleRef, error) {
	nodes, err := s.nodesWith(ctx, PredType, ClassArticle)
	if err != nil {
		return nil, err
	}
	r := s.newReader(ctx)
	out := []extract.ArticleRef{}
	for _, n := range nodes {
		a, err := r.article(n)
		if err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Published != out[j].Published {
			return out[i].Published < out[j].Published
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// Stats returns the number of quads and nodes in the store.
func (s *Store) Stats(ctx context.Context) (graph.Stats, error) {
	return s.qs.Stats(ctx, true)
}
