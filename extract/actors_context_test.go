package extract

import "testing"

// TestSubnationalPlaces: a country's name that names a division of
// another country ("Nigeria's Niger state") or ends a longer place name
// ("Mocimboa da Praia") is not that country.
func TestSubnationalPlaces(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a state named like a country, after its country's possessive",
			text: "Gunmen abducted 40 pupils from a school in Nigeria's Niger state on Friday, police said.",
			want: []wantEvent{{typ: "coerce", src: "country/NGA", tgt: "country/NGA"}},
			not:  []wantEvent{{typ: "coerce", src: "country/NER"}, {typ: "coerce", tgt: "country/NER"}}},
		{name: "a state named like a country, alone",
			text: "Bandits killed 15 farmers in Niger state on Sunday. The Nigerian president condemned the killings.",
			not:  []wantEvent{{typ: "kill", tgt: "country/NER"}, {typ: "kill", src: "country/NER"}}},
		{name: "a region named after a people, after another country's possessive",
			text: "Militants attacked an army post in Ethiopia's restive Somali region on Tuesday.",
			want: []wantEvent{{typ: "attack", tgt: "country/ETH"}},
			not:  []wantEvent{{typ: "attack", tgt: "country/SOM"}, {typ: "attack", src: "country/SOM"}}},
		{name: "the state of another country",
			text: "Police arrested 20 protesters in the U.S. state of Georgia on Friday.",
			not:  []wantEvent{{typ: "coerce", tgt: "country/GEO"}}},
		{name: "a town whose name ends in a capital",
			text: "Insurgents attacked the port town of Mocimboa da Praia in Cabo Delgado province on Wednesday.",
			not:  []wantEvent{{typ: "attack", tgt: "country/CPV"}}},
		{name: "state media are no division",
			text: "Iran state television said Israel had attacked an air base near Isfahan.",
			want: []wantEvent{{typ: "say", src: "country/IRN"}}},
		{name: "a people's own region",
			text: "Ukrainian drones attacked an oil depot in the Russian region of Belgorod on Monday.",
			want: []wantEvent{{typ: "attack", src: "country/UKR", tgt: "country/RUS"}}},
	})
}

// TestUnnamedArmedMen: violence by armed men the text gives no identity
// ("gunmen", "militants", "the rebels") comes, by the CAMEO convention of
// violence by unnamed hands, from the country where it happens, else
// from the dateline's; with no target it is aimed at that country.
func TestUnnamedArmedMen(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "gunmen, placed in the sentence",
			text: "Gunmen killed 12 worshippers at a mosque in northern Burkina Faso on Friday, officials said.",
			want: []wantEvent{{typ: "kill", src: "country/BFA", tgt: "country/BFA"}}},
		{name: "militants, placed in the sentence",
			text: "Suspected militants attacked a police checkpoint in Mali on Sunday, killing four officers.",
			want: []wantEvent{{typ: "attack", src: "country/MLI", tgt: "country/MLI"}}},
		{name: "kidnappers, placed by the dateline",
			text: "PORT-AU-PRINCE, March 4 (Reuters) - Gunmen kidnapped six nuns on Saturday, a church official said.",
			want: []wantEvent{{typ: "coerce", src: "country/HTI"}}},
	})
}

// TestBodiesAcrossSentences: a bare ministry is a state body whose
// country the article gave before; what a country condemns or hits is
// not its own body.
func TestBodiesAcrossSentences(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a bare foreign ministry, dateline",
			text: "HANOI, May 3 (Reuters) - Vietnam accused China of ramming a fishing boat near the Paracel islands. The foreign ministry summoned the Chinese ambassador on Friday.",
			want: []wantEvent{{typ: "criticize", src: "country/VNM", tgt: "country/CHN"}}},
		{name: "a bare ministry after its government",
			text: "Algeria's government recalled its ambassador to Paris on Saturday. The ministry accused France of meddling in its internal affairs.",
			want: []wantEvent{{typ: "accuse", src: "country/DZA", tgt: "country/FRA"}}},
		{name: "condemned strikes are not the condemner's",
			text: "Israeli jets struck targets near Damascus overnight. Syria's government condemned the strikes as a breach of international law.",
			want: []wantEvent{{typ: "condemn", src: "country/SYR", tgt: "country/ISR"}},
			not:  []wantEvent{{typ: "condemn", src: "country/SYR", tgt: "country/SYR"}}},
		{name: "the forces a report accuses are not the rejecter's own target",
			text: "Myanmar rejected a United Nations report accusing its security forces of atrocities.",
			not:  []wantEvent{{typ: "accuse", tgt: "country/MMR", src: "country/MMR"}}},
		{name: "a warning about police is no judgement of them",
			text: "Egypt's interior minister warned that police would not tolerate further rallies in Cairo.",
			not:  []wantEvent{{typ: "threaten", src: "country/EGY", tgt: "-"}}},
	})
}

// TestPossessiveOpening: a sentence that opens with "Its"/"Their" and a
// body goes on with the actor of the previous sentence's last event, as
// one that opens with "It"/"They" does.
func TestPossessiveOpening(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "its forces",
			text: "Israeli jets struck targets near Damascus overnight. Syria's government condemned the strikes. Its forces then fired missiles at Israeli aircraft.",
			want: []wantEvent{{typ: "attack", src: "country/SYR", tgt: "country/ISR"}}},
		{name: "their troops",
			text: "Eritrea and Ethiopia signed a border deal on Monday. Ethiopia accused Eritrea of violating the deal on Friday. Their troops later shelled Eritrean positions near Badme.",
			want: []wantEvent{{typ: "attack", src: "country/ETH", tgt: "country/ERI"}}},
		{name: "not a body",
			text: "Israel bombed Gaza on Monday. Its decision drew criticism from Egypt.",
			not:  []wantEvent{{typ: "criticize", tgt: "country/ISR", src: "country/ISR"}}},
	})
}

// TestUnknownSpeaker: the speaker of an inverted reporting clause stands
// right after the verb ("..., said Peskov"); when the speaker is unknown,
// an actor the statement speaks of is not its source.
func TestUnknownSpeaker(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a body spoken of",
			text: "WASHINGTON, May 3 (Reuters) - Fairvote says the new rules put the federal government in charge of elections.",
			not:  []wantEvent{{typ: "say", src: "country/USA"}}},
		{name: "a country spoken of",
			text: "Acme Holdings said it would open two plants in Mexico next year.",
			not:  []wantEvent{{typ: "say", src: "country/MEX"}}},
		{name: "inverted clause keeps its speaker",
			text: "\"We will not back down,\" said the Kremlin spokesman on Tuesday.",
			want: []wantEvent{{typ: "say", src: "country/RUS"}}},
	})
}
