package extract

import (
	"testing"
	"time"
)

// anchorCase is a sentence, the trigger of one of its events, and the
// text of the date (and of the about date) the event should carry; ""
// for none.
type anchorCase struct {
	text, trigger, date, about string
}

func checkAnchors(t *testing.T, cases []anchorCase) {
	t.Helper()
	pub := time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC) // a Monday
	for _, tc := range cases {
		r := New().Extract(Article{ID: "a", Text: tc.text, Published: pub})
		found := false
		for _, e := range r.Events {
			if tc.text[e.TriggerStart:e.TriggerEnd] != tc.trigger {
				continue
			}
			found = true
			date, about := "", ""
			if e.Date != nil {
				date = e.Date.Text
			}
			if e.About != nil {
				about = e.About.Text
			}
			if date != tc.date || about != tc.about {
				t.Errorf("%s\n  %q (%s): date %q about %q, want date %q about %q", tc.text, tc.trigger, e.Type, date, about, tc.date, tc.about)
			}
			break
		}
		if !found {
			t.Errorf("%s\n  no event on %q:\n%s", tc.text, tc.trigger, dump(r))
		}
	}
}

// TestClaimOwnDate: a date after a claim verb, its addressee and the
// place or occasion of the claim is the claim's own; one past the start
// of what is claimed is what the claim is about.
func TestClaimOwnDate(t *testing.T) {
	checkAnchors(t, []anchorCase{
		{"Prime Minister Benjamin Netanyahu told his Cabinet on Sunday that Israel was willing to withdraw from southern Lebanon.", "told", "Sunday", ""},
		{"President Obama told reporters in the Rose Garden on Friday that the sanctions would stay.", "told", "Friday", ""},
		{"The Kremlin said in a statement on Friday that the talks would go on.", "said", "Friday", ""},
		{"Russia said on Friday that the talks would go on.", "said", "Friday", ""},
		// what is claimed
		{"Ukraine accused Russia of war crimes in Mariupol on Saturday.", "accused", "", "Saturday"},
		{"Boris Johnson said the bombing of an aid convoy last week was a war crime.", "said", "", "last week"},
		{"Boris Johnson said Russian jets bombed an aid convoy last week.", "said", "", "last week"},
		{"The United Nations urged Russia to withdraw its troops by Friday.", "urged", "", "Friday"},
		{"Britain condemned the attack on Aleppo on Saturday.", "condemned", "", "Saturday"},
		// say takes no addressee: a name or a pronoun after it starts what
		// is said; a capitalised word is no verb
		{"Russia's Foreign Ministry said special envoy Mikhail Bogdanov left Tuesday for talks in Damascus.", "said", "", "Tuesday"},
		{"The Kremlin said Putin expects an answer on Monday.", "said", "", "Monday"},
		{"The Kremlin said on Monday that Putin expects an answer.", "said", "Monday", ""},
	})
}

// TestFrontedDate: a date fronted before the first comma dates the main
// clause however far after it, past appositions, a subordinate clause or a
// coordinated clause; not a relative clause.
func TestFrontedDate(t *testing.T) {
	checkAnchors(t, []anchorCase{
		{"On Sept. 2, police in the Comoros, off the Tanzanian coast, raided two homes.", "raided", "Sept. 2", ""},
		{"On Wednesday, Ricardo Alarcon, head of Cuba's National Assembly, said the convictions were unjust.", "said", "Wednesday", ""},
		{"On Friday, when Albright set aside her vacation, the State Department lifted a warning against travel to Kenya.", "lifted", "Friday", ""},
		{"But in June last year, the Khmer Rouge leadership split, and Pol Pot was arrested.", "arrested", "June last year", ""},
		{"In July 1997, at a summit in Madrid, NATO invited Poland to join.", "invited", "July 1997", ""},
		{"On Monday, Russian jets struck Aleppo.", "struck", "Monday", ""},
		{"In Sunday's debate against Vacco, Attorney General Eliot Spitzer attacked him for failing to enforce a court order.", "attacked", "Sunday", ""},
		{"On Monday, Putin, who invaded Crimea, met Erdogan in Ankara.", "invaded", "", ""},
		{"On Monday, Putin, who invaded Crimea, met Erdogan in Ankara.", "met", "Monday", ""},
		// a reporting clause after the dated one is not dated by it
		{"On Wednesday, Russian and Turkish diplomats met in Ankara, Sergei Lavrov told reporters.", "met", "Wednesday", ""},
		{"On Wednesday, Russian and Turkish diplomats met in Ankara, Sergei Lavrov told reporters.", "told", "", ""},
		// an "as" clause shares the time of the clause it hangs on
		{"Celebrations began early Friday morning, as tens of thousands of Cubans marched through Havana.", "marched", "early Friday morning", ""},
	})
}

// TestTemporalClauseDate: an act with no date in its own clause happened
// at the time of the "when" clause joined to it.
func TestTemporalClauseDate(t *testing.T) {
	checkAnchors(t, []anchorCase{
		{"In addition, 73 Israeli soldiers were killed en route to Lebanon when two military helicopters crashed last February.", "killed", "last February", ""},
		{"When the talks collapsed on Friday, M23 rebels attacked Goma.", "attacked", "Friday", ""},
		{"M23 rebels attacked Goma on Monday when the talks collapsed on Friday.", "attacked", "Monday", ""},
		// the "when" clause hangs on the verb right before it
		{"Russian police released Alexei Navalny and he appeared healthy when he appeared in court the next morning.", "released", "", ""},
		// a question, not a time
		{"Russia asked Ukraine when the troops would leave on Monday.", "asked", "", ""},
	})
}
