package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

func TestEvalEventsSmallGold(t *testing.T) {
	recs, err := readGold(filepath.Join("..", "..", "testdata", "gold-events-small.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3 (documentation record skipped)", len(recs))
	}
	sc := scoreEvents(extractorCoder(extract.New()), recs)
	// T-1: two gold triples (USA and GBR accuse RUS), found; T-2: one,
	// found; T-3: one (JAP read as JPN) that the text does not support.
	if sc.all.gold != 4 || sc.all.tp != 3 {
		t.Errorf("gold %d tp %d pred %d, want gold 4 tp 3", sc.all.gold, sc.all.tp, sc.all.pred)
	}
	if c := sc.byClass["DISAPPROVE"]; c == nil || c.tp != 2 {
		t.Errorf("DISAPPROVE = %+v", c)
	}
	var out bytes.Buffer
	sc.print(&out, true)
	for _, want := range []string{"overall", "DISAPPROVE", "REJECT", "MISS  T-3", "JPN - AGREE"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestEvalEventsSameText: PLOVER codes two events of one sentence as two
// records with the same text; they are scored as one text whose gold is
// both, so neither record's event counts as a false event of the other.
func TestEvalEventsSameText(t *testing.T) {
	text := "Russia accused Ukraine of shelling the plant, and Ukraine threatened to retaliate against Russia."
	recs := []goldRecord{
		{ID: "A", Date: "2022-08-10", Text: text, Event: "DISAPPROVE", Source: []byte(`[{"code":"RUS"}]`), Target: []byte(`[{"code":"UKR"}]`)},
		{ID: "B", Date: "2022-08-10", Text: text, Event: "THREATEN", Source: []byte(`[{"code":"UKR"}]`), Target: []byte(`[{"code":"RUS"}]`)},
	}
	sc := scoreEvents(extractorCoder(extract.New()), recs)
	if sc.records != 2 || sc.texts != 1 {
		t.Errorf("records %d texts %d, want 2 and 1", sc.records, sc.texts)
	}
	if sc.all.gold != 2 || sc.all.tp != 2 || sc.all.pred != 2 {
		t.Errorf("gold %d tp %d pred %d, want 2 2 2; falses %v misses %v", sc.all.gold, sc.all.tp, sc.all.pred, sc.falses, sc.misses)
	}
	if sc.classHit != 2 || sc.srcHit != 2 {
		t.Errorf("class hits %d source hits %d, want 2 and 2", sc.classHit, sc.srcHit)
	}
}

// TestGoldCodesNGO: a gold NGO with no country scores like a coded one
// (IGO), as actorCode maps it.
func TestGoldCodesNGO(t *testing.T) {
	got := goldCodes([]byte(`[{"code": "NGO"}, {"code": "IGO"}, {"code": "JAP"}]`))
	if strings.Join(got, " ") != "IGO JPN" {
		t.Errorf("goldCodes = %v, want [IGO JPN]", got)
	}
	if c := actorCode(extract.Entity{Code: "NGOHRIAMN"}); c != "IGO" {
		t.Errorf("actorCode(NGOHRIAMN) = %q, want IGO", c)
	}
}

func TestEvalEventsCommand(t *testing.T) {
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetArgs([]string{"eval", "events", "--gold", filepath.Join("..", "..", "testdata", "gold-events-small.json")})
	if err := cmd.Execute(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "F1") {
		t.Errorf("output:\n%s", out.String())
	}
}

// TestPLOVERGold guards the accuracy on the PLOVER gold records against
// regressions. It needs ../shared next to the repository.
func TestPLOVERGold(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpora", "events", "PLOVER_GSR_CAMEO.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("PLOVER gold data not found at %s (../shared/corpora next to the repository): skipping", path)
	}
	recs, err := readGold(path)
	if err != nil {
		t.Fatal(err)
	}
	sc := scoreEvents(extractorCoder(extract.New()), recs)
	_, _, f := sc.all.prf()
	t.Logf("PLOVER gold: F1 %.3f (%d correct, %d predicted, %d gold)", f, sc.all.tp, sc.all.pred, sc.all.gold)
	if f < 0.75 {
		t.Errorf("F1 %.3f fell below the 0.75 floor", f)
	}
}

// TestHeldOutGold guards the held-out sets in testdata (news-style
// sentences coded by hand before the coder saw them) against regressions.
func TestHeldOutGold(t *testing.T) {
	for _, tc := range []struct {
		file  string
		floor float64
	}{
		{"gold-events-heldout.json", 0.70},
		{"gold-events-heldout2.json", 0.95},
		{"gold-events-heldout3.json", 0.80},
		{"gold-events-heldout4.json", 0.90},
		{"gold-events-heldout5.json", 0.78},
		// long wire sentences: 0.543 when committed, a development set
		// since (its one-event gold counts true second events as false)
		{"gold-events-wire.json", 0.73},
		// set 6 was written in round 4 before its rules (F1 0.592 at
		// commit) and then read for failures; set 7 was written after the
		// rules and run once (0.667)
		{"gold-events-heldout6.json", 0.85},
		{"gold-events-heldout7.json", 0.72},
		// multi-sentence snippets (8: 0.398 at commit, 0.480 with the
		// context rules written blind to it), acts said with nouns (9:
		// 0.319 at commit), and the session's last blind set (10: 0.491
		// with the session-start coder, 0.542 when first run on this one)
		{"gold-events-heldout8.json", 0.79},
		{"gold-events-heldout9.json", 0.85},
		{"gold-events-heldout10.json", 0.71},
		// set 11, written blind in session 6 (0.425 with the session-start
		// coder and after that session's rules, which never read it), a
		// development set since session 7 (0.695)
		{"gold-events-heldout11.json", 0.75},
		// set 12, written blind in session 7 before any of its rules
		// (0.382 with the session-start coder, 0.377 after them); the
		// floors above were raised to the seventh session's figures
		{"gold-events-heldout12.json", 0.46},
		// set 13, written blind in session 8 before any of its rules
		// (0.424 with the session-start coder, 0.448 after them), a
		// development set since session 9 (0.469); the floors of sets
		// 10–12 were raised to the ninth session's figures
		{"gold-events-heldout13.json", 0.53},
		// set 14, written blind in session 9 before any of its rules
		// (0.385 with the session-start coder, 0.407 after them), a
		// development set since session 10 (0.532); the floors of sets
		// 8–13 were raised to the tenth session's figures
		{"gold-events-heldout14.json", 0.55},
		// set 15, written blind in session 10 before the tenth round's
		// rules (0.480 with the session-start coder, 0.487 after them), a
		// development set from the eleventh round (0.570)
		{"gold-events-heldout15.json", 0.58},
		// set 16, written blind in session 10 before the eleventh round's
		// rules (0.375 with the round-start coder and after them), a
		// development set since session 12, its joint acts rewritten in
		// PLOVER's form (0.429 with the session-start coder, 0.514 after
		// the twelfth round); the floors of sets 10, 12, 14 and 15 were
		// raised to the twelfth session's figures
		{"gold-events-heldout16.json", 0.51},
		// set 17, written blind in session 12 before any of its rules
		// (0.415 with the session-start coder, 0.428 after them)
		{"gold-events-heldout17.json", 0.42},
	} {
		recs, err := readGold(filepath.Join("..", "..", "testdata", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		sc := scoreEvents(extractorCoder(extract.New()), recs)
		_, _, f := sc.all.prf()
		t.Logf("%s: F1 %.3f (%d correct, %d predicted, %d gold)", tc.file, f, sc.all.tp, sc.all.pred, sc.all.gold)
		if f < tc.floor {
			t.Errorf("%s: F1 %.3f fell below the %.2f floor", tc.file, f, tc.floor)
		}
	}
}

// TestEvalEventsCoded: --coded scores a second coder's records against the
// gold instead of the extractor, the agreement between two annotators.
// Swapping the files swaps precision and recall; a coded text that is not
// in the gold is an error naming the file and the record.
func TestEvalEventsCoded(t *testing.T) {
	dir := t.TempDir()
	text1 := "Russia accused Ukraine of shelling the plant."
	text2 := "Protesters marched in Nairobi against new taxes."
	gold := `[
{"id":"G1","date":"2022-08-10","text":"` + text1 + `","event":"DISAPPROVE","source":[{"code":"RUS"}],"target":[{"code":"UKR"}]},
{"id":"G2","date":"2024-06-25","text":"` + text2 + `","event":"PROTEST","source":[{"code":"KEN"}],"target":[{"code":"KEN"}]}]`
	// the second coder agrees on the accusation, codes the protest
	// without a target and adds an assault the gold does not have
	second := `[
{"id":"C1","date":"2022-08-10","text":"` + text1 + `","event":"ACCUSE","source":[{"code":"RUS"}],"target":[{"code":"UKR"}]},
{"id":"C1b","date":"2022-08-10","text":"` + text1 + `","event":"ASSAULT","source":[{"code":"UKR"}],"target":[]},
{"id":"C2","date":"2024-06-25","text":"` + text2 + `","event":"PROTEST","source":[{"code":"KEN"}],"target":[]}]`
	gp, sp := filepath.Join(dir, "gold.json"), filepath.Join(dir, "second.json")
	for p, s := range map[string]string{gp: gold, sp: second} {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	run := func(args ...string) (string, error) {
		cmd := newRootCmd()
		var out bytes.Buffer
		cmd.SetOut(&out)
		cmd.SetErr(&out)
		cmd.SetArgs(append([]string{"eval", "events"}, args...))
		err := cmd.Execute()
		return out.String(), err
	}
	out, err := run("--gold", gp, "--coded", sp)
	if err != nil {
		t.Fatal(err)
	}
	// 2 gold triples, 3 coded, 1 in common: P 1/3, R 1/2
	if !strings.Contains(out, "gold triples 2, predicted 3, correct 1") || !strings.Contains(out, "P 0.333  R 0.500  F1 0.400") {
		t.Errorf("gold vs second:\n%s", out)
	}
	out, err = run("--gold", sp, "--coded", gp)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "P 0.500  R 0.333  F1 0.400") {
		t.Errorf("second vs gold (swapped):\n%s", out)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`[{"id":"X1","date":"2022-08-10","text":"Russia accused Ukraine.","event":"DISAPPROVE","source":[{"code":"RUS"}]}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := run("--gold", gp, "--coded", bad); err == nil || !strings.Contains(err.Error(), "bad.json") || !strings.Contains(err.Error(), `"X1"`) {
		t.Errorf("unknown coded text: err = %v, want one naming bad.json and X1", err)
	}
}
