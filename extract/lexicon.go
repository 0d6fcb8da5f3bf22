package extract

import "strings"

// Verb forms a trigger word can have.
const (
	fBase = 1 << iota
	f3s
	fPast
	fPP
	fIng
	fNoun
)

type lexEntry struct {
	class string
	form  int
}

// verbClasses lists the verbs of each class. A verb is given by its base
// form, or "base/past/participle" when irregular; regular inflections are
// generated. The classes are CAMEO/PLOVER verb classes (eventtypes.go).
var verbClasses = map[string][]string{
	"say": {"say/said/said", "tell/told/told", "add", "state", "note", "stress", "insist", "declare", "announce",
		"comment", "remark", "explain", "assert", "affirm", "reiterate", "confirm", "write/wrote/written",
		"argue", "emphasise", "emphasize", "underline", "underscore", "acknowledge", "admit", "maintain", "claim", "tweet"},
	"report":      {"report"},
	"appeal":      {"appeal", "urge", "ask", "request", "plead", "implore", "beg/begged/begged", "exhort", "invite", "entreat"},
	"demand":      {"demand", "order", "press", "pressure", "pressurise", "pressurize", "clamour", "clamor"},
	"sign":        {"sign", "ratify", "initial"},
	"recognize":   {"recognize", "recognise", "forgive/forgave/forgiven"},
	"praise":      {"support", "praise", "welcome", "commend", "hail", "applaud", "endorse", "apologise", "apologize", "thank", "congratulate", "defend", "laud", "salute"},
	"agree":       {"agree", "offer", "promise", "pledge", "accept", "approve"},
	"meet":        {"arrive", "meet/met/met", "visit", "host", "telephone", "phone", "negotiate", "confer", "mediate", "broker", "receive"},
	"criticize":   {"criticize", "criticise", "denounce", "slam/slammed/slammed", "blast", "rebuke", "retaliate", "complain", "censure", "chide", "deplore", "decry", "lambast", "lambaste", "summon", "sue", "scold", "berate", "castigate", "fault", "admonish", "chastise", "chasten", "denigrate", "disparage", "reprimand", "reproach", "deride", "ridicule", "impugn", "malign", "pillory", "scorn", "assail"},
	"condemn":     {"condemn"},
	"accuse":      {"accuse", "blame", "charge", "indict", "allege"},
	"deny":        {"deny"},
	"reject":      {"reject", "refuse", "dismiss", "veto", "vetoes/vetoed/vetoed", "rebuff", "spurn", "decline", "renege", "oppose"},
	"threaten":    {"threaten", "warn", "caution"},
	"protest":     {"protest", "demonstrate", "rally", "riot", "picket", "march", "block"},
	"sanction":    {"prohibit", "sanction", "blacklist", "expel/expelled/expelled", "suspend", "halt", "sever", "boycott", "embargo", "cancel/cancelled/cancelled", "freeze/froze/frozen"},
	"coerce":      {"blockade", "bar/barred/barred", "arrest", "detain", "deport", "ban/banned/banned", "outlaw", "confiscate", "impound", "demolish", "raze", "kidnap/kidnapped/kidnapped", "abduct", "jail", "imprison", "censor", "bulldoze", "hack", "deface", "prevent", "apprehend", "incarcerate", "repress", "suppress", "quell", "confine", "evict", "banish", "exile", "oust", "forbid/forbade/forbidden", "criminalize", "criminalise", "proscribe", "prosecute", "convict", "sentence", "interdict", "commandeer", "hijack", "annex", "nationalize", "nationalise", "vandalize", "vandalise"},
	"retreat":     {"withdraw/withdrew/withdrawn", "retreat", "surrender", "resign", "demobilize", "demobilise"},
	"concede":     {"release", "free", "ease", "lift", "relax", "pardon", "reopen", "concede", "allow", "shorten"},
	"aid":         {"contribute", "donate", "deliver", "supply", "airlift", "evacuate", "grant", "give/gave/given", "provide", "send/sent/sent", "hand"},
	"investigate": {"investigate", "probe", "inspect", "examine"},
	"mobilize":    {"mobilize", "mobilise", "deploy", "reinforce", "strengthen", "mass", "muster", "patrol/patrolled/patrolled"},
	"cooperate":   {"cooperate", "extradite", "share"},
	"attack":      {"attack", "assault", "raid", "invade", "storm", "shell/shelled/shelled", "ambush", "capture", "overrun/overran/overrun", "retake/retook/retaken", "clash", "fight/fought/fought", "strike/struck/struck", "bombard", "fire", "seize", "battle", "besiege", "occupy", "explode", "recapture", "pound", "blitz", "encircle", "detonate", "dynamite", "annihilate", "decimate", "ransack", "loot", "pillage", "plunder", "repel/repelled/repelled", "repulse"},
	"bomb":        {"bomb"},
	"kill":        {"kill", "murder", "massacre", "assassinate", "execute", "behead", "torture", "wound", "injure", "abuse", "beat/beat/beaten", "shoot/shot/shot", "slaughter", "stab/stabbed/stabbed", "rape", "mistreat", "butcher"},
}

// nominal triggers: nouns naming an event, with their class.
var nominals = map[string]string{
	"assault": "attack", "assaults": "attack", "offensive": "attack", "attack": "attack", "attacks": "attack",
	"raid": "attack", "raids": "attack", "invasion": "attack", "shelling": "attack", "incursion": "attack",
	"bombing": "bomb", "bombings": "bomb", "airstrike": "bomb", "airstrikes": "bomb", "bombardment": "bomb", "bombardments": "bomb",
	"ceasefire": "ceasefire", "cease-fire": "ceasefire", "truce": "ceasefire", "armistice": "ceasefire",
	"meeting": "meet", "talks": "meet", "summit": "meet", "negotiations": "meet", "mediation": "meet",
	"crackdown": "coerce", "curfew": "coerce", "blockade": "coerce", "blockades": "coerce",
	"protest": "protest", "protests": "protest", "demonstration": "protest", "demonstrations": "protest",
	"rally": "protest", "rallies": "protest", "strike": "protest", "investigation": "investigate", "inquiry": "investigate",
	"conflict": "fight", "war": "fight", "fighting": "fight", "clashes": "fight", "violence": "fight", "uprising": "fight",
	"massacre": "kill", "killing": "kill", "killings": "kill", "sanctions": "sanction", "embargo": "sanction",
	"ultimatum": "threaten", "accusation": "accuse", "accusations": "accuse", "complaint": "criticize", "complaints": "criticize",
	"withdrawal": "retreat", "pullout": "retreat", "pullback": "retreat", "retreat": "retreat",
	"suspension": "sanction", "expulsion": "sanction", "martial": "coerce", "siege": "coerce",
	"ties": "recognize", "relations": "recognize", "embassy": "recognize",
	"fire": "attack", "gunfire": "attack",
	"consensus": "agree", "agreement": "agree", "deal": "agree", "accord": "agree", "compromise": "agree",
	"demand": "demand", "demands": "demand", "reminder": "demand", "warning": "threaten", "warnings": "threaten",
	"restrictions": "sanction", "patrols": "mobilize", "patrol": "mobilize", "visit": "meet", "visits": "meet",
	"arrest": "coerce", "detention": "coerce", "confiscation": "coerce", "sentencing": "coerce",
	"criticism": "criticize", "condemnation": "condemn", "veto": "reject",
	"investigations": "investigate", "probe": "investigate", "hearing": "investigate", "inspectors": "investigate",
	"monitors": "investigate", "observers": "investigate", "inspection": "investigate", "inspections": "investigate",
}

// lightVerbs take a nominal trigger as object and make it an event of
// their subject: "launched an assault", "imposed sanctions".
var lightVerbs = map[string]bool{
	"launch": true, "launched": true, "launches": true, "launching": true,
	"mount": true, "mounted": true, "mounts": true, "stage": true, "staged": true, "stages": true, "staging": true,
	"conduct": true, "conducted": true, "conducts": true, "carry": true, "carried": true, "carries": true, "carrying": true,
	"begin": true, "began": true, "begins": true, "begun": true, "start": true, "started": true, "starts": true,
	"continue": true, "continued": true, "continues": true, "continuing": true, "resume": true, "resumed": true,
	"hold": true, "held": true, "holds": true, "holding": true, "impose": true, "imposed": true, "imposes": true,
	"reimpose": true, "reimposed": true, "issue": true, "issued": true, "issues": true, "open": true, "opened": true,
	"declare": true, "declared": true, "declares": true, "step": true, "stepped": true, "intensify": true,
	"intensified": true, "renew": true, "renewed": true, "lodge": true, "lodged": true, "file": true, "filed": true,
	"establish": true, "established": true, "establishes": true, "upgrade": true, "upgraded": true, "restore": true,
	"restored": true, "restores": true, "normalize": true, "normalized": true, "normalise": true, "normalised": true,
	"reach": true, "reached": true, "reaches": true, "reaching": true, "clinch": true, "clinched": true, "forge": true, "forged": true,
	"organize": true, "organized": true, "organise": true, "organised": true, "call": true, "called": true,
	"reiterate": true, "reiterated": true, "reiterates": true, "send": true, "sent": true, "sends": true,
	"dispatch": true, "dispatched": true, "deployed": true, "put": true, "extend": true, "extended": true, "tighten": true, "tightened": true, "tightens": true,
	"complete": true, "completed": true, "completes": true, "speeded": true, "sped": true, "announced": true, "announce": true,
	"slap": true, "slapped": true, "slaps": true, "slapping": true, "voice": true, "voiced": true, "voices": true,
	"voicing": true, "express": true, "expressed": true, "expresses": true, "expressing": true,
	"make": true, "made": true, "pay": true, "paid": true, "pays": true, "paying": true, "order": true, "ordered": true, "undertake": true, "undertook": true, "unleash": true, "unleashed": true,
	// present participles: the act of a participle adjunct (", declaring a
	// state of emergency", ", imposing a curfew on the capital")
	"declaring": true, "imposing": true, "reimposing": true, "issuing": true, "opening": true, "lodging": true, "filing": true, "establishing": true, "restoring": true, "renewing": true, "announcing": true, "dispatching": true, "sending": true, "extending": true, "tightening": true, "mounting": true, "conducting": true, "intensifying": true, "deploying": true, "organizing": true, "organising": true,
}

// light-verb + nominal pairs that change the class: declaring a ceasefire,
// lodging a protest (a verbal protest disapproves), imposing a curfew.
var lightOverride = map[string]string{
	"lodge protest": "criticize", "lodged protest": "criticize", "file protest": "criticize", "filed protest": "criticize",
	"issued ultimatum": "threaten", "issue ultimatum": "threaten", "declared ceasefire": "ceasefire", "declare ceasefire": "ceasefire",
	"declared truce": "ceasefire", "imposed sanctions": "sanction", "impose sanctions": "sanction", "imposes sanctions": "sanction",
}

// collapse verbs end a ceasefire.
var collapseVerbs = map[string]bool{
	"collapsed": true, "collapses": true, "collapse": true, "broke": true, "crumbled": true, "failed": true,
	"ended": true, "unravelled": true, "unraveled": true, "faltered": true, "breaks": true,
}

// erupt verbs start a conflict.
var eruptVerbs = map[string]bool{
	"erupted": true, "erupts": true, "began": true, "begun": true, "started": true, "broke": true, "flared": true, "escalated": true,
}

// particles that turn a verb into another class, or into none.
var particleVerbs = map[string]string{
	"call on": "appeal", "called on": "appeal", "calls on": "appeal", "calling on": "appeal",
	"call for": "appeal", "called for": "appeal", "calls for": "appeal", "calling for": "appeal",
	"turn down": "reject", "turned down": "reject", "turns down": "reject",
	"pull out": "retreat", "pulled out": "retreat", "pulls out": "retreat", "pulling out": "retreat",
	"step down": "retreat", "stepped down": "retreat", "steps down": "retreat",
	"call off": "concede", "called off": "concede", "calls off": "concede",
	"crack down": "coerce", "cracked down": "coerce", "cracks down": "coerce",
	"set fire": "coerce", "blew up": "coerce", "blow up": "coerce",
	"open fire": "attack", "opened fire": "attack", "opens fire": "attack",
	"lash out": "criticize", "lashed out": "criticize", "lashes out": "criticize",
	"hit back": "criticize", "hits back": "criticize", "hand over": "aid", "handed over": "aid", "hands over": "aid",
	"cut off": "sanction", "cuts off": "sanction", "hand down": "", "handed down": "", "hands down": "", "sought refuge": "demand", "seek refuge": "demand",
	"give up": "", "gave up": "", "gives up": "", "giving up": "", "set up": "", "sets up": "", "carry on": "",
	"on alert": "mobilize", "on high": "mobilize", "on strike": "protest",
	"talk to": "meet", "talked to": "meet", "talking to": "meet", "talk with": "meet", "talked with": "meet", "talking with": "meet",
	"according to": "say",
	"send back":    "coerce", "sent back": "coerce", "sends back": "coerce",
	"hunger strike": "protest", "shot down": "attack", "shoot down": "attack",
	// from the CAMEO verb dictionary (CAMEO.2.0.txt multi-word verbs)
	"back down": "concede", "backed down": "concede", "backs down": "concede",
	"set free": "concede", "sets free": "concede", "give in": "concede", "gave in": "concede", "gives in": "concede",
	"kick out": "coerce", "kicked out": "coerce", "kicks out": "coerce", "cordon off": "coerce", "cordoned off": "coerce",
	"gun down": "kill", "gunned down": "kill", "guns down": "kill", "wipe out": "attack", "wiped out": "attack",
	"wage war": "attack", "waged war": "attack", "waging war": "attack", "fight back": "attack", "fought back": "attack",
	"call up": "mobilize", "called up": "mobilize", "calls up": "mobilize",
	"break off": "sanction", "broke off": "sanction", "breaks off": "sanction", "breaking off": "sanction", "broken off": "sanction",
	"round up": "coerce", "rounded up": "coerce", "rounds up": "coerce", "rounding up": "coerce",
	"push for": "demand", "pushed for": "demand", "pushes for": "demand", "pushing for": "demand",
	// forces entering territory (CAMEO 192, occupy territory)
	// (not the base forms: "Croatia's military advance into Krajina" is a
	// noun)
	"pushed into": "attack", "pushes into": "attack", "pushing into": "attack",
	"advanced into": "attack", "advancing into": "attack", "swept into": "attack",
	"rolled into": "attack", "marched into": "attack",
}

// expressVerbs are light verbs only for a stance: "voiced support for",
// "expressed solidarity with" (CAMEO 051, praise or endorse).
var expressVerbs = map[string]bool{"voice": true, "voiced": true, "voices": true, "voicing": true,
	"express": true, "expressed": true, "expresses": true, "expressing": true}

// supportNouns are the stances expressVerbs make an act of support.
var supportNouns = map[string]bool{"support": true, "solidarity": true, "backing": true}

// splitParticles may stand after the verb's object: "pulled its troops
// out", "rounded the suspects up", "called the strike off".
// Not "back": "want to send the child back" names a person sent home far
// more often than a deportation.
var splitParticles = map[string]bool{"out": true, "up": true, "off": true, "down": true, "over": true}

// nounish base forms are verbs only right after a subject, "to" or an
// auxiliary ("an attack" is a noun, "they attack" a verb).
var nounish = map[string]bool{
	"march": true, "marches": true, "battle": true, "battles": true, "probe": true, "probes": true, "embargoes": true, "support": true, "supports": true, "blockade": true, "blockades": true, "fire": true, "fires": true,
	"state": true, "order": true, "free": true, "press": true, "ban": true, "report": true, "charge": true,
	"strike": true, "mass": true, "share": true, "block": true, "note": true, "attack": true, "raid": true,
	"bomb": true, "rally": true, "protest": true, "host": true, "visit": true, "demand": true, "offer": true,
	"promise": true, "pledge": true, "request": true, "appeal": true, "release": true, "attacks": true, "raids": true, "strikes": true,
	"protests": true, "rallies": true, "bombs": true, "demands": true, "offers": true, "promises": true,
	"visits": true, "reports": true, "charges": true, "orders": true, "states": true, "notes": true,
	"sanctions": true, "clashes": true, "fights": true, "blocks": true, "releases": true, "appeals": true,
	"shares": true, "pledges": true, "requests": true, "murders": true, "massacres": true, "assaults": true,
	"bar": true, "bars": true, "broker": true, "brokers": true, "shell": true, "phone": true, "telephone": true, "murder": true, "massacre": true, "embargo": true,
	"sanction": true, "assault": true, "fight": true, "clash": true, "ease": true, "lift": true,
	"patrol": true, "patrols": true, "pressure": true, "pressures": true, "shells": true, "pound": true, "pounds": true, "loot": true, "exile": true, "rape": true, "plunder": true, "ridicule": true, "scorn": true,
}

var lexicon map[string][]lexEntry

func init() {
	lexicon = map[string][]lexEntry{}
	add := func(w, class string, form int) {
		for _, e := range lexicon[w] {
			if e.class == class {
				for i := range lexicon[w] {
					if lexicon[w][i].class == class {
						lexicon[w][i].form |= form
					}
				}
				return
			}
		}
		lexicon[w] = append(lexicon[w], lexEntry{class, form})
	}
	for class, vs := range verbClasses {
		for _, v := range vs {
			base, past, pp := v, "", ""
			if p := strings.Split(v, "/"); len(p) == 3 {
				base, past, pp = p[0], p[1], p[2]
			} else {
				past = pastOf(base)
				pp = past
			}
			add(base, class, fBase)
			add(thirdOf(base), class, f3s)
			add(past, class, fPast)
			add(pp, class, fPP)
			add(ingOf(base, past), class, fIng)
		}
	}
}

func isVowel(c byte) bool { return strings.IndexByte("aeiou", c) >= 0 }

func pastOf(b string) string {
	switch {
	case strings.HasSuffix(b, "e"):
		return b + "d"
	case strings.HasSuffix(b, "y") && len(b) > 1 && !isVowel(b[len(b)-2]):
		return b[:len(b)-1] + "ied"
	}
	return b + "ed"
}

func thirdOf(b string) string {
	switch {
	case strings.HasSuffix(b, "s") || strings.HasSuffix(b, "sh") || strings.HasSuffix(b, "ch") || strings.HasSuffix(b, "x") || strings.HasSuffix(b, "z") || strings.HasSuffix(b, "o"):
		return b + "es"
	case strings.HasSuffix(b, "y") && len(b) > 1 && !isVowel(b[len(b)-2]):
		return b[:len(b)-1] + "ies"
	}
	return b + "s"
}

func ingOf(b, past string) string {
	// doubled consonant in the past (slammed) doubles in -ing (slamming)
	if strings.HasSuffix(past, "ed") && len(past) >= len(b)+3 && past[len(b)] == b[len(b)-1] {
		return b + b[len(b)-1:] + "ing"
	}
	if strings.HasSuffix(b, "e") && !strings.HasSuffix(b, "ee") && len(b) > 2 {
		return b[:len(b)-1] + "ing"
	}
	return b + "ing"
}
