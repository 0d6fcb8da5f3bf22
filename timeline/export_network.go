package timeline

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// Network is the who-did-what-to-whom graph of a set of events: one node
// per actor, one directed edge per (source, target, event type) whose
// weight is the number of events (claims) behind it. With --type accuse
// it is the who-accused-whom network. Negated events ("did not accuse")
// draw no edge, as in the store's direct edges.
type Network struct {
	Nodes []NetNode
	Edges []NetEdge
}

// NetNode is an actor.
type NetNode struct {
	ID     string // "n0", "n1": XML-safe
	Entity extract.Entity
}

// NetEdge is every event of one type from one actor to another.
type NetEdge struct {
	ID             string // "e0", "e1"
	Source, Target string // node ids
	Type           string // event type, "accuse"
	Cameo, Plover  string
	Weight         int      // number of events
	Undated        int      // how many of them have no calendar interval
	Spells         []Span   // the merged intervals of the dated ones
	Events         []string // event ids
	Phrases        []string // the distinct dates as written ("last week")
}

// First and Last bound the dated events of an edge; zero when none is dated.
func (e NetEdge) First() string {
	if len(e.Spells) == 0 {
		return ""
	}
	return e.Spells[0].Start.Format(extract.DateLayout)
}

// Last is the last day of the edge's latest dated event.
func (e NetEdge) Last() string {
	if len(e.Spells) == 0 {
		return ""
	}
	last := e.Spells[0].End
	for _, s := range e.Spells {
		if s.End.After(last) {
			last = s.End
		}
	}
	return last.Format(extract.DateLayout)
}

// BuildNetwork builds the network of events; nodes and edges come out in
// a stable order (by entity id, then source, target and type).
func BuildNetwork(events []extract.Event) Network {
	ents := map[string]extract.Entity{}
	type key struct{ s, t, typ string }
	edges := map[key]*NetEdge{}
	for _, ev := range events {
		if ev.Negated {
			continue
		}
		sp, dated := SpanOf(ev.Date)
		for _, s := range ev.Source {
			for _, t := range ev.Target {
				if s.ID == t.ID {
					continue
				}
				ents[s.ID], ents[t.ID] = s, t
				k := key{s.ID, t.ID, ev.Type}
				e := edges[k]
				if e == nil {
					e = &NetEdge{Source: s.ID, Target: t.ID, Type: ev.Type, Cameo: ev.Cameo, Plover: ev.Plover}
					edges[k] = e
				}
				e.Weight++
				e.Events = append(e.Events, ev.ID)
				if ev.Date != nil && ev.Date.Text != "" && !Inferred(ev) && !contains(e.Phrases, ev.Date.Text) {
					e.Phrases = append(e.Phrases, ev.Date.Text)
				}
				if dated {
					e.Spells = append(e.Spells, sp)
				} else {
					e.Undated++
				}
			}
		}
	}
	var n Network
	idOf := map[string]string{}
	entIDs := make([]string, 0, len(ents))
	for id := range ents {
		entIDs = append(entIDs, id)
	}
	sort.Strings(entIDs)
	for i, id := range entIDs {
		idOf[id] = "n" + strconv.Itoa(i)
		n.Nodes = append(n.Nodes, NetNode{ID: idOf[id], Entity: ents[id]})
	}
	keys := make([]key, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.s != b.s {
			return a.s < b.s
		}
		if a.t != b.t {
			return a.t < b.t
		}
		return a.typ < b.typ
	})
	for i, k := range keys {
		e := *edges[k]
		e.ID = "e" + strconv.Itoa(i)
		e.Source, e.Target = idOf[k.s], idOf[k.t]
		e.Spells = mergeSpans(e.Spells)
		sort.Strings(e.Events)
		n.Edges = append(n.Edges, e)
	}
	return n
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// mergeSpans sorts spans and merges those that overlap or touch.
func mergeSpans(in []Span) []Span {
	if len(in) == 0 {
		return nil
	}
	sort.Slice(in, func(i, j int) bool { return in[i].Start.Before(in[j].Start) })
	out := []Span{in[0]}
	for _, s := range in[1:] {
		last := &out[len(out)-1]
		if !s.Start.After(last.End.AddDate(0, 0, 1)) {
			if s.End.After(last.End) {
				last.End = s.End
			}
			continue
		}
		out = append(out, s)
	}
	return out
}

// GEXF 1.3 (https://gexf.net/schema.html).

type gexfDoc struct {
	XMLName        xml.Name  `xml:"gexf"`
	XMLNS          string    `xml:"xmlns,attr"`
	XSI            string    `xml:"xmlns:xsi,attr"`
	SchemaLocation string    `xml:"xsi:schemaLocation,attr"`
	Version        string    `xml:"version,attr"`
	Meta           gexfMeta  `xml:"meta"`
	Graph          gexfGraph `xml:"graph"`
}

type gexfMeta struct {
	LastModified string `xml:"lastmodifieddate,attr,omitempty"`
	Creator      string `xml:"creator"`
	Description  string `xml:"description"`
}

type gexfGraph struct {
	DefaultEdgeType string           `xml:"defaultedgetype,attr"`
	Mode            string           `xml:"mode,attr"`
	TimeFormat      string           `xml:"timeformat,attr"`
	TimeRep         string           `xml:"timerepresentation,attr"`
	Attributes      []gexfAttributes `xml:"attributes"`
	Nodes           []gexfNode       `xml:"nodes>node"`
	Edges           []gexfEdge       `xml:"edges>edge"`
}

type gexfAttributes struct {
	Class string     `xml:"class,attr"`
	Attrs []gexfAttr `xml:"attribute"`
}

type gexfAttr struct {
	ID    string `xml:"id,attr"`
	Title string `xml:"title,attr"`
	Type  string `xml:"type,attr"`
}

type gexfValue struct {
	For   string `xml:"for,attr"`
	Value string `xml:"value,attr"`
}

type gexfNode struct {
	ID     string      `xml:"id,attr"`
	Label  string      `xml:"label,attr"`
	Values []gexfValue `xml:"attvalues>attvalue,omitempty"`
}

type gexfSpell struct {
	Start string `xml:"start,attr"`
	End   string `xml:"end,attr"`
}

type gexfEdge struct {
	ID     string      `xml:"id,attr"`
	Source string      `xml:"source,attr"`
	Target string      `xml:"target,attr"`
	Label  string      `xml:"label,attr"`
	Kind   string      `xml:"kind,attr"`
	Weight int         `xml:"weight,attr"`
	Values []gexfValue `xml:"attvalues>attvalue,omitempty"`
	Spells *gexfSpells `xml:"spells"`
}

type gexfSpells struct {
	Spell []gexfSpell `xml:"spell"`
}

var nodeAttrs = []struct{ id, typ string }{
	{"entity_id", "string"}, {"kind", "string"}, {"country", "string"}, {"code", "string"},
	{"role", "string"}, {"affiliation", "string"},
}

var edgeAttrs = []struct{ id, typ string }{
	{"type", "string"}, {"cameo", "string"}, {"plover", "string"}, {"claims", "integer"},
	{"undated", "integer"}, {"first", "string"}, {"last", "string"}, {"events", "string"},
	{"phrases", "string"},
}

func nodeValues(e extract.Entity) []string {
	return []string{e.ID, e.Kind, e.Country, e.Code, e.Role, e.Affiliation}
}

func edgeValues(e NetEdge) []string {
	return []string{e.Type, e.Cameo, e.Plover, strconv.Itoa(e.Weight), strconv.Itoa(e.Undated), e.First(), e.Last(),
		strings.Join(e.Events, " "), strings.Join(e.Phrases, "; ")}
}

// WriteGEXF writes the network of events as GEXF 1.3 for Gephi: a dynamic
// directed graph (timeformat date) whose edges carry one spell per merged
// interval of their dated events, inclusive of both ends, so Gephi's
// timeline shows when each accusation was made; an edge whose events are
// all undated has no spells and exists at every time. The edge label and
// kind are the event type, the weight the number of events.
func WriteGEXF(w io.Writer, events []extract.Event) error {
	n := BuildNetwork(events)
	doc := gexfDoc{
		XMLNS:          "http://gexf.net/1.3",
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
		Version:        "1.3",
		Meta: gexfMeta{
			LastModified: lastDay(events),
			Creator:      "newsgraph",
			Description:  "Who did what to whom: one directed edge per source, target and event type, weighted by the number of events",
		},
		Graph: gexfGraph{DefaultEdgeType: "directed", Mode: "dynamic", TimeFormat: "date", TimeRep: "interval"},
	}
	na := gexfAttributes{Class: "node"}
	for _, a := range nodeAttrs {
		na.Attrs = append(na.Attrs, gexfAttr{ID: a.id, Title: a.id, Type: a.typ})
	}
	ea := gexfAttributes{Class: "edge"}
	for _, a := range edgeAttrs {
		ea.Attrs = append(ea.Attrs, gexfAttr{ID: a.id, Title: a.id, Type: a.typ})
	}
	doc.Graph.Attributes = []gexfAttributes{na, ea}
	for _, nd := range n.Nodes {
		gn := gexfNode{ID: nd.ID, Label: nd.Entity.Name}
		for i, v := range nodeValues(nd.Entity) {
			if v != "" {
				gn.Values = append(gn.Values, gexfValue{For: nodeAttrs[i].id, Value: v})
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, gn)
	}
	for _, e := range n.Edges {
		ge := gexfEdge{ID: e.ID, Source: e.Source, Target: e.Target, Label: e.Type, Kind: e.Type, Weight: e.Weight}
		for i, v := range edgeValues(e) {
			if v != "" {
				ge.Values = append(ge.Values, gexfValue{For: edgeAttrs[i].id, Value: v})
			}
		}
		for _, s := range e.Spells {
			if ge.Spells == nil {
				ge.Spells = &gexfSpells{}
			}
			ge.Spells.Spell = append(ge.Spells.Spell, gexfSpell{Start: s.Start.Format(extract.DateLayout), End: s.End.Format(extract.DateLayout)})
		}
		doc.Graph.Edges = append(doc.Graph.Edges, ge)
	}
	return writeXML(w, doc)
}

// lastDay is the latest publication date of the events' articles: the
// GEXF lastmodifieddate, deterministic for a given store.
func lastDay(events []extract.Event) string {
	last := ""
	for _, e := range events {
		for _, a := range Reports(e) {
			if a.Published > last {
				last = a.Published
			}
		}
	}
	return last
}

func writeXML(w io.Writer, doc any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// GraphML (http://graphml.graphdrawing.org/specification.html).

type graphmlDoc struct {
	XMLName        xml.Name       `xml:"graphml"`
	XMLNS          string         `xml:"xmlns,attr"`
	XSI            string         `xml:"xmlns:xsi,attr"`
	SchemaLocation string         `xml:"xsi:schemaLocation,attr"`
	Keys           []graphmlKey   `xml:"key"`
	Graph          graphmlGraphEl `xml:"graph"`
}

type graphmlKey struct {
	ID       string `xml:"id,attr"`
	For      string `xml:"for,attr"`
	AttrName string `xml:"attr.name,attr"`
	AttrType string `xml:"attr.type,attr"`
}

type graphmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type graphmlGraphEl struct {
	ID          string        `xml:"id,attr"`
	EdgeDefault string        `xml:"edgedefault,attr"`
	Nodes       []graphmlNode `xml:"node"`
	Edges       []graphmlEdge `xml:"edge"`
}

type graphmlNode struct {
	ID   string        `xml:"id,attr"`
	Data []graphmlData `xml:"data"`
}

type graphmlEdge struct {
	ID     string        `xml:"id,attr"`
	Source string        `xml:"source,attr"`
	Target string        `xml:"target,attr"`
	Data   []graphmlData `xml:"data"`
}

// WriteGraphML writes the network of events as GraphML (yEd, Cytoscape,
// NetworkX, igraph). GraphML has no time model: each edge carries its
// first and last day as attributes, and its merged intervals as text
// ("2016-09-19/2016-09-25 2016-09-26/2016-09-26").
func WriteGraphML(w io.Writer, events []extract.Event) error {
	n := BuildNetwork(events)
	doc := graphmlDoc{
		XMLNS:          "http://graphml.graphdrawing.org/xmlns",
		XSI:            "http://www.w3.org/2001/XMLSchema-instance",
		SchemaLocation: "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
		Graph:          graphmlGraphEl{ID: "G", EdgeDefault: "directed"},
	}
	doc.Keys = append(doc.Keys, graphmlKey{ID: "label", For: "node", AttrName: "label", AttrType: "string"})
	for _, a := range nodeAttrs {
		doc.Keys = append(doc.Keys, graphmlKey{ID: a.id, For: "node", AttrName: a.id, AttrType: "string"})
	}
	doc.Keys = append(doc.Keys,
		graphmlKey{ID: "edge_label", For: "edge", AttrName: "label", AttrType: "string"},
		graphmlKey{ID: "weight", For: "edge", AttrName: "weight", AttrType: "double"})
	for _, a := range edgeAttrs {
		typ := "string"
		if a.typ == "integer" {
			typ = "int"
		}
		doc.Keys = append(doc.Keys, graphmlKey{ID: a.id, For: "edge", AttrName: a.id, AttrType: typ})
	}
	doc.Keys = append(doc.Keys, graphmlKey{ID: "intervals", For: "edge", AttrName: "intervals", AttrType: "string"})
	for _, nd := range n.Nodes {
		gn := graphmlNode{ID: nd.ID, Data: []graphmlData{{Key: "label", Value: nd.Entity.Name}}}
		for i, v := range nodeValues(nd.Entity) {
			if v != "" {
				gn.Data = append(gn.Data, graphmlData{Key: nodeAttrs[i].id, Value: v})
			}
		}
		doc.Graph.Nodes = append(doc.Graph.Nodes, gn)
	}
	for _, e := range n.Edges {
		ge := graphmlEdge{ID: e.ID, Source: e.Source, Target: e.Target, Data: []graphmlData{
			{Key: "edge_label", Value: e.Type}, {Key: "weight", Value: strconv.Itoa(e.Weight)},
		}}
		for i, v := range edgeValues(e) {
			if v != "" {
				ge.Data = append(ge.Data, graphmlData{Key: edgeAttrs[i].id, Value: v})
			}
		}
		var iv []string
		for _, s := range e.Spells {
			iv = append(iv, fmt.Sprintf("%s/%s", s.Start.Format(extract.DateLayout), s.End.Format(extract.DateLayout)))
		}
		if len(iv) > 0 {
			ge.Data = append(ge.Data, graphmlData{Key: "intervals", Value: strings.Join(iv, " ")})
		}
		doc.Graph.Edges = append(doc.Graph.Edges, ge)
	}
	return writeXML(w, doc)
}
