package extract

import "testing"

// Rules of the eighth and ninth rounds (issue #4): constructions seen in at
// least three development sets; every sentence written for the test, none
// from a gold set.

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

// TestBrokeredDeals: brokering an agreement is mediation (CAMEO BROKER,
// 045): the broker consults the agreement's parties; with no parties
// named it is not coded, and "a broker" is a noun.
func TestBrokeredDeals(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"a ceasefire brokered by", "Armenia and Azerbaijan agreed on Friday to a ceasefire brokered by Russia, after six weeks of fighting.",
			[]wantEvent{{typ: "meet", src: "country/RUS", tgt: "country/ARM"}, {typ: "agree", src: "country/AZE"}}, nil},
		{"under a deal brokered by", "Ethiopia and Eritrea agreed on Monday to reopen their border crossings under a deal brokered by the United Arab Emirates.",
			[]wantEvent{{typ: "meet", src: "country/ARE", tgt: "country/ETH"}}, nil},
		{"brokered, finite", "Qatar brokered a truce between Israel and Hamas on Friday.",
			[]wantEvent{{typ: "meet", src: "country/QAT", tgt: "country/ISR"}}, nil},
		// guards
		{"no parties named", "A Kenyan diplomat is trying to broker a peace deal, officials in Nairobi said on Sunday.",
			nil, []wantEvent{{typ: "meet", src: "country/KEN"}}},
		// the sponsors of a truce named in what someone said are not
		// the speaker of the speech participle after it
		{"adding after an attributive brokered", "Iraqi Foreign Minister Ibrahim al-Jaafari told Al Arabiya television that the US-Turkey brokered truce was still a viable option, adding that Baghdad is ready to host talks.",
			[]wantEvent{{typ: "say", src: "person/ibrahim-al-jaafari"}}, []wantEvent{{typ: "say", src: "country/TUR"}}},
		{"a broker is a noun", "Canadian shares fell on Monday, said an analyst and broker with a Toronto securities firm.",
			nil, []wantEvent{{typ: "meet"}}},
	})
}

// TestIrregularViolence: gangs, mobs and armed men or groups are fighters
// of no state, and protesters are civilians: their violence against
// civilians is ASSAULT (CAMEO 18x) even when the mention takes a
// country; a state's police firing on protesters stays repression.
func TestIrregularViolence(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"gangs kill", "Gangs in Port-au-Prince killed at least 70 residents of a Haitian town on Thursday.",
			[]wantEvent{{typ: "kill", cameo: "180"}}, nil},
		{"armed pro-government groups", "Armed pro-government groups attacked Catholic priests at a church in the Nicaraguan city of Masaya on Sunday.",
			[]wantEvent{{typ: "attack", cameo: "180"}}, nil},
		{"a militia attacks demonstrators", "Supporters of the Sudanese militia attacked demonstrators at a sit-in in Khartoum on Monday.",
			[]wantEvent{{typ: "attack", cameo: "180"}}, nil},
		// guards: a state's forces
		{"police fire on protesters", "Kenyan police fired live rounds at protesters in Nairobi on Tuesday.",
			[]wantEvent{{typ: "attack", cameo: "175"}}, nil},
		{"troops near a village", "Ukrainian troops shelled Russian positions near a village outside Bakhmut on Friday.",
			[]wantEvent{{typ: "attack", cameo: "190"}}, nil},
	})
}

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

// Naming an act by a crime or a belligerent act is a criticism, and the
// judgement may stand in single quotes: "called the junta
// 'illegitimate'", "called the raid 'an act of war'".
func TestNamedAsCrime(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"quoted judgement", "French Foreign Minister Jean-Yves Le Drian called the junta 'illegitimate' on Monday.",
			[]wantEvent{{typ: "criticize", src: "person/jean-yves-le-drian"}}, nil},
		{"an act of war", "Russian drones struck a power plant in Kharkiv overnight, and Ukrainian President Volodymyr Zelensky called the strikes 'an act of war'.",
			[]wantEvent{{typ: "criticize", src: "person/volodymyr-zelensky", tgt: "country/RUS"}}, nil},
		{"a kidnapping", "Nigerian President Bola Tinubu called the seizure of the tanker a kidnapping.",
			[]wantEvent{{typ: "criticize", src: "person/bola-tinubu"}}, nil},
		{"the war itself (guard)", "The foreign minister called the war in Sudan a tragedy for Africa.",
			nil, []wantEvent{{typ: "criticize"}}},
	})
}

// Tenth round (issue #4, acts and classes): constructions seen
// in at least three development sets; every sentence written for the test,
// none from a gold set.

// TestAnnouncedSanctions: a sanction stated with "will"/"would" and no
// condition is the measure decided (CAMEO ANNOUNCE SANCTIONS 163), not a
// threat; warned, vowed, promised, conditional and boycott stay threats.
func TestAnnouncedSanctions(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"will expel, fronted", "France will expel two Iranian diplomats, the foreign ministry said on Tuesday.",
			[]wantEvent{{typ: "sanction", src: "country/FRA", tgt: "country/IRN"}}, []wantEvent{{typ: "threaten"}}},
		{"said it would suspend", "The European Union said on Monday it would suspend trade talks with Belarus.",
			[]wantEvent{{typ: "sanction", tgt: "country/BLR"}}, []wantEvent{{typ: "threaten"}}},
		{"announced it would freeze", "Washington announced it would freeze the assets of Venezuelan officials.",
			[]wantEvent{{typ: "sanction", src: "country/USA", tgt: "country/VEN"}}, []wantEvent{{typ: "threaten"}}},
		// guards: threats
		{"warned + if", "Turkey warned it would expel the Dutch ambassador if the rally went ahead.",
			[]wantEvent{{typ: "threaten", src: "country/TUR"}}, []wantEvent{{typ: "sanction"}}},
		{"promised that", "Biden promised that Washington would impose severe sanctions on Russia.",
			[]wantEvent{{typ: "threaten", tgt: "country/RUS"}}, []wantEvent{{typ: "sanction"}}},
		{"boycott said", "Opposition parties in Zimbabwe said they would boycott the election.",
			[]wantEvent{{typ: "threaten"}}, []wantEvent{{typ: "sanction"}}},
		{"plans to", "Poland plans to impose restrictions on grain imports from Ukraine.",
			[]wantEvent{{typ: "threaten"}}, []wantEvent{{typ: "sanction"}}},
	})
}

// TestCrowdViolence: a crowd's storming or ransacking is a violent protest
// (CAMEO 145) when the crowd is the subject of a relative clause with an
// infinitive, is followed by a participle phrase, or is a counted crowd of
// supporters; supporters with no count stay the armed men they may be.
func TestCrowdViolence(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"who tried to storm", "Police fired tear gas at demonstrators who tried to storm the presidential palace in Lima on Friday.",
			[]wantEvent{{typ: "protest", src: "country/PER"}}, nil},
		{"angered by ... stormed", "Hundreds of protesters angered by the rise in fuel prices stormed the governor's office in Lagos on Monday.",
			[]wantEvent{{typ: "protest", src: "country/NGA"}}, []wantEvent{{typ: "attack"}}},
		{"thousands of supporters", "Thousands of opposition supporters stormed the state television headquarters in Tbilisi on Monday.",
			[]wantEvent{{typ: "protest", src: "country/GEO"}}, []wantEvent{{typ: "attack"}}},
		// guard: uncounted supporters beating people
		{"armed supporters", "Armed supporters of the ruling party stormed a protest camp in Bishkek, beating demonstrators.",
			nil, []wantEvent{{typ: "protest", src: "country/KGZ"}}},
	})
}

// Withdrawing diplomatic staff reduces relations (CAMEO 161) as
// withdrawing an ambassador does: SANCTION, not RETREAT.
func TestDiplomaticStaffWithdrawn(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"diplomatic staff", "Nicaragua said on Friday it was withdrawing its diplomatic staff from Costa Rica.",
			[]wantEvent{{typ: "sanction", src: "country/NIC", tgt: "country/CRI"}}, []wantEvent{{typ: "retreat"}}},
		{"troops (guard)", "Nicaragua said on Friday it was withdrawing its troops from the border with Costa Rica.",
			nil, []wantEvent{{typ: "sanction"}}},
	})
}

// Eleventh round (issue #4, acts and classes): constructions seen in at least
// three development sets; every sentence written for the test, none from
// a gold set.

// TestTalksParties: talks named by a bare noun that an agreement came
// after are the agreement's parties' consultation, in the same sentence
// or the next; a host or mediator named right after the noun consults
// with those parties, not with the city the talks were held in.
func TestTalksParties(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"agreed ..., after days of talks", "Serbia and Kosovo agreed on Tuesday to recognise each other's identity documents, after three days of talks in Brussels.",
			[]wantEvent{{typ: "meet", src: "country/SRB"}, {typ: "meet", src: "country/XKX"}}, nil},
		{"following talks", "Sudan and South Sudan agreed on Sunday to reopen their oil pipeline following two weeks of negotiations.",
			[]wantEvent{{typ: "meet", src: "country/SDN"}, {typ: "meet", src: "country/SSD"}}, nil},
		{"the next sentence", "Israel and Lebanon agreed on Thursday to a maritime border. The deal was announced after months of talks.",
			[]wantEvent{{typ: "meet", src: "country/ISR"}, {typ: "meet", src: "country/LBN"}}, nil},
		{"talks hosted by", "Eritrea and Ethiopia agreed on Monday to restore air links, after two days of talks hosted by Saudi Arabia.",
			[]wantEvent{{typ: "meet", src: "country/SAU", tgt: "country/ERI"}, {typ: "meet", src: "country/SAU", tgt: "country/ETH"}}, nil},
		{"talks in CITY mediated by", "Sudan and Chad agreed on Friday to stop backing each other's rebels after a week of talks in Doha mediated by Qatar.",
			[]wantEvent{{typ: "meet", src: "country/QAT", tgt: "country/SDN"}}, []wantEvent{{typ: "meet", src: "country/QAT", tgt: "-"}}},
		// guards: talks with no agreement, or not before one, get no parties
		{"talks before a vote", "Thousands rallied in Bogota after talks between the unions broke down.",
			nil, []wantEvent{{typ: "meet", src: "country/COL"}}},
		{"no agreement named", "Venezuela expelled the Spanish ambassador on Friday, after weeks of talks.",
			nil, []wantEvent{{typ: "meet", src: "country/VEN"}}},
	})
}

// Rules of the twelfth round (issue #4, acts and classes): constructions
// seen in at least three development sets; every sentence written for the
// test, none from a gold set.

// TestRiotMeans: crowd-control weapons fired are violent repression
// (CAMEO FIRE + TEAR GAS, 175; PLOVER COERCE) whoever fires them, also
// when no protest is named and the source is no police force.
func TestRiotMeans(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"water cannon at a boat", "A Chinese coast guard vessel fired a water cannon at a Vietnamese fishing boat near the Paracel Islands on Monday.",
			[]wantEvent{{typ: "attack", src: "country/CHN", tgt: "country/VNM", cameo: "175"}}, nil},
		{"soldiers fire tear gas", "Israeli soldiers fired tear gas and rubber bullets at Palestinian villagers near Nablus on Friday.",
			[]wantEvent{{typ: "attack", src: "country/ISR", cameo: "175"}}, nil},
		{"stun grenades are no bombing", "Serbian troops fired stun grenades at Kosovo Serbs gathered outside a town hall in Zvecan on Monday.",
			[]wantEvent{{typ: "attack", cameo: "175"}}, nil},
		// guards: live fire stays combat; a weapon named after the
		// clause's end is another act's
		{"live fire", "Indian troops fired at Pakistani positions along the Line of Control on Sunday.",
			[]wantEvent{{typ: "attack", cameo: "190"}}, nil},
	})
}

// TestWeaponsDisplay: weapons fired or set off where they hit no one (into
// the sea, over a country, in a test, as a show of force) are a show of
// force (CAMEO 15, PLOVER MOBILIZE), not combat. (hasNot ignores the
// CAMEO code, so each case names the code it wants.)
func TestWeaponsDisplay(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"into the sea", "North Korea fired two short-range ballistic missiles into the sea off its east coast on Thursday.",
			[]wantEvent{{typ: "attack", src: "country/PRK", cameo: "150"}}, nil},
		{"over a country", "North Korea fired an intermediate-range missile over Japan on Tuesday.",
			[]wantEvent{{typ: "attack", src: "country/PRK", tgt: "country/JPN", cameo: "150"}}, nil},
		{"a test", "Pakistan detonated five nuclear devices in its first nuclear tests on Thursday.",
			[]wantEvent{{typ: "attack", src: "country/PAK", cameo: "150"}}, nil},
		{"a show of force", "American B-1B bombers dropped dummy bombs on a firing range in South Korea on Monday in a show of force against North Korea.",
			[]wantEvent{{typ: "attack", cameo: "150"}}, nil},
		// guards: fire aimed at a place stays an attack
		{"at a city", "Russia fired cruise missiles at Kharkiv on Sunday, Ukrainian officials said.",
			[]wantEvent{{typ: "attack", src: "country/RUS", cameo: "190"}}, nil},
		{"into a country's region", "Turkey fired artillery shells into northern Syria on Wednesday.",
			[]wantEvent{{typ: "attack", src: "country/TUR", cameo: "190"}}, nil},
	})
}

// TestIngObjectNouns: an -s form right after a verb's -ing form is that
// verb's object, a plural noun, not a finite verb ("supplies", "signs",
// "claims").
func TestIngObjectNouns(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"carrying supplies", "Houthi fighters fired on a Saudi convoy carrying supplies to troops near Jizan on Monday.",
			[]wantEvent{{typ: "attack"}}, []wantEvent{{typ: "aid"}}},
		{"carrying signs", "Thousands of Venezuelan exiles marched through Miami on Saturday carrying signs against the Maduro government.",
			nil, []wantEvent{{typ: "sign"}}},
		// guard: a finite -s verb after its subject stays a verb
		{"supplies after its subject", "Iran supplies drones and ammunition to Russia, the Ukrainian foreign minister said on Tuesday.",
			[]wantEvent{{typ: "aid", src: "country/IRN"}}, nil},
	})
}
