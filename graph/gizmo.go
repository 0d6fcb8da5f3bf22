package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
)

// ErrQueryTimeout is returned when a Gizmo query runs past its deadline.
var ErrQueryTimeout = errors.New("query timed out")

// Query runs a Gizmo query and returns its results as JSON-ready values. A
// query stops at limit results (0: no limit) and after timeout (0: none);
// Gizmo is JavaScript, so the timeout is what stops an endless loop.
func (s *Store) Query(ctx context.Context, text string, limit int, timeout time.Duration) ([]any, error) {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	ses := gizmo.NewSession(s.qs)
	it, err := ses.Execute(ctx, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	defer it.Close()
	out := []any{}
	for it.Next(ctx) {
		out = append(out, it.Result())
		if limit > 0 && len(out) >= limit {
			break
		}
	}
	if err := it.Err(); err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return out, fmt.Errorf("%w after %s", ErrQueryTimeout, timeout)
		}
		return out, fmt.Errorf("gizmo: %w", err)
	}
	return out, nil
}
