package actors

import (
	"reflect"
	"testing"
)

// TestLoadIsDeterministic loads the gazetteer several times: Go randomises
// map order on every range, so a choice that depends on it (which of two
// dictionary persons of one surname wins) shows up as a difference.
func TestLoadIsDeterministic(t *testing.T) {
	first := load()
	for i := 0; i < 4; i++ {
		g := load()
		if !reflect.DeepEqual(first.surnames, g.surnames) {
			for k, a := range g.surnames {
				if first.surnames[k] != a {
					t.Fatalf("surname %s: %+v, then %+v", k, first.surnames[k], a)
				}
			}
			t.Fatal("surname index differs between loads")
		}
		if !reflect.DeepEqual(first.actors, g.actors) || !reflect.DeepEqual(first.roles, g.roles) {
			t.Fatal("actors or roles differ between loads")
		}
	}
}

// TestDemonyms checks every demonym of the table names its country, from
// the Phoenix entry where one exists (which must agree) or the table.
func TestDemonyms(t *testing.T) {
	g := Default()
	for iso, words := range demonyms {
		if g.CountryName(iso) == "" {
			t.Errorf("%s: no country name", iso)
		}
		for _, w := range words {
			a, ok := g.Lookup(Key(w))
			if !ok {
				t.Errorf("%s (%s): not found", w, iso)
				continue
			}
			// Phoenix codes Kosovo without an ISO country
			if a.Country != iso && a.Country != "" {
				t.Errorf("%s: the dictionaries say %s %s, the table %s", w, a.Kind, a.Country, iso)
			}
		}
	}
}
