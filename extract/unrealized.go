package extract

// Acts that are wanted or expected, not done (issue #4, eighth round).

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
