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

// TestBareBodyArticleCountry: a bare state body ("the foreign ministry",
// "police") in a sentence whose only possibly-own country is the one the
// article gives such bodies anyway (the dateline's) is that country's.
func TestBareBodyArticleCountry(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the ministry accuses a neighbour of violating its own country's sovereignty",
			text: "BAGHDAD, March 3 (Reuters) - The foreign ministry summoned the Turkish envoy on Monday and accused Turkey of violating Iraq's sovereignty with its air strikes.",
			want: []wantEvent{{typ: "accuse", src: "country/IRQ", tgt: "country/TUR"}}},
		{name: "guard: police under a dateline, the home country named in a that clause",
			text: "ABUJA, May 2 (Reuters) - Police arrested 40 protesters who had marched on Tuesday to demand that Nigeria's president resign.",
			want: []wantEvent{{typ: "coerce", src: "country/NGA"}}},
		{name: "guard: another country that might be the body's own keeps it open",
			text: "BAGHDAD, March 3 (Reuters) - The foreign ministry and Iranian officials met on Monday.",
			not:  []wantEvent{{typ: "meet", src: "country/IRQ"}}},
	})
}

// TestChargeAgainstArmed: a charge against armed men no one names ("blamed
// the rebels") is aimed where they are, as violence against them is.
func TestChargeAgainstArmed(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the government blames unnamed insurgents",
			text: "MANILA, June 4 (Reuters) - The Philippine government blamed the insurgents for the ambush on an army convoy.",
			want: []wantEvent{{typ: "accuse", src: "country/PHL", tgt: "country/PHL"}}},
		{name: "guard: a named group keeps its own actor",
			text: "Israel accused Hezbollah fighters of firing rockets at Haifa.",
			not:  []wantEvent{{typ: "accuse", tgt: "country/ISR"}}},
	})
}

// TestRegionalCollective: a region's states named as one actor ("West
// African leaders", "Gulf Arab states", "regional mediators") act through
// their regional body and are coded IGO (an organisation with no country);
// counted states are not.
func TestRegionalCollective(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "region adjective + leaders",
			text: "East African leaders imposed sanctions on Burundi on Sunday after the disputed vote.",
			want: []wantEvent{{typ: "sanction", src: "org/regional-east-african-leaders", tgt: "country/BDI"}}},
		{name: "two-word region + states",
			text: "Gulf Arab states condemned Iran on Monday over the seizure of a tanker.",
			want: []wantEvent{{typ: "condemn", src: "org/regional-gulf-arab-states", tgt: "country/IRN"}}},
		{name: "regional mediators as the author inside the object",
			text: "Guinea's junta rejected a plan by regional mediators for an 18-month transition.",
			want: []wantEvent{{typ: "reject", src: "country/GIN", tgt: "org/regional-regional-mediators"}}},
		{name: "guard: counted states are those states",
			text: "Ambassadors of 30 African countries met the foreign minister in Washington.",
			not:  []wantEvent{{typ: "meet", src: "org/regional-african-countries"}}},
		{name: "guard: a body's own name stays the gazetteer's",
			text: "The European Union imposed sanctions on Belarus on Monday.",
			want: []wantEvent{{typ: "sanction", src: "org/european-union", tgt: "country/BLR"}}},
	})
}

// TestExtraditionReceiver: an extradition is cooperation with the state
// that receives the person, named after "to", not an act on the person.
func TestExtraditionReceiver(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a named person extradited",
			text: "Peru extradited former president Alejandro Toledo to the United States on Friday.",
			want: []wantEvent{{typ: "cooperate", src: "country/PER", tgt: "country/USA"}}},
		{name: "a nickname in quotes and an apposition",
			text: "Honduras extradited former police chief Juan Carlos \"El Tigre\" Bonilla, accused of drug trafficking, to the United States.",
			want: []wantEvent{{typ: "cooperate", src: "country/HND", tgt: "country/USA"}}},
		{name: "guard: an unnamed suspect was right already",
			text: "Britain extradited the suspect to Spain on Tuesday.",
			want: []wantEvent{{typ: "cooperate", src: "country/GBR", tgt: "country/ESP"}}},
	})
}

// TestUnnamedDomesticObject: people or a body no gazetteer places, the
// object of a leader's word in a sentence that names only the leader's
// country, are the leader's compatriots (CAMEO codes domestic actors by
// their state).
func TestUnnamedDomesticObject(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a president denounces the protesters",
			text: "Peruvian President Dina Boluarte denounced the protesters as criminals on Monday.",
			want: []wantEvent{{typ: "criticize", src: "person/dina-boluarte", tgt: "country/PER"}}},
		{name: "a prime minister praises the police",
			text: "Spanish Prime Minister Mariano Rajoy praised the police for their professionalism on Sunday.",
			want: []wantEvent{{typ: "praise", src: "person/mariano-rajoy", tgt: "country/ESP"}}},
		{name: "guard: a second country leaves them unplaced",
			text: "French President Emmanuel Macron denounced the protesters in Tbilisi on Monday.",
			not:  []wantEvent{{typ: "criticize", tgt: "country/FRA"}}},
		{name: "guard: someone's own officials",
			text: "U.S. Secretary of State Madeleine Albright accepted admission papers from the three countries' foreign ministers.",
			not:  []wantEvent{{typ: "agree", tgt: "country/USA"}}},
		{name: "guard: an act named back is no group of people",
			text: "Jordan condemned the strikes on Monday.",
			not:  []wantEvent{{typ: "condemn", tgt: "country/JOR"}}},
	})
}

// TestAnswerFarBack: "condemned the violence" in a lead's last sentence
// points back to the violence its first sentence reports, however many
// sentences lie between.
func TestAnswerFarBack(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the fifth sentence answers the first",
			text: "Serbian police fired tear gas at crowds in Belgrade on Saturday. The rally had been called by student groups. Organisers said turnout topped 100,000. The interior minister said 20 people were hurt. In Brussels, Belgian Prime Minister Charles Michel condemned the violence.",
			want: []wantEvent{{typ: "condemn", src: "person/charles-michel", tgt: "country/SRB"}}},
	})
}

// TestAgreementNamedBack: "welcomed the agreement", "hailed the accord",
// "denounced the deal" are aimed at the agreement's parties, the sources
// of the latest agreement or signing before them.
func TestAgreementNamedBack(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a foreign leader welcomes a peace agreement",
			text: "Armenia and Azerbaijan signed a peace agreement in Washington on Friday. French President Emmanuel Macron welcomed the agreement as a historic step.",
			want: []wantEvent{{typ: "praise", src: "person/emmanuel-macron", tgt: "country/ARM"},
				{typ: "praise", src: "person/emmanuel-macron", tgt: "country/AZE"}}},
		{name: "a neighbour denounces the deal",
			text: "Morocco and Israel agreed on Thursday to restore diplomatic ties. Algeria denounced the deal as a betrayal of the Palestinian cause.",
			want: []wantEvent{{typ: "criticize", src: "country/DZA", tgt: "country/MAR"}}},
		{name: "guard: a deal no one before made",
			text: "Oman welcomed the deal on Monday.",
			not:  []wantEvent{{typ: "praise", tgt: "country/OMN"}}},
	})
}

// TestVowedResponse: a threat that vows a response and names no target
// ("vowed to respond", "vowed a painful response") is aimed at whoever
// last acted against the threatening side.
func TestVowedResponse(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "vowed to respond, the act in the sentence before",
			text: "Iranian missiles struck targets in northern Israel on Saturday. Israel vowed to respond at a time of its choosing.",
			want: []wantEvent{{typ: "threaten", src: "country/ISR", tgt: "country/IRN"}}},
		{name: "vowed a response after a raid on its soldiers",
			text: "Militants from Hamas killed four Israeli soldiers in a raid on Tuesday. Israel's defence minister vowed a harsh response.",
			not:  []wantEvent{{typ: "threaten", tgt: "country/ISR"}}},
		{name: "guard: a plain threat keeps no borrowed target",
			text: "Iranian missiles struck targets in northern Israel on Saturday. Israel warned of dangerous consequences.",
			not:  []wantEvent{{typ: "threaten", src: "country/ISR", tgt: "country/IRN"}}},
	})
}

// TestReleaseDemand: a demand for someone's release is made of whoever
// holds them, the author of the arrest the article tells of, before or
// after the demand.
func TestReleaseDemand(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the arrest told after the demand",
			text: "The United States on Tuesday called for the immediate release of reporter Evan Gershkovich. Russian security agents detained Gershkovich in Yekaterinburg last week.",
			want: []wantEvent{{typ: "appeal", src: "country/USA", tgt: "country/RUS"}}},
		{name: "the seizure told before",
			text: "Iranian commandos seized a Greek tanker in the Gulf on Friday. Athens demanded the release of the ship and its crew.",
			want: []wantEvent{{typ: "demand", src: "country/GRC", tgt: "country/IRN"}}},
		{name: "guard: no arrest in the article",
			text: "Amnesty International demanded the release of all political prisoners in Egypt.",
			not:  []wantEvent{{typ: "demand", tgt: "country/USA"}}},
	})
}

// TestDrawnByUnnamed: a reaction an act drew, when no one is named doing
// the act, is aimed at the state where it happened.
func TestDrawnByUnnamed(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "an arrest by police no one places",
			text: "The arrest of Belarusian opposition leader Mikola Statkevich by police at a Minsk polling station on Sunday drew condemnation from the European Union and the United States.",
			want: []wantEvent{{typ: "condemn", src: "country/USA", tgt: "person/mikola-statkevich"}}},
		{name: "guard: the author is named",
			text: "The Houthi attack on a British ship drew condemnation from Washington on Monday.",
			not:  []wantEvent{{typ: "condemn", tgt: "country/GBR"}}},
	})
}

// TestDomesticCrowd: soldiers and security forces under a dateline are
// the dateline country's, and a state's force against a crowd, or its
// arrests of people no gazetteer places, are domestic.
func TestDomesticCrowd(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "soldiers under a dateline",
			text: "BAMAKO, Aug 18 (Reuters) - Soldiers detained President Ibrahim Boubacar Keita at his residence on Tuesday.",
			want: []wantEvent{{typ: "coerce", src: "country/MLI"}}},
		{name: "security forces fire on protesters",
			text: "KHARTOUM, June 3 (Reuters) - Security forces shot dead at least 30 protesters at a sit-in outside the defence ministry on Monday.",
			want: []wantEvent{{src: "country/SDN", tgt: "country/SDN", typ: "kill"}}},
		{name: "guard: police arrest dozens of demonstrators (domestic already)",
			text: "Kenyan police arrested dozens of demonstrators in Nairobi on Tuesday.",
			want: []wantEvent{{typ: "coerce", src: "country/KEN", tgt: "country/KEN"}}},
		{name: "guard: civilians killed by a foreign force",
			text: "Russian forces killed 12 civilians in Kharkiv on Monday.",
			not:  []wantEvent{{typ: "kill", tgt: "country/RUS"}}},
	})
}

// TestEleventhRoundTargets: "welcomed the warrants" points back to the
// warrants' issuer; "complained that Berlin had not shared" is aimed at
// the that-clause's subject; a reaction an act prompts ("prompting X to
// warn") is aimed at the act's author; "Colombia, which he accused of"
// is aimed at the relative's antecedent.
func TestEleventhRoundTargets(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "warrants named back",
			text: "A Kenyan court issued arrest warrants for two Somali officials on Monday. Somalia condemned the warrants.",
			want: []wantEvent{{typ: "condemn", src: "country/SOM", tgt: "country/KEN"}}},
		{name: "complained that",
			text: "The Kremlin complained that Paris had not shared any evidence with Moscow.",
			want: []wantEvent{{typ: "criticize", tgt: "country/FRA"}}},
		{name: "prompting X to warn",
			text: "Chinese coast guard ships fired water cannon at a Philippine supply boat on Saturday, prompting President Ferdinand Marcos to warn of serious consequences.",
			want: []wantEvent{{typ: "threaten", src: "person/ferdinand-marcos", tgt: "country/CHN"}}},
		{name: "a charge in a relative clause",
			text: "Ethiopian Prime Minister Abiy Ahmed recalled his ambassador from Egypt, which he accused of arming rebels in the Amhara region.",
			want: []wantEvent{{typ: "accuse", src: "person/abiy-ahmed", tgt: "country/EGY"}}},
		{name: "guard: a complementizer 'that' is no relative",
			text: "A spokesman said that Iran condemns any acts which may result in the death of innocent people.",
			not:  []wantEvent{{typ: "condemn", tgt: "country/IRN"}}},
		{name: "guard: prompting with its own target",
			text: "Ecuadorian police raided the Mexican embassy in Quito, prompting Mexico to break off relations with Ecuador.",
			not:  []wantEvent{{typ: "sanction", src: "country/MEX", tgt: "country/MEX"}}},
	})
}

// TestTwelfthRoundActors: a bare body in an article that has named one
// country is that country's; a name that opens with a word like "new"
// stays whole in a list; launches and swaps are named back, a swap with
// both its sides; a department no dictionary places is a government body;
// a country where an act takes someone is not a bare body's own; violence
// coordinated inside a reported clause is its subject's.
func TestTwelfthRoundActors(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a bare body after a lead that named one country",
			text: "Peru's Congress voted on Wednesday to remove President Pedro Castillo. Police detained more than 40 of his supporters.",
			want: []wantEvent{{typ: "coerce", src: "country/PER"}}},
		{name: "guard: two countries named leave the body open",
			text: "Peru's Congress voted on Wednesday to remove President Pedro Castillo, and Mexico offered him asylum. Police detained more than 40 of his supporters.",
			not:  []wantEvent{{typ: "coerce", src: "country/PER"}, {typ: "coerce", src: "country/MEX"}}},
		{name: "New Zealand inside a list",
			text: "Australia, New Zealand and Canada condemned Beijing over the detention of the journalist on Tuesday.",
			want: []wantEvent{{typ: "condemn", src: "country/AUS", tgt: "country/CHN"}, {typ: "condemn", src: "country/NZL", tgt: "country/CHN"}, {typ: "condemn", src: "country/CAN", tgt: "country/CHN"}}},
		{name: "a missile launch named back",
			text: "Iran fired a ballistic missile toward Israel on Sunday. The German foreign minister condemned the launch.",
			want: []wantEvent{{typ: "condemn", src: "country/DEU", tgt: "country/IRN"}}},
		{name: "a swap named back has both sides",
			text: "Russia freed an American basketball player and the United States released a Russian arms dealer on Thursday. Turkey welcomed the swap.",
			want: []wantEvent{{typ: "praise", src: "country/TUR", tgt: "country/RUS"}, {typ: "praise", src: "country/TUR", tgt: "country/USA"}}},
		{name: "a department no dictionary places",
			text: "WASHINGTON (Reuters) - The Commerce Department banned exports of chips to three Chinese firms on Friday.",
			want: []wantEvent{{typ: "sanction", src: "country/USA", tgt: "country/CHN"}}},
		{name: "a place the act takes someone to",
			text: "BAMAKO (Reuters) - Soldiers detained the president at his residence on Tuesday and flew him to exile in Senegal.",
			want: []wantEvent{{typ: "coerce", src: "country/MLI"}}},
		{name: "guard: police in a country are its police",
			text: "NAIROBI (Reuters) - Police in Uganda arrested 20 opposition supporters on Monday.",
			want: []wantEvent{{typ: "coerce", src: "country/UGA"}}},
		{name: "a bare body is not of the country its clause acts on",
			text: "The junta expelled the French ambassador on Monday.",
			not:  []wantEvent{{typ: "sanction", src: "country/FRA"}}},
		{name: "a body named back in the sentence that named it",
			text: "NATO foreign ministers met on Tuesday after Finland asked the alliance for membership.",
			want: []wantEvent{{typ: "appeal", src: "country/FIN", tgt: "org/nato"}}},
		{name: "guard: the body's own possession is no second actor",
			text: "NATO ministers agreed to expand the alliance's mission.",
			not:  []wantEvent{{typ: "agree", tgt: "org/nato"}}},
		{name: "violence coordinated inside a reported clause",
			text: "Kenya said Somali troops had crossed the border and attacked a police post.",
			want: []wantEvent{{typ: "attack", src: "country/SOM"}},
			not:  []wantEvent{{typ: "attack", src: "country/KEN"}}},
		{name: "guard: an expulsion there stays the speaker's",
			text: "Germany said Russia had violated the treaty and expelled two diplomats.",
			not:  []wantEvent{{typ: "sanction", src: "country/RUS"}}},
	})
}
