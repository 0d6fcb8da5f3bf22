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

// TestArmedObject: violence against armed men no one names is aimed where
// they are: the place, else the country of the state fighting them, else
// the dateline's.
func TestArmedObject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a state's forces against unnamed insurgents, no place",
			text: "Nigerian soldiers repelled an assault on a base in the northeast, killing 20 of the insurgents.",
			want: []wantEvent{{typ: "kill", src: "country/NGA", tgt: "country/NGA"}}},
		{name: "the dateline gives the place",
			text: "MOGADISHU, May 3 (Reuters) - U.S. drones struck a convoy of Islamist militants near the town of Jilib on Tuesday.",
			want: []wantEvent{{typ: "attack", src: "country/USA", tgt: "country/SOM"}},
			not:  []wantEvent{{typ: "attack", tgt: "country/USA"}}},
		{name: "a place in the clause",
			text: "Turkish jets bombed Kurdish militants in northern Iraq on Sunday.",
			want: []wantEvent{{typ: "bomb", src: "country/TUR", tgt: "country/IRQ"}}},
		{name: "guard: a named group keeps its own country",
			text: "Israeli jets struck Hezbollah fighters in southern Syria on Monday.",
			not:  []wantEvent{{typ: "attack", tgt: "country/ISR"}}},
	})
}
