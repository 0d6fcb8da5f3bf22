package temporal

import (
	"regexp"
	"sort"
	"strings"
)

// Tense decides the direction of underspecified expressions ("Thursday",
// "December 8", "this weekend"): the verb nearest to the expression in its
// sentence votes past (latest on or before the publication date) or future
// (earliest on or after it).

const (
	dirNone   = 0
	dirPast   = -1
	dirFuture = 1
)

var hadRE = regexp.MustCompile(`\bhad\b|\bhadn't\b`)

var wordRE = regexp.MustCompile(`[A-Za-z]+(?:'[a-z]+)?`)

var futureWords = map[string]bool{
	"will": true, "shall": true, "would": true, "slated": true, "won't": true, "next": true, "upcoming": true,
	"tomorrow": true, "due": true, "scheduled": true, "expected": true, "planned": true,
	"intends": true, "aims": true, "hopes": true, "going": true,
	"opens": true, "begins": true, "starts": true, "meets": true, "ends": true, "closes": true,
	"arrives": true, "leaves": true, "visits": true, "travels": true, "expects": true, "expect": true, "forecast": true, "predict": true, "predicts": true,
	"meet": true, "resume": true, "reconvene": true, "convene": true,
	"expires": true, "payable": true, "effective": true, "resumes": true, "convenes": true, "launches": true, "hosts": true, "kicks": true,
	"forthcoming": true, "might": true,
}

var pastWords = map[string]bool{
	"said": true, "was": true, "were": true, "had": true, "did": true, "didn't": true, "wasn't": true,
	"weren't": true, "hadn't": true, "told": true, "ago": true, "yesterday": true,
	"went": true, "came": true, "took": true, "made": true, "gave": true, "got": true, "held": true,
	"met": true, "left": true, "began": true, "fled": true, "sold": true, "bought": true, "fell": true,
	"rose": true, "won": true, "lost": true, "saw": true, "thought": true, "found": true, "led": true,
	"ran": true, "struck": true, "spoke": true, "wrote": true, "became": true, "brought": true,
	"felt": true, "kept": true, "paid": true, "sent": true, "spent": true, "stood": true, "built": true,
	"broke": true, "chose": true, "drove": true, "fought": true, "flew": true, "grew": true, "knew": true,
	"meant": true, "shot": true, "stole": true, "taught": true, "threw": true, "withdrew": true,
	"has": true, "have": true, "hasn't": true, "haven't": true, "earlier": true, "previously": true,
	"recently": true, "since": true, "sank": true, "swore": true, "sought": true, "hit": false,
	"overtook": true, "undertook": true, "won't": false, "underwent": true, "foresaw": true,
}

// progFuture are words after which was/were does not vote past: the
// phrase is a plan or schedule reported in the past ("protesters were
// planning to march Saturday").
var progFuture = map[string]bool{
	"planning": true, "going": true, "hoping": true, "preparing": true, "expecting": true,
	"scheduled": true, "expected": true, "planned": true, "slated": true, "due": true,
}

// Words in -ed that are not past-tense verbs, or are rarely.
var notPastED = map[string]bool{
	"indeed": true, "speed": true, "seed": true, "feed": true, "need": true, "united": true,
	"hundred": true, "based": true, "related": true, "alleged": true, "limited": true,
	"interested": true, "supposed": true, "concerned": true, "armed": true, "detailed": true,
	"advanced": true, "proposed": true, "red": true, "bed": true, "breed": true, "greed": true,
	"embed": true, "exceed": true, "proceed": true, "succeed": true, "unprecedented": true,
	"besieged": true, "sustained": true, "talented": true, "beloved": true, "naked": true,
	"wicked": true, "sacred": true, "aged": true, "skilled": true, "balanced": true, "mixed": true,
	"unexpected": true, "unidentified": true, "unnamed": true, "named": false,
}

// adjPrev are words after which an -ed word is an adjective.
var adjPrev = map[string]bool{
	"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"this": true, "that": true, "these": true, "those": true, "still": true, "very": true, "more": true,
	"most": true, "newly": true, "recently": true, "so": true, "well": true, "highly": true, "widely": true,
	"long": true, "much": true, "less": true, "least": true, "any": true, "no": true, "some": true,
}

type cue struct {
	pos, end int
	dir      int
}

func scanCues(text string) []cue {
	var out []cue
	prev, prev2 := "", ""
	words := wordRE.FindAllStringIndex(text, -1)
	conjAt := -10 // index of the last when/if/once/until/unless
	for i, m := range words {
		w := strings.ToLower(text[m[0]:m[1]])
		switch w {
		case "when", "if", "once", "until", "unless":
			conjAt = i
		}
		next := ""
		if i+1 < len(words) {
			next = strings.ToLower(text[words[i+1][0]:words[i+1][1]])
		}
		d := dirNone
		switch {
		case w == "next" && next == "to":
			// "next to the embassy"
		case w == "set" && next == "for" && prev != "had" && prev != "been":
			d = dirFuture // "the final, originally set for Sunday"
		case (w == "set" || w == "poised") && next == "to" && prev != "was" && prev != "were" && prev != "had" && prev != "been":
			d = dirFuture // "the talks, set to resume Monday"
		case (w == "due" || w == "going" || w == "about") && next == "to" && (prev == "is" || prev == "are" || prev == "am" || prev == "be" || prev == "'s"):
			d = dirFuture
		case (w == "is" || w == "are") && next == "to":
			d = dirFuture // "the talks are to resume Monday"
		case (w == "was" || w == "were") && next == "to" && (i+2 >= len(words) || !strings.EqualFold(text[words[i+2][0]:words[i+2][1]], "blame")):
			// the future in the past: "he was to campaign in Florida on
			// Monday" is a plan, like "is to"; "was to blame" is not
			d = dirFuture
		case (w == "is" || w == "are") && i-conjAt <= 4:
			// the present in a temporal or conditional clause refers
			// to the future: "when the case is heard in May"
			d = dirFuture
		case (w == "plans" || w == "plan" || w == "planning" || w == "hopes" || w == "hoping" || w == "preparing" || w == "expecting" || w == "wants" || w == "intend") && next == "to":
			d = dirFuture
		case (w == "was" || w == "were") && progFuture[next]:
			// the auxiliary of "were planning to", "was going to",
			// "was scheduled for": the next word votes
		case (w == "scheduled" || w == "expected" || w == "planned" || w == "slated" || w == "due" || w == "set") && (prev == "had" || prev == "been"):
			d = dirPast // "had been scheduled to expire at midnight Friday"
		case (w == "scheduled" || w == "expected" || w == "planned" || w == "slated" || w == "due") && (prev == "was" || prev == "were"):
			// reported schedules lie ahead of the report: "the accession
			// was planned for early March", "was expected to arrive Tuesday"
			d = dirFuture
		case (w == "scheduled" || w == "expected" || w == "planned" || w == "slated") && adjBefore(prev, prev2):
			// an adjective, not the verb of the clause: "when Albright
			// set aside vacation plans for the hastily planned trip"
		case futureWords[w]:
			d = dirFuture
		case pastWords[w] || strings.HasSuffix(w, "ed") && len(w) >= 5 && !notPastED[w]:
			// a participle after be/is/are is passive, not past tense:
			// "will be held on April 24", "is expected"
			// ... nor is an -ed word after a determiner or degree word an
			// adjective: "a still unspecified date", "the proposed meeting"
			if prev != "be" && prev != "being" && prev != "is" && prev != "are" && prev != "am" && w != "has" && w != "have" && !(strings.HasSuffix(w, "ed") && adjBefore(prev, prev2)) {
				d = dirPast
			}
			if w == "has" || w == "have" {
				d = dirPast
			}
		case strings.HasSuffix(w, "'ll"):
			d = dirFuture
		}
		if d != dirNone {
			out = append(out, cue{m[0], m[1], d})
		}
		prev2, prev = prev, w
	}
	return out
}

// adjBefore reports whether an -ed word after prev2 prev is an adjective:
// after a determiner or degree word ("the proposed meeting"), or after
// an -ly adverb that follows one ("the hastily arranged trip").
func adjBefore(prev, prev2 string) bool {
	if adjPrev[prev] {
		return true
	}
	if !strings.HasSuffix(prev, "ly") || len(prev) <= 4 {
		return false
	}
	// only after an article or possessive: "this actually happened"
	// keeps its verb
	switch prev2 {
	case "a", "an", "the", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// sentenceBounds returns the start offsets of sentences: after a newline, or
// after ., ! or ? followed by space and a capital, unless the period ends
// a common abbreviation.
func sentenceBounds(text string) []int {
	b := []int{0}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\n' {
			b = append(b, i+1)
			continue
		}
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
			j++
		}
		if j >= len(text) || text[j] != ' ' {
			continue
		}
		k := j
		for k < len(text) && text[k] == ' ' {
			k++
		}
		if k >= len(text) || !(text[k] >= 'A' && text[k] <= 'Z' || text[k] == '"' || text[k] == '`') {
			continue
		}
		if c == '.' {
			s := i
			for s > 0 && (isLetter(text[s-1]) || text[s-1] == '.') {
				s--
			}
			w := strings.ToLower(text[s:i])
			if len(w) <= 4 && (abbrev[w] || strings.Contains(w, ".") || len(w) == 1) {
				continue
			}
		}
		b = append(b, k)
	}
	return capSentences(text, b)
}

// maxSentence bounds what the tagger treats as one sentence. Tense and
// quotation look-ups scan an expression's sentence, so a text with no
// sentence ends (a scraped page flattened to one line) would make tagging
// quadratic; news sentences are far shorter than this.
const maxSentence = 2000

// capSentences splits sentences longer than maxSentence at the last
// clause mark (; or ,) or space before the limit.
func capSentences(text string, b []int) []int {
	out := make([]int, 0, len(b))
	for i, s := range b {
		e := len(text)
		if i+1 < len(b) {
			e = b[i+1]
		}
		out = append(out, s)
		for e-s > maxSentence {
			cut := s + maxSentence
			if j := strings.LastIndexAny(text[s+maxSentence/2:cut], ";,"); j >= 0 {
				cut = s + maxSentence/2 + j + 1
			} else if j := strings.LastIndexByte(text[s+maxSentence/2:cut], ' '); j >= 0 {
				cut = s + maxSentence/2 + j + 1
			}
			s = cut
			out = append(out, s)
		}
	}
	return out
}

var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "sen": true, "rep": true,
	"gov": true, "lt": true, "col": true, "sgt": true, "capt": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "inc": true, "corp": true, "co": true, "ltd": true, "no": true, "vs": true, "jr": true,
	"sr": true, "prof": true, "rev": true, "ft": true, "mt": true, "u.s": true, "u.n": true, "u.k": true,
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// sentenceOf returns the bounds of the sentence containing pos.
func sentenceOf(bounds []int, textLen, pos int) (int, int) {
	i := sort.SearchInts(bounds, pos+1) - 1
	if i < 0 {
		i = 0
	}
	end := textLen
	if i+1 < len(bounds) {
		end = bounds[i+1]
	}
	return bounds[i], end
}

// tenseAt is the direction voted by the cue nearest to [start,end) in its
// sentence, ignoring cues inside the expression itself.
func tenseAt(text string, cues []cue, bounds []int, textLen, start, end int) int {
	ss, se := sentenceOf(bounds, textLen, start)
	// Inside a quotation only the quoted words count: "We need a
	// decision before Christmas," he told reporters.
	if qs, qe, ok := quoteAround(text, ss, se, start); ok {
		ss, se = qs, qe
	}
	best, bestDist := dirNone, 1<<30
	// "by Friday", "until Jan. 14": deadlines lie ahead of the report.
	before := strings.ToLower(text[ss:start])
	if p := lastWordOf(before); p == "by" || p == "until" || p == "till" {
		// ... unless the sentence is in the past perfect: "had filed
		// reports by Wednesday", "Until Thursday, they had not called"
		// (from the last comma before the expression: "The sale, which
		// had been expected, is part of a plan to repay the loan by
		// February" is still a deadline)
		from := ss
		if i := strings.LastIndexByte(text[ss:start], ','); i >= 0 {
			from = ss + i
		}
		if !hadRE.MatchString(strings.ToLower(text[from:se])) {
			return dirFuture
		}
	}
	// "was moved to Monday", "postponed until Tuesday": the new date of
	// a rescheduled event is still ahead, unless the sentence is in the
	// past perfect ("had been postponed until Friday")
	if p := lastWordOf(before); p == "to" || p == "until" || p == "for" {
		if v := lastWordOf(strings.TrimSuffix(strings.TrimRight(before, " "), p)); rescheduled[v] && (p != "for" || v == "rescheduled") && !hadRE.MatchString(before) {
			return dirFuture
		}
	}
	if tb := strings.TrimRight(before, " "); strings.HasSuffix(tb, "ahead of") || strings.HasSuffix(tb, "ahead of the") || strings.HasSuffix(tb, "as soon as") {
		return dirFuture
	}
	i := sort.Search(len(cues), func(i int) bool { return cues[i].pos >= ss })
	for ; i < len(cues) && cues[i].pos < se; i++ {
		c := cues[i]
		if c.pos >= start && c.end <= end {
			continue
		}
		d := start - c.end
		if c.pos >= end {
			// the verb governing a time adverbial usually precedes it;
			// one after a comma is another clause's, most often the
			// attribution ("will hold a video call on Tuesday, Germany
			// said")
			d = 2*(c.pos-end) + 10
			if strings.IndexByte(text[end:c.pos], ',') >= 0 {
				d += 40
			}
		}
		if d < 0 {
			d = 0
		}
		if d < bestDist {
			best, bestDist = c.dir, d
		}
	}
	return best
}

func lastWordOf(s string) string {
	s = strings.TrimRight(s, " ")
	i := strings.LastIndexAny(s, " \n\t(")
	return s[i+1:]
}

// quoteAround returns the bounds of the quotation inside [ss,se) that
// contains pos, for straight double quotes, “curly” quotes and “TeX”
// quotes.
func quoteAround(text string, ss, se, pos int) (int, int, bool) {
	seg := text[ss:se]
	open := -1
	for i := 0; i < len(seg); i++ {
		var isOpen, isClose bool
		w := 1
		switch {
		case seg[i] == '"':
			if open < 0 {
				isOpen = true
			} else {
				isClose = true
			}
		case strings.HasPrefix(seg[i:], "“"), strings.HasPrefix(seg[i:], "``"):
			isOpen = true
			if seg[i] == '`' {
				w = 2
			} else {
				w = len("“")
			}
		case strings.HasPrefix(seg[i:], "”"), strings.HasPrefix(seg[i:], "''"):
			isClose = true
			if seg[i] == '\'' {
				w = 2
			} else {
				w = len("”")
			}
		}
		if isOpen && open < 0 {
			open = i + w
		} else if isClose && open >= 0 {
			if ss+open <= pos && pos < ss+i {
				return ss + open, ss + i, true
			}
			open = -1
		}
		i += w - 1
	}
	if open >= 0 && ss+open <= pos {
		return ss + open, se, true // the quote runs past the sentence end
	}
	return 0, 0, false
}

// rescheduled are verbs that set a new date for an event: "was moved to
// Monday", "was put back to Friday".
var rescheduled = map[string]bool{
	"moved": true, "postponed": true, "delayed": true, "rescheduled": true, "back": true, "pushed": true,
	"shifted": true, "brought": true, "forward": true, "deferred": true, "adjourned": true,
}
