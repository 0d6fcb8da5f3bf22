package extract

import (
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/extract/temporal"
)

var (
	taggerOnce sync.Once
	tagger     *temporal.Tagger
)

// NewsDates is the default date tagger: newsgraph's news rules on
// olebedev/when (package extract/temporal), built once per process.
func NewsDates(text string, published time.Time) []Date {
	taggerOnce.Do(func() { tagger = temporal.NewTagger() })
	xs := tagger.Tag(text, published)
	out := make([]Date, len(xs))
	for i, x := range xs {
		out[i] = dateOf(x)
	}
	return out
}

// dateOf converts a tagger result to the public Date shape.
func dateOf(x temporal.Timex) Date {
	d := Date{Text: x.Text, Value: x.Value, Granularity: x.Granularity, Type: x.Type, Mod: x.Mod, Offset: x.Start}
	if !x.From.IsZero() {
		d.Start = x.From.Format(DateLayout)
		d.End = x.To.Format(DateLayout)
		if x.To.IsZero() {
			d.End = d.Start
		}
	}
	return d
}
