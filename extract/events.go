package extract

import (
	"strings"
)

// trigger is a word or phrase of a sentence that names an event.
type trigger struct {
	class   string
	i, j    int // token span of the trigger (the verb, or light verb + noun)
	head    int // the verb token, where the subject is looked for
	form    int
	nominal bool // a noun with no verb of its own
	// drawnFrom is the token of "from" in "drew condemnation from X":
	// the reaction's source follows it, its target is the act before
	drawnFrom int
	// relBlame marks a blame named in a relative clause ("which Warsaw
	// called a provocation"): aimed at the antecedent's actor or dropped
	relBlame bool
}

// coded is an event found in a sentence, before it becomes an Event.
type coded struct {
	trig         trigger
	class        string
	src, tgt     []int // mention indexes
	negated      bool
	passive      bool
	nested       bool   // a gerund after "for"/"of": the act the outer verb is about
	noActors     bool   // a nominal event kept for its date alone
	domestic     string // ISO3 of the source's own country, the target of a domestic event
	reciprocal   bool   // "X and Y clashed": each side acts on the other
	drop         bool
	intransitive bool // takes no target ("resigned")
	// anchored events share the date of the event headed at anchor when
	// their own clause has none: "rallied on Friday, waving flags and
	// denouncing France"
	anchored bool
	anchor   int
}

var (
	beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true, "'s": false}
	auxes   = map[string]bool{"has": true, "have": true, "had": true, "will": true, "would": true, "could": true, "can": true,
		"may": true, "might": true, "must": true, "should": true, "shall": true, "did": true, "do": true, "does": true,
		"not": true, "n't": true, "never": true, "also": true, "already": true, "reportedly": true, "allegedly": true,
		"again": true, "today": true, "yesterday": true, "tonight": true, "now": true, "repeatedly": true, "recently": true,
		"once": true, "further": true, "flatly": true, "strongly": true, "publicly": true, "openly": true, "sharply": true,
		"finally": true, "previously": true, "earlier": true, "later": true, "formally": true, "officially": true, "outright": true,
		"bluntly": true, "still": true, "just": true, "then": true, "immediately": true, "jointly": true, "routinely": true,
		"is": true, "are": true, "was": true, "were": true, "been": true, "be": true, "being": true, "to": true,
		"personally": true, "angrily": true, "sternly": true, "vehemently": true, "fiercely": true, "effectively": true,
	}
	preps = map[string]bool{"by": true, "of": true, "in": true, "on": true, "at": true, "from": true, "with": true,
		"to": true, "for": true, "against": true, "after": true, "since": true, "during": true, "near": true,
		"into": true, "over": true, "between": true, "among": true, "toward": true, "towards": true, "across": true,
		"about": true, "under": true, "like": true, "than": true, "before": true, "around": true, "through": true,
		"amid": true, "despite": true, "including": true, "inside": true, "outside": true, "via": true, "per": true, "upon": true,
		"within": true, "without": true, "behind": true, "beyond": true, "along": true}
	dets = map[string]bool{"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
		"this": true, "that": true, "these": true, "those": true, "both": true, "all": true, "some": true, "several": true,
		"two": true, "three": true, "many": true, "other": true, "our": true, "another": true}
	// clause boundaries for the subject search
	clauseWords = map[string]bool{"that": true, "which": true, "when": true, "while": true, "because": true, "if": true,
		"unless": true, "although": true, "though": true, "whereas": true, "where": true, "whose": true, "whom": true, "until": true}
	negWords  = map[string]bool{"not": true, "n't": true, "never": true, "no": true, "neither": true, "nor": true}
	intentPre = map[string]bool{"will": true, "would": true, "shall": true, "plans": true, "plan": true, "planned": true,
		"ready": true, "willing": true, "prepared": true, "preparing": true, "prepares": true, "sworn": true, "vowed": true, "vows": true, "vow": true, "intends": true, "intend": true, "intended": true, "wants": true, "want": true,
		"may": true, "might": true, "could": true, "going": true}
	claimClasses = map[string]bool{"say": true, "report": true, "appeal": true, "demand": true, "praise": true,
		"criticize": true, "condemn": true, "accuse": true, "deny": true, "reject": true, "threaten": true}
	materialClasses = map[string]bool{"attack": true, "bomb": true, "kill": true, "coerce": true, "protest": true,
		"sanction": true, "mobilize": true, "fight": true}
	positiveClasses = map[string]bool{"aid": true, "meet": true, "cooperate": true, "concede": true, "retreat": true,
		"agree": true, "praise": true, "investigate": true, "ceasefire": true}
)

// actNouns name an act their infinitive complement only describes.
var actNouns = map[string]bool{"refusal": true, "decision": true, "effort": true, "efforts": true, "attempt": true,
	"attempts": true, "bid": true, "right": true, "order": true, "call": true, "calls": true, "demand": true,
	"demands": true, "request": true, "proposal": true, "offer": true, "pledge": true, "promise": true, "threat": true,
	"threats": true, "move": true, "way": true, "failure": true, "readiness": true, "willingness": true,
	"determination": true, "intention": true, "need": true, "aim": true, "campaign": true, "drive": true,
	"mission": true, "chance": true, "ability": true, "authority": true, "permission": true, "appeal": true,
	"ultimatum": true, "resolution": true, "pressure": true, "agreement": true, "deal": true, "plea": true, "opportunity": true,
	"admission": true, "acknowledgement": true, "acknowledgment": true, "assurance": true, "assurances": true,
	"guarantee": true, "guarantees": true, "commitment": true, "commitments": true, "obligation": true, "obligations": true}

// verbLikeActNouns are act nouns that are also verbs ("Russia promises to
// withdraw"): nouns only after a determiner or possessive ("their promises
// to ease restrictions", "Moscow's plans to build").
var verbLikeActNouns = map[string]bool{"promises": true, "pledges": true, "offers": true, "requests": true,
	"proposals": true, "bids": true, "plan": true, "plans": true}

// actNounAt reports whether token q is a noun naming an act, so that an
// infinitive after it is that act's content, not an act done.
func actNounAt(toks []token, q int) bool {
	w := toks[q].low
	return actNouns[w] || verbLikeActNouns[w] && q > 0 && (dets[toks[q-1].low] || toks[q-1].low == "'s")
}

// relationVerbs make diplomatic ties.
var relationVerbs = map[string]bool{"establish": true, "established": true, "establishes": true, "upgrade": true,
	"upgraded": true, "restore": true, "restored": true, "restores": true, "normalize": true, "normalized": true,
	"normalise": true, "normalised": true, "resume": true, "resumed": true, "open": true, "opened": true}

// ceasefireVerbs make a ceasefire: declare, announce, agree, sign.
var ceasefireVerbs = map[string]bool{"declare": true, "declared": true, "declares": true, "announce": true, "announced": true,
	"announces": true, "agreed": true, "agree": true, "signed": true, "sign": true, "begin": true, "began": true, "start": true, "started": true}

// findTriggers finds the event words of a sentence outside quotations.
func findTriggers(toks []token, inMention []int) []trigger {
	var out []trigger
	inQ := quoted(toks)
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		// "Israeli strikes on Lebanon", "Pakistani air strikes on": the
		// strikes end their actor's mention ("Russian airstrikes" is an
		// actor), the preposition makes them an act
		// (the actor must be named in the mention: "unions launched
		// strikes against the reform" is a labour strike)
		if t.word && !inQ[i] && inMention[i] >= 0 && strikeNouns[t.low] && (i+1 == len(toks) || inMention[i+1] != inMention[i]) && strikeActor(toks, inMention, i) &&
			i+2 < len(toks) && (toks[i+1].low == "on" || toks[i+1].low == "against") && !dayWords[toks[i+2].low] && !monthWords[toks[i+2].low] {
			c := "attack"
			if strings.HasPrefix(t.low, "air") || toks[i-1].low == "air" {
				c = "bomb"
			}
			out = append(out, trigger{class: c, i: i, j: i + 1, head: i, form: fNoun, nominal: true})
			continue
		}
		if !t.word || inQ[i] || inMention[i] >= 0 && !lightVerbs[t.low] {
			continue
		}
		// "the strikes drew condemnation from Iran", "sparked sharp
		// criticism from Washington": a reaction reported as what an act
		// drew (CAMEO 111)
		if n, from := drawnReaction(toks, inMention, i); from > 0 {
			c := "criticize"
			if strings.HasPrefix(toks[n].low, "condemn") {
				c = "condemn"
			}
			out = append(out, trigger{class: c, i: i, j: from + 1, head: i, form: formOf(t.low, fPast), drawnFrom: from})
			i = from
			continue
		}
		// "repelled an attack by X", "foiled a Houthi attack on": the
		// repelling is no attack of its own; the attack noun is the act
		if k := repelledAttack(toks, i); k > 0 {
			i = k
			continue
		}
		// "is committed to opening up": a pledge (CAMEO 03)
		if (t.low == "committed" || t.low == "pledged") && i > 0 && finiteBe[toks[i-1].low] && i+2 < len(toks) && toks[i+1].low == "to" && strings.HasSuffix(toks[i+2].low, "ing") {
			out = append(out, trigger{class: "agree", i: i, j: i + 1, head: i, form: fPast})
			continue
		}
		// "vowed harsh revenge against the United States", "vowed to
		// retaliate": a threat (CAMEO 138)
		if k := vowedRevenge(toks, i); k > 0 {
			out = append(out, trigger{class: "threaten", i: i, j: k + 1, head: i, form: formOf(t.low, fPast)})
			i = k
			continue
		}
		// "destroyed three Indian posts", "retaliated, destroying
		// several bunkers": destroying military targets is an attack;
		// "retaliated with artillery fire on": the retaliation is an
		// attack by its means (CAMEO 19)
		if k := destroyedTarget(toks, i); k > 0 {
			out = append(out, trigger{class: "attack", i: i, j: i + 1, head: i, form: formOf(t.low, fPast)})
			continue
		}
		if k := retaliatedWith(toks, i); k > 0 {
			out = append(out, trigger{class: "attack", i: i, j: i + 1, head: i, form: formOf(t.low, fPast)})
			i = k
			continue
		}
		// "called the move totally unacceptable", "described the
		// sanctions as illegal": naming an act by a condemning word
		// criticizes it (CAMEO 111)
		if k := namedCondemned(toks, inMention, i); k > 0 {
			out = append(out, trigger{class: "criticize", i: i, j: i + 1, head: i, form: formOf(t.low, fPast)})
			i = k
			continue
		}
		// "exercises, which Warsaw called a provocation", "branded the
		// trial a witch hunt": the namings namedCondemned leaves (a
		// relative's fronted object, "a/an" complements) are
		// disapproval too (CAMEO 111)
		if namedBlame(toks, i) {
			out = append(out, trigger{class: "criticize", i: i, j: i + 1, head: i, form: formOf(t.low, fPast), relBlame: true})
			continue
		}
		// "Moscow would respond", "said it would respond to the
		// ruling": an announced answer is a threat (CAMEO 130)
		if respondThreat(toks, i) {
			out = append(out, trigger{class: "threaten", i: i, j: i + 1, head: i, form: fBase})
			continue
		}
		// "approved a $2.9 billion bailout for Sri Lanka", "granted
		// Kenya a $500 million loan": lending is giving aid (CAMEO 071),
		// not agreeing
		if k := grantedAid(toks, i); k > 0 {
			out = append(out, trigger{class: "aid", i: i, j: i + 1, head: i, form: formOf(t.low, fPast)})
			i = k
			continue
		}
		// "peacekeepers arrived in Bosnia", "Kenyan police arrived in
		// Haiti to lead a multinational mission", "deployed troops to
		// Mozambique to help its army": a protecting force arriving or
		// sent is aid (CAMEO 074)
		if aidArrival(toks, i) || helpingDeployment(toks, i) {
			out = append(out, trigger{class: "aid", i: i, j: i + 1, head: i, form: formOf(t.low, fPast)})
			continue
		}
		// seventh round (frames.go): "seized a British-flagged oil
		// tanker", "seized power" (CAMEO 171x, COERCE); "gave the junta a
		// week to" (ultimatum, CAMEO 139); "banned Belarusian airlines
		// from its airspace" (CAMEO 16); "sent troops to the frontier"
		// (CAMEO 152)
		// "in a phone call", "a telephone conversation": a consultation
		// (CAMEO 040, PLOVER CONSULT)
		if phoneCall(toks, i) {
			out = append(out, trigger{class: "meet", i: i - 1, j: i + 1, head: i, form: fNoun, nominal: true})
			continue
		}
		if k := seizedProperty(toks, i); k > 0 {
			tr := trigger{class: "coerce", i: i, j: i + 1, head: i, form: formOf(t.low, fPast|fPP)}
			if !strings.HasSuffix(t.low, "ed") && tr.form == fPast|fPP {
				tr.form = fBase // "helped impound"
			}
			if !seizeForms[t.low] {
				tr.form, tr.nominal = fNoun, true
			}
			out = append(out, tr)
			continue
		}
		if k := ultimatumGiven(toks, i); k > 0 {
			out = append(out, trigger{class: "threaten", i: i, j: i + 1, head: i, form: formOf(t.low, fPast|fPP)})
			i = k
			continue
		}
		if deniedAccess(toks, i) || borderBuildup(toks, i) {
			c := "sanction"
			if deployForms[t.low] {
				c = "mobilize"
			}
			out = append(out, trigger{class: c, i: i, j: i + 1, head: i, form: formOf(t.low, fPast|fPP)})
			continue
		}
		// "Sanctions were imposed on Belarus by the EU", "Iran was hit
		// with new sanctions by the US": a sanction in the passive
		if h, k := passiveSanction(toks, i); k > 0 {
			out = append(out, trigger{class: "sanction", i: i, j: k + 1, head: h, form: fPP})
			i = k
			continue
		}
		// "Moscow would be forced to take retaliatory steps if Finland
		// joined NATO": retaliation announced is a threat (CAMEO 13)
		if k := retaliationThreat(toks, i); k > 0 {
			out = append(out, trigger{class: "threaten", i: i, j: k + 1, head: i, form: formOf(t.low, fBase)})
			i = k
			continue
		}
		// "a convoy came under fire": a passive attack on the subject
		if c, k := comeUnder(toks, i); k > 0 {
			out = append(out, trigger{class: c, i: i, j: k + 1, head: i, form: fPP})
			i = k
			continue
		}
		// "recalled its ambassador": reducing relations (CAMEO 161);
		// "recalled that" is a statement, not coded here
		if recallForms[t.low] && withdrawnEnvoys(toks, i) && !(i > 0 && dets[toks[i-1].low]) {
			out = append(out, trigger{class: "sanction", i: i, j: i + 1, head: i, form: formOf(t.low, fPast)})
			continue
		}
		// ending talks or mediation (CAMEO 164/165) and reducing aid
		// (162) reduce relations: a sanction
		if c, k := reducedRelations(toks, i); c != "" {
			j := i + 1
			if revokeVerbs[t.low] {
				j = k + 1 // "revoked military cooperation agreements with France": the party follows the treaty
			}
			out = append(out, trigger{class: c, i: i, j: j, head: i, form: formOf(t.low, fPast)})
			i = k
			continue
		}
		// "flew to Beijing for talks", "negotiators return to Geneva
		// this week for talks": a visit for talks is a meeting
		if k := travelForTalks(toks, i); k > 0 {
			form := fPast
			switch {
			case strings.HasSuffix(t.low, "ing"):
				form = fIng
			case travelBase[t.low]:
				form = fBase
			case strings.HasSuffix(t.low, "s"):
				form = f3s
			}
			out = append(out, trigger{class: "meet", i: i, j: i + 1, head: i, form: form})
			i = k
			continue
		}
		// "put his nuclear forces on high alert": mobilising (CAMEO 15)
		if k := putOnAlert(toks, i); k > 0 {
			out = append(out, trigger{class: "mobilize", i: i, j: i + 1, head: i, form: formOf(t.low, fPast)})
			i = k
			continue
		}
		// "placed under house arrest", "was put under investigation";
		// "forced the UN agency out of the country": an expulsion
		if c, k := placedUnder(toks, i); c != "" || forcedOut(toks, i) {
			if c == "" {
				c, k = "sanction", i
			}
			form := formOf(t.low, fPast|fPP)
			out = append(out, trigger{class: c, i: i, j: i + 1, head: i, form: form})
			i = k
			continue
		}
		// particle verbs: "called on", "stepped down", "hunger strike";
		// wire style puts the day in between: "called Thursday on", and
		// so does an adverb: "pushing hard for", "called publicly on"
		if i+2 < len(toks) && (dayWords[toks[i+1].low] || particleAdverb(toks[i+1].low)) {
			if c, ok := particleVerbs[t.low+" "+toks[i+2].low]; ok && c != "" && !(i > 0 && dets[toks[i-1].low]) {
				form := fPast
				if strings.HasSuffix(t.low, "ing") {
					form = fIng
				}
				out = append(out, trigger{class: c, i: i, j: i + 3, head: i, form: form})
				i += 2
				continue
			}
		}
		// and a two-word date: "called last Thursday for", "called on
		// Friday for"
		if i+3 < len(toks) && dateLead[toks[i+1].low] && (dayWords[toks[i+2].low] || toks[i+2].low == "week" || toks[i+2].low == "month") {
			if c, ok := particleVerbs[t.low+" "+toks[i+3].low]; ok && c != "" && !(i > 0 && dets[toks[i-1].low]) {
				form := fPast
				if strings.HasSuffix(t.low, "ing") {
					form = fIng
				}
				out = append(out, trigger{class: c, i: i, j: i + 4, head: i, form: form})
				i += 3
				continue
			}
		}
		// "took to the streets": a demonstration (CAMEO 141)
		if i+3 < len(toks) && takeForms[t.low] && toks[i+1].low == "to" && toks[i+2].low == "the" && (toks[i+3].low == "streets" || toks[i+3].low == "street") {
			out = append(out, trigger{class: "protest", i: i, j: i + 4, head: i, form: formOf(t.low, fPast)})
			i += 3
			continue
		}
		// a particle after the verb's object: "pulled its troops out of",
		// "rounded dozens of activists up"
		if c, _ := splitParticle(toks, i, inMention); c != "" {
			form := fPast
			if strings.HasSuffix(t.low, "ing") {
				form = fIng
			}
			out = append(out, trigger{class: c, i: i, j: i + 1, head: i, form: form})
			continue
		}
		if i+1 < len(toks) {
			if c, ok := particleVerbs[t.low+" "+toks[i+1].low]; ok && !(i > 0 && dets[toks[i-1].low]) {
				if c == "" {
					i++
					continue
				}
				form := fPast
				if strings.HasSuffix(t.low, "ing") {
					form = fIng
				} else if c != "aid" && (strings.HasSuffix(t.low, "ed") || t.low == "shot" || t.low == "cut" || t.low == "set" || t.low == "sent") {
					// "were rounded up by Iraqi troops": passive (not
					// "handed over to the US": the recipient stays the
					// target)
					form |= fPP
				}
				// "a letter handed over to the UN": a reduced relative
				if form&fPast != 0 && strings.HasSuffix(t.low, "ed") && i+2 < len(toks) && preps[toks[i+2].low] && i > 0 && toks[i-1].word && !toks[i-1].cap && inMention[i-1] < 0 && lexicon[toks[i-1].low] == nil && !dets[toks[i-1].low] &&
					!preps[toks[i-1].low] && !auxes[toks[i-1].low] && !pronouns[toks[i-1].low] && !clauseWords[toks[i-1].low] && toks[i-1].low != "and" && toks[i-1].low != "who" && !strings.HasSuffix(toks[i-1].low, "ly") && !intransitiveClass[c] {
					i++
					continue
				}
				out = append(out, trigger{class: c, i: i, j: i + 2, head: i, form: form})
				i++
				continue
			}
		}
		// light verb + nominal within three words: "launched a vicious assault";
		// "keep up" continues an act as "continue" does: "vowed to keep
		// up street protests", "kept up their attacks on"
		if (lightVerbs[t.low] || keepForms[t.low] && i+1 < len(toks) && toks[i+1].low == "up") && !nounGerund(toks, inMention, i) {
			found, measured := false, false
			for k := i + 1; k < len(toks) && k <= i+7 || measured && k <= i+9; k++ {
				if !toks[k].word {
					if toks[k].text == "," && k <= i+5 {
						continue // "launched artillery, mortar and rocket fire"
					}
					break
				}
				// "launched artillery, mortar, and rocket fire": a list
				// of modifiers; other words only close to the verb
				if k > i+4 && !measured && toks[k-1].text != "," && toks[k-1].low != "and" && toks[k].low != "and" && !(listBefore(toks, i, k) && toks[k-1].word && !toks[k-1].cap) {
					break
				}
				n := toks[k].low
				if toks[k].hyph && k > i+1 {
					n = toks[k-1].low + "-" + n
				}
				// "declared a state of siege", "imposed a state of
				// emergency" (CAMEO 1721)
				if n == "state" && k+2 < len(toks) && toks[k+1].low == "of" && (toks[k+2].low == "siege" || toks[k+2].low == "emergency") {
					k += 2
					n = "curfew"
				}
				c, ok := nominals[n]
				if (n == "strike" || n == "strikes") && militaryLight[t.low] && k+1 < len(toks) && (toks[k+1].low == "on" || toks[k+1].low == "against" || strikeArea(toks, k+1)) && !labourSubject(toks, i) {
					// "launched strikes against Houthi targets": a
					// labour strike is launched "over" pay, not "on" a
					// place or "against" a target (CAMEO 190)
					c, ok = "attack", true
				}
				if (n == "aid" || n == "assistance") && aidLight[t.low] && !ok {
					// "announced a new package of military aid for
					// Ukraine": giving aid (CAMEO 07)
					c, ok = "aid", true
				}
				if (n == "call" || n == "calls") && holdVerbs[t.low] {
					// "will hold an emergency video call", "held a
					// phone call": a consultation (CAMEO 040), not an
					// appeal
					c, ok = "meet", true
				}
				if (n == "operation" || n == "operations") && militaryMods[toks[k-1].low] {
					// "launched a military operation in", "began a
					// ground operation": an assault (CAMEO 19)
					c, ok = "attack", true
				}
				if expressVerbs[t.low] {
					// "voiced support for": a stance; "expressed its
					// concern" is no act
					c, ok = "praise", supportNouns[n]
				}
				if e := jointExercise(toks, k); e > 0 {
					// "launched 10 days of war games", "held joint
					// naval drills": military cooperation (CAMEO 062)
					c, ok, k = "cooperate", true, e
				} else if k+1 < len(toks) && militaryExercise(toks, k+1) {
					// "began three days of combat drills around Taiwan",
					// "conducted a live-fire exercise": a show of force
					// (CAMEO 152), one side's, so no cooperation
					c, ok, k = "mobilize", true, k+1
				} else if militaryExercise(toks, k) {
					// "began three days of combat drills around Taiwan",
					// "conducted a live-fire exercise": a show of force
					// (CAMEO 152), one side's, so no cooperation
					c, ok = "mobilize", true
				} else if tariffNouns[n] && sanctionVerbs[t.low] {
					// "imposed anti-dumping duties on Australian wine",
					// "slapped tariffs on": economic sanctions (CAMEO 163)
					c, ok = "sanction", true
				} else if e := projectileAttack(toks, k); e > 0 && launchVerbs[t.low] {
					// "launched dozens of missiles at Kyiv", "launched
					// hundreds of drones and missiles at Israel": an attack
					// with its weapons (CAMEO 19x)
					c, ok, k = "attack", true, e
				} else if !ok {
					if k+1 < len(toks) && toks[k].low == "hunger" && toks[k+1].low == "strike" {
						c, ok, k = "protest", true, k+1
					} else if cl, end := weaponStrike(toks, k); end > 0 {
						c, ok, k = cl, true, end
					}
				}
				if ok && c == "ceasefire" && !ceasefireVerbs[t.low] {
					ok = false
				}
				if ok && c == "recognize" && !relationVerbs[t.low] {
					ok = false // "opened an embassy" yes, "held talks on relations" no
				}
				if ok && i > 1 && toks[i-1].low == "to" && (actNounAt(toks, i-2) || purposeWords[toks[i-2].low]) {
					// "a resolution that aims to tighten sanctions"
					i, found = k, true
					break
				}
				if ok && strings.HasPrefix(t.low, "call") && namingComplement(toks, k+1) {
					// "called the agreement defective", "called the
					// attack a heroic operation": naming, not calling
					// an act
					break
				}
				if ok {
					if o, ok2 := lightOverride[t.low+" "+toks[k].low]; ok2 {
						c = o
					}
					out = append(out, trigger{class: c, i: i, j: k + 1, head: i, form: formOf(t.low, fPast)})
					i = k
					found = true
					break
				}
				// "held two rounds of talks", "launched 10 days of war
				// games": a measure of the act
				// "launched one of its largest missile and drone
				// attacks of the war on": a partitive before the act
				if n == "of" && (measureNouns[toks[k-1].low] || partitiveOne(toks, k-1)) {
					measured = true
					continue
				}
				if preps[n] || toks[k].cap {
					break
				}
			}
			if found {
				continue
			}
		}
		// nominals that end or start: "a ceasefire ... collapsed", "the conflict erupted"
		if c, ok := nominals[t.low]; ok && (c == "ceasefire" || c == "fight") {
			found := false
			for k := i + 1; k < len(toks) && k <= i+8; k++ {
				if toks[k].text == "," || toks[k].text == ";" || clauseWords[toks[k].low] {
					break
				}
				if c == "ceasefire" && collapseVerbs[toks[k].low] {
					out = append(out, trigger{class: "ceasefire_collapse", i: i, j: k + 1, head: k, form: fPast, nominal: true})
					i, found = k, true
					break
				}
				if c == "fight" && eruptVerbs[toks[k].low] && k <= i+2 {
					out = append(out, trigger{class: "fight", i: i, j: k + 1, head: k, form: fPast, nominal: true})
					i, found = k, true
					break
				}
			}
			if found {
				continue
			}
		}
		if es, ok := lexicon[t.low]; ok {
			e := es[0]
			if nounish[t.low] && !verbContext(toks, inMention, i) {
				if c, ok := nominals[t.low]; ok {
					out = append(out, trigger{class: c, i: i, j: i + 1, head: i, form: fNoun, nominal: true})
				}
				continue
			}
			// "human rights abuses", "rights violations": a noun compound
			if i > 0 && toks[i-1].low == "rights" && !toks[i-1].cap {
				continue
			}
			// "was abusing its veto", "abused his power": misuse, not
			// violence
			if strings.HasPrefix(t.low, "abus") && misuseObject(toks, i) {
				continue
			}
			// "alleged crimes", "suspected militants": adjectives
			if (t.low == "alleged" || t.low == "suspected" || t.low == "accused") && i+1 < len(toks) && toks[i+1].word && !toks[i+1].cap &&
				!dets[toks[i+1].low] && !preps[toks[i+1].low] && toks[i+1].low != "that" && toks[i+1].low != "it" && !reciprocalAt(toks, i+1) && toks[i+1].low != "them" && toks[i+1].low != "him" && toks[i+1].low != "her" {
				continue
			}
			// "the government's refusal to accept", "a decision to send":
			// an act named by a noun, not done
			// "a resolution that aims to tighten sanctions", "sought to
			// ease tensions": a purpose, not an act
			if i > 1 && toks[i-1].low == "to" && (actNounAt(toks, i-2) || purposeWords[toks[i-2].low]) || actNounFor(toks, i) {
				continue
			}
			// "its demands that the government grant more rights", "the
			// proposal that Qatar host the talks": the content of a
			// demand or plan is not done
			if thatOfActNoun(toks, i) {
				continue
			}
			// a participle after a determiner is an adjective or a
			// noun: "the wounded", "the banned party"
			if e.form&(fPast|fPP) != 0 && e.form&fBase == 0 && i > 0 && dets[toks[i-1].low] {
				continue
			}
			// and so is one after a determiner and an adverb: "a
			// recently dismissed army commander", "the newly elected
			// parliament", "a widely condemned raid"
			if e.form&(fPast|fPP) != 0 && e.form&fBase == 0 && i > 1 && dets[toks[i-2].low] && lyAdverb(toks[i-1]) {
				continue
			}
			// "released five detained U.S. citizens", "freed 14 jailed
			// fishermen": a participle between a count and its noun is
			// an adjective ("two wounded in the blast" is not)
			// ("on Aug. 7 killed 258 people": a day, not a count)
			if i > 1 && e.form&fPP != 0 && e.form&fBase == 0 && toks[i-1].low != "a" && toks[i-1].low != "one" && isCount(toks[i-1].low) &&
				!monthWords[toks[i-2].low] && toks[i-2].text != "." &&
				i+1 < len(toks) && (inMention[i+1] >= 0 || toks[i+1].word && !preps[toks[i+1].low] && !dets[toks[i+1].low] && lexicon[toks[i+1].low] == nil && !toks[i+1].cap && toks[i+1].low != "and" && !isDigit(toks[i+1].low)) {
				continue
			}
			// "at a jail", "a grant of": a verb's base form after an
			// article or possessive is a noun
			if e.form&(fBase|f3s) != 0 && i > 0 && (nounDets[toks[i-1].low] || adjectiveAfterDet(toks, inMention, i-1)) {
				if c, ok := nominals[t.low]; ok {
					out = append(out, trigger{class: c, i: i, j: i + 1, head: i, form: fNoun, nominal: true})
				}
				continue
			}
			// an -s form right after a verb's -ing form is
			// that verb's object, a plural noun: "a vessel carrying
			// supplies to troops", "accused of smuggling arms" (not "the
			// fighting continues": a gerund after a determiner is a noun)
			if e.form&f3s != 0 && e.form&fBase == 0 && i > 1 && strings.HasSuffix(toks[i-1].low, "ing") && toks[i-1].word &&
				!dets[toks[i-2].low] && !nounDets[toks[i-2].low] {
				if c, ok := nominals[t.low]; ok {
					out = append(out, trigger{class: c, i: i, j: i + 1, head: i, form: fNoun, nominal: true})
				}
				continue
			}
			// "his wife, exiled opposition leader Sviatlana
			// Tsikhanouskaya, said": a participle opening an apposition
			// and followed by a role or a name describes that person (a
			// verb of saying there is an inverted report: ", cautioned
			// Cuban Americans here,")
			if e.form&fPP != 0 && e.form&fBase == 0 && i > 0 && toks[i-1].text == "," && i+1 < len(toks) && !claimClasses[e.class] &&
				(inMention[i+1] >= 0 || toks[i+1].word && !toks[i+1].cap && i+2 < len(toks) && inMention[i+2] >= 0 && inMention[i+1] < 0 && !dets[toks[i+1].low] && !preps[toks[i+1].low] && !isCount(toks[i+1].low) && lexicon[toks[i+1].low] == nil) &&
				appositionEnds(toks, i) {
				continue
			}
			// "Israeli-occupied", "rebel-held": a compound adjective;
			// "Ousted President Askar Akayev", "against jailed
			// activists": a participle before a noun
			if e.form&fPP != 0 && e.form&fBase == 0 && (t.hyph || i+1 < len(toks) && inMention[i+1] >= 0 && (i == 0 || preps[toks[i-1].low] && toks[i-1].low != "to" && inMention[i-1] < 0)) {
				continue
			}
			// "from frozen nuclear facilities": after a preposition too
			if e.form&fPP != 0 && e.form&fBase == 0 && i > 0 && i+1 < len(toks) && preps[toks[i-1].low] && toks[i-1].low != "to" && inMention[i-1] < 0 &&
				toks[i+1].word && !toks[i+1].cap && !dets[toks[i+1].low] && !preps[toks[i+1].low] && lexicon[toks[i+1].low] == nil {
				continue
			}
			// "weapons seized last year from", "the agreement signed in
			// March", "Africans ordered out of Nigeria": a participle
			// right after a common noun, with no object, is a reduced
			// relative (passive), not the noun's act
			if reducedRelative(toks, inMention, i, e) {
				continue
			}
			// "vetoed a resolution censuring X", "rejected a report
			// accusing its forces": what a rejected text would have said
			// is nobody's act
			if e.form&fIng != 0 && claimClasses[e.class] && i > 0 && docNouns[toks[i-1].low] && rejectedText(toks, i-1) {
				continue
			}
			// a gerund is a verb after "be" (progressive), a comma
			// (participle adjunct), an actor ("protesters calling for")
			// or a preposition (handled by the coder); otherwise a
			// noun: "the bombing of", "fierce fighting"
			// Claims are verbs after a noun too: "issued a declaration
			// demanding that".
			if (e.class == "demand" || e.class == "appeal") && e.form&fIng != 0 && i > 0 && protestNouns[toks[i-1].low] {
				// "protests demanding the release of Castillo spread":
				// the aim of the protest named right before, which is
				// coded itself (ninth round)
				continue
			}
			if e.form&fIng != 0 && e.form&(fBase|fPast) == 0 && i > 0 && !(beForms[toks[i-1].low] || toks[i-1].text == "," || inMention[i-1] >= 0 || preps[toks[i-1].low] || auxes[toks[i-1].low] || coordGerund(toks, out, i) || aspectVerbs[toks[i-1].low] && !(i > 1 && toks[i-2].low == "to")) &&
				!(claimClasses[e.class] && e.class != "say" && !dets[toks[i-1].low] && toks[i-1].word && !toks[i-1].cap) {
				out = append(out, trigger{class: e.class, i: i, j: i + 1, head: i, form: fNoun, nominal: true})
				continue
			}
			class := e.class
			if class == "sanction" {
				// "cancelled restrictions", "suspended sanctions": ending
				// a sanction yields (CAMEO 081/085, 0872 for a blockade)
				if c := liftedSanction(toks, i); c != "" {
					class = c
				}
			}
			if class == "demand" && (strings.HasPrefix(t.low, "order") || t.low == "told") && orderedOut(toks, i) {
				// "ordered the French ambassador to leave", "ordered China
				// to close its consulate in Houston": expelling envoys,
				// closing a mission reduce relations (CAMEO 161, PLOVER
				// SANCTION), not a demand
				class = "sanction"
			}
			if class == "demand" && strings.HasPrefix(t.low, "order") && forceOrdered(toks, i) {
				// "ordered troops into the province", "ordered the army
				// to take over security", "ordered a general
				// mobilisation": a government sending its own forces
				// shows force (CAMEO 15, PLOVER MOBILIZE); it demands
				// nothing of the troops' target (ninth round)
				class = "mobilize"
			}
			if class == "protest" && strings.HasPrefix(t.low, "block") && blockedDecision(toks, i) {
				// "blocked an EU aid package", "blocked the resolution":
				// a veto (CAMEO 12), not a road blockade
				class = "reject"
			}
			if class == "retreat" && withdrawnEnvoys(toks, i) {
				// "withdrew its ambassador", "will withdraw weapons
				// inspectors": reducing relations (CAMEO 161, 166),
				// not a military retreat
				class = "sanction"
			}
			if c := objectClass(toks, i); c == "concede" || c == "retreat" {
				// "lifted the blockade": a retreat (CAMEO 0872),
				// "cancelled restrictions": a concession (081). Only
				// the yielding codes are taken from the patterns: for
				// the others CAMEO and PLOVER part ways (CAMEO 174
				// "expel diplomats" is PLOVER SANCTION)
				class = c
			}
			out = append(out, trigger{class: class, i: i, j: i + 1, head: i, form: e.form})
			continue
		}
		if c, ok := nominals[t.low]; ok {
			out = append(out, trigger{class: c, i: i, j: i + 1, head: i, form: fNoun, nominal: true})
		} else if cl, end := weaponStrike(toks, i); end > 0 {
			out = append(out, trigger{class: cl, i: i, j: end + 1, head: i, form: fNoun, nominal: true})
			i = end
		}
	}
	return out
}

var monthWords = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true, "jan": true,
	"feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true}

func isDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

func isCount(w string) bool {
	_, ok := countWord(w)
	return ok
}

// comeUnder matches "came under fire", "comes under heavy attack", "came
// under rocket fire" at i: the subject is attacked. It returns the class of
// the noun and its index, or end 0.
func comeUnder(toks []token, i int) (class string, end int) {
	switch toks[i].low {
	case "come", "came", "comes", "coming":
	default:
		return "", 0
	}
	if i+2 >= len(toks) || toks[i+1].low != "under" {
		return "", 0
	}
	for k := i + 2; k < len(toks) && k <= i+4; k++ {
		if c := nominals[toks[k].low]; c == "attack" || c == "bomb" {
			return c, k
		}
		if cl, e := weaponStrike(toks, k); e > 0 {
			return cl, e
		}
		if !toks[k].word || toks[k].cap {
			break
		}
	}
	return "", 0
}

// strikeWeapons are the modifiers that make "strikes" or "raids" military
// ("drone strikes", "artillery strikes") rather than a labour strike;
// true marks the aerial ones (CAMEO 195, class bomb).
var strikeWeapons = map[string]bool{
	"air": true, "aerial": true, "drone": true, "missile": true, "rocket": true, "cruise": true, "bomber": true,
	"artillery": false, "military": false, "retaliatory": false, "naval": false, "precision": false,
	"preemptive": false, "pre-emptive": false, "surgical": false, "punitive": false, "nuclear": false,
}

// weaponStrike matches a weapon modifier list and a strike noun from token
// k: "air strikes", "drone and missile strikes", "artillery, rocket and air
// raids". It returns the class (bomb when any modifier is aerial, else
// attack) and the index of the noun, or end 0.
func weaponStrike(toks []token, k int) (class string, end int) {
	aerial := false
	for j := k; j < len(toks) && j < k+7; j++ {
		w := toks[j].low
		if toks[j].hyph && j > k && toks[j-1].low+"-"+w == "pre-emptive" {
			w = "pre-emptive"
		}
		if air, ok := strikeWeapons[w]; ok {
			aerial = aerial || air
			continue
		}
		if j == k {
			return "", 0
		}
		switch w {
		case "and", "or", ",":
			continue
		case "strike", "strikes", "raid", "raids":
			if _, ok := strikeWeapons[toks[j-1].low]; !ok {
				return "", 0 // "air and sea strike" stays unmatched: the noun needs its modifier next to it
			}
			if aerial {
				return "bomb", j
			}
			return "attack", j
		}
		return "", 0
	}
	return "", 0
}

// particleAdverb reports whether w is an adverb that can stand between a
// verb and its particle: "pushing hard for", "called repeatedly on".
func particleAdverb(w string) bool {
	switch w {
	case "hard", "again", "also", "now", "today", "yesterday":
		return true
	case "only", "early", "likely", "family", "ally", "italy", "july", "assembly":
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ly")
}

// particleHeads are the verbs of particleVerbs whose particle may stand
// after the object.
var particleHeads = func() map[string]bool {
	m := map[string]bool{}
	for k, c := range particleVerbs {
		if v, p, ok := strings.Cut(k, " "); ok && c != "" && splitParticles[p] {
			m[v] = true
		}
	}
	return m
}()

var reflexives = map[string]bool{"themselves": true, "himself": true, "herself": true, "itself": true}

var personObjects = map[string]bool{"him": true, "her": true, "me": true, "us": true, "you": true}

// docNouns are texts that can accuse, condemn or demand.
var docNouns = map[string]bool{"resolution": true, "report": true, "statement": true, "draft": true,
	"motion": true, "declaration": true, "letter": true, "bill": true, "text": true}

// rejectedText reports whether the text noun at n is the object of a
// rejecting verb a few words before it ("vetoed a Security Council
// resolution").
func rejectedText(toks []token, n int) bool {
	for k := n - 1; k >= 0 && k >= n-6; k-- {
		if !toks[k].word {
			return false
		}
		for _, e := range lexicon[toks[k].low] {
			if e.class == "reject" && e.form&(fBase|f3s|fPast|fIng) != 0 {
				return true
			}
		}
	}
	return false
}

// aidLight are the light verbs that give aid named by a noun.
var aidLight = map[string]bool{"announce": true, "announced": true, "send": true, "sent": true, "sends": true,
	"extend": true, "extended": true, "dispatch": true, "dispatched": true}

var holdVerbs = map[string]bool{"hold": true, "held": true, "holds": true, "holding": true}

// militaryLight are the light verbs that launch military acts, not
// statements or meetings.
// namingVerbs name what something is: "called X a threat".
var namingVerbs = map[string]bool{"call": true, "calls": true, "called": true, "calling": true,
	"brand": true, "brands": true, "branded": true, "branding": true, "term": true, "terms": true, "termed": true, "terming": true,
	"label": true, "labels": true, "labelled": true, "labeled": true, "labelling": true, "labeling": true}

// blameWords are the words of blame a naming verb gives an act: plain
// English predicates of disapproval.
var blameWords = map[string]bool{"threat": true, "violation": true, "provocation": true, "aggression": true, "crime": true,
	"terrorism": true, "illegal": true, "unlawful": true, "unacceptable": true, "illegitimate": true, "witch": true,
	"farce": true, "sham": true, "outrageous": true, "irresponsible": true, "absurd": true, "disgrace": true, "shameful": true,
	"unjustified": true, "baseless": true, "lies": true, "propaganda": true, "interference": true, "blackmail": true}

// namedBlame reports whether the naming verb at i gives its object a
// word of blame within its clause, after the object (at most ten words,
// no comma, quote or clause word): "calling Caracas's plans a direct
// threat to", not "called on", "so-called", "called the attack a heroic
// operation".
func namedBlame(toks []token, i int) bool {
	if !namingVerbs[toks[i].low] || toks[i].hyph || i > 0 && (dets[toks[i-1].low] || toks[i-1].low == "so") || i+1 >= len(toks) || preps[toks[i+1].low] {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+10; k++ {
		t := toks[k]
		if !t.word && t.text != "'s" || clauseWords[t.low] || t.low == "and" {
			return false
		}
		// ("called the threat from Russia real": the object's own head
		// is no judgement of it)
		if blameWords[t.low] && !(k == i+2 && dets[toks[i+1].low] && toks[i+1].low != "a" && toks[i+1].low != "an") {
			return true
		}
	}
	return false
}

// nounGerund reports whether the light verb at i is a gerund used as a
// noun ("considering imposing sanctions", "the cost of declaring"): an
// -ing form is a verb only after a comma (a participle adjunct: ",
// declaring a state of emergency"), "be", an auxiliary, an actor, "and",
// a preposition (which the coder judges) or an aspect verb, as for other
// gerunds.
func nounGerund(toks []token, inMention []int, i int) bool {
	if i == 0 || !strings.HasSuffix(toks[i].low, "ing") {
		return false
	}
	p := toks[i-1].low
	return !(toks[i-1].text == "," || beForms[p] || auxes[p] || inMention[i-1] >= 0 || p == "and" || p == "or" || preps[p] || aspectVerbs[p])
}

// keepForms are the forms of "keep", a light verb only with "up".
var keepForms = map[string]bool{"keep": true, "keeps": true, "kept": true, "keeping": true}

var militaryLight = map[string]bool{"launch": true, "launched": true, "launches": true, "launching": true,
	"carry": true, "carried": true, "carries": true, "carrying": true, "conduct": true, "conducted": true,
	"conducts": true, "mount": true, "mounted": true, "mounts": true, "unleash": true, "unleashed": true,
	"intensify": true, "intensified": true, "resume": true, "resumed": true, "step": true, "stepped": true}

// namingComplement reports whether token k opens what something is called
// ("called the deal a disaster", "called the agreement \"defective\"",
// "called the strikes illegal"): a determiner, a quotation or a bare
// adjective, not a preposition or the end of the clause.
func namingComplement(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	t := toks[k]
	return dets[t.low] || t.quote || t.word && !t.cap && !preps[t.low] && lexicon[t.low] == nil && t.low != "and" && t.low != "or" && !clauseWords[t.low]
}

var vowForms = map[string]bool{"vow": true, "vowed": true, "vows": true, "vowing": true, "promised": true,
	"promises": true, "pledged": true, "pledges": true, "swore": true, "sworn": true, "threatened": true, "threatens": true,
	// an answer announced is promised too: "said Moscow would respond",
	// "Seoul said it would retaliate" (CAMEO 13; seventh round)
	"would": true, "will": true}

var revengeWords = map[string]bool{"revenge": true, "retaliation": true, "reprisal": true, "reprisals": true,
	"vengeance": true, "retaliate": true, "avenge": true, "retribution": true,
	// a vowed answer to an act is a threat too: "vowed to respond to
	// the expulsions", "promised a tough response", "pledged to hit
	// back", "vowed to punish those responsible"
	"respond": true, "response": true, "hit": true, "strike": true, "punish": true, "reciprocate": true}

// vowedAnswer reports whether the revenge word at k is meant as one:
// "hit" and "strike" only with "back" ("pledged to hit back", not "vowed
// to strike a deal"), "response" only as a noun after an article or
// adjective, not "vowed to respond to questions"... the verbs need "to"
// or a hostile object, which the caller's window already bounds.
func vowedAnswer(toks []token, k int) bool {
	switch toks[k].low {
	case "hit", "strike":
		return k+1 < len(toks) && toks[k+1].low == "back"
	case "respond":
		// "vowed to respond to questions/calls", "would respond
		// positively to the proposal" answer words, not acts
		if k+1 < len(toks) && kindAnswer[toks[k+1].low] {
			return false
		}
		if k+1 < len(toks) && toks[k+1].low == "to" {
			for q := k + 2; q < len(toks) && q <= k+4; q++ {
				if answeredWords[toks[q].low] {
					return false
				}
			}
		}
	}
	return true
}

// answeredWords are things one responds to with words; kindAnswer the
// manner of a friendly reply.
var answeredWords = map[string]bool{"questions": true, "question": true, "calls": true, "call": true, "needs": true,
	"concerns": true, "proposal": true, "proposals": true, "offer": true, "letter": true, "letters": true, "request": true,
	"requests": true, "invitation": true, "queries": true, "inquiry": true, "email": true, "report": true, "criticism": true, "crisis": true}

var kindAnswer = map[string]bool{"positively": true, "favourably": true, "favorably": true,
	"constructively": true}

// vowedRevenge returns the index of the revenge word when the vow at i
// promises revenge ("vowed harsh revenge", "vowed to retaliate",
// "promised swift retribution"), or 0.
func vowedRevenge(toks []token, i int) int {
	if !vowForms[toks[i].low] {
		return 0
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		if toks[k].low == "respond" && (toks[i].low == "would" || toks[i].low == "will") {
			return 0 // an announced answer: respondThreat, which also finds what it answers
		}
		if revengeWords[toks[k].low] && vowedAnswer(toks, k) {
			return k
		}
		if !toks[k].word || toks[k].cap || preps[toks[k].low] && toks[k].low != "to" {
			return 0
		}
	}
	return 0
}

// reciprocalAt reports whether "each other" or "one another" starts at i.
func reciprocalAt(toks []token, i int) bool {
	return i+1 < len(toks) && (toks[i].low == "each" && toks[i+1].low == "other" || toks[i].low == "one" && toks[i+1].low == "another")
}

// labourWords name people who strike for work, not with weapons.
var labourWords = map[string]bool{"union": true, "unions": true, "workers": true, "employees": true, "staff": true,
	"teachers": true, "miners": true, "drivers": true, "dockers": true, "nurses": true, "doctors": true,
	"pilots": true, "students": true, "farmers": true, "truckers": true, "unionists": true}

// labourSubject reports whether a labour word stands in the few words
// before the verb at i, in its clause: "French unions launched strikes".
func labourSubject(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if labourWords[toks[k].low] {
			return true
		}
		if !toks[k].word || clauseWords[toks[k].low] {
			return false
		}
	}
	return false
}

// destroyForms destroy; militaryTargets are what armed forces destroy in
// combat ("posts", "bunkers", "tanks"), unlike homes, evidence or a
// country's own chemical weapons.
var destroyForms = map[string]bool{"destroy": true, "destroyed": true, "destroys": true, "destroying": true}

var militaryTargets = map[string]bool{"post": true, "posts": true, "outpost": true, "outposts": true, "position": true,
	"positions": true, "bunker": true, "bunkers": true, "tank": true, "tanks": true, "launcher": true, "launchers": true,
	"depot": true, "depots": true, "base": true, "bases": true, "convoy": true, "checkpoint": true, "checkpoints": true,
	"radar": true, "radars": true, "hideout": true, "hideouts": true, "warship": true, "warships": true, "gunboat": true,
	"gunboats": true, "helicopter": true, "helicopters": true, "jet": true, "jets": true, "artillery": true, "trenches": true}

// destroyedTarget returns the index of the military target a destroy verb
// at i takes within four words ("destroyed several Indian posts",
// "destroying two enemy tanks"), or 0.
func destroyedTarget(toks []token, i int) int {
	if !destroyForms[toks[i].low] {
		return 0
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if militaryTargets[toks[k].low] {
			return k
		}
		if !toks[k].word || preps[toks[k].low] || lexicon[toks[k].low] != nil {
			return 0
		}
	}
	return 0
}

// retaliationMeans are the weapons a retaliation is carried out with.
var retaliationMeans = map[string]bool{"fire": true, "strikes": true, "strike": true, "airstrikes": true, "airstrike": true,
	"shelling": true, "missiles": true, "missile": true, "rockets": true, "drones": true, "artillery": true, "mortars": true,
	"bombardment": true, "raids": true, "force": true}

// retaliatedWith returns the index of the means when a retaliation at i
// names military ones ("retaliated with artillery fire on Armenian
// positions", "retaliated against Hezbollah with air strikes"), or 0.
func retaliatedWith(toks []token, i int) int {
	if !strings.HasPrefix(toks[i].low, "retaliat") || toks[i].low == "retaliation" || toks[i].low == "retaliatory" {
		return 0
	}
	with := false
	for k := i + 1; k < len(toks) && k <= i+9; k++ {
		w := toks[k].low
		switch {
		case !toks[k].word && !toks[k].hyph && w != "-":
			return 0
		case w == "with":
			with = true
		case with && retaliationMeans[w]:
			return k
		}
	}
	return 0
}

// strikeArea reports whether token k opens the area military strikes hit:
// "carried out strikes inside Afghanistan", "conducted strikes across
// southern Lebanon", "carried out strikes in northern Syria". A labour
// strike is held in a sector or "in protest", not in a named place: after
// "in", "near" or "along" a name or a compass word must follow.
func strikeArea(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].low {
	case "inside", "across", "into", "deep":
		return true
	case "in", "near", "along":
		nx := toks[k+1]
		if nx.low == "the" && k+2 < len(toks) {
			nx = toks[k+2]
		}
		return nx.cap || compassWords[nx.low]
	}
	return false
}

// compassWords open a region: "in northern Syria", "across eastern Ukraine".
var compassWords = map[string]bool{"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true, "north": true, "south": true,
	"east": true, "west": true}

// partitiveOne reports whether token q is the "one" of a partitive
// ("one of its largest attacks", "one of the heaviest bombardments"):
// the act noun follows within the light verb's reach.
func partitiveOne(toks []token, q int) bool {
	return toks[q].low == "one" && q+1 < len(toks) && toks[q+1].low == "of"
}

// militaryMods make an "operation" an assault.
var militaryMods = map[string]bool{"military": true, "ground": true, "offensive": true, "counteroffensive": true,
	"counter-offensive": true, "air": true, "counterterrorism": true, "counter-terrorism": true, "anti-terror": true}

var recallForms = map[string]bool{"recall": true, "recalled": true, "recalls": true, "recalling": true}

// decisionNouns are what a government blocks by veto.
var decisionNouns = map[string]bool{"package": true, "deal": true, "resolution": true, "bill": true, "proposal": true,
	"plan": true, "agreement": true, "accession": true, "membership": true, "bid": true, "decision": true,
	"statement": true, "sanctions": true, "motion": true, "nomination": true, "appointment": true, "treaty": true}

// blockedDecision reports whether the object of "block" at i, within a
// few words, is a decision or a text.
func blockedDecision(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+7; k++ {
		if decisionNouns[toks[k].low] {
			return true
		}
		if !toks[k].word || clauseWords[toks[k].low] || preps[toks[k].low] && toks[k].low != "of" {
			return false
		}
	}
	return false
}

// takeForms are the forms of "take" ("took to the streets").
var takeForms = map[string]bool{"take": true, "took": true, "taken": true, "takes": true, "taking": true}

// splitParticle returns the class of a particle verb whose particle stands
// after a short object ("pulled its troops out of Syria", "called the
// strike off"), and the particle's index; "" when there is none. Only
// particles that cannot start the object's own phrase count (not "on",
// "for": "called the meeting on Friday"), the object is at most four
// words with no clause break, and the verb is not a noun after a
// determiner.
func splitParticle(toks []token, i int, inMention []int) (string, int) {
	if !particleHeads[toks[i].low] {
		return "", 0
	}
	if i > 0 && dets[toks[i-1].low] || i > 1 && toks[i-1].low == "to" && (actNouns[toks[i-2].low] || purposeWords[toks[i-2].low]) {
		return "", 0 // "Sweden's decision to send them back"
	}
	if i+1 < len(toks) && (reflexives[toks[i+1].low] || personObjects[toks[i+1].low]) {
		// "blew themselves up": a suicide attack, no act on others;
		// "pull him out of here": a person taken away, no retreat
		return "", 0
	}
	for k := i + 2; k < len(toks) && k <= i+5; k++ {
		w := toks[k].low
		if splitParticles[w] {
			c, ok := particleVerbs[toks[i].low+" "+w]
			if !ok || c == "" {
				return "", 0
			}
			return c, k
		}
		if !toks[k].word || preps[w] && w != "of" || clauseWords[w] || w == "and" || lexicon[w] != nil && inMention[k] < 0 && !nounish[w] {
			return "", 0
		}
	}
	return "", 0
}

// haltVerbs end talks or mediation; reduceVerbs cut aid.
var (
	haltVerbs = map[string]bool{"end": true, "ended": true, "ends": true, "ending": true, "abandon": true,
		"abandoned": true, "abandons": true, "abandoning": true}
	reduceVerbs = map[string]bool{"reduce": true, "reduced": true, "reduces": true, "reducing": true, "cut": true,
		"cuts": true, "cutting": true, "slash": true, "slashed": true, "slashes": true, "curtail": true,
		"curtailed": true, "curtails": true, "withhold": true, "withheld": true, "withholds": true}
	defyVerbs = map[string]bool{"defy": true, "defied": true, "defies": true, "defying": true, "violate": true,
		"violated": true, "violates": true, "violating": true, "flout": true, "flouted": true, "flouts": true,
		"flouting": true, "breach": true, "breached": true, "breaches": true, "breaching": true}
	ruleNouns = map[string]bool{"ban": true, "bans": true, "curfew": true, "law": true, "laws": true, "order": true,
		"orders": true, "ruling": true, "decree": true, "embargo": true, "sanctions": true, "resolution": true,
		"resolutions": true, "injunction": true}
	throwVerbs = map[string]bool{"throw": true, "threw": true, "thrown": true, "throws": true, "throwing": true,
		"hurl": true, "hurled": true, "hurls": true, "hurling": true, "pelt": true, "pelted": true, "pelting": true}
	missileNouns = map[string]bool{"stones": true, "stone": true, "rocks": true, "bricks": true, "bottles": true,
		"firebombs": true, "molotov": true, "cocktails": true}
	haltNouns   = map[string]bool{"talks": true, "negotiations": true, "mediation": true, "dialogue": true}
	revokeVerbs = map[string]bool{"revoke": true, "revoked": true, "revokes": true, "revoking": true, "rescind": true,
		"rescinded": true, "rescinds": true, "annul": true, "annulled": true, "annuls": true, "scrap": true,
		"scrapped": true, "scraps": true, "denounce": false}
	treatyNouns = map[string]bool{"agreement": true, "agreements": true, "accord": true, "accords": true, "treaty": true,
		"treaties": true, "pact": true, "pacts": true, "deal": true, "deals": true}
	closeVerbs = map[string]bool{"close": true, "closed": true, "closes": true, "closing": true, "shut": true,
		"shuts": true, "shutting": true, "seal": true, "sealed": true, "seals": true, "sealing": true}
	closeNouns = map[string]bool{"airspace": true, "border": true, "borders": true, "border crossing": true,
		"crossings": true, "crossing": true, "straits": true, "strait": true, "ports": true, "embassy": true,
		"consulate": true, "frontier": true}
	breakVerbs = map[string]bool{"break": true, "broke": true, "broken": true, "breaks": true, "breaking": true,
		"cut": true, "cuts": true, "cutting": true, "sever": true, "severed": true, "severs": true, "severing": true,
		"downgrade": true, "downgraded": true, "downgrades": true, "suspend": true, "suspended": true, "suspends": true,
		"freeze": true, "froze": true, "frozen": true, "freezes": true}
	reduceNouns = map[string]bool{"aid": true, "assistance": true, "supplies": true, "funding": true,
		"shipments": true, "deliveries": true, "subsidies": true, "loans": true}
)

// putOnAlert matches "put its forces on high alert", "placed the army on
// alert" from the verb at i and returns the index of "alert", or 0.
func putOnAlert(toks []token, i int) int {
	switch toks[i].low {
	case "put", "puts", "putting", "place", "placed", "places", "placing":
	default:
		return 0
	}
	for k := i + 1; k+1 < len(toks) && k <= i+8; k++ {
		if !toks[k].word || clauseWords[toks[k].low] {
			return 0
		}
		if toks[k].low != "on" {
			continue
		}
		switch {
		case toks[k+1].low == "alert" || toks[k+1].low == "standby":
			return k + 1
		case k+2 < len(toks) && toks[k+2].low == "alert" && (toks[k+1].low == "high" || toks[k+1].low == "full" || toks[k+1].low == "combat" || toks[k+1].low == "maximum"):
			return k + 2
		}
		return 0
	}
	return 0
}

// reducedRelations returns "sanction" and the index of the object noun
// when the verb at i ends talks or mediation ("ended mediation efforts
// between", CAMEO 164/165) or reduces aid ("reduced food supplies to",
// 162), the reduce-relations block of CAMEO, which PLOVER codes as
// SANCTION. Talks that end with a count ("ended three days of talks")
// have run their course: no sanction. Defying a ban, law or resolution
// is "reject" (CAMEO 128, defy norms or law), throwing stones a
// violent "protest" (145).
func reducedRelations(toks []token, i int) (string, int) {
	w := toks[i].low
	halt, reduce, defy, throw := haltVerbs[w], reduceVerbs[w], defyVerbs[w], throwVerbs[w]
	closing, breaking, revoke := closeVerbs[w], breakVerbs[w], revokeVerbs[w]
	if !halt && !reduce && !defy && !throw && !closing && !breaking && !revoke || i > 0 && nounDets[toks[i-1].low] {
		return "", 0
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		t := toks[k]
		if throw && t.low == "with" {
			continue // "pelted the convoy with rocks"
		}
		if !t.word || t.cap && !defy && !throw || preps[t.low] || clauseWords[t.low] || t.low == "and" {
			return "", 0
		}
		// "closed its airspace to Russian aircraft", "shut the border
		// with Iraq": restricting movement (CAMEO 172)
		// "broke diplomatic relations with", "cut ties with": breaking
		// relations (CAMEO 161)
		if halt && haltNouns[t.low] || reduce && reduceNouns[t.low] || closing && closeNouns[t.low] || breaking && (t.low == "relations" || t.low == "ties") {
			return "sanction", k
		}
		// "revoked military cooperation agreements with France",
		// "scrapped a defence pact": breaking relations (CAMEO 16)
		if revoke && treatyNouns[t.low] {
			return "sanction", k
		}
		// "violated a ban by General Aoun", "defied a UN resolution":
		// defying norms or law is a rejection (CAMEO 128)
		if defy && ruleNouns[t.low] {
			return "reject", k
		}
		// "youths threw stones at police", "pelted the convoy with
		// rocks": a violent protest (CAMEO 145)
		if throw && missileNouns[t.low] {
			return "protest", k
		}
	}
	return "", 0
}

// missionNouns are diplomatic missions a state can order closed.
var missionNouns = map[string]bool{"consulate": true, "consulates": true, "embassy": true, "embassies": true,
	"mission": true, "legation": true}

// orderedOut reports whether the order at i sends envoys away or closes a
// mission: "ordered the French ambassador to leave the country", "ordered
// China to close its consulate".
func orderedOut(toks []token, i int) bool {
	envoy := false
	for k := i + 1; k < len(toks) && k <= i+10; k++ {
		t := toks[k]
		if t.text == "," || t.text == ";" || t.quote || clauseWords[t.low] {
			return false
		}
		if envoyNouns[t.low] && !missionNouns[t.low] {
			envoy = true
		}
		if t.low != "to" || k+1 >= len(toks) {
			continue
		}
		switch toks[k+1].low {
		case "leave", "quit", "depart":
			return envoy
		case "close", "shut", "vacate":
			for q := k + 2; q < len(toks) && q <= k+5; q++ {
				if missionNouns[toks[q].low] {
					return true
				}
			}
		}
		return false
	}
	return false
}

// mobilisationNouns name a show or build-up of force as an act: ordered
// (forceOrdered) or pointed back to ("condemned the deployment").
var mobilisationNouns = map[string]bool{"mobilisation": true, "mobilization": true, "deployment": true,
	"deployments": true, "patrols": true, "call-up": true, "buildup": true, "build-up": true}

// postureVerbs are what forces are ordered to do when they are sent, not
// used: "ordered the army to take over security in the capital".
var postureVerbs = map[string]bool{"take": true, "secure": true, "guard": true, "patrol": true, "restore": true,
	"protect": true, "reinforce": true, "deploy": true, "maintain": true, "enforce": true, "be": true,
	"help": true, "bolster": true, "assist": true, "move": true, "prepare": true}

// forceOrdered reports whether the verb of ordering at i sends the
// orderer's forces (a force noun followed by a place, an end of clause or
// a posture verb: "ordered troops into the region", "ordered 3,000
// soldiers to the border", "ordered the army to take over security") or
// orders a mobilisation ("ordered Russia's first mobilisation"). Forces
// ordered back or to withdraw retreat, forces ordered to fire attack, and
// "ordered Google to pay" is a demand: those stay with their own verbs.
func forceOrdered(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		t := toks[k]
		if t.text == "," || t.text == ";" || t.quote || clauseWords[t.low] {
			return false
		}
		if mobilisationNouns[t.low] {
			return true
		}
		if !sentForces[t.low] && t.low != "army" && t.low != "military" && t.low != "reservists" {
			continue
		}
		if k+1 >= len(toks) || !toks[k+1].word {
			return true // "ordered troops." / "ordered troops, ..."
		}
		switch n := toks[k+1].low; n {
		case "back", "home", "out", "off", "away":
			return false
		case "to":
			if k+2 >= len(toks) {
				return false
			}
			v := toks[k+2]
			return postureVerbs[v.low] || dets[v.low] || v.cap || !v.word || v.low[0] >= '0' && v.low[0] <= '9'
		default:
			return placePreps[n] || n == "into" || n == "onto" || n == "across"
		}
	}
	return false
}

// envoyNouns are people a state withdraws to reduce relations.
var envoyNouns = map[string]bool{"ambassador": true, "ambassadors": true, "envoy": true, "envoys": true, "diplomats": true,
	"inspectors": true, "observers": true, "monitors": true, "peacekeepers": true, "peacekeeping": true, "mission": true,
	"embassy": true, "diplomatic": true} // "diplomatic": "withdrawing its own diplomatic staff"

// withdrawnEnvoys reports whether the object of the retreat verb at i is
// an envoy, inspectors or peacekeepers: "withdrew its ambassador from".
func withdrawnEnvoys(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		t := toks[k]
		if envoyNouns[t.low] {
			return true
		}
		if !t.word || preps[t.low] || clauseWords[t.low] {
			return false
		}
	}
	return false
}

// forcedOut reports whether the verb at i forces someone out of a place
// (an expulsion, CAMEO 166/174, which PLOVER codes SANCTION): "forced the
// UN refugee agency, UNHCR, out of the country". Out of office or power
// it is an ouster, left to the coerce verbs.
func forcedOut(toks []token, i int) bool {
	switch toks[i].low {
	case "forced", "forcing": // not "force(s)": "a multinational force camped out"
	default:
		return false
	}
	for k := i + 1; k+1 < len(toks) && k <= i+8; k++ {
		t := toks[k]
		if t.low == "out" {
			if k+2 < len(toks) && toks[k+1].low == "of" && (toks[k+2].low == "office" || toks[k+2].low == "power") {
				return false
			}
			return k > i+1 || toks[k+1].low == "of" || toks[k+1].low == "from"
		}
		if t.low == "to" || clauseWords[t.low] || t.low == "and" || preps[t.low] {
			return false
		}
	}
	return false
}

// travelVerbs move someone to a place; travelBase are their base forms.
var (
	travelVerbs = map[string]bool{"travel": true, "travels": true, "travelled": true, "traveled": true,
		"travelling": true, "traveling": true, "fly": true, "flies": true, "flew": true, "flying": true,
		"go": true, "goes": true, "went": true, "going": true, "head": true, "heads": true, "headed": true,
		"heading": true, "return": true, "returns": true, "returned": true, "returning": true, "come": true,
		"comes": true, "came": true, "coming": true}
	travelBase = map[string]bool{"travel": true, "fly": true, "go": true, "head": true, "return": true, "come": true}
)

// travelForTalks returns the index of the talks noun when the verb at i
// takes its subject somewhere "for talks": "flew to Beijing for talks with
// Xi". 0 when there is none.
func travelForTalks(toks []token, i int) int {
	if !travelVerbs[toks[i].low] || i > 0 && nounDets[toks[i-1].low] {
		return 0
	}
	for k := i + 1; k+1 < len(toks) && k <= i+10; k++ {
		t := toks[k]
		if t.low == "for" {
			switch toks[k+1].low {
			case "talks", "talk", "negotiations", "consultations":
				return k + 1
			}
			return 0
		}
		if !t.word || clauseWords[t.low] || t.low == "and" {
			return 0
		}
	}
	return 0
}

// placeVerbs put someone under a measure.
var placeVerbs = map[string]bool{"put": true, "puts": true, "putting": true, "placed": true, "places": true, "placing": true}

// underNouns are the measures: arrest and surveillance coerce (CAMEO
// 173/175), investigation investigates (09).
var underNouns = map[string]string{"arrest": "coerce", "detention": "coerce", "surveillance": "coerce",
	"curfew": "coerce", "investigation": "investigate", "inquiry": "investigate"}

// placedUnder returns the class and the index of the measure when the
// verb at i puts someone under arrest or investigation: "placed the
// opposition leader under house arrest", "was put under investigation".
func placedUnder(toks []token, i int) (string, int) {
	if !placeVerbs[toks[i].low] {
		return "", 0
	}
	for k := i + 1; k < len(toks) && k <= i+8; k++ {
		t := toks[k]
		// "put the army on high alert", "placed its forces on
		// standby": readying forces (CAMEO 152)
		if t.low == "on" {
			for q := k + 1; q < len(toks) && q <= k+3; q++ {
				w := toks[q].low
				if w == "alert" || w == "standby" {
					return "mobilize", q
				}
				if w != "high" && w != "full" && w != "maximum" && w != "combat" && w != "heightened" {
					break
				}
			}
			return "", 0
		}
		if t.low == "under" {
			for q := k + 1; q < len(toks) && q <= k+2; q++ {
				if c, ok := underNouns[toks[q].low]; ok {
					return c, q
				}
				if toks[q].low != "house" && toks[q].low != "formal" && toks[q].low != "criminal" {
					return "", 0
				}
			}
			return "", 0
		}
		if !t.word || clauseWords[t.low] || t.low == "and" || preps[t.low] {
			return "", 0
		}
	}
	return "", 0
}

// exerciseNouns name military exercises; militaryMods make them military.
var exerciseNouns = map[string]bool{"exercises": true, "exercise": true, "drills": true, "drill": true,
	"manoeuvres": true, "maneuvers": true}

var exerciseMods = map[string]bool{"military": true, "combat": true, "live-fire": true, "fire": true, "naval": true, "army": true,
	"navy": true, "missile": true, "artillery": true, "amphibious": true, "air": true, "nuclear": true, "war": true, "tank": true}

// militaryExercise reports whether token k is an exercise noun with a
// military modifier right before it ("combat drills", "a live-fire
// exercise"; not "exercised restraint", "fire drills" in a school).
func militaryExercise(toks []token, k int) bool {
	if !exerciseNouns[toks[k].low] || k == 0 {
		return false
	}
	m := toks[k-1].low
	if toks[k-1].hyph && k > 1 {
		m = toks[k-2].low + "-" + m
	}
	return exerciseMods[m] && m != "fire" || m == "fire" && k > 1 && toks[k-2].low == "live"
}

// tariffNouns are economic sanctions named by their instrument; only with
// sanctionVerbs ("imposed duties on", not "paid duties").
var tariffNouns = map[string]bool{"tariffs": true, "tariff": true, "duties": true, "duty": true, "levies": true}

var sanctionVerbs = map[string]bool{"impose": true, "imposed": true, "imposes": true, "imposing": true, "reimpose": true,
	"reimposed": true, "slap": true, "slapped": true, "slaps": true, "slapping": true}

// passiveSanctionParts are the participles of a sanction in the passive.
var passiveSanctionParts = map[string]bool{"imposed": true, "reimposed": true, "slapped": true, "hit": true, "targeted": true}

// passiveSanction matches a sanction in the passive at i: "sanctions were
// imposed on X by Y" (i at the noun) or "X was hit with new sanctions by
// Y" (i at the be-form). It returns the participle and the last token,
// or end 0. The agent must follow: without it the coder finds no source.
func passiveSanction(toks []token, i int) (head, end int) {
	n := toks[i].low
	if n == "sanctions" || n == "embargo" || tariffNouns[n] || n == "restrictions" {
		// "Sanctions were imposed on Belarus by"
		k := i + 1
		if k < len(toks) && !beForms[toks[k].low] && !auxes[toks[k].low] {
			return 0, 0
		}
		for k < len(toks) && k <= i+3 && (beForms[toks[k].low] || auxes[toks[k].low] || strings.HasSuffix(toks[k].low, "ly")) {
			k++
		}
		if k == i+1 || k >= len(toks) || !sanctionVerbs[toks[k].low] || !passiveSanctionParts[toks[k].low] {
			return 0, 0
		}
		if !byAhead(toks, k+1) {
			return 0, 0
		}
		return k, k
	}
	if !beForms[n] {
		return 0, 0
	}
	// "was hit with new sanctions by", "were slapped with sanctions by"
	k := i + 1
	for k < len(toks) && k <= i+3 && (auxes[toks[k].low] || strings.HasSuffix(toks[k].low, "ly")) {
		k++
	}
	if k+2 >= len(toks) || !passiveSanctionParts[toks[k].low] || toks[k+1].low != "with" {
		return 0, 0
	}
	for q := k + 2; q < len(toks) && q <= k+5; q++ {
		if toks[q].low == "sanctions" || tariffNouns[toks[q].low] || toks[q].low == "embargo" {
			if !byAhead(toks, q+1) {
				return 0, 0
			}
			return k, q
		}
		if !toks[q].word || preps[toks[q].low] {
			break
		}
	}
	return 0, 0
}

// byAhead reports whether "by" follows within the clause (six words).
func byAhead(toks []token, from int) bool {
	for q := from; q < len(toks) && q < from+6; q++ {
		if toks[q].low == "by" {
			return true
		}
		if toks[q].text == "," || toks[q].text == ";" || clauseWords[toks[q].low] {
			return false
		}
	}
	return false
}

// aspectVerbs take a gerund that is the act itself: "has begun airlifting
// food", "resumed shelling", "kept firing" (not in an infinitive: "urged
// citizens to keep rallying" asks for the act).
var aspectVerbs = map[string]bool{"begin": true, "began": true, "begun": true, "begins": true, "beginning": true,
	"start": true, "started": true, "starts": true, "continue": true, "continued": true, "continues": true,
	"resume": true, "resumed": true, "resumes": true, "kept": true, "keep": true, "keeps": true}

// retaliationThreat matches "will/would (be forced to) take retaliatory
// steps", "would take resolute countermeasures" at i ("take"): the index
// of the noun, or 0. Retaliation taken is no threat: the intention must
// come before.
func retaliationThreat(toks []token, i int) int {
	switch toks[i].low {
	case "take", "takes", "taking":
	default:
		return 0
	}
	intent := false
	for p := i - 1; p >= 0 && p >= i-5; p-- {
		w := toks[p].low
		if w == "will" || w == "would" || w == "'ll" || w == "ready" || w == "prepared" || w == "vowed" || w == "threatened" {
			intent = true
			break
		}
		if !(w == "to" || w == "be" || w == "forced" || w == "obliged" || w == "compelled" || w == "have" || w == "not") {
			return 0
		}
	}
	if !intent {
		return 0
	}
	retal := false
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		w := toks[k].low
		if !toks[k].word {
			return 0
		}
		switch w {
		case "retaliatory", "reciprocal", "resolute", "retaliation", "counter":
			retal = true
		case "countermeasures", "counter-measures":
			return k
		case "steps", "measures", "action", "actions":
			if retal {
				return k
			}
			return 0
		}
	}
	return 0
}

// misuseNouns are what can be abused without violence.
var misuseNouns = map[string]bool{"power": true, "powers": true, "veto": true, "position": true, "authority": true,
	"office": true, "trust": true, "privilege": true, "privileges": true, "system": true, "process": true,
	"rules": true, "mandate": true, "right": true, "dominance": true, "influence": true}

// misuseObject reports whether the object of "abuse" at i is a power or a
// right: "abusing its veto".
func misuseObject(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if misuseNouns[toks[k].low] {
			return true
		}
		if !toks[k].word || preps[toks[k].low] {
			return false
		}
	}
	return false
}

// measureNouns count or time an act: "two rounds of talks".
var measureNouns = map[string]bool{"days": true, "weeks": true, "months": true, "hours": true, "round": true,
	"rounds": true, "series": true, "wave": true, "waves": true, "week": true, "day": true,
	"package": true, "packages": true, "tranche": true, "shipment": true, "shipments": true,
	"dozens": true, "hundreds": true, "thousands": true, "scores": true, "barrage": true, "salvo": true, "salvos": true, "volley": true}

// launchVerbs send projectiles.
var launchVerbs = map[string]bool{"launch": true, "launched": true, "launches": true, "launching": true,
	"unleash": true, "unleashed": true}

// projectiles are weapons launched at a target.
var projectiles = map[string]bool{"missile": true, "missiles": true, "rocket": true, "rockets": true, "drone": true,
	"drones": true, "shells": true, "mortars": true, "torpedoes": true, "torpedo": true}

// projectileAttack returns the index of the last projectile noun of "missiles
// at", "drones and missiles against" starting at k, or 0: the weapons must
// be aimed ("launched a rocket carrying a satellite" is no attack).
func projectileAttack(toks []token, k int) int {
	if !projectiles[toks[k].low] {
		return 0
	}
	end := k
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		w := toks[q].low
		switch {
		case projectiles[w]:
			end = q
		case w == "and" || w == "," || w == "ballistic" || w == "cruise" || w == "attack" || w == "combat":
		case w == "at" || w == "on" || w == "against" || w == "into" || w == "toward" || w == "towards":
			return end
		default:
			return 0
		}
	}
	return 0
}

// jointExercise returns the index of the last word of "war games" or
// "joint (military|naval|air) exercises/drills/manoeuvres" starting at k,
// 0 when there is none.
func jointExercise(toks []token, k int) int {
	if k+1 < len(toks) && toks[k].low == "war" && toks[k+1].low == "games" {
		return k + 1
	}
	if toks[k].low != "joint" {
		return 0
	}
	for q := k + 1; q < len(toks) && q <= k+3; q++ {
		switch toks[q].low {
		case "exercises", "exercise", "drills", "drill", "manoeuvres", "maneuvers":
			return q
		case "military", "naval", "air", "army", "navy", "war", "live-fire", "anti-terror", "counter-terrorism":
			continue
		}
		return 0
	}
	return 0
}

var purposeWords = map[string]bool{"aims": true, "aim": true, "aimed": true, "aiming": true, "designed": true, "meant": true,
	"seek": true, "seeks": true, "sought": true, "seeking": true}

// sanctionNouns name restrictions whose end is a concession (a blockade's
// end is a retreat).
var sanctionNouns = map[string]string{"restriction": "concede", "restrictions": "concede", "ban": "concede", "bans": "concede",
	"sanctions": "concede", "embargo": "concede", "embargoes": "concede", "curfew": "concede", "blockade": "retreat", "siege": "retreat"}

// liftedSanction returns the class of a sanction verb whose object is a
// sanction: "cancelled restrictions on" is a concession.
func liftedSanction(toks []token, i int) string {
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		if c, ok := sanctionNouns[toks[k].low]; ok {
			return c
		}
		if !toks[k].word || preps[toks[k].low] || clauseWords[toks[k].low] {
			return ""
		}
	}
	return ""
}

// coordGerund reports whether the gerund at i is coordinated with a
// participle adjunct: ", suspending the constitution and arresting".
func coordGerund(toks []token, out []trigger, i int) bool {
	if toks[i-1].low != "and" && toks[i-1].low != "or" || len(out) == 0 {
		return false
	}
	p := out[len(out)-1]
	return !p.nominal && p.form&fIng != 0 && p.head > 0 && toks[p.head-1].text == "," && i-p.j <= 8
}

var dayWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "today": true, "yesterday": true, "tonight": true}

// dateLead open a two-word date phrase: "last Thursday", "on Friday",
// "this week".
var dateLead = map[string]bool{"last": true, "on": true, "this": true, "late": true, "early": true}

var finiteBe = map[string]bool{"is": true, "are": true, "was": true, "were": true, "remains": true, "remained": true}

// nounDets are determiners after which a verb form is a noun ("that",
// "all", "both" can precede a verb: "rebels that attack").
var nounDets = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "his": true, "her": true,
	"this": true, "these": true, "those": true, "our": true, "another": true}

// listBefore reports whether a comma or "and" lies between the light verb
// at i and token k: the object is a list.
func listBefore(toks []token, i, k int) bool {
	for q := i + 1; q < k; q++ {
		if toks[q].text == "," || toks[q].low == "and" {
			return true
		}
	}
	return false
}

// actNounFor reports whether the verb at i completes an act noun through
// "for X to (be)": "a call for its forces to be deployed".
func actNounFor(toks []token, i int) bool {
	k := i - 1
	if k > 0 && (toks[k].low == "be" || toks[k].low == "been") {
		k--
	}
	if k < 1 || toks[k].low != "to" {
		return false
	}
	for q := k - 1; q > 0 && q >= k-6; q-- {
		if !toks[q].word {
			return false
		}
		if toks[q].low == "for" {
			return actNouns[toks[q-1].low]
		}
	}
	return false
}

// adjectiveAfterDet reports whether token a is an adjective between a
// determiner and a noun: "an immediate halt", "a complete ban". A plural
// word there is a subject ("the rebels attack"), and an actor or event
// word is no adjective.
func adjectiveAfterDet(toks []token, inMention []int, a int) bool {
	if a < 1 || !nounDets[toks[a-1].low] {
		return false
	}
	t := toks[a]
	return t.word && !t.cap && inMention[a] < 0 && lexicon[t.low] == nil && nominals[t.low] == "" &&
		!strings.HasSuffix(t.low, "s") && !auxes[t.low] && !preps[t.low]
}

// thatOfActNoun reports whether the verb at i is in a "that" clause
// completing an act noun: "demands that Israel withdraw".
func thatOfActNoun(toks []token, i int) bool {
	for k := i - 1; k > 0 && k >= i-10; k-- {
		t := toks[k]
		if t.text == "," || t.text == ";" || t.quote {
			return false
		}
		if t.low == "that" {
			// "an immediate admission by Moscow that": the noun may
			// have its agent before the clause
			for q := k - 1; q > 0 && q >= k-4; q-- {
				if !toks[q].word {
					return false
				}
				if actNouns[toks[q].low] {
					return q == k-1 || toks[q+1].low == "by" || toks[q+1].low == "from"
				}
			}
			return false
		}
	}
	return false
}

// reducedRelative reports whether the participle at i modifies the
// common noun before it: "equipment seized last year", "the agreement
// signed in March". Verbs that are mostly intransitive ("people marched
// in", "troops withdrew from") are left alone: for them this reading
// cannot be told from the past tense.
func reducedRelative(toks []token, inMention []int, i int, e lexEntry) bool {
	if e.form&fPP == 0 || e.form&fBase != 0 || i == 0 || i+1 >= len(toks) || intransitiveClass[e.class] || intransitiveVerb[toks[i].low] {
		return false
	}
	p := toks[i-1]
	outOf := i+2 < len(toks) && toks[i+1].low == "out" && toks[i+2].low == "of"
	if !p.word || lexicon[p.low] != nil || dets[p.low] || preps[p.low] || auxes[p.low] || clauseWords[p.low] ||
		pronouns[p.low] || p.low == "and" || p.low == "or" || p.low == "but" || p.low == "who" || p.low == "also" || strings.HasSuffix(p.low, "ly") {
		return false
	}
	// "a Chinese national accused of assaulting", "a man charged with
	// murder": accusing takes its object before "of"/"with", so right
	// after a noun it is a passive description, nobody's act here
	if e.class == "accuse" && (toks[i+1].low == "of" || toks[i].low == "charged" && toks[i+1].low == "with") {
		return true
	}
	// "West Africans ordered out of Nigeria": after an actor only with
	// the "out of" of expulsion
	if (inMention[i-1] >= 0 || p.cap) && !outOf {
		return false
	}
	switch toks[i+1].low {
	case "by", "last", "earlier", "in", "on", "from", "out", "at", "during", "under", "this", "since", "after", "into":
		return true
	}
	return false
}

var (
	intransitiveClass = map[string]bool{"protest": true, "retreat": true, "meet": true, "say": true, "report": true, "agree": true}
	intransitiveVerb  = map[string]bool{"clashed": true, "fought": true, "battled": true, "fired": true, "rioted": true, "complained": true, "retaliated": true}
	pronouns          = map[string]bool{"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true}
)

// verbContext reports whether a word that could be a noun is used as a
// verb: right after a subject, "to" or an auxiliary.
func verbContext(toks []token, inMention []int, i int) bool {
	if i == 0 {
		return false
	}
	p := toks[i-1]
	if k := inMention[i-1]; k >= 0 {
		// "a U.S. request", "an Indian proposal": a noun after an
		// actor used as an adjective
		st := i - 1
		for st > 0 && inMention[st-1] == k {
			st--
		}
		if st > 0 && dets[toks[st-1].low] {
			return false
		}
		// "step up military support": a lower-case role word before
		// a bare noun form is its modifier ("the military supports"
		// takes the -s)
		if st == i-1 && !toks[st].cap && !strings.HasSuffix(toks[i].low, "s") {
			return false
		}
	}
	if inMention[i-1] >= 0 || p.low == "to" || auxes[p.low] && !preps[p.low] || p.low == "they" || p.low == "we" || p.low == "who" {
		return !dets[p.low]
	}
	return false
}

// quoted marks the tokens inside quotation marks.
func quoted(toks []token) []bool {
	in := make([]bool, len(toks))
	open := false
	for i, t := range toks {
		if t.quote {
			switch t.text {
			case "“", "«", "``":
				open = true
			case "”", "»", "''":
				open = false
			default:
				open = !open
			}
			continue
		}
		in[i] = open
	}
	return in
}

var wireQuotes = strings.NewReplacer("``", "\"", "''", "\"")

// quoteText returns the quoted passages of a sentence.
func quoteText(s string) string {
	if strings.Contains(s, "``") {
		s = wireQuotes.Replace(s) // ``wire-style''
	}
	var parts []string
	for {
		a := strings.IndexAny(s, "\"“")
		if a < 0 {
			break
		}
		_, n := firstRune(s[a:])
		rest := s[a+n:]
		b := strings.IndexAny(rest, "\"”")
		if b < 0 {
			break
		}
		if q := strings.TrimSpace(rest[:b]); q != "" {
			parts = append(parts, q)
		}
		_, m := firstRune(rest[b:])
		s = rest[b+m:]
	}
	return strings.Join(parts, " … ")
}

func firstRune(s string) (rune, int) {
	for i, r := range s {
		_ = i
		return r, len(string(r))
	}
	return 0, 0
}

// formOf guesses a trigger verb's form from its ending: -ing, -s (third
// person), else otherwise (past, or past participle too).
func formOf(low string, otherwise int) int {
	switch {
	case strings.HasSuffix(low, "ing"):
		return fIng
	case strings.HasSuffix(low, "s"):
		return f3s
	}
	return otherwise
}

// reactionVerbs report a reaction as what an act drew: "drew condemnation
// from", "sparked criticism from", "prompted protests from".
var reactionVerbs = map[string]bool{"draw": true, "draws": true, "drew": true, "drawn": true, "drawing": true,
	"spark": true, "sparks": true, "sparked": true, "sparking": true, "prompt": true, "prompts": true, "prompted": true,
	"prompting": true, "trigger": true, "triggers": true, "triggered": true, "triggering": true, "provoke": true,
	"provokes": true, "provoked": true, "provoking": true, "earn": true, "earns": true, "earned": true, "earning": true,
	"attract": true, "attracts": true, "attracted": true, "attracting": true, "bring": true, "brings": true,
	"brought": true, "bringing": true}

// reactionNouns are the disapproval a reaction verb names.
var reactionNouns = map[string]bool{"condemnation": true, "condemnations": true, "criticism": true, "criticisms": true,
	"rebuke": true, "rebukes": true, "censure": true, "protest": true, "protests": true, "complaints": true,
	"objections": true, "denunciations": true, "denunciation": true}

// drawnReaction matches a reaction verb, up to four modifiers ("swift",
// "an angry", "sharp international"), a disapproval noun and "from": it
// returns the noun and the "from" token.
func drawnReaction(toks []token, inMention []int, i int) (noun, from int) {
	if !reactionVerbs[toks[i].low] {
		return 0, 0
	}
	for k := i + 1; k < len(toks) && k <= i+5; k++ {
		t := toks[k]
		if reactionNouns[t.low] {
			if k+1 < len(toks) && toks[k+1].low == "from" {
				return k, k + 1
			}
			return 0, 0
		}
		if !t.word || t.cap || inMention[k] >= 0 || preps[t.low] || clauseWords[t.low] || t.low == "and" {
			return 0, 0
		}
	}
	return 0, 0
}

// repelVerbs defeat an attack; with a particle: "fended off", "beat back".
var repelVerbs = map[string]bool{"repel": true, "repels": true, "repelled": true, "repelling": true,
	"repulse": true, "repulses": true, "repulsed": true, "repulsing": true, "thwart": true, "thwarts": true,
	"thwarted": true, "thwarting": true, "foil": true, "foils": true, "foiled": true, "foiling": true}

var repelParticleVerbs = map[string]string{"fend": "off", "fends": "off", "fended": "off", "fending": "off",
	"fight": "off", "fought": "off", "fighting": "off", "beat": "back", "beats": "back", "beaten": "back", "beating": "back"}

// repelAt returns the last token of a repelling verb at i ("repelled",
// "fended off"), or -1.
func repelAt(toks []token, i int) int {
	w := toks[i].low
	if repelVerbs[w] {
		return i
	}
	if p, ok := repelParticleVerbs[w]; ok && i+1 < len(toks) && toks[i+1].low == p {
		return i + 1
	}
	return -1
}

// repelledAttack reports the end of a repelling verb whose object is an
// attack noun ("repelled an attack by", "thwarted a Russian assault on",
// "fended off a drone attack"), or 0: the verb is no attack of its own.
func repelledAttack(toks []token, i int) int {
	e := repelAt(toks, i)
	if e < 0 {
		return 0
	}
	for k := e + 1; k < len(toks) && k <= e+5; k++ {
		if c := nominals[toks[k].low]; c == "attack" || c == "bomb" {
			return e
		}
		if cl, end := weaponStrike(toks, k); end > 0 && cl != "" {
			return e
		}
		if !toks[k].word || preps[toks[k].low] || clauseWords[toks[k].low] {
			return 0
		}
	}
	return 0
}

// repelledBefore returns the repelling verb right before an attack noun at
// i ("repelled an attack"), or -1: its subject is the attack's target.
func repelledBefore(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if !toks[k].word || preps[toks[k].low] || clauseWords[toks[k].low] {
			return -1
		}
		if repelAt(toks, k) >= 0 {
			return k
		}
		if k > 0 && repelAt(toks, k-1) == k {
			return k - 1
		}
	}
	return -1
}

// strikeNouns may end an actor's mention ("Israeli strikes", "Russian
// airstrikes") and still name its act.
var strikeNouns = map[string]bool{"strike": true, "strikes": true, "airstrike": true, "airstrikes": true}

// strikeActor reports whether the mention ending with the strike noun at i
// names an actor before it: "Israeli strikes", "Pakistani air strikes".
func strikeActor(toks []token, inMention []int, i int) bool {
	k := i - 1
	if k >= 0 && (toks[k].low == "air" || toks[k].low == "drone" || toks[k].low == "missile") {
		k--
	}
	return k >= 0 && inMention[k] == inMention[i] && toks[k].cap
}

// appositionEnds reports whether the phrase opening at i closes with a
// comma or the sentence's end before any verb-like word, as an apposition
// does ("…, exiled opposition leader Sviatlana Tsikhanouskaya, thanked"),
// where a participle taking an object goes on ("…, jailed opposition
// leader Kizza Besigye on Friday and banned his party").
func appositionEnds(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k < i+10; k++ {
		t := toks[k]
		if t.text == "," {
			return true
		}
		if !t.word || preps[t.low] || clauseWords[t.low] || t.low == "and" {
			return false
		}
	}
	return false
}
