package temporal

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// mk compiles a rule; the group named t, if any, is the span.
func mk(name string, prio int, re string, accept func(*groups) bool, resolve func(*state, *groups) (Timex, bool)) *rule {
	r := &rule{name: name, re: regexp.MustCompile(re), prio: prio, accept: accept, resolve: resolve}
	r.tIdx = r.re.SubexpIndex("t")
	return r
}

const (
	reDayMod = `(?:(?i:early|mid|late|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|the last half of|the close of))`
	reQty    = `(?:(?i:about|around|some|nearly|almost|roughly|approximately|more than|less than|fewer than|just over|just under|under|at least|up to|no more than|at most|close to|longer than))`
)

// prepositions after which a bare year or month name is a date.
var datePreps = map[string]bool{
	"in": true, "since": true, "of": true, "by": true, "until": true, "till": true, "before": true,
	"after": true, "during": true, "from": true, "to": true, "through": true, "between": true,
	"and": true, "or": true, "early": true, "late": true, "mid": true, "around": true, "about": true,
	"circa": true, "throughout": true, "last": true, "this": true, "next": true, "fiscal": true,
	"year": true, "on": true, "as": true, "for": true, "at": true, "into": true, "past": true,
	"spring": true, "summer": true, "autumn": true, "fall": true, "winter": true, "end": true,
	"beginning": true, "start": true, "middle": true,
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

func dayNum(s string) int {
	return atoi(strings.TrimRight(s, "stndrh"))
}

// resolveMonthDay picks the year of a month-day without one: an explicit
// year earlier in the sentence; else by tense, the latest on or before the
// DCT (past) or the earliest on or after it (future); with no tense cue,
// the occurrence nearest to the DCT.
func resolveMonthDay(st *state, m time.Month, d int) time.Time {
	if y := st.sentenceYear(); y != 0 && st.tense() != dirFuture {
		return day(y, m, d)
	}
	y := st.dct.Year()
	this := day(y, m, d)
	switch st.tense() {
	case dirPast:
		// A date within six weeks after publication is likelier than one
		// ten months or more before it, even in a past-tense sentence
		// ("ruled that he must return by Jan. 14", "was subpoenaed to
		// testify on Feb. 10").
		const soon = 45 * 24 * time.Hour
		if this.After(st.dct) && this.Sub(st.dct) > soon {
			return day(y-1, m, d)
		}
		if this.Before(st.dct) {
			if next := day(y+1, m, d); next.Sub(st.dct) <= soon {
				return next
			}
		}
		return this
	case dirFuture:
		if this.Before(st.dct) && st.dct.Sub(this) > 14*24*time.Hour {
			return day(y+1, m, d)
		}
		if this.After(st.dct) {
			if prev := day(y-1, m, d); st.dct.Sub(prev) <= 14*24*time.Hour {
				return prev
			}
		}
		return this
	}
	best := this
	for _, c := range []time.Time{day(y-1, m, d), day(y+1, m, d)} {
		if absDays(c.Sub(st.dct)) < absDays(best.Sub(st.dct)) {
			best = c
		}
	}
	return best
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// resolveMonth picks the year of a bare month name. Past tense: the latest
// such month on or before the DCT month (so "in September" said in a
// September article is this September); future: the earliest on or after
// it; no cue: the DCT's year.
func resolveMonth(st *state, rel string, m time.Month) int {
	y := st.dct.Year()
	dm := st.dct.Month()
	switch strings.ToLower(rel) {
	case "last", "past", "this past":
		if m >= dm {
			return y - 1
		}
		return y
	case "next", "coming":
		if m <= dm {
			return y + 1
		}
		return y
	case "this":
		return y
	}
	tense := st.tense()
	if sy := st.sentenceYear(); sy != 0 && tense != dirFuture {
		return sy
	}
	switch tense {
	case dirPast:
		// The month after the publication month is the coming one even
		// in a past-tense sentence ("notified oil companies of a cutback
		// in September", said in August): a report of the same month
		// eleven months ago would name the year. Cf. resolveMonthDay.
		if int(m) == int(dm)%12+1 {
			if m == time.January {
				return y + 1
			}
			return y
		}
		if m > dm {
			return y - 1
		}
		return y
	case dirFuture:
		// ... and the month before it is the one just gone even in a
		// future sentence ("will release its price index for February"
		// in March: figures and reports come after the month they cover;
		// the same month eleven months ahead would be "next February")
		if int(m)%12+1 == int(dm) {
			if m == time.December {
				return y - 1
			}
			return y
		}
		if m < dm {
			return y + 1
		}
		return y
	}
	// no cue: the occurrence nearest to the DCT
	diff := int(m) - int(dm)
	switch {
	case diff > 6:
		return y - 1
	case diff < -6:
		return y + 1
	}
	return y
}

// yearOf reads a year in digits ('80 -> 80) or in words.
func yearOf(s string) int {
	s = strings.TrimPrefix(s, "'")
	if n := atoi(s); n != 0 || s == "" || s[0] >= '0' && s[0] <= '9' {
		return n
	}
	return yearInWords(s)
}

func newsRules() []*rule {
	var rs []*rule
	add := func(r *rule) { rs = append(rs, r) }

	// ISO dates 2016-09-22, 2016-09-22T14:00.
	add(mk("iso", 9, `\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>[0-2]\d):(?P<mm>[0-5]\d))?\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			m, d := atoi(g.get("m")), atoi(g.get("d"))
			if m < 1 || m > 12 || d < 1 || d > 31 {
				return Timex{}, false
			}
			t := day(atoi(g.get("y")), time.Month(m), d)
			x := fromSpan(daySpan(t), "")
			if g.get("hh") != "" {
				x.Type, x.Granularity, x.Value = "TIME", "time", x.Value+"T"+g.get("hh")+":"+g.get("mm")
			}
			return x, true
		}))

	// European dotted dates 26.09.2016 (day first).
	add(mk("dotted", 8, `\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			d, m, y := atoi(g.get("d")), atoi(g.get("m")), atoi(g.get("y"))
			if m < 1 || m > 12 || d < 1 || d > daysIn(y, time.Month(m)) {
				return Timex{}, false
			}
			return fromSpan(daySpan(day(y, time.Month(m), d)), ""), true
		}))

	// US numeric dates 9/22/2016, 09/22/16; day-first when the first
	// number cannot be a month.
	add(mk("slash", 8, `\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d{2})\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			a, b, y := atoi(g.get("a")), atoi(g.get("b")), atoi(g.get("y"))
			if len(g.get("y")) == 2 {
				y += 1900
				if y < 1950 {
					y += 100
				}
			}
			mo, d := a, b
			if a > 12 || a <= 12 && b <= 12 && st.dayFirst() {
				mo, d = b, a
			}
			if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, time.Month(mo)) {
				return Timex{}, false
			}
			return fromSpan(daySpan(day(y, time.Month(mo), d)), ""), true
		}))

	// [Monday,] Dec. 8[, 2015]
	add(mk("mdy", 8, `(?:\b(?P<wd>`+reWeekday+`),?\s+)?\b(?P<mon>`+reMonth+`)\s*(?P<d>`+reOrdDay+`)\b(?:,?\s+(?P<y>`+reYear+`)\b)?`,
		func(g *groups) bool {
			return true
		},
		resolveDayMonth))
	// [Monday,] 7 June 1990, the 7th of June
	add(mk("dmy", 8, `(?:\b(?P<wd>`+reWeekday+`),?\s+)?\b(?P<d>`+reOrdDay+`)\s+(?:of\s+)?(?P<mon>`+reMonthFull+`|`+reMonthAbbr+`)(?:,?\s+(?P<y>`+reYear+`)\b)?`,
		func(g *groups) bool {
			s, _ := g.pos("d")
			return s == 0 || !(g.text[s-1] == '.' || g.text[s-1] == ',' || g.text[s-1] == '$')
		},
		resolveDayMonth))

	// September 2015, early December 1990, mid-2015 is in "year".
	add(mk("monthyear", 7, `(?P<t>(?:(?P<mod>`+reDayMod+`)[\s-]+)?\b(?P<mon>`+reMonthFull+`|`+reMonthAbbr+`),?\s+(?:of\s+)?(?:(?P<y>`+reYear+`)|(?P<ry>(?i:last|this|next)) year))\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			m, _ := monthOf(g.get("mon"))
			y := atoi(g.get("y"))
			switch strings.ToLower(g.get("ry")) {
			case "last":
				y = st.dct.Year() - 1
			case "this":
				y = st.dct.Year()
			case "next":
				y = st.dct.Year() + 1
			}
			st.year, st.yearSentStart, st.yearEnd = y, sentStart(st), st.cur.end
			return fromSpan(monthSpan(y, m), modOf(g.get("mod"))), true
		}))

	// Bare month names: "in September", "last April", "late November".
	add(mk("month", 6, `(?P<t>(?:(?P<mod>`+reDayMod+`)[\s-]+)?(?:(?P<rel>(?i:this past|last|this|next|past|coming))\s+)?\b(?P<mon>`+reMonthFull+`|Sept\.|Jan\.|Feb\.|Aug\.|Oct\.|Nov\.|Dec\.)(?:,?\s+(?P<sy>`+reSpokenYear+`))?)\b`,
		func(g *groups) bool {
			if g.get("sy") != "" {
				return true // "January nineteen ninety-seven"
			}
			mon := g.get("mon")
			s, e := g.pos("t")
			nw := nextWord(g.text, e)
			if nw != "" && nw[0] >= 'A' && nw[0] <= 'Z' && !datePreps[strings.ToLower(nw)] && nw != "The" {
				// "April Glaspie", "May Day", "June Carter"
				if !(e < len(g.text) && (g.text[e] == ',' || g.text[e] == '.')) {
					return false
				}
			}
			if g.get("mod") != "" || g.get("rel") != "" {
				return true
			}
			prev := strings.ToLower(lastWords(g.text[:s], 1))
			if mon == "May" || mon == "March" {
				// "the March accession", "the May elections"
				return datePreps[prev] || prev == "the" && nw != "" && nw[0] >= 'a' && nw[0] <= 'z' && nw != "of"
			}
			return true
		},
		func(st *state, g *groups) (Timex, bool) {
			m, _ := monthOf(g.get("mon"))
			if sy := g.get("sy"); sy != "" {
				y := yearOf(sy)
				st.year, st.yearSentStart, st.yearEnd = y, sentStart(st), st.cur.end
				return fromSpan(monthSpan(y, m), modOf(g.get("mod"))), true
			}
			y := resolveMonth(st, g.get("rel"), m)
			return fromSpan(monthSpan(y, m), modOf(g.get("mod"))), true
		}))

	// Years: 2011, fiscal 1989, early 2015, the end of 1990, mid-1990.
	add(mk("year", 5, `(?P<t>(?:(?P<mod>`+reDayMod+`)[\s-]+|(?P<pre>(?i:fiscal year|fiscal|calendar year|calendar|the year|FY))\s*)?\b(?P<y>`+reYear+`))\b`,
		yearOK,
		func(st *state, g *groups) (Timex, bool) {
			y := atoi(g.get("y"))
			st.year, st.yearSentStart, st.yearEnd = y, sentStart(st), st.cur.end
			return fromSpan(yearSpan(y), modOf(g.get("mod"))), true
		}))

	// Year ranges 2014-2016, 2015–16: both ends are years (linked as an
	// interval when both are four-digit).
	yr := func(st *state, g *groups) (Timex, bool) {
		y := atoi(g.get("t"))
		return fromSpan(yearSpan(y), ""), true
	}
	add(mk("yearrange1", 6, `\b(?P<t>`+reYear+`)\s*[-–]\s*(?:`+reYear+`|\d\d)\b`, nil, yr))
	add(mk("yearrange2", 6, `\b`+reYear+`\s*[-–]\s*(?P<t>`+reYear+`)\b`, nil, yr))

	// Decades: the 1990s, the early '80s, the mid-1990s.
	add(mk("decade", 7, `(?P<t>(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?:(?P<y>1[0-9]{2}0|20[0-9]0)'?s|['’](?P<yy>[0-9]0)'?s))\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			y := atoi(g.get("y"))
			if yy := g.get("yy"); yy != "" {
				y = 1900 + atoi(yy)
				if y < 1930 {
					y += 100
				}
			}
			return fromSpan(decadeSpan(y), modOf(g.get("mod"))), true
		}))

	// Centuries: the 20th century, this century.
	add(mk("century", 7, `(?i)\b(?P<t>(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]+century|(?P<rel>this|last|next) century)\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			c := atoi(g.get("n")) - 1
			switch strings.ToLower(g.get("rel")) {
			case "this":
				c = st.dct.Year() / 100
			case "last":
				c = st.dct.Year()/100 - 1
			case "next":
				c = st.dct.Year()/100 + 1
			}
			return fromSpan(centurySpan(c), modOf(g.get("mod"))), true
		}))

	// Quarters and halves.
	add(mk("quarter", 7, `(?:\b(?i:its|their|his|her|our|the company's|the year's)\s+)?(?P<t>(?:(?P<det>(?i:the|this|last|next|that|(?P<ydet>this|last|next) year's))\s+)?(?:(?P<adj>(?i:fiscal|latest|current|previous|past|year-earlier|year-ago|same|comparable|recent|most recent|preceding|final|calendar|just-ended|just-completed))\s+)?(?:(?P<y0>`+reYear+`)(?:'s)?\s+)?(?:(?P<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))(?P<sep>[\s-]+)|(?P<m1>`+reMonthFull+`|`+reMonthAbbr+`)\s*[-–]\s*(?P<m2>`+reMonthFull+`|`+reMonthAbbr+`)\s+)?(?:(?i:fiscal|calendar)[\s-]+)?(?i:quarter)(?:\s+(?:of|in)\s+(?:(?i:fiscal)\s+)?(?:(?P<y>`+reYear+`)|(?P<ry>(?i:this|last|next)) year))?)\b`,
		func(g *groups) bool {
			if g.get("m1") != "" {
				// "the April-June quarter" is the second quarter; a
				// fiscal quarter across calendar quarters ("the
				// November-January quarter") is left to the month rules
				return monthQuarter(g) != 0
			}
			if g.get("ord") == "" && g.get("det") == "" && g.get("adj") == "" && g.get("y0") == "" {
				return false
			}
			if g.get("ord") == "" && g.get("y0") != "" {
				return false // "the 1988 quarter": rule period
			}
			_, e := g.pos("t")
			if strings.HasPrefix(g.text[e:], "-") {
				return false // "quarter-to-quarter", "quarter-point"
			}
			if g.get("ord") == "" && g.get("y") == "" && g.get("ry") == "" && strings.HasPrefix(strings.ToLower(g.text[e:]), " of") {
				return false // "the quarter of the city"
			}
			return true
		},
		resolveQuarter))
	rs[len(rs)-1].span = func(g *groups, s, e int) (int, int) {
		// "the third-quarter results": the article belongs to the noun
		if strings.Contains(g.get("sep"), "-") && g.get("det") != "" && g.get("ydet") == "" && g.get("adj") == "" {
			if os, _ := g.pos("ord"); os > s {
				return os, e
			}
		}
		return s, e
	}
	add(mk("qn", 8, `\b(?P<t>Q(?P<q>[1-4])(?:\s+(?P<y>`+reYear+`))?)\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			y := st.dct.Year()
			if g.get("y") != "" {
				y = atoi(g.get("y"))
			}
			return fromSpan(quarterSpan(y, atoi(g.get("q"))), ""), true
		}))
	add(mk("half", 7, `(?i)\b(?P<t>(?:the\s+)?(?P<h>first|second|last|latter)\s+half\s+of\s+(?:(?P<y>`+reYear+`)|(?P<ry>this|last|next|the) year))\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			y := st.dct.Year()
			switch strings.ToLower(g.get("ry")) {
			case "last":
				y--
			case "next":
				y++
			}
			if g.get("y") != "" {
				y = atoi(g.get("y"))
			}
			h := 1
			if hw := strings.ToLower(g.get("h")); hw != "first" {
				h = 2 // second, last, latter
			}
			return fromSpan(halfSpan(y, h), ""), true
		}))

	// Seasons: this summer, last fall, the spring of 1990, winter 2015.
	// After a preposition the article is part of the expression ("well
	// into the summer", "in the early summer": TimeBank tags it so, and
	// the TimeML guidelines include determiners of a date's head noun).
	add(mk("season", 6, `(?P<t>(?:(?P<det>(?i:the))\s+)?(?:(?P<mod>(?i:early|mid|late))[\s-]+)?(?:(?P<rel>(?i:this past|last|this|next|past|coming))\s+)?(?:(?P<the>(?i:the))\s+\b(?P<s1>(?i:spring|summer|fall|autumn|winter))\s+of\s+(?P<y1>`+reYear+`|`+reSpokenYear+`)|\b(?P<s>(?i:spring|summer|fall|autumn|winter))(?:\s+(?:of\s+)?(?P<y>`+reYear+`|`+reSpokenYear+`))?))\b`,
		func(g *groups) bool {
			if g.get("the") != "" {
				return g.get("rel") == ""
			}
			if g.get("rel") != "" || g.get("y") != "" {
				return true
			}
			s, _ := g.pos("t")
			prev := strings.ToLower(lastWords(g.text[:s], 1))
			if g.get("det") != "" {
				switch prev {
				case "in", "during", "by", "until", "over", "since", "into", "through", "throughout", "for", "of":
					return true
				}
				return g.get("mod") != "" // "the early summer heat" is still early summer
			}
			return g.get("mod") != "" || prev == "in" || prev == "during" || prev == "by" || prev == "until" || prev == "since"
		},
		func(st *state, g *groups) (Timex, bool) {
			code := seasonCodes[strings.ToLower(g.get("s")+g.get("s1"))]
			if g.get("y")+g.get("y1") != "" {
				y := yearOf(g.get("y") + g.get("y1"))
				return fromSpan(seasonSpan(y, code), modOf(g.get("mod"))), true
			}
			cy, cc := seasonAt(st.dct)
			order := map[string]int{"WI": 0, "SP": 1, "SU": 2, "FA": 3}
			// Seasons are numbered in time order: index year*4 + order, the
			// winter of year y (Dec y .. Feb y+1) being (y+1)*4.
			cur := cy*4 + order[cc]
			if cc == "WI" {
				cur = (cy + 1) * 4
			}
			idx := func(y int) int {
				if code == "WI" {
					return (y + 1) * 4
				}
				return y*4 + order[code]
			}
			yearOfIdx := func(i int) int {
				if code == "WI" {
					return i/4 - 1
				}
				return i / 4
			}
			this := idx(st.dct.Year())
			if code == "WI" && st.dct.Month() <= 2 {
				this = idx(st.dct.Year() - 1)
			}
			pick := this
			dir := st.tense()
			switch strings.ToLower(g.get("rel")) {
			case "last", "past", "this past":
				if pick >= cur {
					pick -= 4
				}
				return fromSpan(seasonSpan(yearOfIdx(pick), code), modOf(g.get("mod"))), true
			case "next", "coming":
				if pick <= cur {
					pick += 4
				}
				return fromSpan(seasonSpan(yearOfIdx(pick), code), modOf(g.get("mod"))), true
			case "this":
				dir = dirNone
			}
			if dir == dirPast && pick > cur {
				pick -= 4
			} else if dir == dirFuture && pick < cur {
				pick += 4
			}
			return fromSpan(seasonSpan(yearOfIdx(pick), code), modOf(g.get("mod"))), true
		}))
	rs[len(rs)-1].span = func(g *groups, s, e int) (int, int) {
		// the article is kept before a bare season ("the summer", "the
		// early summer") and in "the spring of 1990"; "the past summer"
		// keeps its old span
		if ds, de := g.pos("det"); ds == s && g.get("rel") != "" {
			for de < e && isSpace(g.text[de]) {
				de++
			}
			return de, e
		}
		return s, e
	}

	// last week, this year, next month, earlier this month, the end of
	// last year, this weekend, the weekend; the past year (a duration).
	add(mk("relunit", 7, `\b(?P<t>(?:(?P<mod>(?i:early|mid|late|earlier|later|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|the last half of|the rest of|the remainder of|the close of))[\s-]+)?(?P<rel>(?i:this past|this coming|the past|the last|the next|the coming|the current|the latest|last|this|next|past|coming|previous|current|the|that))\s+(?:(?i:fiscal)\s+)?(?P<u>week|weekend|month|year|decade|quarter))\b`,
		func(g *groups) bool {
			rel := strings.ToLower(g.get("rel"))
			u := g.get("u")
			if rel == "the" || rel == "that" {
				return g.get("mod") != "" || u == "weekend"
			}
			if rel == "the current" || rel == "the latest" {
				return u == "year" || u == "month" || u == "week"
			}
			return true
		},
		func(st *state, g *groups) (Timex, bool) {
			rel := strings.ToLower(g.get("rel"))
			u := g.get("u")
			mod := modOf(g.get("mod"))
			n := 0
			switch rel {
			case "last", "previous", "this past", "the latest":
				n = -1
			case "next", "coming", "this coming":
				n = 1
			case "the past", "the last", "past", "the next", "the coming":
				if u != "weekend" && mod == "" {
					return Timex{Type: "DURATION", Value: durationValue(1, u), Granularity: "duration"}, true
				}
				n = -1
			}
			if u == "weekend" {
				return fromSpan(resolveWeekend(st, n, rel == "this"), mod), true
			}
			// "compared with $3 million last year" after a quarter is
			// still the year: TimeBank annotates it 1988 far more often
			// than as the quarter a year before (unlike "a year ago").
			if rel == "that" {
				return fromSpan(unitSpan(u, st.anchorDay()), mod), true
			}
			return fromSpan(unitSpan(u, shift(st.dct, u, n)), mod), true
		}))

	// The year under discussion: for the year, the fiscal year, the full
	// year; "the year ended March 31" is a duration.
	add(mk("theyear", 5, `(?i)\b(?P<pre>for|of|in|during|throughout|over)\s+(?P<t>the\s+(?:(?:fiscal|full|entire|whole|calendar)\s+)?year)\b`,
		func(g *groups) bool {
			_, e := g.pos("t")
			nw := strings.ToLower(nextWord(g.text, e))
			if nw == "of" {
				// "a high for the year of $42.875": the amount belongs to
				// "high"; "the year of his birth" is another year
				rest := strings.TrimLeft(g.text[e:], " ")[2:]
				rest = strings.TrimLeft(rest, " ")
				return rest != "" && (rest[0] == '$' || rest[0] >= '0' && rest[0] <= '9' && !isYearAt(rest))
			}
			return nw != "in" && nw != "before" && nw != "after" && nw != "when" && nw != "that" && nw != "since"
		},
		func(st *state, g *groups) (Timex, bool) {
			_, e := g.pos("t")
			nw := strings.ToLower(nextWord(st.text, e))
			// "the year to March 31" is a period; "expects earnings for
			// the full year to rise" is the year itself
			if nw == "ended" || nw == "ending" || nw == "through" || nw == "to" && periodEndAfter(st.text, e) {
				return Timex{Type: "DURATION", Value: "P1Y", Granularity: "duration"}, true
			}
			y := st.dct.Year()
			if st.anchor != nil && !st.anchor.From.IsZero() && (st.anchor.Granularity == "year" || st.anchor.Granularity == "quarter") && st.nearby(st.anchor) {
				y = st.anchor.From.Year()
			}
			return fromSpan(yearSpan(y), ""), true
		}))
	// midyear, mid-year: the middle of the year, like "mid-1995" (mod
	// MID); the year by tense as for year-end ("could stop tightening by
	// midyear" in March is this year's).
	add(mk("midyear", 5, `(?i)\b(?P<t>mid-?year)\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			y := st.dct.Year()
			switch d := st.tense(); {
			case d == dirPast && st.dct.Month() < 6:
				y--
			case d == dirFuture && st.dct.Month() > 7:
				y++
			}
			return fromSpan(yearSpan(y), "MID"), true
		}))
	// year-end, year end, year's end
	add(mk("yearend", 5, `(?i)\b(?P<t>year[- ]end|year's end)\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			y := st.dct.Year()
			if st.tense() == dirPast && st.dct.Month() < 6 {
				y--
			}
			return fromSpan(yearSpan(y), "END"), true
		}))

	// Financial periods: the latest period, the year-ago quarter, the
	// 1988 period, year-earlier results.
	// "the quarter a year ago", "the corresponding period last year":
	// the quarter under discussion, a year before.
	add(mk("periodago", 8, `(?i)\b(?P<t>the\s+(?:(?:same|comparable|corresponding|like)\s+)?(?:quarter|period)\s+(?:a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?last\s+year|of\s+the\s+previous\s+year))\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			st.derived = true
			// else the last completed quarter, what reports are about
			y, n := st.dct.Year(), quarterOf(st.dct.Month())-1
			if q := st.lastQuarter; q != nil {
				y, n = q.From.Year(), quarterOf(q.From.Month())
			}
			return fromSpan(quarterSpan(y-1, n), ""), true
		}))
	add(mk("period", 7, `(?i)\b(?P<t>(?:the\s+)?(?:(?P<adj>latest|year-earlier|year-ago|comparable|same|previous|prior-year|year-before)|(?P<y>`+reYear+`))\s+(?:(?i:fiscal)\s+)?(?P<p>period|quarter))\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			adj := strings.ToLower(g.get("adj"))
			st.derived = adj != "" && adj != "latest"
			uy, uq := st.dct.Year(), quarterOf(st.dct.Month())-1
			if st.lastQuarter != nil {
				uy, uq = st.lastQuarter.From.Year(), quarterOf(st.lastQuarter.From.Month())
			}
			switch {
			case g.get("y") != "":
				y := atoi(g.get("y"))
				// "in the 1988 period" beside a 1989 quarter is the
				// comparison period: the quarter under discussion stays
				st.derived = st.lastQuarter != nil && y < uy
				if st.lastQuarter != nil || strings.EqualFold(g.get("p"), "quarter") {
					return fromSpan(quarterSpan(y, uq), ""), true
				}
				return fromSpan(yearSpan(y), ""), true
			case adj == "latest" || adj == "same":
				return fromSpan(quarterSpan(uy, uq), ""), true
			}
			return fromSpan(quarterSpan(uy-1, uq), ""), true
		}))
	add(mk("yearago", 4, `(?i)\b(?P<t>year-earlier|year-ago|year-before)\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			st.derived = true
			if st.lastQuarter != nil && st.nearby(st.lastQuarter) {
				q := st.lastQuarter
				return fromSpan(quarterSpan(q.From.Year()-1, quarterOf(q.From.Month())), ""), true
			}
			return fromSpan(yearSpan(st.dct.Year()-1), ""), true
		}))

	// Spoken years and decades (broadcast transcripts): nineteen
	// ninety-six, the year two thousand, the nineties.
	add(mk("spokenyear", 6, `(?i)\b(?P<t>(?:the\s+year\s+)?(?:(?P<c>nineteen|twenty)[\s-]+(?P<d>ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?P<u>one|two|three|four|five|six|seven|eight|nine))?|two thousand(?:\s+(?:and\s+)?(?P<u2>one|two|three|four|five|six|seven|eight|nine|ten))?))\b`,
		func(g *groups) bool {
			// "nineteen twenty" is also a count; require a preposition or "the year"
			s, _ := g.pos("t")
			prev := strings.ToLower(lastWords(g.text[:s], 1))
			return datePreps[prev] || strings.HasPrefix(strings.ToLower(g.get("t")), "the year") || prev == "a" || prev == "the"
		},
		func(st *state, g *groups) (Timex, bool) {
			y := 2000
			if c := strings.ToLower(g.get("c")); c != "" {
				y = 1900
				if c == "twenty" {
					y = 2000
				}
				n, _ := parseNum(g.get("d"))
				u, _ := parseNum(g.get("u"))
				y += int(n) + int(u)
			} else if u := g.get("u2"); u != "" {
				n, _ := parseNum(u)
				y += int(n)
			}
			return fromSpan(yearSpan(y), ""), true
		}))
	add(mk("decadeword", 6, `(?i)\b(?P<t>the\s+(?:(?P<mod>early|mid|late)[\s-]+)?(?P<d>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			n, _ := parseNum(strings.TrimSuffix(strings.ToLower(g.get("d")), "ies") + "y")
			return fromSpan(decadeSpan(1900+int(n)), modOf(g.get("mod"))), true
		}))

	// Anchored: the following week, the previous year, the next day, the
	// day before, that day, the same day.
	add(mk("anchored", 7, `(?i)\b(?P<t>the\s+(?P<rel>following|previous|preceding|next|same)\s+(?P<u>day|morning|evening|night|week|weekend|month|year)|(?P<that>that same|that|the same)\s+(?P<u2>day|morning|evening|night|week|month|year)|the day (?P<ba>before|after)(?: (?P<yt>yesterday|tomorrow))?)\b`,
		func(g *groups) bool {
			rel := strings.ToLower(g.get("rel"))
			u := strings.ToLower(g.get("u"))
			if rel == "next" && u != "day" && u != "morning" && u != "evening" && u != "night" {
				return false // "the next year" is a duration
			}
			if ba := g.get("ba"); ba != "" && g.get("yt") == "" {
				_, e := g.pos("t")
				rest := strings.TrimLeft(g.text[e:], " ")
				return rest == "" || strings.ContainsRune(".,;:)\"'", rune(rest[0]))
			}
			return true
		},
		func(st *state, g *groups) (Timex, bool) {
			u := strings.ToLower(g.get("u") + g.get("u2"))
			base := st.anchorDay()
			// "the previous month", "the following month": next to the
			// month under discussion, not to a day mentioned after it
			if m := st.lastMonth; u == "month" && g.get("rel") != "" && m != nil && st.within(m, 2) {
				base = m.From
			}
			n := 0
			switch strings.ToLower(g.get("rel")) {
			case "following", "next":
				n = 1
			case "previous", "preceding":
				n = -1
			}
			switch strings.ToLower(g.get("ba")) {
			case "before":
				u, n = "day", -1
			case "after":
				u, n = "day", 1
			}
			switch strings.ToLower(g.get("yt")) {
			case "yesterday":
				base, n = st.dct, -2
			case "tomorrow":
				base, n = st.dct, 2
			}
			part := ""
			switch u {
			case "morning":
				u, part = "day", "TMO"
			case "evening":
				u, part = "day", "TEV"
			case "night":
				u, part = "day", "TNI"
			}
			x := fromSpan(unitSpan(u, shift(base, u, n)), "")
			if a := st.anchor; u == "day" && a != nil && !a.From.IsZero() && (a.Granularity == "month" && len(a.Value) >= 7 || a.Granularity == "year" && len(a.Value) >= 4) && st.nearby(a) {
				// "trades made that day" after "in 1987": a day of that
				// year, which one is not said
				x.Value, x.From, x.To = a.Value[:4]+"-XX-XX", a.From, a.To
				if a.Granularity == "month" {
					x.Value = a.Value[:7] + "-XX"
				}
				if n != 0 {
					x.Value, x.From, x.To = "", time.Time{}, time.Time{}
					return x, false
				}
			}
			if part != "" {
				x.Type, x.Granularity, x.Value = "TIME", "time", x.Value+part
			}
			return x, true
		}))

	// yesterday morning, this afternoon, tomorrow evening; late yesterday.
	add(mk("daypart", 8, `(?i)\b(?P<t>(?:(?P<mod>early|late|earlier|later)\s+)?(?P<d>yesterday|today|tomorrow|this|tonight)(?:\s+(?P<p>morning|afternoon|evening|night))?)\b`,
		func(g *groups) bool {
			d := strings.ToLower(g.get("d"))
			if g.get("p") == "" {
				return g.get("mod") != "" && d != "this"
			}
			return d != "tonight"
		},
		func(st *state, g *groups) (Timex, bool) {
			d := st.dct
			switch strings.ToLower(g.get("d")) {
			case "yesterday":
				d = d.AddDate(0, 0, -1)
			case "tomorrow":
				d = d.AddDate(0, 0, 1)
			}
			x := fromSpan(daySpan(d), modOf(g.get("mod")))
			if p := g.get("p"); p != "" {
				x.Type, x.Granularity, x.Value = "TIME", "time", x.Value+partCode(p)
			}
			return x, true
		}))

	// Weekdays: on Thursday, last Friday, next Monday, Monday morning.
	add(mk("weekday", 6, `(?P<t>(?:(?P<mod>(?i:early|late))\s+)?(?:(?P<rel>(?i:this past|this coming|the previous|the following|the next|last|this|next|past|coming))\s+)?\b(?P<wd>`+reWeekday+`)(?:\s+(?P<p>(?i:morning|afternoon|evening|night)))?)\b`,
		func(g *groups) bool {
			_, e := g.pos("t")
			// "Sunday Times", "Monday Night Football"? keep "Friday, Oct. 23" (mdy is longer)
			nw := nextWord(g.text, e)
			if g.get("p") == "" && nw != "" && nw[0] >= 'A' && nw[0] <= 'Z' && (e >= len(g.text) || g.text[e] == ' ') {
				switch nw {
				case "Times", "Telegraph", "Express", "Mirror", "Post", "Herald", "Tribune", "Night", "School", "Club":
					return false
				}
			}
			return true
		},
		func(st *state, g *groups) (Timex, bool) {
			wd := weekdayByName[strings.ToLower(g.get("wd"))]
			if _, e := g.pos("t"); g.get("rel") == "" && g.get("p") == "" {
				// "on Monday and Tuesday nights": a set, like the plural
				if m := pluralWeekdayRE.FindStringSubmatch(st.text[e:min(len(st.text), e+40)]); m != nil {
					v := "XXXX-WXX-" + strconv.Itoa((int(wd)+6)%7+1)
					if m[1] != "" {
						v += partCode(m[1])
					}
					return Timex{Type: "SET", Value: v, Granularity: "set"}, true
				}
			}
			var d time.Time
			if g.get("rel") == "" {
				// "next Tuesday and Wednesday": the second day is in the
				// week of the first
				if a := st.anchor; a != nil && a.Granularity != "" && !a.From.IsZero() {
					s, _ := g.pos("t")
					if coordWeekdayRE.MatchString(st.text[max(0, s-40):s]) && a.End >= s-12 {
						if k := (int(wd)+6)%7 - (int(a.From.Weekday())+6)%7; k > 0 {
							x := fromSpan(daySpan(a.From.AddDate(0, 0, k)), modOf(g.get("mod")))
							if p := g.get("p"); p != "" {
								x.Type, x.Granularity, x.Value = "TIME", "time", x.Value+partCode(p)
							}
							return x, true
						}
					}
				}
			}
			switch strings.ToLower(g.get("rel")) {
			case "last", "past", "this past":
				d = weekdayOnOrBefore(st.dct.AddDate(0, 0, -1), wd)
			case "next", "coming", "this coming":
				d = weekdayOnOrAfter(st.dct.AddDate(0, 0, 1), wd)
			case "the previous":
				d = weekdayOnOrBefore(st.anchorDay().AddDate(0, 0, -1), wd)
			case "the following", "the next":
				d = weekdayOnOrAfter(st.anchorDay().AddDate(0, 0, 1), wd)
			case "this":
				if st.tense() == dirPast {
					d = weekdayOnOrBefore(st.dct, wd)
				} else {
					d = weekdayOnOrAfter(st.dct, wd)
				}
			default:
				_, e := g.pos("t")
				// "Wednesday's ruling": a possessed event is mostly done
				possessive := strings.HasPrefix(st.text[e:], "'s ")
				if st.tense() == dirFuture && !possessive {
					d = weekdayOnOrAfter(st.dct, wd)
				} else {
					d = weekdayOnOrBefore(st.dct, wd)
				}
			}
			x := fromSpan(daySpan(d), modOf(g.get("mod")))
			if p := g.get("p"); p != "" {
				x.Type, x.Granularity, x.Value = "TIME", "time", x.Value+partCode(p)
			}
			return x, true
		}))

	// three years ago, two days later, a year earlier, 10 days before.
	add(mk("ago", 8, `(?i)\b(?P<t>(?:(?P<q>`+reQty+`|just|only)\s+)?(?P<n>`+reNum+`)[\s-]+(?P<u>`+reUnit+`)s?(?:\s+(?P<orso>or so))?\s+(?P<dir>ago|earlier|later|before|after|from now|hence|previously|back|on))\b`,
		func(g *groups) bool {
			dir := strings.ToLower(g.get("dir"))
			if dir == "before" || dir == "after" || dir == "back" || dir == "on" {
				_, e := g.pos("t")
				rest := strings.TrimLeft(g.text[e:], " ")
				return rest == "" || strings.ContainsRune(".,;:)\"'", rune(rest[0]))
			}
			return true
		},
		resolveAgo))

	// Durations: three years, about two weeks, a 16-hour, several days,
	// 20 more years; with "the" only after a position word: the past three
	// years, the first nine months, the next few days.
	const durTail = `(?P<sep>[\s-]+)(?:(?P<more>more|additional|extra|straight|consecutive|full|trading|business|working)\s+)?(?P<u>` + reUnit + `)(?P<pl>s)?(?P<half>\s+and\s+a\s+half)?`
	add(mk("duration", 5, `(?i)\b(?P<t>(?:(?P<q>`+reQty+`)\s+)?(?P<n>`+reNum+`|a hundred|hundreds of|a thousand|thousands of)(?:\s*(?:to|or|-)\s*(?P<n2>\d+|`+reNumWord+`))?`+durTail+`)\b`,
		durationOK, resolveDuration))
	add(mk("theduration", 6, `(?i)\b(?P<t>(?P<the>the)\s+(?:(?P<pos>past|last|next|first|final|previous|coming|latest|remaining|following|initial|other|entire|full|whole|same|additional)\s+)?(?:(?P<q>`+reQty+`)\s+)?(?P<n>`+reNum+`)(?:\s*(?:to|or|-)\s*(?P<n2>\d+|`+reNumWord+`))?`+durTail+`)\b`,
		func(g *groups) bool {
			// "the nine months ended Sept. 30" takes the article; an
			// adjective ("the two-week strike") does not
			if g.get("pos") == "" && (strings.Contains(g.get("sep"), "-") || g.get("pl") == "") {
				return false
			}
			return durationOK(g)
		}, resolveDuration))
	// for a while, for some time
	add(mk("vague", 4, `(?i)\b(?:for|in)\s+(?P<t>a while|some time|a long time|a short time|a (?:fairly |very )?(?:long|lengthy|short|brief) (?:time|period))\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			return Timex{Type: "DURATION", Value: "PXX", Granularity: "duration"}, true
		}))
	// Bare plural durations: for years, over months.
	add(mk("plural", 4, `(?i)\b(?:for|over|within|after|took|take|takes|lasted|spent|in)\s+(?P<t>(?P<u>second|minute|hour|day|week|month|year|decade|centurie)s)\b`,
		func(g *groups) bool {
			s, e := g.pos("t")
			prev := strings.ToLower(lastWords(g.text[:s], 1))
			if prev == "in" {
				// "in years" only as in "the first time in years"
				rest := strings.TrimLeft(g.text[e:], " ")
				return rest == "" || strings.ContainsRune(".,;:)\"'", rune(rest[0]))
			}
			return true
		},
		func(st *state, g *groups) (Timex, bool) {
			return Timex{Type: "DURATION", Value: durationValue(-1, g.get("u")), Granularity: "duration"}, true
		}))

	// "over the years": a vague stretch of time.
	add(mk("overtheyears", 4, `(?i)\b(?:over|through|during|in)\s+(?P<t>the\s+(?:(?:past|last|early|later|intervening|following)\s+)?(?P<u>years|decades|months|weeks))\b`,
		func(g *groups) bool {
			_, e := g.pos("t")
			nw := strings.ToLower(nextWord(g.text, e))
			// "in the weeks before the vote" is a date relative to an event
			return nw != "of" && nw != "ahead" && nw != "to" && nw != "before" && nw != "after" && nw != "following" && nw != "leading" && nw != "since"
		},
		func(st *state, g *groups) (Timex, bool) {
			return Timex{Type: "DURATION", Value: durationValue(-1, g.get("u")), Granularity: "duration"}, true
		}))
	// "in the morning": a part of the day under discussion
	add(mk("thepart", 4, `(?i)\b(?:in|during|by)\s+(?P<t>the\s+(?P<p>morning|afternoon|evening))\b`,
		func(g *groups) bool {
			_, e := g.pos("t")
			nw := strings.ToLower(nextWord(g.text, e))
			return nw != "of" && nw != "after" && nw != "before"
		},
		func(st *state, g *groups) (Timex, bool) {
			d := st.dct
			if st.anchor != nil && st.anchor.Granularity == "day" && st.nearby(st.anchor) {
				d = st.anchor.From
			}
			return Timex{Type: "TIME", Value: daySpan(d).value + partCode(g.get("p")), Granularity: "time", From: d, To: d}, true
		}))
	// "earlier in the day", "later in the week": the unit of the date under
	// discussion (the publication date when none is near)
	add(mk("inthe", 5, `(?i)\b(?P<mod>earlier|later|early|late)\s+in\s+(?P<t>the\s+(?P<u>day|week|month|year))\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			base := st.dct
			if st.anchor != nil && st.nearby(st.anchor) {
				base = st.anchor.From
			}
			return fromSpan(unitSpan(strings.ToLower(g.get("u")), base), modOf(g.get("mod"))), true
		}))

	// "the week of March 6", "the weekend of Oct. 1"
	add(mk("weekof", 9, `\b(?P<t>(?i:the\s+)(?P<u>week|weekend)\s+of\s+(?P<mon>`+reMonth+`)\s*(?P<d>`+reOrdDay+`)\b(?:,?\s+(?P<y>`+reYear+`)\b)?)`, nil,
		func(st *state, g *groups) (Timex, bool) {
			x, ok := resolveDayMonth(st, g)
			if !ok {
				return x, false
			}
			if g.get("u") == "weekend" {
				return fromSpan(weekendSpan(x.From), ""), true
			}
			return fromSpan(weekSpan(x.From), ""), true
		}))

	// "April 24 and 25": the second day of a pair
	add(mk("dayconj", 7, `\b(?P<mon>`+reMonth+`)\s*(?P<d1>`+reOrdDay+`)\s*(?:and|or|to|-|–)\s*(?P<t>(?P<d>`+reOrdDay+`))\b(?:,?\s+(?P<y>`+reYear+`)\b)?`,
		func(g *groups) bool {
			return dayNum(g.get("d")) > dayNum(g.get("d1"))
		},
		resolveDayMonth))

	// The past, the future, now-like references.
	add(mk("ref", 4, `(?i)\b(?P<t>currently|recently|lately|nowadays|presently|previously|formerly|hitherto|at present|these days|the present|the past|the future|the near future|the distant future|recent (?P<ru>years|months|weeks|days|times|decades|quarters)|past (?:years|decades)|(?:the )?coming (?P<cu>days|weeks|months|years|decades|quarters)|future (?:years|quarters|decades)|the (?:near|short) term|a later date|soon|then[ -]current|current|recent|just now|once|any more|so far|to date|earlier|later)\b`,
		refOK,
		func(st *state, g *groups) (Timex, bool) {
			w := strings.ToLower(g.get("t"))
			if w == "soon" && st.tense() == dirPast {
				return Timex{}, false // "was soon released": shortly after, not the future
			}
			// "in recent years", "in the coming weeks": a stretch of
			// unspecified length, like "the past few years" (PXY)
			if u := g.get("ru") + g.get("cu"); u != "" && !strings.EqualFold(u, "times") {
				return Timex{Type: "DURATION", Value: durationValue(-1, strings.TrimSuffix(strings.ToLower(u), "s")), Granularity: "duration"}, true
			}
			switch {
			case strings.HasPrefix(w, "then"): // "the then-current market price"
				return ref("PAST_REF"), true
			case strings.HasPrefix(w, "recent "), w == "recently", w == "lately", w == "previously", w == "formerly",
				w == "hitherto", w == "the past", w == "recent", w == "once", w == "earlier", strings.HasPrefix(w, "past "):
				return ref("PAST_REF"), true
			case strings.Contains(w, "future"), w == "soon", strings.Contains(w, "coming"), w == "later", strings.HasSuffix(w, "term"), strings.HasSuffix(w, "date"):
				return ref("FUTURE_REF"), true
			}
			return ref("PRESENT_REF"), true
		}))

	// Sets: every week, each year, daily, twice a week, $5 a year.
	add(mk("set", 7, `(?i)\b(?P<t>(?:every|each)\s+(?:(?P<n>other|`+reNum+`)\s+)?(?:(?P<u>day|night|week|weekend|month|year|quarter|morning|afternoon|evening|hour|minute|decade|spring|summer|fall|autumn|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)s?|(?P<smon>january|february|march|april|may|june|july|august|september|october|november|december))|(?-i:(?P<pwd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)(?:s|\s+(?P<pp>morning|afternoon|evening|night)s))|(?P<adv>daily|weekly|monthly|quarterly|annually|yearly|nightly|hourly|biweekly|bimonthly|biannually|semiannually)|(?:(?P<fq>once|twice|thrice|[a-z0-9-]+\s+times)\s+)?(?P<per>per|a|an)\s+(?P<pu>day|week|month|year|hour|minute))\b`,
		func(g *groups) bool {
			s, e := g.pos("t")
			prev := strings.ToLower(lastWords(g.text[:s], 1))
			if p := strings.ToLower(g.get("per")); p == "a" || p == "an" {
				// "twice a week": the frequency is part of the set
				// (TimeML: value P1W, freq 2X); "$2 million a year" is a rate
				return g.get("fq") != ""
			}
			if adv := g.get("adv"); adv != "" && (strings.HasSuffix(strings.TrimRight(g.text[:s], " "), "%") || prev == "percent") {
				return false // a growth rate: "to rise 8.5% annually", like "5% a year"
			}
			if adv := strings.ToLower(g.get("adv")); adv == "quarterly" || adv == "annually" || adv == "yearly" || adv == "semiannually" || adv == "biannually" {
				// adjectives: "the quarterly dividend", "average daily volume",
				// "the Communist Party daily"
				switch prev {
				case "the", "a", "an", "its", "their", "his", "her", "our", "average", "initial", "first", "regular", "party":
					return false
				}
				nw := nextWord(g.text, e)
				if nw != "" && nw[0] >= 'a' && nw[0] <= 'z' && !funcWords[nw] {
					return false
				}
			}
			return true
		},
		func(st *state, g *groups) (Timex, bool) {
			x := Timex{Type: "SET", Granularity: "set"}
			u := strings.ToLower(g.get("u") + g.get("pu"))
			switch strings.ToLower(g.get("adv")) {
			case "daily", "nightly":
				u = "day"
			case "weekly":
				u = "week"
			case "monthly":
				u = "month"
			case "quarterly":
				x.Value = "P3M"
			case "annually", "yearly":
				u = "year"
			case "hourly":
				u = "hour"
			case "biweekly":
				x.Value = "P2W"
			case "bimonthly":
				x.Value = "P2M"
			case "biannually", "semiannually":
				x.Value = "P6M"
			}
			if x.Value != "" {
				return x, true
			}
			// "each July": every July
			if m, ok := monthOf(g.get("smon")); ok {
				x.Value = "XXXX-" + strconv.Itoa(100 + int(m))[1:]
				return x, true
			}
			// "on Mondays", "Tuesday nights"
			if wd := g.get("pwd"); wd != "" {
				x.Value = "XXXX-WXX-" + strconv.Itoa((int(weekdayByName[strings.ToLower(wd)])+6)%7+1)
				if p := g.get("pp"); p != "" {
					x.Value += partCode(p)
				}
				return x, true
			}
			n := 1.0
			if s := strings.ToLower(g.get("n")); s == "other" {
				n = 2
			} else if s != "" {
				if v, ok := parseNum(s); ok {
					n = v
				}
			}
			if wd, ok := weekdayByName[u]; ok {
				x.Value = "XXXX-WXX-" + strconv.Itoa((int(wd)+6)%7+1)
				return x, true
			}
			if code, ok := seasonCodes[u]; ok {
				x.Value = "XXXX-" + code
				return x, true
			}
			switch u {
			case "morning", "afternoon", "evening":
				x.Value = "XXXX-XX-XX" + partCode(u)
				return x, true
			}
			x.Value = durationValue(n, u)
			return x, x.Value != ""
		}))

	// Clock time with a day: 9 a.m. Tuesday, 4 a.m. EDT Thursday, noon
	// Saturday, midnight Friday, mid-afternoon yesterday; or with a zone.
	add(mk("clockday", 9, `\b(?P<t>(?P<clk>(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b)|(?P<w>noon|midnight|mid-?afternoon|mid-?morning|mid-?day))(?:\s+(?P<tz>EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|CEST|local time|(?:Moscow|Kyiv|Berlin|Paris|London|Beijing|Tokyo|Washington|New York) time))?(?:,?\s+(?:(?P<day>`+reWeekday+`|today|tonight|yesterday|tomorrow)|(?P<mon>`+reMonth+`)\s*(?P<md>`+reOrdDay+`)\b))?)`,
		func(g *groups) bool {
			if g.get("w") != "" && g.get("day") == "" && g.get("md") == "" {
				return false // bare noon: rule noon
			}
			if s := g.idx[0]; s > 0 && (g.text[s-1] == '.' || g.text[s-1] == ':' || g.text[s-1] >= '0' && g.text[s-1] <= '9') {
				return false // "1.5.30pm" and the like
			}
			// British "3.30pm" only here (when's rules read colons)
			return g.get("day") != "" || g.get("tz") != "" || g.get("md") != "" || strings.Contains(g.get("clk"), ".") && g.get("mi") != ""
		},
		resolveClockDay))

	// Wire-service 24-hour clock with a zone: "up 4 percent at 1400 GMT",
	// "2130 UTC Tuesday". The zone is required (a bare "1400" is a number
	// or a year); the AP conversion in brackets, "(0735 GMT)", belongs to
	// the clock time before it (rule clockparen).
	add(mk("clock24", 9, `\b(?P<t>(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+(?P<tz>GMT|UTC)(?:,?\s+(?P<day>`+reWeekday+`|today|tonight|yesterday|tomorrow))?)\b`,
		func(g *groups) bool {
			s := g.idx[0]
			return s == 0 || g.text[s-1] != '('
		},
		resolveClockDay))

	// "the day before last Tuesday", "the day after Friday".
	add(mk("daybefore", 8, `\b(?P<t>(?:(?i:the)\s+)?(?i:day)\s+(?P<ba>(?i:before|after))\s+(?:(?P<rel>(?i:last|next|this past|this coming))\s+)?(?P<wd>`+reWeekday+`))\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			wd := weekdayByName[strings.ToLower(g.get("wd"))]
			var d time.Time
			switch rel := strings.ToLower(g.get("rel")); {
			case rel == "last" || rel == "this past":
				d = weekdayOnOrBefore(st.dct.AddDate(0, 0, -1), wd)
			case rel != "":
				d = weekdayOnOrAfter(st.dct.AddDate(0, 0, 1), wd)
			case st.tense() == dirFuture:
				d = weekdayOnOrAfter(st.dct, wd)
			default:
				d = weekdayOnOrBefore(st.dct, wd)
			}
			if strings.EqualFold(g.get("ba"), "before") {
				d = d.AddDate(0, 0, -1)
			} else {
				d = d.AddDate(0, 0, 1)
			}
			return fromSpan(daySpan(d), ""), true
		}))

	// "at 4 in the morning", "at 10 o'clock at night".
	add(mk("clockpart", 8, `(?i)\b(?:at|by|until|before|after|around|about)\s+(?P<t>(?P<h>1[0-2]|[1-9])(?:[:.](?P<mi>[0-5]\d))?(?:\s+o'clock)?\s+(?:in\s+the\s+(?P<p>morning|afternoon|evening)|at\s+(?P<p2>night)))\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			h := atoi(g.get("h"))
			switch p := strings.ToLower(g.get("p") + g.get("p2")); {
			case p == "morning" && h == 12:
				h = 0
			case p == "afternoon" || p == "evening":
				if h < 12 {
					h += 12
				}
			case p == "night":
				if h >= 6 && h < 12 {
					h += 12
				} else if h == 12 {
					h = 0
				}
			}
			mi := g.get("mi")
			if mi == "" {
				mi = "00"
			}
			d := st.dct
			if a := st.anchor; a != nil && a.Granularity == "day" && sentStart(st) <= a.Start {
				d = a.From // a day given earlier in the sentence
			}
			return Timex{Type: "TIME", Value: daySpan(d).value + "T" + strconv.Itoa(100 + h)[1:] + ":" + mi, Granularity: "time", From: d, To: d}, true
		}))

	// AP style: "10:35 a.m. (0735 GMT) Friday": the clock time takes the
	// day after its conversion; the weekday is tagged on its own.
	add(mk("clockparen", 10, `\b(?P<t>(?P<clk>(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b))(?:\s+(?P<tz>EDT|EST|CDT|CST|MDT|MST|PDT|PST|GMT|UTC|BST|CET|CEST))?)\s+\((?:\d{3,4}|[01]?\d(?:[:.][0-5]\d)?\s*[ap]\.?m\.?)\s+(?:GMT|UTC|EDT|EST)\),?\s+(?:on\s+)?(?P<day>`+reWeekday+`|today|tonight|yesterday|tomorrow)\b`,
		nil, resolveClockDay))

	// noon, midnight
	add(mk("noon", 5, `\b(?P<t>(?i:noon|midday|midnight))\b`,
		func(g *groups) bool {
			// "High Noon": capitalised inside a sentence is a name;
			// "high noon comes today" is an idiom
			s, _ := g.pos("t")
			if strings.EqualFold(lastWords(g.text[:s], 1), "high") {
				return false
			}
			if c := g.text[s]; c >= 'A' && c <= 'Z' {
				p := strings.TrimRight(g.text[:s], " ")
				return p == "" || strings.HasSuffix(p, ".") || strings.HasSuffix(p, "\n") || strings.HasSuffix(p, "``") || strings.HasSuffix(p, "\"")
			}
			return true
		},
		func(st *state, g *groups) (Timex, bool) {
			h := "T12:00"
			if strings.EqualFold(g.get("t"), "midnight") {
				h = "T24:00"
			}
			s := daySpan(st.dct)
			return Timex{Type: "TIME", Value: s.value + h, Granularity: "time", From: s.from, To: s.to}, true
		}))

	// Holidays with a fixed or computable date.
	add(mk("holiday", 6, `\b(?P<t>(?:(?P<rel>(?i:last|this|next))\s+)?(?P<h>Christmas Day|Christmas Eve|Christmas|New Year's Day|New Year's Eve|Thanksgiving Day|Thanksgiving|Halloween|Independence Day|Valentine's Day|Boxing Day|Labor Day|Memorial Day|Election Day|Easter Sunday|Easter)(?:,?\s+(?P<y>`+reYear+`))?)\b`, nil,
		func(st *state, g *groups) (Timex, bool) {
			h := g.get("h")
			at := func(y int) time.Time { return holiday(h, y) }
			var d time.Time
			if g.get("y") != "" {
				d = at(atoi(g.get("y")))
			} else {
				y := st.dct.Year()
				dir := st.tense()
				switch strings.ToLower(g.get("rel")) {
				case "last":
					dir = dirPast
				case "next":
					dir = dirFuture
				case "this":
					dir = dirNone
				}
				d = at(y)
				if dir == dirPast && d.After(st.dct) {
					d = at(y - 1)
				} else if dir == dirFuture && d.Before(st.dct) {
					d = at(y + 1)
				}
			}
			return fromSpan(daySpan(d), ""), true
		}))
	for _, r := range rs {
		r.trig = triggers[r.name]
	}
	return rs
}

// triggers are the words one of which a sentence needs for a rule to run.
var triggers = map[string][]string{
	"iso":          {"#"},
	"vagueplural":  {"days", "weeks", "months", "years"},
	"overtheyears": {"years", "decades", "months", "weeks"},
	"thepart":      {"morning", "afternoon", "evening"},
	"dayconj":      {"#"},
	"dotted":       {"#"},
	"slash":        {"#"},
	"mdy":          {"#"},
	"dmy":          {"#"},
	"monthyear":    {"#", "year"},
	"month":        {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
	"year":         {"#"},
	"decade":       {"#"},
	"century":      {"century"},
	"quarter":      {"quarter"},
	"qn":           {"#"},
	"half":         {"half"},
	"season":       {"spring", "summer", "fall", "autumn", "winter"},
	"relunit":      {"week", "month", "year", "decade", "quarter"},
	"theyear":      {"year"},
	"yearend":      {"year"},
	"midyear":      {"midyear", "mid-year"},
	"period":       {"period", "quarter"},
	"yearago":      {"year-"},
	"spokenyear":   {"nineteen", "twenty", "thousand"},
	"decadeword":   {"ties"},
	"anchored":     {"day", "week", "month", "year", "morning", "evening", "night"},
	"daypart":      {"yesterday", "today", "tomorrow", "tonight", "morning", "afternoon", "evening", "night"},
	"weekday":      {"day"},
	"ago":          {"=second", "=minute", "=hour", "=day", "=night", "=week", "=weekend", "=fortnight", "=month", "=quarter", "=year", "=decade", "=century", "=centurie"},
	"duration":     {"=second", "=minute", "=hour", "=day", "=night", "=week", "=weekend", "=fortnight", "=month", "=quarter", "=year", "=decade", "=century", "=centurie"},
	"theduration":  {"=second", "=minute", "=hour", "=day", "=night", "=week", "=weekend", "=fortnight", "=month", "=quarter", "=year", "=decade", "=century", "=centurie"},
	"plural":       {"=second", "=minute", "=hour", "=day", "=night", "=week", "=weekend", "=fortnight", "=month", "=quarter", "=year", "=decade", "=century", "=centurie"},
	"vague":        {"while", "time", "period"},
	"ref":          {"current", "recent", "lately", "nowadays", "presently", "previous", "formerly", "hitherto", "present", "these days", "past", "future", "coming", "term", "later", "soon", "now", "once", "more", "far", "to date", "earlier"},
	"set":          {"every", "each", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "=second", "=minute", "=hour", "=day", "=night", "=week", "=weekend", "=fortnight", "=month", "=quarter", "=year", "=decade", "=century", "=centurie", "daily", "weekly", "monthly", "quarterly", "annually", "yearly", "nightly", "hourly", "biweekly", "bimonthly", "biannually", "semiannually"},
	"clockday":     {"#", "noon", "midnight", "mid"},
	"clockparen":   {"#"},
	"clock24":      {"gmt", "utc"},
	"periodago":    {"quarter", "period"},
	"daybefore":    {"day before", "day after"},
	"clockpart":    {"morning", "afternoon", "evening", "night"},
	"noon":         {"noon", "midday", "midnight"},
	"holiday":      {"christmas", "new year", "thanksgiving", "halloween", "independence", "valentine", "boxing", "labor", "memorial", "easter", "election"},
}

// funcWords may follow an adverb; any other lower-case word after
// "daily", "quarterly" makes it an adjective.
var funcWords = map[string]bool{
	"and": true, "or": true, "but": true, "to": true, "in": true, "on": true, "at": true, "for": true,
	"since": true, "through": true, "until": true, "from": true, "by": true, "with": true, "as": true,
	"during": true, "over": true, "after": true, "before": true, "the": true, "a": true, "an": true,
	"than": true, "instead": true, "if": true, "when": true, "while": true, "so": true, "is": true,
	"are": true, "was": true, "were": true, "will": true, "would": true, "basis": false,
}

func sentStart(st *state) int {
	s, _ := sentenceOf(st.bounds, len(st.text), st.cur.start)
	return s
}

func partCode(p string) string {
	switch strings.ToLower(p) {
	case "morning":
		return "TMO"
	case "afternoon":
		return "TAF"
	case "evening":
		return "TEV"
	}
	return "TNI"
}

func holiday(h string, y int) time.Time {
	switch h {
	case "Christmas Day", "Christmas":
		return day(y, 12, 25)
	case "Christmas Eve":
		return day(y, 12, 24)
	case "New Year's Day":
		return day(y, 1, 1)
	case "New Year's Eve":
		return day(y, 12, 31)
	case "Thanksgiving Day", "Thanksgiving":
		return weekdayOnOrAfter(day(y, 11, 1), time.Thursday).AddDate(0, 0, 21)
	case "Halloween":
		return day(y, 10, 31)
	case "Independence Day":
		return day(y, 7, 4)
	case "Valentine's Day":
		return day(y, 2, 14)
	case "Boxing Day":
		return day(y, 12, 26)
	case "Labor Day":
		return weekdayOnOrAfter(day(y, 9, 1), time.Monday)
	case "Election Day": // US: the Tuesday after the first Monday of November
		return weekdayOnOrAfter(day(y, 11, 1), time.Monday).AddDate(0, 0, 1)
	case "Memorial Day":
		return weekdayOnOrBefore(day(y, 5, 31), time.Monday)
	}
	// Easter: anonymous Gregorian algorithm.
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	hh := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - hh - k) % 7
	m := (a + 11*hh + 22*l) / 451
	month := (hh + l - 7*m + 114) / 31
	dd := (hh+l-7*m+114)%31 + 1
	return day(y, time.Month(month), dd)
}

// pluralWeekdayRE is a plural weekday coordinated after another one:
// "Monday and Tuesday nights", "Saturdays and Sundays".
// coordWeekdayRE ends in a weekday with a week word, and "and"/"or":
// "next Tuesday and", "last Friday night or".
var coordWeekdayRE = regexp.MustCompile(`(?i)\b(?:next|last|this coming|this past|coming|past)\s+` + reWeekday + `(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:and|or)\s+$`)

var pluralWeekdayRE = regexp.MustCompile(`^,?\s+(?:and|or)\s+` + reWeekday + `(?:s|\s+(morning|afternoon|evening|night)s)\b`)

func resolveClockDay(st *state, g *groups) (Timex, bool) {
	d := st.dct
	if st.anchor != nil && st.anchor.Granularity == "day" {
		// a day given earlier in the sentence: "on Sep 22 at 3.30pm"
		if as, _ := sentenceOf(st.bounds, len(st.text), st.anchor.Start); as == sentStart(st) {
			d = st.anchor.From
		}
	}
	if m, ok := monthOf(g.get("mon")); ok {
		if dn := dayNum(g.get("md")); dn <= daysIn(2000, m) {
			d = resolveMonthDay(st, m, dn)
		}
	}
	switch dd := strings.ToLower(g.get("day")); dd {
	case "", "today", "tonight":
	case "yesterday":
		d = d.AddDate(0, 0, -1)
	case "tomorrow":
		d = d.AddDate(0, 0, 1)
	default:
		wd := weekdayByName[dd]
		if st.tense() == dirFuture {
			d = weekdayOnOrAfter(st.dct, wd)
		} else {
			d = weekdayOnOrBefore(st.dct, wd)
		}
	}
	v := daySpan(d).value
	switch w := strings.ToLower(strings.ReplaceAll(g.get("w"), "-", "")); w {
	case "noon", "midday":
		v += "T12:00"
	case "midnight":
		v += "T24:00"
	case "midafternoon":
		v += "TAF"
	case "midmorning":
		v += "TMO"
	default:
		h := atoi(g.get("h"))
		ap := strings.ToLower(g.get("ap"))
		if strings.HasPrefix(ap, "p") && h < 12 {
			h += 12
		}
		if strings.HasPrefix(ap, "a") && h == 12 {
			h = 0
		}
		mi := g.get("mi")
		if mi == "" {
			mi = "00"
		}
		v += "T" + strconv.Itoa(100 + h)[1:] + ":" + mi
	}
	return Timex{Type: "TIME", Value: v, Granularity: "time", From: d, To: d}, true
}

func resolveDayMonth(st *state, g *groups) (Timex, bool) {
	m, ok := monthOf(g.get("mon"))
	if !ok {
		return Timex{}, false
	}
	d := dayNum(g.get("d"))
	var t time.Time
	if ys := g.get("y"); ys != "" {
		y := atoi(ys)
		if d > daysIn(y, m) {
			return Timex{}, false
		}
		t = day(y, m, d)
		st.year, st.yearSentStart, st.yearEnd = y, sentStart(st), st.cur.end
	} else {
		if d > daysIn(2000, m) { // leap year allows Feb 29
			return Timex{}, false
		}
		t = resolveMonthDay(st, m, d)
		// A weekday given with the date settles the year when the tense
		// did not: "Monday, Oct. 26".
		if wd := g.get("wd"); wd != "" && t.Weekday() != weekdayByName[strings.ToLower(wd)] {
			for _, dy := range []int{-1, 1} {
				if c := day(t.Year()+dy, m, d); c.Weekday() == weekdayByName[strings.ToLower(wd)] {
					t = c
					break
				}
			}
		}
	}
	return fromSpan(daySpan(t), ""), true
}

var slashRE = regexp.MustCompile(`\b([0-3]?\d)/([0-3]?\d)/(?:\d{4}|\d{2})\b`)

// dayFirst reports whether the document writes numeric dates day first:
// one of its slash dates has a first number above 12 and none a second
// number above 12.
func (st *state) dayFirst() bool {
	if st.slashOrder == 0 {
		st.slashOrder = -1
		df, mf := false, false
		for _, m := range slashRE.FindAllStringSubmatch(st.text, -1) {
			if atoi(m[1]) > 12 {
				df = true
			}
			if atoi(m[2]) > 12 {
				mf = true
			}
		}
		if df && !mf {
			st.slashOrder = 1
		}
	}
	return st.slashOrder > 0
}

var weekdayCap = map[string]bool{"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true, "Saturday": true, "Sunday": true}

// yearOK filters bare four-digit numbers that are not years.
func yearOK(g *groups) bool {
	s, e := g.pos("y")
	text := g.text
	if s > 0 {
		c := text[s-1]
		if c == '$' || c == '#' || c == '.' || c == ',' || c == '/' || c == '-' && g.get("mod") == "" || c >= '0' && c <= '9' {
			return false
		}
	}
	if e < len(text) {
		c := text[e]
		if c == '%' || c == '/' || (c == '-' && e+1 < len(text) && text[e+1] >= '0' && text[e+1] <= '9') {
			return false
		}
		if c == ',' && e+1 < len(text) && text[e+1] >= '0' && text[e+1] <= '9' {
			return false
		}
		if c == '.' && e+1 < len(text) && text[e+1] >= '0' && text[e+1] <= '9' {
			return false
		}
	}
	if g.get("mod") != "" || g.get("pre") != "" {
		return true
	}
	prev := strings.ToLower(lastWords(text[:s], 1))
	switch prev {
	case "no.", "number", "route", "flight", "article", "section", "room", "model", "resolution", "page", "about", "around", "nearly", "some", "over", "than", "only", "just", "top":
		return false
	}
	next := strings.ToLower(nextWord(text, e))
	switch next {
	case "percent", "people", "persons", "men", "women", "children", "troops", "soldiers", "miles", "kilometers", "km",
		"meters", "feet", "tons", "points", "votes", "units", "dollars", "euros", "pounds", "yen", "shares", "acres",
		"hours", "minutes", "seconds", "days", "weeks", "months", "years", "times", "cars", "jobs", "deaths", "refugees",
		"migrants", "employees", "workers", "members", "students", "cases", "homes", "houses", "rounds", "hectares",
		"calories", "degrees", "pages", "words", "companies", "stores", "barrels", "rooms", "others", "more", "of":
		return false
	}
	if datePreps[prev] {
		return true
	}
	// "Orion 1980", "Windows 2000": a year right after a capitalised
	// word inside a sentence is part of a name (months and weekdays are
	// other rules' business; "Euro 2016" is lost too)
	if pw := lastWords(text[:s], 1); pw != "" && pw[0] >= 'A' && pw[0] <= 'Z' && s > len(pw) && !strings.ContainsAny(pw, ".,;:'’") {
		if _, isMonth := monthOf(pw); !isMonth && !strings.HasSuffix(strings.TrimRight(text[:s-len(pw)-1], " "), ".") && !weekdayCap[pw] && pw != "FY" {
			return false
		}
	}
	// "2,000 troops" never reaches here; a plural noun after a number
	// means a count.
	if len(next) > 3 && strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") && next != "was" && next != "has" && next != "is" && next != "as" && next != "this" && next != "its" {
		return false
	}
	return true
}

func resolveQuarter(st *state, g *groups) (Timex, bool) {
	det := strings.ToLower(g.get("det"))
	adj := strings.ToLower(g.get("adj"))
	ord := ordinals[strings.ToLower(g.get("ord"))]
	if g.get("m1") != "" {
		ord = monthQuarter(g)
	}
	y := 0
	switch {
	case g.get("y") != "":
		y = atoi(g.get("y"))
	case g.get("y0") != "":
		y = atoi(g.get("y0"))
	}
	switch strings.ToLower(g.get("ydet")) {
	case "this":
		y, det = st.dct.Year(), ""
	case "last":
		y, det = st.dct.Year()-1, ""
	case "next":
		y, det = st.dct.Year()+1, ""
	}
	switch strings.ToLower(g.get("ry")) {
	case "this":
		y = st.dct.Year()
	case "last":
		y = st.dct.Year() - 1
	case "next":
		y = st.dct.Year() + 1
	}
	dq := quarterOf(st.dct.Month())
	dy := st.dct.Year()
	// the quarter under discussion: the last mentioned, else the last
	// completed one (what quarterly reports are about)
	under := func() (int, int) {
		if st.lastQuarter != nil {
			return st.lastQuarter.From.Year(), quarterOf(st.lastQuarter.From.Month())
		}
		return dy, dq - 1
	}
	if adj == "year-earlier" || adj == "year-ago" || adj == "comparable" {
		st.derived = true
		uy, uq := under()
		if ord != 0 {
			uq = ord
		}
		return fromSpan(quarterSpan(uy-1, uq), ""), true
	}
	if ord == 0 {
		if y != 0 {
			// "last year's quarter": the quarter under discussion, that year
			_, uq := under()
			st.derived = true
			return fromSpan(quarterSpan(y, uq), ""), true
		}
		switch {
		case det == "this" || adj == "current":
			return fromSpan(quarterSpan(dy, dq), ""), true
		case det == "next":
			return fromSpan(quarterSpan(dy, dq+1), ""), true
		case det == "last" || adj == "previous" || adj == "preceding" || adj == "past" || adj == "latest" || adj == "most recent" || adj == "recent" || adj == "just-ended" || adj == "just-completed":
			return fromSpan(quarterSpan(dy, dq-1), ""), true
		case adj == "same":
			uy, uq := under()
			return fromSpan(quarterSpan(uy, uq), ""), true
		}
		uy, uq := under()
		return fromSpan(quarterSpan(uy, uq), ""), true
	}
	if y == 0 {
		if sy := st.sentenceYear(); sy != 0 {
			y = sy
		} else if st.lastQuarter != nil && st.nearby(st.lastQuarter) && absDays(st.lastQuarter.From.Sub(st.dct)) < 2*365*24*time.Hour {
			y = st.lastQuarter.From.Year()
		} else {
			y = dy
			if ord > dq && st.tense() != dirFuture {
				y--
			} else if ord < dq-1 && st.tense() == dirFuture {
				// "expect sales to fall in the first quarter" in
				// December: the coming one. The quarter just ended is
				// still the current year's: its results come out later
				y++
			}
		}
		if det == "last" {
			y = dy - 1
		}
		if det == "next" {
			y = dy + 1
		}
	}
	return fromSpan(quarterSpan(y, ord), ""), true
}

// resolveWeekend: n < 0 the weekend before the DCT's, n > 0 the next one
// to come, else by tense; with no cue, "this weekend" on a weekday is the
// coming one (the one just gone is "last weekend" or "over the weekend"),
// and "the weekend" early in the week is the one just gone, late in the
// week the coming one.
func resolveWeekend(st *state, n int, this bool) span {
	cur := weekendSpan(st.dct) // Sat..Sun of the DCT's ISO week
	past := weekendSpan(st.dct.AddDate(0, 0, -7))
	wd := st.dct.Weekday()
	onWeekend := wd == time.Saturday || wd == time.Sunday
	switch {
	case n < 0:
		return past
	case n > 0:
		if onWeekend {
			return weekendSpan(st.dct.AddDate(0, 0, 7))
		}
		return cur
	case onWeekend:
		return cur
	}
	switch st.tense() {
	case dirFuture:
		return cur
	case dirPast:
		return past
	}
	if wd <= time.Wednesday && !this {
		return past
	}
	return cur
}

func resolveAgo(st *state, g *groups) (Timex, bool) {
	dir := strings.ToLower(g.get("dir"))
	u := strings.ToLower(g.get("u"))
	mod := modOf(g.get("q"))
	if g.get("orso") != "" {
		mod = "APPROX" // "a week or so ago"
	}
	n, ok := parseNum(g.get("n"))
	back := dir == "ago" || dir == "earlier" || dir == "before" || dir == "previously" || dir == "back"
	// "a year earlier" must not become the anchor of what follows; "a
	// week later ... the following day" chains forward.
	st.derived = back
	if !ok {
		switch dir {
		case "ago", "back":
			return ref("PAST_REF"), true
		case "from now", "hence":
			return ref("FUTURE_REF"), true
		}
		// "a few days later": relative to an event, not to the
		// publication date; only the vague length is known
		st.derived = true
		return Timex{Type: "DURATION", Value: durationValue(-1, u), Granularity: "duration", Mod: mod}, true
	}
	base := st.dct
	var anchor *Timex
	if dir != "ago" && dir != "from now" && dir != "hence" && dir != "back" {
		if st.anchor != nil {
			anchor = st.anchor
			base = st.anchor.From
		}
	} else if st.anchor != nil && n == 1 && (u == "year" || u == "years") && (st.anchor.Granularity == "quarter" || st.anchor.Granularity == "month") && st.nearby(st.anchor) {
		anchor = st.anchor
		base = st.anchor.From
	}
	// "up from $10 million a year ago" in a paragraph about a quarter:
	// that quarter a year before
	if n == 1 && (u == "year" || u == "years") && st.lastQuarter != nil && (st.nearby(st.lastQuarter) || dir == "ago" && st.within(st.lastQuarter, 3)) && (anchor == nil || anchor.Granularity != "day") {
		anchor = st.lastQuarter
		base = st.lastQuarter.From
	}
	_, mult, tp, cal := unitInfo(u)
	k := int(n * mult)
	if cal == "decade" || cal == "century" {
		cal = "year"
	}
	if tp {
		cal = "day"
		k = 0
		if cal == "hour" && n >= 24 {
			k = int(n / 24)
		}
	}
	if back {
		k = -k
	}
	unit := cal
	if cal == "weekend" {
		unit = "week"
	}
	t := shift(base, unit, k)
	gran := cal
	// "a year earlier" after a quarter is that quarter a year before
	if anchor != nil && finer(anchor.Granularity, cal) {
		gran = anchor.Granularity
		if gran == "time" {
			gran = "day"
		}
	}
	if gran == "weekend" {
		gran = "week"
	}
	return fromSpan(unitSpan(gran, t), mod), true
}

var granRank = map[string]int{"time": 0, "day": 1, "week": 2, "weekend": 2, "month": 3, "quarter": 4, "season": 4, "year": 5, "decade": 6, "century": 7}

func finer(a, b string) bool {
	ra, ok1 := granRank[a]
	rb, ok2 := granRank[b]
	return ok1 && ok2 && ra < rb && a != "season"
}

func durationOK(g *groups) bool {
	n := strings.ToLower(g.get("n"))
	u := strings.ToLower(g.get("u"))
	_, e := g.pos("t")
	rest := strings.ToLower(g.text[e:min(len(g.text), e+8)])
	if strings.HasPrefix(strings.TrimLeft(rest, " -"), "old") {
		return false // ages: a 6-year-old, 40 years old
	}
	if (n == "a" || n == "an" || n == "one") && (u == "second" || u == "quarter") && g.get("pl") == "" {
		return false // a second term, a quarter of the vote
	}
	if (n == "some" || n == "many" || n == "few") && g.get("pl") == "" {
		return false
	}
	if n == "some" && g.get("q") == "" {
		// "some days" is vague but fine; "some 20 years" is q
	}
	s, _ := g.pos("t")
	if ns, _ := g.pos("n"); ns > 0 && (g.text[ns-1] == '$' || g.text[ns-1] == '.' || g.text[ns-1] == ',') {
		return false
	}
	if s > 0 && (g.text[s-1] == '$' || g.text[s-1] == '.' || g.text[s-1] == ',') {
		return false
	}
	// "a day" after a count is a rate ("twice a day", handled by set;
	// "$1.76 a year", "four flights a week": not a time)
	prev := strings.ToLower(lastWords(g.text[:s], 1))
	if (n == "a" || n == "an") && g.get("q") == "" && prev != "" {
		c := prev[len(prev)-1]
		if prev == "once" || prev == "twice" || prev == "times" || prev == "per" || c >= '0' && c <= '9' || c == '%' ||
			prev == "million" || prev == "billion" || prev == "percent" || prev == "cents" || prev == "dollars" ||
			len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && prev != "was" && prev != "has" && prev != "is" && prev != "this" && prev != "its" {
			return false
		}
	}
	// "60 Minutes" is a title
	if u0 := g.get("u"); u0 != "" && u0[0] >= 'A' && u0[0] <= 'Z' {
		return false
	}
	// three-quarters, two-thirds are fractions
	if u == "quarter" && g.get("sep") != "" && strings.Contains(g.get("sep"), "-") && g.get("pl") != "" {
		return false
	}
	// a number that is a year ("the 1990 fiscal year") is not a count
	if v, ok := parseNum(n); ok && v >= 1000 {
		return false
	}
	return true
}

func resolveDuration(st *state, g *groups) (Timex, bool) {
	// "Islam will one day be the second largest religion": some day in
	// the future, not a length of time
	if strings.EqualFold(g.get("t"), "one day") {
		s, _ := g.pos("t")
		switch strings.ToLower(lastWords(g.text[:s], 1)) {
		case "will", "would", "could", "can", "may", "might", "should", "must", "shall":
			return ref("FUTURE_REF"), true
		}
	}
	n, ok := parseNum(g.get("n"))
	if !ok {
		n = -1
	} else if g.get("half") != "" {
		n += 0.5 // "a minute and a half"
	}
	u := g.get("u")
	v := durationValue(n, u)
	if v == "" {
		return Timex{}, false
	}
	x := Timex{Type: "DURATION", Value: v, Granularity: "duration", Mod: modOf(g.get("q"))}
	// "in three months" said of the future is a date.
	s, _ := g.pos("t")
	prev := strings.ToLower(lastWords(st.text[:s], 1))
	if prev == "in" && g.get("the") == "" && g.get("q") == "" && n > 0 && st.tense() == dirFuture {
		_, mult, tp, cal := unitInfo(u)
		if !tp && cal != "weekend" {
			k := int(n * mult)
			unit := cal
			if cal == "decade" || cal == "century" {
				unit = "year"
			}
			sp := unitSpan(unit, shift(st.dct, unit, k))
			return fromSpan(sp, ""), true
		}
	}
	return x, true
}

func refOK(g *groups) bool {
	w := strings.ToLower(g.get("t"))
	s, e := g.pos("t")
	prev := strings.ToLower(lastWords(g.text[:s], 1))
	next := strings.ToLower(nextWord(g.text, e))
	switch w {
	case "the past":
		if _, ok := parseNum(next); ok || next == "few" || next == "several" || next == "couple" || strings.HasPrefix(next, "decade") || strings.HasPrefix(next, "year") ||
			strings.HasPrefix(next, "month") || strings.HasPrefix(next, "week") || strings.HasPrefix(next, "day") || next == "and" || next == "century" {
			return false
		}
	case "soon":
		return prev != "as" && next != "as" && next != "after" && next != "afterward"
	case "current", "then current", "then-current":
		switch next {
		case "account", "accounts", "affairs", "events", "and", "or", "":
			return false
		}
		return next[0] >= 'a' && next[0] <= 'z'
	case "recent", "previously", "formerly", "once", "any more", "so far", "to date", "earlier", "later", "the present":
		return false // not tagged by TimeML annotators in news
	}
	return true
}

// isYearAt reports whether s starts with a four-digit number 1600-2099.
func isYearAt(s string) bool {
	if len(s) < 4 || len(s) > 4 && s[4] >= '0' && s[4] <= '9' {
		return false
	}
	n, err := strconv.Atoi(s[:4])
	return err == nil && n >= 1600 && n <= 2099
}

// periodEndAfter reports whether the word after "to" at text[e:] (the
// word after the period noun is "to") starts an end date: a month, a
// number or "date" ("the year to date"), not a verb ("to rise").
func periodEndAfter(text string, e int) bool {
	rest := strings.TrimLeft(text[e:], " ")
	rest = strings.TrimLeft(rest[min(2, len(rest)):], " ")
	w := nextWord(rest, 0)
	if w == "" {
		return false
	}
	if _, ok := monthOf(w); ok || w[0] >= '0' && w[0] <= '9' || strings.EqualFold(w, "date") || strings.EqualFold(w, "end") {
		return true
	}
	return false
}

// monthQuarter is the calendar quarter named by the month range m1-m2
// ("April-June", "Jan.-March"), or 0 when the months are not one.
func monthQuarter(g *groups) int {
	m1, ok1 := monthOf(g.get("m1"))
	m2, ok2 := monthOf(g.get("m2"))
	if !ok1 || !ok2 || (m1-1)%3 != 0 || m2 != m1+2 {
		return 0
	}
	return quarterOf(m1)
}
