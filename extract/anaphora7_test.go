package extract

import "testing"

// TestEventNounBackReference: a judgement whose object is a definite event
// noun ("condemned the takeover", "rejected the claim") is aimed at the
// author of the latest earlier act (or statement) the noun can name.
func TestEventNounBackReference(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the takeover is the earlier coercion",
			text: "Soldiers in Niger detained President Mohamed Bazoum on Wednesday. The African Union condemned the takeover.",
			want: []wantEvent{{typ: "condemn", src: "org/african-union", tgt: "country/NER"}}},
		{name: "the exercises are the earlier mobilization",
			text: "Russia began naval drills near the Kuril islands on Tuesday. Japan condemned the exercises.",
			want: []wantEvent{{typ: "condemn", src: "country/JPN", tgt: "country/RUS"}}},
		{name: "the coup is the earlier seizure of power",
			text: "Army officers seized power in Burkina Faso on Monday and detained President Roch Kabore. Washington condemned the coup.",
			want: []wantEvent{{typ: "condemn", src: "country/USA", tgt: "country/BFA"}}},
		{name: "the claim is the earlier statement",
			text: "Ukraine said on Tuesday its forces had shot down a Russian fighter jet over the Black Sea. Moscow rejected the claim.",
			want: []wantEvent{{typ: "reject", src: "country/RUS", tgt: "country/UKR"}}},
		{name: "two statements by others: the claim names neither",
			text: "Ukraine said its forces had shot down a Russian jet. Poland said debris had fallen on its territory. Moscow rejected the claim.",
			not:  []wantEvent{{typ: "reject", tgt: "country/UKR"}, {typ: "reject", tgt: "country/POL"}}},
		{name: "an exercise of one's own is not answered",
			text: "Japan began naval drills near Okinawa on Tuesday. Tokyo defended the exercises.",
			not:  []wantEvent{{typ: "condemn", tgt: "country/JPN"}}},
	})
}

// TestAsAuthorAct: "condemned X as an Iranian act of terrorism" names the
// author of the act judged, and wins over the back-reference.
func TestAsAuthorAct(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "as a named country's act, one sentence",
			text: "Pakistan condemned the bombing in Quetta as an Indian act of terrorism.",
			want: []wantEvent{{typ: "condemn", src: "country/PAK", tgt: "country/IND"}}},
		{name: "as a named country's aggression, after the act",
			text: "Drones struck an oil refinery in eastern Saudi Arabia on Saturday. Riyadh condemned the attack as Iranian aggression.",
			want: []wantEvent{{typ: "condemn", src: "country/SAU", tgt: "country/IRN"}},
			not:  []wantEvent{{typ: "condemn", tgt: "country/SAU"}}},
		{name: "the denial answers the condemnation",
			text: "Drones struck an oil refinery in eastern Saudi Arabia on Saturday. Riyadh condemned the attack as an Iranian act of aggression. Iran denied any involvement.",
			want: []wantEvent{{typ: "deny", src: "country/IRN", tgt: "country/SAU"}}},
		{name: "as a description, no author",
			text: "Pakistan condemned the bombing in Quetta as an act of terrorism.",
			not:  []wantEvent{{typ: "condemn", tgt: "country/IND"}}},
	})
}
