package corpus

import (
	"bytes"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

func TestGenerateDeterministicAndConsistent(t *testing.T) {
	types := map[string]int{}
	for i := 0; i < 300; i++ {
		a, b := Generate(7, i), Generate(7, i)
		if a.Article.Text != b.Article.Text || len(a.Truth.Events) != len(b.Truth.Events) {
			t.Fatalf("article %d not deterministic", i)
		}
		if a.Article.ID != ArticleID(7, i) {
			t.Fatalf("id %q", a.Article.ID)
		}
		for _, ev := range a.Truth.Events {
			types[ev.Type]++
			if got := a.Article.Text[ev.Offset:]; !strings.HasPrefix(got, ev.Sentence) {
				t.Fatalf("%s: sentence offset %d wrong: %q", ev.ID, ev.Offset, ev.Sentence)
			}
			if ev.Date != nil && !strings.HasPrefix(a.Article.Text[ev.Date.Offset:], ev.Date.Text) {
				t.Fatalf("%s: date offset wrong: %+v", ev.ID, ev.Date)
			}
			if ev.Date != nil && ev.Date.Start > a.Truth.Article.Published {
				t.Fatalf("%s: date %s after publication %s", ev.ID, ev.Date.Start, a.Truth.Article.Published)
			}
			if len(ev.Source) == 0 || len(ev.Target) != 1 {
				t.Fatalf("%s: actors %+v", ev.ID, ev)
			}
		}
		if r, ok := Oracle(a.Article); !ok || len(r.Events) != len(a.Truth.Events) {
			t.Fatalf("oracle for %s: %v", a.Article.ID, ok)
		}
	}
	for _, v := range []string{"say", "accuse", "condemn", "deny", "attack", "meet"} {
		if types[v] == 0 {
			t.Errorf("no %s events in 300 articles", v)
		}
	}
	if _, ok := Oracle(extract.Article{ID: "dw-1", Text: "x"}); ok {
		t.Fatal("oracle claims a foreign article")
	}
}

func TestJSONLReadsBack(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, 3, 20); err != nil {
		t.Fatal(err)
	}
	n := 0
	err := extract.ReadPaths([]string{"-"}, &buf, extract.Overrides{}, func(a extract.Article, err error) error {
		if err != nil {
			return err
		}
		if _, ok := Oracle(a); !ok {
			t.Errorf("article %s read back does not match its truth", a.ID)
		}
		n++
		return nil
	})
	if err != nil || n != 20 {
		t.Fatalf("read back %d articles: %v", n, err)
	}
}
