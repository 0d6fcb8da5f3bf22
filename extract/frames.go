package extract

// Class rules of the seventh round (issue #4): acts whose class is decided
// by what they are done to or by their frame, and frames the verb lexicon
// lacked. Each names the CAMEO code it follows.

// seizeForms take property or power: "seized a tanker". Taking a town or a
// base stays an attack (CAMEO 192, occupy territory).
var seizeForms = map[string]bool{"seize": true, "seized": true, "seizes": true, "seizing": true,
	"capture": true, "captured": true, "captures": true, "capturing": true,
	"impound": true, "impounded": true, "impounds": true, "impounding": true}

// seizedNouns are what is confiscated when seized: vessels, aircraft,
// cargo and assets (CAMEO 1711, confiscate property; the CAMEO verb
// dictionary codes "SEIZE * BOAT", "* ASSETS", "* GOODS", "* SHIPMENT"
// 1711), and "power": a coup is taking control of the state (CAMEO 171,
// the TAKE_OVER/USURP synset), coded COERCE against the plotters' own
// country.
var seizedNouns = map[string]bool{"ship": true, "ships": true, "tanker": true, "tankers": true, "vessel": true,
	"vessels": true, "boat": true, "boats": true, "trawler": true, "trawlers": true, "freighter": true,
	"freighters": true, "yacht": true, "ferry": true, "cargo": true, "shipment": true, "shipments": true,
	"aircraft": true, "plane": true, "airliner": true, "assets": true, "property": true, "goods": true,
	"ballots": true, "documents": true, "power": true}

// powerPlants make "power" a thing, not the state: "seized a power station".
var powerPlants = map[string]bool{"station": true, "stations": true, "plant": true, "plants": true, "grid": true,
	"line": true, "lines": true}

// seizedProperty returns the index of the object noun when the seizing
// verb (or the noun "seizure of") at i takes a vessel, cargo, assets or
// power as its object within six words, before any preposition or clause
// break ("seized a British-flagged oil tanker", "impounded two Iranian
// vessels", "Iran's seizure of two Greek tankers", "seized power"), or 0.
// "seized the town", "captured a ship-building yard in" stay attacks.
func seizedProperty(toks []token, i int) int {
	noun := toks[i].low == "seizure" || toks[i].low == "seizures"
	if !seizeForms[toks[i].low] && !noun {
		return 0
	}
	from := i + 1
	if noun {
		if from >= len(toks) || toks[from].low != "of" {
			return 0
		}
		from++
	}
	for k := from; k < len(toks) && k <= from+5; k++ {
		t := toks[k]
		if seizedNouns[t.low] {
			if t.low == "power" && (k != i+1 || k+1 < len(toks) && powerPlants[toks[k+1].low]) {
				return 0 // "seized power", not "a power station"
			}
			if k+1 < len(toks) && toks[k+1].text == "-" {
				return 0 // "a cargo-handling port"
			}
			return k
		}
		if t.quote || t.text == "," || t.text == ";" || t.text == "(" || preps[t.low] || clauseWords[t.low] || t.low == "and" ||
			militaryCraft[t.low] {
			return 0
		}
	}
	return 0
}

// militaryCraft make a seized vessel a warship: "seized three Ukrainian
// navy ships" is a military act (CAMEO "SEIZE * WARSHIP" 190, FIGHT).
var militaryCraft = map[string]bool{"navy": true, "naval": true, "military": true, "patrol": true, "war": true,
	"army": true, "coast": true}

// seatNouns name the seat of a state's power.
var seatNouns = map[string]bool{"palace": true, "parliament": true, "presidency": true, "assembly": true,
	"congress": true, "senate": true, "legislature": true}

// stormedSeat reports whether the attack whose trigger ends at j is done
// to a seat of power in its own clause: "stormed the presidential palace",
// "forced their way into the National Assembly". Soldiers doing so to
// their own state stage a coup (CAMEO 171, take control), PLOVER COERCE,
// not combat between states.
func stormedSeat(toks []token, j int) bool {
	for k := j; k < len(toks) && k < j+8; k++ {
		if clauseEnd(toks[k]) {
			return false
		}
		if seatNouns[toks[k].low] {
			return true
		}
	}
	return false
}

// irregularActor reports whether the act at [i,j) is done by gunmen,
// militants or other fighters of no state named in its own clause: the
// subject before it ("Gunmen shot dead a governor") or, for a passive,
// the agent after "by" ("was shot dead ... by a group of unidentified
// gunmen"). Such killings are unconventional violence (CAMEO 18x, PLOVER
// ASSAULT) even when the only country in the sentence, coded as their
// source, is a state.
func irregularActor(toks []token, i, j int, passive bool) bool {
	if passive {
		// the agent may follow place and time adjuncts ("at his
		// residence in Port-au-Prince early on Wednesday by gunmen"):
		// only a new clause ends the search
		for k := j; k < len(toks) && k < j+16; k++ {
			if t := toks[k]; t.quote || t.text == ";" || clauseWords[t.low] {
				return false
			}
			if toks[k].low != "by" {
				continue
			}
			for q := k + 1; q < len(toks) && q <= k+6; q++ {
				if irregularAt(toks, q) {
					return true
				}
				if clauseEnd(toks[q]) {
					break
				}
			}
			return false
		}
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if clauseEnd(toks[k]) {
			return false
		}
		if irregularAt(toks, k) {
			return true
		}
	}
	return false
}

// pastOnly reports whether the verb w can only be a past form in the
// lexicon ("suspended", "seized"), not a base one ("cut", "put").
func pastOnly(w string) bool {
	es := lexicon[w]
	for _, e := range es {
		if e.form&(fPast|fPP) == 0 || e.form&fBase != 0 {
			return false
		}
	}
	return len(es) > 0
}

// beOrHave reports whether a form of "be" or "have" is among toks: "will
// be suspended", "would have seized".
func beOrHave(toks []token) bool {
	for _, t := range toks {
		if beForms[t.low] || t.low == "be" || t.low == "been" || t.low == "have" || t.low == "has" || t.low == "had" {
			return true
		}
	}
	return false
}

// withoutBefore reports whether the noun at h follows "without" over at
// most two determiners or modifiers: "without a peace deal", "without any
// agreement".
func withoutBefore(toks []token, h int) bool {
	for k := h - 1; k >= 0 && k >= h-3; k-- {
		if toks[k].low == "without" {
			return true
		}
		if !toks[k].word || toks[k].cap || preps[toks[k].low] {
			return false
		}
	}
	return false
}

// betweenParties returns the actors named after "between" from q, over
// "of" and "and" ("between the foreign ministers of Armenia and
// Azerbaijan"), up to another preposition or the clause's end ("in
// Washington" is the place).
func (s *sent) betweenParties(q int) []int {
	var out []int
	for k := q; k < len(s.toks) && k < q+14; k++ {
		t := s.toks[k]
		if clauseEnd(t) || preps[t.low] && t.low != "of" || verbLike(t) && s.inMention[k] < 0 {
			break
		}
		if m := s.inMention[k]; m >= 0 && s.ms[m].ent >= 0 && !contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}

// phoneCall reports whether token i ends "phone call", "telephone
// conversation", "video call".
func phoneCall(toks []token, i int) bool {
	if i < 1 {
		return false
	}
	switch toks[i].low {
	case "call", "calls", "conversation", "conversations":
	default:
		return false
	}
	switch toks[i-1].low {
	case "phone", "telephone", "video":
		return true
	}
	return false
}

// spanNouns measure the time an ultimatum leaves.
var spanNouns = map[string]bool{"hour": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true}

var giveForms = map[string]bool{"give": true, "gave": true, "given": true, "gives": true, "giving": true}

// ultimatumGiven returns the "to" of "gave X a week to", "gave the junta
// 72 hours to": a short span set for someone's act is an ultimatum (CAMEO
// 139, PLOVER THREATEN), or 0. A date ("gave Merieux until mid-November
// to submit information") is mostly a regulator's deadline, not coded.
func ultimatumGiven(toks []token, i int) int {
	if !giveForms[toks[i].low] {
		return 0
	}
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		t := toks[k]
		if clauseEnd(t) {
			return 0
		}
		if spanNouns[t.low] && k+1 < len(toks) && toks[k+1].low == "to" {
			return k + 1
		}
	}
	return 0
}

// banForms deny access; accessNouns are what a ban on a country can
// close to it.
var banForms = map[string]bool{"ban": true, "banned": true, "bans": true, "banning": true, "bar": true,
	"barred": true, "bars": true, "barring": true}

// deniedAccess reports whether the ban at i closes a country's airspace,
// ports or trade to it: "banned Belarusian airlines from its airspace",
// "barred Russian ships from its ports", "banned imports of Japanese
// seafood". That is a sanction on the country (CAMEO 16: "DENY * ACCESS
// (TO AIRSPACE)" 160, embargo 163), not repression of people (CAMEO 17).
func deniedAccess(toks []token, i int) bool {
	if !banForms[toks[i].low] {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		t := toks[k]
		if t.quote || t.text == ";" || clauseWords[t.low] {
			return false
		}
		switch t.low {
		case "airspace", "ports", "imports", "exports":
			return true
		}
	}
	return false
}

// borderBuildup reports whether the sending verb at i moves forces to a
// border: "sent thousands of extra troops to the frontier", "dispatched
// tanks to its border with" (deployForms, sentForces: classes.go). That is a show of force (CAMEO 152, "* (ON ALERT)
// (ALONG BORDER)"; PLOVER MOBILIZE), not troops sent to help (AID).
func borderBuildup(toks []token, i int) bool {
	if !deployForms[toks[i].low] {
		return false
	}
	force := false
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		t := toks[k]
		if t.quote || t.text == ";" || clauseWords[t.low] {
			return false
		}
		if sentForces[t.low] || t.low == "tanks" || t.low == "reinforcements" {
			force = true
		}
		if force && (t.low == "border" || t.low == "borders" || t.low == "frontier") {
			return true
		}
	}
	return false
}
