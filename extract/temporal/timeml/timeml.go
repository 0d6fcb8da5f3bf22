// Package timeml reads and writes TimeML documents and scores time
// expression tagging against their gold TIMEX3 annotations, the way the
// TempEval-3 scorer does.
package timeml

import (
	"fmt"
	"html"
	"os"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/temporal"
)

// Timex is a gold TIMEX3 of the document text.
type Timex struct {
	ID         string
	Start, End int // byte offsets in Doc.Text
	Text       string
	Type       string
	Value      string
	Mod        string
}

// Event is a gold EVENT of the document text.
type Event struct {
	ID         string // eid
	Start, End int    // byte offsets in Doc.Text
	Text       string
	Class      string
}

// TLink is a gold temporal link. Exactly one of EventInstance and Time is
// the first argument, one of RelatedEventInstance and RelatedTime the
// second.
type TLink struct {
	ID, RelType                       string
	EventInstance, Time               string // eiid or tid
	RelatedEventInstance, RelatedTime string
}

// Doc is one TimeML document.
type Doc struct {
	Path string
	ID   string
	// DCT is the document creation time, from <DCT><TIMEX3 value=...>.
	DCT time.Time
	// DCTID is the tid of the DCT's TIMEX3 ("t0").
	DCTID string
	// Text is the content of <TEXT> with tags stripped and entities decoded.
	Text string
	Gold []Timex
	// Events are the gold EVENTs of the text; Instances maps each
	// MAKEINSTANCE eiid to its eid; TLinks are the temporal links.
	Events    []Event
	Instances map[string]string
	TLinks    []TLink
	raw       string
	// textStart, textEnd delimit the content of <TEXT> in raw.
	textStart, textEnd int
}

var (
	dctRE   = regexp.MustCompile(`(?s)<DCT>\s*<TIMEX3([^>]*)>`)
	docidRE = regexp.MustCompile(`<DOCID>\s*([^<]*?)\s*</DOCID>`)
	attrRE  = regexp.MustCompile(`(\w+)="([^"]*)"`)
)

// ReadFile reads a TimeML file.
func ReadFile(path string) (*Doc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d, err := Parse(string(b))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	d.Path = path
	return d, nil
}

func attrs(s string) map[string]string {
	m := map[string]string{}
	for _, a := range attrRE.FindAllStringSubmatch(s, -1) {
		m[a[1]] = html.UnescapeString(a[2])
	}
	return m
}

// Parse parses a TimeML document.
func Parse(raw string) (*Doc, error) {
	d := &Doc{raw: raw}
	if m := docidRE.FindStringSubmatch(raw); m != nil {
		d.ID = m[1]
	}
	m := dctRE.FindStringSubmatch(raw)
	if m == nil {
		return nil, fmt.Errorf("no <DCT><TIMEX3>")
	}
	v := attrs(m[1])["value"]
	if len(v) < 10 {
		return nil, fmt.Errorf("DCT value %q is not a day", v)
	}
	t, err := time.Parse("2006-01-02", v[:10])
	if err != nil {
		return nil, fmt.Errorf("DCT value %q: %w", v, err)
	}
	d.DCT = t
	d.DCTID = attrs(m[1])["tid"]
	open := strings.Index(raw, "<TEXT>")
	closeIdx := strings.LastIndex(raw, "</TEXT>")
	if open < 0 || closeIdx < open {
		return nil, fmt.Errorf("no <TEXT> element")
	}
	d.textStart, d.textEnd = open+len("<TEXT>"), closeIdx
	d.Text, d.Gold, d.Events = strip(raw[d.textStart:d.textEnd])
	d.Instances = map[string]string{}
	for _, m := range linkTagRE.FindAllStringSubmatch(raw[d.textEnd:], -1) {
		a := attrs(m[2])
		switch m[1] {
		case "MAKEINSTANCE":
			d.Instances[a["eiid"]] = a["eventID"]
		case "TLINK":
			d.TLinks = append(d.TLinks, TLink{ID: a["lid"], RelType: a["relType"],
				EventInstance: a["eventInstanceID"], Time: a["timeID"],
				RelatedEventInstance: a["relatedToEventInstance"], RelatedTime: a["relatedToTime"]})
		}
	}
	return d, nil
}

var linkTagRE = regexp.MustCompile(`<(MAKEINSTANCE|TLINK)\b([^>]*)>`)

// strip removes the tags of s and decodes its entities, returning the
// plain text and the TIMEX3 and EVENT elements with offsets in it.
func strip(s string) (string, []Timex, []Event) {
	var b strings.Builder
	var gold []Timex
	var evs []Event
	for i := 0; i < len(s); {
		switch s[i] {
		case '<':
			j := strings.IndexByte(s[i:], '>')
			if j < 0 {
				b.WriteString(s[i:])
				i = len(s)
				continue
			}
			tag := s[i+1 : i+j]
			i += j + 1
			switch {
			case strings.HasPrefix(tag, "/"):
				if strings.HasPrefix(tag, "/TIMEX3") {
					for k := len(gold) - 1; k >= 0; k-- {
						if gold[k].End < 0 {
							gold[k].End = b.Len()
							break
						}
					}
				}
				if strings.HasPrefix(tag, "/EVENT") && len(evs) > 0 && evs[len(evs)-1].End < 0 {
					evs[len(evs)-1].End = b.Len()
				}
			case strings.HasPrefix(tag, "EVENT ") && !strings.HasSuffix(tag, "/"):
				a := attrs(tag)
				evs = append(evs, Event{ID: a["eid"], Start: b.Len(), End: -1, Class: a["class"]})
			case strings.HasPrefix(tag, "TIMEX3"):
				a := attrs(tag)
				x := Timex{ID: a["tid"], Start: b.Len(), End: -1, Type: a["type"], Value: a["value"], Mod: a["mod"]}
				if strings.HasSuffix(tag, "/") {
					x.End = x.Start // empty TIMEX3 (non-consuming)
				}
				gold = append(gold, x)
			}
		case '&':
			j := strings.IndexByte(s[i:], ';')
			if j > 0 && j < 10 {
				u := html.UnescapeString(s[i : i+j+1])
				if u != s[i:i+j+1] {
					b.WriteString(u)
					i += j + 1
					continue
				}
			}
			b.WriteByte('&')
			i++
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	text := b.String()
	out := gold[:0]
	for _, g := range gold {
		if g.End > g.Start { // drop empty, non-consuming TIMEX3
			g.Text = text[g.Start:g.End]
			out = append(out, g)
		}
	}
	es := evs[:0]
	for _, e := range evs {
		if e.End > e.Start {
			e.Text = text[e.Start:e.End]
			es = append(es, e)
		}
	}
	return text, out, es
}

var linkRE = regexp.MustCompile(`(?m)^\s*<(?:TLINK|SLINK|ALINK|MAKEINSTANCE)\b[^>]*/?>\s*\n?`)

// Write returns the document with xs as the only annotation of <TEXT>: the
// text characters are unchanged, the gold TIMEX3, EVENT and SIGNAL tags are
// dropped, and so are the links and event instances that referred to them.
func (d *Doc) Write(xs []temporal.Timex) string {
	var b strings.Builder
	b.WriteString(d.raw[:d.textStart])
	pos := 0
	for i, x := range xs {
		if x.Start < pos || x.End > len(d.Text) {
			continue
		}
		b.WriteString(escape(d.Text[pos:x.Start]))
		fmt.Fprintf(&b, `<TIMEX3 tid="t%d" type="%s" value="%s"`, i+1, x.Type, html.EscapeString(x.Value))
		if x.Mod != "" {
			fmt.Fprintf(&b, ` mod="%s"`, x.Mod)
		}
		b.WriteString(">")
		b.WriteString(escape(d.Text[x.Start:x.End]))
		b.WriteString("</TIMEX3>")
		pos = x.End
	}
	b.WriteString(escape(d.Text[pos:]))
	b.WriteString(linkRE.ReplaceAllString(d.raw[d.textEnd:], ""))
	return b.String()
}

func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// Anchor is a gold event that TLINKs place inside or at a time expression
// of the text: the event IS_INCLUDED in, DURING, SIMULTANEOUS with, BEGINS,
// ENDS or is IDENTITY with the time, or the time INCLUDES, is SIMULTANEOUS
// with, is BEGUN_BY, ENDED_BY or IDENTITY with the event.
type Anchor struct {
	Event Event
	// Times are the time expressions it is anchored to, in text order.
	Times []Timex
}

var (
	eventTimeRels = map[string]bool{"IS_INCLUDED": true, "DURING": true, "SIMULTANEOUS": true, "BEGINS": true, "ENDS": true, "IDENTITY": true}
	timeEventRels = map[string]bool{"INCLUDES": true, "SIMULTANEOUS": true, "BEGUN_BY": true, "ENDED_BY": true, "IDENTITY": true}
)

// Anchors returns the events of the document anchored to a TIMEX3 of the
// text (never the DCT) for which keep is true, in text order. An event
// with several such links has all their times.
func (d *Doc) Anchors(keep func(Timex) bool) []Anchor {
	timex := map[string]Timex{}
	for _, x := range d.Gold {
		if x.ID != "" && x.ID != d.DCTID {
			timex[x.ID] = x
		}
	}
	event := map[string]Event{}
	for _, e := range d.Events {
		event[e.ID] = e
	}
	times := map[string][]Timex{}
	for _, l := range d.TLinks {
		var ei, tid string
		switch {
		case l.EventInstance != "" && l.RelatedTime != "" && eventTimeRels[l.RelType]:
			ei, tid = l.EventInstance, l.RelatedTime
		case l.Time != "" && l.RelatedEventInstance != "" && timeEventRels[l.RelType]:
			ei, tid = l.RelatedEventInstance, l.Time
		default:
			continue
		}
		x, ok := timex[tid]
		eid := d.Instances[ei]
		if _, isEvent := event[eid]; !ok || !isEvent || keep != nil && !keep(x) {
			continue
		}
		dup := false
		for _, y := range times[eid] {
			dup = dup || y.ID == x.ID
		}
		if !dup {
			times[eid] = append(times[eid], x)
		}
	}
	var out []Anchor
	for _, e := range d.Events {
		if xs := times[e.ID]; len(xs) > 0 {
			sort.SliceStable(xs, func(i, j int) bool { return xs[i].Start < xs[j].Start })
			out = append(out, Anchor{Event: e, Times: xs})
		}
	}
	return out
}
