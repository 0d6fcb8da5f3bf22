package main

import (
	"strings"
	"testing"
)

// TestEvalAnchors runs the command on a small TimeML file: 8 gold events,
// 7 anchored to a time of the text (e2 only to the DCT: not counted), 6 of
// them to a year, month or day (e4 to a week: not scored); e5 ("doubled
// its trade") is no newsgraph event; e6's time is in another sentence.
func TestEvalAnchors(t *testing.T) {
	out, err := runOut(t, "eval", "anchors", "--gold", "../../testdata/timeml-anchors", "--verbose")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"timeml-anchors: 1 docs, 6 gold events anchored to a year, month or day of the text (1 more only to other TIMEX3, not scored)",
		"found as newsgraph events 5 (83.3% of gold): 4 with the gold time in their sentence, 1 only elsewhere",
		"  time in the sentence (4):\n" +
			"    newsgraph date  exact    3 ( 75.0%)  compatible    4 (100.0%)  on the gold expression    4 (100.0%)  undated 0\n" +
			"    article date    exact    0 (  0.0%)  compatible    0 (  0.0%)\n",
		"  time elsewhere (1):\n" +
			"    newsgraph date  exact    0 (  0.0%)  compatible    0 (  0.0%)  on the gold expression    0 (  0.0%)  undated 1\n",
		`ELSE  NG20160926.0002  rallied (protest): gold 2016-09-24 "Saturday", newsgraph undated`,
		`accused (accuse): gold 2016-09-24 "Saturday night", newsgraph 2016-09-24TNI "Saturday night"`,
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	// the date after the addressee is the claim's own (claimAdjunct)
	if strings.Contains(out, "told (say)") {
		t.Errorf("told is listed:\n%s", out)
	}
	if _, err := runOut(t, "eval", "anchors"); err == nil {
		t.Error("no --gold accepted")
	}
}
