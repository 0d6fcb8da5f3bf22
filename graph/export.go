package graph

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"
)

// AllQuads returns every quad in the store, sorted so that the same store
// always exports the same way.
func (s *Store) AllQuads(ctx context.Context) ([]quad.Quad, error) {
	out, err := s.quadsOf(ctx, s.qs.QuadsAllIterator())
	if err != nil {
		return nil, err
	}
	SortQuads(out)
	return out, nil
}

// ArticleQuads returns every quad labelled with one of the articles: the
// complete subgraph each article stored (its entities, events and dates
// included), sorted.
func (s *Store) ArticleQuads(ctx context.Context, articleIDs []string) ([]quad.Quad, error) {
	seen := map[string]bool{}
	var out []quad.Quad
	for _, id := range articleIDs {
		if seen[id] {
			continue
		}
		seen[id] = true
		qs, err := s.labelQuads(ctx, ArticleIRI(id))
		if err != nil {
			return nil, err
		}
		out = append(out, qs...)
	}
	SortQuads(out)
	return out, nil
}

// SortQuads orders quads by label, subject, predicate and object.
func SortQuads(qs []quad.Quad) {
	str := func(v quad.Value) string {
		if v == nil {
			return ""
		}
		return v.String()
	}
	sort.Slice(qs, func(i, j int) bool {
		a, b := qs[i], qs[j]
		for _, p := range [][2]string{
			{str(a.Label), str(b.Label)}, {str(a.Subject), str(b.Subject)},
			{str(a.Predicate), str(b.Predicate)}, {str(a.Object), str(b.Object)},
		} {
			if p[0] != p[1] {
				return p[0] < p[1]
			}
		}
		return false
	})
}
