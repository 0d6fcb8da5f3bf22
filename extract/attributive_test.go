package extract

import (
	"testing"
	"time"
)

// TestAdverbParticiples: a participle between a determiner and an adverb
// in -ly and its noun ("a recently dismissed army commander", "the newly
// elected parliament") is an adjective: no act of its own, and the adverb
// dates nothing but the noun.
func TestAdverbParticiples(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "a recently dismissed commander is no rejection",
			text: "Soldiers led by a recently dismissed army commander stormed the defence ministry in Ouagadougou on Friday.",
			not:  []wantEvent{{typ: "reject"}}},
		{name: "a widely condemned raid is no condemnation",
			text: "Israel defended a widely condemned raid on a Gaza hospital on Tuesday.",
			not:  []wantEvent{{typ: "criticize"}, {typ: "condemn"}}},
	})

	x := New()
	pub := time.Date(2023, 9, 29, 0, 0, 0, 0, time.UTC) // a Friday
	for _, tc := range []struct{ name, text, want string }{
		{"the act takes the day, not the adverb of its actor's participle",
			"Soldiers led by a recently dismissed army commander stormed the defence ministry in Ouagadougou on Friday.", "2023-09-29"},
		{"the newly elected parliament",
			"The newly elected Georgian parliament on Wednesday condemned Russia's recognition of Abkhazia.", "2023-09-27"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := x.Extract(Article{ID: "t", Text: tc.text, Published: pub})
			for _, e := range r.Events {
				if e.Date != nil && e.Date.Value == tc.want {
					return
				}
			}
			t.Errorf("%s\nno event dated %s, got:\n%s", tc.text, tc.want, dump(r))
		})
	}
}

// TestParticipleApposition: a participle opening an apposition before a
// role or a name ("…, exiled opposition leader X, said") describes the
// person; a participle going on with an object is still an act.
func TestParticipleApposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{name: "an apposition",
			text: "Her husband, jailed opposition leader Kizza Besigye, appealed to the court on Monday.",
			not:  []wantEvent{{typ: "coerce"}}},
		{name: "a participle with an object in a list of acts",
			text: "Ugandan troops fired on crowds, detained opposition leader Kizza Besigye and closed the roads to Kampala.",
			want: []wantEvent{{typ: "coerce"}}},
	})
}
