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
