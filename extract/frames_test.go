package extract

import "testing"

// Seventh-round class rules (issue #4); sentences written for the test.

// TestSeizedProperty: seizing vessels, cargo or power is COERCE (CAMEO
// 171x); seizing towns and warships stays an attack.
func TestSeizedProperty(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"a trawler seized", "Indonesian authorities seized a Chinese fishing trawler off the Natuna islands on Monday.",
			[]wantEvent{{typ: "coerce", src: "country/IDN", tgt: "country/CHN"}}, []wantEvent{{typ: "attack"}}},
		{"a tanker impounded", "Nigeria's navy impounded a Greek oil tanker off Bonny Island on Tuesday.",
			[]wantEvent{{typ: "coerce", tgt: "country/GRC"}}, nil},
		{"helped impound: taking part", "British commandos helped impound a Venezuelan cargo ship off Aruba on Friday.",
			[]wantEvent{{typ: "coerce", tgt: "country/VEN"}}, nil},
		{"seizure of vessels, a noun", "Venezuela's seizure of two Guyanese fishing boats on Sunday drew protests.",
			[]wantEvent{{typ: "coerce", src: "country/VEN", tgt: "country/GUY"}}, nil},
		{"a coup", "Mutinous soldiers in Guinea seized power on Sunday.",
			[]wantEvent{{typ: "coerce", src: "country/GIN", tgt: "country/GIN"}}, []wantEvent{{typ: "attack"}}},
		// guards
		{"a town seized is territory", "Houthi fighters seized the town of Hazm in Yemen on Tuesday.",
			[]wantEvent{{typ: "attack"}}, []wantEvent{{typ: "coerce"}}},
		{"warships seized are a military act", "Russian forces seized three Ukrainian navy ships near the Kerch Strait.",
			[]wantEvent{{typ: "attack"}}, []wantEvent{{typ: "coerce"}}},
		{"a power station is no power", "Ukrainian troops captured a power station near Kherson on Monday.",
			[]wantEvent{{typ: "attack"}}, []wantEvent{{typ: "coerce"}}},
	})
}

// TestStormedSeat: soldiers storming their own state's palace or
// parliament stage a coup (CAMEO 171); a foreign army doing so attacks.
func TestStormedSeat(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"soldiers storm the palace", "Guinean soldiers stormed the presidential palace in Conakry on Sunday.",
			[]wantEvent{{typ: "attack", src: "country/GIN", cameo: "171"}}, nil},
		{"troops storm parliament", "Burkinabe troops stormed the national assembly in Ouagadougou on Friday.",
			[]wantEvent{{typ: "attack", src: "country/BFA", cameo: "171"}}, nil},
		{"a foreign army", "Soviet troops stormed the Afghan presidential palace in Kabul in 1979.",
			[]wantEvent{{typ: "attack", cameo: "190"}}, nil},
	})
}

// TestIrregularKillers: killings by gunmen named as the subject or the
// passive's agent are ASSAULT (CAMEO 18x) though the place gives a state
// as their source; the press and the clergy are civilians.
func TestIrregularKillers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"gunmen as the agent", "A senior judge was shot dead in Kirkuk on Monday by unidentified gunmen, police said.",
			[]wantEvent{{typ: "kill", cameo: "180"}}, nil},
		{"gunmen as the subject", "Gunmen shot dead a district governor in Afghanistan's Kunduz province on Friday.",
			[]wantEvent{{typ: "kill", cameo: "180"}}, nil},
		{"militiamen attack journalists", "Pro-government militiamen attacked journalists outside a cathedral in Managua on Sunday.",
			[]wantEvent{{typ: "attack", cameo: "180"}}, nil},
		// guard: a state's soldiers
		{"soldiers shoot", "Indian soldiers shot dead two Pakistani intruders in Kashmir on Monday.",
			[]wantEvent{{typ: "kill", cameo: "190"}}, nil},
	})
}

// TestAnnouncedAnswer: "would respond", "will retaliate" announce an
// answer to an act: a threat (CAMEO 13); a reply to words is none.
func TestAnnouncedAnswer(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"would respond", "China's commerce ministry said Beijing would respond to the new American tariffs.",
			[]wantEvent{{typ: "threaten", src: "country/CHN"}}, nil},
		{"will retaliate", "Pakistan will retaliate against any Indian aggression, the army chief said on Monday.",
			[]wantEvent{{typ: "threaten", src: "country/PAK"}}, nil},
		{"a reply to questions", "The Egyptian ministry said it would respond to the questions of the committee in writing.",
			nil, []wantEvent{{typ: "threaten"}}},
		{"a friendly reply", "Iran said it would respond positively to the European proposal.",
			nil, []wantEvent{{typ: "threaten"}}},
	})
}

// TestUltimatum: "gave X N hours to" is an ultimatum (CAMEO 139).
func TestUltimatum(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"hours to act", "The Arab League gave Syria 72 hours to end its crackdown on protesters or face sanctions.",
			[]wantEvent{{typ: "threaten", tgt: "country/SYR"}}, nil},
		{"a regulator's date is no ultimatum", "Canada gave Merieux until mid-November to submit additional information.",
			nil, []wantEvent{{typ: "threaten"}}},
	})
}

// TestDeniedAccess: banning a country from airspace, ports or trade is a
// sanction (CAMEO 16), not repression.
func TestDeniedAccess(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"airspace", "Canada banned Russian aircraft from its airspace on Sunday.",
			[]wantEvent{{typ: "sanction", src: "country/CAN", tgt: "country/RUS"}}, []wantEvent{{typ: "coerce"}}},
		{"imports", "China banned imports of Japanese seafood on Thursday.",
			[]wantEvent{{typ: "sanction", src: "country/CHN", tgt: "country/JPN"}}, []wantEvent{{typ: "coerce"}}},
		{"a rally banned stays repression", "Kenyan police banned an opposition rally in Nairobi on Monday.",
			[]wantEvent{{typ: "coerce"}}, []wantEvent{{typ: "sanction"}}},
	})
}

// TestBorderBuildup: forces sent to a border are MOBILIZE (CAMEO 152),
// not aid.
func TestBorderBuildup(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"troops to the border", "India sent thousands of troops to its border with China on Friday.",
			[]wantEvent{{typ: "mobilize", src: "country/IND", tgt: "country/CHN"}}, []wantEvent{{typ: "aid"}}},
		{"helping forces stay aid", "Rwanda sent 1,000 soldiers to Mozambique on Friday to help its army fight the insurgency.",
			[]wantEvent{{typ: "aid", src: "country/RWA", tgt: "country/MOZ"}}, []wantEvent{{typ: "mobilize"}}},
	})
}

// TestHandedAid: "handed X fuel" gives aid; other things handed do not.
func TestHandedAid(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"fuel handed", "Japan handed Ukraine 50 tonnes of diesel fuel on Monday.",
			[]wantEvent{{typ: "aid", src: "country/JPN", tgt: "country/UKR"}}, nil},
		{"a sentence handed down", "A Russian court handed down a nine-year sentence to Ukraine's former commander on Monday.",
			nil, []wantEvent{{typ: "aid"}}},
		{"a defeat handed", "Turkish voters handed Erdogan's party a heavy defeat on Sunday.",
			nil, []wantEvent{{typ: "aid"}}},
	})
}

// TestModalBeforePast: a modal takes a bare verb, so "May" before a past
// form is a name and the act is done, not announced.
func TestModalBeforePast(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"May expelled", "May also expelled 23 Russian diplomats on Wednesday.",
			[]wantEvent{{typ: "sanction", tgt: "country/RUS"}}, []wantEvent{{typ: "threaten"}}},
		// (since the tenth round an unconditional "will expel" is the
		// sanction announced; a condition keeps the intent a threat)
		{"will be expelled stays announced", "Britain said it will expel 23 Russian diplomats if Moscow does not explain the attack.",
			[]wantEvent{{typ: "threaten"}}, nil},
	})
}

// TestLandforms: "the Niger Delta", "the Jordan Valley" are regions, not
// the countries.
func TestLandforms(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"Niger Delta", "Militants blew up an oil pipeline in the Niger Delta on Monday.",
			nil, []wantEvent{{typ: "coerce", tgt: "country/NER"}, {typ: "coerce", src: "country/NER"}}},
		{"Jordan Valley", "Israeli settlers attacked Palestinian farmers in the Jordan Valley on Friday.",
			nil, []wantEvent{{typ: "attack", tgt: "country/JOR"}}},
	})
}

// TestConsultFrames: the parties to "talks between X and Y" are their
// sources; "told X in a phone call" is also a consultation; what an act
// ended "without" did not happen.
func TestConsultFrames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"talks between", "Negotiations between Egypt and Ethiopia on the Nile dam resumed in Cairo on Sunday.",
			[]wantEvent{{typ: "meet", src: "country/EGY"}, {typ: "meet", src: "country/ETH"}}, nil},
		{"a phone call", "Putin told Erdogan in a telephone conversation on Friday that Russia would not accept the plan.",
			[]wantEvent{{typ: "meet", src: "country/RUS", tgt: "person/erdogan"}}, nil},
		{"without a deal", "The summit in Hanoi ended on Thursday without an agreement, officials said.",
			nil, []wantEvent{{typ: "agree"}}},
	})
}
