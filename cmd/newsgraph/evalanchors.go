package main

import (
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/extract/temporal/timeml"
)

func init() { registerEval(newEvalAnchorsCmd) }

func newEvalAnchorsCmd(*app) *cobra.Command {
	var gold string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "anchors --gold DIR [--verbose]",
		Short: "Score the dates events are placed at against TimeML gold event-time links",
		Long: `Runs the extractor on the text of every gold TimeML file under --gold (published
at its DCT) and checks the date it gives each event against the gold TLINKs.
A gold event counts when a TLINK anchors it to a TIMEX3 of the text (not the
DCT) whose value is a year, month or day (1998, 1998-02, 1998-02-06): the event
IS_INCLUDED in, DURING, SIMULTANEOUS with, BEGINS, ENDS the time, or the time
INCLUDES, BEGUN_BY, ENDED_BY the event. It is found when a newsgraph event's
trigger overlaps the gold EVENT; only found events are scored, since newsgraph
codes only the political acts among the events TimeML marks. For each found
event the event's own date (Date; for claims the date of the claim, not About)
is exact when its value equals a gold time's value, compatible when one
interval holds the other (the same day, month or year at the coarser of the two
granularities), and on the expression when its text overlaps a gold TIMEX3 of
the link (right attachment, whatever the value). The article date (DCT) for
every event is scored the same way as the baseline, and so is the newsgraph
date with the article date for the events it leaves undated. Per subdirectory
and total.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold == "" {
				return usagef("eval anchors: --gold DIR is required")
			}
			docs, err := timeml.ReadDir(gold)
			if err != nil {
				return err
			}
			if len(docs) == 0 {
				return fmt.Errorf("no .tml files under %s", gold)
			}
			w := cmd.OutOrStdout()
			start := time.Now()
			x := extract.New()
			names, groups := groupTimeML(gold, docs)
			var total anchorScore
			for _, n := range names {
				sc := scoreAnchors(x, groups[n])
				if verbose {
					sc.writeMisses(w)
				}
				if len(names) > 1 {
					sc.write(w, n)
				}
				total.add(sc)
			}
			label := "total"
			if len(names) == 1 {
				label = names[0]
			}
			total.write(w, label)
			fmt.Fprintf(cmd.ErrOrStderr(), "extracted %d docs in %v\n", total.docs, time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "directory of gold TimeML files (searched recursively)")
	cmd.Flags().BoolVar(&verbose, "verbose", false, "list the found events whose date is not the gold one, with their sentence")
	return cmd
}

// groupTimeML groups documents by the first subdirectory of root they lie
// in (timebank, aquaint), in order of first appearance; files right under
// root form a group named after root.
func groupTimeML(root string, docs []*timeml.Doc) ([]string, map[string][]*timeml.Doc) {
	groups := map[string][]*timeml.Doc{}
	var names []string
	for _, d := range docs {
		rel, _ := filepath.Rel(root, filepath.Dir(d.Path))
		name := strings.Split(filepath.ToSlash(rel), "/")[0]
		if name == "." || name == "" {
			name = filepath.Base(filepath.Clean(root))
		}
		if _, ok := groups[name]; !ok {
			names = append(names, name)
		}
		groups[name] = append(groups[name], d)
	}
	return names, groups
}

// calendarValue matches the TIMEX3 values scored: a year, month or day.
var calendarValue = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// anchorMiss is a found event whose date is not exact, for --verbose.
type anchorMiss struct {
	doc, event, gold, ours, sentence string
	elsewhere                        bool
}

// dateCounts scores the dates of a set of found events.
type dateCounts struct {
	found    int
	dated    int // newsgraph gives a date
	exact    int
	compat   int
	onExpr   int // the date's text overlaps a gold TIMEX3 of the link
	dctExact int
	dctCompa int
	fbExact  int // newsgraph date, the article date when it has none
}

func (c *dateCounts) add(o dateCounts) {
	c.found += o.found
	c.dated += o.dated
	c.exact += o.exact
	c.compat += o.compat
	c.onExpr += o.onExpr
	c.dctExact += o.dctExact
	c.dctCompa += o.dctCompa
	c.fbExact += o.fbExact
}

// anchorScore counts one group of documents. Found events are split by
// where their gold time is: in the sentence of the event (what attachment
// within the sentence can get right) or only in another sentence (dates
// the gold carries over from context). The dates scored there are the
// sentence's own; the dates a context policy would give are scored apart.
type anchorScore struct {
	docs int
	// policies scores each context policy (extract.ContextPolicies) on the
	// found events newsgraph leaves undated
	policies []policyCounts
	undated  int // events of the documents (found or not) the text dates not
	fires    []int
	gold     int // gold events anchored to a year, month or day of the text
	other    int // gold events anchored only to other TIMEX3 (weeks, times, durations, refs)
	same     dateCounts
	else_    dateCounts
	misses   []anchorMiss
}

func (s *anchorScore) add(o anchorScore) {
	s.docs += o.docs
	s.gold += o.gold
	s.other += o.other
	s.same.add(o.same)
	s.else_.add(o.else_)
	s.undated += o.undated
	if s.policies == nil {
		s.policies = make([]policyCounts, len(o.policies))
		s.fires = make([]int, len(o.fires))
	}
	for i := range o.policies {
		s.policies[i].add(o.policies[i])
		s.fires[i] += o.fires[i]
	}
}

// policyCounts scores the dates a context policy gives the found events
// that the text leaves undated.
type policyCounts struct {
	undated  int // found events without a date from their sentence
	elseUnd  int // of them, with the gold time only in another sentence
	fired    int
	exact    int
	compat   int // exact included
	elseFire int // fired on an event whose gold time is elsewhere
	elseComp int // and is compatible there
}

func (c *policyCounts) add(o policyCounts) {
	c.undated += o.undated
	c.elseUnd += o.elseUnd
	c.fired += o.fired
	c.exact += o.exact
	c.compat += o.compat
	c.elseFire += o.elseFire
	c.elseComp += o.elseComp
}

// matchDate reports whether d is exactly one of the gold times, and
// whether its interval holds one of them or lies inside one.
func matchDate(d *extract.Date, times []timeml.Timex) (exact, compat bool) {
	if d == nil {
		return false, false
	}
	for _, t := range times {
		gs, ge := valueSpan(t.Value)
		exact = exact || d.Value == t.Value
		if os, oe := d.Start, d.End; os != "" {
			if oe == "" {
				oe = os
			}
			compat = compat || gs <= os && oe <= ge || os <= gs && ge <= oe
		}
	}
	return exact, compat
}

// scoreAnchors extracts every document and scores the dates of the events
// it finds against the gold anchors.
func scoreAnchors(x *extract.Extractor, docs []*timeml.Doc) anchorScore {
	sc := anchorScore{policies: make([]policyCounts, len(extract.ContextPolicies)), fires: make([]int, len(extract.ContextPolicies))}
	for _, d := range docs {
		sc.docs++
		all := d.Anchors(nil)
		anchors := d.Anchors(func(t timeml.Timex) bool { return calendarValue.MatchString(t.Value) })
		sc.other += len(all) - len(anchors)
		if len(anchors) == 0 {
			continue
		}
		res := x.Extract(extract.Article{ID: d.ID, Published: d.DCT, Text: d.Text})
		dct := d.DCT.Format(extract.DateLayout)
		// the events as each context policy dates them
		inferred := make([][]extract.Event, len(extract.ContextPolicies))
		for i, p := range extract.ContextPolicies {
			r := res
			r.Events = append([]extract.Event(nil), res.Events...)
			extract.InferDates(&r, d.Text, p)
			inferred[i] = r.Events
			for j := range r.Events {
				if res.Events[j].Date == nil {
					sc.undated += b2i(i == 0)
					sc.fires[i] += b2i(r.Events[j].Date != nil)
				}
			}
		}
		for _, a := range anchors {
			sc.gold++
			var ev *extract.Event
			evi := -1
			for i := range res.Events {
				e := &res.Events[i]
				if e.TriggerStart < a.Event.End && a.Event.Start < e.TriggerEnd {
					ev, evi = e, i
					break
				}
			}
			if ev == nil {
				continue
			}
			var golds []string
			exact, compat, onExpr, dctExact, dctCompat := false, false, false, false, false
			inSentence := false
			for _, t := range a.Times {
				inSentence = inSentence || t.Start >= ev.Offset && t.Start < ev.Offset+len(ev.Sentence)
				golds = append(golds, fmt.Sprintf("%s %q", t.Value, t.Text))
				gs, ge := valueSpan(t.Value)
				dctExact = dctExact || t.Value == dct
				dctCompat = dctCompat || gs <= dct && dct <= ge
				if ev.Date == nil {
					continue
				}
				exact = exact || ev.Date.Value == t.Value
				if os, oe := ev.Date.Start, ev.Date.End; os != "" {
					if oe == "" {
						oe = os
					}
					compat = compat || gs <= os && oe <= ge || os <= gs && ge <= oe
				}
				onExpr = onExpr || ev.Date.Offset < t.End && t.Start < ev.Date.Offset+len(ev.Date.Text)
			}
			if ev.Date == nil {
				for i := range extract.ContextPolicies {
					pc := &sc.policies[i]
					pc.undated++
					pc.elseUnd += b2i(!inSentence)
					inf := inferred[i][evi].Date
					if inf == nil {
						continue
					}
					ex, co := matchDate(inf, a.Times)
					pc.fired++
					pc.exact += b2i(ex)
					pc.compat += b2i(ex || co)
					pc.elseFire += b2i(!inSentence)
					pc.elseComp += b2i(!inSentence && (ex || co))
				}
			}
			c := &sc.same
			if !inSentence {
				c = &sc.else_
			}
			c.found++
			c.dated += b2i(ev.Date != nil)
			c.exact += b2i(exact)
			c.compat += b2i(compat)
			c.onExpr += b2i(onExpr)
			c.dctExact += b2i(dctExact)
			c.dctCompa += b2i(dctCompat)
			c.fbExact += b2i(exact || ev.Date == nil && dctExact)
			if !exact {
				ours := "undated"
				if ev.Date == nil {
					var ctx []string
					for i, p := range extract.ContextPolicies {
						if d := inferred[i][evi].Date; d != nil {
							ctx = append(ctx, p+" "+d.Value)
						}
					}
					ours += " (context: " + strings.Join(ctx, ", ") + ")"
				}
				if ev.Date != nil {
					ours = fmt.Sprintf("%s %q", ev.Date.Value, ev.Date.Text)
				}
				sc.misses = append(sc.misses, anchorMiss{doc: d.ID, event: a.Event.Text + " (" + ev.Type + ")",
					gold: strings.Join(golds, ", "), ours: ours, sentence: ev.Sentence, elsewhere: !inSentence})
			}
		}
	}
	return sc
}

// valueSpan returns the first and last day of a year, month or day value,
// as ISO dates.
func valueSpan(v string) (string, string) {
	switch len(v) {
	case 4:
		return v + "-01-01", v + "-12-31"
	case 7:
		t, err := time.Parse("2006-01", v)
		if err != nil {
			return v, v
		}
		return v + "-01", t.AddDate(0, 1, -1).Format(extract.DateLayout)
	}
	return v, v
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func (s anchorScore) write(w io.Writer, name string) {
	found := s.same.found + s.else_.found
	fmt.Fprintf(w, "%s: %d docs, %d gold events anchored to a year, month or day of the text (%d more only to other TIMEX3, not scored)\n",
		name, s.docs, s.gold, s.other)
	fmt.Fprintf(w, "  found as newsgraph events %d (%.1f%% of gold): %d with the gold time in their sentence, %d only elsewhere\n",
		found, pct(found, s.gold), s.same.found, s.else_.found)
	s.same.write(w, "time in the sentence")
	s.else_.write(w, "time elsewhere")
	if len(s.policies) == 0 {
		return
	}
	u := s.policies[0]
	fmt.Fprintf(w, "  undated by their sentence (%d found, %d with the time elsewhere; %d events of the documents in all): dates from context\n",
		u.undated, u.elseUnd, s.undated)
	for i, p := range extract.ContextPolicies {
		c := s.policies[i]
		fmt.Fprintf(w, "    %-24s fires %3d  exact %3d  compatible %3d (%5.1f%% of fired)  wrong %3d  time elsewhere %3d/%3d compatible  fires on %4d of all\n",
			p, c.fired, c.exact, c.compat, pct(c.compat, c.fired), c.fired-c.compat, c.elseComp, c.elseFire, s.fires[i])
	}
}

func (c dateCounts) write(w io.Writer, label string) {
	fmt.Fprintf(w, "  %s (%d):\n", label, c.found)
	fmt.Fprintf(w, "    newsgraph date  exact %4d (%5.1f%%)  compatible %4d (%5.1f%%)  on the gold expression %4d (%5.1f%%)  undated %d\n",
		c.exact, pct(c.exact, c.found), c.compat, pct(c.compat, c.found), c.onExpr, pct(c.onExpr, c.found), c.found-c.dated)
	fmt.Fprintf(w, "    article date    exact %4d (%5.1f%%)  compatible %4d (%5.1f%%)\n",
		c.dctExact, pct(c.dctExact, c.found), c.dctCompa, pct(c.dctCompa, c.found))
	fmt.Fprintf(w, "    newsgraph date, article date when undated  exact %4d (%5.1f%%)\n", c.fbExact, pct(c.fbExact, c.found))
}

func (s anchorScore) writeMisses(w io.Writer) {
	for _, m := range s.misses {
		tag := "DATE"
		if m.elsewhere {
			tag = "ELSE"
		}
		fmt.Fprintf(w, "%s  %s  %s: gold %s, newsgraph %s\n      %s\n", tag, m.doc, m.event, m.gold, m.ours, strings.Join(strings.Fields(m.sentence), " "))
	}
}
