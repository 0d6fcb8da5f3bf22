package extract

import (
	"sort"
	"strings"
	"time"
)

// Where an event's date comes from (Event.DateFrom).
const (
	// DateFromText: the event's own sentence gives the date.
	DateFromText = "text"
	// DateFromContext: the sentence gives none; the date is one another
	// sentence of the article names (for story-day, the first day named
	// in the week up to publication).
	DateFromContext = "context"
	// DateFromPublication: the sentence gives none; the date is the
	// article's publication date.
	DateFromPublication = "publication"
)

// Context policies: how InferDates dates an event whose own sentence gives
// it no date. eval anchors measures every one of them (ContextPolicies).
const (
	// PolicyNone leaves such events undated.
	PolicyNone = "none"
	// PolicyPublication: the publication date.
	PolicyPublication = "publication"
	// PolicyPrevEvent: the date of the nearest preceding event with a
	// date from the text.
	PolicyPrevEvent = "previous-event"
	// PolicyPrevEventPara: the same, within the paragraph only.
	PolicyPrevEventPara = "previous-event-paragraph"
	// PolicyPrevEventPast: the same, only for a simple past continuing
	// a simple past.
	PolicyPrevEventPast = "previous-event-past"
	// PolicyPrevDate: the nearest calendar date expression of an earlier
	// sentence.
	PolicyPrevDate = "previous-date"
	// PolicyPrevDatePara: the same, within the paragraph only.
	PolicyPrevDatePara = "previous-date-paragraph"
	// PolicyTense: present, present perfect → publication date; simple
	// past → the previous dated event's date; anything else (future,
	// modal, infinitive, past perfect, noun) → none.
	PolicyTense = "tense"
	// PolicyTensePub: PolicyTense, with the publication date for a simple
	// past when no earlier event is dated.
	PolicyTensePub = "tense-publication"
	// PolicyTensePara: PolicyTense with the previous event in the same
	// paragraph only.
	PolicyTensePara = "tense-paragraph"
	// PolicyPresent: present and present perfect → publication date only.
	PolicyPresent = "present"
	// PolicyReportPub: the publication date for reporting verbs (say,
	// tell, add...) in the present or simple past only.
	PolicyReportPub = "reporting-publication"
	// PolicyStoryDayAll: the story's day, the first day (or time of a day)
	// the article names in the week up to its publication (the lede's
	// "said Friday"), else the publication date.
	PolicyStoryDayAll = "story-day-all"
	// PolicyStoryDayReport: the story's day for reporting verbs in the
	// present or simple past only.
	PolicyStoryDayReport = "story-day-reporting"
	// PolicyStoryDayTense: the story's day for the present, present
	// perfect and simple past; none for anything else.
	PolicyStoryDayTense = "story-day-tense"
	// PolicyStoryDaySilent: PolicyStoryDayTense only in a sentence that
	// names no date at all (a date the attachment rules gave no event of
	// the sentence is not overruled from context).
	PolicyStoryDaySilent = "story-day-silent"
	// PolicyStoryDayGuarded: PolicyStoryDaySilent, but an act other than
	// a statement only when the last date named earlier in its paragraph
	// (if any) lies in the week up to publication: a paragraph that has
	// moved to another time ("In 2014, Russia annexed Crimea. Ukraine
	// denounced the annexation.") keeps its acts undated. Plain
	// statements (CAMEO 01x: said, told, added) are the reporting of the
	// story's day.
	PolicyStoryDayGuarded = "story-day"
	// PolicyStoryDay is the policy users choose by the name "story-day"
	// (config extract.context_dates, flag --context-dates).
	PolicyStoryDay = PolicyStoryDayGuarded
	// PolicyPublicationSilent: the publication date, only in a sentence
	// that names no date at all.
	PolicyPublicationSilent = "publication-silent"
)

// ContextPolicies lists the policies InferDates knows, in the order eval
// anchors prints them.
var ContextPolicies = []string{PolicyPublication, PolicyPrevEvent, PolicyPrevEventPara, PolicyPrevEventPast,
	PolicyPrevDate, PolicyPrevDatePara, PolicyTense, PolicyTensePub, PolicyTensePara, PolicyPresent, PolicyReportPub,
	PolicyStoryDayAll, PolicyStoryDayReport, PolicyStoryDayTense, PolicyStoryDaySilent, PolicyStoryDayGuarded, PolicyPublicationSilent}

// UserPolicy returns the policy of a user-facing name: "none" or
// "story-day".
func UserPolicy(name string) (string, bool) {
	switch name {
	case "none", "":
		return PolicyNone, true
	case "story-day":
		return PolicyStoryDay, true
	}
	return "", false
}

// Tenses of an event's trigger (eventTense).
const (
	tensePast        = "past"         // said, attacked, was attacked
	tensePresent     = "present"      // says, is fighting, are accused
	tensePerfect     = "perfect"      // has said, have been accepted
	tensePastPerfect = "past-perfect" // had said
	tenseIrrealis    = "irrealis"     // will say, would meet, to meet, could attack
	tenseOther       = "other"        // a noun (the visit), a bare participle (supporting)
)

// InferDates dates, by policy p, the events of res whose own sentence
// gives no date (Date nil), and marks every date with its source:
// DateFromText for the dates the text gives, DateFromContext or
// DateFromPublication for the inferred ones. text is the article text the
// result was extracted from. Event IDs are left as they are (an inferred
// date never merges reports of two articles).
func InferDates(res *Result, text string, p string) {
	evs := res.Events
	for i := range evs {
		if evs[i].Date != nil && evs[i].DateFrom == "" {
			evs[i].DateFrom = DateFromText
		}
	}
	if p == "" || p == PolicyNone {
		return
	}
	// text order of the events (extraction order is by sentence; within
	// a sentence it follows the coder)
	order := make([]int, len(evs))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		ea, eb := &evs[order[a]], &evs[order[b]]
		if ea.Offset != eb.Offset {
			return ea.Offset < eb.Offset
		}
		return ea.TriggerStart < eb.TriggerStart
	})
	var pub *Date
	if res.Article.Published != "" {
		v := res.Article.Published
		pub = &Date{Value: v, Start: v, End: v, Granularity: GranDay, Type: "DATE", Offset: -1}
	}
	story, storyFrom := pub, DateFromPublication
	week := ""
	if pt, err := time.Parse(DateLayout, res.Article.Published); err == nil {
		week = pt.AddDate(0, 0, -7).Format(DateLayout)
		for i := range res.Dates {
			d := &res.Dates[i]
			if (d.Granularity == GranDay || d.Granularity == GranTime) && d.Start >= week && d.Start <= res.Article.Published {
				story, storyFrom = d, DateFromContext
				break
			}
		}
	}
	type prior struct {
		date  *Date
		off   int
		tense string
	}
	var prev *prior // the last event dated by the text, in text order
	for _, i := range order {
		ev := &evs[i]
		if ev.DateFrom == DateFromText && ev.Date.Start != "" {
			prev = &prior{date: ev.Date, off: ev.Offset, tense: eventTense(text, *ev)}
			continue
		}
		if ev.Date != nil {
			continue
		}
		tense := eventTense(text, *ev)
		samePara := prev != nil && paragraphOf(text, prev.off) == paragraphOf(text, ev.Offset)
		var d *Date
		from := DateFromContext
		switch p {
		case PolicyPublication:
			d, from = pub, DateFromPublication
		case PolicyPrevEvent:
			if prev != nil {
				d = prev.date
			}
		case PolicyPrevEventPara:
			if samePara {
				d = prev.date
			}
		case PolicyPrevEventPast:
			if prev != nil && tense == tensePast && prev.tense == tensePast {
				d = prev.date
			}
		case PolicyPrevDate, PolicyPrevDatePara:
			if c := previousDate(res.Dates, ev.Offset); c != nil && (p == PolicyPrevDate || paragraphOf(text, c.Offset) == paragraphOf(text, ev.Offset)) {
				d = c
			}
		case PolicyTense, PolicyTensePub, PolicyTensePara:
			switch tense {
			case tensePresent, tensePerfect:
				d, from = pub, DateFromPublication
			case tensePast:
				if prev != nil && (p != PolicyTensePara || samePara) {
					d = prev.date
				} else if p == PolicyTensePub {
					d, from = pub, DateFromPublication
				}
			}
		case PolicyPresent:
			if tense == tensePresent || tense == tensePerfect {
				d, from = pub, DateFromPublication
			}
		case PolicyReportPub:
			if t, ok := LookupEventType(ev.Type); ok && t.Claim && (tense == tensePresent || tense == tensePast) {
				d, from = pub, DateFromPublication
			}
		}
		isClaim := false
		if t, ok := LookupEventType(ev.Type); ok {
			isClaim = t.Claim
		}
		switch p {
		case PolicyStoryDayAll:
			d, from = story, storyFrom
		case PolicyStoryDayReport:
			if isClaim && (tense == tensePresent || tense == tensePast) {
				d, from = story, storyFrom
			}
		case PolicyStoryDayTense:
			if tense == tensePresent || tense == tensePerfect || tense == tensePast {
				d, from = story, storyFrom
			}
		case PolicyStoryDaySilent:
			if (tense == tensePresent || tense == tensePerfect || tense == tensePast) && silent(res.Dates, *ev) {
				d, from = story, storyFrom
			}
		case PolicyStoryDayGuarded:
			if (tense == tensePresent || tense == tensePerfect || tense == tensePast) && silent(res.Dates, *ev) {
				c := previousDate(res.Dates, ev.Offset)
				if strings.HasPrefix(ev.Cameo, "01") || c == nil || paragraphOf(text, c.Offset) != paragraphOf(text, ev.Offset) ||
					c.End >= week && c.Start <= res.Article.Published {
					d, from = story, storyFrom
				}
			}
		case PolicyPublicationSilent:
			if silent(res.Dates, *ev) {
				d, from = pub, DateFromPublication
			}
		}
		if d != nil {
			dd := *d
			ev.Date, ev.DateFrom = &dd, from
		}
	}
}

// silent reports whether the sentence of ev names no date, vague
// references (PAST_REF...) and sets aside.
func silent(dates []Date, ev Event) bool {
	for _, d := range dates {
		if d.Offset >= ev.Offset && d.Offset < ev.Offset+len(ev.Sentence) && d.Granularity != GranRef && d.Granularity != GranSet {
			return false
		}
	}
	return true
}

// previousDate returns the last calendar date (a day, week, month, year...,
// not a duration, set or vague reference) that starts before the sentence
// at offset.
func previousDate(dates []Date, offset int) *Date {
	var best *Date
	for i := range dates {
		d := &dates[i]
		if d.Offset >= offset {
			break
		}
		if d.Start != "" && d.Granularity != GranRef && d.Granularity != GranDuration && d.Granularity != GranSet {
			best = d
		}
	}
	return best
}

// paragraphOf returns the number of blank lines before offset in text.
func paragraphOf(text string, offset int) int {
	if offset > len(text) {
		offset = len(text)
	}
	n := 0
	s := text[:offset]
	for {
		i := strings.Index(s, "\n")
		if i < 0 {
			return n
		}
		s = s[i+1:]
		j := 0
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r') {
			j++
		}
		if j < len(s) && s[j] == '\n' {
			n++
			s = s[j:]
		}
	}
}

// presentAux, pastAux and irrealisAux are the auxiliaries that tell an
// event's tense; skipWords may stand between them and the verb.
var (
	presentAux  = map[string]bool{"is": true, "are": true, "am": true, "'re": true, "do": true, "does": true}
	pastAux     = map[string]bool{"was": true, "were": true, "did": true}
	perfectAux  = map[string]bool{"has": true, "have": true, "'ve": true}
	irrealisAux = map[string]bool{"will": true, "would": true, "shall": true, "'ll": true, "may": true, "might": true,
		"could": true, "should": true, "must": true, "can": true, "to": true, "wo": true, "ca": true}
	skipWords = map[string]bool{"not": true, "n't": true, "never": true, "also": true, "already": true, "just": true,
		"been": true, "being": true, "be": true, "still": true, "now": true, "since": true, "repeatedly": true}
	// nounMarks before a trigger make it a noun: "the visit", "its attack"
	nounMarks = map[string]bool{"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true,
		"our": true, "this": true, "that": true, "of": true, "in": true, "for": true, "after": true, "before": true,
		"'s": true, "s": true, "’s": true}
)

// eventTense classifies the tense of an event's trigger from the trigger
// and the words before it in its clause.
func eventTense(text string, ev Event) string {
	if ev.TriggerEnd <= ev.TriggerStart || ev.TriggerEnd > len(text) || ev.Offset > ev.TriggerStart {
		return tenseOther
	}
	tw := tokenize(text[ev.TriggerStart:ev.TriggerEnd], ev.TriggerStart)
	if len(tw) == 0 {
		return tenseOther
	}
	w := tw[0].low
	before := tokenize(text[ev.Offset:ev.TriggerStart], ev.Offset)
	sawBeen := false
	for k := len(before) - 1; k >= 0 && k >= len(before)-5; k-- {
		t := before[k].low
		switch {
		case irrealisAux[t]:
			return tenseIrrealis
		case t == "had" || t == "'d":
			return tensePastPerfect
		case perfectAux[t]:
			return tensePerfect
		case t == "'s" && sawBeen:
			return tensePerfect
		case presentAux[t]:
			return tensePresent
		case pastAux[t]:
			return tensePast
		case nounMarks[t] && k == len(before)-1:
			return tenseOther
		case t == "been":
			sawBeen = true
		case skipWords[t] || strings.HasSuffix(t, "ly"):
		default:
			k = -1 // another word: the trigger has no auxiliary
		}
	}
	switch {
	case irregularPast[w] || strings.HasSuffix(w, "ed"):
		return tensePast
	case strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ion") || strings.HasSuffix(w, "ment"):
		return tenseOther
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return tensePresent
	case presentBase[w]:
		return tensePresent
	}
	return tenseOther
}

// presentBase are base forms of speech and stance verbs that, as the
// trigger without an auxiliary, are a plural present ("exiles say").
var presentBase = map[string]bool{"say": true, "allege": true, "deny": true, "accuse": true, "claim": true,
	"insist": true, "warn": true, "urge": true, "demand": true, "reject": true, "argue": true, "believe": true,
	"tell": true, "contend": true, "charge": true, "condemn": true, "criticize": true, "praise": true}
