package graph

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
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
	// Limit, when positive, keeps only the Limit latest matching events (by
	// date start, then end; undated events count as oldest). Only the
	// candidates' dates are read to rank them, so the timeline of a busy
	// entity costs about Limit event reads.
	Limit int
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
	return s.quadsOf(ctx, s.qs.QuadIterator(dir, ref))
}

// quadsOf lists the quads a quad iterator yields.
func (s *Store) quadsOf(ctx context.Context, shape iterator.Shape) ([]quad.Quad, error) {
	it := shape.Iterate()
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

// reader caches entity and article lookups while one query builds events.
type reader struct {
	s        *Store
	ctx      context.Context
	entities map[quad.Value]*extract.Entity
	articles map[quad.Value]*extract.ArticleRef
	dates    map[quad.Value]*extract.Date
	// pre holds prefetched properties by node hash (SQL backends).
	pre map[string]props
	// fromQuads ignores ng:record and reads events from their quads.
	fromQuads bool
}

func (s *Store) newReader(ctx context.Context) *reader {
	return &reader{s: s, ctx: ctx, entities: map[quad.Value]*extract.Entity{}, articles: map[quad.Value]*extract.ArticleRef{}, dates: map[quad.Value]*extract.Date{}, fromQuads: s.fromQuads}
}

func (r *reader) entity(node quad.Value) (extract.Entity, error) {
	if e, ok := r.entities[node]; ok {
		return *e, nil
	}
	e, err := r.s.readEntity(r.ctx, node)
	if err != nil {
		return e, err
	}
	r.entities[node] = &e
	return e, nil
}

// readEntity reads an entity's facts: the first of each single-valued fact
// and every distinct alias, by (subject, predicate) index lookups.
func (s *Store) readEntity(ctx context.Context, node quad.Value) (extract.Entity, error) {
	if e, ok := s.cached(node); ok {
		if e, ok := e.(extract.Entity); ok {
			return e, nil
		}
	}
	gen := s.cacheGen()
	iri, _ := node.(quad.IRI)
	e := extract.Entity{ID: unescapeIRI(iri, entityPrefix)}
	ref, err := s.ref(ctx, node)
	if err != nil || ref == nil {
		return e, err
	}
	fields := []struct {
		pred quad.IRI
		dst  *string
	}{
		{PredName, &e.Name}, {PredKind, &e.Kind}, {PredCountry, &e.Country}, {PredCode, &e.Code},
		{PredRole, &e.Role}, {PredAffiliation, &e.Affiliation},
	}
	if s.sqlDB() != nil { // one query: the distinct facts
		p, err := s.propsOf(ctx, ref)
		if err != nil {
			return e, err
		}
		for _, f := range fields {
			*f.dst = p.str(f.pred)
		}
		for _, a := range p[PredAlias] {
			if str, ok := quad.NativeOf(a).(string); ok {
				e.Mentions = append(e.Mentions, str)
			}
		}
		sort.Strings(e.Mentions)
		return e, nil
	}
	var rs []refs.Ref
	var dst []*string
	for _, f := range fields {
		os, err := s.objectsOf(ctx, ref, f.pred, true)
		if err != nil {
			return e, err
		}
		if len(os) > 0 {
			rs = append(rs, os[0])
			dst = append(dst, f.dst)
		}
	}
	aliases, err := s.objectsOf(ctx, ref, PredAlias, false)
	if err != nil {
		return e, err
	}
	vals, err := s.values(ctx, append(rs, aliases...))
	if err != nil {
		return e, err
	}
	for i, v := range vals {
		str, _ := quad.NativeOf(v).(string)
		if i < len(dst) {
			*dst[i] = str
		} else if str != "" {
			e.Mentions = append(e.Mentions, str)
		}
	}
	sort.Strings(e.Mentions)
	s.cache(node, e, gen)
	return e, nil
}

func (r *reader) article(node quad.Value) (extract.ArticleRef, error) {
	if a, ok := r.articles[node]; ok {
		return *a, nil
	}
	if v, ok := r.s.cached(node); ok {
		if a, ok := v.(extract.ArticleRef); ok {
			r.articles[node] = &a
			return a, nil
		}
	}
	gen := r.s.cacheGen()
	ref, err := r.s.ref(r.ctx, node)
	if err != nil || ref == nil {
		return extract.ArticleRef{}, err
	}
	f, err := r.s.firstValues(r.ctx, ref, []quad.IRI{PredID, PredTitle, PredURL, PredPublisher, PredPublished})
	if err != nil {
		return extract.ArticleRef{}, err
	}
	a := extract.ArticleRef{ID: f[0], Title: f[1], URL: f[2], Source: f[3], Published: f[4]}
	r.articles[node] = &a
	r.s.cache(node, a, gen)
	return a, nil
}

func (r *reader) date(node quad.Value, text string) (*extract.Date, error) {
	d, ok := r.dates[node]
	if !ok {
		if v, hit := r.s.cached(node); hit {
			if c, isDate := v.(extract.Date); isDate {
				d, ok = &c, true
				r.dates[node] = d
			}
		}
	}
	if !ok {
		gen := r.s.cacheGen()
		ref, err := r.s.ref(r.ctx, node)
		if err != nil || ref == nil {
			return nil, err
		}
		f, err := r.s.firstValues(r.ctx, ref, []quad.IRI{PredValue, PredStart, PredEnd, PredGranularity})
		if err != nil {
			return nil, err
		}
		d = &extract.Date{Value: f[0], Start: f[1], End: f[2], Granularity: f[3]}
		r.dates[node] = d
		r.s.cache(node, *d, gen)
	}
	cp := *d
	cp.Text = text
	return &cp, nil
}

func (r *reader) event(node quad.Value) (extract.Event, error) {
	ref, err := r.s.ref(r.ctx, node)
	if err != nil || ref == nil {
		return extract.Event{}, err
	}
	return r.eventAt(ref, node)
}

// eventAt reads the event whose node is node, with ref its store ref:
// from its ng:record when it has exactly one (one reporting article), else
// from its quads.
func (r *reader) eventAt(ref refs.Ref, node quad.Value) (extract.Event, error) {
	if r.pre == nil && !r.fromQuads && r.s.sqlDB() == nil {
		recs, err := r.s.objectsOf(r.ctx, ref, PredRecord, false)
		if err != nil {
			return extract.Event{}, err
		}
		if len(recs) == 1 {
			vals, err := r.s.values(r.ctx, recs)
			if err != nil {
				return extract.Event{}, err
			}
			if raw, ok := quad.NativeOf(vals[0]).(string); ok {
				return r.eventFromRecord(node, raw)
			}
		}
	}
	p, err := r.propsAt(ref)
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
		ev.DateFrom = p.str(PredDateFrom)
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
//
// Candidates come from indexes before any event is read: the events of the
// entity (its ng:source and ng:target in-edges) and, when From and To are
// both set, the events in the date buckets of that range (see Buckets);
// both, intersected, when both are given. Only without either does it read
// every event.
func (s *Store) Events(ctx context.Context, f Filter) ([]extract.Event, error) {
	r := s.newReader(ctx)
	var cand *refSet
	if key := firstNonEmpty(f.Entity, f.Source, f.Target); key != "" {
		ents, err := s.EntitiesMatching(ctx, key)
		if err != nil {
			return nil, err
		}
		if f.Limit > 0 && f.From == "" && f.To == "" && s.sqlDB() == nil && !s.rankLatest {
			evs, ok, err := s.latestOf(ctx, r, ents, f)
			if err != nil || ok {
				return evs, err
			}
		}
		set, err := s.eventsOfEntities(ctx, ents)
		if err != nil {
			return nil, err
		}
		cand = set
	}
	if f.From != "" && f.To != "" {
		set, ok, err := s.eventsInRange(ctx, f.From, f.To)
		if err != nil {
			return nil, err
		}
		if ok {
			if cand == nil {
				cand = set
			} else {
				cand = cand.intersect(set)
			}
		}
	}
	if cand == nil {
		cand = newRefSet()
		if err := s.subjects(ctx, ClassEvent, func(p quad.IRI) bool { return p == PredType }, cand); err != nil {
			return nil, err
		}
	}
	if db := s.sqlDB(); db != nil && s.cfg.Backend == "postgres" {
		// A few queries for the whole candidate set instead of several
		// round trips per event.
		if err := r.prefetchEvents(db, cand.list); err != nil {
			return nil, err
		}
	}
	if f.Limit > 0 && len(cand.list) > f.Limit {
		if err := s.latestFirst(ctx, cand.list, r); err != nil {
			return nil, err
		}
	}
	nodes, err := s.values(ctx, cand.list)
	if err != nil {
		return nil, err
	}
	keep := f.matcher()
	read := func(i int) (extract.Event, error) { return r.eventAt(cand.list[i], nodes[i]) }
	if f.Limit == 0 && len(nodes) >= 64 && r.pre == nil {
		pre, err := s.readEvents(ctx, cand.list, nodes)
		if err != nil {
			return nil, err
		}
		read = func(i int) (extract.Event, error) { return pre[i], nil }
	}
	out := []extract.Event{}
	for i, n := range nodes {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if n == nil {
			continue
		}
		ev, err := read(i)
		if err != nil {
			return nil, err
		}
		if !keep(ev) {
			continue
		}
		out = append(out, ev)
		if f.Limit > 0 && len(out) >= f.Limit {
			break
		}
	}
	return out, nil
}

// matcher returns the test an event read from a candidate set must pass.
func (f Filter) matcher() func(extract.Event) bool {
	types := map[string]bool{}
	for _, t := range f.Types {
		types[t] = true
	}
	return func(ev extract.Event) bool {
		if ev.Type == "" {
			return false // not an event (a stale ref)
		}
		if len(types) > 0 && !types[ev.Type] {
			return false
		}
		if f.Claims {
			if t, ok := extract.LookupEventType(ev.Type); !ok || !t.Claim {
				return false
			}
		}
		if f.Entity != "" && !matchesAny(ev.Source, f.Entity) && !matchesAny(ev.Target, f.Entity) {
			return false
		}
		if f.Source != "" && !matchesAny(ev.Source, f.Source) {
			return false
		}
		if f.Target != "" && !matchesAny(ev.Target, f.Target) {
			return false
		}
		if f.From != "" || f.To != "" {
			if ev.Date == nil || ev.Date.Start == "" {
				return false
			}
			end := ev.Date.End
			if end == "" {
				end = ev.Date.Start
			}
			if f.From != "" && end < f.From || f.To != "" && ev.Date.Start > f.To {
				return false
			}
		}
		return true
	}
}

// latestOf answers an entity timeline with a limit from the entities'
// timeline buckets (see TimelineIRI), newest period first: the "later"
// bucket, then the years from LastTimelineYear down, and in a year that has
// a bucket its months from December down. It stops after the first month
// that brings the matching events to f.Limit: every event of a later
// period has been read, and every event of an earlier one starts before
// them. ok is false when the buckets down to FirstTimelineYear hold fewer
// than f.Limit matching events (older, undated or pre-bucket events may
// then count); the caller reads every event of the entities instead.
func (s *Store) latestOf(ctx context.Context, r *reader, ents []extract.Entity, f Filter) ([]extract.Event, bool, error) {
	keep := f.matcher()
	seen := newRefSet()
	var out []extract.Event
	// bucket reads the new events of the entities' buckets of one period.
	bucket := func(period string) error {
		fresh := newRefSet()
		for _, e := range ents {
			set := newRefSet()
			if err := s.subjects(ctx, TimelineIRI(e.ID, period), func(p quad.IRI) bool { return p == PredInTimeline }, set); err != nil {
				return err
			}
			for _, ref := range set.list {
				if !seen.keys[refs.ToKey(ref)] {
					seen.add(ref)
					fresh.add(ref)
				}
			}
		}
		nodes, err := s.values(ctx, fresh.list)
		if err != nil {
			return err
		}
		for i, n := range nodes {
			if n == nil {
				continue
			}
			ev, err := r.eventAt(fresh.list[i], n)
			if err != nil {
				return err
			}
			if keep(ev) {
				out = append(out, ev)
			}
		}
		return ctx.Err()
	}
	done := func() bool { return len(out) >= f.Limit }
	if err := bucket("later"); err != nil {
		return nil, false, err
	}
	for y := LastTimelineYear; y >= FirstTimelineYear && !done(); y-- {
		year := fmt.Sprintf("%04d", y)
		// The year bucket only tells whether to probe the year's months.
		has := false
		for _, e := range ents {
			ref, err := s.ref(ctx, TimelineIRI(e.ID, year))
			if err != nil {
				return nil, false, err
			}
			has = has || ref != nil
		}
		for m := 12; has && m >= 1 && !done(); m-- {
			if err := bucket(fmt.Sprintf("%s-%02d", year, m)); err != nil {
				return nil, false, err
			}
		}
	}
	if !done() {
		return nil, false, nil
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Date, out[j].Date
		if a == nil || b == nil { // not from a bucket; cannot happen
			return b == nil && a != nil
		}
		if a.Start != b.Start {
			return a.Start > b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return out[i].ID < out[j].ID
	})
	return out[:f.Limit], true, nil
}

// readEvents reads many events on every core; bolt and the SQL backends
// serve concurrent readers.
func (s *Store) readEvents(ctx context.Context, list []refs.Ref, nodes []quad.Value) ([]extract.Event, error) {
	out := make([]extract.Event, len(list))
	var next atomic.Int64
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	workers := min(runtime.GOMAXPROCS(0), 4)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := s.newReader(ctx)
			for {
				i := int(next.Add(1) - 1)
				if i >= len(list) {
					return
				}
				if nodes[i] == nil {
					continue
				}
				ev, err := r.eventAt(list[i], nodes[i])
				if err == nil {
					err = ctx.Err()
				}
				if err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					next.Store(int64(len(list)))
					return
				}
				out[i] = ev
			}
		}()
	}
	wg.Wait()
	return out, first
}

// latestFirst sorts event refs by date, latest first, reading only each
// event's denormalised start and end.
func (s *Store) latestFirst(ctx context.Context, list []refs.Ref, r *reader) error {
	type dated struct {
		ref        refs.Ref
		start, end string
	}
	ds := make([]dated, len(list))
	for i, ref := range list {
		if p, ok := r.prefetched(ref); ok {
			ds[i] = dated{ref, p.str(PredStart), p.str(PredEnd)}
			continue
		}
		f, err := s.firstValues(ctx, ref, []quad.IRI{PredStart, PredEnd})
		if err != nil {
			return err
		}
		ds[i] = dated{ref, f[0], f[1]}
	}
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].start != ds[j].start {
			return ds[i].start > ds[j].start
		}
		return ds[i].end > ds[j].end
	})
	for i := range ds {
		list[i] = ds[i].ref
	}
	return nil
}

// maxRangeMonths bounds the date ranges answered from month buckets; a
// longer range reads every event instead.
const maxRangeMonths = 240

// eventsInRange collects the events in the month and year buckets that
// [from, to] touches. ok is false when the range is too long or malformed
// to be worth it; the caller then scans.
func (s *Store) eventsInRange(ctx context.Context, from, to string) (*refSet, bool, error) {
	if to < from {
		return newRefSet(), true, nil
	}
	months, _ := Buckets(from, to)
	if months == nil {
		// Longer than MaxMonthBuckets: enumerate months up to the bound.
		if len(from) < 7 || len(to) < 7 {
			return nil, false, nil
		}
		y, m := atoi(from[:4]), atoi(from[5:7])
		ey, em := atoi(to[:4]), atoi(to[5:7])
		if (ey-y)*12+em-m+1 > maxRangeMonths || m < 1 || m > 12 {
			return nil, false, nil
		}
		for ; y < ey || y == ey && m <= em; m++ {
			if m > 12 {
				y, m = y+1, 1
			}
			months = append(months, fmt.Sprintf("%04d-%02d", y, m))
		}
	}
	set := newRefSet()
	for _, mo := range months {
		if err := s.subjects(ctx, MonthIRI(mo), nil, set); err != nil {
			return nil, false, err
		}
	}
	for y := atoi(from[:4]); y <= atoi(to[:4]); y++ {
		if err := s.subjects(ctx, YearIRI(fmt.Sprintf("%04d", y)), nil, set); err != nil {
			return nil, false, err
		}
	}
	return set, true, nil
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return -1
		}
		n = n*10 + int(c-'0')
	}
	return n
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// eventsOfEntities collects the events whose source or target is one of
// ents (the entities matching a user's key), walking from their nodes.
func (s *Store) eventsOfEntities(ctx context.Context, ents []extract.Entity) (*refSet, error) {
	set := newRefSet()
	for _, e := range ents {
		if err := s.subjects(ctx, EntityIRI(e.ID), func(p quad.IRI) bool { return p == PredSource || p == PredTarget }, set); err != nil {
			return nil, err
		}
	}
	return set, nil
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
	// A country code, or a name or alias as stored: index lookups.
	if out := s.entitiesByExactKey(ctx, key); len(out) > 0 {
		return out, nil
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

// entitiesByExactKey finds entities by index alone: key as an ISO3 country
// code, or as a name or alias exactly as stored. Case variants and surnames
// are left to the scan in EntitiesMatching.
func (s *Store) entitiesByExactKey(ctx context.Context, key string) []extract.Entity {
	key = strings.TrimSpace(key)
	if key == "" {
		return nil
	}
	r := s.newReader(ctx)
	var out []extract.Entity
	seen := map[quad.Value]bool{}
	try := func(node quad.Value) {
		if seen[node] {
			return
		}
		seen[node] = true
		if e, err := r.entity(node); err == nil && e.Kind != "" && EntityMatches(e, key) {
			out = append(out, e)
		}
	}
	if len(key) == 3 {
		if ref, err := s.ref(ctx, EntityIRI(CountryEntityID(strings.ToUpper(key)))); err == nil && ref != nil {
			try(EntityIRI(CountryEntityID(strings.ToUpper(key))))
		}
	}
	for _, lit := range []string{key, "the " + key} {
		ref, err := s.ref(ctx, quad.String(lit))
		if err != nil || ref == nil {
			continue
		}
		es, err := s.edges(ctx, quad.Object, ref, func(p quad.IRI) bool { return p == PredName || p == PredAlias })
		if err != nil {
			continue
		}
		rs := make([]refs.Ref, len(es))
		for i, e := range es {
			rs[i] = e.other
		}
		vals, err := s.values(ctx, rs)
		if err != nil {
			continue
		}
		for _, v := range vals {
			if v != nil {
				try(v)
			}
		}
	}
	sortEntities(out)
	return out
}
