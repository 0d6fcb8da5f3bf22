package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/actors"
)

// token is one word or punctuation mark of a sentence.
type token struct {
	text       string // as written
	key        string // actors.Key(text): gazetteer form
	low        string // lower case
	start, end int    // byte offsets in the article text
	word       bool   // letters or digits
	cap        bool   // starts with an upper-case letter
	upper      bool   // all letters upper case (acronyms)
	hyph       bool   // joined to the previous token by a hyphen
	quote      bool   // a quotation mark
}

// sentence is one sentence of the article body.
type sentence struct {
	text  string
	start int // byte offset in the article
	toks  []token
}

// Page noise: lines a scraped page carries besides the article prose.
var (
	clockLine = regexp.MustCompile(`^\(?\d{1,2}:\d{2}(:\d{2})?\)?$`)
	// creditLine runs only on lines that pass mayBeCredit: unanchored, it
	// cost more than the rest of pageLines on long paragraphs.
	creditLine = regexp.MustCompile(`(?i)^(image|images|photo|photos|picture|pictures|photograph|video|source|credit|credits|copyright|caption|illustration|graphic|map)\s*(:|©)|^©|\bgetty images\b|\b(afp|reuters|ap|dpa|epa)\s*/\s*\w|/\s*(getty|afp|reuters|dpa|epa|ap)\b`)
	boilerLine = regexp.MustCompile(`(?i)^(advertisement|advert|sponsored( content)?|read more|related( (articles|topics|content))?|share( this)?|tweet|follow us.*|sign up.*|subscribe.*|newsletter.*|all rights reserved.*|cookies?.*|click here.*|watch( the)? video.*|listen.*|audios and videos.*|more on this.*|see also.*|top stories|most read|skip next section.*|our standards.*|(additional )?(reporting|writing|editing|compiled) by .*|this story has been .*|copyright .*|all rights reserved.*)$`)
)

// isHeading reports whether a line is a heading, a caption title or a
// teaser rather than prose: short and without sentence-final punctuation.
func isHeading(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" {
		return true
	}
	// a quoted subheading: 'Intense bombardment'
	if q := strings.Trim(line, "'\"‘’“”"); q != line && len(strings.Fields(q)) <= 8 && !strings.ContainsAny(q, "\"“”") {
		line = q
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?\"”'’:;)", r) {
		return false
	}
	return len(strings.Fields(line)) <= 14
}

// pageLines returns the byte ranges of the lines of text that are article
// prose, dropping page noise by general rules: empty lines, video lengths,
// photo credits, advertising and sharing boilerplate, headings and teasers
// without final punctuation. Captions (a paragraph followed by a photo
// credit line, and the paragraphs of a picture gallery after it) come back
// apart: they give no entities or events, but the dates they state are
// real dates of the page and are kept.
func pageLines(text string) (prose, captions [][2]int) {
	type line struct {
		s, e    int
		noise   bool
		cred    bool
		caption bool
	}
	var ls []line
	for off := 0; off < len(text); {
		e := strings.IndexByte(text[off:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += off
		}
		s := off
		t := strings.TrimSpace(text[s:e])
		l := line{s: s, e: e}
		switch {
		case t == "":
			l.noise = true
		case mayBeCredit(t) && creditLine.MatchString(t):
			l.noise, l.cred = true, true
		case clockLine.MatchString(t), boilerLine.MatchString(t), isHeading(t):
			l.noise = true
		}
		ls = append(ls, l)
		off = e + 1
	}
	// A text of one line is prose whatever its punctuation.
	nonEmpty := 0
	for _, l := range ls {
		if strings.TrimSpace(text[l.s:l.e]) != "" {
			nonEmpty++
		}
	}
	if nonEmpty == 1 {
		for i := range ls {
			t := strings.TrimSpace(text[ls[i].s:ls[i].e])
			ls[i].noise = t == "" || ls[i].cred || clockLine.MatchString(t) || boilerLine.MatchString(t)
		}
	}
	// A paragraph right before a credit line (skipping empty lines) is a
	// caption.
	for i := range ls {
		if !ls[i].cred {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			if strings.TrimSpace(text[ls[j].s:ls[j].e]) == "" {
				continue
			}
			if !ls[j].cred && !ls[j].noise {
				ls[j].noise, ls[j].caption = true, true
			}
			break
		}
	}
	// A picture gallery: after a credit line, a paragraph under a caption
	// title is a caption too, down to the end of the page.
	gallery := false
	for i := range ls {
		if ls[i].cred {
			gallery = true
			continue
		}
		if !gallery || ls[i].noise {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			t := strings.TrimSpace(text[ls[j].s:ls[j].e])
			if t == "" {
				continue
			}
			if isHeading(t) {
				ls[i].noise, ls[i].caption = true, true
			}
			break
		}
	}
	for _, l := range ls {
		switch {
		case !l.noise:
			prose = append(prose, [2]int{l.s, l.e})
		case l.caption:
			captions = append(captions, [2]int{l.s, l.e})
		}
	}
	return prose, captions
}

// abbreviations that end with a dot without ending a sentence.
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "lt": true, "col": true,
	"maj": true, "capt": true, "sgt": true, "brig": true, "cpl": true, "sen": true, "rep": true, "gov": true, "st": true, "jr": true,
	"sr": true, "no": true, "vs": true, "etc": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "adm": true, "cmdr": true, "rev": true, "mt": true,
	"ft": true, "pres": true, "amb": true, "u.s": true, "u.n": true, "u.k": true, "e.u": true,
}

// splitSentences splits the byte range [s,e) of text into sentences.
func splitSentences(text string, s, e int) []sentence {
	var out []sentence
	start := s
	inQuote := false
	emit := func(end int) {
		a, b := start, end
		for a < b && isSpace(text[a]) {
			a++
		}
		for b > a && isSpace(text[b-1]) {
			b--
		}
		if b > a {
			out = append(out, sentence{text: text[a:b], start: a})
		}
		start = end
	}
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch r {
		case '"':
			inQuote = !inQuote
		case '“':
			inQuote = true
		case '”':
			inQuote = false
		}
		if r == '.' || r == '!' || r == '?' {
			j := i + n
			// closing quotes and brackets belong to the sentence
			for j < e {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '"' || r2 == '”' || r2 == '’' || r2 == '\'' || r2 == ')' {
					if r2 == '"' || r2 == '”' {
						inQuote = false
					}
					j += n2
					continue
				}
				break
			}
			if j >= e {
				break
			}
			if !isSpace(text[j]) {
				i = j
				continue
			}
			k := j
			for k < e && isSpace(text[k]) {
				k++
			}
			if k >= e {
				break
			}
			next, _ := utf8.DecodeRuneInString(text[k:])
			if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '"' || next == '“' || next == '(' || next == '‘') {
				i = j
				continue
			}
			if r == '.' && isAbbrev(text[s:i]) {
				i = j
				continue
			}
			emit(j)
			i = j
			continue
		}
		i += n
	}
	emit(e)
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// isAbbrev reports whether the text before a dot ends with an abbreviation
// or an initial.
func isAbbrev(before string) bool {
	k := len(before)
	for k > 0 && !isSpace(before[k-1]) && before[k-1] != '(' {
		k--
	}
	w := strings.ToLower(before[k:])
	if abbrev[w] {
		return true
	}
	if utf8.RuneCountInString(w) == 1 && unicode.IsLetter([]rune(w)[0]) {
		return true // an initial: "George W. Bush"
	}
	return false
}

// tokenize splits a sentence into tokens with article byte offsets.
func tokenize(s string, base int) []token {
	var toks []token
	i := 0
	hyph := false
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) || r2 == '&' {
					j += n2
					continue
				}
				// inner dots of abbreviations (U.S.) and numbers (1.5),
				// inner commas of numbers (300,000), inner colons (00:49)
				if (r2 == '.' || r2 == ',' || r2 == ':') && j+1 < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+1:])
					if r2 == '.' && unicode.IsLetter(r3) && j-i <= 2 || (unicode.IsDigit(r3) && j > i && isDigitByte(s[j-1])) {
						j += n2
						continue
					}
				}
				break
			}
			// the final dot of an abbreviation with inner dots: U.S.
			if j < len(s) && s[j] == '.' && strings.Contains(s[i:j], ".") && j-i <= 5 {
				j++
			}
			// possessive / contraction: split 's and n't
			w := s[i:j]
			toks = append(toks, mkToken(w, base+i))
			toks[len(toks)-1].hyph, hyph = hyph, false
			i = j
			if i < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[i:])
				if r2 == '\'' || r2 == '’' {
					if i+n2 < len(s) && (s[i+n2] == 's' || s[i+n2] == 'S') && (i+n2+1 >= len(s) || !isLetterByte(s[i+n2+1])) {
						toks = append(toks, token{text: s[i : i+n2+1], key: "'S", low: "'s", start: base + i, end: base + i + n2 + 1})
						i += n2 + 1
					} else if i+n2 < len(s) && s[i+n2] == 't' && strings.HasSuffix(strings.ToLower(w), "n") {
						// don't / isn't: the n belongs to the negation
						toks[len(toks)-1] = mkToken(w[:len(w)-1], base+i-len(w))
						toks = append(toks, token{text: "n't", key: "N'T", low: "n't", start: base + i - 1, end: base + i + n2 + 1, word: true})
						i += n2 + 1
					} else if i+n2 < len(s) && isLetterByte(s[i+n2]) {
						// O'Brien, Dara'a: keep going as one word
						k := i + n2
						for k < len(s) && isLetterByte(s[k]) {
							k++
						}
						toks[len(toks)-1] = mkToken(s[i-len(w):k], base+i-len(w))
						i = k
					}
				}
			}
		case r == '-' || r == '–' || r == '—':
			// A hyphen between two words joins them; dashes separate.
			if r == '-' && i > 0 && i+1 < len(s) && !isSpace(s[i-1]) && !isSpace(s[i+1]) && len(toks) > 0 {
				j := i + n
				r2, _ := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
					i = j
					hyph = true // the next token is hyphen-joined
					continue
				}
			}
			toks = append(toks, token{text: s[i : i+n], key: "-", low: "-", start: base + i, end: base + i + n})
			i += n
		default:
			// wire-style quotes: ``mobilize''
			if (r == '`' || r == '\'') && i+1 < len(s) && s[i+1] == s[i] {
				toks = append(toks, token{text: s[i : i+2], key: s[i : i+2], low: s[i : i+2], start: base + i, end: base + i + 2, quote: true})
				i += 2
				continue
			}
			t := token{text: s[i : i+n], key: s[i : i+n], low: s[i : i+n], start: base + i, end: base + i + n}
			t.quote = r == '"' || r == '“' || r == '”' || r == '«' || r == '»'
			toks = append(toks, t)
			i += n
		}
	}
	return toks
}

func isDigitByte(c byte) bool  { return c >= '0' && c <= '9' }
func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func mkToken(w string, start int) token {
	t := token{text: w, key: actors.Key(w), low: strings.ToLower(w), start: start, end: start + len(w), word: true}
	r, _ := utf8.DecodeRuneInString(w)
	t.cap = unicode.IsUpper(r)
	t.upper = true
	letters := 0
	for _, c := range w {
		if unicode.IsLetter(c) {
			letters++
			if !unicode.IsUpper(c) {
				t.upper = false
			}
		}
	}
	if letters == 0 {
		t.upper = false
	}
	return t
}

// mayBeCredit is a necessary condition for creditLine: each of its
// alternatives needs a ':', '©' or '/', or the word "getty" (whose letters
// have no case folds besides ASCII, unlike the s and k of (?i)).
func mayBeCredit(t string) bool {
	return strings.ContainsAny(t, ":/©") || strings.Contains(strings.ToLower(t), "getty")
}
