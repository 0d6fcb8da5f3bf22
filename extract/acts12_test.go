package extract

import "testing"

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
