// Package corpus generates a realistic synthetic news corpus for scale tests
// and benchmarks: many countries, named officials with titles,
// organisations and armed groups; claims and acts (accuse, condemn, deny,
// say, attack, meet...); relative dates ("on Thursday", "last week", "in
// 2011") over eleven years of publication dates.
//
// Every article comes with the extraction result a perfect extractor would
// return for it (its ground truth). The text is what the real extractor
// reads; the ground truth lets scale work measure storage and queries at
// realistic sizes before that extractor exists, and later lets quality work
// compare against it. Both are a pure function of (seed, index), so article
// i of a seed is the same on every machine, and Oracle can rebuild the truth
// from an article id alone.
package corpus

import (
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
)

// Doc is one generated article and its ground truth.
type Doc struct {
	Article extract.Article
	Truth   extract.Result
}

// idPrefix starts every generated article id: "gen-s42-000123".
const idPrefix = "gen-s"

// ArticleID is the id of article i of seed.
func ArticleID(seed int64, i int) string {
	return idPrefix + strconv.FormatInt(seed, 10) + "-" + fmt.Sprintf("%06d", i)
}

// ParseID returns the seed and index of a generated article id.
func ParseID(id string) (seed int64, i int, ok bool) {
	rest, found := strings.CutPrefix(id, idPrefix)
	if !found {
		return 0, 0, false
	}
	s, n, found := strings.Cut(rest, "-")
	if !found {
		return 0, 0, false
	}
	seed, err1 := strconv.ParseInt(s, 10, 64)
	idx, err2 := strconv.Atoi(n)
	if err1 != nil || err2 != nil || idx < 0 {
		return 0, 0, false
	}
	return seed, idx, true
}

// Oracle returns the ground truth of a generated article, rebuilt from its
// id, and false for any other article.
func Oracle(a extract.Article) (extract.Result, bool) {
	seed, i, ok := ParseID(a.ID)
	if !ok {
		return extract.Result{}, false
	}
	d := Generate(seed, i)
	if strings.TrimSpace(d.Article.Text) != strings.TrimSpace(a.Text) {
		return extract.Result{}, false // same id, other text: not ours
	}
	return d.Truth, true
}

var (
	epoch    = time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC)
	spanDays = 11 * 365 // publication dates 2010–2020
	sources  = []string{"Deutsche Welle", "Reuters", "Associated Press", "BBC News", "Al Jazeera", "Agence France-Presse", "The Guardian", "Kyiv Independent"}
)

type verb struct {
	typ    string
	weight int
	// forms: sentence templates; {S} source, {T} target, {D} date phrase.
	forms []string
	title string // headline verb, third person
}

var verbs = []verb{
	{"say", 24, []string{`{S} said {D} that talks with {T} would continue.`, `"We will not accept this," {S} told reporters {D}, referring to {T}.`, `{S} {D} said {T} had broken its promises.`}, "speaks on"},
	{"accuse", 12, []string{`{S} {D} accused {T} of {charge}.`, `{S} accused {T} {D} of {charge}.`}, "accuses"},
	{"condemn", 8, []string{`{S} {D} condemned {T} over {topic}.`, `{S} condemned {T} {D} for {topic}.`}, "condemns"},
	{"criticize", 7, []string{`{S} criticized {T} {D} for {topic}.`, `{S} {D} sharply criticized {T} over {topic}.`}, "criticizes"},
	{"deny", 6, []string{`{S} {D} denied claims by {T} that it was behind {incident}.`}, "rejects claims by"},
	{"meet", 8, []string{`{S} met {T} in {city} {D}.`, `{S} {D} held talks with {T} in {city}.`}, "meets"},
	{"attack", 7, []string{`{S} forces {D} attacked positions held by {T} near {city}.`}, "attacks"},
	{"bomb", 3, []string{`{S} warplanes {D} bombed {T} targets near {city}.`}, "bombs"},
	{"kill", 1, []string{`{S} fighters {D} killed at least {n} soldiers of {T}.`}, "kills soldiers of"},
	{"threaten", 4, []string{`{S} {D} threatened {T} with {measure}.`}, "threatens"},
	{"demand", 4, []string{`{S} demanded {D} that {T} withdraw its troops.`}, "makes demands of"},
	{"sanction", 3, []string{`{S} {D} imposed sanctions on {T}.`}, "sanctions"},
	{"praise", 3, []string{`{S} {D} praised {T} for its role in the talks.`}, "praises"},
	{"reject", 3, []string{`{S} {D} rejected a proposal by {T}.`}, "rejects proposal by"},
	{"report", 3, []string{`{S} reported {D} that {T} had moved troops to the border.`}, "reports on"},
	{"appeal", 2, []string{`{S} {D} appealed to {T} to allow aid convoys through.`}, "appeals to"},
	{"agree", 2, []string{`{S} and {T} {D} agreed to resume negotiations.`}, "agrees with"},
}

var (
	charges   = []string{"war crimes", "violating the ceasefire", "meddling in its elections", "supporting terrorism", "cyber attacks on government networks", "human rights abuses", "spreading disinformation", "blocking humanitarian aid"}
	topics    = []string{"the bombing of an aid convoy", "the arrest of journalists", "its nuclear programme", "the treatment of refugees", "the annexation of disputed territory", "missile tests", "the crackdown on protesters"}
	incidents = []string{"the attack on the convoy", "the poisoning", "the hacking of the ministry", "the explosion at the port", "the downing of the airliner"}
	measures  = []string{"sanctions", "military action", "retaliation", "expulsion of its diplomats"}
	fillers   = []string{
		"The conflict has displaced millions of people.",
		"Diplomats said a breakthrough was unlikely before the summit.",
		"Aid agencies warned that food supplies were running low.",
		"Markets reacted calmly to the news.",
		"The statement was published on the ministry's website.",
		"Analysts said the move could further strain relations.",
		"Hundreds of people gathered outside the embassy.",
		"Officials did not say how many troops were involved.",
	}
	weekdays = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

var verbTotal = func() int {
	n := 0
	for _, v := range verbs {
		n += v.weight
	}
	return n
}()

// gen is the state of one article's generation.
type gen struct {
	rng   *rand.Rand
	zipf  *rand.Zipf
	pub   time.Time
	text  strings.Builder
	ents  map[string]*extract.Entity
	order []string
}

// Generate returns article i of seed. It is deterministic.
func Generate(seed int64, i int) Doc {
	rng := rand.New(rand.NewSource(seed*1_000_003 + int64(i)*7_919 + 1))
	g := &gen{rng: rng, ents: map[string]*extract.Entity{}}
	g.zipf = rand.NewZipf(rng, 1.15, 3, uint64(len(countries)-1))
	g.pub = epoch.AddDate(0, 0, rng.Intn(spanDays))
	id := ArticleID(seed, i)
	src := sources[rng.Intn(len(sources))]
	art := extract.Article{
		ID:        id,
		Source:    src,
		URL:       "https://news.example/" + extract.Slug(src) + "/" + g.pub.Format("2006/01/02") + "/" + id,
		Published: g.pub,
	}
	ref := art.Ref()
	res := extract.Result{Article: ref, Entities: []extract.Entity{}, Dates: []extract.Date{}, Events: []extract.Event{}}

	nEvents := 2 + rng.Intn(7)
	var title string
	for k := 0; k < nEvents; k++ {
		v := g.pickVerb()
		srcs := []actor{g.pickActor()}
		if rng.Intn(10) == 0 {
			if a := g.pickActor(); a.ent.ID != srcs[0].ent.ID {
				srcs = append(srcs, a)
			}
		}
		tgt := g.pickActor()
		for tries := 0; tgt.ent.ID == srcs[0].ent.ID && tries < 5; tries++ {
			tgt = g.pickActor()
		}
		form := v.forms[rng.Intn(len(v.forms))]
		date, dateText := g.pickDate()

		// Lay out the sentence, recording where the date phrase lands.
		sentStart := g.text.Len()
		var sent strings.Builder
		dateOff := -1
		rest := form
		for rest != "" {
			j := strings.IndexByte(rest, '{')
			if j < 0 {
				sent.WriteString(rest)
				break
			}
			sent.WriteString(rest[:j])
			k2 := strings.IndexByte(rest, '}')
			key := rest[j+1 : k2]
			rest = rest[k2+1:]
			switch key {
			case "S":
				names := make([]string, len(srcs))
				for x, a := range srcs {
					names[x] = a.mention
				}
				w := strings.Join(names, " and ")
				if sent.Len() == 0 || strings.HasSuffix(sent.String(), `" `) {
					w = capitalize(w)
				}
				sent.WriteString(w)
			case "T":
				sent.WriteString(tgt.mention)
			case "D":
				if dateText == "" {
					// No date: drop the placeholder and one space.
					if strings.HasPrefix(rest, " ") {
						rest = rest[1:]
					} else if s := sent.String(); strings.HasSuffix(s, " ") {
						sent.Reset()
						sent.WriteString(s[:len(s)-1])
					}
					continue
				}
				dateOff = sent.Len()
				sent.WriteString(dateText)
			case "charge":
				sent.WriteString(charges[rng.Intn(len(charges))])
			case "topic":
				sent.WriteString(topics[rng.Intn(len(topics))])
			case "incident":
				sent.WriteString(incidents[rng.Intn(len(incidents))])
			case "measure":
				sent.WriteString(measures[rng.Intn(len(measures))])
			case "city":
				sent.WriteString(countries[int(g.zipf.Uint64())].capital)
			case "n":
				sent.WriteString(strconv.Itoa(3 + rng.Intn(40)))
			}
		}
		s := sent.String()
		g.text.WriteString(s)
		g.text.WriteByte(' ')
		if rng.Intn(3) == 0 {
			g.text.WriteString(fillers[rng.Intn(len(fillers))])
			g.text.WriteByte(' ')
		}
		if rng.Intn(4) == 0 {
			g.text.WriteString("\n\n")
		}

		ev := extract.Event{
			ID:       id + "-" + strconv.Itoa(k+1),
			Type:     v.typ,
			Sentence: s,
			Offset:   sentStart,
			Article:  ref,
			Source:   []extract.Entity{},
			Target:   []extract.Entity{*g.ents[tgt.ent.ID]},
		}
		if et, ok := extract.LookupEventType(v.typ); ok {
			ev.Cameo, ev.Plover = et.Cameo, et.Plover
		}
		for _, a := range srcs {
			ev.Source = append(ev.Source, *g.ents[a.ent.ID])
		}
		if strings.HasPrefix(s, `"`) {
			ev.Quote = "We will not accept this"
		}
		if date != nil {
			date.Offset = sentStart + dateOff
			d := *date
			ev.Date = &d
			res.Dates = append(res.Dates, d)
		}
		res.Events = append(res.Events, ev)
		if title == "" {
			title = srcs[0].ent.Name + " " + v.title + " " + tgt.ent.Name
		}
	}
	art.Title = title
	art.Text = strings.TrimSpace(g.text.String())
	res.Article.Title = title
	// Event entity copies carry the mentions collected over the whole text.
	for _, id := range g.order {
		res.Entities = append(res.Entities, *g.ents[id])
	}
	for k := range res.Events {
		for x := range res.Events[k].Source {
			res.Events[k].Source[x].Mentions = nil
		}
		for x := range res.Events[k].Target {
			res.Events[k].Target[x].Mentions = nil
		}
	}
	return Doc{Article: art, Truth: res}
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (g *gen) pickVerb() verb {
	n := g.rng.Intn(verbTotal)
	for _, v := range verbs {
		if n < v.weight {
			return v
		}
		n -= v.weight
	}
	return verbs[0]
}

// pickActor chooses who acts or is acted on: mostly states and their
// officials (a few states dominate the news, as in real corpora), sometimes
// an organisation or armed group.
func (g *gen) pickActor() actor {
	r := g.rng.Intn(100)
	var e extract.Entity
	var mention string
	switch {
	case r < 45:
		c := countries[int(g.zipf.Uint64())]
		e = countryEntity(c)
		switch g.rng.Intn(4) {
		case 0:
			mention = c.alias
		case 1:
			mention = c.capital
		default:
			mention = c.name
			if c.iso3 == "USA" || c.iso3 == "GBR" || c.iso3 == "NLD" || c.iso3 == "ARE" || c.iso3 == "PHL" {
				mention = "the " + c.name
			}
		}
	case r < 80:
		ci := int(g.zipf.Uint64())
		ri := g.rng.Intn(len(roles))
		e = official(ci, ri)
		if g.ents[e.ID] == nil || g.rng.Intn(3) == 0 {
			mention = countries[ci].adj + " " + roles[ri] + " " + e.Name
		} else {
			mention = e.Name
		}
	default:
		o := organisations[g.rng.Intn(len(organisations))]
		e = orgEntity(o)
		mention = o.name
		if g.rng.Intn(2) == 0 {
			mention = o.alias
		}
		if e.Kind == extract.KindOrganization && !strings.HasPrefix(mention, "the ") && (o.id == "org/un" || o.id == "org/eu") {
			mention = "the " + mention
		}
	}
	cur := g.ents[e.ID]
	if cur == nil {
		cp := e
		cur = &cp
		g.ents[e.ID] = cur
		g.order = append(g.order, e.ID)
	}
	seen := false
	for _, m := range cur.Mentions {
		seen = seen || m == mention
	}
	if !seen {
		cur.Mentions = append(cur.Mentions, mention)
	}
	return actor{ent: e, mention: mention}
}

// pickDate returns a date phrase and its resolution against the publication
// date, or nil for an undated event.
func (g *gen) pickDate() (*extract.Date, string) {
	p := g.pub
	day := func(t time.Time) string { return t.Format(extract.DateLayout) }
	switch r := g.rng.Intn(100); {
	case r < 10:
		return nil, ""
	case r < 40: // on Thursday: the last such weekday before publication
		back := 1 + g.rng.Intn(6)
		t := p.AddDate(0, 0, -back)
		return &extract.Date{Text: "on " + weekdays[t.Weekday()], Value: day(t), Start: day(t), End: day(t), Granularity: extract.GranDay, Type: "DATE"}, "on " + weekdays[t.Weekday()]
	case r < 50:
		t := p.AddDate(0, 0, -1)
		return &extract.Date{Text: "yesterday", Value: day(t), Start: day(t), End: day(t), Granularity: extract.GranDay, Type: "DATE"}, "yesterday"
	case r < 60:
		t := p
		return &extract.Date{Text: "today", Value: day(t), Start: day(t), End: day(t), Granularity: extract.GranDay, Type: "DATE"}, "today"
	case r < 72: // last week: the ISO week before
		t := p.AddDate(0, 0, -7)
		mon := t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		y, w := mon.ISOWeek()
		v := fmt.Sprintf("%d-W%02d", y, w)
		return &extract.Date{Text: "last week", Value: v, Start: day(mon), End: day(mon.AddDate(0, 0, 6)), Granularity: extract.GranWeek, Type: "DATE"}, "last week"
	case r < 80: // on 12 March (this year, before publication)
		t := p.AddDate(0, 0, -(2 + g.rng.Intn(60)))
		txt := "on " + strconv.Itoa(t.Day()) + " " + t.Month().String()
		return &extract.Date{Text: txt, Value: day(t), Start: day(t), End: day(t), Granularity: extract.GranDay, Type: "DATE"}, txt
	case r < 87: // last month
		first := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -1, 0)
		return monthDate("last month", first), "last month"
	case r < 92: // in March
		first := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, -(1 + g.rng.Intn(10)), 0)
		txt := "in " + first.Month().String()
		return monthDate(txt, first), txt
	default: // in 2011
		y := p.Year() - 1 - g.rng.Intn(8)
		txt := "in " + strconv.Itoa(y)
		return &extract.Date{Text: txt, Value: strconv.Itoa(y), Start: fmt.Sprintf("%d-01-01", y), End: fmt.Sprintf("%d-12-31", y), Granularity: extract.GranYear, Type: "DATE"}, txt
	}
}

func monthDate(text string, first time.Time) *extract.Date {
	last := first.AddDate(0, 1, -1)
	return &extract.Date{Text: text, Value: first.Format("2006-01"), Start: first.Format(extract.DateLayout), End: last.Format(extract.DateLayout), Granularity: extract.GranMonth, Type: "DATE"}
}
