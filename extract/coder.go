package extract

import (
	"slices"
	"strings"
)

// sent is a sentence being coded: its tokens, mentions and triggers.
type sent struct {
	toks      []token
	ms        []mention
	inMention []int // token -> mention index, -1
	prep      []bool
	prepWord  []string // the preposition governing a mention
}

func newSent(d *doc, toks []token, ms []mention) *sent {
	s := &sent{toks: toks, ms: ms, inMention: make([]int, len(toks)), prep: make([]bool, len(ms)), prepWord: make([]string, len(ms))}
	for i := range s.inMention {
		s.inMention[i] = -1
	}
	// "an anti-Syria journalist", "pro-Moscow rebels": the country a
	// modifier is for or against is not the actor's own
	for k, m := range ms {
		if m.ent >= 0 && m.i > 0 && toks[m.i].hyph && (toks[m.i-1].low == "anti" || toks[m.i-1].low == "pro") {
			s.ms[k].ent = -1
		}
		// "the Russian language", "the Persian Gulf": a language or a
		// sea is no actor
		if m.ent >= 0 && m.j < len(toks) && notActorHeads[toks[m.j].low] {
			s.ms[k].ent = -1
		}
		// "gunmen, some of whom spoke Spanish": a demonym after a verb
		// of speaking is a language too
		if m.ent >= 0 && spokenLanguage(toks, m.i, m.j-m.i) {
			s.ms[k].ent = -1
		}
		// "Israel's militia ally", "Iran's proxies": an ally is another
		// actor than its patron
		if m.ent >= 0 && allyOf(toks, m.j) {
			s.ms[k].ent = -1
		}
	}
	for k, m := range ms {
		for i := m.i; i < m.j; i++ {
			s.inMention[i] = k
		}
		// "X (AKK) officials", "Montenegro's officials": an unplaced
		// role word after an actor belongs to it
		if m.ent < 0 && k > 0 && ms[k-1].ent >= 0 {
			gap := m.i - ms[k-1].j
			ok := gap == 0
			// "Irish nationalist guerrillas": adjectives between
			if gap > 0 && gap <= 2 {
				ok = true
				for q := ms[k-1].j; q < m.i; q++ {
					if !toks[q].word || toks[q].cap || lexicon[toks[q].low] != nil || preps[toks[q].low] || dets[toks[q].low] || toks[q].low == "and" {
						ok = false
					}
				}
			}
			if gap >= 3 && gap <= 7 && toks[ms[k-1].j].text == "(" && toks[m.i-1].text == ")" {
				ok = true
			}
			// "Hizbollah (Party of God) group": a gloss that is itself an actor
			if gap == 1 && toks[ms[k-1].j].text == ")" {
				ok = true
			}
			// "Israeli helicopters and tanks"
			if gap == 1 && toks[ms[k-1].j].low == "and" && ms[k-1].roleCode != "" {
				ok = true
			}
			// "Hizbollah (Party of God) group": the name before the
			// parenthesis, not the gloss inside it
			if ok && gap <= 1 && k > 1 && ms[k-1].i > 0 && toks[ms[k-1].i-1].text == "(" && ms[k-1].j < len(toks) && toks[ms[k-1].j].text == ")" && ms[k-2].j == ms[k-1].i-1 && ms[k-2].ent >= 0 {
				s.ms[k].ent = ms[k-2].ent
			} else if ok {
				s.ms[k].ent = ms[k-1].ent
			}
		}
		// governed by a preposition, skipping determiners and adjectives
		for p := m.i - 1; p >= 0 && p >= m.i-4; p-- {
			w := toks[p].low
			if preps[w] && w != "after" && w != "before" && w != "since" {
				s.prep[k] = true
				s.prepWord[k] = w
				break
			}
			if len(w) > 0 && w[0] >= '0' && w[0] <= '9' {
				break // "up to 100 Albanians": a number, not a place
			}
			if w == "what" {
				break // "in what Ethiopia's government called": a clause's subject
			}
			if !dets[w] && !(toks[p].word && !toks[p].cap && lexicon[w] == nil && !clauseWords[w] && w != "and") {
				break
			}
		}
		// "Representatives of the Taliban and the United States resumed
		// talks", "members of Hamas": the body's people are the body
		if s.prep[k] && s.prepWord[k] == "of" {
			p := m.i - 1
			for p > 0 && dets[toks[p].low] {
				p--
			}
			if p > 0 && toks[p].low == "of" && memberNouns[toks[p-1].low] && (s.inMention[p-1] < 0 || ms[s.inMention[p-1]].ent < 0) {
				s.prep[k], s.prepWord[k] = false, ""
			}
		}
	}
	// "Ethnic Albanians in south Serbia", "rebels in the Ivory Coast",
	// "demonstrators in Baghdad": people are coded by where they are
	for k := range s.ms {
		m := s.ms[k]
		if s.prep[k] || k+1 >= len(s.ms) || m.ent >= 0 && d.ents[m.ent].Kind != KindCountry {
			continue
		}
		// a country's own agents stay its own where they are: "Russian
		// troops in Syria", "Saudi Arabia's forces in Aden", "Turkish
		// police in Cyprus" (CAMEO codes state actors by the state)
		if m.ent >= 0 && stateAgents[m.roleCode] {
			continue
		}
		q := m.j // "Opposition groups in Zimbabwe": a head noun may follow
		for q < len(toks) && q < m.j+2 && m.ent < 0 && toks[q].word && !toks[q].cap && lexicon[toks[q].low] == nil && !preps[toks[q].low] && !auxes[toks[q].low] {
			q++
		}
		// ("accused Azerbaijan of violating Iran's airspace": a gerund
		// after the preposition opens a verb phrase, the charge, and
		// the country in it is no place the object is in)
		if q+1 < len(toks) && gerundAt(toks, q+1) {
			continue
		}
		if q < len(toks) && (toks[q].low == "in" || toks[q].low == "of" || toks[q].low == "from" || toks[q].low == "throughout" || toks[q].low == "across") {
			p := q + 1
			for p < len(toks) && p < m.j+4 && (dets[toks[p].low] || regionWords[toks[p].low] || toks[p].word && !toks[p].cap && lexicon[toks[p].low] == nil && !preps[toks[p].low]) {
				p++
			}
			if p < len(toks) && s.inMention[p] == k+1 && s.ms[k+1].ent >= 0 && s.ms[k+1].i == p {
				s.ms[k].ent = s.ms[k+1].ent
			}
		}
	}
	// "ethnic Albanians", "ethnic Turks": a minority is coded by the
	// country where it lives (CAMEO convention), the place the sentence
	// puts it in, else the first other country the sentence names
	for k := range s.ms {
		m := s.ms[k]
		if m.ent < 0 || d.ents[m.ent].Kind != KindCountry || !ethnicAt(toks, m.i) {
			continue
		}
		own := d.ents[m.ent].Country
		loc, other := -1, -1
		for l, n := range s.ms {
			if l == k || n.ent < 0 || d.ents[n.ent].Country == "" || d.ents[n.ent].Country == own || ethnicAt(toks, n.i) {
				continue
			}
			if other < 0 {
				other = l
			}
			if loc < 0 && s.prep[l] && (s.prepWord[l] == "in" || s.prepWord[l] == "throughout" || s.prepWord[l] == "across") {
				loc = l
			}
		}
		if loc < 0 {
			loc = other
		}
		if loc >= 0 {
			s.ms[k].ent = d.countryEntity(d.ents[s.ms[loc].ent].Country, "")
		}
	}
	// "the army", "police", "the government" with no country: the one
	// country the sentence names
	only, onlyC := -1, ""
	for k, m := range s.ms {
		if m.ent < 0 {
			continue
		}
		c := d.ents[m.ent].Country
		if c == "" {
			continue
		}
		if onlyC != "" && c != onlyC {
			only = -2
			break
		}
		onlyC = c
		if only == -1 && d.ents[m.ent].Kind == KindCountry {
			only = k
		}
	}
	if only >= 0 && (s.actedOn(only) || s.prep[only] && whereBodyPreps[s.prepWord[only]]) {
		// "The military leaders accused France of planning", "the army
		// fired at Ukrainian positions": the country is whom the body
		// acts on, not its own
		only = -1
	}
	if only >= 0 {
		for k, m := range s.ms {
			switch {
			case m.ent >= 0:
			case s.prep[only] && s.coordVerbBetween(m.i, s.ms[only].i):
				// "Soldiers detained the president and flew him to
				// exile in Senegal": where a second act took someone
			case (m.roleCode == "GOV" || m.roleCode == "MIL" || m.roleCode == "COP") && s.prep[k] && s.prepWord[k] != "by" && s.prep[only] == false && s.ms[only].i < m.i:
				// "The United States imposed visa restrictions on
				// officials": officials an actor acts on are another
				// state's ("police in Cairo", "killed by police" stay)
			case (m.roleCode == "GOV" || m.roleCode == "MIL" || m.roleCode == "COP") && k > only && s.judgedOrHit(k):
				// "Afghanistan's government condemned the strikes",
				// "Iran's army shelled the troops": what a country
				// judges or hits is another's
			case m.roleCode == "GOV" || m.roleCode == "MIL" || m.roleCode == "COP":
				s.ms[k].ent = s.ms[only].ent
			case m.roleCode != "" && k < only && s.prep[only] && (s.prepWord[only] == "in" || s.prepWord[only] == "across" || s.prepWord[only] == "throughout"):
				// "Islamic fundamentalists ... in Algeria": other
				// groups only by where the sentence puts them
				s.ms[k].ent = s.ms[only].ent
			}
		}
	}
	d.resolveRoles(s)
	d.noteRoles(s)
	return s
}

// speakForms are the forms of "speak", after which a demonym names a
// language.
var speakForms = map[string]bool{"speak": true, "speaks": true, "spoke": true, "spoken": true, "speaking": true}

// spokenLanguage reports whether the one-word name at i (n words) is a
// language after a verb of speaking: "some of whom spoke Spanish".
func spokenLanguage(toks []token, i, n int) bool {
	return n == 1 && i > 0 && speakForms[toks[i-1].low]
}

// judgedOrHit reports whether mention k is the object of a verb of
// judgement (condemn, criticise, accuse, ...) or of armed force, over at
// most two determiners or numbers: "condemned the strikes", "shelled
// the troops" (not "warned that police will").
func (s *sent) judgedOrHit(k int) bool {
	if s.prep[k] || !s.actedOn(k) {
		return false
	}
	q := s.ms[k].i - 1
	for n := 0; q > 0 && n < 2 && (dets[s.toks[q].low] || isDigits(s.toks[q].text)); n++ {
		if s.toks[q].low == "that" {
			return false // "warned that police will": a clause's subject
		}
		q--
	}
	w := s.toks[q].low
	for _, e := range lexicon[w] {
		if judging[e.class] && e.class != "praise" {
			return true
		}
	}
	return hostileVerb(w)
}

// directObject reports whether mention k stands right after an event verb
// as its object, not as a possessor: "accused France of", not "arrested
// Venezuela's opposition leader".
func (s *sent) directObject(k int) bool {
	m := s.ms[k]
	if s.prep[k] || m.i == 0 || m.j < len(s.toks) && s.toks[m.j].low == "'s" {
		return false
	}
	p := s.toks[m.i-1]
	return p.word && !p.cap && lexicon[p.low] != nil && !nounish[p.low]
}

// allyOf reports whether the words from j name an ally or proxy of the
// actor before them: "'s militia ally", "'s proxies".
func allyOf(toks []token, j int) bool {
	if j < len(toks) && toks[j].low == "'s" {
		j++
	}
	for q := j; q < len(toks) && q <= j+1; q++ {
		switch toks[q].low {
		case "ally", "allies", "proxy", "proxies", "surrogate", "surrogates":
			return true
		case "militia", "main", "key", "closest", "regional", "local":
			continue
		}
		return false
	}
	return false
}

var notActorHeads = map[string]bool{"language": true, "languages": true, "gulf": true, "sea": true, "ocean": true, "peninsula": true}

// ethnicAt reports whether the mention at token i is an ethnic group:
// "ethnic Albanians", "ethnic Albanian guerrillas".
func ethnicAt(toks []token, i int) bool {
	return i > 0 && toks[i-1].low == "ethnic" || toks[i].low == "ethnic"
}

// gerundAt reports whether token i is a lower-case -ing verb form
// ("violating", "sending"), not an -ing adjective of place
// ("neighbouring Congo") or a noun in -ing ("the Beijing talks" is
// capitalised; "building", "ceiling" and the like are rare after "of").
func gerundAt(toks []token, i int) bool {
	t := toks[i]
	return t.word && !t.cap && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && !strings.HasPrefix(t.low, "neighbo")
}

var regionWords = map[string]bool{"south": true, "southern": true, "north": true, "northern": true, "east": true,
	"eastern": true, "west": true, "western": true, "central": true, "two": true, "several": true}

// group returns the coordinated mentions around mention k: "the US and
// UK", "Iran, Libya and Sudan".
func (s *sent) group(k int) []int {
	g := []int{k}
	// sep tells how two mentions are joined: 2 by "and", 1 by a comma
	// alone, 0 not at all.
	sep := func(a, b int) int {
		if b <= a {
			return 0
		}
		hasAnd, the := false, false
		for i := a; i < b; i++ {
			t := s.toks[i]
			switch t.low {
			case "and", "&", "both":
				hasAnd = true
			case "the":
				the = true
			case ",", "as", "well", "its", "their":
			default:
				// "Sudan's army and the paramilitary Rapid Support
				// Forces": an adjective between the article and the
				// name
				if !the || !t.word || t.cap || preps[t.low] || clauseWords[t.low] || lexicon[t.low] != nil {
					return 0
				}
			}
		}
		if hasAnd {
			return 2
		}
		if s.toks[a].low == "," {
			return 1
		}
		return 0
	}
	and := false
	for l := k - 1; l >= 0; l-- {
		j := sep(s.ms[l].j, s.ms[l+1].i)
		if j == 0 || s.prep[l] && !s.prep[k] || s.ms[l].ent < 0 {
			break
		}
		and = and || j == 2
		g = append([]int{l}, g...)
	}
	for r := k + 1; r < len(s.ms); r++ {
		j := sep(s.ms[r-1].j, s.ms[r].i)
		if j == 0 || s.ms[r].ent < 0 {
			break
		}
		g = append(g, r)
		if j == 2 {
			and = true
			break // "A, B and C": the list ends at "and"
		}
	}
	if !and && len(g) < 3 {
		return []int{k} // "Iran, Libya, North Korea": a list; "Aleppo, the US": not
	}
	// "support for Ukraine, and Britain said": two actors joined by a
	// comma and "and" are two clauses, not a list (a list with a serial
	// comma has three: "Britain, France, and Germany")
	if len(g) == 2 && s.toks[s.ms[g[0]].j].text == "," {
		return []int{k}
	}
	return g
}

// subject finds the actor of the verb at token h, looking left within the
// clause. It returns the mention index or -1, and whether a clause
// boundary or another verb stopped it first.
func (s *sent) subject(h int, passiveTarget bool) int {
	// "Pakistan, a key U.S. ally in the war, has refused": skip an
	// apposition between commas right before the verb
	a := h - 1
	for a >= 0 && auxes[s.toks[a].low] {
		a--
	}
	if a > 0 && s.toks[a].text == "," && (s.inMention[a-1] < 0 || s.relativeBefore(a)) {
		for b := a - 1; b > 0; b-- {
			if s.toks[b].text == "," {
				if k := s.inMention[b-1]; k >= 0 && !s.prep[k] {
					return k
				}
				break
			}
			if s.toks[b].quote || s.toks[b].text == ";" {
				break
			}
		}
	}
	// "guerrillas who overran it": the antecedent of the relative pronoun
	if a >= 1 && (s.toks[a].low == "who" || s.toks[a].low == "which") {
		if k := s.inMention[a-1]; k >= 0 {
			return k
		}
		if a >= 2 && s.toks[a-1].text == "," {
			if k := s.inMention[a-2]; k >= 0 {
				return k
			}
		}
		return -1
	}
	// "Thousands of Iraqi Kurds demonstrated": an actor after "of" is
	// the subject when no other is found
	ofK := -1
	for i := h - 1; i >= 0; i-- {
		t := s.toks[i]
		if k := s.inMention[i]; k >= 0 {
			if s.prep[k] && !passiveTarget {
				if ofK < 0 && s.ms[k].ent >= 0 && (s.prepWord[k] == "of" || s.prepWord[k] == "from") && !placeNoun(s.toks, s.ms[k].i) {
					ofK = k
				}
				i = s.ms[k].i
				continue
			}
			return k
		}
		if t.quote || t.text == ";" || t.text == ":" || clauseWords[t.low] && i < h-1 {
			return ofK
		}
		// "The WHO said at least 270 people have been killed": the
		// speaker is not the subject of the reported clause
		if i < h-1 && reportingVerb(t.low) {
			return ofK
		}
	}
	return ofK
}

// reportedSubject returns the subject of the reported clause when the
// bare verb of tr is coordinated inside it ("said the United States would
// not tolerate attacks or allow hostile actors ..."), or -1. A finite verb
// after a statement ("said ... and warned Iran") shares the speaker.
//
// So does a finite violent act after a reported clause whose subject
// stands right before its own verb: in "Kenya said Somali troops had
// crossed the border and attacked a police post" the troops attacked.
// Other acts there stay the speaker's: "said China had fired missiles and
// condemned the drills", "said Russia had violated the treaty and expelled
// two diplomats".
func (s *sent) reportedSubject(prev coded, tr trigger) int {
	if prev.class != "say" && prev.class != "report" {
		return -1
	}
	bare := tr.form&fBase != 0 && tr.form&(fPast|f3s) == 0
	if !bare && !violent[tr.class] {
		return -1
	}
	for i := prev.trig.j; i < tr.head; i++ {
		t := s.toks[i]
		if t.quote || t.text == ";" {
			return -1
		}
		if k := s.inMention[i]; k >= 0 {
			if s.ms[k].ent >= 0 && !s.prep[k] && !contains(prev.src, k) {
				if bare || s.ms[k].j < tr.head && clauseVerb(s.toks[s.ms[k].j]) {
					return k
				}
				return -1
			}
			i = s.ms[k].j - 1
		}
	}
	return -1
}

// clauseVerb reports whether t opens the verb of a clause in the past:
// "had", "has", "have", or a past form ("crossed", "fled"); not "were"
// (a judgement: "said the strikes were illegal") nor a form that may be a
// plural noun ("strikes").
func clauseVerb(t token) bool {
	switch t.low {
	case "had", "has", "have":
		return true
	}
	return pastForm(t)
}

// negatedBeforeOr reports whether the verb at h follows "or"/"nor" after a
// negation in [from, h): "would not tolerate attacks or allow ...".
func (s *sent) negatedBeforeOr(from, h int) bool {
	or := -1
	for i := h - 1; i >= from && i >= 0; i-- {
		if w := s.toks[i].low; w == "or" || w == "nor" {
			or = i
			break
		}
	}
	if or < 0 {
		return false
	}
	for i := or - 1; i >= from && i >= 0; i-- {
		t := s.toks[i]
		if t.quote || t.text == ";" || t.text == "," || clauseWords[t.low] {
			return false
		}
		if negWords[t.low] {
			return true
		}
	}
	return false
}

// mainSubject returns the subject of the sentence's main clause before
// token h: its first actor not governed by a preposition, when the
// sentence opens with it (no fronted phrase or clause), or -1.
func (s *sent) mainSubject(h int) int {
	for i := 0; i < h; i++ {
		t := s.toks[i]
		if k := s.inMention[i]; k >= 0 {
			if s.ms[k].ent < 0 || s.prep[k] {
				return -1
			}
			return k
		}
		if !t.word || clauseWords[t.low] || preps[t.low] || lexicon[t.low] != nil {
			return -1
		}
	}
	return -1
}

// sameEntity reports whether mention k names the entity of one of the
// mentions ms: "the United States ... the White House".
func (s *sent) sameEntity(ms []int, k int) bool {
	for _, m := range ms {
		if s.ms[m].ent >= 0 && s.ms[m].ent == s.ms[k].ent {
			return true
		}
	}
	return false
}

// attributionAfter reports whether the comma at i opens a closing
// attribution: ", the White House said." / ", officials said."
func (s *sent) attributionAfter(i int) bool {
	for j := i + 1; j < len(s.toks) && j <= i+8; j++ {
		switch s.toks[j].low {
		case "said", "says", "told", "reported", "added", "according":
			return true
		}
		if !s.toks[j].word || clauseWords[s.toks[j].low] {
			return false
		}
	}
	return false
}

// quoteBefore reports whether a quotation mark stands before token h in
// the sentence.
func (s *sent) quoteBefore(h int) bool {
	for i := 0; i < h; i++ {
		if s.toks[i].quote {
			return true
		}
	}
	return false
}

// relativeBefore reports whether the comma at a closes a non-restrictive
// relative clause: "Russia, France and the United States, which co-chair
// the OSCE Minsk Group, called": the actors inside are not the subject.
func (s *sent) relativeBefore(a int) bool {
	for b := a - 1; b > 0 && b >= a-12; b-- {
		if s.toks[b].quote || s.toks[b].text == ";" {
			return false
		}
		if s.toks[b].text == "," {
			w := s.toks[b+1].low
			return w == "which" || w == "who"
		}
	}
	return false
}

// ease are the adjectives whose infinitive names an act as possible or
// not, without doing it.
var ease = map[string]bool{"hard": true, "harder": true, "hardest": true, "easy": true, "easier": true,
	"difficult": true, "impossible": true, "possible": true, "unable": true, "able": true, "free": true}

// controlVerbs take an object and an infinitive that the object has not
// done: "required X to withdraw", "expects X to attend".
var controlVerbs = map[string]bool{"require": true, "required": true, "requires": true, "requiring": true,
	"expect": true, "expected": true, "expects": true, "want": true, "wanted": true, "wants": true,
	"need": true, "needed": true, "needs": true, "ask": true, "asked": true, "asks": true, "asking": true,
	"invite": true, "invited": true, "invites": true, "encourage": true, "encouraged": true, "encourages": true,
	"allow": true, "allowed": true, "allows": true, "permit": true, "permitted": true, "permits": true}

// controlled reports whether the verb at h is the infinitive of a control
// verb whose object stands between: "required Armenian troops to
// withdraw". Only a short object (at most six words, no comma) is crossed.
func (s *sent) controlled(h int) bool {
	if h < 3 || s.toks[h-1].low != "to" {
		return false
	}
	for i := h - 2; i >= 0 && i >= h-8; i-- {
		t := s.toks[i]
		if controlVerbs[t.low] {
			return i < h-2 // an object between: "wants to attack" is the subject's own intent
		}
		if !t.word || clauseWords[t.low] || t.low == "and" || s.inMention[i] < 0 && lexicon[t.low] != nil && !nounish[t.low] {
			return false
		}
	}
	return false
}

// connectiveOf are the words that make "of" a connective rather than the
// complement of a judging verb: "closed its borders because of fighting"
// names a cause, not an act the target is charged with.
var connectiveOf = map[string]bool{"because": true, "instead": true, "ahead": true, "spite": true, "regardless": true, "outside": true}

// speakerClaim reports whether a verb of class class, written w, is a
// claim a speaker goes on to make after reporting an act: condemning,
// accusing, warning; "threatened" after a reported act is more often the
// actor's own.
func speakerClaim(class, w string) bool {
	if class == "threaten" {
		return strings.HasPrefix(w, "warn")
	}
	return claimClasses[class]
}

// reportingVerb reports whether w is a finite statement verb ("said",
// "says", "reported") that can open a reported clause without "that".
func reportingVerb(w string) bool {
	for _, e := range lexicon[w] {
		if (e.class == "say" || e.class == "report") && e.form&(fPast|f3s) != 0 {
			return true
		}
	}
	return false
}

// object finds the first actor right of the trigger within the clause.
func (s *sent) object(from int, src []int, stopAtComma bool) int {
	return s.objectThat(from, src, stopAtComma, false)
}

// objectThat is object, optionally looking into a "that" clause: "demanded
// that the US cancel".
func (s *sent) objectThat(from int, src []int, stopAtComma, that bool) int {
	thatAt := -1
	for i := from; i < len(s.toks) && i < from+18; i++ {
		t := s.toks[i]
		if t.low == "that" && thatAt < 0 {
			thatAt = i
		}
		// "warned that the rainy season will make it harder to deliver
		// supplies to Darfur": in a "that" clause only its subject is
		// whom the verb is about
		if thatAt >= 0 && i > thatAt+5 {
			return -1
		}
		// "struck what New Delhi said was a camp inside Pakistan": the
		// attribution inside a free relative is no object
		if t.low == "what" {
			if e := attributedWhat(s.toks, i); e > 0 {
				i = e
				continue
			}
		}
		if k := s.inMention[i]; k >= 0 {
			if s.ms[k].ent < 0 {
				i = s.ms[k].j - 1
				continue
			}
			same := false
			for _, x := range src {
				if x == k {
					same = true
				}
			}
			if !same {
				return k
			}
			i = s.ms[k].j - 1
			continue
		}
		if t.quote || t.text == ";" || t.text == ":" || t.text == "(" || (t.text == "," && stopAtComma) || (clauseWords[t.low] && (t.low != "that" || !that)) || t.low == "by" && i <= from {
			return -1
		}
		// "but he stopped the attack": a new clause, its own actors
		if t.low == "said" || t.low == "says" || t.low == "according" || t.low == "but" || adjunctWords[t.low] {
			return -1
		}
		// "talks hosted by China": an agent phrase, not the object
		if t.low == "by" && i > from && strings.HasSuffix(s.toks[i-1].low, "ed") {
			return -1
		}
		if i > from && s.adjunctAt(i) {
			return -1
		}
		// "met Pope Francis ... and asked him to back Kyiv's plan": a
		// coordinated verb starts its own object
		// ("fired on and seized three ships": a shared object)
		if t.low == "and" && i > 0 && !preps[s.toks[i-1].low] && i+1 < len(s.toks) && finiteVerb(s.toks[i+1]) && s.inMention[i+1] < 0 {
			return -1
		}
	}
	return -1
}

// finiteVerb reports whether t is a past or third-person form of an event
// verb, not a word that is also a noun.
func finiteVerb(t token) bool {
	if !t.word || t.cap || nounish[t.low] {
		return false
	}
	for _, e := range lexicon[t.low] {
		if e.form&(fPast|f3s) != 0 {
			return true
		}
	}
	return false
}

// purposeAdjuncts are the nouns of "in X of/to/for/with" phrases that give
// a reason, not a target: "in response to", "in support of Palestinians".
var purposeAdjuncts = map[string]bool{"response": true, "retaliation": true, "support": true, "solidarity": true,
	"reprisal": true, "revenge": true}

// adjunctAt reports whether token i opens a phrase whose actors are not the
// object of the verb before it: a participle clause after a comma
// (", saying they acted in support of Palestinians"), a purpose phrase
// ("in response to attacks by X"), or a predicate after "as" ("condemned
// the strikes as a violation of Yemen's sovereignty").
func (s *sent) adjunctAt(i int) bool {
	t := s.toks[i]
	if i+1 >= len(s.toks) {
		return false
	}
	nx := s.toks[i+1]
	switch {
	case t.text == ",":
		return s.inMention[i+1] < 0 && gerundAt(s.toks, i+1)
	case t.low == "in":
		return purposeAdjuncts[nx.low] && i+2 < len(s.toks) && (s.toks[i+2].low == "to" || s.toks[i+2].low == "of" ||
			s.toks[i+2].low == "for" || s.toks[i+2].low == "with" || s.toks[i+2].low == "against")
	case t.low == "as":
		return (nx.low == "a" || nx.low == "an") && s.toks[i-1].low != "such"
	}
	return false
}

// chargeClasses take "V someone of/for something": "accused Western
// countries of failing to ease restrictions on Russian food".
var chargeClasses = map[string]bool{"accuse": true, "criticize": true, "condemn": true}

// chargeBefore reports whether the tokens in [from, end) hold the charge of
// a charge verb: "of"/"for"/"with" after an object that names no actor,
// opening a gerund ("of failing") or a phrase with no actor near its start
// ("of war crimes"). An actor found after it is inside the charge, not the
// one charged: the one charged is unnamed ("Western countries").
func (s *sent) chargeBefore(from, end int) bool {
	for p := from + 1; p < end && p+1 < len(s.toks); p++ {
		w := s.toks[p].low
		if (w != "of" && w != "for" && w != "with") || !s.toks[p-1].word || s.inMention[p-1] >= 0 {
			continue
		}
		nx := s.toks[p+1]
		if !nx.cap && strings.HasSuffix(nx.low, "ing") {
			return true
		}
		near := false
		for q := p + 1; q < len(s.toks) && q <= p+3; q++ {
			if s.inMention[q] >= 0 {
				near = true
				break
			}
		}
		if !near {
			return true
		}
	}
	return false
}

// inCharge reports whether token i lies inside the charge of an
// accusation ending at from: after "of"/"for" + gerund, in the same clause,
// within ten words ("accused India of sponsoring militant attacks").
func (s *sent) inCharge(from, i int) bool {
	open := false
	for p := from; p < i && p < len(s.toks); p++ {
		t := s.toks[p]
		if t.quote || t.text == "," || t.text == ";" || clauseWords[t.low] || t.low == "but" {
			return false
		}
		if (t.low == "of" || t.low == "for") && p+1 < len(s.toks) && !s.toks[p+1].cap && strings.HasSuffix(s.toks[p+1].low, "ing") {
			open = true
		}
	}
	return open && i-from <= 10
}

// attributedWhat returns the index of the last word of "what X said was",
// "what it described as", "what officials called" starting at i ("what"),
// or 0.
func attributedWhat(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		w := toks[k].low
		if !toks[k].word {
			return 0
		}
		switch w {
		case "said", "says", "claimed", "claims", "believed", "believes", "alleged", "alleges":
			if k+1 < len(toks) && beForms[toks[k+1].low] {
				return k + 1
			}
			return 0
		case "described", "describes", "called", "calls", "termed", "terms":
			if k+1 < len(toks) && toks[k+1].low == "as" {
				return k + 1
			}
			return k
		}
	}
	return 0
}

// adjunctWords open adverbial phrases and clauses: no object lies beyond.
var adjunctWords = map[string]bool{"after": true, "before": true, "since": true, "during": true, "despite": true,
	"amid": true, "following": true, "because": true, "until": true}

// agentAfterBy finds the agent of a passive verb: "was accused by X".
func (s *sent) agentAfterBy(from int) int {
	for i := from; i < len(s.toks) && i < from+8; i++ {
		if s.toks[i].low == "by" {
			for j := i + 1; j < len(s.toks) && j < i+8; j++ {
				if k := s.inMention[j]; k >= 0 {
					return k
				}
				if s.toks[j].text == "," || s.toks[j].text == ";" {
					return -1
				}
			}
			return -1
		}
		if s.toks[i].text == "," || s.toks[i].text == ";" {
			return -1
		}
	}
	return -1
}

// combatNouns name a fight between two sides.
var combatNouns = map[string]bool{"clash": true, "clashes": true, "fighting": true, "gunfight": true, "gunfights": true, "firefight": true,
	"battle": true, "battles": true, "skirmish": true, "skirmishes": true, "gunbattle": true, "shootout": true, "confrontation": true, "exchange": true}

// combatPartner finds the other side of a fight a passive violent verb
// happened in: "killed in a clash with Chinese troops", "wounded in
// fighting with jihadists", "killed in an exchange of fire with police".
func (s *sent) combatPartner(from int) int {
	if from >= len(s.toks) || s.toks[from].low != "in" {
		return -1
	}
	for i := from + 1; i < len(s.toks) && i < from+7; i++ {
		w := s.toks[i].low
		if w == "with" {
			if i == from+1 || !combatNouns[s.toks[i-1].low] && !(i > from+3 && s.toks[i-2].low == "of" && combatNouns[s.toks[i-3].low]) {
				return -1
			}
			for j := i + 1; j < len(s.toks) && j < i+5; j++ {
				if k := s.inMention[j]; k >= 0 {
					return k
				}
				if !s.toks[j].word {
					return -1
				}
			}
			return -1
		}
		if !s.toks[i].word || clauseWords[w] {
			return -1
		}
	}
	return -1
}

// isPassive reports whether the verb at h is a passive participle.
func (s *sent) isPassive(tr trigger) bool {
	if _, k := comeUnder(s.toks, tr.head); k > 0 {
		return true
	}
	if tr.form&fPP == 0 || tr.nominal || beAdjective[s.toks[tr.head].low] {
		return false
	}
	for i := tr.head - 1; i >= 0 && i >= tr.head-4; i-- {
		w := s.toks[i].low
		if beForms[w] {
			return true
		}
		if !auxes[w] {
			break
		}
	}
	// "three Iraqi soldiers killed in the blast": killing verbs take an
	// object, so right before a preposition they are passive
	// ("killed at least 30 villagers" is active: a count, not a place)
	if tr.class == "kill" && tr.j < len(s.toks) && tr.head > 0 && s.inMention[tr.head-1] >= 0 && killPassiveNext[s.toks[tr.j].low] &&
		!(tr.j+1 < len(s.toks) && s.toks[tr.j].low == "at" && (s.toks[tr.j+1].low == "least" || s.toks[tr.j+1].low == "most")) {
		return true
	}
	// "rebels backed by Iran", "the convoy attacked by jets": a reduced
	// relative with its agent is passive
	// ("Moscow retaliated by expelling": "by" before a gerund is the
	// means, not the agent)
	if tr.j < len(s.toks) && s.toks[tr.j].low == "by" && tr.head > 0 && !(tr.j+1 < len(s.toks) && strings.HasSuffix(s.toks[tr.j+1].low, "ing") && s.inMention[tr.j+1] < 0) {
		p := s.toks[tr.head-1]
		if s.inMention[tr.head-1] >= 0 || p.word && !p.cap && (lexicon[p.low] == nil || nominals[p.low] != "" && tr.head > 1 && (dets[s.toks[tr.head-2].low] || !s.toks[tr.head-2].word)) && !auxes[p.low] && !pronouns[p.low] && !preps[p.low] && !dets[p.low] && p.low != "and" && p.low != "who" && p.low != "which" && p.low != "that" {
			return true
		}
	}
	return false
}

func (s *sent) negatedAt(h int) bool {
	for i := h - 1; i >= 0 && i >= h-4; i-- {
		w := s.toks[i].low
		if negWords[w] {
			return true
		}
		if s.inMention[i] >= 0 || !auxes[w] && w != "longer" {
			if w == "failed" || w == "refused" {
				return true
			}
			if w != "to" {
				return false
			}
		}
	}
	return false
}

// intent reports a future or intended act: "will withdraw", "is ready to send".
func (s *sent) intent(h int) bool {
	// "is prepared to lead a force in Haiti and to send police": a
	// coordinated infinitive shares the intention of the first
	if h >= 3 && s.toks[h-1].low == "to" && (s.toks[h-2].low == "and" || s.toks[h-2].low == "or") {
		for a := h - 4; a >= 0 && a >= h-16; a-- {
			t := s.toks[a]
			if !t.word || clauseWords[t.low] || t.quote {
				break
			}
			if t.low == "to" {
				return s.intent(a + 1)
			}
		}
	}
	for i := h - 1; i >= 0 && i >= h-4; i-- {
		w := s.toks[i].low
		if intentPre[w] {
			// a modal takes a bare verb: before a past form with no
			// "be" or "have" between, "May" and "Will" are names ("May
			// also suspended contacts": Theresa May; seventh round)
			return !pastOnly(s.toks[h].low) || beOrHave(s.toks[i+1:h])
		}
		// ("will begin withdrawing": the aspect verb is transparent)
		if !auxes[w] && w != "to" && w != "be" && w != "not" && !(aspectVerbs[w] && i == h-1) {
			return false
		}
	}
	return false
}

// preparing reports whether the act at h is what its actor prepares to
// do: "prepared to resume shelling", "are preparing to attack" (not "is
// prepared to": a willingness).
func (s *sent) preparing(h int) bool {
	for i := h - 1; i >= 1 && i >= h-4; i-- {
		switch w := s.toks[i].low; w {
		case "preparing", "prepares", "prepare":
			return s.toks[i+1].low == "to"
		case "prepared":
			return s.toks[i+1].low == "to" && !beForms[s.toks[i-1].low] && !auxes[s.toks[i-1].low]
		}
	}
	return false
}

// afterAnd reports whether the verb at h follows "and"/"or"/"but"
// directly (over auxiliaries and adverbs).
func (s *sent) afterAnd(h int) bool {
	for i := h - 1; i >= 0 && i >= h-5; i-- {
		w := s.toks[i].low
		if w == "and" || w == "or" || w == "but" {
			return true
		}
		if !auxes[w] && !(strings.HasSuffix(w, "ly") && s.inMention[i] < 0 && lexicon[w] == nil) && !dateAdverbial[w] {
			return false // adverbs too: "and seriously wounded six"; dates: "and on Wednesday rejected"
		}
	}
	return false
}

// dateAdverbial are the words of short date phrases that may stand
// between "and" and its verb: "and on Wednesday rejected", "and last week
// revoked".
var dateAdverbial = map[string]bool{"on": true, "last": true, "this": true, "week": true, "month": true, "year": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"later": true, "earlier": true, "then": true, "yesterday": true, "today": true, "overnight": true}

var helpVerbs = map[string]bool{"help": true, "helped": true, "helping": true, "helps": true}

// finiteHelp are the finite forms of "help": "helped impound" is an act
// done with others, "to help rebuild" a purpose.
var finiteHelp = map[string]bool{"helped": true, "helps": true}

// commaBetween reports whether a comma, semicolon or quote lies in [a, b).
func (s *sent) commaBetween(a, b int) bool {
	for i := a; i < b && i < len(s.toks); i++ {
		if s.toks[i].text == "," || s.toks[i].text == ";" || s.toks[i].quote {
			return true
		}
	}
	return false
}

// andBefore returns the resolved actor joined by "and" before the
// unresolved mention k ("X and a group of deputies", "X and other
// officials"), or -1.
func (s *sent) andBefore(k int) int {
	for i := s.ms[k].i - 1; i > 0 && i >= s.ms[k].i-5; i-- {
		switch w := s.toks[i].low; {
		case w == "and":
			if m := s.inMention[i-1]; m >= 0 && s.ms[m].ent >= 0 && !s.prep[m] {
				return m
			}
			return -1
		case dets[w] || w == "group" || w == "of" || w == "members" || w == "number" || w == "other" || w == "senior":
		default:
			return -1
		}
	}
	return -1
}

var killPassiveNext = map[string]bool{"in": true, "at": true, "during": true, "near": true, "on": true, "when": true,
	"while": true, "last": true, "yesterday": true, "overnight": true}

// protestNouns name a protest.
var protestNouns = map[string]bool{"demonstration": true, "demonstrations": true, "rally": true, "rallies": true,
	"march": true, "marches": true, "protest": true, "protests": true, "strike": true, "strikes": true, "sit-in": true}

// protestNounBefore reports whether a noun naming a protest stands in the
// clause before the infinitive at h (up to 20 words back).
func (s *sent) protestNounBefore(h int) bool {
	for i := h - 2; i >= 0 && i >= h-20; i-- {
		t := s.toks[i]
		if t.text == ";" || t.quote || clauseWords[t.low] {
			return false
		}
		if protestNouns[t.low] && i > 0 && (dets[s.toks[i-1].low] || nounDets[s.toks[i-1].low]) {
			return true
		}
	}
	return false
}

// resortVerbs take the act their subject does as a gerund after "to".
var resortVerbs = map[string]bool{"resort": true, "resorted": true, "resorts": true, "resorting": true,
	"turned": true, "turn": true, "turns": true, "returned": true, "return": true, "returns": true,
	"reverted": true, "revert": true}

// resortTo reports whether the gerund at h is the act of a catenative verb
// through "to": "youths resorted to throwing stones", "the rebels
// returned to fighting".
func (s *sent) resortTo(h int) bool {
	return h >= 2 && s.toks[h-1].low == "to" && resortVerbs[s.toks[h-2].low]
}

// relativeAntecedent returns the actor of the noun a "which"/"that"
// relative before the verb at h is about ("Russian and Belarusian
// military exercises, which Warsaw called"), or -1: the last actor
// within six words before the pronoun.
func (s *sent) relativeAntecedent(h int) int {
	for i := h - 1; i >= 1 && i >= h-6; i-- {
		if w := s.toks[i].low; w == "which" || w == "that" {
			for j := i - 1; j >= 0 && j >= i-6; j-- {
				if k := s.inMention[j]; k >= 0 && s.ms[k].ent >= 0 {
					return k
				}
				if s.toks[j].quote || s.toks[j].text == ";" {
					return -1
				}
			}
			return -1
		}
	}
	return -1
}

// chargedAntecedent returns the antecedent of a relative clause whose
// own subject does the charge at h ("Colombia, which he accused of",
// "Gulen, whom it accuses of"): the mention right before ", which" or
// ", whom", when only the subject and auxiliaries stand between the
// relative word and the verb; else -1.
func (s *sent) chargedAntecedent(h int) int {
	for i := h - 1; i >= 2 && i >= h-5; i-- {
		w := s.toks[i].low
		if w == "which" || w == "whom" {
			if s.toks[i-1].text != "," || i+1 >= h {
				return -1
			}
			if k := s.inMention[i-2]; k >= 0 && s.ms[k].ent >= 0 {
				return k
			}
			return -1
		}
		if !s.toks[i].word || s.inMention[i] < 0 && !auxes[w] && !pronouns[w] {
			return -1
		}
	}
	return -1
}

// judgingClasses judge another's act: their "in what X called" clause
// is aimed at its author.
var judgingClasses = map[string]bool{"criticize": true, "condemn": true, "accuse": true, "reject": true, "deny": true}

// inWhat reports whether the verb at h is that of an "in what" clause,
// with its subject between: "in what Kyiv called a war crime", "in what
// the UN's human rights office described as".
func (s *sent) inWhat(h int) bool {
	for i := h - 1; i >= 1 && i >= h-8; i-- {
		t := s.toks[i]
		if t.low == "what" {
			return i < h-1 && s.toks[i-1].low == "in"
		}
		if !t.word && t.text != "'s" || clauseWords[t.low] || reportingVerb(t.low) {
			return false
		}
	}
	return false
}

// ownInfinitive reports whether the infinitive at h is the complement of
// a vow coordinated right before it, after the event that ends at
// prevEnd: "rejected the plan and vowed to keep up protests", "condemned
// the raid but pledged to continue talks". The vow takes the
// infinitive, not the event before "and". (Other verbs there, as in
// "met and decided to approve", were left as they were: PLOVER codes
// that act by what the plan does.)
func (s *sent) ownInfinitive(h, prevEnd int) bool {
	if h < 3 || prevEnd > h-3 || s.toks[h-1].low != "to" {
		return false
	}
	c := s.toks[h-3].low
	return (c == "and" || c == "but") && vowForms[s.toks[h-2].low]
}

// inInfinitive reports whether the verb at h follows "and" inside an
// infinitive opened by "to" + a lower-case word earlier in the clause
// (up to 12 words back, no comma, quote or clause word between).
func (s *sent) inInfinitive(h int) bool {
	if h < 3 || s.toks[h-1].low != "and" && s.toks[h-1].low != "or" {
		return false
	}
	for a := h - 3; a >= 0 && a >= h-12; a-- {
		t := s.toks[a]
		if !t.word || clauseWords[t.low] || t.quote {
			return false
		}
		if t.low == "to" {
			n := s.toks[a+1]
			return n.word && !n.cap && !dets[n.low] && !nounDets[n.low] && s.inMention[a+1] < 0 && !strings.HasSuffix(n.low, "ing")
		}
	}
	return false
}

// coordInfinitive reports whether the verb at h is coordinated with an
// infinitive: "to land and evacuate", "to unite and mobilize".
func (s *sent) coordInfinitive(h int) bool {
	if h < 3 || s.toks[h-1].low != "and" && s.toks[h-1].low != "or" {
		return false
	}
	for a := h - 3; a >= 0 && a >= h-4; a-- {
		if !s.toks[a+1].word {
			return false
		}
		if s.toks[a].low == "to" {
			return true
		}
	}
	return false
}

// pronounSubject reports whether the verb at h has "it", "they" or "we"
// as its subject.
func (s *sent) pronounSubject(h int) bool {
	for i := h - 1; i >= 0 && i >= h-5; i-- {
		w := s.toks[i].low
		switch w {
		case "it", "they", "we":
			return true
		case "he", "she":
			// "The prosecutor of the court said that he was opening
			// an investigation": a pronoun no named person resolves
			// is the speaker (a resolved one is left to its person);
			// only opening the reported clause ("said (that) he")
			if k := s.inMention[i]; (k < 0 || s.ms[k].ent < 0) && i > 0 && (s.toks[i-1].low == "that" || reportingVerb(s.toks[i-1].low)) {
				return true
			}
			return false
		}
		// "Aliyev said his troops had captured the town": the
		// speaker's own forces
		st := i // "its air force": the possessive before the whole noun
		if k := s.inMention[i]; k >= 0 && s.ms[k].ent < 0 {
			st = s.ms[k].i
		} else if i > 1 && s.toks[i-1].word && !s.toks[i-1].cap && s.inMention[i-1] < 0 && !possessives[s.toks[i-1].low] {
			st = i - 1
		}
		if forceNouns[w] && st > 0 && possessives[s.toks[st-1].low] {
			return true
		}
		if !auxes[w] && !intentPre[w] && w != "to" && w != "not" && w != "be" {
			return false
		}
	}
	return false
}

// forceNouns name a state's armed or official bodies, which a possessive
// ties to the speaker: "its forces", "his troops".
var forceNouns = map[string]bool{"forces": true, "force": true, "troops": true, "army": true, "military": true, "soldiers": true,
	"jets": true, "warplanes": true, "warships": true, "aircraft": true, "drones": true, "artillery": true, "helicopters": true, "navy": true, "police": true, "fighters": true, "units": true,
	"government": true, "officials": true, "diplomats": true}

var possessives = map[string]bool{"its": true, "his": true, "her": true, "their": true, "our": true}

// inCondition reports whether token h is inside an "if"/"unless" clause.
func (s *sent) inCondition(h int) bool {
	for i := h - 1; i >= 0; i-- {
		w := s.toks[i].low
		if w == "if" || w == "unless" || w == "whether" {
			return true
		}
		if s.toks[i].text == "," || s.toks[i].text == ";" || s.toks[i].quote {
			return false
		}
	}
	return false
}

// modal returns the modal verb of a hypothetical act before h.
func (s *sent) modal(h int) string {
	for i := h - 1; i >= 0 && i >= h-3; i-- {
		w := s.toks[i].low
		switch w {
		case "should", "must", "could", "might", "can", "cannot":
			return w
		case "would":
			// "it would have killed 150 people": what did not happen
			if i+1 < h && s.toks[i+1].low == "have" {
				return "would have"
			}
		}
		if !auxes[w] && !(aspectVerbs[w] && i == h-1) {
			return "" // ("should continue visiting": modal too)
		}
	}
	return ""
}

func (s *sent) condition(from int) bool {
	for i := from; i < len(s.toks); i++ {
		if s.toks[i].low == "unless" {
			return true
		}
	}
	return false
}

// plainFuture are the modals of a decision stated, not of a plan, a
// willingness, a possibility or a vow (see intentPre; PLOVER codes
// "plans to impose restrictions" a threat).
var plainFuture = map[string]bool{"will": true, "would": true, "shall": true}

// announcedMeasure reports whether the future sanction at h is a decision
// announced rather than a threat. CAMEO codes an announced measure as the
// measure (ANNOUNCE SANCTIONS 163, RESTRICTIONS 160, CLOSING OF EMBASSY
// 161: "will expel 23 diplomats", "said it would suspend talks with the
// EU") and a threat only when it is conditional ("would expel the
// ambassador if"), warned, vowed or promised ("warned it would impose",
// "promised that Washington would impose"), or a boycott (SAY BOYCOTT
// 1312: "said they would boycott all contact"). A withdrawal of one's own
// staff announced ahead stays a threat too, as PLOVER codes it ("announced
// that he will withdraw weapons inspectors from Iraq").
func (s *sent) announcedMeasure(h int) bool {
	if w := s.toks[h].low; strings.HasPrefix(w, "boycott") || strings.HasPrefix(w, "withdr") {
		return false
	}
	for i := h + 1; i < len(s.toks); i++ {
		if w := s.toks[i].low; w == "if" || w == "unless" {
			return false
		}
	}
	m := -1
	for i := h - 1; i >= 0 && i >= h-4; i-- {
		if intentPre[s.toks[i].low] {
			m = i
			break
		}
	}
	if m < 0 || !plainFuture[s.toks[m].low] {
		return false
	}
	for i := m - 1; i >= 0 && i >= m-12; i-- {
		w := s.toks[i].low
		for _, p := range []string{"warn", "threat", "vow", "promis", "pledg", "swor"} {
			if strings.HasPrefix(w, p) {
				return false
			}
		}
	}
	return true
}

// code turns the triggers of a sentence into events.
func (x *Extractor) code(d *doc, s *sent, trs []trigger) []coded {
	var out []coded
	for ti, tr := range trs {
		c := coded{trig: tr, class: tr.class}
		h := tr.head
		prev := -1
		for p := len(out) - 1; p >= 0; p-- {
			if !out[p].noActors {
				prev = p
				break
			}
		}
		// Complements of another event word: "threatened to impose",
		// "agreed to set up", "called on X to withdraw".
		// "sent 21 personnel to Bosnia on Wednesday to investigate": the
		// purpose names the act
		if h > 0 && s.toks[h-1].low == "to" && prev >= 0 && h-out[prev].trig.j <= 12 && !out[prev].trig.nominal && c.class == "investigate" && (out[prev].class == "aid" || out[prev].class == "mobilize") {
			out[prev].class = "investigate"
			continue
		}
		// "demanded parties to the conflict in Iraq to allow": what is
		// asked of someone may lie further on, within the clause
		if h > 0 && s.toks[h-1].low == "to" && prev >= 0 && !s.ownInfinitive(h, out[prev].trig.j) && (h-out[prev].trig.j <= 6 || (out[prev].class == "demand" || out[prev].class == "appeal") && h-out[prev].trig.j <= 12 && !s.commaBetween(out[prev].trig.j, h)) && !out[prev].trig.nominal && out[prev].class != "say" && out[prev].class != "report" {
			// the complement gives the matrix event its target
			if len(out[prev].tgt) == 0 && out[prev].class != "say" && out[prev].class != "report" && !out[prev].intransitive {
				if o := s.object(tr.j, out[prev].src, true); o >= 0 {
					out[prev].tgt = s.group(o)
				}
			}
			continue
		}
		// "to help him oust the general", "helped Iraq rebuild": the
		// bare infinitive after "help" is what is helped, not done
		// ("British marines helped impound an Iranian tanker": a
		// finite "helped" right before the verb, with no one helped
		// between, says the subject took part in the act, which is
		// theirs)
		if h >= 2 && (helpVerbs[s.toks[h-1].low] && !finiteHelp[s.toks[h-1].low] || helpVerbs[s.toks[h-2].low] && (pronouns[s.toks[h-1].low] || s.toks[h-1].low == "him" || s.toks[h-1].low == "them" || s.inMention[h-1] >= 0)) {
			continue
		}
		// "refused to allow planes to land and evacuate": a verb
		// coordinated inside an infinitive complement is part of it
		if prev >= 0 && !out[prev].trig.nominal && out[prev].class != "say" && out[prev].class != "report" && h-out[prev].trig.j <= 12 && s.coordInfinitive(h) {
			continue
		}
		// "demanding a UN presence to protect them against X and
		// prevent a war": a bare verb after "and" inside a purpose
		// infinitive is part of it (a finite "and arrested" is not)
		if tr.form&fBase != 0 && tr.form&(fPast|f3s) == 0 && s.inInfinitive(h) {
			continue
		}
		if tr.nominal && tr.class == "recognize" {
			continue // "US-PRC relations", "their ties": a state, not an act
		}
		// "warned that it would take resolute countermeasures", "warned
		// the EU that it would retaliate": the retaliation is the content
		// of the warning, one threat
		if tr.class == "threaten" && (strings.HasPrefix(s.toks[h].low, "tak") || s.toks[h].low == "would" || s.toks[h].low == "will") && prev >= 0 && out[prev].class == "threaten" && h-out[prev].trig.j <= 10 {
			continue
		}
		// "warned the EU that it would retaliate": the warning's
		// content; "retaliated by sanctioning ten MEPs": the sanction is
		// the retaliation, coded as itself
		if strings.HasPrefix(s.toks[h].low, "retaliat") && !tr.nominal {
			if prev >= 0 && out[prev].class == "threaten" && h-out[prev].trig.j <= 10 {
				continue
			}
			if tr.j+1 < len(s.toks) && s.toks[tr.j].low == "by" && strings.HasSuffix(s.toks[tr.j+1].low, "ing") && s.inMention[tr.j+1] < 0 {
				continue
			}
			// "retaliated, destroying several posts": the participle
			// is the retaliation, coded as itself
			if tr.j+1 < len(s.toks) && s.toks[tr.j].text == "," && destroyedTarget(s.toks, tr.j+1) > 0 {
				continue
			}
		}
		// "accused India of sponsoring militant attacks in Balochistan":
		// acts named inside the charge are alleged, not reported ("accused
		// Britain of lying and expelled two diplomats": a finite verb after
		// "and" is the accuser's next act)
		if prev >= 0 && out[prev].class == "accuse" && !claimClasses[tr.class] && tr.class != "say" && tr.class != "report" &&
			!(tr.form&fPast != 0 && !tr.nominal && s.afterAnd(h)) && s.inCharge(out[prev].trig.j, tr.i) {
			continue
		}
		if tr.drawnFrom > 0 {
			// "the Houthi attack on a British ship drew condemnation from
			// Washington": the reaction's source follows "from"; its
			// target is the author of the act that drew it, else the
			// subject's actor ("North Korea's missile launch drew ...")
			o := s.object(tr.drawnFrom+1, nil, true)
			if o < 0 || s.ms[o].ent < 0 {
				continue
			}
			c.src = s.group(o)
			for p := len(out) - 1; p >= 0; p-- {
				if out[p].trig.nominal && len(out[p].src) > 0 && out[p].trig.i < tr.i {
					c.tgt = out[p].src
					break
				}
			}
			if len(c.tgt) == 0 {
				for k, m := range s.ms {
					if m.i >= tr.i {
						break
					}
					if m.ent >= 0 && !s.prep[k] {
						c.tgt = s.group(k)
						break
					}
				}
			}
			// "The arrest of Russian opposition leader Alexei Navalny by
			// police at a Moscow airport drew condemnation": an act no
			// one is named doing is the state's where it happened, the
			// country of the first placed words about it
			if !s.placed(d, c.tgt) {
				for _, m := range s.ms {
					if m.i >= tr.i {
						break
					}
					if m.ent >= 0 && d.ents[m.ent].Country != "" {
						c.tgt = []int{s.inMention[m.i]}
						break
					}
				}
			}
			out = append(out, c)
			continue
		}
		if tr.nominal && tr.class != "ceasefire_collapse" && tr.class != "fight" {
			// a bare noun: an event when an actor is attached
			// ("Israeli air raids", "Russia's bombing") or it has its
			// own date ("the bombing of a convoy last week").
			// "an attack by Azerbaijani troops on", "the arrest of
			// Navalny by police", "sanctions imposed by the US on": an
			// act noun with its agent named is a reported act, also as
			// the object of a verb ("dismissed an accusation by
			// Washington", "repelled an attack by X")
			agent := s.nounAgent(tr)
			objOf := false
			for p := len(out) - 1; p >= 0; p-- {
				if !out[p].trig.nominal && out[p].class != "say" && out[p].class != "report" && out[p].trig.j <= tr.i && tr.i-out[p].trig.j <= 8 {
					objOf = true
				}
			}
			// "Wang told his Indian counterpart in a phone call that":
			// the call is a consultation of the speaker and the one
			// spoken to (seventh round)
			if p := len(out) - 1; tr.class == "meet" && phoneCall(s.toks, h) && agent < 0 && p >= 0 && out[p].class != "meet" && len(out[p].src) > 0 &&
				len(out[p].tgt) > 0 && tr.i-out[p].trig.j <= 8 && h >= 3 && (s.toks[h-3].low == "in" || s.toks[h-3].low == "during") {
				c.src, c.tgt = out[p].src, out[p].tgt
				// placed before the statement, which stays the last act
				// for what follows ("that New Delhi should punish")
				out = append(out[:p], append([]coded{c}, out[p:]...)...)
				continue
			}
			if objOf && agent < 0 {
				// "opposed to French mediation": the object of a verb
				continue
			}
			// "ended without a peace deal": what an act lacked did not
			// happen (seventh round)
			if withoutBefore(s.toks, h) {
				continue
			}
			// "Talks between the foreign ministers of Armenia and
			// Azerbaijan": the parties to talks are their sources, with no
			// target, as for other symmetric acts (seventh round)
			if tr.class == "meet" && h+2 < len(s.toks) && s.toks[h+1].low == "between" {
				if c.src = s.betweenParties(h + 2); len(c.src) > 0 {
					out = append(out, c)
					continue
				}
			}
			if m := s.inMention[h]; m >= 0 && s.ms[m].ent >= 0 {
				c.src = s.group(m) // "U.S. and British strikes on"
			} else if h > 0 && s.inMention[h-1] >= 0 && s.ms[s.inMention[h-1]].ent >= 0 {
				c.src = []int{s.inMention[h-1]}
			} else if h > 1 && s.toks[h-1].low == "'s" && s.inMention[h-2] >= 0 {
				c.src = []int{s.inMention[h-2]}
			} else if agent >= 0 {
				c.src = s.group(agent)
			} else {
				c.noActors = true
			}
			// an act named without its actor ("an investigation of arms
			// sales to Croatia", "their ties with Israel") says nothing
			// of who did what to whom: kept for its date alone
			if len(c.src) > 0 {
				if o := s.nounPatient(tr, agent); o >= 0 && !contains(c.src, o) {
					c.tgt = s.group(o)
				}
			}
			// "the army repelled an attack by X": whoever repels an
			// attack was its target
			if len(c.src) > 0 && len(c.tgt) == 0 && (tr.class == "attack" || tr.class == "bomb") {
				if r := repelledBefore(s.toks, tr.i); r >= 0 {
					if sub := s.subject(r, false); sub >= 0 && s.ms[sub].ent >= 0 && !contains(c.src, sub) {
						c.tgt = s.group(sub)
					} else if prev >= 0 && s.pronounSubject(r) && (out[prev].class == "say" || out[prev].class == "report") && len(out[prev].src) > 0 {
						// "Armenia said its forces had repelled an
						// attack": the speaker's forces
						c.tgt = out[prev].src
					}
				}
			}
			out = append(out, c)
			continue
		}
		if tr.class == "ceasefire_collapse" || tr.class == "fight" {
			// parties: "a ceasefire brokered by the US and Russia",
			// "between X and Y"
			// parties: "a ceasefire between X and Y" are its sides; "a
			// ceasefire brokered by X and Y" names its sponsors, who did
			// not break it: they are the target
			for i := tr.i; i < tr.j; i++ {
				if (s.toks[i].low == "by" || s.toks[i].low == "between") && i+1 < len(s.toks) {
					if o := s.object(i+1, nil, true); o >= 0 {
						if s.toks[i].low == "by" {
							c.tgt = s.group(o)
						} else {
							c.src = s.group(o)
						}
					}
					break
				}
			}
			c.noActors = len(c.src) == 0 && len(c.tgt) == 0
			out = append(out, c)
			continue
		}
		// hypothetical acts: "should cooperate", "must return", "unless
		// Baghdad accepted its conditions"
		if md := s.modal(h); md != "" || s.inCondition(h) {
			continue
		}
		// "a lasting ceasefire required Armenian troops to withdraw": what
		// is required, asked or expected of someone is not done; nor is
		// what is hard or easy to do ("will make it harder to deliver
		// supplies")
		if s.controlled(h) || h > 1 && s.toks[h-1].low == "to" && ease[s.toks[h-2].low] {
			continue
		}
		// what is demanded of someone is no act of theirs: "demanded
		// that the US cancel", "urged Iraq to withdraw"
		if prev >= 0 && (out[prev].class == "demand" || out[prev].class == "appeal") {
			if sub := s.subject(h, false); sub >= 0 && contains(out[prev].tgt, sub) {
				continue
			}
		}
		// "to demand that Maduro step down", "until President Keita
		// resigns": what is demanded or expected has not happened
		// (eighth round)
		if s.mandated(h) || s.expected(tr) {
			continue
		}
		// "staged rallies to demand reforms", "demonstrated ... calling
		// for independence": the protest's own aim, not another event
		if prev >= 0 && out[prev].class == "protest" && (c.class == "demand" || c.class == "appeal" || c.class == "protest") &&
			(tr.form&fIng != 0 || h > 0 && s.toks[h-1].low == "to") {
			continue
		}
		// "thousands of demonstrators stayed in the streets, demanding
		// a civilian government": a crowd's demand is its protest
		// (CAMEO 14, "demonstrate for"), not a demand of its own
		// (ninth round)
		crowdAim := (c.class == "demand" || c.class == "appeal") && tr.form&fIng != 0 && h > 0 && s.toks[h-1].text == "," && s.crowdLeads(h)
		if crowdAim {
			c.class = "protest"
		}
		// "prevented the demonstration staged by students to protest
		// the decision": the aim of a protest named by a noun
		if c.class == "protest" && prev >= 0 && h > 0 && s.toks[h-1].low == "to" && s.protestNounBefore(h) {
			continue
		}
		// "according to X": X is the source of the sentence's claim
		if s.toks[h].low == "according" {
			if o := s.object(tr.j, nil, true); o >= 0 && s.ms[o].ent >= 0 {
				c.src = s.group(o)
				out = append(out, c)
			}
			continue
		}
		c.passive = s.isPassive(tr)
		coord, adjunct := -1, -1
		negCoord := false
		ing := tr.form&fIng != 0 && tr.form&(fPast|fBase) == 0
		switch {
		case c.passive:
			if a := s.agentAfterBy(tr.j); a >= 0 {
				c.src = s.group(a)
			} else if a := s.combatPartner(tr.j); a >= 0 && violent[c.class] {
				// "Twenty Indian soldiers were killed in a clash with
				// Chinese troops": the other side of the fight did it
				c.src = s.group(a)
			} else if _, k := comeUnder(s.toks, h); k > 0 && tr.j+1 < len(s.toks) && s.toks[tr.j].low == "from" {
				// "came under rocket fire from Gaza"
				if o := s.object(tr.j+1, nil, true); o >= 0 {
					c.src = s.group(o)
				}
			}
			if p := s.actNounSubject(out, h); p >= 0 && claimClasses[c.class] && !contains(out[p].src, firstOr(c.src)) {
				// "Azerbaijan's accusations against Armenia were rejected
				// by Yerevan", "Hungary's veto of an aid package for
				// Ukraine was criticised by Scholz": a stance on an act is
				// aimed at its author
				c.tgt = out[p].src
			} else if t := s.subject(h, true); t >= 0 && s.ms[t].ent >= 0 {
				c.tgt = s.group(t)
				if len(c.src) == 0 && c.class == "retreat" {
					// "guerrillas have been demobilized": the force
					// retreats itself
					c.src = c.tgt
				}
				if len(c.src) == 0 && (c.class == "coerce" || c.class == "investigate") {
					// "was arrested in Moscow", "has been put under
					// investigation in Italy": the authorities of the
					// place act (as for violence by unnamed hands)
					if o := s.object(tr.j, c.tgt, true); o >= 0 && s.prep[o] && (s.prepWord[o] == "in" || s.prepWord[o] == "across" || s.prepWord[o] == "throughout") && s.ms[o].ent >= 0 && !contains(c.tgt, o) {
						c.src = s.group(o)
					}
				}
			} else if o := s.object(tr.j, c.src, true); o >= 0 && materialClasses[c.class] {
				// "people were killed in Aleppo": the place
				c.tgt = s.group(o)
				if len(c.src) == 0 && c.class == "coerce" && s.prep[o] && (s.prepWord[o] == "in" || s.prepWord[o] == "across" || s.prepWord[o] == "throughout") &&
					s.ms[o].ent >= 0 && d.ents[s.ms[o].ent].Kind == KindCountry {
					// "1,300 people were detained across Russia": the
					// authorities of the place, against its people
					c.src = c.tgt
				}
			}
		case ing && h > 0 && s.toks[h-1].low == "of" && prev >= 0 && out[prev].class == "accuse":
			// "accused Russia of shelling the plant": an allegation,
			// not an act the text reports
			continue
		case ing && h > 0 && (s.toks[h-1].low == "for" || s.toks[h-1].low == "of" || s.toks[h-1].low == "over") && prev >= 0 && judging[out[prev].class] &&
			!(h > 1 && connectiveOf[s.toks[h-2].low]):
			// nested act: "retaliated against X for accusing Y"
			c.nested = true
			c.src = out[prev].tgt
			if len(c.src) == 0 && !chargeClasses[out[prev].class] {
				// "apologised for attacking": the speaker's own act;
				// "accused Western countries of supporting": the act of
				// the unnamed accused, not of the accuser
				c.src = out[prev].src
			}
		case prev < 0 && !ing && s.afterAnd(h) && s.mainSubject(h) >= 0 && s.quoteBefore(h):
			// 'Trump called the agreement "defective" and said': a verb
			// coordinated after a quotation shares the main subject
			c.src = s.group(s.mainSubject(h))
		case ing && h > 0 && s.toks[h-1].text == "," && prev < 0 && s.mainSubject(h) >= 0:
			// "Maduro gave American diplomats 72 hours to leave,
			// accusing Washington": the participle's subject is the
			// main clause's, whose verb names no event
			c.src = s.group(s.mainSubject(h))
		case ing && h > 0 && s.toks[h-1].text == "," && prev >= 0:
			// participle adjunct: ", adding that", ", calling it"; it
			// goes with the last verb, not a noun ("rejected as baseless
			// U.S. claims that ..., accusing Washington")
			for prev > 0 && out[prev].trig.nominal {
				prev--
			}
			if (out[prev].class == "say" || out[prev].class == "report" || c.class == "say") && s.mainSubject(h) >= 0 && !s.sameEntity(out[prev].src, s.mainSubject(h)) {
				// a statement reported inside the main clause ("U.S.
				// claims that") is not what the participle goes with,
				// and a speech participle goes with the speaker, not an
				// act in what was said ("told the channel that the
				// US-Russia brokered ceasefire was viable, adding")
				for p := prev - 1; p >= 0; p-- {
					if !out[p].trig.nominal && s.sameEntity(out[p].src, s.mainSubject(h)) {
						prev = p
						break
					}
				}
			}
			c.src = out[prev].src
			adjunct = prev
			c.anchored, c.anchor = true, out[prev].trig.head
			if c.class == "kill" && (out[prev].class == "attack" || out[prev].class == "bomb") {
				// ", killing 20": the toll of the same attack; victims
				// it names ("killing 13 U.S. service members") are whom
				// the attack hit, rather than the place it hit
				if o := s.object(tr.j, out[prev].src, true); o >= 0 && s.ms[o].ent >= 0 && !s.prep[o] &&
					(len(out[prev].tgt) == 0 || s.prep[out[prev].tgt[0]] && placePreps[s.prepWord[out[prev].tgt[0]]]) {
					out[prev].tgt = s.group(o)
				}
				continue
			}
			if c.class == out[prev].class && materialClasses[c.class] {
				continue // "imposed sanctions on Niger, closing borders": the same act in detail
			}
			if c.class == "say" && (out[prev].class == "say" || claimClasses[out[prev].class]) {
				continue // the same statement goes on
			}
		case ing && h > 0 && s.inMention[h-1] >= 0:
			c.src = s.group(s.inMention[h-1])
		case ing && h > 1 && s.toks[h-1].low == "by" && s.inMention[h-2] < 0 && s.subject(h-1, false) >= 0:
			// the means of the clause's act is the subject's own act:
			// "Moscow retaliated by expelling 40 German diplomats",
			// "Russia responded to the sanctions by banning imports";
			// not when the clause is only possible ("Washington would
			// break international law by attacking") or the gerund
			// names a manner ("by demonstrating his backing")
			sub := s.subject(h-1, false)
			if c.class == "protest" || s.modalBetween(s.ms[sub].j, h-1) {
				continue
			}
			c.src = s.group(sub)
		case ing && h > 0 && preps[s.toks[h-1].low] && !s.resortTo(h):
			continue // "for halting hostilities": an act named, not reported
		case prev >= 0 && s.pronounSubject(h) && len(out[prev].src) > 0 && (out[prev].class == "say" || out[prev].class == "report" || claimClasses[out[prev].class]):
			// "Hungary has said it will support": "it" is the speaker
			c.src = out[prev].src
		case prev >= 0 && !out[prev].trig.nominal && s.ownInfinitive(h, out[prev].trig.j):
			// "rejected the prime minister's offer and vowed to keep up
			// its rallies": the vow coordinated with the event before
			// "and" shares its subject (and its day)
			c.src = out[prev].src
			c.anchored, c.anchor = true, out[prev].trig.head
		case prev >= 0 && s.afterAnd(h) && !out[prev].trig.nominal:
			// "killed two youths and wounded five others": coordinated
			// verbs share the subject
			c.src = out[prev].src
			if sub := s.reportedSubject(out[prev], tr); sub >= 0 {
				// "Biden said the United States would not tolerate
				// attacks or allow ...": a bare verb after a statement
				// is coordinated inside the reported clause, with its
				// subject
				c.src = s.group(sub)
			}
			negCoord = s.negatedBeforeOr(out[prev].trig.j, h)
			c.anchored, c.anchor = true, out[prev].trig.head
			if ing && c.class == out[prev].class && materialClasses[c.class] && out[prev].trig.j < h && s.commaBetween(out[prev].trig.j, h) {
				continue // "imposed sanctions, closing borders and freezing assets"
			}
			if out[prev].passive && len(out[prev].tgt) > 0 {
				// "was indicted by the court ... and will resign": the
				// subject is the passive's patient
				c.src = out[prev].tgt
			}
			coord = prev
			// "the ministry said China had fired missiles and condemned
			// the drills": a claim after a reported act is the
			// speaker's, coordinated with the statement
			if speakerClaim(c.class, s.toks[h].low) && !claimClasses[out[prev].class] && out[prev].class != "say" {
				for sp := prev - 1; sp >= 0; sp-- {
					if (out[sp].class == "say" || out[sp].class == "report") && out[sp].trig.j <= out[prev].trig.i && len(out[sp].src) > 0 {
						c.src, coord = out[sp].src, sp
						break
					}
				}
			}
		default:
			if sub := s.subject(h, false); sub >= 0 {
				// another event verb between the subject and this one:
				// coordinated verbs share the subject ("accused X and
				// threatened Y")
				shared := false
				if prev >= 0 && out[prev].trig.head > s.ms[sub].j && out[prev].trig.head < h {
					shared = true
				}
				if shared {
					c.src = out[prev].src
				} else if s.ms[sub].ent >= 0 {
					c.src = s.group(sub)
				} else if a := s.andBefore(sub); a >= 0 {
					// "Laurent Fabius and a group of deputies held
					// talks": the named party of the pair
					c.src = s.group(a)
				}
			} else if claimClasses[tr.class] || tr.class == "say" {
				// inverted reporting clause: `..., said Peskov`. The
				// speaker stands right after the verb: in "UNOS says the
				// regulations put the federal government in charge" the
				// speaker is unknown, and the government is spoken of
				if o := s.object(tr.j, nil, true); o >= 0 && (tr.class == "say" || tr.class == "report") && o == s.nextMention(tr.j) && s.ms[o].i <= tr.j+3 {
					c.src = []int{o}
				}
			}
		}
		if !c.passive {
			stop := true
			if tr.class == "demand" || tr.class == "appeal" {
				stop = true
			}
			from := tr.j
			if tr.class == "say" || tr.class == "report" {
				// statements have an addressee only when told: "told X"
				if s.toks[h].low == "told" || s.toks[h].low == "tell" || s.toks[h].low == "tells" || s.toks[h].low == "telling" {
					if o := s.object(from, c.src, stop); o >= 0 && o == s.nextMention(from) && s.ms[o].i <= from+2 && s.ms[o].ent >= 0 && !s.prep[o] && s.ms[o].roleCode != "MED" {
						// ("told reporters in Ankara": the press is
						// no party to the statement)
						c.tgt = s.group(o)
					}
				}
			} else if c.class == "retreat" && (strings.HasPrefix(s.toks[h].low, "resign") || strings.HasPrefix(s.toks[h].low, "step")) {
				// resigning has no target
				c.intransitive = true
			} else if o := s.objectThat(from, c.src, stop, c.class == "demand" || c.class == "appeal" || c.class == "threaten" || c.class == "accuse" || c.class == "criticize"); o >= 0 && !(chargeClasses[c.class] && s.chargeBefore(from, s.ms[o].i)) {
				c.tgt = s.group(o)
			}
			// ("lodged a complaint with Russia over the detention of a
			// Japanese diplomat": the complaint is made with Russia)
			withTarget := len(c.tgt) > 0 && s.ms[c.tgt[0]].i > 0 && s.toks[s.ms[c.tgt[0]].i-1].low == "with" && lightVerbs[s.toks[h].low]
			// ("summoned the Russian ambassador over the poisoning of
			// Navalny": a direct object is whom the complaint is made to,
			// and it stays the target)
			directObj := len(c.tgt) > 0 && !s.prep[c.tgt[0]] && s.ms[c.tgt[0]].i <= tr.j+2
			if (c.class == "criticize" || c.class == "condemn" || c.class == "protest") && !withTarget && !directObj {
				// "complained to the UN over Israeli raids": the
				// complaint is about Israel
				for i := tr.j; i < len(s.toks) && i < tr.j+12; i++ {
					w := s.toks[i].low
					if w == "." || w == ";" || s.toks[i].quote || clauseWords[w] {
						break
					}
					// "in defiance of Chinese authorities"
					if w == "defiance" && i+2 < len(s.toks) && s.toks[i+1].low == "of" {
						i++
						w = "against"
					}
					if (w == "over" || w == "about" || w == "against") && i+1 < len(s.toks) {
						if o := s.object(i+1, c.src, true); o >= 0 {
							c.tgt = s.group(o)
						}
						break
					}
				}
			}
			// "condemned the seizure as an Iranian act of terrorism":
			// the judged act's author, named after "as", is the
			// target, over the place or victim the object names
			if c.class == "criticize" || c.class == "condemn" || c.class == "accuse" || c.class == "reject" {
				if o := s.asAuthor(tr.j); o >= 0 && !contains(c.src, o) {
					c.tgt = s.group(o)
				}
			}
			// "lodged a protest with Albania, charging its neighbor
			// with ...": an adjunct claim with no actor as object is
			// about the matrix event's target
			if len(c.tgt) == 0 && adjunct >= 0 && (c.class == "accuse" || c.class == "criticize" || c.class == "condemn") && len(out[adjunct].tgt) > 0 {
				c.tgt = out[adjunct].tgt
			}
			// "killed one soldier and wounded two others": the same
			// victims
			if len(c.tgt) == 0 && coord >= 0 && violent[c.class] && violent[out[coord].class] {
				c.tgt = out[coord].tgt
			}
			// "condemned the coup in Myanmar and threatened to reimpose
			// sanctions on the generals": a hostile act coordinated
			// after a judgement aims at the one judged
			if len(c.tgt) == 0 && coord >= 0 && hostileAfterJudgement[c.class] && judging[out[coord].class] && out[coord].class != "praise" {
				c.tgt = out[coord].tgt
			}
			// "captured a stronghold on the Thai border": a border's
			// country is no target, except of a buildup there
			// ("massed troops near the Ukrainian border")
			if len(c.tgt) == 1 && c.class != "mobilize" && s.onBorder(c.tgt[0]) {
				c.tgt = nil
			}
			if len(c.tgt) == 0 && materialClasses[c.class] {
				if o := s.place(tr.j); o >= 0 {
					c.tgt = []int{o}
				}
			}
		}
		// violence by unnamed hands ("a roadside bombing killed",
		// "was killed in a car bomb explosion in Beirut") is coded, by
		// the CAMEO convention, as coming from the place it happened
		if !s.resolved(c.src) && violent[c.class] && (c.passive && !s.resolved(c.src) || s.meansSubject(h)) {
			if o := s.placeInClause(h, false); o >= 0 {
				c.src = []int{o}
			}
		}
		// so is violence by armed men no one names ("Gunmen abducted 27
		// schoolboys in Nigeria's Niger state", "militants attacked an
		// army post in Mali"): the place, else the dateline's country
		// (the men keep their role: their killings are irregular
		// violence, ASSAULT, and with no target aimed at their country)
		if armed := s.armedSubject(c, h); armed >= 0 {
			if o := s.placeInClause(h, false); o >= 0 && d.ents[s.ms[o].ent].Country != "" {
				s.ms[armed].ent = d.countryEntity(d.ents[s.ms[o].ent].Country, "")
				c.src = []int{armed}
			} else if d.home != "" {
				s.ms[armed].ent = d.countryEntity(d.home, "")
				c.src = []int{armed}
			}
		}
		// and violence against armed men no one names ("struck a convoy
		// of Islamist fighters near Niono", "killing 20 of the
		// insurgents") is aimed where they are: the place, else the
		// dateline's country, else that of the state fighting them (a
		// state that fights abroad is placed by one of the two); so is
		// a charge against them ("the government blamed the rebels
		// for the bombing")
		if (violent[c.class] || chargeClasses[c.class]) && !c.passive && len(c.tgt) == 0 && len(c.src) > 0 && s.resolved(c.src) && !armedRole(s.ms[c.src[0]].roleCode) {
			if k := s.armedObject(tr.j); k >= 0 {
				country := ""
				if o := s.placeInClause(h, false); o >= 0 {
					country = d.ents[s.ms[o].ent].Country
				}
				if country == "" {
					country = d.home
				}
				if e := s.ms[c.src[0]].ent; country == "" && e >= 0 && d.ents[e].Kind == KindCountry {
					country = d.ents[e].Country
				}
				if country != "" {
					s.ms[k].ent = d.countryEntity(country, "")
					c.tgt = []int{k}
				}
			}
		}
		// protesters' violence is a violent protest (CAMEO 145):
		// "protesters stormed the parliament", "demonstrators attacked
		// a police station"
		// and so is their arson and destruction: "rioters set fire to
		// shops", "demonstrators blew up a statue" (CAMEO 145 "riot")
		if (c.class == "attack" || c.class == "bomb") && !c.passive && s.crowdSubject(h) ||
			c.class == "coerce" && !c.passive && s.crowdIsSubject(h) {
			c.class = "protest"
		}
		// a crowd with no other identity ("thousands of people took to
		// the streets of Paris", "crowds marched in Tbilisi") is coded
		// by where it protests, as protesters are
		// (a crowd's demand, recoded above, is the crowd's, not that of
		// the act the adjunct follows)
		if (!s.resolved(c.src) || crowdAim) && c.class == "protest" && !c.passive {
			if o := s.placeInClause(h, true); o >= 0 && d.ents[s.ms[o].ent].Kind == KindCountry {
				c.src = []int{o}
			} else if k := s.subject(h, false); k >= 0 && d.home != "" && s.crowdIsSubject(h) && !s.resolved([]int{k}) {
				// "HONIARA, Nov 26 (Reuters) - … after rioters set
				// fire to buildings": else the dateline's country, as
				// for unnamed armed men
				s.ms[k].ent = d.countryEntity(d.home, "")
				c.src = []int{k}
			}
		}
		// giving and sending are aid only when aid is given ("sent
		// strong signals" is not)
		if c.class == "aid" && needsAidObject[strings.TrimSuffix(s.toks[h].low, "s")] && tr.j == h+1 && !s.aidObject(tr.j) {
			continue
		}
		// receiving or welcoming a visitor is hosting a visit (CAMEO
		// 043, PLOVER CONSULT): "Xi welcomed Putin in Beijing"; receiving
		// or welcoming anything else is not ("received aid", "welcomed
		// the decision")
		if w := s.toks[h].low; strings.HasPrefix(w, "receiv") || strings.HasPrefix(w, "welcom") && c.class == "praise" {
			visitor := len(c.tgt) > 0 && s.ms[c.tgt[0]].ent >= 0 && d.ents[s.ms[c.tgt[0]].ent].Kind == KindPerson &&
				s.ms[c.tgt[0]].i <= tr.j+3 && (s.ms[c.tgt[0]].j >= len(s.toks) || s.toks[s.ms[c.tgt[0]].j].low != "'s")
			switch {
			case visitor:
				c.class = "meet"
			case strings.HasPrefix(w, "receiv"):
				continue
			}
		}
		// a protecting force arriving or sent is aid to the place it
		// goes to ("peacekeepers arrived in Bosnia", "dispatched 400
		// troops to Somalia to support the government")
		if c.class == "aid" && deployForms[s.toks[h].low] {
			if o := s.destination(tr.j); o >= 0 {
				c.tgt = []int{o}
			}
		}
		// "extradited drug lord Joaquin Guzman to the United States": an
		// extradition is cooperation with the state that receives the
		// person (CAMEO 0234 / PLOVER COOPERATE), not an act on the person
		if strings.HasPrefix(s.toks[h].low, "extradit") && !c.passive {
			if o := s.receiver(d, tr.j); o >= 0 && !contains(c.src, o) {
				c.tgt = s.group(o)
			}
		}
		if c.class == "aid" && strings.HasPrefix(s.toks[h].low, "arriv") && len(c.tgt) == 0 {
			if o := s.place(tr.j); o >= 0 {
				c.tgt = []int{o}
			}
		}
		// troops arriving somewhere is no visit
		if c.class != "aid" && strings.HasPrefix(s.toks[h].low, "arriv") && (len(c.src) == 0 || s.ms[c.src[0]].ent < 0 || d.ents[s.ms[c.src[0]].ent].Kind != KindPerson) {
			continue
		}
		// nor is arriving with nowhere named ("as he arrived for a
		// campaign rally"): a visit is to a place or someone
		if strings.HasPrefix(s.toks[h].low, "arriv") && len(c.tgt) == 0 {
			continue
		}
		// "stormed the palace, in what President Arce denounced as an
		// attempted coup": the judgement is aimed at the subject of the
		// act it names, the clause before, and said of it as it happened
		if len(c.tgt) == 0 && judgingClasses[c.class] && prev >= 0 && len(c.src) > 0 && !out[prev].trig.nominal && s.inWhat(h) {
			c.tgt = out[prev].src
			if !c.anchored {
				c.anchored, c.anchor = true, out[prev].trig.head
			}
		}
		// "military exercises, which Warsaw called a provocation": a
		// blame named in a relative clause is aimed at the antecedent's
		// actor; with no one named it says too little and is dropped
		if c.class == "criticize" && tr.relBlame && len(c.tgt) == 0 {
			if a := s.relativeAntecedent(h); a >= 0 {
				c.tgt = s.group(a)
			} else {
				continue
			}
		}
		// "Colombia, which he accused of helping the opposition",
		// "Gulen, whom it accuses of masterminding the attempt": a charge
		// in a relative clause with a subject of its own is aimed at the
		// antecedent, the relative word being its object (whoever the
		// charge itself names is not: "of arming rebels in Amhara")
		if chargeClasses[c.class] && !tr.relBlame && !c.passive && s.resolved(c.src) {
			if a := s.chargedAntecedent(h); a >= 0 && !contains(c.src, a) {
				c.tgt = s.group(a)
			}
		}
		c.negated = s.negatedAt(tr.i) || negCoord
		// intentions: positive acts promised are AGREE, hostile acts
		// announced (or made conditional) are THREATEN
		// (an announced resignation stays a RETREAT: "will resign")
		if (!claimClasses[c.class] || c.class == "praise") && c.class != "agree" && !c.intransitive && (s.intent(h) || ti > 0 && strings.HasPrefix(s.toks[max(h-1, 0)].low, "to") && s.intent(h-1)) {
			if violent[c.class] && s.preparing(h) {
				// "the army prepared to resume shelling", "troops are
				// preparing to attack": readying forces (CAMEO 15), not a
				// threat; "is prepared to attack" is a willingness
				c.class = "mobilize"
			} else if c.class == "sanction" && s.announcedMeasure(h) {
				// "Britain will expel 23 Russian diplomats, May said": the
				// decision announced is the sanction
			} else if materialClasses[c.class] || s.condition(tr.j) {
				c.class = "threaten"
			} else if positiveClasses[c.class] {
				c.class = "agree"
			}
		}
		// accepting or conceding to demands is a concession (CAMEO 08)
		if (c.class == "agree" || c.class == "concede") && strings.HasPrefix(s.toks[h].low, "accept") || strings.HasPrefix(s.toks[h].low, "concede") {
			for i := tr.j; i < len(s.toks) && i < tr.j+4; i++ {
				if strings.HasPrefix(s.toks[i].low, "demand") {
					c.class = "concede"
					c.tgt = nil // conceded to the rebels, in the actor's own country
				}
			}
		}
		// "would deploy troops with Russia near the Ukrainian border":
		// forces deployed with someone are deployed alongside them
		comitative := false
		if tr.class == "mobilize" && len(c.tgt) > 0 && s.prepWord[c.tgt[0]] == "with" {
			if m := s.ms[c.tgt[0]]; m.i > 1 && s.toks[m.i-1].low == "with" && forceNouns[s.toks[m.i-2].low] {
				c.tgt, comitative = nil, true
			}
		}
		// a declared ceasefire has a party only through "with"
		if c.class == "ceasefire" && len(c.tgt) > 0 && s.ms[c.tgt[0]].i > 0 && s.toks[s.ms[c.tgt[0]].i-1].low != "with" {
			c.tgt = nil
		}
		// symmetric acts of several parties ("Israel and Lebanon renewed
		// negotiations") have no separate target
		// ("Egyptian and Qatari mediators held talks with Hamas": a third
		// party named after "with" is the target)
		if len(c.src) > 1 && (c.class == "meet" || c.class == "agree" || c.class == "cooperate" || c.class == "ceasefire") && !s.withParty(c) {
			c.tgt = nil
		}
		// "would not meet the demands", "will not accept": refusals
		if c.negated && (positiveClasses[c.class] || c.class == "agree") {
			c.class, c.negated = "reject", false
		}
		// "Armenia and Azerbaijan accused each other": each side acts
		// on the other
		if len(c.src) > 1 && !c.passive && (reciprocalAt(s.toks, tr.j) || tr.j+1 < len(s.toks) && reciprocalAt(s.toks, tr.j+1) && preps[s.toks[tr.j].low]) {
			c.reciprocal, c.tgt = true, nil
		}
		if c.class == "attack" && len(c.src) > 1 && len(c.tgt) == 0 {
			w := s.toks[h].low
			if strings.HasPrefix(w, "clash") || strings.HasPrefix(w, "fought") || strings.HasPrefix(w, "fight") || strings.HasPrefix(w, "battl") {
				c.reciprocal = true
			}
		}
		if c.class == "protest" && !s.resolved(c.src) {
			// "thousands of protesters rallied in Hong Kong": protesters
			// are coded by where they protest
			if o := s.place(tr.j); o >= 0 {
				c.src = []int{o}
			}
		}
		if c.class == "threaten" {
			// "threatened to ban voting ... if Hamas ran": the threat is
			// aimed at whom the condition names
			for i := tr.j; i < len(s.toks); i++ {
				if s.toks[i].quote || s.toks[i].text == ";" {
					break
				}
				if s.toks[i].low == "if" || s.toks[i].low == "unless" {
					for j := i + 1; j < len(s.toks) && j < i+6; j++ {
						if k := s.inMention[j]; k >= 0 && s.ms[k].ent >= 0 && !contains(c.src, k) {
							c.tgt = s.group(k)
							break
						}
					}
					break
				}
			}
		}
		// "vowed to respond to the expulsion of 45 diplomats by Poland":
		// the answer is aimed at the act's author, not its victims
		if c.class == "threaten" && tr.j > 0 && revengeWords[s.toks[tr.j-1].low] {
			if a := s.answeredAgent(tr.j); a >= 0 {
				c.tgt = []int{a}
			}
		}
		if c.class == "threaten" && len(c.tgt) == 0 && !comitative {
			// threats are aimed at whom the condition names: "if the
			// United States goes ahead"
			for i := tr.j; i < len(s.toks); i++ {
				if s.toks[i].quote || s.toks[i].low == "said" || s.toks[i].low == "says" {
					break
				}
				// "warned that the rainy season will make it harder to
				// deliver supplies to Darfur": a warning aims at the
				// subject of its clause, or at no one
				if i > tr.j+4 && s.toks[tr.j].low == "that" {
					break
				}
				// ("..., the White House said": the attribution after
				// a comma names the speaker, not the one threatened)
				if s.toks[i].text == "," && s.attributionAfter(i) {
					break
				}
				if k := s.inMention[i]; k >= 0 && s.ms[k].ent >= 0 && !contains(c.src, k) && !s.sameEntity(c.src, k) {
					c.tgt = s.group(k)
					break
				}
			}
		}
		out = append(out, c)
	}
	// "denied that Russian jets had bombed the convoy": the denied act
	// is reported as not having happened
	for k := range out {
		if out[k].class != "deny" {
			continue
		}
		for q := k + 1; q < len(out); q++ {
			if out[q].trig.i < out[k].trig.j {
				continue
			}
			if claimClasses[out[q].class] || out[q].class == "say" || out[q].class == "report" {
				// "denied the claim and said Azerbaijani forces had
				// shelled Stepanakert": what the next statement reports
				// is asserted, not denied
				break
			}
			out[q].negated = true
		}
	}
	// "X said (that) Y must Z": X demands Z of Y
	for k := range out {
		if out[k].class != "say" && out[k].class != "report" || len(out[k].src) == 0 {
			continue
		}
		// "staged rallies against Abbas, saying he must resign": the
		// protest's stated aim, part of the protest
		if h := out[k].trig.head; k > 0 && out[k-1].class == "protest" && out[k].trig.form&fIng != 0 && h > 0 && s.toks[h-1].text == "," {
			continue
		}
		end := len(s.toks)
		if k+1 < len(out) {
			end = out[k+1].trig.i
		}
		inQ := quoted(s.toks)
		for i := out[k].trig.j; i < end; i++ {
			w := s.toks[i].low
			if inQ[i] || s.toks[i].quote {
				break
			}
			if w == "must" || w == "should" {
				if sub := s.subject(i, false); sub >= 0 && s.ms[sub].ent >= 0 && s.ms[sub].i >= out[k].trig.j {
					out[k].class = "demand"
					out[k].tgt = s.group(sub)
					// what must be done is demanded, not done
					for q := k + 1; q < len(out); q++ {
						if out[q].trig.i > i {
							out[q].drop = true
						}
					}
				}
				break
			}
		}
	}
	// "Israeli strikes on Lebanon killed five people": the killing done
	// by the strikes hits whom they were aimed at
	for k := range out {
		c := &out[k]
		if c.trig.nominal || !violent[c.class] || len(c.tgt) > 0 || len(c.src) == 0 || c.passive {
			continue
		}
		for q := k - 1; q >= 0; q-- {
			o := out[q]
			// the subject found may be the strikes' own complement:
			// "Turkish strikes on Kurdish militants in northern Iraq
			// killed 12"
			inside := s.ms[c.src[0]].i >= o.trig.j && s.ms[c.src[0]].i < c.trig.i
			if o.trig.nominal && violent[o.class] && len(o.tgt) > 0 && (slices.Equal(o.src, c.src) || inside) &&
				c.trig.i-o.trig.j <= 12 && !s.commaBetween(o.trig.j, c.trig.i) {
				c.src, c.tgt = o.src, o.tgt
			}
			break
		}
	}
	// "Lula denounced the rioters", "praised the police for acting with
	// firmness": an object no gazetteer places, a society's own people or
	// bodies, is the speaker's compatriots when the sentence names no
	// other country (CAMEO codes domestic actors by their state)
	for k := range out {
		c := &out[k]
		if len(c.tgt) > 0 || len(c.src) == 0 || !s.resolved(c.src) || c.intransitive || c.reciprocal || c.passive ||
			c.trig.nominal || c.class == "say" || c.class == "report" {
			continue
		}
		o := s.unnamedObject(c.trig.j)
		// ("Security forces shot dead at least 38 protesters": violence
		// is domestic only against a crowd; "killed civilians" may be
		// another state's)
		if o < 0 || violent[c.class] && !strings.HasPrefix(s.ms[o].roleCode, "OPP") {
			continue
		}
		if e := s.ms[c.src[0]].ent; e >= 0 && d.ents[e].Country != "" && s.onlyCountry(d) == d.ents[e].Country {
			s.ms[o].ent = d.countryEntity(d.ents[e].Country, "")
			c.tgt = []int{o}
		}
	}
	// "seized a British-flagged tanker, prompting Foreign Secretary
	// Jeremy Hunt to warn of serious consequences": the reaction an act
	// prompts is aimed at the act's author
	for k := range out {
		c := &out[k]
		if len(c.tgt) > 0 || len(c.src) == 0 || c.passive || c.class == "say" || c.class == "report" {
			continue
		}
		if p := s.promptedBy(out[:k], c); p >= 0 {
			c.tgt = out[p].src
		}
	}
	// Domestic events (CAMEO convention): protests, repression,
	// concessions and demands with no other target are aimed at the
	// actor's own country.
	for k := range out {
		c := &out[k]
		// a protest announced is a threat of dissent (CAMEO 133),
		// aimed where the protest would be: "vowed to keep up street
		// protests"
		threatenedProtest := c.class == "threaten" && c.trig.class == "protest"
		if len(c.tgt) > 0 || len(c.src) == 0 || !domestic[c.class] && !threatenedProtest || c.trig.nominal && !threatenedProtest || c.reciprocal {
			continue
		}
		m := s.ms[c.src[0]]
		if m.ent < 0 || d.ents[m.ent].Country == "" {
			continue
		}
		if c.class == "attack" || c.class == "kill" || c.class == "bomb" {
			// violence with no named target is domestic only when done
			// by irregular forces (rebels attacking their own state)
			switch m.roleCode {
			case "OPP", "CVL", "COP":
			default:
				if d.ents[m.ent].Kind != KindGroup && !armedRole(m.roleCode) {
					continue
				}
			}
		}
		c.domestic = d.ents[m.ent].Country
	}
	// "A US drone strike near Baghdad airport killed X": the strike is the
	// subject of the killing, one act; without a target of its own the
	// noun would only add a one-sided twin of it.
	for k := range out {
		c := &out[k]
		if !c.trig.nominal || !violent[c.class] || len(c.tgt) > 0 || len(c.src) == 0 {
			continue
		}
		for q := k + 1; q < len(out); q++ {
			o := out[q]
			if !o.trig.nominal && violent[o.class] && len(o.tgt) > 0 && slices.Equal(o.src, c.src) &&
				o.trig.i-c.trig.j <= 6 && !s.commaBetween(c.trig.j, o.trig.i) {
				c.drop = true
			}
			break
		}
	}
	s.brokerParties(out)
	kept := out[:0]
	for _, c := range out {
		if !c.drop {
			kept = append(kept, c)
		}
	}
	return kept
}

// brokerParties gives a mediation its parties. CAMEO codes brokering
// (BROKER, 045) and mediating as the mediator's consultation with the
// parties. "agreed on Friday to a ceasefire brokered by Russia",
// "agreed ... under a deal brokered by China": the parties are the
// sources of the agreement the brokered noun belongs to, the nearest
// agree or sign act before it in the sentence. A mediation whose parties
// are named nowhere ("a member of the team trying to broker a peace
// pact") is not coded: it says between whom it was, or it says nothing.
func (s *sent) brokerParties(out []coded) {
	for k := range out {
		c := &out[k]
		w := s.toks[c.trig.head].low
		if c.class != "meet" || len(c.tgt) > 0 || len(w) < 6 || w[:6] != "broker" && w[:6] != "mediat" {
			continue
		}
		for p := k - 1; p >= 0; p-- {
			if (out[p].class == "agree" || out[p].class == "sign") && len(out[p].src) > 0 && !out[p].drop {
				c.tgt = out[p].src
				break
			}
		}
		if len(c.tgt) == 0 {
			c.drop = true
		}
	}
}

// withParty reports whether the target of c is introduced by "with" and is
// none of its sources: "X and Y held talks with Z".
func (s *sent) withParty(c coded) bool {
	if len(c.tgt) == 0 {
		return false
	}
	m := s.ms[c.tgt[0]]
	if m.i == 0 || s.toks[m.i-1].low != "with" {
		return false
	}
	for _, t := range c.tgt {
		if contains(c.src, t) {
			return false
		}
	}
	return true
}

// memberNouns name the people of an actor: "representatives of X".
var memberNouns = map[string]bool{"representatives": true, "representative": true, "delegates": true, "delegation": true,
	"delegations": true, "envoys": true, "members": true, "negotiators": true, "emissaries": true}

// domestic classes are aimed at the actor's own country when no target
// is named.
var domestic = map[string]bool{"protest": true, "coerce": true, "concede": true, "demand": true, "attack": true, "kill": true, "bomb": true}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// participles that are adjectives after "be": "Israel is opposed to".
var beAdjective = map[string]bool{"opposed": true, "committed": true, "prepared": true, "determined": true}

// resolved reports whether some mention of ms names a known actor.
func (s *sent) resolved(ms []int) bool {
	for _, k := range ms {
		if s.ms[k].ent >= 0 {
			return true
		}
	}
	return false
}

// modalBetween reports whether a modal or a condition stands between
// tokens a and b: the act there is only possible.
func (s *sent) modalBetween(a, b int) bool {
	for i := a; i < b && i < len(s.toks); i++ {
		switch s.toks[i].low {
		case "would", "could", "might", "may", "should", "must", "will", "can", "if", "unless":
			return true
		}
	}
	return false
}

// crowdWords name protesting crowds.
var crowdWords = map[string]bool{"protesters": true, "protestors": true, "demonstrators": true, "rioters": true, "protester": true, "demonstrator": true}

// crowdSubject reports whether the subject of the verb at h is a crowd
// of protesters: a crowd word a few words left of it in its clause.
func (s *sent) crowdSubject(h int) bool {
	for i := h - 1; i >= 0 && i >= h-7; i-- {
		w := s.toks[i].low
		if s.crowdAt(i) {
			return true
		}
		if w == "to" && i == h-1 {
			continue // "rioters who tried to storm government buildings"
		}
		if k := s.inMention[i]; k >= 0 && s.ms[k].ent >= 0 && s.prep[k] {
			i = s.ms[k].i // "protesters in Tehran stormed"
			continue
		}
		if !s.toks[i].word || clauseWords[w] || preps[w] && w != "of" && !placePreps[w] {
			break
		}
	}
	// "protesters angered by the economic collapse stormed the
	// residence": a participle phrase on the crowd ends at its verb
	for i := max(h-12, 0); i+2 < h; i++ {
		if s.crowdAt(i) && strings.HasSuffix(s.toks[i+1].low, "ed") && s.toks[i+2].low == "by" {
			for j := i + 3; j < h; j++ {
				if t := s.toks[j]; !t.word && t.text != "'s" || clauseWords[t.low] || lexicon[t.low] != nil || t.quote {
					return false
				}
			}
			return true
		}
	}
	return false
}

// crowdCounts count a crowd: "thousands of supporters".
var crowdCounts = map[string]bool{"dozens": true, "hundreds": true, "thousands": true, "tens": true, "scores": true, "millions": true}

// crowdAt reports whether the word at i names a crowd of protesters: a
// crowd word, or supporters counted by the hundred or thousand
// ("thousands of supporters of Bolsonaro stormed Congress"; supporters
// with no count can be a party's armed men: "supporters of Hezbollah
// stormed a protest camp, beating demonstrators").
func (s *sent) crowdAt(i int) bool {
	if crowdWords[s.toks[i].low] {
		return true
	}
	if s.toks[i].low != "supporters" {
		return false
	}
	for j := i - 1; j >= 1 && j >= i-3 && s.toks[j].word; j-- { // "thousands of opposition supporters"
		if s.toks[j].low == "of" {
			return crowdCounts[s.toks[j-1].low]
		}
	}
	return false
}

// crowdLeads reports whether the clause of the participle adjunct at h
// opens with a crowd of protesters for its subject, which the adjunct
// shares: "Thousands of demonstrators stayed in the streets, demanding
// ...", "..., but thousands of demonstrators stayed ..., demanding".
// Like mainSubject, it gives up at a preposition other than "of", a
// clause word or a word of the lexicon.
func (s *sent) crowdLeads(h int) bool {
	from := 0
	for i := h - 2; i >= 0; i-- {
		if clauseWords[s.toks[i].low] || s.toks[i].text == ";" || s.toks[i].low == "but" && i > 0 && s.toks[i-1].text == "," {
			from = i + 1
			break
		}
	}
	for i := from; i < h && i < from+8; i++ {
		w := s.toks[i].low
		if crowdWords[w] {
			return true
		}
		if !s.toks[i].word || clauseWords[w] || preps[w] && w != "of" || lexicon[w] != nil {
			return false
		}
	}
	return false
}

// crowdIsSubject reports whether the verb at h has a crowd word for its
// subject ("rioters set fire to", not "police used tear gas to disperse
// protesters and detained 107 people", where crowdSubject's look to the
// left would find them).
func (s *sent) crowdIsSubject(h int) bool {
	k := s.subject(h, false)
	if k < 0 || !crowdWords[s.toks[s.ms[k].j-1].low] || strings.HasSuffix(s.toks[h].low, "ing") {
		return false // "…demonstrators, killing one and arresting 12": the police's act
	}
	for i := s.ms[k].j; i < h; i++ {
		if !s.toks[i].word || !lyAdverb(s.toks[i]) && !auxes[s.toks[i].low] {
			return false // the crowd stands right before its verb
		}
	}
	return true
}

var placePreps = map[string]bool{"in": true, "at": true, "outside": true, "near": true, "from": true}

// stateAgents are the agent codes of a state's own organs.
var stateAgents = map[string]bool{"GOV": true, "MIL": true, "COP": true, "SPY": true, "JUD": true, "LEG": true}

// needsAidObject lists aid verbs too general to be aid by themselves.
var needsAidObject = map[string]bool{"send": true, "sent": true, "sending": true, "give": true, "gave": true, "given": true,
	"giving": true, "provide": true, "provided": true, "providing": true, "supply": true, "supplied": true,
	"supplie": true, "grant": true, "granted": true, "granting": true, "contribute": true, "contributed": true, "deliver": true, "delivered": true,
	"hand": true, "handed": true, "handing": true}

var aidNouns = []string{"aid", "suppl", "food", "medic", "weapon", "arm", "troop", "money", "dollar", "equipment",
	"grant", "assistance", "material", "help", "relief", "good", "fund", "loan", "asylum", "shelter", "water",
	"fuel", "grain", "flour", "rice", "credit", "intelligence", "support", "personnel", "force", "tons", "vaccine", "doctor",
	"missile", "tank", "ammunition", "system", "howitzer", "artillery", "tent", "blanket", "oxygen", "cash",
	"diesel", "petrol", "gasoline", "wheat", "dose"}

// aidObject reports whether an aid noun follows within the clause.
func (s *sent) aidObject(from int) bool {
	for i := from; i < len(s.toks) && i < from+10; i++ {
		t := s.toks[i]
		if t.text == "," || t.text == ";" || t.quote || clauseWords[t.low] {
			return false
		}
		for _, n := range aidNouns {
			if strings.HasPrefix(t.low, n) {
				return true
			}
		}
	}
	return false
}

// placeNoun reports whether the actor at i is the place of a noun: "the
// town of Samarra".
func placeNoun(toks []token, i int) bool {
	for p := i - 1; p >= 0 && p >= i-3; p-- {
		switch toks[p].low {
		case "town", "city", "village", "province", "region", "capital", "area", "district", "state", "outskirts", "border", "coast", "north", "south", "east", "west", "centre", "center":
			return true
		}
	}
	return false
}

// hostileAfterJudgement are the classes that, coordinated after a
// condemnation or accusation, aim at the same target.
var hostileAfterJudgement = map[string]bool{"threaten": true, "sanction": true, "demand": true, "criticize": true,
	"condemn": true, "accuse": true}

// judging verbs take a nested act as their reason: "criticized X for
// accusing Y".
var judging = map[string]bool{"criticize": true, "condemn": true, "accuse": true, "praise": true, "threaten": true, "sanction": true, "demand": true}

// place finds a location after the trigger: "in Tel Aviv", "near Basra".
func (s *sent) place(from int) int {
	for i := from; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.quote || t.low == "said" || t.low == "says" || t.low == "according" || i > from && s.adjunctAt(i) {
			return -1
		}
		if k := s.inMention[i]; k >= 0 && s.ms[k].ent >= 0 && s.prep[k] && !s.borderName(k) {
			for p := s.ms[k].i - 1; p >= 0 && p >= s.ms[k].i-4; p-- {
				switch s.toks[p].low {
				case "in", "near", "at", "outside", "inside", "across", "into":
					return k
				}
			}
		}
	}
	return -1
}

var violent = map[string]bool{"kill": true, "attack": true, "bomb": true}

// armedRoles are the agent codes of irregular armed men: gunmen,
// militants, jihadists (UAF), rebels (REB), insurgents (INS).
var armedRoles = map[string]bool{"UAF": true, "REB": true, "INS": true}

// armedRole reports whether an agent code is one of irregular armed men
// ("UAFMUS": Islamist militants).
func armedRole(code string) bool {
	return len(code) >= 3 && armedRoles[code[:3]]
}

// unnamedArmed reports whether the actors ms are armed men the text gives
// no identity: "Gunmen", "cartel gunmen", "the rebels", "suspected
// jihadists" ("Houthi militants" have one).
func (s *sent) unnamedArmed(ms []int) bool {
	if len(ms) == 0 || s.resolved(ms) {
		return false
	}
	for _, k := range ms {
		if !armedRole(s.ms[k].roleCode) {
			return false
		}
	}
	return true
}

// armedSubject returns the unnamed armed men who do the violent or
// coercive act c at h, or -1. The coder leaves an actor it cannot place
// out of c.src; they are then the verb's subject.
func (s *sent) armedSubject(c coded, h int) int {
	if c.passive || !violent[c.class] && c.class != "coerce" {
		return -1
	}
	src := c.src
	if len(src) == 0 {
		if k := s.subject(h, false); k >= 0 {
			src = []int{k}
		}
	}
	if !s.unnamedArmed(src) {
		return -1
	}
	return src[0]
}

// armedObject returns the unnamed armed men who are the object of the verb
// ending at from ("a convoy of Islamist fighters", "20 of the
// insurgents"): the first mention of its clause, or -1.
func (s *sent) armedObject(from int) int {
	for i := from; i < len(s.toks) && i < from+10; i++ {
		t := s.toks[i]
		if t.quote || t.text == "," || t.text == ";" || clauseWords[t.low] {
			return -1
		}
		if k := s.inMention[i]; k >= 0 {
			if s.unnamedArmed([]int{k}) {
				return k
			}
			return -1
		}
	}
	return -1
}

// promptWords make their object's next act a reaction to the clause
// before: "prompting Japan to convey grave concerns".
var promptWords = map[string]bool{"prompting": true, "forcing": true, "leading": true, "spurring": true,
	"pushing": true, "causing": true}

// promptedBy returns the index among before of the act that prompted c:
// c's actor stands right after a prompt word, and c's verb follows it
// as "to" + verb; the act is the latest one before the prompt word by
// someone else. Else -1.
func (s *sent) promptedBy(before []coded, c *coded) int {
	h := c.trig.head
	if h < 2 || s.toks[h-1].low != "to" {
		return -1
	}
	first := s.ms[c.src[0]].i
	for _, k := range c.src {
		first = min(first, s.ms[k].i)
	}
	if first == 0 || !promptWords[s.toks[first-1].low] {
		return -1
	}
	for i := s.ms[c.src[len(c.src)-1]].j; i < h-1; i++ {
		if !s.toks[i].word {
			return -1 // the actor's phrase runs up to "to"
		}
	}
	for p := len(before) - 1; p >= 0; p-- {
		if before[p].trig.i < first && len(before[p].src) > 0 && !slices.Equal(before[p].src, c.src) && !before[p].trig.nominal {
			return p
		}
	}
	return -1
}

// placed reports whether one of the mentions ms has a country.
func (s *sent) placed(d *doc, ms []int) bool {
	for _, k := range ms {
		if e := s.ms[k].ent; e >= 0 && d.ents[e].Country != "" {
			return true
		}
	}
	return false
}

// unnamedObject returns the verb's object ending at from when it is
// people or a body the gazetteers cannot place and not armed men or the
// press ("denounced the rioters", "praised the police"), or -1. Only a
// direct object counts: "sanctions on officials", "the attack on its
// consulate" may be anyone's.
func (s *sent) unnamedObject(from int) int {
	for i := from; i < len(s.toks) && i < from+6; i++ {
		if k := s.inMention[i]; k >= 0 {
			m := s.ms[k]
			if m.ent >= 0 || m.pron || m.roleCode == "" || armedRole(m.roleCode) || m.roleCode == "MED" || backNouns[s.toks[m.j-1].low] != nil {
				return -1
			}
			// "the three countries' foreign ministers": someone's own
			if p := s.toks[max(m.i-1, 0)]; m.i > 0 && (p.low == "'s" || strings.HasSuffix(p.text, "'")) {
				return -1
			}
			return k
		}
		t := s.toks[i]
		// ("arrested dozens of demonstrators", "shot dead at least 38
		// protesters", "more than 40": a count)
		if t.low == "of" && i > from && crowdCounts[s.toks[i-1].low] || isDigits(t.text) {
			continue
		}
		if next, ok := countBounds[t.low]; ok && i+2 < len(s.toks) && s.toks[i+1].low == next && isDigits(s.toks[i+2].text) {
			i++
			continue
		}
		if t.quote || !t.word || preps[t.low] || clauseWords[t.low] || possessives[t.low] || lexicon[t.low] != nil {
			return -1
		}
	}
	return -1
}

// countBounds bound a count before its noun: "at least 38", "more than
// 40" (each word with the one after it).
var countBounds = map[string]string{"at": "least", "more": "than", "fewer": "than", "up": "to"}

// onlyCountry returns the one country the sentence's placed mentions
// belong to, or "" when they name none or several.
func (s *sent) onlyCountry(d *doc) string {
	one := ""
	for _, m := range s.ms {
		if m.ent < 0 || d.ents[m.ent].Country == "" {
			continue
		}
		c := d.ents[m.ent].Country
		if one != "" && c != one {
			return ""
		}
		one = c
	}
	return one
}

// meansWords name the means of violence without its author.
var meansWords = []string{"bomb", "explosi", "blast", "device", "mine", "rocket", "mortar", "shell", "grenade", "missile"}

// meansSubject reports whether the verb at h has no actor subject but a
// means of violence before it in its clause: "a roadside bombing killed".
func (s *sent) meansSubject(h int) bool {
	for i := h - 1; i >= 0; i-- {
		t := s.toks[i]
		if t.quote || t.text == ";" || t.text == "," || clauseWords[t.low] {
			return false
		}
		if k := s.inMention[i]; k >= 0 && s.ms[k].ent >= 0 && !s.prep[k] {
			return false
		}
		for _, w := range meansWords {
			if strings.HasPrefix(t.low, w) {
				return true
			}
		}
	}
	return false
}

// placeInClause finds where the act at h happened, within its clause:
// "near the town of Samarra", "in a residential sector of eastern Beirut",
// "across Russia", "through Belgrade"; a crowd's place also after "into"
// ("drove tractors into central Brussels to protest"), a direction that
// would make the target of violence its source.
func (s *sent) placeInClause(h int, crowd bool) int {
	seg := segments(s.toks)
	for k, m := range s.ms {
		if m.ent < 0 || seg[m.i] != seg[h] || s.borderName(k) || s.coordVerbBetween(h, m.i) {
			continue
		}
		for p := m.i - 1; p >= 0 && p >= m.i-8 && seg[p] == seg[h] && lexicon[s.toks[p].low] == nil && s.inMention[p] < 0; p-- {
			switch s.toks[p].low {
			case "in", "near", "at", "outside", "inside", "across", "throughout", "through":
				return k
			case "into":
				if crowd {
					return k
				}
			case "of":
				if p > 0 && (s.toks[p-1].low == "streets" || s.toks[p-1].low == "street") {
					return k // "the streets of Paris"
				}
			}
		}
	}
	return -1
}

// coordVerbBetween reports whether a verb coordinated by "and" stands
// between tokens a and b: the place in "detained the president and flew
// him to exile in Senegal" is where the second act went, not the first.
func (s *sent) coordVerbBetween(a, b int) bool {
	for i := min(a, b) + 1; i < max(a, b)-1; i++ {
		if s.toks[i].low == "and" && s.inMention[i+1] < 0 && pastForm(s.toks[i+1]) {
			return true
		}
	}
	return false
}

// pastForm reports whether t looks like a verb in the past tense: an event
// verb's past, a regular "-ed" form, or a common irregular one ("flew").
func pastForm(t token) bool {
	if !t.word || t.cap || nounish[t.low] {
		return false
	}
	for _, e := range lexicon[t.low] {
		if e.form&fPast != 0 {
			return true
		}
	}
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed") || irregularPast[t.low]
}

// borderName reports whether the mention k names the country of a border
// ("near the Somali border", "on the Thai-Cambodian border", "along the
// Turkish frontier"): a place on a border is on either side of it, so the
// country named is not where the act happened. Burmese troops fighting
// "on the Thai border" fight in Burma; a bus attacked "near the Somali
// border" was in Kenya.
func (s *sent) borderName(k int) bool {
	j := s.ms[k].j
	// "Thai-Cambodian border": the second country of a hyphened pair
	for j < len(s.toks) && s.toks[j].hyph && s.inMention[j] >= 0 {
		j = s.ms[s.inMention[j]].j
	}
	if j >= len(s.toks) {
		return false
	}
	switch s.toks[j].low {
	case "border", "borders", "frontier", "frontiers", "boundary":
		return true
	}
	return false
}

// onBorder reports whether the mention k names a border's country after a
// preposition: "on the Thai border", "on the Thai-Cambodian border" (the
// preposition governs the pair's first name).
func (s *sent) onBorder(k int) bool {
	for s.toks[s.ms[k].i].hyph && s.ms[k].i > 0 && s.inMention[s.ms[k].i-1] >= 0 {
		k = s.inMention[s.ms[k].i-1]
	}
	return s.prep[k] && s.borderName(k)
}

func (s *sent) nextMention(from int) int {
	for i := from; i < len(s.toks); i++ {
		if k := s.inMention[i]; k >= 0 {
			return k
		}
	}
	return -1
}

// agentLight are the participles that may stand between an act noun and
// its agent: "sanctions imposed by", "an attack carried out by" (not
// "talks hosted by China": the host is no party to the talks).
var agentLight = map[string]bool{"imposed": true, "launched": true, "carried": true, "conducted": true,
	"staged": true, "mounted": true, "ordered": true, "unleashed": true, "out": true}

// nounAgent returns the agent named with "by" right after an act noun
// ("an attack by X on Y", "sanctions imposed by the EU") or after its
// patient ("the expulsion of 45 diplomats by Poland"; for violence also
// "strikes on Gaza by Israeli jets"), or -1. A "by" after any other phrase
// belongs to a noun of that phrase ("in protest against violations by
// the security forces", "a visit to Taiwan by the speaker" is left too).
func (s *sent) nounAgent(tr trigger) int {
	prep := false
	for k := tr.j; k < len(s.toks) && k < tr.j+12; k++ {
		t := s.toks[k]
		if m := s.inMention[k]; m >= 0 {
			k = s.ms[m].j - 1
			continue
		}
		if preps[t.low] && t.low != "by" {
			if prep || k > tr.j && !agentLight[s.toks[k-1].low] || !(t.low == "of" || (t.low == "on" || t.low == "against") && violent[tr.class]) {
				return -1
			}
			prep = true
			continue
		}
		if t.low == "by" {
			a := k + 1
			if a+1 < len(s.toks) && s.inMention[a] < 0 && s.toks[a].word && !s.toks[a].cap && !preps[s.toks[a].low] && lexicon[s.toks[a].low] == nil {
				a++ // "by the police", "by al Shabaab militants"
			}
			if a < len(s.toks) && s.inMention[a] >= 0 && s.ms[s.inMention[a]].ent >= 0 {
				return s.inMention[a]
			}
			return -1
		}
		if !t.word || t.quote || clauseWords[t.low] || t.low == "and" || t.low == "said" || t.low == "says" || !prep && !agentLight[t.low] {
			return -1
		}
		if finiteVerb(t) && !(agentLight[t.low] && k+1 < len(s.toks) && (s.toks[k+1].low == "by" || s.toks[k+1].low == "out")) {
			return -1
		}
	}
	return -1
}

// nounPatient returns the actor an act noun is aimed at: "strikes on
// Lebanon", "the arrest of Navalny", "a visit to Kyiv", "aid to Israel",
// also after the agent ("an attack by X on Y"), or -1.
func (s *sent) nounPatient(tr trigger, agent int) int {
	for k := tr.j; k < len(s.toks) && k < tr.j+12; k++ {
		w := s.toks[k].low
		if m := s.inMention[k]; m >= 0 {
			if m != agent {
				return -1
			}
			k = s.ms[m].j - 1
			continue
		}
		if w == "by" && agent >= 0 {
			continue
		}
		switch {
		case w == "on" || w == "against" || w == "with" || w == "of" && tr.class != "meet" || w == "to" && (tr.class == "meet" || tr.class == "aid"):
			if k+1 < len(s.toks) && (dayWords[s.toks[k+1].low] || monthWords[s.toks[k+1].low]) {
				return -1
			}
			o := s.object(k+1, nil, true)
			if o == agent {
				return -1
			}
			return o
		case agentLight[w] || dets[w] && k == tr.j:
			continue
		}
		if agent >= 0 && k > tr.j && k >= s.ms[agent].j && k <= s.ms[agent].j+2 && s.toks[k].word && !s.toks[k].cap && !preps[w] && !clauseWords[w] && !finiteVerb(s.toks[k]) {
			continue // "by Saudi-led coalition forces against": the agent's role words
		}
		if k > tr.j && s.toks[k-1].low == "by" {
			continue
		}
		// "an accusation by Washington that Russian hackers had
		// interfered": a charge is aimed at the subject of its content
		if w == "that" && (tr.class == "accuse" || tr.class == "criticize" || tr.class == "condemn") && k+1 < len(s.toks) {
			if m := s.inMention[k+1]; m >= 0 && s.ms[m].ent >= 0 && m != agent {
				return m
			}
		}
		return -1
	}
	return -1
}

// actNounSubject returns the coded act noun with an actor that heads the
// subject of the passive verb at h ("Azerbaijan's accusations against
// Armenia were rejected"), or -1: it starts the clause and nothing but its
// own phrase stands between it and the verb.
func (s *sent) actNounSubject(out []coded, h int) int {
	for p := len(out) - 1; p >= 0; p-- {
		o := out[p]
		possessed := o.trig.i > 0 && s.toks[o.trig.i-1].low == "'s" // "Hungary's veto": a noun, coded as its verb
		if !o.trig.nominal && !possessed || len(o.src) == 0 || o.trig.i >= h || h-o.trig.j > 14 || s.commaBetween(o.trig.j, h) {
			continue
		}
		st := s.ms[o.src[0]].i
		if st > o.trig.i {
			return -1 // "an attack by X": the agent follows; left to the verb's own subject
		}
		if st > 0 && !(st == 1 && dets[s.toks[0].low]) {
			return -1
		}
		for k := o.trig.j; k < h; k++ {
			if clauseWords[s.toks[k].low] || finiteVerb(s.toks[k]) && !beForms[s.toks[k].low] {
				return -1
			}
		}
		return p
	}
	return -1
}

func firstOr(xs []int) int {
	if len(xs) == 0 {
		return -1
	}
	return xs[0]
}

// authorNouns name an act by the one who did it, in "condemned the
// bombing as an Indian act of terrorism", "as Iranian aggression", "as a
// Russian provocation".
var authorNouns = map[string]bool{"act": true, "acts": true, "aggression": true, "provocation": true,
	"provocations": true, "attack": true, "crime": true, "plot": true, "terrorism": true,
	"interference": true, "sabotage": true, "operation": true}

// asAuthor returns the actor named in an "as an X act" phrase in the
// clause after a judgement (from token from on), or -1: "as", an
// optional article and adjective, the actor, and an author noun right
// after it. "as an act of terrorism" names no one.
func (s *sent) asAuthor(from int) int {
	for i := from; i < len(s.toks) && i < from+12; i++ {
		t := s.toks[i]
		if t.quote || t.text == ";" || t.text == ":" || clauseWords[t.low] {
			return -1
		}
		if t.low != "as" {
			continue
		}
		k := i + 1
		for k < len(s.toks) && k <= i+3 && s.inMention[k] < 0 && (dets[s.toks[k].low] || !s.toks[k].cap && s.toks[k].word && !authorNouns[s.toks[k].low]) {
			k++
		}
		if k >= len(s.toks) || s.inMention[k] < 0 {
			return -1
		}
		m := s.inMention[k]
		if e := s.ms[m].j; s.ms[m].ent >= 0 && e < len(s.toks) && authorNouns[s.toks[e].low] {
			return m
		}
		return -1
	}
	return -1
}

// receiver returns the state or body a person is handed "to" after the
// verb ending at from, or -1. Unlike destination it reads past an
// apposition of the person ("Dairo Antonio Usuga, known as Otoniel, to
// the United States") but not into another clause.
func (s *sent) receiver(d *doc, from int) int {
	for k := from; k+1 < len(s.toks) && k < from+20; k++ {
		t := s.toks[k]
		if t.quote {
			// a nickname in quotes ("Joaquin "El Chapo" Guzman") is
			// part of the name; a longer quotation ends the search
			q := k + 1
			for q < len(s.toks) && q <= k+4 && !s.toks[q].quote {
				q++
			}
			if q > k+4 || q >= len(s.toks) {
				return -1
			}
			k = q
			continue
		}
		if t.text == ";" || t.text == "." || clauseWords[t.low] {
			return -1
		}
		if t.low != "to" {
			continue
		}
		if k+2 < len(s.toks) && dets[s.toks[k+1].low] && s.inMention[k+1] < 0 {
			k++ // "to the United States"
		}
		if m := s.inMention[k+1]; m >= 0 && s.ms[m].ent >= 0 && d.ents[s.ms[m].ent].Kind != KindPerson {
			return m
		}
		return -1
	}
	return -1
}
