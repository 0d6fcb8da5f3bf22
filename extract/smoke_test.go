package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
	"time"
)

// TestSmokeTimeBank runs the extractor over the TimeBank news texts: no
// panic, offsets inside the text, and a bound on time. It needs ../shared.
func TestSmokeTimeBank(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "corpora", "timeml", "timebank")
	files, _ := filepath.Glob(filepath.Join(dir, "*.tml"))
	if len(files) == 0 {
		t.Skipf("TimeBank not found at %s (../shared/corpora next to the repository): skipping", dir)
	}
	tag := regexp.MustCompile(`<[^>]+>`)
	text := regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`)
	x := New()
	start := time.Now()
	n, evs := 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		m := text.FindSubmatch(b)
		if m == nil {
			continue
		}
		s := tag.ReplaceAllString(string(m[1]), "")
		r := x.Extract(Article{ID: filepath.Base(f), Text: s})
		n++
		evs += len(r.Events)
		for _, e := range r.Events {
			if e.Offset < 0 || e.Offset+len(e.Sentence) > len(s) || s[e.Offset:e.Offset+len(e.Sentence)] != e.Sentence {
				t.Fatalf("%s: bad offset %d for %q", f, e.Offset, e.Sentence)
			}
		}
	}
	t.Logf("%d articles, %d events in %v", n, evs, time.Since(start))
}
