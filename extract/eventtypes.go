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
	{Name: "agree", Cameo: "030", Plover: "AGREE", Edge: "agreed_with", Claim: false},
	{Name: "meet", Cameo: "040", Plover: "CONSULT", Edge: "met", Claim: false},
	{Name: "criticize", Cameo: "111", Plover: "DISAPPROVE", Edge: "criticized", Claim: true},
	{Name: "condemn", Cameo: "111", Plover: "DISAPPROVE", Edge: "condemned", Claim: true},
	{Name: "accuse", Cameo: "112", Plover: "DISAPPROVE", Edge: "accused", Claim: true},
	{Name: "deny", Cameo: "120", Plover: "REJECT", Edge: "denied", Claim: true},
	{Name: "reject", Cameo: "120", Plover: "REJECT", Edge: "rejected", Claim: true},
	{Name: "threaten", Cameo: "130", Plover: "THREATEN", Edge: "threatened", Claim: true},
	{Name: "protest", Cameo: "140", Plover: "PROTEST", Edge: "protested_against", Claim: false},
	{Name: "sanction", Cameo: "163", Plover: "SANCTION", Edge: "sanctioned", Claim: false},
	{Name: "ceasefire", Cameo: "087", Plover: "RETREAT", Edge: "ceasefire_with", Claim: false},
	{Name: "attack", Cameo: "190", Plover: "ASSAULT", Edge: "attacked", Claim: false},
	{Name: "bomb", Cameo: "195", Plover: "ASSAULT", Edge: "bombed", Claim: false},
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
