package extract

import "testing"

// Eighth-round rules (issue #4): constructions seen in at least three
// development sets; every sentence written for the test, none from a gold
// set.

// TestMandatedActs: what a "that" clause after a verb of demanding asks
// for, and a present-tense act in an until/before clause, have not
// happened.
func TestMandatedActs(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"demanding that ... step down", "Lebanese protesters blocked roads in Beirut, demanding that Prime Minister Najib Mikati step down.",
			[]wantEvent{{typ: "protest"}}, []wantEvent{{typ: "retreat"}}},
		{"a second that-clause", "Al Shabaab demanded that Kenya free its fighters and that Kenyan troops withdraw from Somalia.",
			[]wantEvent{{typ: "demand", tgt: "country/KEN"}}, []wantEvent{{typ: "retreat"}}},
		// already so before: the appeal's target is the clause's subject
		{"urged that", "The European Union urged on Tuesday that Serbia recognise Kosovo's independence.",
			[]wantEvent{{typ: "appeal"}}, []wantEvent{{typ: "recognize"}}},
		{"until + present", "Malian opposition leaders vowed to keep up their protests until President Keita resigns.",
			nil, []wantEvent{{typ: "retreat"}}},
		{"before + present", "Ukraine will not join the talks before Russia withdraws its troops from Kherson.",
			nil, []wantEvent{{typ: "retreat"}}},
		// guards: a statement's content and past acts are reported
		{"insisted that: a statement", "Iran insisted on Monday that it had released the British tanker.",
			[]wantEvent{{typ: "concede", src: "country/IRN"}}, nil},
		{"until + past", "Chadian troops shelled the town until the rebels withdrew to Libya.",
			[]wantEvent{{typ: "retreat"}}, nil},
	})
}
