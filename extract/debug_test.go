// Debugging helpers, skipped unless their NG_* variable is set:
// NG_DUMP=file-or-text, NG_ENTS=1, NG_SENT=sentence, NG_CODE=sentence, NG_REF=1.

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

func TestDebugCode(t *testing.T) {
	s := os.Getenv("NG_CODE")
	if s == "" {
		t.Skip()
	}
	x := New()
	d := newDoc(x.g, s)
	toks := tokenize(s, 0)
	d.mentions(toks)
	d.record = true
	ms := d.mentions(toks)
	ss := newSent(d, toks, ms)
	for _, c := range x.code(d, ss, findTriggers(toks, ss.inMention)) {
		fmt.Printf("%s src=%v tgt=%v pass=%v\n", c.class, c.src, c.tgt, c.passive)
	}
}

func TestDebugRef(t *testing.T) {
	if os.Getenv("NG_REF") == "" {
		t.Skip()
	}
	r := New(WithDates(fakeDates)).Extract(refArticle(t))
	for _, e := range r.Events {
		d, a := "", ""
		if e.Date != nil {
			d = e.Date.Text
		}
		if e.About != nil {
			a = e.About.Text
		}
		var s, tg []string
		for _, x := range e.Source {
			s = append(s, x.ID)
		}
		for _, x := range e.Target {
			tg = append(tg, x.ID)
		}
		fmt.Printf("%-18s %-5s %v -> %v date=%q about=%q neg=%v\n", e.Type, e.Cameo, s, tg, d, a, e.Negated)
	}
	for _, e := range r.Entities {
		fmt.Printf("%s %q %s %s %q %q %v\n", e.ID, e.Name, e.Kind, e.Country, e.Role, e.Affiliation, e.Mentions)
	}
}
