package temporal

import (
	"time"

	"github.com/olebedev/when"
)

// WhenBaseline tags text with plain olebedev/when (its English and common
// rules, as shipped): every match is a DATE with a day value. It is the
// baseline the evaluation compares the Tagger with. when's Parse returns
// one expression per call, so it is called in a loop.
func WhenBaseline(text string, dct time.Time) []Timex {
	var out []Timex
	for pos := 0; pos < len(text); {
		r, err := when.EN.Parse(text[pos:], dct)
		if err != nil || r == nil {
			break
		}
		s, e := pos+r.Index, pos+r.Index+len(r.Text)
		if e <= pos {
			break
		}
		d := truncDay(r.Time)
		out = append(out, Timex{Text: text[s:e], Start: s, End: e, Type: "DATE", Value: d.Format("2006-01-02"), Granularity: "day", From: d, To: d})
		pos = e
	}
	return out
}
