package extract

// Eighth round (issue #4): acts and classes across sets. Each helper names
// a construction that the --verbose output of at least three of the six
// development sets (PLOVER, 8-12) got wrong; docs/claims.md has the
// counts.

// demandWord reports whether w is a verb of demanding or urging, in any
// form ("demand", "demanding", "urged", "asked", "ordered").
func demandWord(w string) bool {
	for _, e := range lexicon[w] {
		if e.class == "demand" || e.class == "appeal" {
			return true
		}
	}
	return false
}

// mandated reports whether the act at h is the content of a demand: it
// stands in a "that" clause whose "that" follows a verb of demanding or
// urging within three words ("to demand that Maduro step down", "demanded
// on Monday that", "demanding that the bill be scrapped and that Lam step
// down"; a "that" after "and"/"or" continues the clause before it).
// English puts what is demanded in the mandative subjunctive: it is
// wanted, not done. "insisted that it had released" is a statement
// ("insist" is a verb of saying) and stays a report.
func (s *sent) mandated(h int) bool {
	for i := h - 1; i > 0; i-- {
		t := s.toks[i]
		if t.text == ";" || t.quote || t.text == "," {
			return false
		}
		if t.low != "that" {
			continue
		}
		if p := s.toks[i-1].low; p == "and" || p == "or" {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if s.toks[k].text == "," {
				break
			}
			if demandWord(s.toks[k].low) {
				return true
			}
		}
		return false
	}
	return false
}

// expected reports whether the act at h stands in an "until", "before" or
// "once" clause in the present tense ("keep up their protests until
// President Keita resigns", "before Ankara ratifies the treaty"): English
// uses the present for a future act in such clauses, so it has not
// happened. Past acts ("until the town fell", "before police had
// arrived") and gerunds ("before killing") are left to the other rules.
func (s *sent) expected(tr trigger) bool {
	if tr.form&(fBase|f3s) == 0 || tr.form&(fPast|fPP|fIng|fNoun) != 0 || tr.nominal {
		return false
	}
	for i := tr.i - 1; i >= 0 && i >= tr.i-8; i-- {
		t := s.toks[i]
		if t.text == "," || t.text == ";" || t.quote || auxes[t.low] {
			return false
		}
		switch t.low {
		case "until", "till", "before", "once":
			return true
		}
		if clauseWords[t.low] {
			return false
		}
	}
	return false
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
