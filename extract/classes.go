package extract

import "strings"

// Class refinements decided from the act's own clause: what the act is
// done to, and by whom (issue #4, sixth round).

// civilianNouns are people who take no part in fighting, and
// civilianPlaces the places where they gather: violence by armed groups
// against them is unconventional violence (CAMEO 18x, PLOVER ASSAULT),
// not combat ("militants stormed a hotel", "gunmen killed 20 villagers",
// "an attack by Islamist militants on a village", "shelled residential
// districts").
var civilianNouns = map[string]bool{
	"civilian": true, "civilians": true, "villager": true, "villagers": true, "worshipper": true, "worshippers": true,
	"worshiper": true, "worshipers": true, "churchgoers": true, "pilgrims": true, "student": true, "students": true,
	"schoolchildren": true, "schoolboys": true, "schoolgirls": true, "pupils": true, "child": true, "children": true,
	"women": true, "shoppers": true, "passengers": true, "commuters": true, "residents": true, "farmers": true,
	"herders": true, "mourners": true, "tourists": true, "bystanders": true, "teachers": true, "patients": true,
	"displaced": true, "guests": true, "diners": true, "revellers": true, "spectators": true,
}

var civilianPlaces = map[string]bool{
	"village": true, "villages": true, "market": true, "markets": true, "marketplace": true, "mosque": true,
	"mosques": true, "church": true, "churches": true, "synagogue": true, "temple": true, "shrine": true,
	"school": true, "schools": true, "university": true, "college": true, "hospital": true, "hospitals": true,
	"clinic": true, "hotel": true, "hotels": true, "restaurant": true, "cafe": true, "nightclub": true,
	"concert": true, "wedding": true, "funeral": true, "residential": true, "homes": true, "houses": true,
	"mall": true,
}

// campOwners make a camp a civilian place: "a camp for displaced people"
// is, "an army camp" is not.
var campOwners = map[string]bool{"refugee": true, "refugees": true, "displacement": true, "displaced": true, "idp": true}

// victimParticiples tell the toll of the act they follow: ", killing at
// least 21 people" is the same act as the verb before the comma.
var victimParticiples = map[string]bool{"killing": true, "wounding": true, "injuring": true, "leaving": true, "including": true}

// civilianObject reports whether the act whose trigger spans [i,j) is done
// to civilians or a civilian place, read from its own clause only: the
// words after the trigger up to the clause's end, a toll participle after
// a comma (", killing 17 civilians"), and for a passive act the words
// before it back to the clause start ("20 villagers were killed"). A
// civilian word elsewhere in the sentence says nothing about this act
// ("the army said its jets struck launch sites ... Residents said").
func civilianObject(toks []token, i, j int, passive bool) bool {
	for k := j; k < len(toks) && k < j+25; k++ {
		t := toks[k]
		if clauseEnd(t) {
			if t.text == "," && k+1 < len(toks) && victimParticiples[toks[k+1].low] {
				continue
			}
			break
		}
		if civilianAt(toks, k) {
			return true
		}
	}
	if passive {
		for k := i - 1; k >= 0 && k >= i-12; k-- {
			if clauseEnd(toks[k]) {
				break
			}
			if civilianAt(toks, k) {
				return true
			}
		}
	}
	return false
}

// clauseEnd reports whether token t ends a clause for civilianObject: the
// punctuation and clause words of segments.
func clauseEnd(t token) bool {
	switch t.text {
	case ",", ";", ":", "(", ")", "-", "–", "—":
		return true
	}
	return t.quote || clauseWords[t.low] || t.low == "since" || t.low == "after" || t.low == "before" || t.low == "as"
}

func civilianAt(toks []token, k int) bool {
	w := toks[k].low
	if civilianNouns[w] && !(w == "women" && k+1 < len(toks) && toks[k+1].low == "soldiers") {
		return true
	}
	if civilianPlaces[w] {
		// "the school of the armed forces", "military hospital": a
		// place of the forces is not civilian
		return !(k > 0 && (toks[k-1].low == "military" || toks[k-1].low == "army" || toks[k-1].low == "police"))
	}
	return (w == "camp" || w == "camps") && k > 0 && campOwners[toks[k-1].low]
}

// nonStateViolence reports whether the source of a violent act is no
// state's forces: an armed group or rebels, a body that is not a country
// (the RSF), or no named actor at all, the act coded from its place
// ("Suspected jihadists killed 20 villagers in central Mali": the source
// mention is the place, after the verb). A country named as the subject
// ("Israel struck a school") or its forces are a state acting.
func nonStateViolence(s *sent, c coded, ev Event, srcMil, srcPolice, srcIrregular bool) bool {
	if srcMil || srcPolice {
		return false
	}
	if srcIrregular || len(ev.Source) == 0 {
		return true
	}
	if e := ev.Source[0]; e.Kind == KindOrganization || e.Kind == KindGroup {
		// a body the dictionaries give a state's code is the state's
		// (the Israel Defense Forces: ISR); one with none or a rebel
		// code is not (the Rapid Support Forces)
		return e.Code == "" || strings.Contains(e.Code, "REB") || strings.Contains(e.Code, "INS")
	}
	for _, k := range c.src {
		m := s.ms[k]
		if irregularHeads[s.toks[m.j-1].low] {
			return true // "jihadists" placed in the one country named
		}
		if m.i < c.trig.i || m.i > 0 && s.toks[m.i-1].low == "by" {
			return false // a country or its leader, named as the actor
		}
	}
	return true
}

// irregularHeads name fighters of no state: a mention ending in one is an
// armed group even when it takes the country of the sentence.
var irregularHeads = map[string]bool{"jihadists": true, "jihadist": true, "gunmen": true, "gunman": true,
	"militants": true, "insurgents": true, "rebels": true, "extremists": true, "terrorists": true, "islamists": true,
	"attackers": true, "assailants": true, "bandits": true, "kidnappers": true, "bombers": true, "raiders": true,
	"militiamen": true, "militias": true, "paramilitaries": true}
