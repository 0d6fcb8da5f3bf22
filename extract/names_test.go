package extract

import "testing"

// TestSurnameFallback: a person found by last name alone takes the
// dictionary holder's country only when the given names written agree
// with that holder's; a namesake is not the holder.
func TestSurnameFallback(t *testing.T) {
	x := New()
	for _, tc := range []struct{ text, id, country string }{
		{"Police arrested General Rafael Batista on Friday.", "person/rafael-batista", ""},     // the dictionaries' Batista is Victor Manuel Perez Batista (Panama)
		{"Hosni Mubarak met the king.", "person/hosni-mubarak", "EGY"},                         // a middle name of the holder
		{"Recep Erdogan warned Syria.", "person/recep-erdogan", "TUR"},                         // given name without the second one
		{"Muammar Gaddafi warned the rebels.", "person/muammar-gaddafi", "LBY"},                // transliteration
		{"Trump threatened to impose tariffs on Mexican goods.", "person/donald-trump", "USA"}, // surname alone
	} {
		r := x.Extract(Article{ID: "t", Text: tc.text})
		found := false
		for _, e := range r.Entities {
			if e.ID == tc.id && e.Country == tc.country {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: want %s in %q, got:\n%s", tc.text, tc.id, tc.country, dump(r))
		}
	}
}

// TestRioters: a crowd's arson and destruction is a violent protest
// (CAMEO 145, PLOVER PROTEST), coded by where it happens, else by the
// dateline; the crowd must be the verb's own subject.
func TestRioters(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "rioters' arson, placed by the dateline",
			text: "DHAKA, May 2 (Reuters) - Rioters set fire to dozens of buses on Sunday, police said.",
			want: []wantEvent{{typ: "protest", src: "country/BGD", tgt: "country/BGD"}},
			not:  []wantEvent{{typ: "coerce"}}},
		{name: "demonstrators' arson in an after clause",
			text: "NAIROBI, July 8 (Reuters) - The army deployed troops in Nairobi on Tuesday after demonstrators set fire to part of the parliament building.",
			want: []wantEvent{{typ: "protest", src: "country/KEN"}}},
		{name: "the police's arrests after dispersing a crowd stay theirs",
			text: "Egyptian police fired tear gas to disperse demonstrators in Cairo on Monday and detained 40 people.",
			want: []wantEvent{{typ: "coerce", src: "country/EGY"}},
			not:  []wantEvent{{typ: "protest", src: "country/EGY", tgt: "country/EGY"}}},
	})
}

// TestArmyAndBody: "X's army and the paramilitary Y" are two coordinated
// actors (an adjective after "the" does not break the list), and a body of
// no known country joined to a country's forces or government is that
// country's own.
func TestArmyAndBody(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "both parties of a deal",
			text: "Yemen's government and the separatist Southern Transitional Council signed a power-sharing deal on Tuesday.",
			want: []wantEvent{{typ: "sign", src: "country/YEM"}}},
	})
	x := New()
	r := x.Extract(Article{ID: "t", Text: "Myanmar's military and the separatist Arakan Army agreed on Friday to a temporary truce brokered by China."})
	for _, e := range r.Events {
		if e.Type != "agree" {
			continue
		}
		if len(e.Source) != 2 || e.Source[1].Country != "MMR" {
			t.Errorf("want the military and the Arakan Army, both MMR, as sources; got:\n%s", dump(r))
		}
		return
	}
	t.Errorf("no agree event:\n%s", dump(r))
}

// TestCombatPartner: a passive killing or wounding "in a clash with X"
// names its author: the other side of the fight.
func TestCombatPartner(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "an exchange of fire",
			text: "Two Pakistani soldiers were killed in an exchange of fire with Afghan forces on Friday.",
			want: []wantEvent{{typ: "kill", src: "country/AFG", tgt: "country/PAK"}}},
		{name: "a clash",
			text: "Three Armenian soldiers were wounded in clashes with Azerbaijani troops on the border on Tuesday.",
			want: []wantEvent{{typ: "kill", src: "country/AZE", tgt: "country/ARM"}}},
	})
}
