package main

import (
	"strings"
	"testing"
)

// TestEvalAnchors runs the command on a small TimeML file: 10 gold
// events, 9 anchored to a time of the text (e2 only to the DCT: not
// counted), 8 of them to a year, month or day (e4 to a week: not scored);
// e5 ("doubled its trade") is no newsgraph event; e6's and e10's times are
// in other sentences.
func TestEvalAnchors(t *testing.T) {
	out, err := runOut(t, "eval", "anchors", "--gold", "../../testdata/timeml-anchors", "--verbose")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"timeml-anchors: 1 docs, 8 gold events anchored to a year, month or day of the text (1 more only to other TIMEX3, not scored)\n",
		"  found as newsgraph events 7 (87.5% of gold): 5 with the gold time in their sentence, 2 only elsewhere\n",
		// e1, e3 (the claim's own date after its addressee), e7 and e9
		// (fronted dates) exact; e8 "Saturday night" compatible with
		// the gold day; only e9's date is the article's
		"  time in the sentence (5):\n" +
			"    newsgraph date  exact    4 ( 80.0%)  compatible    5 (100.0%)  on the gold expression    5 (100.0%)  undated 0\n" +
			"    article date    exact    1 ( 20.0%)  compatible    1 ( 20.0%)\n" +
			"    newsgraph date, article date when undated  exact    4 ( 80.0%)\n",
		"  time elsewhere (2):\n" +
			"    newsgraph date  exact    0 (  0.0%)  compatible    0 (  0.0%)  on the gold expression    0 (  0.0%)  undated 2\n" +
			"    article date    exact    1 ( 50.0%)  compatible    1 ( 50.0%)\n" +
			"    newsgraph date, article date when undated  exact    1 ( 50.0%)\n",
		`ELSE  NG20160926.0002  rallied (protest): gold 2016-09-24 "Saturday", newsgraph undated (context: publication 2016-09-26, previous-event 2016-W38,`,
		// the context policies on e6 and e10, the two undated events: the
		// story's day (the first day named in the week up to publication,
		// Saturday) is right for e6 and wrong for e10, the previous event's
		// date (last week, then Monday) compatible for both
		"  undated by their sentence (2 found, 2 with the time elsewhere; 4 events of the documents in all): dates from context\n",
		"    publication              fires   2  exact   1  compatible   1 ( 50.0% of fired)  wrong   1  time elsewhere   1/  2 compatible  fires on    4 of all\n",
		"    previous-event           fires   2  exact   1  compatible   2 (100.0% of fired)  wrong   0  time elsewhere   2/  2 compatible  fires on    4 of all\n",
		"    story-day-silent         fires   2  exact   1  compatible   1 ( 50.0% of fired)  wrong   1  time elsewhere   1/  2 compatible  fires on    2 of all\n",
		`DATE  NG20160926.0002  accused (accuse): gold 2016-09-24 "Saturday night", newsgraph 2016-09-24TNI "Saturday night"`,
		"      Ukraine accused Russia on Saturday night of shelling Mariupol.\n",
	} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	if n := strings.Count(out, "\nDATE  ") + strings.Count(out, "\nELSE  "); n != 2 || !strings.HasPrefix(out, "ELSE  ") {
		t.Errorf("%d+1 mismatches listed, want 3:\n%s", n, out)
	}
	if _, err := runOut(t, "eval", "anchors"); err == nil {
		t.Error("no --gold accepted")
	}
}
