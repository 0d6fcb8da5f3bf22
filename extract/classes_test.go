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
