package extract

import "testing"

// TestAssaultOnCivilians: armed groups' violence against civilians or the
// places they gather is ASSAULT (CAMEO 180), decided from the act's own
// clause; a state's forces hitting the same places stay FIGHT.
func TestAssaultOnCivilians(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"militants storm a hotel", "Al Shabaab gunmen stormed a beach hotel in Mogadishu on Friday, killing at least 9 people.",
			[]wantEvent{{typ: "attack", src: "group/al-shabaab", cameo: "180"}}, nil},
		{"an armed group attacks a mosque", "Islamic State militants attacked a Shi'ite mosque in Kunduz during Friday prayers.",
			[]wantEvent{{typ: "attack", src: "group/islamic-state", cameo: "180"}}, nil},
		{"a paramilitary force shells homes", "Sudan's Rapid Support Forces shelled residential neighbourhoods of El Fasher on Sunday.",
			[]wantEvent{{typ: "attack", src: "org/rapid-support-forces", cameo: "180"}}, nil},
		{"the toll participle belongs to the act", "Boko Haram fighters raided a camp for displaced people in Borno state, killing 16 residents.",
			[]wantEvent{{typ: "attack", src: "group/boko-haram", cameo: "180"}}, nil},
		{"unnamed jihadists kill villagers", "Suspected jihadists killed 15 villagers in northern Burkina Faso on Tuesday.",
			[]wantEvent{{typ: "kill", tgt: "country/BFA", cameo: "180"}}, nil},
		{"villagers killed by a group, in the passive", "Forty villagers were killed by Boko Haram fighters in Borno state.",
			[]wantEvent{{typ: "kill", src: "group/boko-haram", cameo: "180"}}, nil},
		// guards: a state's forces, a military target, a civilian word
		// outside the act's clause
		{"a state's air force bombs a village", "Myanmar's military bombed a village in Sagaing on Tuesday, killing dozens of people including children.",
			[]wantEvent{{typ: "bomb", src: "country/MMR", cameo: "195"}}, nil},
		{"a state's army by its name", "The Israel Defense Forces struck a school in Gaza City on Saturday.",
			[]wantEvent{{typ: "attack", cameo: "190"}}, nil},
		{"rebels attack an army base", "Houthi rebels attacked an army base in Marib on Monday, killing 12 soldiers.",
			[]wantEvent{{typ: "attack", cameo: "190"}}, nil},
		{"civilians named in another clause", "Taliban fighters attacked a police checkpoint in Helmand, where civilians had fled the fighting.",
			[]wantEvent{{typ: "attack", cameo: "190"}}, nil},
	})
}

// TestAttackFrames: attacks said with light verbs, partitives and
// retaliation by its means.
func TestAttackFrames(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"strikes inside a country", "Turkish jets carried out strikes inside northern Iraq on Sunday.",
			[]wantEvent{{typ: "attack", src: "country/TUR", tgt: "country/IRQ"}}, nil},
		{"strikes across a region", "Israeli aircraft conducted strikes across southern Lebanon overnight.",
			[]wantEvent{{typ: "attack", src: "country/ISR", tgt: "country/LBN"}}, nil},
		{"labour strikes in protest are no attack", "Dock workers carried out strikes in protest at the pension reform.",
			nil, []wantEvent{{typ: "attack"}}},
		{"one of its largest attacks", "Russia launched one of its heaviest drone attacks of the war on Kyiv overnight.",
			[]wantEvent{{typ: "attack", src: "country/RUS", tgt: "country/UKR"}}, nil},
		{"one of the heaviest bombardments", "Israel launched one of the heaviest bombardments of the conflict on Gaza on Friday.",
			[]wantEvent{{typ: "bomb", src: "country/ISR", tgt: "country/PSE"}}, nil},
		{"destroying military targets", "Armenian forces destroyed two Azerbaijani tanks near the border.",
			[]wantEvent{{typ: "attack", src: "country/ARM", tgt: "country/AZE"}}, nil},
		{"a retaliation told by its participle", "Indian soldiers retaliated, destroying several Pakistani posts.",
			[]wantEvent{{typ: "attack", src: "country/IND", tgt: "country/PAK"}}, []wantEvent{{typ: "criticize"}}},
		{"a retaliation with military means", "Azerbaijan retaliated with artillery fire on Armenian positions.",
			[]wantEvent{{typ: "attack", src: "country/AZE", tgt: "country/ARM"}}, []wantEvent{{typ: "criticize"}}},
		{"destroying one's own weapons is no attack", "Syria destroyed its declared chemical weapons stockpile.",
			nil, []wantEvent{{typ: "attack"}}},
	})
}

// TestAidGiven: aid given as a loan, a helping deployment or a protecting
// force's arrival (CAMEO 07, PLOVER AID).
func TestAidGiven(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"approving a bailout", "The IMF approved a $3 billion bailout for Egypt on Friday.",
			[]wantEvent{{typ: "aid", src: "org/imf", tgt: "country/EGY"}}, []wantEvent{{typ: "agree"}}},
		{"granting a loan", "The World Bank granted Kenya a new $750 million loan on Tuesday.",
			[]wantEvent{{typ: "aid", src: "org/world-bank", tgt: "country/KEN"}}, nil},
		{"troops sent to help", "Russia sent paratroopers to Kazakhstan to help restore order.",
			[]wantEvent{{typ: "aid", src: "country/RUS", tgt: "country/KAZ"}}, []wantEvent{{typ: "mobilize"}}},
		{"troops dispatched to support", "Kenya dispatched 400 troops to Somalia to support the government's fight against al Shabaab.",
			[]wantEvent{{typ: "aid", src: "country/KEN", tgt: "country/SOM"}}, nil},
		{"peacekeepers arrive", "The first Bangladeshi peacekeeping troops arrived in Mali on Monday.",
			[]wantEvent{{typ: "aid", src: "country/BGD", tgt: "country/MLI"}}, nil},
		{"troops arrive to help", "Rwandan troops arrived in the Central African Republic to help protect the capital.",
			[]wantEvent{{typ: "aid", src: "country/RWA", tgt: "country/CAF"}}, nil},
		// guards: a task at home, a deployment with no help, an arrival
		// with no help
		{"the army deployed at home", "The government deployed the army to help police guard roads and airports.",
			nil, []wantEvent{{typ: "aid"}}},
		{"troops sent to a border", "Poland deployed 10,000 troops to its border with Belarus.",
			nil, []wantEvent{{typ: "aid"}}},
		{"troops arriving is no aid", "Russian troops arrived in Belarus on Friday for joint drills.",
			nil, []wantEvent{{typ: "aid"}}},
	})
}

// TestVowedAnswer: a vowed response to an act is a threat (CAMEO 13),
// aimed at the act's author.
func TestVowedAnswer(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"vowed to respond to an act by X", "Beijing vowed to respond to the expulsion of two Chinese journalists by Australia.",
			[]wantEvent{{typ: "threaten", src: "country/CHN", tgt: "country/AUS"}}, []wantEvent{{typ: "threaten", tgt: "country/CHN"}}},
		{"vowed to respond firmly", "Tehran vowed to respond firmly to the Israeli strike on its consulate.",
			[]wantEvent{{typ: "threaten", src: "country/IRN", tgt: "country/ISR"}}, nil},
		{"promised a tough response", "Moscow promised a tough response to the new sanctions imposed by the United States.",
			[]wantEvent{{typ: "threaten", src: "country/RUS", tgt: "country/USA"}}, nil},
		{"pledged to hit back", "Pyongyang pledged to hit back at Seoul over the leaflets.",
			[]wantEvent{{typ: "threaten", src: "country/PRK", tgt: "country/KOR"}}, nil},
		{"responding to needs is no threat", "The government vowed to respond to the needs of flood victims in Pakistan.",
			nil, []wantEvent{{typ: "threaten"}}},
	})
}
