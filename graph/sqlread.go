package graph

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/extract"
)

// Reads on the SQL backends. Through Cayley's generic API every node
// value is one SELECT, so reading an event costs some twenty round trips.
// These helpers read Cayley's own tables (nodes, quads; see Cayley's
// graph/sql package) directly instead: a node's distinct outgoing
// (predicate, object) pairs with their values in one query, and many node
// values in one query.

// sqlDB is the store's own connection to a SQL backend, opened on first
// use; nil for other backends.
func (s *Store) sqlDB() *sql.DB {
	if s.cfg.Backend != "postgres" && s.cfg.Backend != "cockroach" {
		return nil
	}
	s.sqlOnce.Do(func() {
		driver := "postgres"
		if s.cfg.Backend == "cockroach" {
			driver = "pgx"
		}
		db, err := sql.Open(driver, s.cfg.Address)
		if err == nil {
			db.SetMaxOpenConns(4)
			s.sql = db
		}
	})
	return s.sql
}

const nodeColumns = `n.value, n.value_string, n.datatype, n.language, n.iri, n.bnode, n.value_int, n.value_bool, n.value_float, n.value_time`

// scanNode decodes the columns of nodeColumns, as Cayley's NameOf does.
func scanNode(scan func(dest ...any) error, pre ...any) (quad.Value, error) {
	var (
		data   []byte
		str    sql.NullString
		typ    sql.NullString
		lang   sql.NullString
		iri    sql.NullBool
		bnode  sql.NullBool
		vint   sql.NullInt64
		vbool  sql.NullBool
		vfloat sql.NullFloat64
		vtime  sql.NullTime
	)
	dest := append(pre, &data, &str, &typ, &lang, &iri, &bnode, &vint, &vbool, &vfloat, &vtime)
	if err := scan(dest...); err != nil {
		return nil, err
	}
	unescape := func(s string) string { return strings.ReplaceAll(s, `\x00`, "\x00") }
	switch {
	case str.Valid && iri.Bool:
		return quad.IRI(str.String), nil
	case str.Valid && bnode.Bool:
		return quad.BNode(str.String), nil
	case str.Valid && lang.Valid:
		return quad.LangString{Value: quad.String(unescape(str.String)), Lang: lang.String}, nil
	case str.Valid && typ.Valid:
		return quad.TypedString{Value: quad.String(unescape(str.String)), Type: quad.IRI(typ.String)}, nil
	case str.Valid:
		return quad.String(unescape(str.String)), nil
	case vint.Valid:
		return quad.Int(vint.Int64), nil
	case vbool.Valid:
		return quad.Bool(vbool.Bool), nil
	case vfloat.Valid:
		return quad.Float(vfloat.Float64), nil
	case vtime.Valid:
		return quad.Time(vtime.Time.UTC()), nil
	case data != nil:
		return pquads.UnmarshalValue(data)
	}
	return nil, nil
}

func hashBytes(ref refs.Ref) ([]byte, bool) {
	switch h := ref.(type) {
	case csql.NodeHash:
		b, _ := h.SQLValue().([]byte)
		return b, b != nil
	case refs.ValueHash:
		b, _ := csql.NodeHash{ValueHash: h}.SQLValue().([]byte)
		return b, b != nil
	}
	return nil, false
}

// sqlProps reads a node's distinct (predicate, object) pairs in one query.
func (s *Store) sqlProps(ctx context.Context, db *sql.DB, ref refs.Ref) (props, error) {
	h, ok := hashBytes(ref)
	if !ok {
		return nil, fmt.Errorf("unexpected ref %T", ref)
	}
	rows, err := db.QueryContext(ctx, `SELECT p.value_string, `+nodeColumns+`
FROM (SELECT DISTINCT predicate_hash, object_hash FROM quads WHERE subject_hash = $1) q
JOIN nodes p ON p.hash = q.predicate_hash
JOIN nodes n ON n.hash = q.object_hash`, h)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	p := props{}
	for rows.Next() {
		var pred sql.NullString
		v, err := scanNode(rows.Scan, &pred)
		if err != nil {
			return nil, err
		}
		if v != nil && pred.Valid {
			p[quad.IRI(pred.String)] = append(p[quad.IRI(pred.String)], v)
		}
	}
	return p, rows.Err()
}

// sqlValues resolves many refs in one query (PostgreSQL only).
func (s *Store) sqlValues(ctx context.Context, db *sql.DB, rs []refs.Ref) ([]quad.Value, error) {
	out := make([]quad.Value, len(rs))
	const chunk = 5000
	for lo := 0; lo < len(rs); lo += chunk {
		hi := min(lo+chunk, len(rs))
		idx := map[string][]int{}
		var hs [][]byte
		for i := lo; i < hi; i++ {
			h, ok := hashBytes(rs[i])
			if !ok {
				continue
			}
			if _, seen := idx[string(h)]; !seen {
				hs = append(hs, h)
			}
			idx[string(h)] = append(idx[string(h)], i)
		}
		rows, err := db.QueryContext(ctx, `SELECT n.hash, `+nodeColumns+` FROM nodes n WHERE n.hash = ANY($1)`, pq.ByteaArray(hs))
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var h []byte
			v, err := scanNode(rows.Scan, &h)
			if err != nil {
				rows.Close()
				return nil, err
			}
			for _, i := range idx[string(h)] {
				out[i] = v
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// values resolves refs in one batch: one query on PostgreSQL, Cayley's
// ValuesOf elsewhere, through a cache: an embedded store's refs are node
// ids that always name the same value, and most values an event points to
// (classes, codes, dates, entities) are shared by many events.
func (s *Store) values(ctx context.Context, rs []refs.Ref) ([]quad.Value, error) {
	if db := s.sqlDB(); db != nil && s.cfg.Backend == "postgres" {
		return s.sqlValues(ctx, db, rs)
	}
	out := make([]quad.Value, len(rs))
	var miss []refs.Ref
	var at []int
	s.rc.mu.Lock()
	for i, r := range rs {
		if v, ok := s.rc.values[refs.ToKey(r)]; ok {
			out[i] = v
		} else {
			miss = append(miss, r)
			at = append(at, i)
		}
	}
	s.rc.mu.Unlock()
	if len(miss) == 0 {
		return out, nil
	}
	vals, err := graph.ValuesOf(ctx, s.qs, miss)
	if err != nil {
		return nil, err
	}
	s.rc.mu.Lock()
	if s.rc.values == nil || len(s.rc.values) > 1<<20 {
		s.rc.values = map[any]quad.Value{}
	}
	for k, v := range vals {
		out[at[k]] = v
		if v != nil {
			s.rc.values[refs.ToKey(miss[k])] = v
		}
	}
	s.rc.mu.Unlock()
	return out, nil
}

// sqlPropsMany reads the distinct (predicate, object) pairs of many nodes
// in one query per chunk, keyed by node hash.
func (s *Store) sqlPropsMany(ctx context.Context, db *sql.DB, rs []refs.Ref) (map[string]props, error) {
	out := map[string]props{}
	const chunk = 2000
	for lo := 0; lo < len(rs); lo += chunk {
		var hs [][]byte
		for _, r := range rs[lo:min(lo+chunk, len(rs))] {
			if h, ok := hashBytes(r); ok {
				hs = append(hs, h)
			}
		}
		rows, err := db.QueryContext(ctx, `SELECT q.subject_hash, p.value_string, `+nodeColumns+`
FROM (SELECT DISTINCT subject_hash, predicate_hash, object_hash FROM quads WHERE subject_hash = ANY($1)) q
JOIN nodes p ON p.hash = q.predicate_hash
JOIN nodes n ON n.hash = q.object_hash`, pq.ByteaArray(hs))
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var sub []byte
			var pred sql.NullString
			v, err := scanNode(rows.Scan, &sub, &pred)
			if err != nil {
				rows.Close()
				return nil, err
			}
			if v == nil || !pred.Valid {
				continue
			}
			p := out[string(sub)]
			if p == nil {
				p = props{}
				out[string(sub)] = p
			}
			p[quad.IRI(pred.String)] = append(p[quad.IRI(pred.String)], v)
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// prefetchEvents loads the properties of the events in list, then of the
// entities, articles and dates they point to, in a few queries, and fills
// the reader's caches.
func (r *reader) prefetchEvents(db *sql.DB, list []refs.Ref) error {
	pre, err := r.s.sqlPropsMany(r.ctx, db, list)
	if err != nil {
		return err
	}
	r.pre = pre
	seen := map[quad.Value]bool{}
	var nodes []quad.Value
	var rs []refs.Ref
	for _, p := range pre {
		for _, pred := range []quad.IRI{PredSource, PredTarget, PredArticle, PredDate, PredAbout} {
			for _, v := range p[pred] {
				if !seen[v] {
					seen[v] = true
					nodes = append(nodes, v)
					rs = append(rs, csql.NodeHash{ValueHash: refs.HashOf(v)})
				}
			}
		}
	}
	more, err := r.s.sqlPropsMany(r.ctx, db, rs)
	if err != nil {
		return err
	}
	for i, n := range nodes {
		h, _ := hashBytes(rs[i])
		p := more[string(h)]
		if p == nil {
			continue
		}
		iri, _ := n.(quad.IRI)
		switch {
		case strings.HasPrefix(string(iri), entityPrefix):
			e := entityFromProps(iri, p)
			r.entities[n] = &e
		case strings.HasPrefix(string(iri), articlePrefix):
			a := extract.ArticleRef{ID: p.str(PredID), Title: p.str(PredTitle), URL: p.str(PredURL), Source: p.str(PredPublisher), Published: p.str(PredPublished)}
			r.articles[n] = &a
		case strings.HasPrefix(string(iri), datePrefix):
			r.dates[n] = &extract.Date{Value: p.str(PredValue), Start: p.str(PredStart), End: p.str(PredEnd), Granularity: p.str(PredGranularity)}
		}
	}
	return nil
}

func entityFromProps(iri quad.IRI, p props) extract.Entity {
	e := extract.Entity{
		ID: unescapeIRI(iri, entityPrefix), Name: p.str(PredName), Kind: p.str(PredKind), Country: p.str(PredCountry),
		Code: p.str(PredCode), Role: p.str(PredRole), Affiliation: p.str(PredAffiliation),
	}
	for _, a := range p[PredAlias] {
		if str, ok := quad.NativeOf(a).(string); ok {
			e.Mentions = append(e.Mentions, str)
		}
	}
	sort.Strings(e.Mentions)
	return e
}

// prefetched returns the prefetched properties of ref.
func (r *reader) prefetched(ref refs.Ref) (props, bool) {
	if r == nil || r.pre == nil {
		return nil, false
	}
	h, ok := hashBytes(ref)
	if !ok {
		return nil, false
	}
	p, ok := r.pre[string(h)]
	return p, ok
}

// propsAt reads a node's properties, from the prefetch when there is one.
func (r *reader) propsAt(ref refs.Ref) (props, error) {
	if p, ok := r.prefetched(ref); ok {
		return p, nil
	}
	return r.s.propsOf(r.ctx, ref)
}
