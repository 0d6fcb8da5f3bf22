package graph

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	graphlog "github.com/cayleygraph/cayley/graph/log"
	csql "github.com/cayleygraph/cayley/graph/sql"
)

// sqlBulkAdd writes a batch of quad additions to PostgreSQL in one
// transaction with multi-row statements, where Cayley's SQL writer sends
// one INSERT per node and per quad. It writes exactly what Cayley's writer
// would (same tables, columns, node reference counts, ON CONFLICT rules):
// the node upserts, in hash order like Cayley's, then the quads. Batches
// with deletions (re-ingested articles) go through Cayley.
func (s *Store) sqlBulkAdd(ctx context.Context, deltas []graph.Delta) error {
	db := s.sqlDB()
	if db == nil {
		return fmt.Errorf("no SQL connection")
	}
	d := graphlog.SplitDeltas(deltas)
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()

	// Nodes: one multi-row upsert per run of nodes with the same value
	// columns, keeping the hash order across the batch.
	const maxParams = 60000
	var (
		cur  csql.ValueType = -1
		rows []string
		args []any
	)
	flushNodes := func() error {
		if len(rows) == 0 {
			return nil
		}
		q := `INSERT INTO nodes(refs, hash, ` + strings.Join(cur.Columns(), ", ") + `) VALUES ` +
			strings.Join(rows, ", ") + ` ON CONFLICT (hash) DO UPDATE SET refs = nodes.refs + EXCLUDED.refs`
		_, err := tx.ExecContext(ctx, q, args...)
		rows, args = rows[:0], args[:0]
		return err
	}
	for _, n := range d.IncNode {
		typ, vals, err := csql.NodeValues(csql.NodeHash{ValueHash: n.Hash}, n.Val)
		if err != nil {
			return err
		}
		if typ != cur || len(args)+len(vals)+1 > maxParams {
			if err := flushNodes(); err != nil {
				return err
			}
			cur = typ
		}
		ph := make([]string, 0, len(vals)+1)
		args = append(args, n.RefInc)
		ph = append(ph, "$"+strconv.Itoa(len(args)))
		for _, v := range vals {
			args = append(args, v)
			ph = append(ph, "$"+strconv.Itoa(len(args)))
		}
		rows = append(rows, "("+strings.Join(ph, ", ")+")")
	}
	if err := flushNodes(); err != nil {
		return err
	}

	// Quads.
	flushQuads := func() error {
		if len(rows) == 0 {
			return nil
		}
		q := `INSERT INTO quads(subject_hash, predicate_hash, object_hash, label_hash, ts) VALUES ` +
			strings.Join(rows, ", ") + ` ON CONFLICT DO NOTHING`
		_, err := tx.ExecContext(ctx, q, args...)
		rows, args = rows[:0], args[:0]
		return err
	}
	for _, qu := range d.QuadAdd {
		if len(args)+4 > maxParams {
			if err := flushQuads(); err != nil {
				return err
			}
		}
		ph := make([]string, 0, 4)
		for _, h := range qu.Quad.Dirs() {
			args = append(args, csql.NodeHash{ValueHash: h}.SQLValue())
			ph = append(ph, "$"+strconv.Itoa(len(args)))
		}
		rows = append(rows, "("+strings.Join(ph, ", ")+", now())")
	}
	if err := flushQuads(); err != nil {
		return err
	}
	return tx.Commit()
}

// Analyze refreshes PostgreSQL's planner statistics of Cayley's tables.
// After a bulk ingest into a young database the statistics describe a
// much smaller table, and the planner picks sequential scans for lookups
// that should use the indexes; autovacuum catches up only later. Ingest
// calls it at the end on PostgreSQL. Other backends: no-op.
func (s *Store) Analyze(ctx context.Context) error {
	if s.cfg.Backend != "postgres" {
		return nil
	}
	db := s.sqlDB()
	if db == nil {
		return nil
	}
	_, err := db.ExecContext(ctx, `ANALYZE nodes, quads`)
	return err
}
