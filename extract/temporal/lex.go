package temporal

import (
	"strconv"
	"strings"
	"time"
)

// Regular-expression fragments shared by the rules. Month and weekday names
// must be capitalised: lower-case "may", "march", "sun" are words.
const (
	reMonthFull = `January|February|March|April|May|June|July|August|September|October|November|December`
	reMonthAbbr = `Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|Nov\.?|Dec\.?`
	// reMonth is any month name; bare abbreviations only take a day number.
	reMonth   = `(?:` + reMonthFull + `|` + reMonthAbbr + `)`
	reWeekday = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	reOrdDay  = `(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?`
	reYear    = `(?:1[6-9][0-9]{2}|20[0-9]{2})`
	// reSpokenYear is a year of the 1910s to 2090s in words, as in
	// broadcast transcripts: "nineteen ninety-four", "twenty ten".
	reSpokenYear = `(?i:(?:nineteen|twenty)[\s-]+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?)`
	// reNumWord covers one to ninety-nine in words.
	reNumWord = `(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)`
	reNum     = `(?:(?:\d+|` + reNumWord + `|a|an) and a half|\d+(?:\.\d+)?|\d+ 1/2|` + reNumWord + `|a|an|one|a few|a couple of|a couple|couple of|several|some|many|a dozen|dozens of|hundreds of|a number of|few)`
	reUnit    = `(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centurie)`
	rePart    = `(?:morning|afternoon|evening|night)`
)

var monthByName = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		n := strings.ToLower(m.String())
		monthByName[n] = m
		monthByName[n[:3]] = m
	}
	monthByName["sept"] = time.September
}

func monthOf(s string) (time.Month, bool) {
	s = strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s), "."))
	m, ok := monthByName[s]
	return m, ok
}

var weekdayByName = map[string]time.Weekday{}

func init() {
	for d := time.Sunday; d <= time.Saturday; d++ {
		weekdayByName[strings.ToLower(d.String())] = d
	}
}

var smallNums = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"a couple of": 2, "a couple": 2, "couple of": 2, "a dozen": 12, "a hundred": 100, "hundred": 100, "a thousand": 1000,
}

// parseNum returns the number a quantity phrase denotes; ok is false for
// vague quantities ("several", "a few"), which TIMEX3 writes as X.
func parseNum(s string) (n float64, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if v, ok := smallNums[s]; ok {
		return float64(v), true
	}
	if strings.HasSuffix(s, " and a half") {
		if v, ok := parseNum(strings.TrimSuffix(s, " and a half")); ok {
			return v + 0.5, true
		}
	}
	if strings.HasSuffix(s, " 1/2") {
		v, err := strconv.Atoi(strings.TrimSuffix(s, " 1/2"))
		if err == nil {
			return float64(v) + 0.5, true
		}
	}
	if v, err := strconv.ParseFloat(s, 64); err == nil {
		return v, true
	}
	// twenty-four, twenty four
	if f := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == ' ' }); len(f) == 2 {
		a, ok1 := smallNums[f[0]]
		b, ok2 := smallNums[f[1]]
		if ok1 && ok2 && a >= 20 && b < 10 {
			return float64(a + b), true
		}
	}
	return 0, false
}

var ordinals = map[string]int{
	"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}

// unitInfo maps a unit word to its ISO 8601 duration letter and
// multiplier, and to the calendar unit it counts.
func unitInfo(u string) (letter string, mult float64, timePart bool, cal string) {
	u = strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(u, "s"), "ie"))
	switch u {
	case "second":
		return "S", 1, true, "second"
	case "minute":
		return "M", 1, true, "minute"
	case "hour":
		return "H", 1, true, "hour"
	case "day", "night":
		return "D", 1, false, "day"
	case "week":
		return "W", 1, false, "week"
	case "weekend":
		return "WE", 1, false, "weekend"
	case "fortnight":
		return "W", 2, false, "week"
	case "month":
		return "M", 1, false, "month"
	case "quarter":
		return "M", 3, false, "quarter"
	case "year":
		return "Y", 1, false, "year"
	case "decade", "decad":
		return "Y", 10, false, "decade"
	case "century", "centur":
		return "Y", 100, false, "century"
	}
	return "", 0, false, ""
}

// durationValue is the ISO 8601 duration for n units; n < 0 means vague (X).
func durationValue(n float64, unit string) string {
	letter, mult, tp, _ := unitInfo(unit)
	if letter == "" {
		return ""
	}
	p := "P"
	if tp {
		p = "PT"
	}
	if n < 0 {
		if mult == 10 {
			return p + "XDE"
		}
		if mult == 100 {
			return p + "XCE"
		}
		return p + "X" + letter
	}
	v := n * mult
	if v != float64(int(v)) {
		// 5 1/2 hours -> PT5H30M, 1.5 years -> P18M
		switch letter {
		case "M":
			if tp { // 1.5 minutes -> PT1M30S
				return "PT" + strconv.Itoa(int(v)) + "M" + strconv.Itoa(int((v-float64(int(v)))*60)) + "S"
			}
		case "H":
			return "PT" + strconv.Itoa(int(v)) + "H" + strconv.Itoa(int((v-float64(int(v)))*60)) + "M"
		case "Y":
			if mo := int((v - float64(int(v))) * 12); int(v) > 0 {
				return "P" + strconv.Itoa(int(v)) + "Y" + strconv.Itoa(mo) + "M"
			}
			return "P" + strconv.Itoa(int(v*12)) + "M"
		case "D":
			return "P" + strconv.Itoa(int(v)) + "DT" + strconv.Itoa(int((v-float64(int(v)))*24)) + "H"
		}
		return p + strconv.FormatFloat(v, 'f', -1, 64) + letter
	}
	return p + strconv.Itoa(int(v)) + letter
}

// modOf maps a quantity or position modifier to a TIMEX3 mod.
func modOf(s string) string {
	switch strings.ToLower(strings.Join(strings.Fields(s), " ")) {
	case "about", "around", "some", "roughly", "approximately", "nearly", "almost", "close to", "or so":
		return "APPROX"
	case "more than", "over", "longer than", "upwards of":
		return "MORE_THAN"
	case "less than", "under", "fewer than", "just under", "shorter than":
		return "LESS_THAN"
	case "at least":
		return "EQUAL_OR_MORE"
	case "at most", "no more than", "up to":
		return "EQUAL_OR_LESS"
	case "early", "earlier", "the beginning of", "the start of", "beginning of", "start of", "the dawn of", "the first half of":
		return "START"
	case "mid", "the middle of", "middle of", "the midst of":
		return "MID"
	case "late", "later", "the end of", "end of", "the close of", "the last half of", "the second half of":
		return "END"
	}
	return ""
}

// yearInWords reads a year written in words (reSpokenYear).
func yearInWords(s string) int {
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '\t' || r == '\n' })
	if len(ws) < 2 {
		return 0
	}
	y := 1900
	if ws[0] == "twenty" {
		y = 2000
	}
	for _, w := range ws[1:] {
		n, _ := parseNum(w)
		y += int(n)
	}
	return y
}
