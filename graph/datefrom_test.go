package graph

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
)

// TestDateFrom: where an event's date comes from is stored as ng:date_from
// on the event (not on the shared date node), in its record, and read back;
// an undated event has none.
func TestDateFrom(t *testing.T) {
	for _, backend := range []string{"memstore", "bolt"} {
		t.Run(backend, func(t *testing.T) {
			st := openTemp(t, backend)
			ctx := context.Background()
			res := sampleResult("a1")
			res.Events[1].DateFrom = extract.DateFromText
			res.Events[2].DateFrom = extract.DateFromContext
			if _, err := st.PutArticle(ctx, res); err != nil {
				t.Fatal(err)
			}
			evs, err := st.Events(ctx, Filter{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{}
			for _, e := range evs {
				got[e.ID] = e.DateFrom
			}
			if got["a1-1"] != "" || got["a1-2"] != "text" || got["a1-3"] != "context" {
				t.Errorf("date_from read back %v", got)
			}
			r, err := st.Query(ctx, `g.V().Has("<ng:date_from>", "context").all()`, 10, time.Second)
			if err != nil || len(r) != 1 {
				t.Fatalf("gizmo date_from context: %v %v", r, err)
			}
			qs, err := st.AllQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for _, q := range qs {
				if q.Predicate == PredDateFrom {
					n++
					if q.Subject == EventIRI("a1-1") {
						t.Errorf("undated event has %v", q)
					}
				}
			}
			if n != 2 {
				t.Errorf("%d ng:date_from quads, want 2", n)
			}
		})
	}
}
