package extract

import "testing"

// TestBorderNotPlace: the country a border is named after ("near the
// Somali border") is not where the act happened, nor what it is aimed at.
func TestBorderNotPlace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "arrests near the border stay at home",
			text: "Kenyan police arrested eight suspects on Tuesday after an ambush on a convoy near the Somali border.",
			want: []wantEvent{{typ: "coerce", src: "country/KEN", tgt: "country/KEN"}},
			not:  []wantEvent{{typ: "coerce", tgt: "country/SOM"}}},
		{name: "guard: a hyphened border pair",
			text: "Thai soldiers seized a hilltop outpost on the Thai-Cambodian border on Sunday.",
			not:  []wantEvent{{typ: "attack", tgt: "country/KHM"}}},
		{name: "a stronghold on the border",
			text: "Pakistani troops overran a militant hideout along the Afghan border on Friday.",
			not:  []wantEvent{{typ: "attack", tgt: "country/AFG"}}},
		{name: "guard: a buildup at a border is aimed across it",
			text: "Russia deployed troops near the Ukrainian border on Monday.",
			want: []wantEvent{{typ: "mobilize", src: "country/RUS", tgt: "country/UKR"}}},
	})
}
