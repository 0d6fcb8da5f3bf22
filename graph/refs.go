package graph

import (
	"context"
	"sync"

	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// Reads work on Cayley refs rather than values where they can: a quad's
// directions are read from the index entry itself (QuadDirection) and node
// values are resolved in one batch (graph.ValuesOf) instead of decoding
// every quad with qs.Quad, which on bolt opens a read transaction and
// resolves four values per quad. Predicates are few, so their refs are
// cached per store.

type refCache struct {
	mu       sync.Mutex
	preds    map[any]quad.IRI // ref key → predicate
	predRefs map[quad.IRI]refs.Ref
	gen      uint64             // bumped by every write
	nodes    map[quad.Value]any // entity, article and date records
	values   map[any]quad.Value // ref key → value (embedded stores)
}

// predOf returns the predicate IRI of a predicate ref.
func (s *Store) predOf(ctx context.Context, ref refs.Ref) (quad.IRI, error) {
	k := refs.ToKey(ref)
	s.rc.mu.Lock()
	p, ok := s.rc.preds[k]
	s.rc.mu.Unlock()
	if ok {
		return p, nil
	}
	v, err := s.qs.NameOf(ref)
	if err != nil {
		return "", err
	}
	p, _ = v.(quad.IRI)
	s.rc.mu.Lock()
	if s.rc.preds == nil {
		s.rc.preds = map[any]quad.IRI{}
	}
	s.rc.preds[k] = p
	s.rc.mu.Unlock()
	return p, nil
}

// edge is one quad seen from a node: its predicate and the ref at the
// other end.
type edge struct {
	pred  quad.IRI
	other refs.Ref
}

// edges lists the quads with ref in direction dir, as (predicate, other
// end) where the other end is the object for dir Subject and the subject
// otherwise. keep, when not nil, selects predicates.
func (s *Store) edges(ctx context.Context, dir quad.Direction, ref refs.Ref, keep func(quad.IRI) bool) ([]edge, error) {
	other := quad.Object
	if dir != quad.Subject {
		other = quad.Subject
	}
	it := s.qs.QuadIterator(dir, ref).Iterate()
	defer it.Close()
	var out []edge
	for it.Next(ctx) {
		q := it.Result()
		pr, err := s.qs.QuadDirection(q, quad.Predicate)
		if err != nil {
			return nil, err
		}
		p, err := s.predOf(ctx, pr)
		if err != nil {
			return nil, err
		}
		if keep != nil && !keep(p) {
			continue
		}
		o, err := s.qs.QuadDirection(q, other)
		if err != nil {
			return nil, err
		}
		out = append(out, edge{pred: p, other: o})
	}
	return out, it.Err()
}

// propsOf reads a node's outgoing quads as predicate → distinct objects,
// resolving the objects in one batch.
func (s *Store) propsOf(ctx context.Context, ref refs.Ref) (props, error) {
	if db := s.sqlDB(); db != nil {
		return s.sqlProps(ctx, db, ref)
	}
	es, err := s.edges(ctx, quad.Subject, ref, nil)
	if err != nil {
		return nil, err
	}
	rs := make([]refs.Ref, len(es))
	for i, e := range es {
		rs[i] = e.other
	}
	vals, err := s.values(ctx, rs)
	if err != nil {
		return nil, err
	}
	p := props{}
	for i, e := range es {
		v := vals[i]
		if v == nil {
			continue
		}
		dup := false
		for _, w := range p[e.pred] {
			dup = dup || w == v
		}
		if !dup {
			p[e.pred] = append(p[e.pred], v)
		}
	}
	return p, nil
}

// refSet is an insertion-ordered set of refs.
type refSet struct {
	keys map[any]bool
	list []refs.Ref
}

func newRefSet() *refSet { return &refSet{keys: map[any]bool{}} }

func (r *refSet) add(ref refs.Ref) {
	k := refs.ToKey(ref)
	if !r.keys[k] {
		r.keys[k] = true
		r.list = append(r.list, ref)
	}
}

func (r *refSet) has(ref refs.Ref) bool { return r.keys[refs.ToKey(ref)] }

// intersect keeps the refs also in o.
func (r *refSet) intersect(o *refSet) *refSet {
	out := newRefSet()
	for _, ref := range r.list {
		if o.has(ref) {
			out.add(ref)
		}
	}
	return out
}

// subjects adds to set the subjects of quads <subject> <pred> <obj> for
// any pred accepted by keep.
func (s *Store) subjects(ctx context.Context, obj quad.Value, keep func(quad.IRI) bool, set *refSet) error {
	ref, err := s.ref(ctx, obj)
	if err != nil || ref == nil {
		return err
	}
	es, err := s.edges(ctx, quad.Object, ref, keep)
	if err != nil {
		return err
	}
	for _, e := range es {
		set.add(e.other)
	}
	return nil
}

// objectsOf returns the distinct objects of quads <sub> <pred> ?o, reading
// only the (subject, predicate) index range (one SQL query on the SQL
// backends); with first it stops at the first one. Entity facts are
// written once per mentioning article, so an entity in many articles has
// many identical facts that differ only in label: reading one is enough.
func (s *Store) objectsOf(ctx context.Context, sub refs.Ref, pred quad.IRI, first bool) ([]refs.Ref, error) {
	pr, err := s.predRef(ctx, pred)
	if err != nil || pr == nil {
		return nil, err
	}
	it := shape.BuildIterator(ctx, s.qs, shape.QuadsAction{
		Result: quad.Object,
		Filter: map[quad.Direction]refs.Ref{quad.Subject: sub, quad.Predicate: pr},
	}).Iterate()
	defer it.Close()
	seen := map[any]bool{}
	var out []refs.Ref
	for it.Next(ctx) {
		r := it.Result()
		if k := refs.ToKey(r); !seen[k] {
			seen[k] = true
			out = append(out, r)
			if first {
				break
			}
		}
	}
	return out, it.Err()
}

// predRef returns the ref of a predicate, cached.
func (s *Store) predRef(ctx context.Context, pred quad.IRI) (refs.Ref, error) {
	s.rc.mu.Lock()
	r, ok := s.rc.predRefs[pred]
	s.rc.mu.Unlock()
	if ok {
		return r, nil
	}
	r, err := s.ref(ctx, pred)
	if err != nil || r == nil {
		return nil, err // not cached: the predicate may appear later
	}
	s.rc.mu.Lock()
	if s.rc.predRefs == nil {
		s.rc.predRefs = map[quad.IRI]refs.Ref{}
	}
	s.rc.predRefs[pred] = r
	s.rc.mu.Unlock()
	return r, nil
}

// Node cache. Entity and date nodes are shared by many articles, each of
// which writes their facts under its own label, so reading one costs index
// lookups that grow with the store; articles are read once per event. A
// store that is the only writer (the embedded backends, which hold a lock
// on their directory) caches these records until its next write. SQL
// stores may have other writers and do not cache.
func (s *Store) cached(node quad.Value) (any, bool) {
	if !s.cacheNodes() {
		return nil, false
	}
	s.rc.mu.Lock()
	defer s.rc.mu.Unlock()
	v, ok := s.rc.nodes[node]
	return v, ok
}

func (s *Store) cache(node quad.Value, v any, gen uint64) {
	if !s.cacheNodes() {
		return
	}
	s.rc.mu.Lock()
	defer s.rc.mu.Unlock()
	if gen != s.rc.gen {
		return // a write happened while it was read
	}
	if s.rc.nodes == nil || len(s.rc.nodes) > 500000 {
		s.rc.nodes = map[quad.Value]any{}
	}
	s.rc.nodes[node] = v
}

func (s *Store) cacheGen() uint64 {
	s.rc.mu.Lock()
	defer s.rc.mu.Unlock()
	return s.rc.gen
}

// invalidate drops cached records; every write calls it.
func (s *Store) invalidate() {
	s.rc.mu.Lock()
	s.rc.gen++
	s.rc.nodes = nil
	s.rc.values = nil
	s.rc.mu.Unlock()
}

func (s *Store) cacheNodes() bool {
	switch s.cfg.Backend {
	case "postgres", "cockroach", "mysql":
		return false
	}
	return true
}

// firstValues reads the first object of each of preds on node, in one
// batch: the single-valued facts of a shared node.
func (s *Store) firstValues(ctx context.Context, ref refs.Ref, preds []quad.IRI) ([]string, error) {
	out := make([]string, len(preds))
	if s.sqlDB() != nil {
		p, err := s.propsOf(ctx, ref)
		if err != nil {
			return nil, err
		}
		for i, pred := range preds {
			if vs := p[pred]; len(vs) > 0 {
				if str, ok := quad.NativeOf(vs[0]).(string); ok {
					out[i] = str
				} else {
					out[i] = vs[0].String()
				}
			}
		}
		return out, nil
	}
	var rs []refs.Ref
	var idx []int
	for i, p := range preds {
		os, err := s.objectsOf(ctx, ref, p, true)
		if err != nil {
			return nil, err
		}
		if len(os) > 0 {
			rs = append(rs, os[0])
			idx = append(idx, i)
		}
	}
	vals, err := s.values(ctx, rs)
	if err != nil {
		return nil, err
	}
	for k, v := range vals {
		if v == nil {
			continue
		}
		if str, ok := quad.NativeOf(v).(string); ok {
			out[idx[k]] = str
		} else {
			out[idx[k]] = v.String()
		}
	}
	return out, nil
}
