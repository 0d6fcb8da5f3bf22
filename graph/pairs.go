package graph

import (
	"context"
	"fmt"
	"io"
	"sort"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
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
// It reads only the predicate index of the edge (<ng:accused>): the
// subject and object refs come from the index entries and only the nodes
// of the pairs are resolved, so it costs one index scan however large the
// rest of the store is.
func (s *Store) EdgePairs(ctx context.Context, eventType string, limit int) ([]Pair, error) {
	t, ok := extract.LookupEventType(eventType)
	if !ok || t.Edge == "" {
		return nil, fmt.Errorf("unknown event type %q", eventType)
	}
	pred, err := s.ref(ctx, EdgePredicate(t.Edge))
	if err != nil || pred == nil {
		return []Pair{}, err
	}
	type key struct{ s, o any }
	type agg struct {
		s, o  refs.Ref
		count int
	}
	counts := map[key]*agg{}
	it := s.qs.QuadIterator(quad.Predicate, pred).Iterate()
	for it.Next(ctx) {
		q := it.Result()
		sr, err1 := s.qs.QuadDirection(q, quad.Subject)
		or, err2 := s.qs.QuadDirection(q, quad.Object)
		if err1 != nil || err2 != nil {
			it.Close()
			return nil, fmt.Errorf("edge pairs: %v %v", err1, err2)
		}
		k := key{refs.ToKey(sr), refs.ToKey(or)}
		a := counts[k]
		if a == nil {
			a = &agg{s: sr, o: or}
			counts[k] = a
		}
		a.count++
	}
	err = it.Err()
	it.Close()
	if err != nil {
		return nil, err
	}
	all := make([]*agg, 0, len(counts))
	for _, a := range counts {
		all = append(all, a)
	}
	// Rank by count; ties need ids, so resolve the nodes of every pair whose
	// count reaches the limit-th count (usually few more than limit).
	sort.Slice(all, func(i, j int) bool { return all[i].count > all[j].count })
	cut := len(all)
	if limit > 0 && limit < len(all) {
		min := all[limit-1].count
		cut = limit
		for cut < len(all) && all[cut].count == min {
			cut++
		}
	}
	all = all[:cut]
	rs := make([]refs.Ref, 0, 2*len(all))
	for _, a := range all {
		rs = append(rs, a.s, a.o)
	}
	vals, err := graph.ValuesOf(ctx, s.qs, rs)
	if err != nil {
		return nil, err
	}
	r := s.newReader(ctx)
	out := make([]Pair, 0, len(all))
	for i, a := range all {
		src, err := r.entity(vals[2*i])
		if err != nil {
			return nil, err
		}
		dst, err := r.entity(vals[2*i+1])
		if err != nil {
			return nil, err
		}
		out = append(out, Pair{Source: src, Target: dst, Count: a.count})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		if a.Source.ID != b.Source.ID {
			return a.Source.ID < b.Source.ID
		}
		return a.Target.ID < b.Target.ID
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
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
