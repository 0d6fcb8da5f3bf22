package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/extract/actors"
)

// mention is an actor phrase in a sentence.
type mention struct {
	i, j     int    // token span [i,j)
	ent      int    // index in doc.ents; -1 for an actor the gazetteers cannot place ("officials")
	roleCode string // agent code of the role word: GOV, MIL, REB...
	pron     bool   // a pronoun resolved by coreference
}

// doc is the per-article state: the entities seen so far and the
// coreference memory. Each Extract call has its own.
type doc struct {
	g           *actors.Gazetteer
	text        string
	ents        []*Entity
	byID        map[string]int
	surnames    map[string]int // last name key -> person entity
	roles       map[string]int // "spokesperson|RUS" -> person entity
	lastPerson  int
	lastSpeaker int
	lastSource  int  // first source of the last event coded, for "It"/"They"
	firstPerson int  // first person named in the current sentence
	record      bool // second pass: record surface mentions
	// abbrevs are the acronyms the article defines: "the paramilitary
	// Rapid Support Forces (RSF)" makes every later "RSF" that entity
	abbrevs map[string]int
	// roleCountry is the country the article gave a kind of state body
	// ("MIL" -> "SDN" after "Sudan's army", "" once it gave two); home is
	// the dateline's country. Both resolve the bare "the army" of later
	// sentences.
	roleCountry map[string]string
	home        string
	// bodies are the organisations and armed groups named so far, in
	// order, for "the agency", "the group" of later sentences
	bodies []int
	// countries are the countries named so far, in order, for "the
	// island", "the kingdom" of later sentences
	countries []int
	// actorCountries are the entities with a country the article has
	// named so far outside a prepositional phrase, for a bare "police"
	actorCountries []int
}

func newDoc(g *actors.Gazetteer, text string) *doc {
	return &doc{g: g, text: text, byID: map[string]int{}, surnames: map[string]int{}, roles: map[string]int{}, abbrevs: map[string]int{}, roleCountry: map[string]string{}, lastPerson: -1, lastSpeaker: -1, lastSource: -1}
}

// entity adds e (or merges it into the entity with its ID) and returns its
// index.
func (d *doc) entity(e Entity, surface string) int {
	k, ok := d.byID[e.ID]
	if !ok {
		k = len(d.ents)
		ee := e
		ee.Mentions = nil
		d.ents = append(d.ents, &ee)
		d.byID[e.ID] = k
	}
	x := d.ents[k]
	if x.Role == "" && e.Role != "" {
		x.Role = e.Role
	}
	if x.Affiliation == "" && e.Affiliation != "" {
		x.Affiliation = e.Affiliation
	}
	if x.Country == "" && e.Country != "" {
		x.Country = e.Country
	}
	if d.record && surface != "" {
		found := false
		for _, m := range x.Mentions {
			if m == surface {
				found = true
				break
			}
		}
		if !found {
			x.Mentions = append(x.Mentions, surface)
		}
	}
	return k
}

// Slug turns a name into the last part of an entity ID ("Dmitry Peskov" →
// "dmitry-peskov"), so every article gives one real entity the same ID.
func Slug(name string) string {
	k := strings.ToLower(actors.Key(name))
	var b strings.Builder
	dash := false
	for _, r := range k {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func (d *doc) countryEntity(iso, surface string) int {
	return d.entity(Entity{ID: "country/" + iso, Name: d.g.CountryName(iso), Kind: KindCountry, Country: iso, Code: iso}, surface)
}

// actorEntity makes the entity of a gazetteer actor named by surface.
func (d *doc) actorEntity(a actors.Actor, surface string) int {
	switch a.Kind {
	case actors.Country:
		if a.Country == "" {
			return -1
		}
		return d.countryEntity(a.Country, surface)
	case actors.Person:
		return d.personEntity(surface, "", "", a.Country, a.Code)
	case actors.Group:
		return d.entity(Entity{ID: "group/" + Slug(a.Name), Name: a.Name, Kind: KindGroup, Country: a.Country, Code: a.Code}, surface)
	default:
		return d.entity(Entity{ID: "org/" + Slug(a.Name), Name: a.Name, Kind: KindOrganization, Country: a.Country, Code: a.Code}, surface)
	}
}

func (d *doc) personEntity(name, role, affil, country, code string) int {
	surface := name
	// a curated person is one node under one name, whichever short form
	// or spelling the text uses ("Trump", "Zelenskiy")
	if a, ok := d.g.Lookup(actors.Key(name)); ok && a.Kind == actors.Person && a.Curated() {
		name = a.Name
		if country == "" {
			country, code = a.Country, a.Code
		}
	}
	k := d.entity(Entity{ID: "person/" + Slug(name), Name: name, Kind: KindPerson, Country: country, Code: code, Role: role, Affiliation: affil}, surface)
	f := strings.Fields(actors.Key(name))
	if len(f) > 0 {
		d.surnames[f[len(f)-1]] = k
	}
	if role != "" {
		d.roles[normRole(role)+"|"+country+"|"+affil] = k
		d.roles[normRole(role)+"|"+country] = k
		d.roles[normRole(role)] = k
	}
	return k
}

// collectiveRole reports whether a role names a body rather than a
// person: "militant group", "rebel movement".
func collectiveRole(r string) bool {
	f := strings.Fields(r)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "group", "groups", "organization", "organisation", "movement", "faction", "militia", "network",
		"outfit", "coalition", "alliance", "party", "front":
		return true
	}
	return false
}

// normRole folds role words that name the same office.
func normRole(r string) string {
	r = strings.ToLower(r)
	for _, s := range []string{"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen", "spokeswomen"} {
		r = strings.ReplaceAll(r, s, "spokesperson")
	}
	r = strings.ReplaceAll(r, "-", " ")
	r = strings.ReplaceAll(r, "defense", "defence")
	return r
}

// personal roles are held by one person at a time: "the Kremlin
// spokesperson" can corefer with the named spokesman.
func personalRole(code, role string) bool {
	switch code {
	case "MIL", "REB", "INS", "OPP", "COP", "CVL", "REF", "LEG", "JUD":
		if !strings.Contains(role, "spokes") && !strings.Contains(role, "commander") && !strings.Contains(role, "judge") && !strings.Contains(role, "prosecutor") {
			return false
		}
	}
	return !strings.HasSuffix(role, "s") || strings.HasSuffix(role, "ss")
}

// words that may stand before an actor phrase without being part of it.
var npPre = map[string]bool{
	"senior": true, "top": true, "former": true, "ousted": true, "exiled": true, "acting": true, "then": true,
	"interim": true, "newly": true, "appointed": true, "elected": true, "new": true, "outgoing": true, "incoming": true,
	"veteran": true, "ethnic": true, "angry": true, "young": true, "local": true, "leading": true, "prominent": true, "official": true, "state": true, "state-run": true,
}

// lower-case particles of personal names.
var nameParticles = map[string]bool{
	"al": true, "el": true, "bin": true, "ibn": true, "bint": true, "abu": true, "de": true, "da": true,
	"van": true, "von": true, "der": true, "den": true, "la": true, "le": true, "du": true, "dos": true, "del": true,
}

// capitalised words that never start or continue a personal name.
var notName = map[string]bool{
	"the": true, "a": true, "an": true, "on": true, "in": true, "at": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true, "said": true,
	"says": true, "told": true, "and": true, "but": true, "it": true, "he": true, "she": true, "they": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "i": true, "we": true,
	"if": true, "as": true, "this": true, "that": true, "there": true, "today": true, "yesterday": true,
	// "General Motors", "General Electric", "the General Assembly",
	// "the General Staff": after a rank, an organisation, not a person
	"motors": true, "electric": true, "dynamics": true, "mills": true, "assembly": true, "staff": true, "atomics": true,
}

// org head words make an unknown capitalised name an organisation.
var orgHeads = map[string]bool{
	"OBSERVATORY": true, "COUNCIL": true, "COMMITTEE": true, "MINISTRY": true, "AGENCY": true, "ORGANIZATION": true,
	"ORGANISATION": true, "FRONT": true, "PARTY": true, "MOVEMENT": true, "UNION": true, "ASSOCIATION": true,
	"INSTITUTE": true, "COMMISSION": true, "COURT": true, "BANK": true, "FOUNDATION": true, "FORUM": true,
	"BRIGADE": true, "BRIGADES": true, "ARMY": true, "CONGRESS": true, "ASSEMBLY": true, "PARLIAMENT": true,
	"OFFICE": true, "SERVICE": true, "AUTHORITY": true, "FEDERATION": true, "LEAGUE": true, "CENTER": true,
	"CENTRE": true, "NETWORK": true, "COALITION": true, "ALLIANCE": true, "GROUP": true, "MISSION": true,
	"WATCH": true, "FUND": true, "PROGRAM": true, "PROGRAMME": true, "DEPARTMENT": true,
	"SCHOOL": true, "UNIVERSITY": true, "HOSPITAL": true, "COLLEGE": true, "COMPANY": true, "CORPORATION": true,
	"COOPERATION": true, "COMMUNITY": true, "CONFERENCE": true, "TRIBUNAL": true, "BUREAU": true,
	"FORCES": true, "FORCE": true, "GUARD": true, "GUARDS": true, "MILITIA": true, "CORPS": true, "COMMAND": true,
	"BATTALION": true, "REGIMENT": true, "CLUB": true,
}

// groupingHeads name a standing group of states, often after the city where
// it first met.
var groupingHeads = map[string]bool{"GROUP": true, "CLUB": true, "PROCESS": true, "FORMAT": true, "QUARTET": true, "TRIANGLE": true}

// nationalWord reports whether w (lower case) is the country's own name or
// reads as its demonym ("russian", "chinese", "british", "israeli"), not a
// city of it ("minsk", "paris", "lima").
func nationalWord(w, country string) bool {
	if w == strings.ToLower(country) {
		return true
	}
	for _, suf := range []string{"an", "ese", "ish", "i", "ic", "ch"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// international words make an organisation without a country an
// international one (coded IGO).
var intlWords = map[string]bool{"INTERNATIONAL": true, "WORLD": true, "GLOBAL": true, "ASIA": true, "PACIFIC": true,
	"EUROPEAN": true, "EUROPE": true, "AFRICAN": true, "AFRICA": true, "ARAB": true, "ISLAMIC": true, "ATLANTIC": true,
	"AMERICAN": true, "AMERICAS": true, "REGIONAL": true, "UNITED": true, "NATIONS": true, "ASIAN": true}

// capOK reports whether tokens written as they are may be a name: content
// words capitalised, short single tokens written in capitals.
func capOK(ts []token) bool {
	if len(ts) == 0 || !ts[0].word {
		return false
	}
	if len(ts) == 1 && len([]rune(ts[0].text)) <= 3 {
		return ts[0].upper
	}
	if !ts[0].cap {
		return false
	}
	for _, t := range ts[1:] {
		if t.text == "'" || t.text == "’" {
			continue // "Workers' Party"
		}
		if !t.word && t.low != "'s" {
			return false
		}
		if !t.cap && !t.hyph && !t.upper {
			switch t.low {
			case "of", "for", "the", "and", "on", "in", "de", "al", "el", "'s", "to", "bin", "ibn", "von", "van", "der", "da":
			default:
				return false
			}
		}
	}
	return true
}

func (d *doc) matchActor(toks []token, i int) (actors.Actor, int) {
	if !toks[i].word || !(toks[i].cap || toks[i].upper) {
		return actors.Actor{}, 0
	}
	if !d.g.Starts(toks[i].key) && !(len(toks[i].key) > 4 && strings.HasSuffix(toks[i].key, "S")) {
		return actors.Actor{}, 0
	}
	n := len(toks) - i
	if n > 12 {
		n = 12
	}
	// keys skip inner possessives: "Democratic People's Republic of Korea"
	keys := make([]string, 0, n)
	idx := make([]int, 0, n)
	for k, t := range toks[i : i+n] {
		if (t.low == "'s" || t.text == "'" || t.text == "’") && k > 0 {
			continue // "People's Republic", "Workers' Party"
		}
		keys = append(keys, t.key)
		idx = append(idx, k)
	}
	a, nk := d.g.MatchActor(keys)
	m := 0
	for nk > 0 {
		m = idx[nk-1] + 1
		if capOK(toks[i : i+m]) {
			break
		}
		a, nk = d.g.MatchActor(keys[:nk-1])
		m = 0
	}
	if m > 0 && i+m < len(toks) && toks[i+m].hyph && toks[i+m].word && !toks[i+m].cap {
		switch toks[i+m].low {
		case "led", "backed", "controlled", "run", "sponsored", "trained", "funded", "allied", "supported",
			"flagged", "owned", "registered", "operated":
			// "a British-flagged tanker", "a Swedish-registered
			// vessel": the ship or firm is coded by its flag or owner
			// "Vietnamese-led forces", "Iranian-backed militias": the
			// actor behind them
			return a, m + 1
		}
		// "UK-based", "rebel-held": a modifier, not an actor
		return actors.Actor{}, 0
	}
	if m > 0 && a.Kind == actors.Country && (d.subnational(toks, i, m, a) || inLongerName(toks, i, a)) {
		return actors.Actor{}, 0
	}
	if m == 1 && a.Kind == actors.Country {
		if alt := d.otherPlace(toks, i); alt.Country != "" {
			return alt, m
		}
	}
	return a, m
}

// divisionNouns name the first-level divisions of a country: a country
// name before one ("Nigeria's Niger state", "Georgia state") or after
// "the U.S. state of" is a place inside another country, not the country.
var divisionNouns = map[string]bool{"state": true, "province": true, "region": true, "governorate": true,
	"prefecture": true, "oblast": true, "district": true, "county": true, "department": true}

// landforms after a country's name make it a region's name.
var landforms = map[string]bool{"delta": true, "river": true, "valley": true, "basin": true}

// stateOwned are the nouns after which "state" means run by the state,
// not a division: "Iran state television", "China State Council".
var stateOwned = map[string]bool{"media": true, "television": true, "tv": true, "news": true, "radio": true,
	"broadcaster": true, "agency": true, "newspaper": true, "press": true, "company": true, "companies": true,
	"firm": true, "firms": true, "oil": true, "energy": true, "council": true, "counsellor": true, "counselor": true,
	"department": true, "duma": true, "security": true, "visit": true, "secrets": true, "-": true}

// subnational reports whether the country words toks[i:i+m] name a
// division of a country rather than the country ("Nigeria's Niger
// state", "Mozambique's Cabo Delgado province", "Ethiopia's Somali
// region", "the U.S. state of Georgia"). A country's own name before a
// "state" is never the country: no one writes "Niger state" for the
// Republic of Niger. Before another division noun, and a people's name
// before any ("Somali region", "a Palestinian state"), it is a division
// only when another country's possessive comes first: PLOVER codes
// "Montenegro province" of the 1990s as Montenegro, and "the Russian
// region of Belgorod" is Russia's.
func (d *doc) subnational(toks []token, i, m int, a actors.Actor) bool {
	if i >= 3 && toks[i-1].low == "of" && divisionNouns[toks[i-2].low] {
		// "the U.S. state of Georgia", "the Nigerian state of Niger"
		if b, n := d.g.MatchActor([]string{toks[i-3].key}); n == 1 && b.Kind == actors.Country && b.Country != a.Country {
			return true
		}
	}
	k := i + m
	// "the Niger Delta", "the Jordan Valley", "the Congo River": a
	// landform named after the country (or the river the country is named
	// after) is a region, often in another state (seventh round)
	if k < len(toks) && toks[k].cap && landforms[toks[k].low] {
		return true
	}
	if k >= len(toks) || !divisionNouns[toks[k].low] || k+1 < len(toks) && (toks[k+1].low == "of" || toks[k].low == "state" && stateOwned[toks[k+1].low]) {
		return false
	}
	if toks[k].low == "state" && strings.EqualFold(d.span(toks, i, k), a.Name) {
		return true
	}
	// another country's possessive, over at most two lower-case words
	p := i - 1
	for n := 0; p >= 0 && n < 2 && toks[p].word && !toks[p].cap; n++ {
		p--
	}
	if p < 1 || toks[p].low != "'s" {
		return false
	}
	b, n := d.g.MatchActor([]string{toks[p-1].key})
	return n == 1 && b.Kind == actors.Country && b.Country != a.Country
}

// placeParticles join the words of a Romance place name: "Mocimboa da
// Praia", "Ciudad del Este".
var placeParticles = map[string]bool{"da": true, "de": true, "do": true, "das": true, "dos": true, "del": true, "di": true, "du": true}

// inLongerName reports whether the place at i ends a longer name it is
// joined to by a particle ("Mocimboa da Praia" is a Mozambican town, not
// Cape Verde's capital). A country's own name stays ("Santiago de
// Chile").
func inLongerName(toks []token, i int, a actors.Actor) bool {
	return i >= 2 && placeParticles[toks[i-1].low] && toks[i-2].word && toks[i-2].cap &&
		!strings.EqualFold(toks[i].text, a.Name)
}

// twinPlaces are place names the gazetteer gives one country that name a
// place in another country too: Tripoli, Libya's capital, is also
// Lebanon's second city. The other country is taken when the sentence
// names it ("rival militias in Tripoli ... the north Lebanese port").
var twinPlaces = map[string]string{"TRIPOLI": "LBN"}

// otherPlace returns the country actor of the twin of the place at i when
// the sentence names that country elsewhere, else the zero Actor.
func (d *doc) otherPlace(toks []token, i int) actors.Actor {
	iso, ok := twinPlaces[toks[i].key]
	if !ok {
		return actors.Actor{}
	}
	for k, t := range toks {
		if k == i || !t.word || !t.cap {
			continue
		}
		if b, n := d.g.MatchActor([]string{t.key}); n == 1 && b.Kind == actors.Country && b.Country == iso {
			return b
		}
	}
	return actors.Actor{}
}

func (d *doc) matchRole(toks []token, i int) (actors.Role, int) {
	if i >= len(toks) || !toks[i].word || !d.g.Starts(toks[i].key) {
		return actors.Role{}, 0
	}
	n := len(toks) - i
	if n > 6 {
		n = 6
	}
	keys := make([]string, 0, n)
	for _, t := range toks[i : i+n] {
		if !t.word {
			break
		}
		keys = append(keys, t.key)
	}
	return d.g.MatchRole(keys)
}

// ranks are military and police ranks written before a name, often
// abbreviated: "Brig. Gen.", "Lt. Col.", "Maj. Gen.".
var ranks = map[string]bool{"gen": true, "general": true, "brig": true, "brigadier": true, "lt": true,
	"lieutenant": true, "col": true, "colonel": true, "maj": true, "major": true, "capt": true, "captain": true,
	"sgt": true, "sergeant": true, "adm": true, "admiral": true, "cmdr": true, "cpl": true, "corporal": true,
	"marshal": true, "field": true, "rear": true, "vice": true}

// rankNames spell out abbreviated ranks used as a role.
var rankNames = map[string]string{"gen": "general", "brig": "brigadier", "lt": "lieutenant", "col": "colonel",
	"maj": "major", "adm": "admiral", "capt": "captain", "sgt": "sergeant", "cmdr": "commander", "cpl": "corporal"}

// rankAbbrev reports whether token k is an abbreviated rank with its dot:
// "Gen." in "Gen. Mark Milley".
func rankAbbrev(toks []token, k int) bool {
	return k >= 0 && k+1 < len(toks) && toks[k].cap && ranks[toks[k].low] && toks[k+1].text == "." && len(toks[k].text) <= 5
}

// rankAt returns how many tokens of capitalised ranks, with their
// abbreviation dots, start at i ("Brig . Gen ." is four).
func rankAt(toks []token, i int) int {
	n := 0
	for i+n < len(toks) && toks[i+n].cap && ranks[toks[i+n].low] {
		n++
		if i+n < len(toks) && toks[i+n].text == "." {
			n++
		}
	}
	return n
}

// nameAt returns the length of a personal name starting at i.
func nameAt(toks []token, i int) int {
	n := 0
	for k := i; k < len(toks) && n < 6; k++ {
		t := toks[k]
		// ("Moon Jae-in": a hyphenated part of a name is no
		// preposition)
		if !t.word || notName[t.low] && !(t.hyph && n > 0) {
			break
		}
		switch {
		case t.cap && !t.upper || t.cap && len(t.text) > 1 && t.upper && n > 0:
		case t.hyph && n > 0:
		case nameParticles[t.low] && k+1 < len(toks) && toks[k+1].word && (toks[k+1].cap || toks[k+1].hyph):
		default:
			return n
		}
		n++
	}
	// a trailing particle is no name
	for n > 0 && nameParticles[toks[i+n-1].low] {
		n--
	}
	return n
}

func (d *doc) span(toks []token, i, j int) string {
	if i < 0 || j > len(toks) || j <= i {
		return ""
	}
	return d.text[toks[i].start:toks[j-1].end]
}

// speaks reports whether a statement verb follows at i (over auxiliaries).
func speaks(toks []token, i int) bool {
	for end := i + 4; i < len(toks) && i < end; i++ {
		w := toks[i].low
		for _, e := range lexicon[w] {
			if e.class == "say" || e.class == "report" {
				return true
			}
		}
		switch w {
		case "has", "had", "have", "also", "later", "then", "further", "would", "will", "was", "is":
			continue
		}
		return false
	}
	return false
}

// lookupPerson finds a person in the dictionaries by full name, then by
// first and last name, then by last name alone.
func (d *doc) lookupPerson(name []token) (actors.Actor, bool) {
	var ks []string
	for _, t := range name {
		if t.word {
			ks = append(ks, t.key)
		}
	}
	if len(ks) == 0 {
		return actors.Actor{}, false
	}
	tries := []string{strings.Join(ks, " ")}
	if len(ks) > 2 {
		tries = append(tries, ks[0]+" "+ks[len(ks)-1], strings.Join(ks[len(ks)-2:], " "))
	}
	if len(ks) > 1 {
		tries = append(tries, ks[len(ks)-1])
	}
	for _, k := range tries {
		if a, ok := d.g.Lookup(k); ok && a.Kind == actors.Person && a.Country != "" {
			return a, true
		}
	}
	a, ok := d.g.LookupSurname(ks[len(ks)-1])
	if ok && len(ks) > 1 && !givenNameFits(ks[:len(ks)-1], a.Name) {
		// "General Juan Jose Zuniga" is not the Costa Rican minister
		// Guillermo Zuniga: a written given name must be one of the
		// dictionary person's names (or its initial)
		return actors.Actor{}, false
	}
	return a, ok
}

// givenNameFits reports whether one of the given names written before a
// last name is a name, or the initial of a name, of the dictionary person
// called full ("Hosni Mubarak" fits Mohammed Hosni Mubarak, "H. Mubarak"
// too; "Juan Jose Zuniga" does not fit Guillermo Zuniga). Names spelt
// apart in transliteration agree in their first three letters ("Glafcos"
// and "Glafkos" Clerides).
func givenNameFits(given []string, full string) bool {
	names := strings.Fields(actors.Key(full))
	for _, g := range given {
		g = strings.TrimSuffix(g, ".")
		for _, n := range names {
			if g == n || len(g) == 1 && strings.HasPrefix(n, g) || len(g) > 3 && len(n) > 3 && g[:3] == n[:3] {
				return true
			}
		}
	}
	return false
}

// govHeads are the words for a government named after its head.
var govHeads = map[string]bool{"administration": true, "government": true, "regime": true, "cabinet": true}

// headOfGovernment finds the dictionary person a government is named
// after: a president or prime minister listed with the title, else the
// only dictionary holders of the last name.
func (d *doc) headOfGovernment(key string) (actors.Actor, bool) {
	for _, t := range []string{"PRESIDENT ", "PRIME MINISTER ", "PREMIER "} {
		if a, ok := d.g.LookupTitled(t + key); ok {
			return a, true
		}
	}
	if a, ok := d.g.LookupSurname(key); ok && a.Country != "" {
		return a, true
	}
	return actors.Actor{}, false
}

// nationalRole reports whether a role is a national office.
func nationalRole(r string) bool {
	for _, w := range []string{"president", "prime minister", "minister", "king", "queen", "emir", "chancellor", "premier", "secretary", "leader", "foreign", "ambassador", "general",
		"judge", "prosecutor", "governor", "mayor", "commander"} {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}

// sentenceCountry returns the country of the place the sentence says the
// action happened ("in Sudan") when the sentence names no other country.
func (d *doc) sentenceCountry(toks []token, from int) string {
	found, seen := "", map[string]bool{}
	for i := 0; i < len(toks); i++ {
		a, n := d.matchActor(toks, i)
		if n == 0 || a.Country == "" || spokenLanguage(toks, i, n) {
			continue
		}
		seen[a.Country] = true
		// a country after "against", "to", "with", "on" is the other
		// party, not where the act happens
		if i > 0 {
			switch toks[i-1].low {
			case "against", "to", "with", "on", "from", "toward", "towards":
				i += n - 1
				continue
			}
		}
		if a.Kind == actors.Country && found == "" {
			found = a.Country
		}
		i += n - 1
	}
	if len(seen) != 1 {
		return ""
	}
	return found
}

// namesCountry reports whether the words name any actor of a country.
func (d *doc) namesCountry(toks []token) bool {
	for i := 0; i < len(toks); i++ {
		if a, n := d.matchActor(toks, i); n > 0 && a.Country != "" {
			return true
		}
	}
	return false
}

// mentions finds the actor phrases of a sentence.
func (d *doc) mentions(toks []token) []mention {
	var ms []mention
	d.firstPerson = -1
	for i := 0; i < len(toks); {
		m, next := d.mentionAt(toks, i)
		if k, ok := d.abbrevs[toks[i].text]; ok && toks[i].word {
			// an acronym the article defined wins over the
			// dictionary's reading of the same letters
			m, next = mention{i: i, j: i + 1, ent: k}, i+1
		}
		if next > i && m.pron && toks[i].low == "the" && mentionsEnt(ms, m.ent) && next < len(toks) && toks[next].low == "'s" {
			// "NATO ministers agreed to expand the alliance's mission":
			// the body is already an actor of the sentence (but "the
			// CSTO met after Tokayev asked the alliance for help" names
			// it again as whom an act is aimed at)
			i = next
			continue
		}
		if next > i {
			if a := definedAcronym(toks, next); a != "" && m.ent >= 0 && d.ents[m.ent].Kind != KindPerson && d.ents[m.ent].Kind != KindCountry {
				d.abbrevs[a] = m.ent
			}
			if d.firstPerson < 0 && m.ent >= 0 && !m.pron && d.ents[m.ent].Kind == KindPerson {
				d.firstPerson = m.ent
			}
			d.possessedBody(toks, ms, m)
			ms = append(ms, m)
			if m.ent >= 0 {
				d.note(m.ent, d.span(toks, m.i, m.j))
				if k := d.ents[m.ent].Kind; !m.pron && (k == KindOrganization || k == KindGroup) {
					d.bodies = append(d.bodies, m.ent)
				} else if !m.pron && k == KindCountry {
					d.countries = append(d.countries, m.ent)
				}
			}
			i = next
			continue
		}
		i++
	}
	return d.appositions(toks, ms)
}

// definedAcronym returns the acronym in parentheses at i ("(RSF)"), or "".
func definedAcronym(toks []token, i int) string {
	if i+2 >= len(toks) || toks[i].text != "(" || toks[i+2].text != ")" {
		return ""
	}
	a := toks[i+1].text
	if len(a) < 2 || len(a) > 8 {
		return ""
	}
	for _, r := range a {
		if r < 'A' || r > 'Z' {
			return ""
		}
	}
	return a
}

// appositions finds officials named in apposition, which the title-first
// patterns miss: "Moscow's envoy to the UN, Vassily Nebenzia," and "Kofi
// Annan, UN secretary-general,". The person gets the role and country of
// the title.
func (d *doc) appositions(toks []token, ms []mention) []mention {
	title := func(m mention) (string, bool) {
		if m.ent < 0 || m.roleCode == "" {
			return "", false
		}
		// the role words are the lower-case end of the mention
		e := m.j
		b := e
		for b > m.i && toks[b-1].word && (!toks[b-1].cap || toks[b-1].hyph) {
			b--
		}
		if b == e {
			// "UN Secretary-General": capitalised titles
			for b > m.i && toks[b-1].word && toks[b-1].key != "" {
				if _, n := d.matchRole(toks, b-1); n > 0 {
					b--
					continue
				}
				break
			}
		}
		role := strings.ToLower(d.span(toks, b, e))
		return role, role != "" && personalRole(m.roleCode, role)
	}
	out := ms
	for k, m := range ms {
		role, ok := title(m)
		if !ok || d.ents[m.ent].Kind == KindPerson {
			continue
		}
		x := d.ents[m.ent]
		affil := x.Name
		// A: "<title>, Name Name,"
		p := m.j
		for p < len(toks) && toks[p].low != "," && p < m.j+4 {
			p++ // "to the UN"
		}
		if p < len(toks) && toks[p].low == "," {
			if n := nameAt(toks, p+1); n >= 2 && p+1+n < len(toks) && (toks[p+1+n].low == "," || lexicon[toks[p+1+n].low] != nil) {
				if a, an := d.matchActor(toks, p+1); an == 0 || a.Kind == actors.Person {
					e := d.personEntity(d.span(toks, p+1, p+1+n), role, affil, x.Country, x.Code)
					out = append(out, mention{i: p + 1, j: p + 1 + n, ent: e, roleCode: m.roleCode})
					continue
				}
			}
		}
		// B: "Name Name, <title>,"
		q := m.i - 1
		for q >= 0 && dets[toks[q].low] {
			q--
		}
		if q > 0 && toks[q].low == "," {
			st := q
			for st > 0 && toks[st-1].word && toks[st-1].cap && !notName[toks[st-1].low] {
				st--
			}
			if n := q - st; n >= 2 && (k == 0 || ms[k-1].j <= st) {
				if a, an := d.matchActor(toks, st); an == 0 || a.Kind == actors.Person {
					e := d.personEntity(d.span(toks, st, q), role, affil, x.Country, x.Code)
					out = append(out, mention{i: st, j: q, ent: e, roleCode: m.roleCode})
				}
			} else if k > 0 && ms[k-1].i == st && ms[k-1].j == q && ms[k-1].ent >= 0 && d.ents[ms[k-1].ent].Kind == KindPerson {
				// "Kenzo Oshima, the United Nations Emergency Relief
				// Coordinator,": the title the article gives is more
				// recent than the dictionary's post
				p := d.ents[ms[k-1].ent]
				p.Country, p.Code, p.Role, p.Affiliation = x.Country, x.Code, role, affil
			}
		}
	}
	if len(out) > len(ms) {
		sort.Slice(out, func(a, b int) bool { return out[a].i < out[b].i })
	}
	return out
}

// speechAdjuncts open a participle adjunct of speech: ", saying he".
var speechAdjuncts = map[string]bool{"saying": true, "adding": true, "insisting": true, "arguing": true,
	"claiming": true, "stressing": true, "noting": true, "explaining": true, "warning": true}

// speechAdjunct reports whether the pronoun at i opens the content of a
// speech adjunct: ", saying he", ", adding that she".
func speechAdjunct(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].low == "that" {
		j--
	}
	return j >= 1 && speechAdjuncts[toks[j].low] && toks[j-1].text == ","
}

// note records a surface form of an entity (second pass only).
func (d *doc) note(k int, surface string) {
	if !d.record || surface == "" {
		return
	}
	x := d.ents[k]
	for _, m := range x.Mentions {
		if m == surface {
			return
		}
	}
	x.Mentions = append(x.Mentions, surface)
}

func (d *doc) mentionAt(toks []token, i int) (mention, int) {
	t := toks[i]
	if !t.word {
		return mention{}, i
	}
	if k := d.namedBody(toks, i); k >= 0 && !d.bodyRole(toks, i) {
		return mention{i: i, j: i + 2, ent: k, pron: true}, i + 2
	}
	if k, n := d.namedCountry(toks, i); k >= 0 {
		return mention{i: i, j: i + n, ent: k, pron: true}, i + n
	}
	if n := regionalCollective(toks, i); n > 0 {
		name := d.span(toks, i, i+n)
		k := d.entity(Entity{ID: "org/regional-" + Slug(name), Name: name, Kind: KindOrganization, Code: "IGO"}, name)
		return mention{i: i, j: i + n, ent: k}, i + n
	}
	switch t.low {
	case "it", "they":
		// a sentence that opens with "It"/"They" continues with the
		// actor of the previous sentence's last event
		if i == 0 && d.lastSource >= 0 {
			return mention{i: i, j: i + 1, ent: d.lastSource, pron: true}, i + 1
		}
		return mention{}, i
	case "its", "their":
		// so does a sentence that opens with "Its"/"Their" and a body
		// of its: "Its forces then fired", "Their troops crossed"
		if i == 0 && d.lastSource >= 0 {
			k := i + 1
			for k < len(toks) && npPre[toks[k].low] {
				k++
			}
			if role, n := d.matchRole(toks, k); n > 0 && role.Code != "" && !toks[k].cap {
				return mention{i: i, j: k + n, ent: d.lastSource, roleCode: role.Code, pron: true}, k + n
			}
		}
		return mention{}, i
	case "he", "she", "him":
		// the last person named; the last speaker when the pronoun
		// speaks ("he added")
		k := d.lastPerson
		if d.lastSpeaker >= 0 && (k < 0 || speaks(toks, i+1)) {
			k = d.lastSpeaker
		}
		// "Katsav refused to meet King Abdullah, saying he would": the
		// pronoun of a speech adjunct is the sentence's first person,
		// the adjunct's own subject
		if d.firstPerson >= 0 && t.low != "him" && speechAdjunct(toks, i) {
			k = d.firstPerson
		}
		if k >= 0 {
			return mention{i: i, j: i + 1, ent: k, pron: true}, i + 1
		}
		return mention{}, i
	}
	// leading adjectives: "senior", "former"; not the first word of a
	// name ("New Zealand", "State Department")
	j := i
	if _, n := d.matchActor(toks, i); n == 0 {
		for j < len(toks) && npPre[toks[j].low] {
			j++
		}
	}
	if j >= len(toks) {
		return mention{}, i
	}
	mod, modN := d.matchActor(toks, j)
	if b := d.namedBody(toks, j); modN == 0 && b >= 0 && d.bodyRole(toks, j) {
		// "the agency's director general"
		o := d.ents[b]
		mod, modN = actors.Actor{Name: o.Name, Kind: o.Kind, Code: o.Code, Country: o.Country}, 2
	}
	if toks[j].low == "the" && j+1 < len(toks) {
		// "The UN Security Council": the longer name without the article
		if m2, n2 := d.matchActor(toks, j+1); n2 > 0 && j+1+n2 > j+modN {
			j, mod, modN = j+1, m2, n2
		}
	}
	// "the Bush administration", "the Putin government": a government
	// named after its head is the head's country
	if modN <= 1 && toks[j].cap && toks[j].word && j+1 < len(toks) && govHeads[toks[j+1].low] && (modN == 0 || mod.Kind == actors.Person) {
		a, ok := mod, modN == 1 && mod.Country != ""
		if !ok {
			a, ok = d.headOfGovernment(toks[j].key)
		}
		if ok {
			return mention{i: j, j: j + 2, ent: d.countryEntity(a.Country, d.span(toks, j, j+2)), roleCode: "GOV"}, j + 2
		}
	}
	if toks[j].cap && (modN == 0 || mod.Kind == actors.Country) {
		// "Montenegro Municipality Association": an organisation named
		// after its country; before a role it is the role's modifier
		// ("Chinese Foreign Ministry spokesman Zhao Lijian")
		if m, e := d.orgName(toks, j); e > j+modN {
			if _, rn := d.matchRole(toks, e); rn > 0 && !toks[e].cap || rn > 0 && (nameAt(toks, e+rn) > 0 || rankAbbrev(toks, e) && nameAt(toks, e+rn+1+rankAt(toks, e+rn+1)) > 0) {
				o := d.ents[m.ent]
				mod, modN = actors.Actor{Name: o.Name, Kind: actors.Org, Code: o.Code, Country: o.Country}, e-j
			} else {
				return m, e
			}
		}
	}
	k := j + modN
	if modN > 0 && k < len(toks) && toks[k].low == "'s" {
		k++
	}
	for k < len(toks) && npPre[toks[k].low] && modN > 0 {
		k++
	}
	role, roleN := d.matchRole(toks, k)
	// chained roles: "foreign ministry spokeswoman", "army chief"
	for roleN > 0 && k+roleN < len(toks) {
		r2, n2 := d.matchRole(toks, k+roleN)
		if n2 == 0 || toks[k+roleN].cap != toks[k].cap && toks[k+roleN].cap || rankAbbrev(toks, k+roleN) {
			break
		}
		role, roleN = r2, roleN+n2
	}
	if roleN > 0 && k+roleN < len(toks) && toks[k+roleN].hyph && !toks[k+roleN].cap {
		roleN = 0 // "rebel-held", "government-controlled": a modifier
	}
	// a rank before the name: "army chief Gen. Abdel-Fattah Burhan",
	// "spokesman Brig. Gen. Nabil Abdallah"; a rank alone is the role
	gap := 0
	if roleN > 0 && rankAbbrev(toks, k+roleN-1) {
		// "Gen. Mark Milley": the rank is the role, its dot no name
		if g := 1 + rankAt(toks, k+roleN+1); nameAt(toks, k+roleN+g) > 0 {
			gap = g
		}
	} else if g := rankAt(toks, k+roleN); g > 0 && nameAt(toks, k+roleN+g) > 0 {
		if roleN == 0 {
			role, roleN = actors.Role{Code: "MIL"}, g
		} else {
			gap = g
		}
	}
	if roleN > 0 && modN == 0 && (!toks[k].cap || k == 0 || toks[k-1].quote) {
		// a lower-case role word alone: "officials", "rebels"
		nameN := nameAt(toks, k+roleN+gap)
		if nameN == 0 {
			rt := strings.ToLower(d.span(toks, k, k+roleN))
			if personalRole(role.Code, rt) && k > 0 && toks[k-1].low == "the" {
				// "the spokesman said": the official named before
				if p, ok := d.roles[normRole(rt)]; ok {
					return mention{i: j, j: k + roleN, ent: p, roleCode: role.Code}, k + roleN
				}
			}
			return mention{i: j, j: k + roleN, ent: -1, roleCode: role.Code}, k + roleN
		}
	}
	roleText := ""
	if roleN > 0 {
		roleText = strings.ToLower(d.span(toks, k, k+roleN))
		if full, ok := rankNames[roleText]; ok {
			roleText = full // "Gen." → general
		}
	}
	nameN := 0
	if roleN > 0 {
		nameN = nameAt(toks, k+roleN+gap)
		// the name must not be a country or an organisation
		for q := k + roleN + gap; q < k+roleN+gap+nameN; q++ {
			if orgHeads[toks[q].key] {
				if m, e := d.orgName(toks, j); e > j {
					return m, e
				}
				nameN = 0
				break
			}
		}
		if nameN > 0 {
			if a, n := d.matchActor(toks, k+roleN+gap); n > 0 && a.Kind != actors.Person && n >= nameN {
				nameN = 0
			}
		}
	}
	switch {
	case roleN > 0 && nameN > 0:
		ns, ne := k+roleN+gap, k+roleN+gap+nameN
		name := d.span(toks, ns, ne)
		country, code, affil := "", "", ""
		if modN > 0 {
			country, code = mod.Country, mod.Code
			affil = mod.Name
			if mod.Seat || mod.Kind != actors.Country {
				affil = d.span(toks, j, j+modN)
				if mod.Kind != actors.Country {
					affil = mod.Name
				}
			}
		}
		// "King Hassan of Morocco", "President Wade of Senegal", "Lt.
		// Col. Ivan Petrov of the Russian army" (the country's own
		// organ: the person's country, the mention ends at the name)
		if modN == 0 && ne+1 < len(toks) && toks[ne].low == "of" {
			if a, n := d.matchActor(toks, ne+1); n > 0 && a.Kind == actors.Country && a.Country != "" {
				country, code, affil = a.Country, a.Country, a.Name
				ne += 1 + n
			} else if ne+2 < len(toks) && toks[ne+1].low == "the" {
				if a, n := d.matchActor(toks, ne+2); n > 0 && a.Kind == actors.Country && a.Country != "" && !a.Seat {
					if r, rn := d.matchRole(toks, ne+2+n); rn > 0 && stateAgents[r.Code] {
						country, code = a.Country, a.Country
					}
				}
			}
		}
		if a, ok := d.lookupPerson(toks[ns : ns+nameN]); ok {
			if country == "" {
				country = a.Country
			}
			if code == "" {
				code = a.Code
			}
		}
		if country == "" {
			// "President Bush": the dictionaries list the titled name
			var ks []string
			for q := k; q < ns+nameN; q++ {
				if toks[q].word {
					ks = append(ks, toks[q].key)
				}
			}
			if a, ok := d.g.LookupTitled(strings.Join(ks, " ")); ok {
				country = a.Country
				if code == "" {
					code = a.Code
				}
			}
		}
		if country == "" && modN == 0 && nationalRole(roleText) {
			// "President Omar el-Bashir ... in Sudan": a head of state
			// or minister without a country belongs to the country the
			// sentence names
			country = d.sentenceCountry(toks, ne)
			if country == "" && !d.namesCountry(toks) {
				// "BOGOTA - ... and President Ivan Duque called
				// off peace talks": in a sentence that names no
				// country at all, the country the story is filed
				// from
				country = d.home
			}
		}
		if code == "" || len(code) == 3 {
			code += role.Code
		}
		if collectiveRole(roleText) {
			// "the militant group Jaish-e-Mohammad": a group, not a
			// person
			e := d.entity(Entity{ID: "group/" + Slug(name), Name: name, Kind: KindGroup, Country: country, Code: code}, name)
			return mention{i: j, j: ne, ent: e, roleCode: role.Code}, ne
		}
		e := d.personEntity(name, roleText, affil, country, code)
		d.lastPerson = e
		return mention{i: j, j: ne, ent: e, roleCode: role.Code}, ne
	case modN > 0 && roleN > 0:
		// "the Kremlin spokesperson", "Syrian government forces"
		if personalRole(role.Code, roleText) {
			affil := mod.Name
			if mod.Seat {
				affil = d.span(toks, j, j+modN)
			}
			if p, ok := d.roles[normRole(roleText)+"|"+mod.Country+"|"+affil]; ok {
				return mention{i: j, j: k + roleN, ent: p, roleCode: role.Code}, k + roleN
			}
			if p, ok := d.roles[normRole(roleText)+"|"+mod.Country]; ok && mod.Country != "" {
				return mention{i: j, j: k + roleN, ent: p, roleCode: role.Code}, k + roleN
			}
		}
		e := d.collective(mod, role, d.span(toks, j, k+roleN))
		return mention{i: j, j: k + roleN, ent: e, roleCode: role.Code}, k + roleN
	case modN > 0:
		// "Bosnian Serbs", "Iraqi Kurds": a people named by where they live
		if mod.Kind == actors.Country && j+modN < len(toks) && toks[j+modN].cap {
			if b, n := d.matchActor(toks, j+modN); n == 1 && b.Kind == actors.Country && strings.HasSuffix(toks[j+modN].key, "S") {
				modN++
			}
		}
		surface := d.span(toks, j, j+modN)
		e := d.actorEntity(mod, surface)
		if mod.Kind == actors.Person {
			d.lastPerson = e
		}
		return mention{i: j, j: j + modN, ent: e}, j + modN
	case roleN > 0 && toks[k].cap:
		// a capitalised title without a name: "President", "Foreign Minister"
		return mention{}, i
	}
	// An unknown capitalised name: a known person by surname, or an
	// organisation by its head word.
	if !t.cap {
		return mention{}, i
	}
	n := nameAt(toks, i)
	if n == 0 {
		return mention{}, i
	}
	if n == 1 {
		if p, ok := d.surnames[t.key]; ok {
			d.lastPerson = p
			return mention{i: i, j: i + 1, ent: p}, i + 1
		}
	}
	if m, e := d.orgName(toks, i); e > i {
		return m, e
	}
	return mention{}, i
}

// orgName reads an organisation name not in the gazetteers: capitalised
// words with an organisation head word ("Kenya Anti-Corruption
// Commission"); its country is the country named in it.
func (d *doc) orgName(toks []token, i int) (mention, int) {
	n := 0
	// an abbreviated rank ends the name: "U.S. Army Gen. Mark Milley"
	for k := i; k < len(toks) && k < i+12 && toks[k].cap && toks[k].word && !notName[toks[k].low] && !(k > i && rankAbbrev(toks, k)); k++ {
		n++
	}
	if n == 0 {
		return mention{}, i
	}
	// organisation names run over "of" and "for"
	e := i + n
	for e+1 < len(toks) && e < i+16 && (toks[e].low == "of" || toks[e].low == "for") && toks[e+1].cap {
		m := 0
		for k := e + 1; k < len(toks) && k < e+8 && toks[k].cap && toks[k].word && !notName[toks[k].low]; k++ {
			m++
		}
		e += 1 + m
	}
	if e-i == 1 && !toks[i].upper {
		return mention{}, i // "Parliament" alone is no name
	}
	for k := i; k < e; k++ {
		if orgHeads[toks[k].key] {
			name := d.span(toks, i, e)
			country := ""
			placeNamed := false // a grouping named after a city: "the Minsk Group"
			for q := i; q < e; q++ {
				if a, n := d.matchActor(toks, q); n > 0 && a.Country != "" {
					country = a.Country
					placeNamed = groupingHeads[toks[e-1].key] && n == 1 && !nationalWord(toks[q].low, d.g.CountryName(a.Country))
					break
				}
			}
			if placeNamed {
				// "the Minsk Group", "the Paris Club", "the Lima Group":
				// states that met in a city, not the city's state
				country = ""
			}
			code := country
			if placeNamed {
				code = "IGO"
			}
			if country == "" {
				for q := i; q < e; q++ {
					if intlWords[toks[q].key] {
						code = "IGO"
					}
				}
			}
			ent := d.entity(Entity{ID: "org/" + Slug(name), Name: name, Kind: KindOrganization, Country: country, Code: code}, name)
			return mention{i: i, j: e, ent: ent}, e
		}
	}
	return mention{}, i
}

// collective makes the entity of an agent phrase without a name: a
// country's government, forces or officials are the country; its rebels
// and opposition a group of that country.
func (d *doc) collective(mod actors.Actor, role actors.Role, surface string) int {
	switch role.Code {
	case "REB", "INS", "OPP":
		if mod.Kind == actors.Country && mod.Country != "" {
			name := strings.ToLower(surface[strings.LastIndexByte(surface, ' ')+1:])
			return d.entity(Entity{ID: "group/" + strings.ToLower(mod.Country) + "-" + Slug(name), Name: name + " (" + d.g.CountryName(mod.Country) + ")", Kind: KindGroup, Country: mod.Country, Code: mod.Country + role.Code}, surface)
		}
	}
	return d.actorEntity(mod, surface)
}

// bodyRole reports whether "the <head>" at i is followed by "'s" and a
// role: "the agency's director general" is the agency's official.
func (d *doc) bodyRole(toks []token, i int) bool {
	if i+3 >= len(toks) || toks[i+2].low != "'s" {
		return false
	}
	_, rn := d.matchRole(toks, i+3)
	return rn > 0
}

// bodyHeads are the common nouns a later sentence names an organisation
// or armed group by ("the agency's director general", "the group's
// launch sites", "the bloc said"), with the kind of entity each means.
var bodyHeads = map[string]string{
	"agency": KindOrganization, "organisation": KindOrganization, "organization": KindOrganization,
	"bloc": KindOrganization, "alliance": KindOrganization, "fund": KindOrganization,
	"group": KindGroup, "movement": KindGroup, "militia": KindGroup,
}

// namedBody returns the organisation or group that "the <head>" at i
// names: the last one named before whose name holds the head word ("the
// agency" after "the International Atomic Energy Agency"), else the last
// one of the head's kind. -1 when the words are no such reference: a name
// follows ("the group Hamas"), "of" does ("the group of experts"), or the
// head is written as a name ("the Group of Seven").
func (d *doc) namedBody(toks []token, i int) int {
	if toks[i].low != "the" || i+1 >= len(toks) || len(d.bodies) == 0 {
		return -1
	}
	h := toks[i+1]
	kind, ok := bodyHeads[h.low]
	if !ok || h.cap || i+2 < len(toks) && (toks[i+2].cap && toks[i+2].word || toks[i+2].low == "of" || toks[i+2].hyph) {
		return -1
	}
	for n := len(d.bodies) - 1; n >= 0; n-- {
		e := d.ents[d.bodies[n]]
		for _, w := range strings.Fields(strings.ToLower(e.Name)) {
			if w == h.low {
				return d.bodies[n]
			}
		}
	}
	for n := len(d.bodies) - 1; n >= 0; n-- {
		if d.ents[d.bodies[n]].Kind == kind {
			return d.bodies[n]
		}
	}
	return -1
}

// mentionsEnt reports whether one of ms is the entity k.
func mentionsEnt(ms []mention, k int) bool {
	for _, m := range ms {
		if m.ent == k {
			return true
		}
	}
	return false
}

// possessedBody gives an organisation or armed group of no known country
// the country whose possessive it follows, over at most two lower-case
// words: "Sudan's paramilitary Rapid Support Forces", "Colombia's
// National Liberation Army". ms are the sentence's mentions before m.
func (d *doc) possessedBody(toks []token, ms []mention, m mention) {
	if m.ent < 0 || m.pron || len(ms) == 0 {
		return
	}
	e := d.ents[m.ent]
	if e.Country != "" || e.Kind != KindOrganization && e.Kind != KindGroup {
		return
	}
	q := m.i - 1
	for n := 0; q >= 0 && n < 2 && toks[q].word && !toks[q].cap; n++ {
		q--
	}
	if q >= 0 && toks[q].low == "and" {
		// "Sudan's army and the paramilitary Rapid Support Forces",
		// "the Colombian government and the rebels of the ELN": a body
		// joined to one country's armed forces or government is that
		// country's own (the two parties of a civil war or its talks)
		if p := ms[len(ms)-1]; p.j == q && p.ent >= 0 && d.ents[p.ent].Kind == KindCountry && stateAgents[p.roleCode] && p.roleCode != "JUD" {
			e.Country = d.ents[p.ent].Country
		}
		return
	}
	if q < 1 || toks[q].low != "'s" {
		return
	}
	p := ms[len(ms)-1]
	if p.j < q || p.j > m.i || p.i >= q || p.ent < 0 || d.ents[p.ent].Kind != KindCountry {
		return
	}
	e.Country = d.ents[p.ent].Country
}

// countryHeads are the descriptive nouns news uses for a country named
// before ("halted imports from the island", "arms sales to the
// kingdom"), each with the countries it can describe: islands whole
// countries are known by, and monarchies called kingdoms.
var countryHeads = map[string]map[string]bool{
	"island": setOf("TWN", "CUB", "LKA", "CYP", "JAM", "ISL", "MLT", "MDG", "BHR", "SGP", "MUS", "TTO",
		"BRB", "HTI", "DOM", "IRL", "TLS", "NRU", "CPV", "COM", "STP", "BHS"),
	"kingdom": setOf("SAU", "MAR", "JOR", "BHR", "THA", "KHM", "BTN", "SWZ", "LSO", "TON", "ESP", "NLD",
		"BEL", "NOR", "SWE", "DNK"),
}

func setOf(codes ...string) map[string]bool {
	m := map[string]bool{}
	for _, c := range codes {
		m[c] = true
	}
	return m
}

// namedCountry returns the country "the island" or "the kingdom" (also
// "the island nation") at i names, and the mention's length: the one
// country of the head's kind the article has named so far. -1 when it
// named none or two (Japan and Taiwan are both islands), or when a name
// follows ("the Kingdom of Bahrain", "the island of Crete").
func (d *doc) namedCountry(toks []token, i int) (int, int) {
	if toks[i].low != "the" || i+1 >= len(toks) {
		return -1, 0
	}
	kinds, ok := countryHeads[toks[i+1].low]
	n := 2
	if i+2 < len(toks) && (toks[i+2].low == "nation" || toks[i+2].low == "state" || toks[i+2].low == "country") {
		n = 3
	}
	if !ok || i+n < len(toks) && (toks[i+n].low == "of" || toks[i+n].cap && toks[i+n].word || toks[i+n].hyph) {
		return -1, 0
	}
	found := -1
	for _, k := range d.countries {
		if kinds[d.ents[k].Country] {
			if found >= 0 && found != k {
				return -1, 0
			}
			found = k
		}
	}
	return found, n
}

// regionAdjectives name a world region whose states act together through
// a regional body (ECOWAS, the African Union, the GCC, the Arab League,
// the EU, ASEAN, CARICOM ...): "West African leaders", "Gulf Arab states",
// "European partners". "Central African" is left out: it is also a
// country's demonym.
var regionAdjectives = [][]string{{"west", "african"}, {"east", "african"}, {"southern", "african"}, {"african"},
	{"gulf", "arab"}, {"gulf"}, {"arab"}, {"european"}, {"nordic"}, {"baltic"}, {"latin", "american"},
	{"south", "american"}, {"southeast", "asian"}, {"central", "asian"}, {"caribbean"}, {"pacific", "island"}, {"regional"}}

// countWords count the states a plural names.
var countWords = map[string]bool{"three": true, "four": true, "five": true, "six": true, "seven": true, "eight": true,
	"nine": true, "ten": true, "dozen": true, "dozens": true, "both": true, "many": true, "some": true, "other": true}

// regionalHeads are the plural heads that make such a region's states one
// actor; a regional body named by its kind ("the regional bloc", "a
// regional peacekeeping force") is one too.
var regionalHeads = map[string]bool{"leaders": true, "mediators": true, "partners": true, "states": true, "nations": true,
	"countries": true, "governments": true, "ministers": true, "bloc": true, "neighbours": true, "neighbors": true,
	"peacekeepers": true, "heads": true, "allies": true}

// regionalCollective returns the length of a region's states named as one
// actor at i ("West African leaders", "Gulf states", "European common
// market partners", "regional foreign ministers", "a regional
// peacekeeping force"), or 0. Coded IGO, as PLOVER codes such groups. A
// capitalised word after the head ends it as a name's part ("the
// European Union", "Arab States Broadcasting Union") and is left to the
// gazetteer.
func regionalCollective(toks []token, i int) int {
	// "30 African countries", "the three eastern European countries":
	// states counted or a part of a region are those states, not a body
	if i > 0 && (isDigits(toks[i-1].text) || regionWords[toks[i-1].low] || countWords[toks[i-1].low]) {
		return 0
	}
	for _, adj := range regionAdjectives {
		k := i
		for _, w := range adj {
			if k >= len(toks) || toks[k].low != w || !toks[k].cap && w != "regional" {
				k = -1
				break
			}
			k++
		}
		if k < 0 {
			continue
		}
		// up to two lower-case modifiers: "common market partners",
		// "foreign ministers", "peacekeeping force"
		for n := 0; n <= 2 && k < len(toks); n++ {
			t := toks[k]
			if !t.word || t.cap {
				return 0
			}
			if regionalHeads[t.low] || adj[0] == "regional" && (t.low == "force" || t.low == "mediator") {
				if k+1 < len(toks) && toks[k+1].cap && toks[k+1].word {
					return 0 // "the regional bloc ECOWAS": the name itself
				}
				return k + 1 - i
			}
			k++
		}
		return 0
	}
	return 0
}
