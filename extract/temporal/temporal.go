// Package temporal finds and normalises time expressions in news text, in
// the style of TimeML TIMEX3 (TempEval-3 conventions). It is built on the
// rule interface of github.com/olebedev/when: every rule is a rules.Rule,
// a few of when's own English rules are kept (today/yesterday/tomorrow,
// clock times) and the rest are news-aware rules of this package that
// resolve underspecified expressions by tense and by the last mentioned
// date.
//
// The package must not import package extract; the pipeline converts
// Timex to extract.Date.
package temporal

import (
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/olebedev/when/rules"
	"github.com/olebedev/when/rules/en"
)

// Timex is one time expression as written and as resolved against the
// document creation time (DCT).
type Timex struct {
	Text        string    // as written, e.g. "last week"
	Start, End  int       // byte offsets of Text in the input
	Type        string    // DATE, TIME, DURATION, SET
	Value       string    // TIMEX3 value
	Mod         string    // START, END, MID, APPROX, BEFORE, AFTER, ... or ""
	Granularity string    // day, week, weekend, month, quarter, season, year, decade, interval, time, duration, set, ref
	From, To    time.Time // inclusive interval of days it denotes (zero for durations, sets, refs)
}

// Tagger finds time expressions. It is built once and safe for concurrent
// use: Tag keeps all its state on the stack.
type Tagger struct {
	rules []*rule
	when  []*whenRule
}

// NewTagger builds a Tagger with the compiled-in English rules.
func NewTagger() *Tagger {
	return &Tagger{rules: newsRules(), when: keptWhenRules()}
}

// Rules returns every rule of the tagger as olebedev/when rules, so they can
// also be plugged into a when.Parser.
func (t *Tagger) Rules() []rules.Rule {
	var out []rules.Rule
	for _, r := range t.rules {
		out = append(out, r)
	}
	for _, r := range t.when {
		out = append(out, r.Rule)
	}
	return out
}

// cand is a candidate match before overlap resolution.
type cand struct {
	start, end int
	prio       int
	resolve    func(st *state) (Timex, bool)
}

// state is what resolution of one document carries from left to right.
type state struct {
	text   string
	dct    time.Time
	cues   []cue
	bounds []int
	// anchor is the last resolved date or time: the reference of
	// "two days later", "the next day", "a year earlier".
	anchor *Timex
	// lastQuarter is the last quarter mentioned ("the quarter").
	lastQuarter *Timex
	// lastMonth is the last month mentioned: "the previous month" is
	// the one before it ("the index for February ... the previous month").
	lastMonth *Timex
	// yearSent is an explicit year mentioned in sentence yearSentStart.
	year, yearSentStart int
	yearEnd             int // where the mention of year ends
	cur                 cand
	// slashOrder caches dayFirst: 0 unknown, 1 day first, -1 month first.
	slashOrder int
	// derived is set by a resolver whose result is computed back from
	// the anchor ("a year earlier"): it must not become the anchor.
	derived bool
}

func (st *state) tense() int {
	return tenseAt(st.text, st.cues, st.bounds, len(st.text), st.cur.start, st.cur.end)
}

// sentenceYear returns an explicit year mentioned earlier in the current
// sentence, or 0.
func (st *state) sentenceYear() int {
	s, _ := sentenceOf(st.bounds, len(st.text), st.cur.start)
	if st.year != 0 && st.yearSentStart == s && st.cur.start-st.yearEnd <= 80 {
		return st.year
	}
	return 0
}

// nearby reports whether x is in the current or the previous sentence.
func (st *state) nearby(x *Timex) bool {
	cs, _ := sentenceOf(st.bounds, len(st.text), st.cur.start)
	if x.Start >= cs {
		return true
	}
	ps, _ := sentenceOf(st.bounds, len(st.text), max(0, cs-1))
	return x.Start >= ps
}

// within reports whether x starts in the current sentence or one of the
// n sentences before it.
func (st *state) within(x *Timex, n int) bool {
	cs, _ := sentenceOf(st.bounds, len(st.text), st.cur.start)
	for ; n > 0 && cs > 0 && x.Start < cs; n-- {
		cs, _ = sentenceOf(st.bounds, len(st.text), cs-1)
	}
	return x.Start >= cs
}

func (st *state) anchorDay() time.Time {
	if st.anchor != nil && !st.anchor.From.IsZero() {
		return st.anchor.From
	}
	return st.dct
}

// Tag returns all time expressions of text, in text order and
// non-overlapping, resolved against dct (the publication date).
func (t *Tagger) Tag(text string, dct time.Time) []Timex {
	dct = truncDay(dct)
	bounds := sentenceBounds(text)
	lower := asciiLower(text)
	var cs []cand
	// Each rule runs only on the sentences holding one of its trigger
	// words: Go's regexp engine is linear but slow per byte, and most
	// sentences hold no time expression at all.
	for i, s := range bounds {
		e := len(text)
		if i+1 < len(bounds) {
			e = bounds[i+1]
		}
		if s >= e {
			continue
		}
		ls := lower[s:e]
		digit := strings.ContainsAny(ls, "0123456789")
		for _, r := range t.rules {
			if r.triggered(ls, digit) {
				cs = r.candidatesIn(text, s, e, cs)
			}
		}
	}
	for _, r := range t.when {
		cs = r.candidates(text, cs)
	}
	// Longest match wins, then rule priority, then leftmost.
	sort.SliceStable(cs, func(i, j int) bool {
		li, lj := cs[i].end-cs[i].start, cs[j].end-cs[j].start
		if li != lj {
			return li > lj
		}
		if cs[i].prio != cs[j].prio {
			return cs[i].prio > cs[j].prio
		}
		return cs[i].start < cs[j].start
	})
	var picked []cand
	taken := make([]bool, len(text)+1)
outer:
	for _, c := range cs {
		for i := c.start; i < c.end; i++ {
			if taken[i] {
				continue outer
			}
		}
		for i := c.start; i < c.end; i++ {
			taken[i] = true
		}
		picked = append(picked, c)
	}
	sort.Slice(picked, func(i, j int) bool { return picked[i].start < picked[j].start })

	st := &state{text: text, dct: dct, cues: scanCues(text), bounds: bounds}
	out := make([]Timex, 0, len(picked))
	for _, c := range picked {
		st.cur = c
		st.derived = false
		x, ok := c.resolve(st)
		if !ok {
			continue
		}
		x.Start, x.End, x.Text = c.start, c.end, text[c.start:c.end]
		if x.Type == "" {
			x.Type = "DATE"
		}
		if (x.Type == "DATE" || x.Type == "TIME") && !x.From.IsZero() && !st.derived {
			xx := x
			st.anchor = &xx
			// a current or forecast quarter ("the third quarter of 1990") does not
			// replace the quarter under discussion, which has ended
			// nor does an earlier quarter: in a results report it is a
			// comparison ("After a flat second quarter, ... the gain")
			if x.Granularity == "month" {
				st.lastMonth = &xx
			}
			if x.Granularity == "quarter" && (st.lastQuarter == nil || !x.To.After(dct) && !x.To.Before(st.lastQuarter.From)) {
				st.lastQuarter = &xx
			}
		}
		out = append(out, x)
	}
	out = dropRecentlyBeforeDate(text, out)
	approxAround(text, out)
	clockOnDay(text, out)
	linkIntervals(text, dct, out)
	return out
}

// recentlyGapRE is what may stand between "recently" and the date it
// introduces: "most recently on Feb. 1", "as recently as 2001", "most
// recently last October".
var recentlyGapRE = regexp.MustCompile(`^,?\s+(?:(?:as|on|in|at|during)\s+)?$`)

// dropRecentlyBeforeDate removes "recently" when a date follows it: the
// date says when, and "recently" only grades it (AQUAINT leaves "most
// recently last October" untagged).
func dropRecentlyBeforeDate(text string, xs []Timex) []Timex {
	out := xs[:0]
	for i, x := range xs {
		if i+1 < len(xs) && strings.EqualFold(x.Text, "recently") && xs[i+1].Granularity != "ref" && recentlyGapRE.MatchString(text[x.End:xs[i+1].Start]) {
			continue
		}
		out = append(out, x)
	}
	return out
}

// aroundVerbs take "around" as a particle: "get around Wednesday's
// ruling", "come around", "work around".
var aroundVerbs = map[string]bool{
	"get": true, "gets": true, "got": true, "getting": true, "gotten": true, "come": true, "comes": true,
	"came": true, "coming": true, "work": true, "works": true, "worked": true, "working": true,
	"turn": true, "turned": true, "turning": true, "way": true, "ways": true, "go": true, "went": true,
}

// approxAround puts an approximator before a date or a clock time into
// the expression, with mod APPROX: "around 7:15 p.m.", "around Nov. 1",
// "around midnight" (TimeBank tags all three so; durations carry their
// quantifiers already, "about two weeks").
func approxAround(text string, xs []Timex) {
	for i := range xs {
		x := &xs[i]
		if x.Type != "DATE" && x.Type != "TIME" || x.Granularity == "ref" {
			continue
		}
		j := x.Start
		for j > 0 && isSpace(text[j-1]) {
			j--
		}
		if j == x.Start || j < 6 || !strings.EqualFold(text[j-6:j], "around") || j > 6 && isWordByte(text[j-7]) {
			continue
		}
		if aroundVerbs[strings.ToLower(lastWords(text[:j-6], 1))] {
			continue
		}
		if rest := text[x.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			continue // "around Wednesday's ruling"
		}
		if i > 0 && xs[i-1].End > j-6 {
			continue
		}
		x.Start = j - 6
		x.Text = text[x.Start:x.End]
		if x.Mod == "" {
			x.Mod = "APPROX"
		}
	}
}

// clockOnlyRE is a clock time with no day of its own.
var clockOnlyRE = regexp.MustCompile(`^(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?|[ap]m)?|\d{4}|noon|midnight|midday)(?:\s+(?:[A-Z]{3,4}|local time))?$`)

// clockOnDay gives clock times the day that follows them after "on":
// "polls are open from 7 a.m. to 7 p.m. on Nov. 3" (TimeML tags the clock
// times and the day separately: "on" is a signal, not part of either).
func clockOnDay(text string, xs []Timex) {
	clock := func(x *Timex) bool {
		return x.Type == "TIME" && len(x.Value) > 10 && x.Value[10] == 'T' && clockOnlyRE.MatchString(x.Text)
	}
	for i := 0; i < len(xs); i++ {
		if !clock(&xs[i]) {
			continue
		}
		j := i
		for j+1 < len(xs) && clock(&xs[j+1]) {
			switch strings.TrimSpace(text[xs[j].End:xs[j+1].Start]) {
			case "to", "and", "or", "-", "until", "till":
				j++
				continue
			}
			break
		}
		if j+1 < len(xs) && xs[j+1].Type == "DATE" && xs[j+1].Granularity == "day" && strings.TrimSpace(text[xs[j].End:xs[j+1].Start]) == "on" {
			d := xs[j+1]
			for k := i; k <= j; k++ {
				xs[k].Value = d.Value + xs[k].Value[10:]
				xs[k].From, xs[k].To = d.From, d.To
			}
		}
		i = j
	}
}

// linkIntervals marks ranges: "since 2011" (to the DCT), "from May to
// July", "between 2010 and 2012". TimeML tags the ends separately, so the
// spans stay; both ends get granularity interval and the whole range as
// From/To, and keep their own values.
func linkIntervals(text string, dct time.Time, xs []Timex) {
	for i := range xs {
		x := &xs[i]
		if x.From.IsZero() || x.Type == "DURATION" || x.Type == "SET" {
			continue
		}
		before := strings.ToLower(lastWords(text[:x.Start], 1))
		if before == "since" && x.From.Before(dct) {
			x.Granularity, x.To = "interval", dct
			continue
		}
		if i+1 < len(xs) {
			y := &xs[i+1]
			if y.From.IsZero() || y.Type == "DURATION" || y.Type == "SET" || y.From.Before(x.From) {
				continue
			}
			mid := strings.ToLower(strings.TrimSpace(text[x.End:y.Start]))
			if (mid == "to" || mid == "until" || mid == "till" || mid == "through" || mid == "-" || mid == "and") &&
				(before == "from" || before == "between" || mid != "and") {
				from, to := x.From, y.To
				x.Granularity, x.From, x.To = "interval", from, to
				y.Granularity, y.From, y.To = "interval", from, to
			}
		}
	}
}

// lastWords returns the last n words of s. It looks only at the end of s:
// callers pass everything before an expression, and splitting all of that
// would make tagging a long text quadratic.
func lastWords(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		for i > 0 && isSpace(s[i-1]) {
			i--
		}
		for i > 0 && !isSpace(s[i-1]) {
			i--
		}
	}
	f := strings.Fields(s[i:])
	if len(f) < n {
		return strings.Join(f, " ")
	}
	w := strings.Join(f[len(f)-n:], " ")
	return strings.Trim(w, `,;:"'(`)
}

// nextWord returns the word after position i.
func nextWord(s string, i int) string {
	f := strings.Fields(s[i:min(len(s), i+40)])
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], `,.;:"'()`)
}

// rule is one of this package's rules: a regular expression whose group
// "t" (or the whole match) is the span, an optional filter and a resolver.
type rule struct {
	name    string
	re      *regexp.Regexp
	prio    int
	accept  func(g *groups) bool
	resolve func(st *state, g *groups) (Timex, bool)
	// span, if set, narrows the span after matching.
	span func(g *groups, s, e int) (int, int)
	tIdx int
	// trig are lower-case words one of which a sentence must contain for
	// the rule to run on it; "#" stands for any digit, and "=unit" for the
	// whole word unit or units ("day" and "days", not "Monday").
	trig []string
}

func (r *rule) triggered(lower string, digit bool) bool {
	if len(r.trig) == 0 {
		return true
	}
	for _, w := range r.trig {
		switch {
		case w == "#":
			if digit {
				return true
			}
		case w[0] == '=':
			if containsUnitWord(lower, w[1:]) {
				return true
			}
		case strings.Contains(lower, w):
			return true
		}
	}
	return false
}

// containsUnitWord reports whether lower holds w, or w followed by "s", as
// a whole ASCII word. Rules built on a unit word ("two days ago") cannot
// match without it; a plain substring test would also run them on every
// sentence that names a weekday or "today".
func containsUnitWord(lower, w string) bool {
	for i := 0; ; {
		j := strings.Index(lower[i:], w)
		if j < 0 {
			return false
		}
		s, e := i+j, i+j+len(w)
		if e < len(lower) && lower[e] == 's' {
			e++
		}
		if (s == 0 || !isWordByte(lower[s-1])) && (e == len(lower) || !isWordByte(lower[e])) {
			return true
		}
		i = i + j + 1
	}
}

// isWordByte is the byte class of regexp's \b: ASCII letters, digits, '_'.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// asciiLower lower-cases ASCII letters only, so byte offsets are kept.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// groups gives a rule's resolver access to its submatches.
type groups struct {
	text string
	idx  []int
	re   *regexp.Regexp
}

func (g *groups) get(name string) string {
	i := g.re.SubexpIndex(name)
	if i < 0 || g.idx[2*i] < 0 {
		return ""
	}
	return g.text[g.idx[2*i]:g.idx[2*i+1]]
}

func (g *groups) pos(name string) (int, int) {
	i := g.re.SubexpIndex(name)
	if i < 0 {
		return -1, -1
	}
	return g.idx[2*i], g.idx[2*i+1]
}

func (r *rule) candidates(text string, cs []cand) []cand {
	return r.candidatesIn(text, 0, len(text), cs)
}

// candidatesIn matches the rule on text[from:to]; offsets stay those of
// text, and filters see the whole text.
func (r *rule) candidatesIn(text string, from, to int, cs []cand) []cand {
	for _, m := range r.re.FindAllStringSubmatchIndex(text[from:to], -1) {
		for i := range m {
			if m[i] >= 0 {
				m[i] += from
			}
		}
		g := &groups{text: text, idx: m, re: r.re}
		s, e := m[0], m[1]
		if r.tIdx > 0 && m[2*r.tIdx] >= 0 {
			s, e = m[2*r.tIdx], m[2*r.tIdx+1]
		}
		if r.accept != nil && !r.accept(g) {
			continue
		}
		if r.span != nil {
			s, e = r.span(g, s, e)
		}
		if s >= e {
			continue
		}
		res := r.resolve
		cs = append(cs, cand{start: s, end: e, prio: r.prio, resolve: func(st *state) (Timex, bool) { return res(st, g) }})
	}
	return cs
}

// Find implements rules.Rule: the first match, whose Applier sets the
// day the expression resolves to, with ref as the publication date.
func (r *rule) Find(text string) *rules.Match {
	for _, c := range r.candidates(text, nil) {
		c := c
		return &rules.Match{
			Left: c.start, Right: c.end, Text: text[c.start:c.end],
			Applier: func(m *rules.Match, ctx *rules.Context, o *rules.Options, ref time.Time) (bool, error) {
				st := &state{text: text, dct: truncDay(ref), cues: scanCues(text), bounds: sentenceBounds(text), cur: c}
				x, ok := c.resolve(st)
				if !ok || x.From.IsZero() {
					return false, nil
				}
				y, mo, d := x.From.Year(), int(x.From.Month()), x.From.Day()
				ctx.Year, ctx.Month, ctx.Day = &y, &mo, &d
				return true, nil
			},
		}
	}
	return nil
}

// whenRule wraps one of olebedev/when's own rules, kept where it is right,
// with a filter and a conversion of its result to a Timex.
type whenRule struct {
	rules.Rule
	prio   int
	accept func(text string, m *rules.Match) bool
	post   func(st *state, m *rules.Match, t time.Time, ctx *rules.Context) (Timex, bool)
}

var whenOpts = &rules.Options{Afternoon: 15, Evening: 18, Morning: 9, Noon: 12, Distance: 5, MatchByOrder: true}

func (w *whenRule) candidates(text string, cs []cand) []cand {
	for pos := 0; pos < len(text); {
		m := w.Find(text[pos:])
		if m == nil {
			break
		}
		m.Left += pos
		m.Right += pos
		next := m.Right
		if next <= pos {
			next = pos + 1
		}
		pos = next
		if w.accept != nil && !w.accept(text, m) {
			continue
		}
		cs = append(cs, cand{start: m.Left, end: m.Right, prio: w.prio, resolve: func(st *state) (Timex, bool) {
			ctx := &rules.Context{Text: m.Text}
			ok, err := m.Apply(ctx, whenOpts, st.dct)
			if err != nil || !ok {
				return Timex{}, false
			}
			t, err := ctx.Time(st.dct)
			if err != nil {
				return Timex{}, false
			}
			return w.post(st, m, t, ctx)
		}})
	}
	return cs
}

func keptWhenRules() []*whenRule {
	return []*whenRule{
		{
			// today, yesterday, tomorrow, tonight, last night, now
			Rule:   en.CasualDate(rules.Override),
			accept: casualOK,
			post: func(st *state, m *rules.Match, t time.Time, ctx *rules.Context) (Timex, bool) {
				w := strings.ToLower(strings.Join(strings.Fields(m.Text), " "))
				switch {
				case w == "now":
					return ref("PRESENT_REF"), true
				case w == "tonight" || w == "last night":
					d := truncDay(t)
					if w == "last night" {
						d = st.dct.AddDate(0, 0, -1)
					}
					s := daySpan(d)
					return Timex{Type: "TIME", Value: s.value + "TNI", Granularity: "time", From: d, To: d}, true
				}
				s := daySpan(truncDay(t))
				return Timex{Type: "DATE", Value: s.value, Granularity: "day", From: s.from, To: s.to}, true
			},
		},
		{
			// 14:30, 9:15 p.m.
			Rule:   en.HourMinute(rules.Override),
			accept: clockOK,
			post:   clockPost,
		},
		{
			// 10 a.m., 5pm
			Rule: en.Hour(rules.Override),
			accept: func(text string, m *rules.Match) bool {
				ap := strings.ToLower(strings.ReplaceAll(m.Captures[1], " ", ""))
				if ap != "a.m." && ap != "p.m." && ap != "am" && ap != "pm" && ap != "a.m" && ap != "p.m" {
					return false
				}
				return clockOK(text, m)
			},
			post: clockPost,
		},
	}
}

// clockOK rejects clock-like page noise: a bare "00:49" on its own line
// (video lengths), parts of dates and numbers ("2016-09-22", "3:45:10"
// is kept), hyphenated ranges read as times.
func clockOK(text string, m *rules.Match) bool {
	if strings.Contains(m.Text, "-") {
		return false
	}
	if m.Left > 0 {
		c := text[m.Left-1]
		if c == '-' || c == '/' || c == '.' || c == ':' || c == ',' || c == '$' || (c >= '0' && c <= '9') {
			return false
		}
	}
	if m.Right < len(text) {
		c := text[m.Right]
		if c == ':' || c == '/' || c == '%' || (c >= '0' && c <= '9') {
			return false
		}
	}
	ls := strings.LastIndexByte(text[:m.Left], '\n') + 1
	le := strings.IndexByte(text[m.Right:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += m.Right
	}
	if strings.TrimSpace(text[ls:m.Left]) == "" && strings.TrimSpace(text[m.Right:le]) == "" {
		return false
	}
	// Sports scores and ratios "2:1" have one-digit minutes and never
	// match; without am/pm a time needs a preposition before it.
	lower := strings.ToLower(m.Text)
	if !strings.Contains(lower, "m") && !strings.Contains(lower, "a.") && !strings.Contains(lower, "p.") {
		prev := strings.ToLower(lastWords(text[:m.Left], 1))
		switch nextWord(text, m.Right) {
		case "GMT", "UTC", "CET", "CEST", "BST", "EST", "EDT", "PST", "PDT", "CST", "CDT", "MSK":
			return true
		}
		switch prev {
		case "at", "by", "until", "till", "from", "to", "after", "before", "around", "about", "since", "and", "-":
		default:
			return false
		}
	}
	return true
}

func clockPost(st *state, m *rules.Match, t time.Time, ctx *rules.Context) (Timex, bool) {
	d := st.dct
	if st.anchor != nil && st.anchor.Granularity == "day" {
		as, _ := sentenceOf(st.bounds, len(st.text), st.anchor.Start)
		cs, _ := sentenceOf(st.bounds, len(st.text), st.cur.start)
		if as == cs {
			d = st.anchor.From
		}
	}
	v := daySpan(d).value + "T" + t.Format("15:04")
	return Timex{Type: "TIME", Value: v, Granularity: "time", From: d, To: d}, true
}

func ref(v string) Timex { return Timex{Type: "DATE", Value: v, Granularity: "ref"} }

func fromSpan(s span, mod string) Timex {
	return Timex{Type: "DATE", Value: s.value, Granularity: s.gran, From: s.from, To: s.to, Mod: mod}
}

// isSpace reports whether c is ASCII white space, as strings.Fields splits.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// genericNow are nouns after which "today's" means "of our time", not
// the publication day: "today's youth", "today's personal computers"
// (TimeBank and AQUAINT leave them untagged; "today's editions" is a day).
var genericNow = map[string]bool{
	"youth": true, "world": true, "society": true, "generation": true, "young": true, "children": true,
	"kids": true, "teenagers": true, "students": true, "consumers": true, "economy": true,
	"technology": true, "computers": true, "cars": true, "families": true, "women": true, "men": true,
	"people": true, "culture": true, "standards": true, "workers": true, "workplace": true,
	"americans": true, "media": true, "politics": true, "politicians": true, "parents": true,
	"players": true, "music": true, "life": true, "times": true, "age": true, "era": true,
}

// casualOK drops generic "today's": the noun after it, or after one
// adjective, is in genericNow.
func casualOK(text string, m *rules.Match) bool {
	// "USA Today", "VOA Today": a capitalised Today after a capitalised
	// word inside a sentence is a name
	if strings.TrimSpace(m.Text) == "Today" {
		before := strings.TrimRight(text[:m.Left], " ")
		if i := strings.LastIndexAny(before, " \n\t"); i+1 < len(before) {
			if w := before[i+1:]; w[0] >= 'A' && w[0] <= 'Z' && !strings.ContainsAny(w, ".,;:!?\"'`") {
				return false
			}
		}
	}
	if !strings.EqualFold(strings.TrimSpace(m.Text), "today") || !strings.HasPrefix(text[m.Right:], "'s ") {
		return true
	}
	rest := text[m.Right+3 : min(len(text), m.Right+60)]
	ws := strings.Fields(rest)
	for i := 0; i < len(ws) && i < 2; i++ {
		if genericNow[strings.ToLower(strings.Trim(ws[i], ".,;:'\"`"))] {
			return false
		}
	}
	return true
}
