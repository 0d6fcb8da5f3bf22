package extract

import (
	"fmt"
	"os"
	"testing"
)

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
