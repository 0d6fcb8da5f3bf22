package extract

import (
	"slices"
	"strings"
)

// Discourse: what a later sentence leaves open because an earlier
// one settled it. "Sudan's army said ... The army accused ...": news names
// a state's bodies with their country once and then without it.

// contextHeads are the state bodies whose bare mention in a later sentence
// is the country the article gave them before ("the army", "police",
// "the government"), by the kind of body. Officials, embassies and
// spokesmen are not among them: an article quotes those of several
// countries, unnamed.
var contextHeads = map[string]string{
	"army": "MIL", "military": "MIL", "troops": "MIL", "navy": "MIL", "soldiers": "MIL", "forces": "MIL",
	"police":     "COP",
	"government": "GOV", "regime": "GOV", "junta": "GOV", "authorities": "GOV",
	"administration": "GOV", "cabinet": "GOV",
	// "The foreign ministry summoned the Chinese ambassador": a
	// ministry is a body of the state like its government
	"ministry": "GOV",
}

// contextBody returns the kind of state body a mention names, or "".
func contextBody(s *sent, m mention) string {
	if m.pron || m.roleCode == "" || m.j == 0 {
		return ""
	}
	return contextHeads[s.toks[m.j-1].low]
}

// noteRoles remembers the country each state body of the sentence was
// given. A kind of body given two countries in one article is ambiguous
// from then on.
func (d *doc) noteRoles(s *sent) {
	d.actorCountries = append(d.actorCountries, s.actorCountries(d)...)
	for k, m := range s.ms {
		b := contextBody(s, m)
		if b == "" || m.ent < 0 || d.ents[m.ent].Kind != KindCountry || s.actedOn(k) {
			continue
		}
		c := d.ents[m.ent].Country
		if old, ok := d.roleCountry[b]; ok && old != c {
			c = "" // ambiguous
		}
		d.roleCountry[b] = c
	}
}

// resolveRoles gives a bare state body the country the article gave that
// kind of body before ("the army" after "Sudan's army"); else the one
// country all the state bodies named so far belong to ("police" after
// "Sudan's army"); else the dateline's country. A sentence that names a
// country which may be the body's own ("the army and Ukrainian troops")
// leaves it open; one that names only whom the act is aimed at ("the army
// accused Ukraine of", "fired at Ukrainian positions") does not. A body
// the sentence acts on ("sanctions on officials") is resolved only when
// the sentence names no country at all.
func (d *doc) resolveRoles(s *sent) {
	own, any, owns := false, map[string]bool{}, map[string]bool{}
	for k, m := range s.ms {
		if m.ent < 0 || d.ents[m.ent].Country == "" {
			continue
		}
		any[d.ents[m.ent].Country] = true
		// a country after a preposition may be a body's own only right
		// after it ("police in Kenya"), not where the act takes someone
		// ("flew him into exile in Costa Rica")
		if !s.actedOn(k) && !(s.prep[k] && (whereBodyPreps[s.prepWord[k]] || !s.bodyBefore(k))) {
			own = true
			owns[d.ents[m.ent].Country] = true
		}
	}
	for k, m := range s.ms {
		b := contextBody(s, m)
		if b == "" && d.statelessDepartment(s, m) {
			// "the Justice Department", "the Interior Ministry": a
			// department no dictionary places is a bare government body
			b = "GOV"
		} else if m.ent >= 0 {
			continue
		}
		if b == "" || s.prep[k] && len(any) > 0 {
			continue
		}
		c, ok := d.roleCountry[b]
		// "MOGADISHU - ... The foreign ministry accused Ethiopia of
		// violating Somalia's sovereignty": the one country that might
		// be the body's own is the one the article gives it anyway, so
		// nothing is open
		if own && len(owns) == 1 && !s.actedOn(k) {
			if a := d.articleBody(b); a != "" && owns[a] {
				s.ms[k].ent = d.countryEntity(a, "")
				continue
			}
		}
		if own {
			// "Mali's military government expelled France's envoy ...
			// Le Drian, the French foreign minister, called the junta
			// illegitimate": a body the sentence acts on is still the
			// one the article named, when that is a country the
			// sentence does not name
			if ok && c != "" && !any[c] && s.actedOn(k) {
				s.ms[k].ent = d.countryEntity(c, "")
			}
			continue
		}
		if !ok {
			c = d.oneStateBody()
		}
		if !ok && c == "" {
			c = d.home
		}
		if !ok && c == "" {
			c = d.oneCountryNamed(s)
			if s.actsOnCountry(d, k, c) {
				// "The junta expelled the French ambassador": not
				// the country its own clause acts on
				c = ""
			}
		}
		if c != "" {
			s.ms[k].ent = d.countryEntity(c, "")
		}
	}
}

// bodyBefore reports whether the mention k is the object of a
// preposition right after a bare state body: "police in Kenya".
func (s *sent) bodyBefore(k int) bool {
	return k > 0 && s.ms[k-1].j == s.ms[k].i-1 && contextBody(s, s.ms[k-1]) != ""
}

// aimPreps put their object as what a hostile act is aimed at, never the
// actor's own: "fired at", "sanctions on", "advanced into".
var aimPreps = map[string]bool{"against": true, "on": true, "at": true, "toward": true, "towards": true, "into": true, "over": true}

// whereBodyPreps put their object as where an act happens, which is not
// the actor's own country for being named there: "struck sites near the
// Lebanese villages of", "rallied outside the French embassy".
var whereBodyPreps = map[string]bool{"near": true, "along": true, "outside": true}

// actedOn reports whether the mention k is what the sentence's act is
// done to: a verb's object ("accused Indian troops", "destroying several
// Indian posts") or what a hostile act is aimed at ("fired at Ukrainian
// positions"). The bodies an article names as acted on are not the ones
// its later bare "the army" means: "Pakistan accused Indian troops of
// shelling villages. The army said its soldiers had retaliated".
func (s *sent) actedOn(k int) bool {
	if s.directObject(k) || s.prep[k] && aimPreps[s.prepWord[k]] {
		return true
	}
	m := s.ms[k]
	if s.prep[k] {
		return false
	}
	poss := m.j < len(s.toks) && s.toks[m.j].low == "'s"
	q := m.i - 1
	for n := 0; q >= 0 && n < 2 && (dets[s.toks[q].low] || isDigits(s.toks[q].text)); n++ {
		q--
	}
	if q < 0 || q == m.i-1 && !poss {
		return false
	}
	p := s.toks[q]
	if poss {
		// "struck the group's launch sites": the owner of what an act
		// hits is hit; "said Sudan's army" is a subject
		return p.word && !p.cap && hostileVerb(p.low)
	}
	return p.word && !p.cap && (lexicon[p.low] != nil || verbLike(p) && !beForms[p.low]) && !nounish[p.low]
}

// hostileVerb reports whether w is a form of a verb of armed force
// ("boycott Algeria's elections" leaves Algeria the sentence's country).
func hostileVerb(w string) bool {
	for _, e := range lexicon[w] {
		switch e.class {
		case "attack", "bomb", "kill", "fight":
			return true
		}
	}
	return false
}

// articleBody returns the country the article gives a bare state body of
// kind b: the one it gave that kind before, else the one all its state
// bodies belong to, else the dateline's; "" when that is ambiguous.
func (d *doc) articleBody(b string) string {
	if c, ok := d.roleCountry[b]; ok {
		return c
	}
	if c := d.oneStateBody(); c != "" {
		return c
	}
	return d.home
}

// oneStateBody returns the country of every state body the article has
// named so far, when they are all one country's.
func (d *doc) oneStateBody() string {
	one := ""
	for _, c := range d.roleCountry {
		if c == "" || one != "" && c != one {
			return ""
		}
		one = c
	}
	return one
}

// statelessDepartment reports whether m names a government department
// that no dictionary gives a country: "the Treasury Department".
func (d *doc) statelessDepartment(s *sent, m mention) bool {
	if m.ent < 0 || m.pron || m.j == 0 {
		return false
	}
	e := d.ents[m.ent]
	w := s.toks[m.j-1].low
	return e.Kind == KindOrganization && e.Country == "" && e.Code == "" && (w == "department" || w == "ministry")
}

// actorCountries returns the sentence's named entities with a country
// outside a prepositional phrase.
func (s *sent) actorCountries(d *doc) []int {
	var out []int
	for k, m := range s.ms {
		if m.ent >= 0 && !m.pron && !s.prep[k] && d.ents[m.ent].Country != "" {
			out = append(out, m.ent)
		}
	}
	return out
}

// actsOnCountry reports whether the clause of mention k acts on a
// mention of country c.
func (s *sent) actsOnCountry(d *doc, k int, c string) bool {
	seg := segments(s.toks)
	for q, m := range s.ms {
		if q != k && m.ent >= 0 && d.ents[m.ent].Country == c && seg[m.i] == seg[s.ms[k].i] && s.actedOn(q) {
			return true
		}
	}
	return false
}

// oneCountryNamed returns the one country the article has named so far,
// up to sentence s, as an actor, not as a place ("Talks resumed in
// Doha"), or "" when it named none or several.
func (d *doc) oneCountryNamed(s *sent) string {
	one := ""
	for _, k := range slices.Concat(d.actorCountries, s.actorCountries(d)) {
		c := d.ents[k].Country
		if c == "" || one != "" && c != one {
			return ""
		}
		one = c
	}
	return one
}

// datelinePlace returns the words of the place a dateline names: those
// before its first comma or parenthesis.
func datelinePlace(toks []token) []token {
	for k, t := range toks {
		if t.text == "," || t.text == "(" {
			return toks[:k]
		}
	}
	return toks
}

// placeCountry returns the country whose capital or city the words name in
// full ("KHARTOUM", "NEW DELHI"), or "".
func (d *doc) placeCountry(toks []token) string {
	if len(toks) == 0 {
		return ""
	}
	if a, n := d.matchActor(toks, 0); n == len(toks) {
		return a.Country
	}
	return ""
}

// answerable are the classes of act a later denial or rejection answers:
// "Russia accused Ukraine of shelling the plant. Kyiv denied it."
var answerable = map[string]bool{"accuse": true, "criticize": true, "condemn": true, "demand": true, "appeal": true, "threaten": true}

// answerDenials aims the denials and rejections among evs that name no
// target at whoever last accused, blamed or pressed their source in the
// article's recent sentences (prior, oldest first; only those of
// sentences from byte offset since): denying an accusation rejects the
// accuser. A rejection must say it rejects a claim ("rejected the
// demand", "rejected it"): "declined to use the word" answers nobody.
func answerDenials(text string, prior, evs []Event, since int) {
	for i := range evs {
		e := &evs[i]
		if e.Type != "deny" && e.Type != "reject" || len(e.Target) > 0 || len(e.Source) == 0 || e.Negated {
			continue
		}
		if e.Type == "reject" && !answersClaim(text, e.TriggerEnd) {
			continue
		}
		if p := latest(prior, evs[:i], since, func(p *Event) bool {
			return answerable[p.Type] && !p.Negated && len(p.Source) > 0 && aimedAt(p.Target, e.Source) && !aimedAt(p.Source, e.Source)
		}); p != nil {
			e.Target = append([]Entity(nil), p.Source...)
		} else if statementNamed(text, e.TriggerEnd) {
			// "Algeria said it had shot down a Malian drone. Mali
			// rejected the claim": a claim is what another said, when
			// only one other speaker said anything in the window
			if p := onlySpeaker(prior, evs[:i], since, e.Source); p != nil {
				e.Target = append([]Entity(nil), p...)
			}
		}
	}
}

// statementNouns name what someone said, the object of a rejection that
// answers a plain statement: "rejected the claim", "denied the report".
var statementNouns = map[string]bool{"claim": true, "claims": true, "statement": true, "statements": true,
	"remarks": true, "comments": true, "assertion": true, "assertions": true, "report": true, "reports": true,
	"allegation": true, "allegations": true, "accusation": true, "accusations": true, "charge": true, "charges": true}

// statementNamed reports whether the words right after a verb (text from
// byte end) are a definite statement noun: "the claim", "these remarks",
// "the allegations".
func statementNamed(text string, end int) bool {
	if end <= 0 || end > len(text) {
		return false
	}
	words := strings.Fields(strings.ToLower(text[end:min(len(text), end+40)]))
	return len(words) >= 2 && (words[0] == "the" || words[0] == "this" || words[0] == "these" || words[0] == "that") &&
		statementNouns[strings.Trim(words[1], ".,;:\"'")]
}

// onlySpeaker returns the source of the statements (say, report, accuse)
// of the window before that are not by self, when they all have the
// same one; nil when there are none or two speakers fit.
func onlySpeaker(prior, before []Event, since int, self []Entity) []Entity {
	var found []Entity
	for _, evs := range [2][]Event{before, prior} {
		for j := len(evs) - 1; j >= 0; j-- {
			p := &evs[j]
			if p.Offset < since {
				return found
			}
			if p.Negated || len(p.Source) == 0 || aimedAt(p.Source, self) ||
				p.Type != "say" && p.Type != "report" && p.Type != "accuse" {
				continue
			}
			if found != nil && !aimedAt(p.Source, found) {
				return nil
			}
			found = p.Source
		}
	}
	return found
}

// latest returns the last event, in text order, of prior followed by
// before that ok accepts among those of sentences from byte offset since,
// or nil.
func latest(prior, before []Event, since int, ok func(*Event) bool) *Event {
	for _, evs := range [2][]Event{before, prior} {
		for j := len(evs) - 1; j >= 0; j-- {
			if evs[j].Offset < since {
				return nil
			}
			if ok(&evs[j]) {
				return &evs[j]
			}
		}
	}
	return nil
}

// aimedAt reports whether one of targets is one of actors or of its country.
func aimedAt(targets, actors []Entity) bool {
	for _, t := range targets {
		for _, a := range actors {
			if t.ID == a.ID || t.Country != "" && t.Country == a.Country {
				return true
			}
		}
	}
	return false
}

// answersClaim reports whether the words after a rejection's verb (text
// from byte end) name a claim or point back to one: "the accusations",
// "Washington's demand", "it".
func answersClaim(text string, end int) bool {
	if end <= 0 || end > len(text) {
		return false
	}
	words := strings.Fields(strings.ToLower(text[end:min(len(text), end+60)]))
	for k, w := range words {
		w = strings.Trim(w, ".,;:\"'")
		switch {
		case k == 0 && (w == "it" || w == "them" || w == "this" || w == "that" || w == "these" || w == "those"):
			return true
		case answerNouns[w]:
			return true
		case k >= 3:
			return false
		}
	}
	return false
}

// backNouns name an act a later sentence points back to with a definite
// noun ("condemned the arrests", "rejected the measures"), by the classes
// of act each can name; a nil class set is any act that is not a bare
// statement ("the decision", "the move").
var backNouns = func() map[string]map[string]bool {
	violent := map[string]bool{"attack": true, "fight": true, "bomb": true, "kill": true, "coerce": true}
	detain := map[string]bool{"coerce": true}
	asked := map[string]bool{"demand": true, "appeal": true}
	m := map[string]map[string]bool{}
	for _, w := range []string{"attack", "attacks", "bloodshed", "violence", "killing", "killings",
		"shelling", "bombing", "bombings", "strike", "strikes", "airstrike", "airstrikes", "raid",
		"raids", "assault", "massacre", "crackdown", "shooting", "shootings", "abduction",
		"abductions", "kidnapping", "kidnappings", "incursion", "offensive"} {
		m[w] = violent
	}
	for _, w := range []string{"arrest", "arrests", "detention", "detentions", "trial", "conviction",
		"convictions", "sentence", "sentencing", "indictment", "prosecution", "warrant", "warrants"} {
		m[w] = detain
	}
	// seizures of power and of people or ships, and armed risings:
	// "condemned the takeover", "the coup", "the uprising" (a palace
	// stormed or a ship seized may be coded as an attack)
	seized := map[string]bool{"coerce": true, "attack": true, "fight": true}
	for _, w := range []string{"seizure", "seizures", "takeover", "coup", "putsch", "uprising",
		"mutiny", "rebellion", "invasion", "annexation", "occupation", "storming", "hijacking"} {
		m[w] = seized
	}
	// shows of force: "condemned the exercises", "the drills", "the
	// deployment"
	mobilized := map[string]bool{"mobilize": true}
	for _, w := range []string{"drills", "exercises", "manoeuvres", "maneuvers"} {
		m[w] = mobilized
	}
	for w := range mobilisationNouns {
		m[w] = mobilized
	}
	// missiles fired, coded as an attack or a show of force: "condemned
	// the launch"
	launched := map[string]bool{"attack": true, "fight": true, "mobilize": true}
	for _, w := range []string{"launch", "launches"} {
		m[w] = launched
	}
	// people set free, one side's or both: "welcomed the release",
	// "hailed the swap"
	freed := map[string]bool{"concede": true}
	for _, w := range []string{"release", "swap", "exchange"} {
		m[w] = freed
	}
	for _, w := range []string{"demand", "demands", "call", "calls", "request", "ultimatum"} {
		m[w] = asked
	}
	// agreements, aimed at their parties: "hailed the accord",
	// "denounced the deals"
	agreed := map[string]bool{"agree": true, "sign": true, "ceasefire": true}
	for _, w := range []string{"deal", "deals", "agreement", "agreements", "accord", "accords", "pact",
		"treaty", "truce", "ceasefire", "cease-fire", "armistice"} {
		m[w] = agreed
	}
	for _, w := range []string{"decision", "move", "measure", "measures", "step", "steps",
		"action", "actions", "expulsion", "expulsions", "ban", "restrictions", "sanctions",
		"ruling", "verdict", "blockade"} {
		m[w] = nil
	}
	return m
}()

// actAnswers are the classes of statement that answer an act named back
// with a definite noun.
var actAnswers = map[string]bool{"condemn": true, "criticize": true, "reject": true, "deny": true, "praise": true}

// answerActs aims the condemnations and rejections among evs that name no
// target but point back to an act with a definite noun ("Belgrade
// condemned the arrests", "Caracas rejected the measures") at whoever did
// the last such act in the article's recent sentences (prior, oldest
// first; only those of sentences from byte offset since), when that is not
// the speaker. A verb coordinated after the answer with no object of its
// own ("condemned the decision and vowed to retaliate", "called the move
// unacceptable and said Moscow would respond") is aimed at the same
// actor. An announced answer ("would respond to the ruling") points back
// like a condemnation.
func answerActs(text string, prior, evs []Event, since int) {
	for i := range evs {
		e := &evs[i]
		end := e.TriggerEnd
		if e.Type == "threaten" && strings.HasPrefix(text[e.TriggerStart:], "respond") {
			// "would respond to the ruling": an announced answer
			// answers an act too
			if strings.HasPrefix(text[end:], " to ") {
				end += len(" to")
			}
		} else if !actAnswers[e.Type] {
			continue
		}
		if len(e.Target) > 0 || len(e.Source) == 0 || e.Negated {
			continue
		}
		classes, ok := pointsBack(text, end)
		if !ok {
			continue
		}
		p := latest(prior, evs[:i], since, func(p *Event) bool {
			return !p.Negated && len(p.Source) > 0 && p.Type != "say" && p.Type != "report" &&
				(classes == nil || classes[p.Type]) && !aimedAt(p.Source, e.Source)
		})
		if p == nil {
			continue
		}
		// ("Armenia and Azerbaijan signed a peace agreement ... Macron
		// welcomed the agreement": all who did the act, coded one
		// event each)
		e.Target = coActors(prior, evs[:i], p)
		for k := i + 1; k < len(evs); k++ {
			n := &evs[k]
			if n.Offset != e.Offset || n.TriggerStart < e.TriggerEnd {
				continue
			}
			between := text[e.TriggerEnd:n.TriggerStart]
			if n.Type == "say" && sameActors(n.Source, e.Source) {
				// "called the move unacceptable and said Moscow would
				// respond": the answer goes on in what it said
				continue
			}
			if len(n.Target) > 0 || n.Type == "say" || !sameActors(n.Source, e.Source) ||
				!strings.Contains(between, " and ") || strings.ContainsAny(between, ",;") {
				break
			}
			n.Target = append([]Entity(nil), e.Target...)
			break
		}
	}
}

// sameActors reports whether a and b name the same actors.
func sameActors(a, b []Entity) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k].ID != b[k].ID {
			return false
		}
	}
	return true
}

// pointsBack reports whether the words right after a verb (text from byte
// end) point back to an act with a definite noun ("the arrests", "this
// week's strikes" is not one), and the classes of act the noun can name.
func pointsBack(text string, end int) (map[string]bool, bool) {
	if end <= 0 || end > len(text) {
		return nil, false
	}
	words := strings.Fields(strings.ToLower(text[end:min(len(text), end+60)]))
	if len(words) < 2 || words[0] != "the" && words[0] != "this" && words[0] != "these" {
		return nil, false
	}
	for k := 1; k < len(words) && k <= 2; k++ {
		w := strings.Trim(words[k], ".,;:\"'")
		if c, ok := backNouns[w]; ok {
			return c, true
		}
		if w != words[k] {
			return nil, false
		}
	}
	return nil, false
}

// isDigits reports whether w is a number written in digits ("1,000").
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789,.") == ""
}

// alsoAnswers aims the acts among evs that name no target but say they
// repeat another's act ("Niger and Burkina Faso also withdrew their
// envoys", "Japan condemned the launch too") at the target of the latest
// act of the same class by someone else in the article's recent
// sentences. Not when that target is the source's own side ("Ukrainian
// forces also shelled the area" after Russia shelled Ukraine).
func alsoAnswers(text string, prior, evs []Event, since int) {
	for i := range evs {
		e := &evs[i]
		if len(e.Target) > 0 || len(e.Source) == 0 || e.Type == "say" || e.Type == "report" || !repeated(text, e.TriggerStart, e.TriggerEnd) {
			continue
		}
		if p := latest(prior, evs[:i], since, func(p *Event) bool {
			return p.Type == e.Type && p.Negated == e.Negated && len(p.Target) > 0 && !aimedAt(p.Source, e.Source)
		}); p != nil && !aimedAt(p.Target, e.Source) {
			e.Target = append([]Entity(nil), p.Target...)
		}
	}
}

// repeated reports whether the verb at text[start:end] says it repeats
// an act: "also" or "likewise" right before it (or before its
// auxiliary: "has also"), "too" or "as well" closing its short clause.
func repeated(text string, start, end int) bool {
	if start <= 0 || end > len(text) {
		return false
	}
	before := strings.Fields(strings.ToLower(text[max(0, start-20):start]))
	for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
		if before[k] == "also" || before[k] == "likewise" {
			return true
		}
		if !auxes[before[k]] {
			break
		}
	}
	after := strings.Fields(strings.ToLower(text[end:min(len(text), end+50)]))
	for k, w := range after {
		if k > 5 {
			break
		}
		bare := strings.TrimRight(w, ".,;")
		if bare != w || k == len(after)-1 {
			return bare == "too" || bare == "well" && k > 0 && after[k-1] == "as"
		}
	}
	return false
}

// pluralNumbers are the counts a plural back-reference gives.
var pluralNumbers = map[string]int{"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}

// pluralHeads are the nouns of a plural back-reference to states or
// parties: "the three countries", "both sides", "the two neighbours".
var pluralHeads = map[string]bool{"countries": true, "nations": true, "states": true, "governments": true,
	"sides": true, "parties": true, "neighbours": true, "neighbors": true, "powers": true, "capitals": true}

// pluralTargets aims the acts among evs that name no target but whose
// object is a plural back-reference ("warned the three countries",
// "urged both sides", "called on the two countries") at the actors of the
// latest earlier act that had that many: the coordinated sources of one
// act ("The United States, Britain and France fired missiles"), or for
// two, the source and target of one act ("Israeli jets struck Gaza").
func pluralTargets(text string, prior, evs []Event, since int) {
	for i := range evs {
		e := &evs[i]
		if len(e.Target) > 0 || len(e.Source) == 0 || e.Type == "say" || e.Type == "report" {
			continue
		}
		n := pluralCount(text, e.TriggerEnd)
		if n == 0 {
			continue
		}
		var parties []Entity // of the event latest is looking at
		p := latest(prior, evs[:i], since, func(p *Event) bool {
			if p.Negated || len(p.Source) == 0 || aimedAt(p.Source, e.Source) {
				return false
			}
			parties = coActors(prior, evs[:i], p)
			if len(parties) != n && n == 2 && len(parties) == 1 && len(p.Target) == 1 && !aimedAt(p.Target, parties) {
				parties = append(parties, p.Target[0])
			}
			return len(parties) == n && !aimedAt(parties, e.Source)
		})
		if p != nil {
			e.Target = parties
		}
	}
}

// pluralCount returns the number a plural back-reference right after a
// verb (text from byte end, past one preposition) gives, or 0: "the
// three countries" 3, "both sides" 2.
func pluralCount(text string, end int) int {
	if end <= 0 || end > len(text) {
		return 0
	}
	words := strings.Fields(strings.ToLower(text[end:min(len(text), end+50)]))
	if len(words) > 0 && (words[0] == "on" || words[0] == "to" || words[0] == "against" || words[0] == "with") {
		words = words[1:]
	}
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) < 2 || !pluralHeads[strings.Trim(words[1], ".,;:\"'")] {
		return 0
	}
	return pluralNumbers[words[0]]
}

// coActors returns the distinct source actors (one per country) of the
// event p and of the events of the same trigger beside it (coordinated
// sources are coded one event each), and of the act of the same class
// its sentence returns for it: "Azerbaijan freed 32 Armenian soldiers and
// Armenia released two Azerbaijani servicemen ... welcomed the swap" has
// both sides.
func coActors(prior, before []Event, p *Event) []Entity {
	var out []Entity
	for _, evs := range [2][]Event{prior, before} {
		for j := range evs {
			q := &evs[j]
			if q.Offset != p.Offset || q.Type != p.Type {
				continue
			}
			if q.TriggerStart != p.TriggerStart && !(aimedAt(q.Source, p.Target) && aimedAt(q.Target, p.Source)) {
				continue
			}
			for _, s := range q.Source {
				if !aimedAt([]Entity{s}, out) {
					out = append(out, s)
				}
			}
		}
	}
	return out
}

// threatening are the acts a mobilization can answer.
var threatening = map[string]bool{"mobilize": true, "attack": true, "fight": true, "bomb": true, "threaten": true}

// answerMobilization aims the mobilizations among evs that name no other
// target (none, or by the domestic convention the source's own country)
// at the author of the latest show of force, attack or threat aimed at
// their source in the article's recent sentences: "China began drills
// around Taiwan. Taiwan put its forces on alert" is Taiwan's answer to
// China.
func answerMobilization(prior, evs []Event, since int) {
	for i := range evs {
		e := &evs[i]
		if e.Type != "mobilize" || len(e.Source) == 0 || e.Negated || len(e.Target) > 0 && !sameCountry(e.Target, e.Source) {
			continue
		}
		if p := aggressor(prior, evs[:i], since, e, threatening); p != nil {
			e.Target = append([]Entity(nil), p.Source...)
		}
	}
}

// aggressor returns the latest act of one of the classes acts, in prior
// followed by before (from byte offset since), that is aimed at e's
// source by someone else: what e answers. Else nil.
func aggressor(prior, before []Event, since int, e *Event, acts map[string]bool) *Event {
	return latest(prior, before, since, func(p *Event) bool {
		return acts[p.Type] && !p.Negated && len(p.Source) > 0 && aimedAt(p.Target, e.Source) && !aimedAt(p.Source, e.Source)
	})
}

// hostile are the acts a vowed response can answer: those a mobilization
// can, and killings, arrests and sanctions.
var hostile = func() map[string]bool {
	m := map[string]bool{"kill": true, "coerce": true, "sanction": true}
	for c := range threatening {
		m[c] = true
	}
	return m
}()

// responseWords begin the words that make a threat an answer: "vowed to
// respond", "vowed a response", "would avenge", "warned it would
// retaliate".
var responseWords = []string{"respon", "retaliat", "aveng", "revenge", "reprisal", "hit back", "strike back", "reply"}

// answerResponses aims the threats among evs that name no target but vow a
// response ("Pakistan vowed to respond at a time and place of its
// choosing") at the author of the latest hostile act aimed at the
// threatening side in the article so far.
func answerResponses(text string, prior, evs []Event, since int) {
	for i := range evs {
		e := &evs[i]
		if e.Type != "threaten" || len(e.Source) == 0 || len(e.Target) > 0 || e.Negated || !vowsResponse(text, e) {
			continue
		}
		if p := aggressor(prior, evs[:i], since, e, hostile); p != nil {
			e.Target = append([]Entity(nil), p.Source...)
		}
	}
}

// vowsResponse reports whether the threat's trigger, or the few words
// after it, name a response.
func vowsResponse(text string, e *Event) bool {
	if e.TriggerEnd <= 0 || e.TriggerEnd > len(text) || e.TriggerStart < 0 {
		return false
	}
	after := strings.ToLower(text[e.TriggerStart:min(len(text), e.TriggerEnd+40)])
	for _, w := range responseWords {
		if strings.Contains(after, w) {
			return true
		}
	}
	return false
}

// sameCountry reports whether every one of a is of the country of b's
// first actor.
func sameCountry(a, b []Entity) bool {
	for _, x := range a {
		if x.Country == "" || x.Country != b[0].Country {
			return false
		}
	}
	return true
}

// releaseDemands aims the demands and appeals among evs for someone's
// release ("called for the immediate release of journalist Roman
// Protasevich", "demanded the release of the captain and his crew") that
// name no country but the speaker's own as target at the author of the
// arrest, detention or seizure nearest to them in the article, before or
// after, by another country than the speaker's.
func releaseDemands(text string, evs []Event) {
	for i := range evs {
		e := &evs[i]
		if e.Type != "demand" && e.Type != "appeal" || len(e.Source) == 0 || e.Negated ||
			placedElsewhere(e.Target, e.Source) || !asksRelease(text, e.TriggerEnd) {
			continue
		}
		best, dist := -1, 0
		for j := range evs {
			p := &evs[j]
			if p.Type != "coerce" || p.Negated || len(p.Source) == 0 || aimedAt(p.Source, e.Source) {
				continue
			}
			d := p.TriggerStart - e.TriggerStart
			if d < 0 {
				d = -d
			}
			if best < 0 || d < dist {
				best, dist = j, d
			}
		}
		if best >= 0 {
			e.Target = append([]Entity(nil), evs[best].Source...)
		}
	}
}

// placedElsewhere reports whether one of targets is of a country other
// than that of the first of sources ("the release of journalist Roman
// Protasevich" is no one's country).
func placedElsewhere(targets, sources []Entity) bool {
	for _, t := range targets {
		if t.Country != "" && t.Country != sources[0].Country {
			return true
		}
	}
	return false
}

// asksRelease reports whether the words after a demand's verb (text from
// byte end) ask for a release: "(for) the (immediate) release of".
func asksRelease(text string, end int) bool {
	if end <= 0 || end > len(text) {
		return false
	}
	words := strings.Fields(strings.ToLower(text[end:min(len(text), end+60)]))
	for k, w := range words {
		switch {
		case k > 4:
			return false
		case w == "release" || w == "freeing":
			return k+1 < len(words) && words[k+1] == "of"
		case w != "for" && w != "the" && w != "an" && w != "immediate" && w != "unconditional" && w != "swift" && w != "prompt":
			return false
		}
	}
	return false
}

// talksNouns name a round of talks with a noun.
var talksNouns = map[string]bool{"talks": true, "negotiations": true, "consultations": true, "meeting": true, "meetings": true}

// talksParties gives the talks that an agreement came after their parties.
// "Saudi Arabia and Iran agreed to restore relations, after four days of
// talks", "The deal was announced after 10 days of talks": the talks noun
// names no actor, but the agreement it led to does, in the same sentence
// or a recent one (prior, from byte offset since): CAMEO codes talks
// between the parties as their consultation (040), the agreement apart
// (030). The host or mediator named right after the noun ("talks hosted
// by China", "talks in Pretoria mediated by the African Union") consults
// with those parties (brokerParties does the same within a sentence, for
// a mediation with no target), not with the place the talks were held.
func talksParties(text string, prior, evs []Event, since int) {
	agreed := func(p *Event) bool {
		return (p.Type == "agree" || p.Type == "sign" || p.Type == "ceasefire") && len(p.Source) > 0 && !p.Negated
	}
	for i := range evs {
		e := &evs[i]
		if e.Type != "meet" || len(e.Source) > 0 || len(e.Target) > 0 ||
			!talksNouns[strings.ToLower(text[e.TriggerStart:e.TriggerEnd])] || !afterTalks(text[:e.TriggerStart]) {
			continue
		}
		// the agreement of the sentence, the one before the noun first
		var a *Event
		for j := range evs {
			if agreed(&evs[j]) && (a == nil || evs[j].TriggerStart < e.TriggerStart && (a.TriggerStart > e.TriggerStart || evs[j].TriggerStart > a.TriggerStart)) {
				a = &evs[j]
			}
		}
		if a == nil {
			a = latest(prior, nil, since, agreed)
		}
		if a == nil {
			continue
		}
		if a.Type != "sign" {
			// a signing is coded by the older convention (057, the
			// ceremony the event; sets 4-8 code no talks beside it),
			// so only its mediator is given the parties
			e.Source = append([]Entity(nil), a.Source...)
			e.Target = append([]Entity(nil), a.Target...)
		}
		for j := range evs {
			m := &evs[j]
			if m.Type != "meet" || len(m.Source) == 0 || m.TriggerStart < e.TriggerEnd || aimedAt(a.Source, m.Source) {
				continue
			}
			w := strings.ToLower(text[m.TriggerStart:m.TriggerEnd])
			gap := text[e.TriggerEnd:m.TriggerStart]
			if (strings.HasPrefix(w, "host") || strings.HasPrefix(w, "mediat") || strings.HasPrefix(w, "broker")) &&
				!strings.ContainsAny(gap, ",;") && len(strings.Fields(gap)) <= 3 {
				m.Target = append([]Entity(nil), a.Source...)
			}
		}
	}
}

// afterTalks reports whether the text before a talks noun ends in a time
// phrase that puts something after the talks: "after four days of
// previously undisclosed talks", "following face-to-face talks", "after a
// long night of talks" (at most five words between, no comma).
func afterTalks(before string) bool {
	f := strings.Fields(before)
	for k := len(f) - 1; k >= 0 && k >= len(f)-6; k-- {
		w := strings.ToLower(f[k])
		if w == "after" || w == "following" {
			return true
		}
		if strings.ContainsAny(w, ",;.") || w == "and" || w == "but" {
			return false
		}
	}
	return false
}
