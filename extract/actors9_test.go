package extract

import "testing"

// TestChargeGerundNoPlace: in "accused X of violating Y's sovereignty" the
// one accused is X; the country inside the charge is no place X is in
// ("of" + gerund opens a verb phrase, not a place phrase).
func TestChargeGerundNoPlace(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "violating another state's airspace",
			text: "Armenia accused Azerbaijan of violating Iran's airspace with its drones.",
			want: []wantEvent{{typ: "accuse", src: "country/ARM", tgt: "country/AZE"}},
			not:  []wantEvent{{typ: "accuse", tgt: "country/IRN"}}},
		{name: "a third state's territorial integrity",
			text: "Serbia accused Croatia of undermining Bosnia's territorial integrity.",
			want: []wantEvent{{typ: "accuse", src: "country/SRB", tgt: "country/HRV"}}},
		{name: "guard: people of a place are still coded by it",
			text: "Rebels in neighbouring Congo attacked a Ugandan army post on Sunday.",
			not:  []wantEvent{{typ: "attack", src: "country/UGA"}}},
	})
}
