package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/extract/actors"
)

// DatesFunc finds the date expressions of a text, resolved against the
// publication date; each Date carries the byte Offset of its Text in text.
type DatesFunc func(text string, published time.Time) []Date

// Extractor runs every extractor over an article. It is safe for concurrent
// use once built: it holds only read-only data.
type Extractor struct {
	// Dates is the date tagger: NewsDates unless WithDates says otherwise;
	// nil means no dates: events then carry no Date.
	Dates DatesFunc
	// Context is the policy that dates events whose own sentence gives
	// them no date (InferDates): PolicyNone unless WithContextDates says
	// otherwise.
	Context string
	g       *actors.Gazetteer
}

// Option configures an Extractor.
type Option func(*Extractor)

// WithDates sets the date tagger.
func WithDates(f DatesFunc) Option { return func(x *Extractor) { x.Dates = f } }

// WithContextDates sets the policy for events whose sentence gives no
// date: PolicyNone (leave them undated) or PolicyStoryDay.
func WithContextDates(policy string) Option { return func(x *Extractor) { x.Context = policy } }

// New builds an Extractor with the compiled-in gazetteers, loaded once per
// process, and the news date tagger.
func New(opts ...Option) *Extractor {
	x := &Extractor{g: actors.Default(), Dates: NewsDates}
	for _, o := range opts {
		o(x)
	}
	return x
}

// Extract returns the entities, dates and events of one article.
func (x *Extractor) Extract(a Article) Result {
	res := Result{Article: a.Ref(), Entities: []Entity{}, Dates: []Date{}, Events: []Event{}}
	if x.Dates != nil {
		if ds := x.Dates(a.Text, a.Published); ds != nil {
			res.Dates = ds
		}
	}
	var sents []sentence
	var filed []token // the place of the dateline: "KHARTOUM, May 3 (Reuters) -"
	prose, captions := pageLines(a.Text)
	// Dates on noise lines (a video length, a credit) are dropped; dates in
	// prose and in gallery captions are real dates of the page.
	dated := append(prose[:len(prose):len(prose)], captions...)
	kept := res.Dates[:0:0]
	for _, dt := range res.Dates {
		for _, l := range dated {
			if dt.Offset >= l[0] && dt.Offset < l[1] {
				kept = append(kept, dt)
				break
			}
		}
	}
	if len(kept) < len(res.Dates) {
		res.Dates = kept
	}
	for _, l := range prose {
		for _, s := range splitSentences(a.Text, l[0], l[1]) {
			s.toks = tokenize(s.text, s.start)
			// a dateline ("MOSCOW (Reuters) -") names where the
			// report was filed, not an actor
			if m := dateline.FindStringIndex(s.text); m != nil {
				k := 0
				for k < len(s.toks) && s.toks[k].start < s.start+m[1] {
					k++
				}
				if filed == nil {
					filed = datelinePlace(s.toks[:k])
				}
				s.toks = s.toks[k:]
			}
			sents = append(sents, s)
		}
	}
	d := newDoc(x.g, a.Text)
	d.home = d.placeCountry(filed)
	// First pass: learn the named officials, so that "a Kremlin
	// spokesperson" before the name still finds them.
	for _, s := range sents {
		func() {
			defer func() { _ = recover() }() // see sentence
			d.mentions(s.toks)
		}()
	}
	d.lastPerson, d.lastSpeaker, d.lastSource = -1, -1, -1
	d.bodies, d.countries = nil, nil
	d.record = true
	used := map[int]bool{}
	lastClaim := -1
	var starts []int // of the sentences so far
	for _, s := range sents {
		n := len(res.Events)
		x.sentence(d, s, &res, used)
		// a denial answers what the last three sentences accused
		starts = append(starts, s.start)
		answerDenials(a.Text, res.Events[:n], res.Events[n:], starts[max(0, len(starts)-4)])
		// an act named back ("condemned the violence") may be the
		// lead's, however many sentences ago: the latest such act
		// anywhere before is meant
		answerActs(a.Text, res.Events[:n], res.Events[n:], starts[0])
		alsoAnswers(a.Text, res.Events[:n], res.Events[n:], starts[max(0, len(starts)-4)])
		pluralTargets(a.Text, res.Events[:n], res.Events[n:], starts[max(0, len(starts)-4)])
		answerMobilization(res.Events[:n], res.Events[n:], starts[max(0, len(starts)-4)])
		answerResponses(a.Text, res.Events[:n], res.Events[n:], starts[0])
		// talks named by a bare noun are the parties' to the agreement
		// they led to, here or up to three sentences back
		talksParties(a.Text, res.Events[:n], res.Events[n:], starts[max(0, len(starts)-4)])
		if len(res.Events) > n {
			lastClaim = -1
			for i := len(res.Events) - 1; i >= n; i-- {
				if t, ok := LookupEventType(res.Events[i].Type); ok && t.Claim && res.Events[i].Quote != "" {
					lastClaim = i
					break
				}
			}
			continue
		}
		// a quotation standing alone after a quoted statement goes on
		// with it: `"…," he added. "So far, it's been hard."`
		if q := quoteText(s.text); lastClaim >= 0 && q != "" && isQuoteOnly(s.text) {
			res.Events[lastClaim].Quote += " … " + q
		} else {
			lastClaim = -1
		}
	}
	// a demand for someone's release is made of whoever holds them,
	// wherever the article tells of the arrest
	releaseDemands(a.Text, res.Events)
	for _, ev := range res.Events {
		for _, e := range append(append([]Entity{}, ev.Source...), ev.Target...) {
			used[d.byID[e.ID]] = true
		}
	}
	for i, e := range d.ents {
		if used[i] {
			res.Entities = append(res.Entities, *e)
		}
	}
	sort.SliceStable(res.Entities, func(i, j int) bool { return res.Entities[i].ID < res.Entities[j].ID })
	// after the event IDs: an inferred date never names an event
	InferDates(&res, a.Text, x.Context)
	return res
}

// sentence codes the events of one sentence into res. A failure on one
// sentence (a bug on an odd input) loses that sentence only.
func (x *Extractor) sentence(d *doc, s sentence, res *Result, used map[int]bool) {
	defer func() { _ = recover() }() // keep the rest of the article
	ms := d.mentions(s.toks)

	for _, m := range ms {
		if m.ent >= 0 {
			used[m.ent] = true
		}
	}
	ss := newSent(d, s.toks, ms)
	trs := findTriggers(s.toks, ss.inMention)
	cs := x.code(d, ss, trs)
	dates := sentenceDates(res.Dates, s)
	quote := quoteText(s.text)
	dateAt := map[int]*Date{} // trigger head -> date of its event
	for _, c := range cs {
		ev, ok := x.event(d, ss, c, s, dates, quote)
		if !ok {
			continue
		}
		if ev.Date == nil && c.anchored {
			ev.Date = dateAt[c.anchor]
		}
		if ev.Date != nil {
			dateAt[c.trig.head] = ev.Date
		}
		ev.Article = res.Article
		// coordinated actors act each on their own: "the US and UK
		// accused Russia" is two accusations (symmetric acts of
		// several parties stay one event)
		evs := []Event{ev}
		if c.reciprocal && len(ev.Source) > 1 {
			evs = nil
			for i, src := range ev.Source {
				e := ev
				e.Source = []Entity{src}
				e.Target = nil
				for j, t := range ev.Source {
					if j != i {
						e.Target = append(e.Target, t)
					}
				}
				evs = append(evs, e)
			}
		} else if len(ev.Source) > 1 && len(ev.Target) > 0 {
			evs = nil
			for _, src := range ev.Source {
				e := ev
				e.Source = []Entity{src}
				evs = append(evs, e)
			}
		}
		for _, ev := range evs {
			ev.ID = eventID(res.Article.ID, s.start, ev)
			if n := countID(res.Events, ev.ID); n > 0 {
				ev.ID += fmt.Sprintf(".%d", n+1)
			}
			res.Events = append(res.Events, ev)
		}
		if len(c.src) > 0 && ss.ms[c.src[0]].ent >= 0 && d.ents[ss.ms[c.src[0]].ent].Kind != KindPerson {
			d.lastSource = ss.ms[c.src[0]].ent
		}
		if claimClasses[c.class] && len(c.src) > 0 {
			if e := ss.ms[c.src[0]].ent; e >= 0 && d.ents[e].Kind == KindPerson {
				d.lastSpeaker = e
			}
		}
	}
}

// isQuoteOnly reports whether a sentence is one quotation.
func isQuoteOnly(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	return (first == '"' || first == '“') && (last == '"' || last == '”')
}

// mergeGrains are the date granularities precise enough for two articles'
// reports of the same act (same class, sides, negation and date) to be
// taken as one event; a month or a year may hold several.
var mergeGrains = map[string]bool{"day": true, "time": true, "weekend": true, "week": true}

// eventID names an event. An event that its class, sides and date
// identify is named by them, "2016-09-26.criticize.1f0c2a9e" (date value,
// class, and a hash of class, negation, source and target ids and date
// value), so every article that reports it names the same graph node and
// the store lists all its reports (GDELT counts each report as an event).
// That takes a date of a day, weekend or week, a source and a target, and
// a class other than a plain statement (CAMEO 01x: a speaker says many
// things a day). Any other event is named by its article and sentence
// offset, "ARTICLE#OFFSET.CLASS".
func eventID(article string, offset int, ev Event) string {
	if ev.Date == nil || ev.Date.Value == "" || !mergeGrains[ev.Date.Granularity] ||
		len(ev.Source) == 0 || len(ev.Target) == 0 || strings.HasPrefix(ev.Cameo, "01") {
		return fmt.Sprintf("%s#%d.%s", article, offset, ev.Type)
	}
	ids := func(es []Entity) string {
		var s []string
		for _, e := range es {
			s = append(s, e.ID)
		}
		sort.Strings(s)
		return strings.Join(s, ",")
	}
	h := sha256.Sum256([]byte(strings.Join([]string{ev.Type, strconv.FormatBool(ev.Negated), ids(ev.Source), ids(ev.Target), ev.Date.Value}, "|")))
	return fmt.Sprintf("%s.%s.%s", ev.Date.Value, ev.Type, hex.EncodeToString(h[:4]))
}

func countID(evs []Event, id string) int {
	n := 0
	for _, e := range evs {
		if e.ID == id || strings.HasPrefix(e.ID, id+".") {
			n++
		}
	}
	return n
}

// dateline matches the place, date and agency that open a wire story
// ("MOSCOW (Reuters) -", "KYIV, July 18 (Reuters) -").
var dateline = regexp.MustCompile(`^[A-Z][A-Za-z0-9' .,/-]{1,60}\((?:Reuters|AP|AFP|dpa|DPA|UPI|Xinhua|Bloomberg|DW|AA|IANS|PTI|TASS|Interfax|CNN|BBC)\)\s*[-–—_]+\s*`)

// sentenceDates returns the dates inside a sentence.
func sentenceDates(all []Date, s sentence) []Date {
	var out []Date
	for _, d := range all {
		if d.Offset >= s.start && d.Offset < s.start+len(s.text) {
			out = append(out, d)
		}
	}
	return out
}

// event builds the Event of a coded event.
func (x *Extractor) event(d *doc, s *sent, c coded, se sentence, dates []Date, quote string) (Event, bool) {
	et, ok := LookupEventType(c.class)
	if !ok {
		return Event{}, false
	}
	ev := Event{Type: et.Name, Cameo: et.Cameo, Plover: et.Plover, Negated: c.negated, Sentence: se.text, Offset: se.start,
		Source: []Entity{}, Target: []Entity{}}
	if c.trig.i >= 0 && c.trig.j > c.trig.i && c.trig.j <= len(s.toks) {
		ev.TriggerStart, ev.TriggerEnd = s.toks[c.trig.i].start, s.toks[c.trig.j-1].end
	}
	seen := map[string]bool{}
	srcMil, srcIrregular, srcPolice := false, false, false
	for _, k := range c.src {
		m := s.ms[k]
		if !d.addEntity(&ev.Source, seen, m.ent) {
			continue
		}
		e := d.ents[m.ent]
		if m.roleCode == "MIL" {
			srcMil = true
		}
		if m.roleCode == "COP" {
			srcPolice = true
		}
		if e.Kind == KindGroup || armedRole(m.roleCode) || m.roleCode == "OPP" || m.roleCode == "CVL" {
			srcIrregular = true
		}
	}
	tseen := map[string]bool{}
	for _, k := range c.tgt {
		d.addEntity(&ev.Target, tseen, s.ms[k].ent)
	}
	if len(ev.Target) == 0 && c.domestic != "" {
		e := *d.ents[d.countryEntity(c.domestic, "")]
		e.Mentions = nil
		ev.Target = append(ev.Target, e)
	}
	if len(ev.Source) == 0 && len(ev.Target) == 0 && !c.noActors {
		return Event{}, false
	}
	// CAMEO refinements from the words of the clause.
	rest := strings.ToLower(spanText(s.toks, c.trig.j, min(len(s.toks), c.trig.j+14)))
	switch et.Name {
	case "accuse":
		switch {
		case strings.Contains(rest, "war crime") || strings.Contains(rest, "genocide") || strings.Contains(rest, "ethnic cleansing"):
			ev.Cameo = "1124"
		case strings.Contains(rest, "human rights") || strings.Contains(rest, "abuse") || strings.Contains(rest, "torture"):
			ev.Cameo = "1122"
		case strings.Contains(rest, "aggression") || strings.Contains(rest, "attack"):
			ev.Cameo = "1123"
		case strings.Contains(rest, "spying") || strings.Contains(rest, "espionage") || strings.Contains(rest, "treason"):
			ev.Cameo = "1125"
		case strings.Contains(rest, "corruption") || strings.Contains(rest, "crime") || strings.Contains(rest, "embezzl") || strings.Contains(rest, "fraud"):
			ev.Cameo = "1121"
		}
	}
	// state forces' violence against protesters or a protest is violent
	// repression (CAMEO 175), whatever the weapon: "security forces
	// stormed a protest camp", "troops shot dead 38 people as they tried
	// to crush protests" (protesters' own violence is coded PROTEST)
	repression := (et.Name == "kill" || et.Name == "attack" || et.Name == "bomb") && len(ev.Source) > 0 && !srcIrregular &&
		ev.Source[0].Kind == KindCountry && protestWords(rest) && !unconventional(se.text) // suicide bombers attacking crowds are no state repression
	name := et.Name
	if repression {
		ev.Cameo, ev.Plover = "175", "COERCE"
		name = "" // no other refinement of the class
	}
	// crowd-control weapons are violent repression
	// whoever fires them and at whom (CAMEO FIRE + TEAR GAS, 175): "riot
	// police fired tear gas and water cannon to disperse", "a coast guard
	// ship fired a water cannon at a Philippine vessel"
	if (name == "attack" || name == "bomb") && riotMeans(s.toks, c.trig.j) {
		ev.Cameo, ev.Plover = "175", "COERCE"
		name = ""
	}
	// weapons fired or set off where they hit nobody are a
	// show of force (CAMEO 15, PLOVER MOBILIZE), not combat: "fired a
	// ballistic missile into the sea", "fired a missile over Japan",
	// "detonated a hydrogen bomb in its sixth nuclear test", "dropped
	// bombs on a firing range in a show of force"
	if (name == "attack" || name == "bomb") && weaponsDisplay(s.toks, c.trig.i, c.trig.j) {
		ev.Cameo, ev.Plover = "150", "MOBILIZE"
		name = ""
	}
	// armed groups' violence against civilians or the places they
	// gather is ASSAULT whatever the weapon: "militants stormed a hotel",
	// "the RSF shelled residential districts"; a state's forces hitting
	// a school or a village is still combat (PLOVER FIGHT)
	if (name == "kill" || name == "attack" || name == "bomb") && !(srcPolice && !srcMil) &&
		civilianObject(s.toks, c.trig.i, c.trig.j, c.passive) && nonStateViolence(s, c, ev, srcMil, srcPolice, srcIrregular) {
		ev.Cameo, ev.Plover = "180", "ASSAULT"
		name = ""
	}
	// soldiers storming their own state's palace or parliament: a coup
	// attempt (CAMEO 171), PLOVER COERCE
	if name == "attack" && srcMil && stormedSeat(s.toks, c.trig.j) && len(ev.Source) > 0 &&
		(len(ev.Target) == 0 || ev.Target[0].Country == ev.Source[0].Country) {
		ev.Cameo, ev.Plover = "171", "COERCE"
		name = ""
	}
	switch name {
	case "kill":
		// PLOVER: killing in combat is FIGHT (190); unconventional means
		// (bombs, suicide attacks, blades, torture) and killings by
		// irregular forces are ASSAULT (18x)
		w := s.toks[c.trig.head].low
		conventional := strings.HasPrefix(w, "kill") || strings.HasPrefix(w, "shot") || strings.HasPrefix(w, "shoot") || strings.HasPrefix(w, "wound") || strings.HasPrefix(w, "injur")
		if conventional && !unconventional(se.text) && !irregularActor(s.toks, c.trig.i, c.trig.j, c.passive) && (srcMil || len(ev.Source) > 0 && !srcIrregular && ev.Source[0].Kind == KindCountry) {
			ev.Cameo, ev.Plover = "190", "FIGHT"
		}
	case "attack", "bomb":
		if srcPolice && !srcMil {
			// police firing on crowds: violent repression (CAMEO 175)
			ev.Cameo, ev.Plover = "175", "COERCE"
			break
		}
		// by the means: bombs, explosive devices, suicide attacks and
		// blades are ASSAULT; shelling, firing, air strikes are FIGHT
		if unconventional(se.text) || et.Name == "bomb" && !srcMil && len(ev.Source) > 0 && srcIrregular {
			ev.Cameo, ev.Plover = "180", "ASSAULT"
			if et.Name == "bomb" {
				ev.Cameo = "183"
			}
		}
	case "threaten":
		if strings.Contains(rest, "sanction") {
			ev.Cameo = "1312"
		} else if strings.Contains(rest, "force") || strings.Contains(rest, "attack") || strings.Contains(rest, "military") || strings.Contains(rest, "war") {
			ev.Cameo = "138"
		}
	}
	if et.Claim {
		ev.Quote = quote
	}
	// Dates: the date of the event's own clause; for claims, a date inside
	// the reported content is what the claim is about.
	if len(dates) > 0 {
		seg := segments(s.toks)
		h := c.trig.head
		best, bestDist := -1, 1<<30
		for i, dt := range dates {
			ti := tokenAt(s.toks, dt.Offset)
			if ti < 0 || seg[ti] != seg[h] {
				continue
			}
			// "pulled out of the 2015 nuclear deal and said": a date
			// that modifies a noun dates that noun, not the verbs of
			// its clause
			if !c.trig.nominal && attributiveDate(s.toks, ti, tokenAt(s.toks, dt.Offset+len(dt.Text)-1)) {
				continue
			}
			dist := ti - h
			if dist < 0 {
				dist = -dist
			}
			if dist < bestDist {
				best, bestDist = i, dist
			}
		}
		// "On Monday, the Kremlin said": a date fronted before the
		// first comma dates the main clause after it, past appositions
		// and subordinate clauses ("On Sept. 2, police in the Comoros,
		// off the Tanzanian coast, raided two homes")
		if best < 0 && seg[h] >= 1 && !c.noActors && fronted(s.toks) && mainClause(s.toks, seg, h) &&
			(seg[h] == 1 || !et.Claim || !verbBefore(s.toks, clauseStart(seg, h))) {
			for i, dt := range dates {
				ti := tokenAt(s.toks, dt.Offset)
				if ti >= 0 && seg[ti] == 0 {
					best = i
					break
				}
			}
		}
		if best < 0 {
			best = whenClauseDate(s.toks, seg, h, dates)
		}
		if best < 0 && !c.noActors && !et.Claim {
			best = temporalClauseDate(s.toks, seg, h, dates)
		}
		if best >= 0 {
			dt := dates[best]
			ti := tokenAt(s.toks, dt.Offset)
			// say takes no addressee, tell does: "said Bogdanov left
			// Tuesday" is what was said
			noObject := et.Name == "say" && !tellForms[s.toks[c.trig.head].low]
			objEnd := c.trig.j
			if !noObject {
				objEnd = claimObjectEnd(s, c.trig.j)
			}
			if et.Claim && ti > objEnd+2 && !claimAdjunct(s.toks, c.trig.j, ti, noObject) {
				ev.About = &dt
			} else {
				ev.Date = &dt
			}
		}
		if ev.Date == nil {
			ev.Date = d.offsetClauseDate(s.toks, seg, h, dates)
		}
	}
	if c.noActors && ev.Date == nil && ev.About == nil {
		// an event noun with neither actor nor date says nothing new
		return Event{}, false
	}
	return ev, true
}

// attributiveDate reports whether the date in tokens [i, e] stands between
// a determiner and the noun it modifies: "the 2015 nuclear deal", "the
// July 2015 agreement".
func attributiveDate(toks []token, i, e int) bool {
	if i < 1 || e < i || e+1 >= len(toks) {
		return false
	}
	p, n := toks[i-1].low, toks[e+1]
	if !(p == "the" || p == "a" || p == "an" || p == "its" || p == "their" || p == "'s") {
		return false
	}
	// "a recently dismissed army commander", "the newly elected
	// president": an adverb of time before a participle and its noun
	if lyAdverb(toks[e]) && strings.HasSuffix(n.low, "ed") && e+2 < len(toks) {
		m := toks[e+2]
		return m.word && !preps[m.low] && !clauseWords[m.low] && !dets[m.low] && m.low != "and" && m.low != "or"
	}
	return n.word && !n.cap && !preps[n.low] && !clauseWords[n.low] && n.low != "and" && n.low != "or" && lexicon[n.low] == nil
}

// lyAdverb reports whether t is a lower-case adverb in -ly ("recently",
// "newly", "widely"), the kind that stands between a determiner and an
// attributive participle.
func lyAdverb(t token) bool {
	return t.word && !t.cap && len(t.low) > 4 && strings.HasSuffix(t.low, "ly")
}

// claimObjectEnd returns where the addressee or target of a claim verb
// ends when it stands right after the verb at j ("accused the Azerbaijani
// government on Sunday", "accused each other on Sunday"): a date right
// after it dates the claim, one further on what the claim is about.
func claimObjectEnd(s *sent, j int) int {
	switch {
	case j >= len(s.toks):
	case reciprocalAt(s.toks, j):
		return j + 2
	case s.inMention[j] >= 0:
		return s.ms[s.inMention[j]].j
	case j+1 < len(s.toks) && dets[s.toks[j].low] && s.inMention[j+1] >= 0:
		return s.ms[s.inMention[j+1]].j
	}
	return j
}

// claimAdjunct reports whether the tokens from j up to the date at ti are
// only the addressee of a claim and places or occasions of its making
// ("told his Cabinet on Sunday", "said in an editorial on Monday", "told
// reporters in the Rose Garden Wednesday"): the date is then the claim's
// own. Anything that opens what the claim says stops it: a verb form, an
// event noun, "of", "about", "for", "against", "over", "whether", "to"
// before a verb, a quotation mark ("said the attack was launched on
// Monday", "accused Russia of bombing a convoy on Monday", "urged them to
// leave by Monday", "condemned the attack on Monday"). A verb that takes
// no addressee (say, not tell: noObject) must be followed by a
// preposition: "said Sytenko left Tuesday" says what happened Tuesday.
func claimAdjunct(toks []token, j, ti int, noObject bool) bool {
	if ti-j > 10 {
		return false
	}
	if noObject && j < ti && !adjunctPreps[toks[j].low] {
		return false
	}
	for k := j; k < ti; k++ {
		t := toks[k]
		switch {
		case t.quote || !t.word:
			return false
		case claimContentWords[t.low] || auxes[t.low] && t.low != "also" || verbLike(t):
			return false
		case t.low == "to" && (k+1 >= ti || !dets[toks[k+1].low] && !toks[k+1].cap):
			return false
		case k > j && answerNouns[t.low] && (dets[toks[k-1].low] || toks[k-1].low == "'s"):
			// "rejected the demand on Monday", "denied the
			// accusations Tuesday": what is denied is a claim, and
			// the date the denial's
		case lexicon[t.low] != nil:
			return false
		}
	}
	return true
}

// claimContentWords open what a claim says or is about.
var claimContentWords = map[string]bool{"of": true, "about": true, "for": true, "against": true, "over": true,
	"whether": true, "if": true, "that": true, "as": true, "because": true, "by": true}

// answerNouns name what a denial or rejection answers: another's claim.
var answerNouns = map[string]bool{
	"accusation": true, "accusations": true, "allegation": true, "allegations": true,
	"claim": true, "claims": true, "charge": true, "charges": true, "demand": true,
	"demands": true, "report": true, "reports": true, "proposal": true, "proposals": true,
	"offer": true, "request": true, "call": true, "calls": true, "criticism": true,
	"ultimatum": true, "plan": true,
}

// adjunctPreps open the place or occasion of a statement.
var adjunctPreps = map[string]bool{"in": true, "at": true, "on": true, "during": true, "to": true, "with": true, "from": true, "late": true, "early": true, "earlier": true, "later": true}

// tellForms are the forms of tell, the speech verb that takes an addressee.
var tellForms = map[string]bool{"tell": true, "tells": true, "told": true, "telling": true}

// verbLike reports whether a token looks like a verb form: a form of be,
// or a lower-case word in -ed or -ing or a common irregular past ("left",
// not "Rose").
func verbLike(t token) bool {
	return beForms[t.low] || !t.cap && (irregularPast[t.low] || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing"))
}

// irregularPast are common irregular past forms, verbs that "-ed" misses.
var irregularPast = map[string]bool{"left": true, "went": true, "came": true, "took": true, "made": true, "gave": true,
	"began": true, "begun": true, "fought": true, "fled": true, "held": true, "won": true, "lost": true, "sent": true,
	"struck": true, "shot": true, "hit": true, "met": true, "told": true, "said": true, "spoke": true, "broke": true,
	"fell": true, "rose": true, "led": true, "put": true, "set": true, "built": true, "ran": true, "saw": true,
	"found": true, "kept": true, "brought": true, "bought": true, "thought": true, "knew": true, "became": true,
	"flew": true, "threw": true, "grew": true, "stood": true, "sat": true, "wrote": true, "chose": true, "got": true,
	"seized": true, "sought": true, "taught": true, "caught": true, "paid": true, "sold": true, "meant": true}

// unconventional reports whether a sentence names unconventional means
// of violence.
func unconventional(sentence string) bool {
	return unconventionalRE.MatchString(sentence)
}

var unconventionalRE = regexp.MustCompile(`(?i)\b(car bomb|suicide|explosive device|roadside bomb|IEDs?|machetes?|knife|knives|stabb|tortur|assassinat|behead|kidnap|hostage|booby|grenade|bomb attack|bomb explosion|suicide bombing|car bombing|roadside bombing)`)

// fronted reports whether a sentence opens with a short adverbial phrase
// closed by a comma ("On Monday, ...", "Late on Friday, ...", "On Sept.
// 2, ...", "In Sunday's debate, ...": the dot of an abbreviation and a
// possessive go with their word).
func fronted(toks []token) bool {
	for i, t := range toks {
		glued := i > 0 && toks[i-1].word && toks[i-1].end == t.start &&
			(t.text == "." || t.low == "'s" || t.low == "’s" || t.text == "'" || t.text == "’")
		if i > 6 || t.quote || !t.word && t.text != "," && !glued {
			return false
		}
		if t.text == "," {
			return i > 0
		}
		if lexicon[t.low] != nil {
			return false
		}
	}
	return false
}

// mainClause reports whether token h, after a fronted adverbial, is in a
// clause of the sentence's main level: its clause is not opened by a
// subordinating or relative word ("when", "who", "after", "for V-ing"),
// and no quotation, semicolon, colon or dash stands between the first
// comma and h.
func mainClause(toks []token, seg []int, h int) bool {
	first := 0
	for first < len(toks) && toks[first].text != "," {
		first++
	}
	for k := first + 1; k < h; k++ {
		switch t := toks[k]; {
		case t.quote, t.text == ";", t.text == ":", t.text == "-", t.text == "–", t.text == "—":
			return false
		}
	}
	st := clauseStart(seg, h)
	for st < h && !toks[st].word {
		st++
	}
	w := toks[st].low
	return !(clauseWords[w] || subordinators[w])
}

// verbBefore reports whether a verb form stands between the
// first comma of the sentence and token st. A claim after one is a
// reporting clause: "On Wednesday, Bushnell and Kimotho met again, Bushnell
// told Kenya Television" dates the meeting, not the telling.
func verbBefore(toks []token, st int) bool {
	k := 0
	for k < st && toks[k].text != "," {
		k++
	}
	for ; k < st; k++ {
		if verbLike(toks[k]) {
			return true
		}
	}
	return false
}

// subordinators open clauses that clauseWords leave out.
var subordinators = map[string]bool{"who": true, "since": true, "after": true, "before": true, "for": true, "of": true}

func spanText(toks []token, i, j int) string {
	var b strings.Builder
	for k := i; k < j && k < len(toks); k++ {
		if k > i {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

func tokenAt(toks []token, off int) int {
	for i, t := range toks {
		if off >= t.start && off < t.end {
			return i
		}
	}
	return -1
}

// offsetClauseDate dates an act in a clause opened by "a day after", "two
// days before" or "hours after" from the day of the main clause before it:
// "Russia on Tuesday launched strikes, a day after Moscow pulled out of the
// deal" puts the pull-out on Monday. It returns nil when the clause has no
// such opening or the main clause no day.
func (d *doc) offsetClauseDate(toks []token, seg []int, h int, dates []Date) *Date {
	st := clauseStart(seg, h)
	w := toks[st].low
	if (w != "after" && w != "before") || st < 2 {
		return nil
	}
	days, first := 0, st-2
	switch unit := toks[st-1].low; unit {
	case "day", "days", "week", "weeks":
		n, ok := countWord(toks[st-2].low)
		if !ok {
			return nil
		}
		days = n
		if strings.HasPrefix(unit, "week") {
			days *= 7
		}
	case "hours", "minutes":
		// "hours after": the same day, near enough for a timeline
		if toks[st-2].low == "just" || toks[st-2].low == "only" {
			first = st - 2
		} else {
			first = st - 1
		}
	default:
		return nil
	}
	if w == "after" {
		days = -days
	}
	// the day of the main clause: the nearest day before the phrase
	var anchor *Date
	for i := range dates {
		dt := &dates[i]
		ti := tokenAt(toks, dt.Offset)
		if ti < 0 || ti >= first || (dt.Granularity != GranDay && dt.Granularity != GranTime) || len(dt.Start) < 10 {
			continue
		}
		anchor = dt
	}
	if anchor == nil {
		return nil
	}
	day, err := time.Parse(DateLayout, anchor.Start[:10])
	if err != nil {
		return nil
	}
	v := day.AddDate(0, 0, days).Format(DateLayout)
	return &Date{Text: d.span(toks, first, st+1), Value: v, Start: v, End: v,
		Granularity: GranDay, Type: "DATE", Offset: toks[first].start}
}

// clauseStart returns the first token of the clause holding token h.
func clauseStart(seg []int, h int) int {
	st := h
	for st > 0 && seg[st-1] == seg[h] {
		st--
	}
	return st
}

// riotHeads and riotMods make the two-word names of crowd-control weapons:
// tear gas, water cannon, rubber/plastic bullets, pepper spray, stun
// grenades.
var riotMods = map[string]bool{"tear": true, "water": true, "rubber": true, "rubber-coated": true, "plastic": true,
	"pepper": true, "stun": true}
var riotHeads = map[string]bool{"gas": true, "cannon": true, "cannons": true, "bullets": true, "bullet": true,
	"spray": true, "grenades": true, "grenade": true}

// riotMeans reports whether a crowd-control weapon is named within the
// first words after token from, before the clause ends ("fired tear gas
// and rubber bullets", "used a water cannon"); weapons named later are
// another act's ("fired live rounds, and later used tear gas").
func riotMeans(toks []token, from int) bool {
	for k := from; k < len(toks) && k <= from+3; k++ {
		if clauseEnd(toks[k]) {
			return false
		}
		if toks[k].low == "teargas" || riotMods[toks[k].low] && k+1 < len(toks) && riotHeads[toks[k+1].low] {
			return true
		}
	}
	return false
}

// weaponsDisplay reports whether the weapons fired or set off by the
// trigger at i..j hit no one: they fall into the sea ("into the sea off
// its east coast"), fly over a country ("missiles over Japan"), are a test
// ("in its sixth nuclear test") or a show of force. Fire aimed at a place
// ("at Kyiv", "into Iraq's Kurdistan region") stays an attack, and so do
// missiles fired "into waters around Taiwan", which the wire set codes
// FIGHT (set 13 codes the same act MOBILIZE; left as it was).
func weaponsDisplay(toks []token, i, j int) bool {
	projectile := false
	for k := j; k < len(toks) && k <= j+12; k++ {
		w := toks[k].low
		if k > j && clauseEnd(toks[k]) || w == "at" {
			break
		}
		projectile = projectile || projectiles[w]
		switch {
		case w == "into":
			for q := k + 1; q < len(toks) && q <= k+3; q++ {
				if sea := toks[q].low; sea == "sea" || sea == "ocean" {
					return true
				}
			}
		case w == "over" && projectile && k+1 < len(toks) && toks[k+1].cap && toks[k+1].low != "the":
			return true
		}
	}
	for k := max(0, i-12); k < len(toks) && k <= j+25; k++ {
		w := toks[k].low
		if strings.HasPrefix(w, "test") && !strings.HasPrefix(w, "testi") && k <= j+12 {
			return true
		}
		if k >= j && w == "show" && k+2 < len(toks) && toks[k+1].low == "of" && toks[k+2].low == "force" {
			return true
		}
	}
	return false
}

// protestWords reports whether text names protesters or a protest.
func protestWords(text string) bool {
	for _, w := range []string{"protest", "demonstrat", "sit-in", "sit in", "rallies", "rally", "marchers", "crowd"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// countWord reads a small count: "a", "one", "two" ... "ten", or digits.
func countWord(w string) (int, bool) {
	switch w {
	case "a", "one":
		return 1, true
	}
	for i, n := range []string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"} {
		if w == n {
			return i + 2, true
		}
	}
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 1000 {
		return n, true
	}
	return 0, false
}

// whenClauseDate returns the index in dates of the date that a relative
// "when" clause holding token h hangs on ("since the conflict erupted in
// 2011, when government forces launched a crackdown": the crackdown is of
// 2011), or -1. The date must end right before "when" or its comma.
func whenClauseDate(toks []token, seg []int, h int, dates []Date) int {
	st := clauseStart(seg, h)
	if toks[st].low != "when" || st == 0 {
		return -1
	}
	p := st - 1
	if toks[p].text == "," && p > 0 {
		p--
	}
	for i, dt := range dates {
		if dt.Offset+len(dt.Text) == toks[p].end {
			return i
		}
	}
	return -1
}

// temporalClauseDate returns the index in dates of the date of a temporal
// "when" clause joined to the clause holding token h, which has no date of
// its own, or -1: the clause right after it ("73 soldiers were killed when
// two helicopters crashed last February") or a "When" clause that opens
// the sentence right before it ("When the talks collapsed on Friday, the
// rebels attacked Goma"). The act happened at the time the clause gives.
// Claims are left out: "asked when the troops would leave" is a question,
// not a time.
func temporalClauseDate(toks []token, seg []int, h int, dates []Date) int {
	ws := -1
	k := h
	for k < len(toks) && seg[k] == seg[h] {
		k++
	}
	for k < len(toks) && !toks[k].word && !toks[k].quote {
		k++
	}
	if k < len(toks) && toks[k].low == "when" && !verbBetween(toks, h+1, k) {
		ws = seg[k]
	} else if f := firstWord(toks); f >= 0 && toks[f].low == "when" && seg[f] < seg[h] {
		// every token between the "When" clause and h's clause is
		// punctuation
		st := clauseStart(seg, h)
		e := f
		for e < st && seg[e] == seg[f] {
			e++
		}
		for e < st && !toks[e].word && !toks[e].quote {
			e++
		}
		if e == st {
			ws = seg[f]
		}
	}
	if ws < 0 {
		return -1
	}
	for i, dt := range dates {
		if ti := tokenAt(toks, dt.Offset); ti >= 0 && seg[ti] == ws {
			return i
		}
	}
	return -1
}

// verbBetween reports whether tokens i to j-1 hold a verb or a
// coordination: the clause after them then hangs on that verb ("was soon
// released and appeared healthy when he appeared in court the next
// morning": the court day is not the release's).
func verbBetween(toks []token, i, j int) bool {
	for k := i; k < j; k++ {
		t := toks[k]
		if t.low == "and" || t.low == "but" || t.low == "or" || lexicon[t.low] != nil || verbLike(t) {
			return true
		}
	}
	return false
}

func firstWord(toks []token) int {
	for i, t := range toks {
		if t.word {
			return i
		}
	}
	return -1
}

// segments numbers the clauses of a sentence for date attachment: commas,
// semicolons, quotation marks, subordinating words and nested "for
// V-ing" start a new one.
func segments(toks []token) []int {
	seg := make([]int, len(toks))
	n, outer := 0, -1
	for i, t := range toks {
		switch {
		case t.text == "(" && outer < 0:
			// a parenthesis is its own segment; the clause goes on after
			// it: "suspended talks with the RSF (RSF) on Wednesday"
			outer = n
			n++
		case t.text == ")" && outer >= 0:
			seg[i] = n
			n, outer = outer, -1
			continue
		case t.text == "," || t.text == ";" || t.text == ":" || t.quote || t.text == "(" || t.text == "-" || t.text == "–" || t.text == "—":
			n++
		case clauseWords[t.low] || t.low == "since" || t.low == "after" || t.low == "before":
			n++
		case (t.low == "for" || t.low == "of") && i+1 < len(toks) && strings.HasSuffix(toks[i+1].low, "ing"):
			n++
		}
		seg[i] = n
	}
	return seg
}

// addEntity appends entity ent of the document, without its mentions, to
// an event side unless seen already; it reports whether ent is an entity
// (a mention that resolved to none is -1).
func (d *doc) addEntity(side *[]Entity, seen map[string]bool, ent int) bool {
	if ent < 0 {
		return false
	}
	e := *d.ents[ent]
	e.Mentions = nil
	if !seen[e.ID] {
		seen[e.ID] = true
		*side = append(*side, e)
	}
	return true
}
