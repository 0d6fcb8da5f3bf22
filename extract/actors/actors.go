// Package actors holds the actor gazetteers compiled into newsgraph: the
// PETRARCH2 Phoenix country, international, non-state and agent dictionaries
// (MIT, see LICENSE-petrarch2.txt) plus a hand-curated layer of metonyms,
// demonyms, organisations and role words (curated.go), and officials newer
// than the dictionaries (leaders.go).
//
// Matching works on normalised tokens (see Key): the caller tokenises the
// text and asks for the longest actor or role phrase starting at a token.
// The package does not import package extract.
package actors

//go:generate go run ./gen -dict ../../../shared/corpora/dictionaries -out phoenix.tsv

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed phoenix.tsv
var phoenixTSV string

// Entity kinds, the same strings as package extract uses.
const (
	Country = "country"
	Person  = "person"
	Org     = "organization"
	Group   = "group"
)

// Actor is one gazetteer entry.
type Actor struct {
	Name    string // display name ("Russia", "United Nations")
	Kind    string // Country, Person, Org, Group
	Code    string // CAMEO/Phoenix code: RUS, RUSGOV, IGOUNO, NGO...
	Country string // ISO 3166-1 alpha-3, "" for international actors
	Seat    bool   // a seat of government standing for it (Kremlin, White House)
	end     string // last day the code holds, YYYYMMDD
	curated bool
}

// Curated reports whether the actor comes from the hand-curated layer
// (curated.go, leaders.go), whose names are canonical.
func (a Actor) Curated() bool { return a.curated }

// Role is a role word or phrase (agent): "spokesman", "foreign minister".
type Role struct {
	Code string // agent code without the tilde: GOV, MIL, REB, MED...
}

// Gazetteer is the compiled set of actors and roles. It is read-only after
// Default returns it, so it is safe for concurrent use.
type Gazetteer struct {
	actors   map[string]Actor
	roles    map[string]Role
	maxLen   map[string]int // first token -> longest key length (actors and roles)
	iso3     map[string]bool
	iso2to3  map[string]string
	names    map[string]string // ISO3 -> Phoenix display name, where countryNames has none
	surnames map[string]Actor  // last name -> person, when unambiguous
	titled   map[string]Actor  // "PRESIDENT BUSH" -> person: title-plus-name entries
}

var (
	once sync.Once
	def  *Gazetteer
)

// Default returns the gazetteer built from the embedded data, loading it on
// first use.
func Default() *Gazetteer {
	once.Do(func() { def = load() })
	return def
}

func load() *Gazetteer {
	g := &Gazetteer{
		actors:  make(map[string]Actor, 64000),
		roles:   make(map[string]Role, 4000),
		maxLen:  make(map[string]int, 40000),
		iso3:    map[string]bool{},
		iso2to3: map[string]string{},
		names:   map[string]string{},
	}
	// ISO codes first: actor countries depend on them.
	for _, line := range strings.Split(phoenixTSV, "\n") {
		if strings.HasPrefix(line, "C\t") {
			f := strings.Split(line, "\t")
			g.iso3[f[1]] = true
			g.iso2to3[f[2]] = f[1]
		}
	}
	// Kosovo has no ISO 3166-1 code; XKX (user-assigned, used by the EU,
	// the IMF and CLDR) is what the Phoenix KSV is mapped to: without it
	// "Kosovo", "Pristina" and "Kosovar" named no country.
	g.iso3["XKX"] = true
	g.iso2to3["XK"] = "XKX"
	for _, line := range strings.Split(phoenixTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		switch f[0] {
		case "A":
			if len(f) < 6 || stopKeys[f[1]] {
				continue
			}
			kind := f[2]
			if kind == "org" {
				kind = Org
			}
			a := Actor{Name: f[5], Kind: kind, Code: f[3], end: f[4]}
			a.Country = g.CountryOf(a.Code)
			if kind == Country {
				if _, ok := countryNames[a.Country]; !ok && g.names[a.Country] == "" {
					g.names[a.Country] = a.Name
				}
				a.Name = g.CountryName(a.Country)
			} else if n, ok := codeNames[a.Code]; ok && kind != Person {
				a.Name = n
			} else if kind != Person {
				a.Name = smallWords(a.Name)
			}
			g.addActor(f[1], a)
		case "R":
			if len(f) < 3 {
				continue
			}
			g.addRole(f[1], Role{Code: strings.TrimPrefix(f[2], "~")})
		}
	}
	g.linkAcronyms()
	for _, c := range curatedActors {
		a := Actor{Name: c.name, Kind: c.kind, Code: c.code, Seat: c.seat, curated: true, end: "99999999"}
		a.Country = g.CountryOf(c.code)
		if c.country != "" {
			a.Country = c.country
		}
		if a.Kind == Country && a.Name == "" {
			a.Name = g.CountryName(a.Country)
		}
		for _, k := range c.keys {
			g.addActor(Key(k), a)
		}
	}
	for _, p := range leaders {
		a := Actor{Name: p.name, Kind: Person, Code: p.code, curated: true, end: "99999999"}
		a.Country = g.CountryOf(p.code)
		for _, k := range append([]string{p.name}, p.keys...) {
			g.addActor(Key(k), a)
		}
	}
	g.addDemonymTable()
	g.addDemonyms()
	for k, code := range curatedRoles {
		g.addRole(Key(k), Role{Code: code})
	}
	for k := range notRoles {
		delete(g.roles, Key(k))
	}
	g.dropTitled()
	g.indexSurnames()
	return g
}

// smallWords lower-cases the function words inside a title-cased
// dictionary name: "Economic Community Of West African States" →
// "Economic Community of West African States".
func smallWords(name string) string {
	f := strings.Split(name, " ")
	for i := 1; i < len(f); i++ {
		switch f[i] {
		case "Of", "The", "And", "For", "On", "In", "At", "To", "De", "Du", "La", "Des", "Le":
			f[i] = strings.ToLower(f[i])
		}
	}
	return strings.Join(f, " ")
}

// acronymSmall are the words an acronym may skip: "Association of South
// East Asian Nations" is ASEAN, "Economic Community of West African
// States" ECOWAS.
var acronymSmall = map[string]bool{"OF": true, "THE": true, "AND": true, "FOR": true, "ON": true, "IN": true}

// linkAcronyms gives a dictionary acronym the name of the organisation it
// abbreviates, so that "ECOWAS" and "the Economic Community of West
// African States" are one entity: the acronym's letters are the initials
// of exactly one longer name of the same kind whose code has the same
// type and region (the first six letters). Two-letter acronyms are left
// alone: "BP" is also the initials of "Barclays PLC".
func (g *Gazetteer) linkAcronyms() {
	initials := func(k string, skip bool) string {
		var b strings.Builder
		for _, w := range strings.Fields(k) {
			if !skip || !acronymSmall[w] {
				b.WriteByte(w[0])
			}
		}
		return b.String()
	}
	prefix := func(code string) string { return code[:min(6, len(code))] }
	long := map[string]map[string]string{} // initials -> long name -> code prefix
	for k, a := range g.actors {
		if (a.Kind != Org && a.Kind != Group) || !strings.Contains(k, " ") {
			continue
		}
		for _, skip := range []bool{false, true} {
			in := initials(k, skip)
			if long[in] == nil {
				long[in] = map[string]string{}
			}
			long[in][a.Name] = prefix(a.Code)
		}
	}
	for k, a := range g.actors {
		if (a.Kind != Org && a.Kind != Group) || len(k) < 3 || strings.ContainsAny(k, " .-'") {
			continue
		}
		name, n := "", 0
		for ln, p := range long[k] {
			if p == prefix(a.Code) && ln != a.Name {
				name, n = ln, n+1
			}
		}
		if n == 1 {
			a.Name = name
			g.actors[k] = a
		}
	}
}

// indexSurnames maps the last name of dictionary persons to them when all
// persons of that last name belong to one country ("Reagan", "Bush"; not
// "Johnson").
func (g *Gazetteer) indexSurnames() {
	g.surnames = map[string]Actor{}
	bad := map[string]bool{}
	for k, a := range g.actors {
		if a.Kind != Person || a.Country == "" || !strings.Contains(k, " ") {
			continue
		}
		last := k[strings.LastIndexByte(k, ' ')+1:]
		if len(last) < 3 || bad[last] {
			continue
		}
		if old, ok := g.surnames[last]; ok && old.Country != a.Country {
			bad[last] = true
			delete(g.surnames, last)
			continue
		}
		// The latest holder of the name; ties broken by code, name and
		// the curated entry, so the choice does not depend on map order.
		if old, ok := g.surnames[last]; !ok || a.end > old.end ||
			a.end == old.end && (a.Code < old.Code || a.Code == old.Code && (a.Name < old.Name || a.Name == old.Name && a.curated && !old.curated)) {
			g.surnames[last] = a
		}
	}
	for last := range g.surnames {
		// a last name that is also a country, city or organisation word
		// is no evidence
		if b, ok := g.actors[last]; ok && b.Kind != Person {
			delete(g.surnames, last)
		}
	}
}

// LookupSurname returns the dictionary person with this last name (a
// normalised key) when all such persons belong to one country.
func (g *Gazetteer) LookupSurname(key string) (Actor, bool) {
	a, ok := g.surnames[key]
	return a, ok
}

// addDemonyms derives the "-an" demonym of one-word country names in -a
// the dictionaries lack ("Kampuchea" -> "Kampuchean", "Kampucheans"). The
// other forms they would make ("Chinan") are not words and never match.
func (g *Gazetteer) addDemonyms() {
	var add []string
	for k, a := range g.actors {
		if a.Kind == Country && a.Country != "" && len(k) > 3 && strings.HasSuffix(k, "A") && !strings.Contains(k, " ") && !strings.ContainsAny(k, "'-.") {
			add = append(add, k)
		}
	}
	for _, k := range add {
		a := g.actors[k]
		for _, d := range []string{k + "N", k + "NS"} {
			if _, ok := g.actors[d]; !ok {
				g.addActor(d, a)
			}
		}
	}
}

// dropTitled removes dictionary entries that are a title plus a name or a
// country plus a role ("UN SECRETARY GENERAL BAN KI-MOON", "PRESIDENT
// LYNDON JOHNSON"): the extractor reads such phrases as modifier, role and
// name, which gives the person their own name and the role.
func (g *Gazetteer) dropTitled() {
	var drop []string
	for k, a := range g.actors {
		if a.curated || a.Kind == Country || !strings.Contains(k, " ") {
			continue
		}
		toks := strings.Fields(k)
		if _, n := g.MatchRole(toks); n > 0 && n < len(toks) {
			drop = append(drop, k)
			continue
		}
		for m := len(toks) - 1; m >= 1; m-- {
			b, ok := g.actors[strings.Join(toks[:m], " ")]
			if !ok || b.Kind == Person {
				continue
			}
			if _, n := g.MatchRole(toks[m:]); n > 0 {
				drop = append(drop, k)
				break
			}
		}
	}
	g.titled = map[string]Actor{}
	for _, k := range drop {
		if a := g.actors[k]; a.Kind == Person && a.Country != "" {
			g.titled[k] = a
		}
		delete(g.actors, k)
	}
}

// LookupTitled returns the dictionary person named by a title and a name
// exactly as the dictionaries list it ("PRESIDENT BUSH" -> George Bush,
// USA), which tells a last name shared by persons of several countries
// apart.
func (g *Gazetteer) LookupTitled(key string) (Actor, bool) {
	a, ok := g.titled[key]
	return a, ok
}

func (g *Gazetteer) addActor(key string, a Actor) {
	if key == "" {
		return
	}
	if old, ok := g.actors[key]; ok && !a.curated {
		// Keep the entry valid last; on a tie prefer countries, which
		// carry the synonyms news actually uses.
		if old.curated || old.end > a.end || (old.end == a.end && (old.Kind == Country || a.Kind != Country)) {
			return
		}
	}
	g.actors[key] = a
	g.noteLen(key)
}

func (g *Gazetteer) addRole(key string, r Role) {
	if key == "" {
		return
	}
	g.roles[key] = r
	g.noteLen(key)
}

func (g *Gazetteer) noteLen(key string) {
	first, _, _ := strings.Cut(key, " ")
	n := strings.Count(key, " ") + 1
	if n > g.maxLen[first] {
		g.maxLen[first] = n
	}
}

// Starts reports whether some actor or role phrase starts with key.
func (g *Gazetteer) Starts(key string) bool { return g.maxLen[key] > 0 }

// MatchActor returns the longest actor phrase at the start of keys (tokens
// normalised with Key) and its length in tokens, 0 when none.
func (g *Gazetteer) MatchActor(keys []string) (Actor, int) {
	a, n, _ := g.match(keys, true)
	if n == 0 && len(keys) > 0 && len(keys[0]) > 4 && strings.HasSuffix(keys[0], "S") {
		// plural demonyms the dictionaries list in the singular:
		// "Albanians", "Sudanese" are listed, "Kurds" -> "KURD"
		if b, ok := g.actors[keys[0][:len(keys[0])-1]]; ok && b.Kind == Country {
			return b, 1
		}
	}
	return a, n
}

// MatchRole returns the longest role phrase at the start of keys.
func (g *Gazetteer) MatchRole(keys []string) (Role, int) {
	_, n, r := g.match(keys, false)
	return r, n
}

func (g *Gazetteer) match(keys []string, actor bool) (Actor, int, Role) {
	if len(keys) == 0 {
		return Actor{}, 0, Role{}
	}
	max := g.maxLen[keys[0]]
	if max > len(keys) {
		max = len(keys)
	}
	var b strings.Builder
	for n := max; n >= 1; n-- {
		b.Reset()
		for i := 0; i < n; i++ {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(keys[i])
		}
		k := b.String()
		if actor {
			if a, ok := g.actors[k]; ok {
				return a, n, Role{}
			}
		} else if r, ok := g.roles[k]; ok {
			return Actor{}, n, r
		}
	}
	return Actor{}, 0, Role{}
}

// Lookup returns the actor whose key is exactly key (already normalised).
func (g *Gazetteer) Lookup(key string) (Actor, bool) {
	a, ok := g.actors[key]
	return a, ok
}

// IsISO3 reports whether c is an ISO 3166-1 alpha-3 country code.
func (g *Gazetteer) IsISO3(c string) bool { return g.iso3[c] }

// CountryOf returns the ISO 3166-1 alpha-3 country a CAMEO/Phoenix actor
// code belongs to ("RUSGOV" -> "RUS", "NGOGBRREF" -> "GBR", "IGOUNO" -> ""),
// mapping the few Phoenix country codes that are not ISO.
func (g *Gazetteer) CountryOf(code string) string {
	if len(code) < 3 {
		return ""
	}
	if iso, ok := nonISO[code[:3]]; ok {
		return iso
	}
	if g.iso3[code[:3]] {
		return code[:3]
	}
	// International, non-governmental and militant codes carry a country
	// second ("NGOGBRHRI", "IMGSYRMUS").
	switch code[:3] {
	case "NGO", "IGO", "IMG", "MNC":
		if len(code) >= 6 && !religion[code[3:6]] {
			if iso, ok := nonISO[code[3:6]]; ok {
				return iso
			}
			if g.iso3[code[3:6]] {
				return code[3:6]
			}
		}
	}
	return ""
}

// religion codes sit where a country code could ("IMGMUSISI"); MUS is
// also Mauritius.
var religion = map[string]bool{"MUS": true, "CHR": true, "JEW": true, "BUD": true, "HIN": true, "SHI": true, "SUN": true}

// NormalizeCountry maps a country code as found in gold data or Phoenix
// output (ISO alpha-3, alpha-2 or a legacy CAMEO code) to ISO alpha-3;
// other codes (IGO, NGO...) are returned upper-cased as they are.
func (g *Gazetteer) NormalizeCountry(c string) string {
	c = strings.ToUpper(strings.TrimSpace(c))
	if iso, ok := nonISO[c]; ok {
		return iso
	}
	if len(c) == 2 {
		if iso, ok := g.iso2to3[c]; ok {
			return iso
		}
	}
	return c
}

// CountryName returns the usual English name of an ISO alpha-3 country.
func (g *Gazetteer) CountryName(iso string) string {
	if n, ok := countryNames[iso]; ok {
		return n
	}
	if n, ok := g.names[iso]; ok {
		return n
	}
	return iso
}

// Key normalises one token for matching: upper case, dots and diacritics
// dropped, curly apostrophes straightened, possessive 's removed.
func Key(s string) string {
	if isPlainUpper(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '.':
			continue
		case r == '’' || r == '‘':
			r = '\''
		case r == '-' || r == '_':
			r = ' '
		case r >= utf8.RuneSelf:
			r = fold(r)
		}
		b.WriteRune(unicode.ToUpper(r))
	}
	f := strings.Fields(b.String())
	for i, w := range f {
		f[i] = strings.TrimRight(strings.TrimSuffix(w, "'S"), "'")
	}
	return strings.Join(f, " ")
}

func isPlainUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// fold maps common Latin letters with diacritics to their base letter.
func fold(r rune) rune {
	const from = "àáâãäåāăçćčèéêëēěìíîïīñńňòóôõöøōřśšșțùúûüūůýÿžźżđ"
	const to = "aaaaaaaaccceeeeeeiiiiinnnoooooooorssstuuuuuuyyzzzd"
	if i := strings.IndexRune(from, unicode.ToLower(r)); i >= 0 {
		return rune(to[utf8.RuneCountInString(from[:i])])
	}
	return r
}
