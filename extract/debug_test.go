package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

func TestDebugDump(t *testing.T) {
	f := os.Getenv("NG_DUMP")
	if f == "" {
		t.Skip("set NG_DUMP=file to print the extraction of a file")
	}
	b, err := os.ReadFile(f)
	if err != nil {
		b = []byte(f)
	}
	r := New().Extract(Article{ID: "x", Text: string(b)})
	for _, e := range r.Events {
		var s, tg []string
		for _, x := range e.Source {
			s = append(s, x.ID+"("+x.Country+")")
		}
		for _, x := range e.Target {
			tg = append(tg, x.ID+"("+x.Country+")")
		}
		fmt.Printf("%-10s %-5s %-10s %v -> %v neg=%v q=%q\n   %.110s\n", e.Type, e.Cameo, e.Plover, s, tg, e.Negated, e.Quote, e.Sentence)
	}
	if os.Getenv("NG_ENTS") != "" {
		j, _ := json.MarshalIndent(r.Entities, "", " ")
		fmt.Println(string(j))
	}
}

func TestDebugMentions(t *testing.T) {
	s := os.Getenv("NG_SENT")
	if s == "" {
		t.Skip("set NG_SENT")
	}
	d := newDoc(New().g, s)
	toks := tokenize(s, 0)
	d.mentions(toks)
	d.record = true
	ms0 := d.mentions(toks)
	ss0 := newSent(d, toks, ms0)
	ms0 = ss0.ms
	for _, m := range ms0 {
		name := "-"
		if m.ent >= 0 {
			name = d.ents[m.ent].ID
		}
		fmt.Printf("[%s] %s %s\n", s[toks[m.i].start:toks[m.j-1].end], name, m.roleCode)
	}
	ss := newSent(d, toks, d.mentions(toks))
	for _, tr := range findTriggers(toks, ss.inMention) {
		fmt.Printf("trigger %s %q form=%d nominal=%v\n", tr.class, s[toks[tr.i].start:toks[tr.j-1].end], tr.form, tr.nominal)
	}
}
