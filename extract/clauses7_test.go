package extract

import "testing"

// TestVowAfterAnd: an infinitive after "and vowed/pledged to" belongs to
// the vow, not to the event before "and"; a vowed protest is a threat of
// dissent aimed at the protesters' own country.
func TestVowAfterAnd(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"rejected and vowed to keep up protests", "Thailand's opposition rejected the prime minister's offer of talks and vowed to keep up its rallies.",
			[]wantEvent{{typ: "reject"}, {typ: "threaten", tgt: "country/THA"}}, nil},
		{"condemned and vowed to continue protests", "Kenya's main opposition party condemned the arrests and vowed to continue nationwide protests.",
			[]wantEvent{{typ: "threaten", tgt: "country/KEN"}}, nil},
		// guard: a threat's own infinitive stays its complement
		{"and threatened to reimpose sanctions", "The United States condemned the coup in Myanmar on Monday and threatened to reimpose sanctions on the generals.",
			[]wantEvent{{typ: "threaten", src: "country/USA", tgt: "country/MMR"}}, []wantEvent{{typ: "sanction"}}},
	})
}

// TestAdverbParticiple: a participle between a determiner and an
// adverb is an adjective, not an act.
func TestAdverbParticiple(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"a recently dismissed commander", "Soldiers loyal to a recently dismissed Peruvian general stormed a barracks in Lima.",
			nil, []wantEvent{{typ: "reject"}}},
		{"the newly released prisoners", "Venezuela's government on Monday welcomed the newly released prisoners in Caracas.",
			nil, []wantEvent{{typ: "concede"}}},
	})
}
