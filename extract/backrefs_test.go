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

// TestPluralBackReference: "the three countries", "both sides" name the
// actors of the latest earlier act that had that many.
func TestPluralBackReference(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the two countries that clashed",
			text: "Armenian and Azerbaijani troops clashed along their border on Tuesday. The European Union urged the two countries to show restraint.",
			want: []wantEvent{{typ: "appeal", src: "org/european-union", tgt: "country/ARM"}, {typ: "appeal", src: "org/european-union", tgt: "country/AZE"}}},
		{name: "the three countries that acted together",
			text: "Saudi Arabia, Egypt and Bahrain expelled Qatari diplomats on Monday. Iran criticised the three countries.",
			want: []wantEvent{{typ: "criticize", src: "country/IRN", tgt: "country/SAU"}, {typ: "criticize", src: "country/IRN", tgt: "country/EGY"}, {typ: "criticize", src: "country/IRN", tgt: "country/BHR"}}},
		{name: "both sides of an attack",
			text: "Israeli jets struck targets in Gaza on Friday. The United Nations called on both sides to halt the violence.",
			want: []wantEvent{{typ: "appeal", src: "org/united-nations", tgt: "country/ISR"}}},
		{name: "no antecedent of that number",
			text: "Russia said on Monday it would hold talks. The United Nations urged the two countries to show restraint.",
			not:  []wantEvent{{typ: "appeal", tgt: "country/RUS"}}},
	})
}

// TestAlsoSameAct: "X also did it" with no target repeats the target of
// the same act done by another just before.
func TestAlsoSameAct(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "also withdrew their envoys",
			text: "Lithuania recalled its ambassador from Minsk on Monday. Latvia and Estonia also withdrew their envoys.",
			want: []wantEvent{{typ: "sanction", src: "country/LVA", tgt: "country/BLR"}, {typ: "sanction", src: "country/EST", tgt: "country/BLR"}}},
		{name: "condemned it too",
			text: "Germany condemned North Korea's missile launch on Sunday. Japan condemned the launch too.",
			want: []wantEvent{{typ: "condemn", src: "country/JPN", tgt: "country/PRK"}}},
		{name: "the other side's act is not the same target",
			text: "Russian forces shelled Ukrainian positions near Bakhmut on Monday. Ukrainian forces also shelled the area.",
			not:  []wantEvent{{typ: "attack", src: "country/UKR", tgt: "country/UKR"}}},
	})
}

// TestNamedCondemned: naming an act by a condemning word is a criticism,
// aimed at the act's author when the object points back to it.
func TestNamedCondemned(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "called the move unacceptable, after the act",
			text: "Britain expelled 20 Russian diplomats on Monday. The Russian foreign ministry called the move unacceptable.",
			want: []wantEvent{{typ: "criticize", src: "country/RUS", tgt: "country/GBR"}}},
		{name: "calling a possessor's plans a threat",
			text: "Kosovo's prime minister said on Friday his government would seek help from NATO, calling Belgrade's plans a direct threat to peace.",
			want: []wantEvent{{typ: "criticize", tgt: "country/SRB"}}},
		{name: "called the trial a witch hunt",
			text: "A Moscow court convicted opposition leader Alexei Navalny of fraud on Tuesday. Washington called the trial a sham.",
			want: []wantEvent{{typ: "coerce", src: "country/RUS"}, {typ: "criticize", src: "country/USA", tgt: "country/RUS"}}},
		{name: "described as illegal",
			text: "China described the new U.S. export controls as illegal.",
			want: []wantEvent{{typ: "criticize", src: "country/CHN"}}},
		{name: "a neutral naming is no criticism",
			text: "Germany called the agreement a milestone for Europe.",
			not:  []wantEvent{{typ: "criticize"}}},
		{name: "the judgement word heads the object",
			text: "The Estonian prime minister called the threat from Russia real on Monday.",
			not:  []wantEvent{{typ: "criticize"}}},
		{name: "a fronted object in a relative clause",
			text: "Lithuania closed two border crossings with Belarus ahead of military exercises, which Vilnius called a provocation.",
			not:  []wantEvent{{typ: "criticize", tgt: "-"}}},
		{name: "calling for is an appeal, not a naming",
			text: "France called for an end to the illegal settlements.",
			not:  []wantEvent{{typ: "criticize"}}},
	})
}

// TestRespondThreat: an announced answer is a threat, aimed at the author
// of the act it answers.
func TestRespondThreat(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "would respond to the move",
			text: "Washington imposed new tariffs on Chinese steel on Friday. Beijing said it would respond to the move.",
			want: []wantEvent{{typ: "threaten", src: "country/CHN", tgt: "country/USA"}}},
		{name: "would respond, no object",
			text: "The Iranian foreign ministry said Tehran would respond firmly.",
			want: []wantEvent{{typ: "threaten", src: "country/IRN"}}},
		{name: "would respond to the verdict of a court",
			text: "A court in Tehran sentenced a British aid worker to 10 years in prison on Sunday. London said it would respond to the verdict.",
			want: []wantEvent{{typ: "coerce", src: "country/IRN"}, {typ: "threaten", src: "country/GBR", tgt: "country/IRN"}}},
		{name: "responding to questions is no threat",
			text: "The ministry said it would respond to questions from reporters on Monday.",
			not:  []wantEvent{{typ: "threaten"}}},
	})
}

// TestJudgedBodyBack: a bare state body a sentence judges or acts on is
// the body the article named before, also when the sentence names its
// own speaker's country.
func TestJudgedBodyBack(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the junta named before",
			text: "Niger's military government ordered the French ambassador to leave on Friday. The German foreign minister, Annalena Baerbock, criticised the junta on Saturday.",
			want: []wantEvent{{typ: "criticize", tgt: "country/NER"}}},
		{name: "the regime named before, judged by a named country",
			text: "Syria's government dropped barrel bombs on Idlib on Monday. French President Emmanuel Macron condemned the regime.",
			want: []wantEvent{{typ: "condemn", src: "person/emmanuel-macron", tgt: "country/SYR"}}},
	})
}

// TestDescriptiveCountry: "the island", "the kingdom" name the one
// country of that kind the article named before.
func TestDescriptiveCountry(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "the island after Taiwan",
			text: "Taiwan's president met a delegation of U.S. lawmakers in Taipei on Monday. China suspended imports of fruit from the island.",
			want: []wantEvent{{typ: "sanction", src: "country/CHN", tgt: "country/TWN"}}},
		{name: "the kingdom after Saudi Arabia",
			text: "Saudi Arabia executed 81 men in a single day on Saturday. Germany halted arms sales to the kingdom.",
			want: []wantEvent{{typ: "sanction", src: "country/DEU", tgt: "country/SAU"}}},
		{name: "two islands named: neither",
			text: "Cyprus and Malta signed a maritime agreement on Monday. Turkey suspended flights to the island.",
			not:  []wantEvent{{typ: "sanction", tgt: "country/CYP"}, {typ: "sanction", tgt: "country/MLT"}}},
	})
}

// TestMobilizationAnswers: forces put on alert after another's show of
// force or attack aimed at the country answer its author.
func TestMobilizationAnswers(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "alert after drills around the country",
			text: "North Korea fired two ballistic missiles toward South Korea on Sunday. Seoul put its troops on high alert.",
			want: []wantEvent{{typ: "mobilize", src: "country/KOR", tgt: "country/PRK"}}},
		{name: "a mobilization with no threat before stays domestic",
			text: "Brazil's government said on Monday it had sent troops to guard polling stations.",
			not:  []wantEvent{{typ: "mobilize", tgt: "country/PRK"}}},
	})
}
