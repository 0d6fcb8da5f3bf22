package graph

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/newsgraph/newsgraph/extract"
)

// Pair is one (source, target) pair of a direct edge class with the number
// of articles that report it.
type Pair struct {
	Source extract.Entity `json:"source"`
	Target extract.Entity `json:"target"`
	// Count is the number of articles reporting that Source did it to
	// Target: the direct edge is one quad per reporting article (several
	// events of one article count once). Negated events draw no edge.
	Count int `json:"count"`
}

// AccusationPairs is the who-accused-whom table: the limit (0: all) most
// frequent (accuser, accused) pairs, most reported first.
func (s *Store) AccusationPairs(ctx context.Context, limit int) ([]Pair, error) {
	return s.EdgePairs(ctx, "accuse", limit)
}

// EdgePairs counts the direct edges of an event class ("accuse",
// "condemn", "attack"...) by (source, target) and returns the limit (0: all)
// most frequent pairs, ties broken by source then target id.
//
// It reads one index range, the pair index <pairs/accused> <ng:pair> ?, whose
// quads are one per (pair, reporting article); it counts them by object ref
// and resolves only the nodes of the pairs it returns (and of pairs tied
// with the last one).
func (s *Store) EdgePairs(ctx context.Context, eventType string, limit int) ([]Pair, error) {
	t, ok := extract.LookupEventType(eventType)
	if !ok || t.Edge == "" {
		return nil, fmt.Errorf("unknown event type %q", eventType)
	}
	hub, err := s.ref(ctx, PairsIRI(t.Edge))
	if err != nil || hub == nil {
		return []Pair{}, err
	}
	type agg struct {
		ref   refs.Ref
		count int
	}
	counts := map[any]*agg{}
	es, err := s.edges(ctx, quad.Subject, hub, func(p quad.IRI) bool { return p == PredPair })
	if err != nil {
		return nil, err
	}
	for _, e := range es {
		k := refs.ToKey(e.other)
		a := counts[k]
		if a == nil {
			a = &agg{ref: e.other}
			counts[k] = a
		}
		a.count++
	}
	all := make([]*agg, 0, len(counts))
	for _, a := range counts {
		all = append(all, a)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].count > all[j].count })
	if limit > 0 && limit < len(all) {
		min := all[limit-1].count
		cut := limit
		for cut < len(all) && all[cut].count == min {
			cut++
		}
		all = all[:cut]
	}
	rs := make([]refs.Ref, len(all))
	for i, a := range all {
		rs[i] = a.ref
	}
	vals, err := s.values(ctx, rs)
	if err != nil {
		return nil, err
	}
	type named struct {
		src, dst string
		count    int
	}
	ns := make([]named, 0, len(all))
	for i, v := range vals {
		iri, _ := v.(quad.IRI)
		src, dst, ok := parsePairIRI(iri)
		if !ok {
			continue
		}
		ns = append(ns, named{src, dst, all[i].count})
	}
	sort.Slice(ns, func(i, j int) bool {
		a, b := ns[i], ns[j]
		if a.count != b.count {
			return a.count > b.count
		}
		if a.src != b.src {
			return a.src < b.src
		}
		return a.dst < b.dst
	})
	if limit > 0 && len(ns) > limit {
		ns = ns[:limit]
	}
	r := s.newReader(ctx)
	if db := s.sqlDB(); db != nil && s.cfg.Backend == "postgres" {
		// All the pairs' entities in one query.
		var iris []quad.IRI
		var rs []refs.Ref
		for _, n := range ns {
			for _, id := range []string{n.src, n.dst} {
				iri := EntityIRI(id)
				iris = append(iris, iri)
				rs = append(rs, csql.NodeHash{ValueHash: refs.HashOf(iri)})
			}
		}
		pre, err := s.sqlPropsMany(ctx, db, rs)
		if err != nil {
			return nil, err
		}
		for i, iri := range iris {
			h, _ := hashBytes(rs[i])
			if p, ok := pre[string(h)]; ok {
				e := entityFromProps(iri, p)
				r.entities[iri] = &e
			}
		}
	}
	out := make([]Pair, 0, len(ns))
	for _, n := range ns {
		src, err := r.entity(EntityIRI(n.src))
		if err != nil {
			return nil, err
		}
		dst, err := r.entity(EntityIRI(n.dst))
		if err != nil {
			return nil, err
		}
		out = append(out, Pair{Source: src, Target: dst, Count: n.count})
	}
	return out, nil
}

// WriteNQuads writes every quad of the store as N-Quads and returns how
// many it wrote; `cayley load` reads the result.
func (s *Store) WriteNQuads(ctx context.Context, w io.Writer) (int, error) {
	qw := nquads.NewWriter(w)
	it := s.qs.QuadsAllIterator().Iterate()
	defer it.Close()
	n := 0
	for it.Next(ctx) {
		q, err := s.qs.Quad(it.Result())
		if err != nil {
			return n, err
		}
		if err := qw.WriteQuad(q); err != nil {
			return n, err
		}
		n++
	}
	if err := it.Err(); err != nil {
		return n, err
	}
	return n, qw.Close()
}
