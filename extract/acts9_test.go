package extract

import "testing"

// Ninth round (acts and classes across sets); no sentence here is from a
// gold set.

// An order that sends the orderer's own forces, or orders a mobilisation,
// shows force (CAMEO 15); it is no demand.
func TestOrderedForces(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"troops into", "President Tinubu on Thursday ordered troops into the northern state of Zamfara to restore order.",
			[]wantEvent{{typ: "mobilize"}}, []wantEvent{{typ: "demand"}}},
		{"army to take over", "Pakistan's prime minister on Monday ordered the army to take over security in Islamabad.",
			[]wantEvent{{typ: "mobilize", src: "country/PAK"}}, []wantEvent{{typ: "demand"}}},
		{"a mobilisation", "Mali's junta ordered a general mobilisation of reservists on Wednesday.",
			[]wantEvent{{typ: "mobilize", src: "country/MLI"}}, []wantEvent{{typ: "demand"}}},
		{"troops back (guard)", "Israel's prime minister ordered troops back to their bases on Sunday.",
			nil, []wantEvent{{typ: "mobilize"}}},
		{"army to withdraw (guard)", "Turkey's president ordered the army to withdraw from the border town on Friday.",
			nil, []wantEvent{{typ: "mobilize"}}},
		{"a court order (guard)", "A Russian court on Tuesday ordered Google to pay a fine of 4 billion roubles.",
			[]wantEvent{{typ: "demand"}}, []wantEvent{{typ: "mobilize"}}},
	})
}

// What a protest or a crowd demands is the protest's aim: no demand of
// its own; a crowd's demand in a participle adjunct is its protest.
func TestProtestAims(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"protests demanding", "Protests demanding the release of the jailed opposition leader spread across Belarus on Monday.",
			[]wantEvent{{typ: "protest"}}, []wantEvent{{typ: "demand"}}},
		{"crowd after ', but'", "Guinea's junta dissolved the government on Friday, but thousands of demonstrators stayed in the streets of Conakry, demanding a return to civilian rule.",
			[]wantEvent{{typ: "protest", src: "country/GIN"}}, []wantEvent{{typ: "demand"}}},
		{"crowd opening the sentence", "Thousands of protesters stayed outside parliament in Tbilisi overnight, demanding new elections.",
			[]wantEvent{{typ: "protest", src: "country/GEO"}}, []wantEvent{{typ: "demand"}}},
		{"a government demanding (guard)", "Kenya's government on Monday recalled its envoy to Uganda, demanding an explanation for the arrests.",
			[]wantEvent{{typ: "demand", src: "country/KEN"}}, nil},
	})
}
