package main

import (
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// TestSameEventFromTwoArticles: two outlets report the same accusation
// (same sides, same day); the store holds one event listing both reports,
// the pairs table counts two reports, and deleting one article keeps the
// event with the other.
func TestSameEventFromTwoArticles(t *testing.T) {
	chdir(t)
	write := func(name, body string) {
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.md", "---\nid: outlet-a\ntitle: Kremlin accuses US\nsource: Outlet A\npublished: 2016-09-26\n---\n"+
		"The Kremlin on Monday accused the United States of supporting terrorists in Syria.\n")
	write("b.md", "---\nid: outlet-b\ntitle: Moscow lashes out\nsource: Outlet B\npublished: 2016-09-27\n---\n"+
		"Russia on Monday accused the US of backing terrorists, in a sharp escalation of the dispute over Syria.\n")
	mustRun(t, "--db", "db", "ingest", "a.md", "b.md")

	accusations := func() []extract.Event {
		return decode[[]extract.Event](t, mustRun(t, "--db", "db", "timeline", "--type", "accuse", "--format", "json"))
	}
	evs := accusations()
	if len(evs) != 1 {
		t.Fatalf("%d accusations, want 1 event reported twice: %+v", len(evs), evs)
	}
	ev := evs[0]
	if ev.Source[0].ID != "country/RUS" || ev.Target[0].ID != "country/USA" || ev.Date == nil || ev.Date.Value != "2016-09-26" {
		t.Fatalf("event %+v", ev)
	}
	if len(ev.Articles) != 2 || ev.Article.ID != "outlet-a" || ev.Articles[1].ID != "outlet-b" {
		t.Fatalf("reports %+v (article %+v)", ev.Articles, ev.Article)
	}
	pairs := decode[[]map[string]any](t, mustRun(t, "--db", "db", "pairs", "--type", "accuse", "--format", "json"))
	if len(pairs) != 1 || pairs[0]["count"] != float64(2) {
		t.Fatalf("pairs %v", pairs)
	}

	mustRun(t, "--db", "db", "delete", "outlet-a")
	evs = accusations()
	if len(evs) != 1 || len(evs[0].Articles) != 0 || evs[0].Article.ID != "outlet-b" {
		t.Fatalf("after deleting outlet-a: %+v", evs)
	}
}
