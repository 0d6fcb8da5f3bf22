// Package extract turns one news article into the entities, dates and events
// it mentions. It never touches storage: the graph package stores what it
// returns, and the timeline package orders it.
package extract

import "time"

// Article is one news article as read from a file, a JSON record or stdin.
type Article struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title,omitempty"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published"`
	Text      string    `json:"text"`
	// Origin names where the article came from ("testdata/a.txt",
	// "feed.jsonl:12", "-") so errors can point at it. Not stored.
	Origin string `json:"-"`
}

// ArticleRef is the part of an article an event carries for provenance.
type ArticleRef struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published"` // YYYY-MM-DD
}

// Ref returns the provenance reference of the article.
func (a Article) Ref() ArticleRef {
	return ArticleRef{ID: a.ID, Title: a.Title, URL: a.URL, Source: a.Source, Published: a.Published.Format(DateLayout)}
}

// DateLayout is the ISO calendar-date layout used in every output.
const DateLayout = "2006-01-02"

// Entity kinds.
const (
	KindCountry      = "country"
	KindPerson       = "person"
	KindOrganization = "organization"
	KindPlace        = "place"
	KindGroup        = "group" // armed groups, rebels, protesters: collective non-state actors
)

// Entity is a real-world actor or place. ID is stable across articles: the
// same real entity gets the same ID wherever it is mentioned.
type Entity struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Kind        string `json:"kind"`
	Country     string `json:"country,omitempty"`     // ISO 3166-1 alpha-3 the entity is or belongs to
	Code        string `json:"code,omitempty"`        // CAMEO/Phoenix actor code, e.g. RUSGOV, IGOUNO
	Role        string `json:"role,omitempty"`        // officials: "spokesman", "foreign minister"
	Affiliation string `json:"affiliation,omitempty"` // officials: "Kremlin", "United Nations"
	// Mentions are the surface forms seen in the article ("the Kremlin",
	// "Moscow"). Only filled by the extractor, for provenance.
	Mentions []string `json:"mentions,omitempty"`
}

// Date granularities.
const (
	GranDay      = "day"
	GranWeek     = "week"
	GranWeekend  = "weekend"
	GranMonth    = "month"
	GranQuarter  = "quarter"
	GranSeason   = "season"
	GranYear     = "year"
	GranDecade   = "decade"
	GranInterval = "interval"
	GranTime     = "time"     // a clock time or part of day on a known day
	GranDuration = "duration" // a length of time, not anchored ("three years")
	GranSet      = "set"      // a recurrence ("every week")
	GranRef      = "ref"      // PAST_REF, PRESENT_REF, FUTURE_REF
)

// Date is a time expression as written and as resolved against the
// publication date. Start and End are inclusive ISO calendar dates of the
// interval it denotes; they are empty for durations, sets and vague
// references that denote no interval.
type Date struct {
	Text        string `json:"text"`
	Value       string `json:"value"` // TIMEX3 value: 2016-09-22, 2016-W38, 2016-09, 2011, P3D, PAST_REF
	Start       string `json:"start,omitempty"`
	End         string `json:"end,omitempty"`
	Granularity string `json:"granularity"`
	Type        string `json:"type,omitempty"` // TIMEX3 type: DATE, TIME, DURATION, SET
	Mod         string `json:"mod,omitempty"`  // TIMEX3 mod: START, END, APPROX, BEFORE, AFTER...
	// Offset is the byte offset of Text in the article text.
	Offset int `json:"offset"`
}

// Event is something an actor did or said, CAMEO/PLOVER-coded. Claims are
// the verbal events (say, accuse, criticize, condemn, deny, report...).
type Event struct {
	ID     string   `json:"id"`
	Type   string   `json:"type"`             // lower-case verb class: accuse, condemn, attack...
	Cameo  string   `json:"cameo"`            // CAMEO code, "112" for accuse
	Plover string   `json:"plover,omitempty"` // PLOVER category: DISAPPROVE, ASSAULT...
	Source []Entity `json:"source"`
	Target []Entity `json:"target"`
	// Date is when the event happened or the claim was made; nil when the
	// text gives no date for it.
	Date *Date `json:"date"`
	// DateFrom says where Date comes from: DateFromText ("text") when
	// the event's own sentence gives it, DateFromContext ("context") or
	// DateFromPublication ("publication") when it is inferred for an
	// event whose sentence gives none (InferDates); empty when Date is nil.
	DateFrom string `json:"date_from,omitempty"`
	// About is the date of what a claim is about, where the text gives it
	// apart from the claim's own date.
	About    *Date  `json:"about,omitempty"`
	Negated  bool   `json:"negated,omitempty"`
	Sentence string `json:"sentence"`
	Quote    string `json:"quote,omitempty"`
	// Offset is the byte offset of Sentence in the article text.
	Offset int `json:"offset"`
	// TriggerStart and TriggerEnd delimit, in bytes of the article text,
	// the words that name the act (the verb, or light verb and noun). For
	// evaluation against annotated corpora; not in the JSON output.
	TriggerStart int        `json:"-"`
	TriggerEnd   int        `json:"-"`
	Article      ArticleRef `json:"article"`
	// Articles lists every article that reports this same event, when the
	// store merged reports from several articles. Empty from the extractor.
	Articles []ArticleRef `json:"articles,omitempty"`
}

// Result is everything extracted from one article.
type Result struct {
	Article  ArticleRef `json:"article"`
	Entities []Entity   `json:"entities"`
	Dates    []Date     `json:"dates"`
	Events   []Event    `json:"events"`
}
