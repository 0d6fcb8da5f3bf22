package actors

import (
	"strings"
	"testing"
)

func keys(s string) []string {
	var ks []string
	for _, w := range strings.Fields(strings.NewReplacer("-", " ", "'s", "").Replace(s)) {
		ks = append(ks, Key(w))
	}
	return ks
}

func TestMatchActor(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		text, kind, country, name string
		n                         int
	}{
		{"Kremlin spokesman", Country, "RUS", "Russia", 1},
		{"White House", Country, "USA", "United States", 2},
		{"Downing Street", Country, "GBR", "United Kingdom", 2},
		{"U.S. officials", Country, "USA", "United States", 1},
		{"Britain", Country, "GBR", "United Kingdom", 1},
		{"Syrian Observatory for Human Rights", Org, "SYR", "Syrian Observatory for Human Rights", 5},
		{"UN Security Council", Org, "", "UN Security Council", 3},
		{"United Nations", Org, "", "United Nations", 2},
		{"Ban Ki-moon", Person, "", "", 3},
		{"Hungarian officials", Country, "HUN", "Hungary", 1},
		{"Tokyo", Country, "JPN", "Japan", 1},
		{"Islamic State", Group, "", "Islamic State", 2},
	} {
		a, n := g.MatchActor(keys(tc.text))
		if n != tc.n || a.Kind != tc.kind || a.Country != tc.country || (tc.name != "" && a.Name != tc.name) {
			t.Errorf("%q: got %+v n=%d, want kind %s country %q name %q n=%d", tc.text, a, n, tc.kind, tc.country, tc.name, tc.n)
		}
	}
}

func TestMatchRole(t *testing.T) {
	g := Default()
	for _, tc := range []struct {
		text string
		n    int
	}{
		{"spokesman Dmitry", 1}, {"Foreign Minister Boris", 2}, {"Secretary-General Ban", 2},
		{"government forces backed", 2}, {"Dmitry", 0},
	} {
		if _, n := g.MatchRole(keys(tc.text)); n != tc.n {
			t.Errorf("%q: role length %d, want %d", tc.text, n, tc.n)
		}
	}
}

func TestCountryOf(t *testing.T) {
	g := Default()
	for code, want := range map[string]string{"RUSGOV": "RUS", "IGOUNO": "", "NGOGBRREF": "GBR", "KSV": "XKX", "JAP": "JPN", "USA": "USA"} {
		if got := g.CountryOf(code); got != want {
			t.Errorf("CountryOf(%s) = %q, want %q", code, got, want)
		}
	}
	if got := g.NormalizeCountry("jap"); got != "JPN" {
		t.Errorf("NormalizeCountry(jap) = %s", got)
	}
}

// TestLeaders checks officials newer than the 2015 dictionaries, and that
// every entry of the table resolves to the person it names.
func TestLeaders(t *testing.T) {
	g := Default()
	for _, tc := range []struct{ text, country, name string }{
		{"Donald Trump", "USA", "Donald Trump"},
		{"Volodymyr Zelenskyy", "UKR", "Volodymyr Zelensky"},
		{"Zelenskiy", "UKR", "Volodymyr Zelensky"},
		{"Emmanuel Macron", "FRA", "Emmanuel Macron"},
		{"Dmitry Peskov", "RUS", "Dmitry Peskov"},
		{"Kim Jong-un", "PRK", "Kim Jong Un"},
		{"Abdel-Fattah Burhan", "SDN", "Abdel Fattah al-Burhan"},
	} {
		a, n := g.MatchActor(keys(tc.text))
		if n != len(keys(tc.text)) || a.Kind != Person || a.Country != tc.country || a.Name != tc.name {
			t.Errorf("%q: got %+v n=%d, want %s of %s", tc.text, a, n, tc.name, tc.country)
		}
	}
	for _, l := range leaders {
		for _, k := range append([]string{l.name}, l.keys...) {
			if a, ok := g.Lookup(Key(k)); !ok || a.Name != l.name || a.Country != g.CountryOf(l.code) || a.Country == "" && !strings.HasPrefix(l.code, "IGO") {
				t.Errorf("key %q: got %+v, want %s (%s)", k, a, l.name, l.code)
			}
		}
	}
}

// TestAcronymsAreTheirOrganisation checks that a dictionary acronym takes
// the name of the one organisation it abbreviates, and that names keep
// their function words in lower case.
func TestAcronymsAreTheirOrganisation(t *testing.T) {
	g := Default()
	for _, tc := range []struct{ acronym, long, name string }{
		{"ECOWAS", "Economic Community of West African States", "Economic Community of West African States"},
		{"ASEAN", "Association of South East Asian Nations", "Association of South East Asian Nations"},
		{"FBI", "Federal Bureau of Investigation", "Federal Bureau of Investigation"},
		// curated: blocs the dictionaries lack
		{"CSTO", "Collective Security Treaty Organization", "CSTO"},
		{"GCC", "Gulf Cooperation Council", "Gulf Cooperation Council"},
		{"WTO", "World Trade Organization", "World Trade Organization"},
	} {
		a, _ := g.MatchActor(keys(tc.acronym))
		b, _ := g.MatchActor(keys(tc.long))
		if a.Name != tc.name || b.Name != tc.name {
			t.Errorf("%s = %q, %s = %q; want both %q", tc.acronym, a.Name, tc.long, b.Name, tc.name)
		}
	}
	// two letters are too few: BP is not Barclays PLC
	if a, _ := g.MatchActor(keys("BP")); a.Name == "Barclays PLC" || a.Name == "Barclays Plc" {
		t.Errorf("BP = %q", a.Name)
	}
}
