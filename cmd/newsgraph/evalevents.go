package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/actors"
)

func init() { registerEval(newEvalEventsCmd) }

func newEvalEventsCmd(*app) *cobra.Command {
	var gold, coded string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "events --gold FILE [--coded FILE]",
		Short: "Score event extraction on PLOVER-style gold records (source country, target country, event class)",
		Long: `Runs the extractor on the text of every gold record and compares the
(source country, target country, PLOVER class) triples it codes with the gold
ones. Records are JSON objects with date, text, source and target (lists of
{code}) and event; a record whose event is DOCUMENT is skipped. Statements
(say, report: no PLOVER class) and negated events are not scored. REQUEST
counts as DEMAND and ACCUSE as DISAPPROVE, and international NGOs (no
country) count as IGO, as in PLOVER 0.5 gold data.

With --coded FILE, the triples are read from another coder's records (the
same format, the texts copied exactly from the gold file) instead of being
extracted: a second annotator's coding gives the agreement between two
people, the ceiling any coder can be measured against. Records of one text
are scored together, and a coded record with neither side is scored like a
gold one, so swapping the two files swaps precision and recall.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold == "" {
				return usagef("eval events: --gold FILE is required")
			}
			recs, err := readGold(gold)
			if err != nil {
				return err
			}
			code := extractorCoder(extract.New())
			if coded != "" {
				if code, err = recordCoder(coded, recs); err != nil {
					return err
				}
			}
			sc := scoreEvents(code, recs)
			sc.print(cmd.OutOrStdout(), verbose)
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "gold file: a JSON array (or JSON lines) of PLOVER records")
	cmd.Flags().BoolVar(&verbose, "verbose", false, "list missed and false events")
	cmd.Flags().StringVar(&coded, "coded", "", "score this file's coded records (another coder's, same format) instead of running the extractor")
	return cmd
}

// goldRecord is one PLOVER gold-standard record.
type goldRecord struct {
	ID     string          `json:"id"`
	Date   string          `json:"date"`
	Text   string          `json:"text"`
	Event  string          `json:"event"`
	Source json.RawMessage `json:"source"`
	Target json.RawMessage `json:"target"`
}

func readGold(path string) ([]goldRecord, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var recs []goldRecord
	if t := strings.TrimSpace(string(b)); strings.HasPrefix(t, "[") {
		if err := json.Unmarshal(b, &recs); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	} else {
		dec := json.NewDecoder(strings.NewReader(t))
		for dec.More() {
			var r goldRecord
			if err := dec.Decode(&r); err != nil {
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			recs = append(recs, r)
		}
	}
	out := recs[:0]
	for _, r := range recs {
		if r.Event == "" || strings.EqualFold(r.Event, "DOCUMENT") || strings.TrimSpace(r.Text) == "" {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

// goldCodes reads the actor codes of a source or target field: a list of
// {code} objects, one object, a string or a list of strings.
func goldCodes(raw json.RawMessage) []string {
	g := actors.Default()
	var objs []struct {
		Code string `json:"code"`
	}
	var codes []string
	if json.Unmarshal(raw, &objs) == nil {
		for _, o := range objs {
			codes = append(codes, o.Code)
		}
	} else {
		var one struct {
			Code string `json:"code"`
		}
		var strs []string
		var s string
		switch {
		case json.Unmarshal(raw, &one) == nil && one.Code != "":
			codes = []string{one.Code}
		case json.Unmarshal(raw, &strs) == nil:
			codes = strs
		case json.Unmarshal(raw, &s) == nil && s != "":
			codes = []string{s}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, c := range codes {
		c = g.NormalizeCountry(c)
		if c == "NGO" {
			// the same rule as for coded actors (actorCode): an NGO
			// with no country counts as IGO; four PLOVER records code
			// one as NGO, which no coded actor could match
			c = "IGO"
		}
		if c == "" || seen[c] {
			continue
		}
		seen[c] = true
		out = append(out, c)
	}
	return out
}

// evalClass maps an event's PLOVER category to the class scored.
func evalClass(plover string) string {
	switch plover {
	case "REQUEST":
		return "DEMAND"
	case "ACCUSE":
		return "DISAPPROVE"
	}
	return plover
}

// actorCode is the code an entity is scored by: its country, else the kind
// of international actor (IGO, NGO, IMG).
func actorCode(e extract.Entity) string {
	if e.Country != "" {
		return e.Country
	}
	// PLOVER gold codes international NGOs (Amnesty, Red Cross) as IGO
	if strings.HasPrefix(e.Code, "NGO") {
		return "IGO"
	}
	for _, p := range []string{"IGO", "NGO", "IMG"} {
		if strings.HasPrefix(e.Code, p) {
			return p
		}
	}
	return ""
}

type triple struct{ src, tgt, class string }

func (t triple) String() string {
	f := func(s string) string {
		if s == "" {
			return "-"
		}
		return s
	}
	return f(t.src) + " " + f(t.tgt) + " " + t.class
}

func triples(srcs, tgts []string, class string) []triple {
	if len(srcs) == 0 {
		srcs = []string{""}
	}
	if len(tgts) == 0 {
		tgts = []string{""}
	}
	var out []triple
	for _, s := range srcs {
		for _, t := range tgts {
			out = append(out, triple{s, t, class})
		}
	}
	return out
}

type counts struct{ tp, pred, gold int }

func (c counts) prf() (p, r, f float64) {
	if c.pred > 0 {
		p = float64(c.tp) / float64(c.pred)
	}
	if c.gold > 0 {
		r = float64(c.tp) / float64(c.gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

type eventScore struct {
	records  int
	texts    int // distinct (date, text) pairs: each is extracted once
	classHit int // records whose gold class is among the predicted classes
	srcHit   int // ... and one of whose gold sources codes an event of that class
	all      counts
	byClass  map[string]*counts
	misses   []string
	falses   []string
}

// A coder gives the triples coded for the text of a gold record.
type coder func(r goldRecord) map[triple]bool

// extractorCoder codes a text with the extractor, the record's date as its
// publication date.
func extractorCoder(x *extract.Extractor) coder {
	return func(r goldRecord) map[triple]bool {
		pub, _ := time.Parse(extract.DateLayout, r.Date)
		pred := map[triple]bool{}
		res := x.Extract(extract.Article{ID: r.ID, Text: r.Text, Published: pub})
		for _, ev := range res.Events {
			class := evalClass(ev.Plover)
			if class == "" || ev.Negated || len(ev.Source) == 0 && len(ev.Target) == 0 {
				continue
			}
			var s, t []string
			for _, e := range ev.Source {
				s = append(s, actorCode(e))
			}
			for _, e := range ev.Target {
				t = append(t, actorCode(e))
			}
			for _, tr := range triples(uniq(s), uniq(t), class) {
				pred[tr] = true
			}
		}
		return pred
	}
}

// recordCoder reads another coder's records of the gold texts. A coded
// text that is not in the gold is an error: it would be scored as nothing
// and hide a copying slip.
func recordCoder(path string, gold []goldRecord) (coder, error) {
	recs, err := readGold(path)
	if err != nil {
		return nil, err
	}
	inGold := map[string]bool{}
	for _, g := range gold {
		inGold[g.Text] = true
	}
	byText := map[string]map[triple]bool{}
	for _, r := range recs {
		if !inGold[r.Text] {
			return nil, fmt.Errorf("%s: record %q: its text is not one of the gold texts (copy them exactly)", path, r.ID)
		}
		if byText[r.Text] == nil {
			byText[r.Text] = map[triple]bool{}
		}
		for _, t := range triples(goldCodes(r.Source), goldCodes(r.Target), evalClass(strings.ToUpper(r.Event))) {
			byText[r.Text][t] = true
		}
	}
	return func(r goldRecord) map[triple]bool {
		if p := byText[r.Text]; p != nil {
			return p
		}
		return map[triple]bool{}
	}, nil
}

func scoreEvents(code coder, recs []goldRecord) *eventScore {
	sc := &eventScore{byClass: map[string]*counts{}}
	cls := func(c string) *counts {
		if sc.byClass[c] == nil {
			sc.byClass[c] = &counts{}
		}
		return sc.byClass[c]
	}
	for _, grp := range groupByText(recs) {
		sc.records += len(grp)
		sc.texts++
		r := grp[0]
		// a text coded in several records (PLOVER gives each event of a
		// sentence its own record) is scored once against all of them:
		// one record's event is not a false event of the other
		gold := map[triple]string{} // triple -> id of its record
		for _, g := range grp {
			for _, t := range triples(goldCodes(g.Source), goldCodes(g.Target), evalClass(strings.ToUpper(g.Event))) {
				if _, ok := gold[t]; !ok {
					gold[t] = g.ID
				}
			}
		}
		pred := code(r)
		for _, g := range grp {
			gc := strings.ToUpper(g.Event)
			gsrc := map[string]bool{}
			for _, c := range goldCodes(g.Source) {
				gsrc[c] = true
			}
			hitC, hitS := false, false
			for t := range pred {
				if t.class == gc {
					hitC = true
					if gsrc[t.src] {
						hitS = true
					}
				}
			}
			if hitC {
				sc.classHit++
			}
			if hitS {
				sc.srcHit++
			}
		}
		for t, id := range gold {
			sc.all.gold++
			cls(t.class).gold++
			if pred[t] {
				sc.all.tp++
				cls(t.class).tp++
			} else {
				sc.misses = append(sc.misses, fmt.Sprintf("MISS  %-28s %s\n      %s", id, t, r.Text))
			}
		}
		for t := range pred {
			sc.all.pred++
			cls(t.class).pred++
			if _, ok := gold[t]; !ok {
				sc.falses = append(sc.falses, fmt.Sprintf("FALSE %-28s %s\n      %s", r.ID, t, r.Text))
			}
		}
	}
	sort.Strings(sc.misses)
	sort.Strings(sc.falses)
	return sc
}

// groupByText gathers the records that code the same text on the same
// date, in the order the texts first appear.
func groupByText(recs []goldRecord) [][]goldRecord {
	type key struct{ date, text string }
	at := map[key]int{}
	var out [][]goldRecord
	for _, r := range recs {
		k := key{r.Date, r.Text}
		if i, ok := at[k]; ok {
			out[i] = append(out[i], r)
			continue
		}
		at[k] = len(out)
		out = append(out, []goldRecord{r})
	}
	return out
}

func uniq(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func (sc *eventScore) print(w io.Writer, verbose bool) {
	p, r, f := sc.all.prf()
	fmt.Fprintf(w, "records %d (texts %d), gold triples %d, predicted %d, correct %d\n", sc.records, sc.texts, sc.all.gold, sc.all.pred, sc.all.tp)
	fmt.Fprintf(w, "overall (source country, target country, class): P %.3f  R %.3f  F1 %.3f\n", p, r, f)
	if sc.records > 0 {
		fmt.Fprintf(w, "records whose gold class is coded: %d/%d (%.1f%%); with a gold source: %d/%d (%.1f%%)\n",
			sc.classHit, sc.records, 100*float64(sc.classHit)/float64(sc.records), sc.srcHit, sc.records, 100*float64(sc.srcHit)/float64(sc.records))
	}
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-12s %6s %6s %6s %5s %5s %5s\n", "class", "P", "R", "F1", "tp", "pred", "gold")
	var names []string
	for c := range sc.byClass {
		names = append(names, c)
	}
	sort.Strings(names)
	for _, c := range names {
		k := sc.byClass[c]
		p, r, f := k.prf()
		fmt.Fprintf(w, "%-12s %6.3f %6.3f %6.3f %5d %5d %5d\n", c, p, r, f, k.tp, k.pred, k.gold)
	}
	if verbose {
		fmt.Fprintln(w)
		for _, m := range sc.misses {
			fmt.Fprintln(w, m)
		}
		for _, m := range sc.falses {
			fmt.Fprintln(w, m)
		}
	}
}
