package timeml

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract/temporal"
)

// Annotator tags a text published at dct.
type Annotator func(text string, dct time.Time) []temporal.Timex

// PRF is precision, recall and F1 from counts.
type PRF struct {
	Correct, System, Gold int
}

func (p PRF) P() float64 { return ratio(p.Correct, p.System) }
func (p PRF) R() float64 { return ratio(p.Correct, p.Gold) }
func (p PRF) F1() float64 {
	if p.System+p.Gold == 0 {
		return 0
	}
	return 2 * float64(p.Correct) / float64(p.System+p.Gold)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score is the TempEval-3 TIMEX3 evaluation: strict and relaxed span
// match, and value and type F1. An attribute is correct where the spans
// match relaxed and the attribute is equal; its P and R divide by the
// system and gold counts, as the official scorer does (attribute F1 =
// relaxed F1 x attribute accuracy). The DCT is not counted.
type Score struct {
	Docs                         int
	Strict, Relaxed, Value, Type PRF
}

// Add accumulates o into s.
func (s *Score) Add(o Score) {
	s.Docs += o.Docs
	for _, p := range [][2]*PRF{{&s.Strict, &o.Strict}, {&s.Relaxed, &o.Relaxed}, {&s.Value, &o.Value}, {&s.Type, &o.Type}} {
		p[0].Correct += p[1].Correct
		p[0].System += p[1].System
		p[0].Gold += p[1].Gold
	}
}

// Diff is one disagreement, for --verbose.
type Diff struct {
	Kind  string // miss, spurious, value, type, span
	Gold  *Timex
	Sys   *temporal.Timex
	Doc   *Doc
	Start int
}

// Compare scores one document's system annotations against its gold.
func Compare(d *Doc, sys []temporal.Timex) (Score, []Diff) {
	sc := Score{Docs: 1}
	n, g := len(sys), len(d.Gold)
	for _, p := range []*PRF{&sc.Strict, &sc.Relaxed, &sc.Value, &sc.Type} {
		p.System, p.Gold = n, g
	}
	var diffs []Diff
	usedSys := make([]bool, n)
	usedGold := make([]bool, g)
	pair := make([]int, g)
	for i := range pair {
		pair[i] = -1
	}
	// Exact matches first, then overlaps, one to one.
	for gi, gx := range d.Gold {
		for si, sx := range sys {
			if !usedSys[si] && sx.Start == gx.Start && sx.End == gx.End {
				usedSys[si], usedGold[gi], pair[gi] = true, true, si
				sc.Strict.Correct++
				break
			}
		}
	}
	for gi, gx := range d.Gold {
		if usedGold[gi] {
			continue
		}
		for si, sx := range sys {
			if !usedSys[si] && sx.Start < gx.End && gx.Start < sx.End {
				usedSys[si], usedGold[gi], pair[gi] = true, true, si
				break
			}
		}
	}
	for gi := range d.Gold {
		gx := &d.Gold[gi]
		si := pair[gi]
		if si < 0 {
			diffs = append(diffs, Diff{Kind: "miss", Gold: gx, Doc: d, Start: gx.Start})
			continue
		}
		sx := &sys[si]
		sc.Relaxed.Correct++
		if normValue(sx.Value) == normValue(gx.Value) {
			sc.Value.Correct++
		} else {
			diffs = append(diffs, Diff{Kind: "value", Gold: gx, Sys: sx, Doc: d, Start: gx.Start})
		}
		if sx.Type == gx.Type {
			sc.Type.Correct++
		} else {
			diffs = append(diffs, Diff{Kind: "type", Gold: gx, Sys: sx, Doc: d, Start: gx.Start})
		}
		if sx.Start != gx.Start || sx.End != gx.End {
			diffs = append(diffs, Diff{Kind: "span", Gold: gx, Sys: sx, Doc: d, Start: gx.Start})
		}
	}
	for si := range sys {
		if !usedSys[si] {
			diffs = append(diffs, Diff{Kind: "spurious", Sys: &sys[si], Doc: d, Start: sys[si].Start})
		}
	}
	sort.SliceStable(diffs, func(i, j int) bool { return diffs[i].Start < diffs[j].Start })
	return sc, diffs
}

func normValue(v string) string { return strings.ToUpper(strings.TrimSpace(v)) }

// ReadDir reads every *.tml and *.xml file under dir, sorted by path.
func ReadDir(dir string) ([]*Doc, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !e.IsDir() && (strings.HasSuffix(p, ".tml") || strings.HasSuffix(p, ".xml")) {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	docs := make([]*Doc, 0, len(paths))
	for _, p := range paths {
		d, err := ReadFile(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Evaluate annotates every document's text from scratch with ann and
// scores it; diffs are returned for reporting.
func Evaluate(docs []*Doc, ann Annotator) (Score, []Diff) {
	var total Score
	var all []Diff
	for _, d := range docs {
		sc, diffs := Compare(d, ann(d.Text, d.DCT))
		total.Add(sc)
		all = append(all, diffs...)
	}
	return total, all
}

// WriteScore prints a score table row block.
func WriteScore(w io.Writer, name string, s Score) {
	fmt.Fprintf(w, "%s: %d docs, %d gold TIMEX3, %d system\n", name, s.Docs, s.Relaxed.Gold, s.Relaxed.System)
	fmt.Fprintf(w, "  %-8s %6s %6s %6s\n", "", "P", "R", "F1")
	for _, r := range []struct {
		n string
		p PRF
	}{{"strict", s.Strict}, {"relaxed", s.Relaxed}, {"value", s.Value}, {"type", s.Type}} {
		fmt.Fprintf(w, "  %-8s %6.2f %6.2f %6.2f\n", r.n, 100*r.p.P(), 100*r.p.R(), 100*r.p.F1())
	}
}

// WriteDiffs prints the disagreements, one a line, with some context.
func WriteDiffs(w io.Writer, diffs []Diff) {
	for _, df := range diffs {
		ctx := context(df.Doc.Text, df.Start)
		base := filepath.Base(df.Doc.Path)
		switch df.Kind {
		case "miss":
			fmt.Fprintf(w, "MISS     %s %q %s %s  | %s\n", base, df.Gold.Text, df.Gold.Type, df.Gold.Value, ctx)
		case "spurious":
			fmt.Fprintf(w, "SPURIOUS %s %q %s %s  | %s\n", base, df.Sys.Text, df.Sys.Type, df.Sys.Value, ctx)
		case "value":
			fmt.Fprintf(w, "VALUE    %s %q gold %s sys %q %s (dct %s) | %s\n", base, df.Gold.Text, df.Gold.Value, df.Sys.Text, df.Sys.Value, df.Doc.DCT.Format("2006-01-02 Mon"), ctx)
		case "type":
			fmt.Fprintf(w, "TYPE     %s %q gold %s sys %s\n", base, df.Gold.Text, df.Gold.Type, df.Sys.Type)
		case "span":
			fmt.Fprintf(w, "SPAN     %s gold %q sys %q\n", base, df.Gold.Text, df.Sys.Text)
		}
	}
}

func context(text string, pos int) string {
	s, e := max(0, pos-60), min(len(text), pos+60)
	for s > 0 && s < len(text) && text[s]&0xC0 == 0x80 {
		s--
	}
	for e < len(text) && text[e]&0xC0 == 0x80 {
		e++
	}
	return strings.Join(strings.Fields(text[s:e]), " ")
}
