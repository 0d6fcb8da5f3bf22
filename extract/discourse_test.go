package extract

import "testing"

// TestArticleContext checks what a sentence takes from the sentences before
// it: the country of a state body named bare, the dateline's country, and
// the accuser a denial answers.
func TestArticleContext(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "bare army after its country named it",
			text: "Sudan's army said on Tuesday it had pushed back the paramilitaries. The army accused the paramilitary group of shelling hospitals.",
			want: []wantEvent{{typ: "accuse", src: "country/SDN"}}},
		{name: "police after another body of the same state",
			text: "Sudan's army said on Tuesday it had pushed back the paramilitaries. Police fired tear gas at protesters on Wednesday.",
			want: []wantEvent{{typ: "attack", src: "country/SDN"}}},
		{name: "dateline",
			text: "NAIROBI, June 25 (Reuters) - Police fired tear gas at protesters outside parliament on Tuesday.",
			want: []wantEvent{{typ: "attack", src: "country/KEN"}}},
		{name: "the target of the act is not the body's country",
			text: "Russia's army said it had repelled an attack. The army accused Ukraine of shelling the plant. The army fired at Ukrainian positions.",
			want: []wantEvent{{typ: "accuse", src: "country/RUS", tgt: "country/UKR"}, {typ: "attack", src: "country/RUS", tgt: "country/UKR"}},
			not:  []wantEvent{{typ: "attack", src: "country/UKR"}}},
		{name: "a body named as acted on is not the later bare army",
			text: "SEOUL, May 3 (Reuters) - South Korea accused North Korean troops of crossing the border on Tuesday. The military said it had fired warning shots at several North Korean soldiers.",
			want: []wantEvent{{typ: "say", src: "country/KOR"}},
			not:  []wantEvent{{typ: "say", src: "country/PRK"}}},
		{name: "a country named near the act's place is not the body's own",
			text: "Houthi rebels fired missiles at a tanker on Friday, the U.S. military said. The military said its warships struck radar sites near the Yemeni coast.",
			want: []wantEvent{{typ: "attack", src: "country/USA", tgt: "country/YEM"}}},
		{name: "the agency is the organisation named before",
			text: "The World Health Organization said on Monday the outbreak was spreading. The agency's director general urged China to share more data.",
			want: []wantEvent{{typ: "appeal", src: "org/world-health-organization", tgt: "country/CHN"}}},
		{name: "the group is the armed group named before, and what is struck is not the army's own",
			text: "Hamas fired rockets at southern Israel on Friday, the Israeli military said. The army said its jets struck the group's positions near the Egyptian border.",
			want: []wantEvent{{typ: "attack", src: "country/ISR", tgt: "group/hamas"}}},
		{name: "the alliance already an actor of the sentence",
			text: "NATO defence ministers agreed on Thursday to expand the alliance's training mission in Iraq.",
			want: []wantEvent{{typ: "agree", src: "org/nato", tgt: "country/IRQ"}},
			not:  []wantEvent{{typ: "agree", tgt: "org/nato"}}},
		{name: "a denial answers the accuser",
			text: "Russia accused Ukraine of shelling the Zaporizhzhia plant on Sunday. Kyiv denied the accusation.",
			want: []wantEvent{{typ: "deny", src: "country/UKR", tgt: "country/RUS"}}},
		{name: "a rejection of a demand answers who demanded",
			text: "The United States demanded that Iran release the tanker. Tehran rejected the demand on Monday.",
			want: []wantEvent{{typ: "reject", src: "country/IRN", tgt: "country/USA"}}},
		{name: "a condemnation points back to an act with a definite noun",
			text: "Turkish police detained 40 journalists in Istanbul on Tuesday. The European Union condemned the arrests and vowed to retaliate.",
			want: []wantEvent{{typ: "condemn", src: "org/european-union", tgt: "country/TUR"}, {typ: "threaten", src: "org/european-union", tgt: "country/TUR"}}},
		{name: "a criticism of the decision answers whoever decided",
			text: "Israel ordered the closure of the Al Jazeera office in Jerusalem on Sunday. Qatar criticised the decision.",
			want: []wantEvent{{typ: "criticize", src: "country/QAT", tgt: "country/ISR"}}},
		{name: "a rejection of the measures answers who imposed them",
			text: "Washington imposed new tariffs on Chinese steel on Friday. Beijing rejected the measures as unfair.",
			want: []wantEvent{{typ: "reject", src: "country/CHN", tgt: "country/USA"}}},
		{name: "an act pointed back to is not the speaker's own",
			text: "Russian forces shelled Kharkiv on Monday. Moscow condemned the attack on its consulate.",
			not:  []wantEvent{{typ: "condemn", tgt: "country/RUS"}}},
		{name: "a refusal that answers no claim",
			text: "Washington accused Beijing of spying. China declined to use the word.",
			not:  []wantEvent{{typ: "reject", tgt: "country/USA"}}},
	})
}

// TestArticleContextAmbiguous: a kind of state body the article gave two
// countries stays unresolved; a bare body in an article that gave none
// has no country either.
func TestArticleContextAmbiguous(t *testing.T) {
	x := New()
	for _, text := range []string{
		"Israeli troops crossed the border on Monday. Lebanese troops withdrew from the area. The army accused the militants of firing rockets.",
		"Talks on a truce resumed in Doha. The army accused the militants of firing rockets.",
	} {
		r := x.Extract(Article{ID: "t", Text: text})
		for _, e := range r.Events {
			if e.Type == "accuse" && len(e.Source) > 0 {
				t.Errorf("%s\naccusation given a source: %s", text, dump(r))
			}
		}
	}
}

// TestPossessedBodies: an organisation or armed group the dictionaries
// give no country takes the country whose possessive it follows; a
// state's own aircraft and drones after its statement are the speaker's.
func TestPossessedBodies(t *testing.T) {
	x := New()
	r := x.Extract(Article{ID: "t", Text: "Myanmar's ethnic Arakan Army (AA) attacked a police post on Sunday. The AA said it had seized the post."})
	found := false
	for _, e := range r.Entities {
		if e.ID == "org/arakan-army" {
			found = true
			if e.Country != "MMR" {
				t.Errorf("Arakan Army country %q, want MMR\n%s", e.Country, dump(r))
			}
		}
	}
	if !found {
		t.Errorf("no Arakan Army entity\n%s", dump(r))
	}
	runRuleCases(t, []ruleCase{
		{name: "the speaker's own aircraft",
			text: "Israel said its aircraft had struck Hezbollah positions in southern Lebanon.",
			want: []wantEvent{{typ: "attack", src: "country/ISR", tgt: "group/hezbollah"}}},
	})
}
