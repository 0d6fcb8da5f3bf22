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
		{name: "guard: a place in the clause (the place fallback already)",
			text: "Turkish jets bombed Kurdish militants in northern Iraq on Sunday.",
			want: []wantEvent{{typ: "bomb", src: "country/TUR", tgt: "country/IRQ"}}},
		{name: "guard: a named group keeps its own country",
			text: "Israeli jets struck Hezbollah fighters in southern Syria on Monday.",
			not:  []wantEvent{{typ: "attack", tgt: "country/ISR"}}},
	})
}

// TestTitledPersonDateline: a person named with a national title whom no
// dictionary knows, in a sentence that names no country, is of the
// country the story is filed from.
func TestTitledPersonDateline(t *testing.T) {
	x := New()
	for _, tc := range []struct{ name, text, person, country string }{
		{"a president the dictionaries lack",
			"LIMA, March 2 (Reuters) - Congress voted to remove the cabinet on Tuesday, and President Dina Boluarte called for calm. Boluarte urged Ecuador to extradite the former minister.",
			"Dina Boluarte", "PER"},
		{"an interior minister, no country in the sentence",
			"NAIROBI, May 4 (Reuters) - Interior Minister Onesmus Mwangi said security forces had arrested 30 suspects.",
			"Onesmus Mwangi", "KEN"},
		{"guard: a sentence naming a country keeps its own guess",
			"LIMA, March 2 (Reuters) - Interior Minister Lucia Ferrandiz urged Chile and Bolivia to close the border.",
			"Lucia Ferrandiz", ""},
		{"guard: no dateline, no country",
			"President Dina Boluarte called for calm on Tuesday.",
			"Dina Boluarte", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := x.Extract(Article{ID: "t", Text: tc.text})
			found := false
			for _, e := range r.Entities {
				if e.Name == tc.person {
					found = true
					if e.Country != tc.country {
						t.Errorf("%s: %s is %q, want %q", tc.text, e.Name, e.Country, tc.country)
					}
				}
			}
			if !found {
				t.Errorf("%s: no entity %s", tc.text, tc.person)
			}
		})
	}
}
