package extract

// EventType describes one verb class: its CAMEO code, its PLOVER category and
// the predicate of the direct edge the graph draws from source to target
// ("<ng:accused>"). Claims are the verbal classes.
type EventType struct {
	Name   string // lower-case class name, the Event.Type value
	Cameo  string // default CAMEO code of the class
	Plover string // PLOVER category ("" where PLOVER has none, e.g. plain statements)
	Edge   string // past-tense predicate local name for the direct edge
	Claim  bool   // a verbal act: something said rather than done
}

// EventTypes lists every class the extractor emits, in a stable order.
var EventTypes = []EventType{
	{Name: "say", Cameo: "010", Plover: "", Edge: "said", Claim: true},
	{Name: "report", Cameo: "010", Plover: "", Edge: "reported", Claim: true},
	{Name: "appeal", Cameo: "020", Plover: "REQUEST", Edge: "appealed_to", Claim: true},
	{Name: "demand", Cameo: "100", Plover: "DEMAND", Edge: "demanded", Claim: true},
	{Name: "praise", Cameo: "051", Plover: "SUPPORT", Edge: "praised", Claim: true},
	{Name: "sign", Cameo: "057", Plover: "SUPPORT", Edge: "signed_with", Claim: false},
	{Name: "recognize", Cameo: "054", Plover: "SUPPORT", Edge: "recognized", Claim: false},
	{Name: "agree", Cameo: "030", Plover: "AGREE", Edge: "agreed_with", Claim: false},
	{Name: "meet", Cameo: "040", Plover: "CONSULT", Edge: "met", Claim: false},
	{Name: "cooperate", Cameo: "060", Plover: "COOPERATE", Edge: "cooperated_with", Claim: false},
	{Name: "aid", Cameo: "070", Plover: "AID", Edge: "aided", Claim: false},
	{Name: "concede", Cameo: "080", Plover: "CONCEDE", Edge: "conceded_to", Claim: false},
	{Name: "retreat", Cameo: "087", Plover: "RETREAT", Edge: "retreated_from", Claim: false},
	{Name: "investigate", Cameo: "090", Plover: "INVESTIGATE", Edge: "investigated", Claim: false},
	{Name: "criticize", Cameo: "111", Plover: "DISAPPROVE", Edge: "criticized", Claim: true},
	{Name: "condemn", Cameo: "111", Plover: "DISAPPROVE", Edge: "condemned", Claim: true},
	{Name: "accuse", Cameo: "112", Plover: "DISAPPROVE", Edge: "accused", Claim: true},
	{Name: "deny", Cameo: "120", Plover: "REJECT", Edge: "denied", Claim: true},
	{Name: "reject", Cameo: "120", Plover: "REJECT", Edge: "rejected", Claim: true},
	{Name: "threaten", Cameo: "130", Plover: "THREATEN", Edge: "threatened", Claim: true},
	{Name: "protest", Cameo: "140", Plover: "PROTEST", Edge: "protested_against", Claim: false},
	{Name: "mobilize", Cameo: "150", Plover: "MOBILIZE", Edge: "mobilized_against", Claim: false},
	{Name: "sanction", Cameo: "163", Plover: "SANCTION", Edge: "sanctioned", Claim: false},
	{Name: "coerce", Cameo: "170", Plover: "COERCE", Edge: "coerced", Claim: false},
	{Name: "ceasefire", Cameo: "087", Plover: "RETREAT", Edge: "ceasefire_with", Claim: false},
	// A ceasefire collapsing: CAMEO 196 (violate ceasefire), PLOVER FIGHT.
	{Name: "ceasefire_collapse", Cameo: "196", Plover: "FIGHT", Edge: "broke_ceasefire_with", Claim: false},
	// CAMEO 19x is conventional military force, PLOVER FIGHT; unconventional
	// violence (18x: bombings by non-state actors, killings, torture) is
	// ASSAULT. The extractor refines each event from the means (bombs,
	// blades, torture → ASSAULT) and the actor (killings by irregulars).
	{Name: "fight", Cameo: "190", Plover: "FIGHT", Edge: "fought", Claim: false},
	{Name: "attack", Cameo: "190", Plover: "FIGHT", Edge: "attacked", Claim: false},
	{Name: "bomb", Cameo: "195", Plover: "FIGHT", Edge: "bombed", Claim: false},
	{Name: "kill", Cameo: "180", Plover: "ASSAULT", Edge: "killed", Claim: false},
}

// LookupEventType returns the class named name.
func LookupEventType(name string) (EventType, bool) {
	for _, t := range EventTypes {
		if t.Name == name {
			return t, true
		}
	}
	return EventType{}, false
}
