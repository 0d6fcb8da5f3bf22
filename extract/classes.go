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
	// the press and the clergy (seventh round): "attacked bishops and
	// journalists at a basilica"
	"journalists": true, "reporters": true, "priests": true, "priest": true, "bishops": true, "clergy": true,
	"nuns": true, "monks": true, "imams": true,
	// protesters (eighth round): an armed group beating demonstrators
	// assaults civilians; a state's forces doing so repress (COERCE 175,
	// decided before this)
	"protesters": true, "protestors": true, "demonstrators": true,
}

var civilianPlaces = map[string]bool{
	"village": true, "villages": true, "market": true, "markets": true, "marketplace": true, "mosque": true,
	"mosques": true, "church": true, "churches": true, "synagogue": true, "temple": true, "shrine": true,
	"school": true, "schools": true, "university": true, "college": true, "hospital": true, "hospitals": true,
	"clinic": true, "hotel": true, "hotels": true, "restaurant": true, "cafe": true, "nightclub": true,
	"concert": true, "wedding": true, "funeral": true, "residential": true, "homes": true, "houses": true,
	"mall": true, "basilica": true, "cathedral": true, "monastery": true, "chapel": true,
}

// campOwners make a camp a civilian place: "a camp for displaced people"
// is, "an army camp" is not.
var campOwners = map[string]bool{"protest": true, "refugee": true, "refugees": true, "displacement": true, "displaced": true, "idp": true}

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
	// the subject's own words may say it is an armed group though its
	// mention resolved to a country ("Armed pro-government groups
	// attacked", eighth round)
	if srcIrregular || len(ev.Source) == 0 || irregularActor(s.toks, c.trig.i, c.trig.j, c.passive) {
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
		if irregularAt(s.toks, m.j-1) {
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
	"militiamen": true, "militias": true, "paramilitaries": true,
	// eighth round: armed crime and mobs
	"gangs": true, "gang": true, "gangsters": true, "thugs": true, "mobs": true}

// armedHeads become irregular fighters after "armed": "armed men", "armed
// pro-government groups", "armed youths" ("armed forces" are a state's).
var armedHeads = map[string]bool{"men": true, "groups": true, "group": true, "youths": true, "civilians": true, "supporters": true}

// irregularAt reports whether token k heads a mention of fighters of no
// state: the irregular heads of the sixth round, gangs and mobs (armed
// crime is no state's force: "gangs in the capital killed 2,500
// people"), and the heads above a few words after "armed".
func irregularAt(toks []token, k int) bool {
	w := toks[k].low
	if irregularHeads[w] {
		return true
	}
	// "armed" may stand a few modifiers before ("armed pro-government
	// groups")
	for q := k - 1; armedHeads[w] && q >= 0 && q >= k-3 && toks[q].word; q-- {
		if toks[q].low == "armed" {
			return true
		}
	}
	return false
}

// lendVerbs approve or hand over money; loanNouns are money lent or given
// to a state in need.
var lendVerbs = map[string]bool{"approve": true, "approved": true, "approves": true, "grant": true, "granted": true,
	"grants": true, "extend": true, "extended": true, "extends": true, "disburse": true, "disbursed": true,
	"disburses": true, "release": true, "released": true, "releases": true}

var loanNouns = map[string]bool{"bailout": true, "loan": true, "loans": true, "credit": true, "financing": true,
	"tranche": true, "rescue": true}

// grantedAid returns the index of the loan noun when a lending verb at i
// takes it within eight words, before any preposition ("approved a $2.9
// billion bailout for Sri Lanka", "granted Kenya a new $500 million
// loan"), or 0. "approved a resolution on loans" is no loan: the noun must
// be the verb's object, reached over determiners, amounts and modifiers.
func grantedAid(toks []token, i int) int {
	if !lendVerbs[toks[i].low] {
		return 0
	}
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		t := toks[k]
		if loanNouns[t.low] {
			return k
		}
		if t.quote || t.text == "," || t.text == ";" || preps[t.low] || clauseWords[t.low] || t.low == "and" {
			return 0
		}
	}
	return 0
}

// arriveForms arrive; peaceCues make arriving forces a protecting force:
// peacekeepers, a mission they lead or join, help they bring.
var arriveForms = map[string]bool{"arrive": true, "arrived": true, "arrives": true, "arriving": true}

var peaceCues = map[string]bool{"peacekeepers": true, "peacekeeping": true, "peacekeeper": true, "mission": true,
	"stabilisation": true, "stabilization": true}

// aidArrival reports whether the verb at i is forces arriving in a place
// as protection or help: a peace cue in the clause before it ("NATO
// peacekeeping troops arrived in Bosnia") or after its place ("arrived in
// Haiti to lead a multinational mission", "arrived in Kazakhstan to help
// restore order").
func aidArrival(toks []token, i int) bool {
	if !arriveForms[toks[i].low] || i+1 >= len(toks) || toks[i+1].low != "in" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if clauseEnd(toks[k]) {
			break
		}
		if peaceCues[toks[k].low] {
			return true
		}
	}
	return helpingPurpose(toks, i+2)
}

// helpingPurpose reports whether, in the clause from token from, an
// infinitive of help follows: "to help its army", "to lead a
// multinational mission", "to assist", "to restore order".
func helpingPurpose(toks []token, from int) bool {
	for k := from; k+1 < len(toks) && k < from+12; k++ {
		if clauseEnd(toks[k]) {
			return false
		}
		if toks[k].low != "to" {
			continue
		}
		switch w := toks[k+1].low; w {
		case "help", "assist", "support", "bolster", "protect", "restore":
			return true
		case "lead", "join":
			for q := k + 2; q < len(toks) && q <= k+6; q++ {
				if peaceCues[toks[q].low] {
					return true
				}
			}
		}
	}
	return false
}

// deployForms send forces.
var deployForms = map[string]bool{"deploy": true, "deployed": true, "deploys": true, "deploying": true, "send": true,
	"sent": true, "sends": true, "sending": true, "dispatch": true, "dispatched": true}

// sentForces are the forces a state sends abroad.
var sentForces = map[string]bool{"troops": true, "soldiers": true, "paratroopers": true, "police": true, "officers": true,
	"peacekeepers": true, "forces": true, "personnel": true, "marines": true, "gendarmes": true}

// helpingDeployment reports whether the verb at i sends forces to a named
// place with a purpose of help: aid (CAMEO 074, PLOVER AID), "Rwanda
// deployed 1,000 soldiers to Mozambique to help its army fight the
// insurgency", "dispatched 400 troops to Somalia to support the
// government". Without such a purpose a deployment stays a show of force
// (CAMEO 15), and forces sent to a task at home ("deployed the army to help
// police guard roads") are no aid.
func helpingDeployment(toks []token, i int) bool {
	if !deployForms[toks[i].low] {
		return false
	}
	force := false
	for k := i + 1; k < len(toks) && k <= i+6 && !force; k++ {
		if clauseEnd(toks[k]) || preps[toks[k].low] {
			break
		}
		force = sentForces[toks[k].low]
	}
	return force && destinationNamed(toks, i+1) && helpingPurpose(toks, i+1)
}

// destinationNamed reports whether the forces sent from token from go to a
// named place ("deployed 1,000 soldiers to Mozambique"), not to a task at
// home ("deployed the army to help police guard roads").
func destinationNamed(toks []token, from int) bool {
	for k := from; k+1 < len(toks) && k < from+10; k++ {
		if clauseEnd(toks[k]) {
			return false
		}
		if (toks[k].low == "to" || toks[k].low == "into") && toks[k+1].cap {
			return true
		}
	}
	return false
}

// destination returns the mention of the place forces are sent to ("to
// Somalia", "into Chad") in the clause from token from, or -1: the
// country helped, whoever else the purpose names ("to support the
// government").
func (s *sent) destination(from int) int {
	for k := from; k+1 < len(s.toks) && k < from+10; k++ {
		if clauseEnd(s.toks[k]) {
			return -1
		}
		if w := s.toks[k].low; w == "to" || w == "into" {
			if m := s.inMention[k+1]; m >= 0 && s.ms[m].ent >= 0 {
				return m
			}
		}
	}
	return -1
}

// answeredAgent returns the agent of the act a vowed answer is "to", when
// a by-phrase names it ("to the expulsion of 45 Russian diplomats by
// Poland", "to the sanctions imposed by the European Union"), or -1.
func (s *sent) answeredAgent(from int) int {
	k := from
	for k < len(s.toks) && k < from+2 && s.toks[k].word && strings.HasSuffix(s.toks[k].low, "ly") {
		k++ // "respond firmly to"
	}
	if k >= len(s.toks) || s.toks[k].low != "to" {
		return -1
	}
	for q := k + 1; q+1 < len(s.toks) && q < k+14; q++ {
		if clauseEnd(s.toks[q]) {
			return -1
		}
		if s.toks[q].low == "by" {
			a := q + 1
			if s.inMention[a] < 0 && a+1 < len(s.toks) && dets[s.toks[a].low] {
				a++
			}
			if m := s.inMention[a]; m >= 0 && s.ms[m].ent >= 0 {
				return m
			}
			return -1
		}
	}
	return -1
}

// judgeVerbs name something by a judgement: "called the move
// unacceptable", "described the visit as a provocation", "branded the
// vote illegal".
var judgeVerbs = map[string]bool{"call": true, "calls": true, "called": true, "calling": true,
	"describe": true, "describes": true, "described": true, "describing": true,
	"brand": true, "brands": true, "branded": true, "branding": true,
	"term": true, "terms": true, "termed": true, "terming": true, "dub": true, "dubbed": true}

// condemningWords are the judgements that make naming a criticism (CAMEO
// 111, "* (AS UNACCEPTABLE)"): "unacceptable", "illegal", "a
// provocation", "a direct threat to", "a witch hunt".
var condemningWords = map[string]bool{"unacceptable": true, "illegal": true, "illegitimate": true,
	"unlawful": true, "provocative": true, "provocation": true, "irresponsible": true, "outrageous": true,
	"absurd": true, "baseless": true, "groundless": true, "unfounded": true, "unjustified": true,
	"unjustifiable": true, "hostile": true, "unfriendly": true, "reckless": true, "threat": true,
	"violation": true, "aggression": true, "hunt": true, "farce": true, "sham": true, "crime": true,
	"blackmail": true, "interference": true, "insult": true, "disgrace": true, "shameful": true,
	"deplorable": true, "null": true, "lies": true, "propaganda": true, "hypocritical": true,
	// crimes an act is named as: "called his ouster a kidnapping",
	// "termed the raid an act of war"
	"kidnapping": true, "abduction": true, "coup": true, "terrorism": true, "genocide": true,
	"piracy": true, "hijacking": true, "barbaric": true, "criminal": true, "atrocity": true,
	"betrayal": true, "massacre": true}

// warNamings are the nouns after which "of war" names an act a
// belligerent one: "an act of war", "a declaration of war".
var warNamings = map[string]bool{"act": true, "declaration": true}

// namedCondemned returns the index of the judgement when the verb at i
// names its object by a condemning one ("called the move totally
// unacceptable", "calling Caracas's plans a direct threat", "described
// the sanctions as illegal"), or 0. The object comes first: an article,
// a possessive, a pronoun or a name right after the verb, then at most
// seven words of noun phrase, adverbs and "as"; "called for", "called
// on", "called a strike" are not namings, and "which Warsaw called a
// provocation" leaves it to the relative's antecedent.
func namedCondemned(toks []token, inMention []int, i int) int {
	if !judgeVerbs[toks[i].low] || i+2 >= len(toks) {
		return 0
	}
	// ("which Warsaw called a provocation", "what it called a
	// violation": the object stands before, in a relative clause that
	// is no event of its own)
	o := toks[i+1]
	if o.low == "a" || o.low == "an" || !dets[o.low] && o.low != "it" && o.low != "them" && o.low != "this" && inMention[i+1] < 0 && !o.cap {
		return 0
	}
	for k := i + 2; k < len(toks) && k <= i+8; k++ {
		t := toks[k]
		// ("called the threat of war real": the object's own head
		// is no judgement of it)
		if condemningWords[t.low] && !(k == i+2 && dets[o.low]) {
			return k
		}
		if t.low == "war" && k >= i+4 && toks[k-1].low == "of" && warNamings[toks[k-2].low] {
			return k
		}
		// ("called the junta 'illegitimate'": the judgement may be
		// quoted)
		if t.quote || t.text == "'" || t.text == "‘" || t.text == "’" {
			continue
		}
		if !t.word && t.text != "'s" && t.text != "’s" || clauseWords[t.low] || t.low == "for" || t.low == "on" || t.low == "and" {
			return 0
		}
	}
	return 0
}

// respondThreat reports whether the verb at i announces an answer to an
// act, a threat (CAMEO 130): "Moscow would respond", "said it will
// respond to the ruling". Not an answer to words: "would respond to
// questions".
func respondThreat(toks []token, i int) bool {
	if toks[i].low != "respond" {
		return false
	}
	k := i - 1
	for k > 0 && strings.HasSuffix(toks[k].low, "ly") && k >= i-2 {
		k-- // "would firmly respond"
	}
	if k < 0 || toks[k].low != "will" && toks[k].low != "would" && toks[k].low != "'ll" && toks[k].low != "shall" {
		return false
	}
	if i+1 < len(toks) && kindAnswer[toks[i+1].low] {
		return false // "would respond positively to the proposal"
	}
	for q := i + 1; q < len(toks) && q <= i+4; q++ {
		if answeredWords[toks[q].low] {
			return false
		}
		if !toks[q].word {
			break
		}
	}
	return true
}
