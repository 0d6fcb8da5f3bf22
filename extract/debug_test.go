// Debugging helpers, skipped unless their NG_* variable is set:
// NG_DUMP=file-or-text, NG_ENTS=1, NG_SENT=sentence, NG_CODE=sentence, NG_REF=1,
// NG_HANG=1 (random and pathological inputs under a time limit).

package extract

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"
	"time"
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

func TestDebugHang(t *testing.T) {
	if os.Getenv("NG_HANG") == "" {
		t.Skip()
	}
	words := strings.Fields(`The US and UK have accused Russia of possible war crimes . , " “ ” ’s 's - -- ( ) : ; He said They it its U.S. U.N. UN Secretary-General Ban Ki-moon Kremlin spokesman Dmitry Peskov told reporters al Moallem the a of for by in on to Image: 00:49 Advertisement \n killed attacked launched an assault ceasefire collapsed last week if unless must should will not ’ ' Syria Syrian forces rebels officials said demanded that called on urged threatened to X-led -led based UK-based Mr. Dr. 1,000 2011 é ü`)
	x := New()
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 200000; n++ {
		k := 1 + r.Intn(30)
		var b strings.Builder
		for i := 0; i < k; i++ {
			if r.Intn(3) == 0 {
				b.WriteString(words[r.Intn(len(words))])
			} else {
				b.WriteString(words[r.Intn(len(words))] + " ")
			}
		}
		s := b.String()
		done := make(chan bool, 1)
		go func() { x.Extract(Article{ID: "h", Text: s}); done <- true }()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			fmt.Printf("HANG: %q\n", s)
			t.FailNow()
		}
	}
}

func TestDebugPathological(t *testing.T) {
	if os.Getenv("NG_HANG") == "" {
		t.Skip()
	}
	x := New()
	for name, s := range map[string]string{
		"hyphens": strings.Repeat("a-", 5000) + "b",
		"caps":    strings.Repeat("Alpha ", 5000),
		"capsorg": strings.Repeat("Alpha Council of ", 2000),
		"quotes":  strings.Repeat("\"", 5000),
		"apos":    strings.Repeat("a's ", 5000),
		"commas":  strings.Repeat("Russia, ", 5000) + "accused Britain.",
		"long":    strings.Repeat("Russia accused Britain of lying and ", 2000) + ".",
		"dots":    strings.Repeat("U.S. ", 3000),
		"ofs":     strings.Repeat("of the ", 5000),
		"names":   strings.Repeat("President Vladimir Putin ", 2000),
		"digits":  strings.Repeat("1,000,", 3000),
		"nolines": strings.Repeat("x", 100000),
	} {
		st := time.Now()
		done := make(chan bool, 1)
		go func() { x.Extract(Article{ID: "h", Text: s}); done <- true }()
		select {
		case <-done:
			t.Logf("%s: %v", name, time.Since(st))
		case <-time.After(20 * time.Second):
			t.Fatalf("%s: hangs", name)
		}
	}
}
