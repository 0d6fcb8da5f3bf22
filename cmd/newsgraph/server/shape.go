package server

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/iterator"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/cayley/query"
	"github.com/cayleygraph/cayley/query/gizmo"
	"github.com/cayleygraph/cayley/query/shape"
	"github.com/cayleygraph/quad"
)

// The Query Shape page of Cayley's UI posts a query to
// /api/v1/shape/{lang} and shows the JSON it gets back. Cayley answered it
// until its v1 API went (the route now says "deprecated"); the answer was
// the query's iterator tree drawn as a graph, in this form:
//
//	{"nodes": [{"id": 1, "tags": [...], "values": [...], "is_link_node": false, "is_fixed": true}],
//	 "links": [{"source": 1, "target": 3, "type": 4, "link_node": 2}]}
//
// A node is a set of graph nodes the query walks through (fixed values, the
// tags saved on it); a link is one hop, from source to target through the
// predicate node named by type, drawn through its own link node. newsgraph
// answers the same way, built from the shape.Shape tree Cayley now uses in
// place of the old iterator tree. Each node also says which shape it came
// from ("shape"), since several kinds of shape now have no picture of
// their own.

// ShapeNode is a node of a query shape.
type ShapeNode struct {
	ID         int      `json:"id"`
	Tags       []string `json:"tags,omitempty"`
	Values     []string `json:"values,omitempty"`
	IsLinkNode bool     `json:"is_link_node"`
	IsFixed    bool     `json:"is_fixed"`
	Shape      string   `json:"shape,omitempty"`
}

// ShapeLink is a hop of a query shape.
type ShapeLink struct {
	Source   int `json:"source"`
	Target   int `json:"target"`
	Pred     int `json:"type"`
	LinkNode int `json:"link_node"`
}

// QueryShape is what /api/v1/shape/gizmo answers.
type QueryShape struct {
	Nodes []ShapeNode `json:"nodes"`
	Links []ShapeLink `json:"links"`
}

func (s *Server) serveShape(w http.ResponseWriter, r *http.Request) {
	if lang := r.PathValue("lang"); lang != gizmo.Name {
		jsonError(w, http.StatusBadRequest, fmt.Sprintf("query shape is only available for gizmo, not %q", lang))
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		jsonError(w, http.StatusRequestEntityTooLarge, "reading query: "+err.Error())
		return
	}
	if strings.TrimSpace(string(body)) == "" {
		jsonError(w, http.StatusBadRequest, "query is empty")
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), s.opt.QueryTimeout)
	defer cancel()
	qsh, err := GizmoShape(ctx, s.st.QuadStore(), string(body))
	if err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, qsh)
}

// GizmoShape runs a Gizmo query in shape mode: the query's paths are built
// but read nothing from the store, and the shape of the last path the query
// ran is returned.
func GizmoShape(ctx context.Context, qs cgraph.QuadStore, text string) (*QueryShape, error) {
	rec := &shapeRecorder{QuadStore: qs}
	ses := gizmo.NewSession(rec)
	it, err := ses.Execute(ctx, text, query.Options{Collation: query.JSON, Limit: 1})
	if err != nil {
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	for it.Next(ctx) {
		// Results are not wanted; the store answers nothing anyway.
	}
	err = it.Err()
	it.Close()
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, fmt.Errorf("query timed out")
		}
		return nil, fmt.Errorf("gizmo: %w", err)
	}
	root := rec.root()
	if root == nil {
		return nil, errors.New("the query has no path to draw: end it with .all(), .toArray() or another final call")
	}
	b := &shapeBuilder{qs: qs, byID: map[int]*ShapeNode{}}
	b.node(root)
	return b.result(), nil
}

// shapeRecorder is the store Gizmo sees in shape mode. Cayley hands every
// shape of a path, children first, to the store's optimizer just before it
// builds iterators, so the last shape handed over is the root of the last
// path built. Its iterators are empty: nothing is read.
type shapeRecorder struct {
	cgraph.QuadStore
	mu   sync.Mutex
	last shape.Shape
}

func (r *shapeRecorder) OptimizeShape(ctx context.Context, s shape.Shape) (shape.Shape, bool) {
	r.mu.Lock()
	r.last = s
	r.mu.Unlock()
	return s, false
}

func (r *shapeRecorder) root() shape.Shape {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.last
}

func (r *shapeRecorder) QuadIterator(quad.Direction, refs.Ref) iterator.Shape {
	return iterator.NewNull()
}
func (r *shapeRecorder) NodesAllIterator() iterator.Shape { return iterator.NewNull() }
func (r *shapeRecorder) QuadsAllIterator() iterator.Shape { return iterator.NewNull() }

type shapeBuilder struct {
	qs     cgraph.QuadStore
	nextID int
	nodes  []*ShapeNode
	byID   map[int]*ShapeNode
	links  []ShapeLink
}

func (b *shapeBuilder) add(kind string) *ShapeNode {
	b.nextID++
	n := &ShapeNode{ID: b.nextID, Shape: kind}
	b.nodes = append(b.nodes, n)
	b.byID[n.ID] = n
	return n
}

func (b *shapeBuilder) name(r refs.Ref) string {
	if r == nil {
		return "(nil)"
	}
	v, err := b.qs.NameOf(r)
	if err != nil || v == nil {
		return fmt.Sprint(r.Key())
	}
	return v.String()
}

// merge folds node from into node into: both stand for the same set.
func (b *shapeBuilder) merge(into, from int) {
	if into == from {
		return
	}
	a, c := b.byID[into], b.byID[from]
	a.Tags = append(a.Tags, c.Tags...)
	a.Values = append(a.Values, c.Values...)
	a.IsFixed = a.IsFixed || c.IsFixed
	if c.Shape != "" && !strings.Contains(a.Shape, c.Shape) {
		a.Shape += "+" + c.Shape
	}
	for i := range b.links {
		l := &b.links[i]
		for _, p := range []*int{&l.Source, &l.Target, &l.Pred, &l.LinkNode} {
			if *p == from {
				*p = into
			}
		}
	}
	delete(b.byID, from)
	for i, n := range b.nodes {
		if n.ID == from {
			b.nodes = append(b.nodes[:i], b.nodes[i+1:]...)
			break
		}
	}
}

// node adds the nodes and links of s and returns the id of the node that
// stands for the set s denotes.
func (b *shapeBuilder) node(s shape.Shape) int {
	switch v := s.(type) {
	case nil:
		return b.add("Null").ID
	case shape.Null:
		return b.add("Null").ID
	case shape.AllNodes:
		return b.add("AllNodes").ID
	case shape.Fixed:
		n := b.add("Fixed")
		n.IsFixed = true
		for _, r := range v {
			n.Values = append(n.Values, b.name(r))
		}
		return n.ID
	case shape.Lookup:
		n := b.add("Lookup")
		n.IsFixed = true
		for _, q := range v {
			n.Values = append(n.Values, q.String())
		}
		return n.ID
	case shape.FixedTags:
		id := b.node(v.On)
		n := b.byID[id]
		keys := make([]string, 0, len(v.Tags))
		for k := range v.Tags {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			n.Tags = append(n.Tags, k+"="+b.name(v.Tags[k]))
		}
		return id
	case shape.Save:
		id := b.node(v.From)
		b.byID[id].Tags = append(b.byID[id].Tags, v.Tags...)
		return id
	case shape.Intersect:
		if len(v) == 0 {
			return b.add("Null").ID
		}
		id := b.node(v[0])
		for _, c := range v[1:] {
			b.merge(id, b.node(c))
		}
		return id
	case shape.IntersectOpt:
		id := b.node(v.Sub)
		for _, c := range v.Opt {
			b.merge(id, b.node(c))
		}
		return id
	case shape.NodesFrom:
		return b.hop(v)
	case shape.Union:
		n := b.add("Union")
		for _, c := range v {
			b.merge(n.ID, b.node(c))
		}
		return n.ID
	case shape.Except:
		from := v.From
		if from == nil {
			from = shape.AllNodes{}
		}
		id := b.node(from)
		ex := b.node(v.Exclude)
		b.byID[ex].Shape = "Except (excluded)"
		return id
	case shape.Filter:
		return b.wrap(v.From, "Filter")
	case shape.Page:
		return b.wrap(v.From, fmt.Sprintf("Page(skip %d, limit %d)", v.Skip, v.Limit))
	case shape.Unique:
		return b.wrap(v.From, "Unique")
	case shape.Sort:
		return b.wrap(v.From, "Sort")
	case shape.Materialize:
		return b.wrap(v.Values, "Materialize")
	case shape.Count:
		return b.wrap(v.Values, "Count")
	case shape.QuadsAction:
		// One scan of the quads with fixed ends and saved directions:
		// drawn as the hop it stands for.
		return b.node(v.Simplify())
	case shape.Composite:
		return b.node(v.Simplify())
	}
	return b.add(strings.TrimPrefix(fmt.Sprintf("%T", s), "*")).ID
}

func (b *shapeBuilder) wrap(inner shape.Shape, kind string) int {
	id := b.node(inner)
	n := b.byID[id]
	n.Shape = kind + "(" + n.Shape + ")"
	return id
}

// hop draws NodesFrom (Cayley's old HasA over LinksTo): the nodes in
// direction Dir of the quads matching the filters.
func (b *shapeBuilder) hop(v shape.NodesFrom) int {
	res := b.add("NodesFrom")
	qs, ok := v.Quads.(shape.Quads)
	if !ok {
		b.merge(res.ID, b.node(v.Quads))
		return res.ID
	}
	ln := b.add("Quads")
	ln.IsLinkNode = true
	link := ShapeLink{LinkNode: ln.ID}
	for _, f := range qs {
		id := b.node(f.Values)
		switch f.Dir {
		case quad.Subject:
			link.Source = id
		case quad.Object:
			link.Target = id
		case quad.Predicate:
			link.Pred = id
		case quad.Label:
			b.byID[id].Shape = "label " + b.byID[id].Shape
			b.merge(ln.ID, id)
		}
	}
	switch v.Dir {
	case quad.Subject:
		if link.Source != 0 {
			b.merge(res.ID, link.Source)
		}
		link.Source = res.ID
	case quad.Object:
		if link.Target != 0 {
			b.merge(res.ID, link.Target)
		}
		link.Target = res.ID
	case quad.Predicate:
		if link.Pred != 0 {
			b.merge(res.ID, link.Pred)
		}
		link.Pred = res.ID
	}
	for _, p := range []*int{&link.Source, &link.Target, &link.Pred} {
		if *p == 0 {
			*p = b.add("AllNodes").ID
		}
	}
	b.links = append(b.links, link)
	return res.ID
}

func (b *shapeBuilder) result() *QueryShape {
	out := &QueryShape{Nodes: []ShapeNode{}, Links: []ShapeLink{}}
	for _, n := range b.nodes {
		out.Nodes = append(out.Nodes, *n)
	}
	out.Links = append(out.Links, b.links...)
	return out
}
