// Package graph stores extraction results as quads in a Cayley quad store
// and answers timeline, claim and entity queries over them. Every quad an
// article produces carries the article's IRI as its label, so an article
// can be replaced or removed exactly.
package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"net/url"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"
)

// Node IRI scheme. IDs are path-escaped so any article id or URL makes a
// valid IRI.
const (
	articlePrefix = "article/"
	entityPrefix  = "entity/"
	eventPrefix   = "event/"
	datePrefix    = "date/"
)

// Predicates. The vocabulary is documented in README.md ("Graph model").
var (
	PredType        = quad.IRI("rdf:type")
	PredName        = quad.IRI("ng:name")
	PredKind        = quad.IRI("ng:kind")
	PredCountry     = quad.IRI("ng:country")     // entity → ISO3 code literal
	PredCountryNode = quad.IRI("ng:in_country")  // entity → country entity node
	PredCode        = quad.IRI("ng:code")        // entity → CAMEO actor code
	PredRole        = quad.IRI("ng:role")        // official → role
	PredAffiliation = quad.IRI("ng:affiliation") // official → affiliation
	PredAlias       = quad.IRI("ng:alias")       // entity → surface form seen in text
	PredMentions    = quad.IRI("ng:mentions")    // article → entity
	PredTitle       = quad.IRI("ng:title")       // article → title
	PredURL         = quad.IRI("ng:url")         // article → URL
	PredPublisher   = quad.IRI("ng:publisher")   // article → source name
	PredPublished   = quad.IRI("ng:published")   // article → YYYY-MM-DD
	PredID          = quad.IRI("ng:id")          // article → its id
	PredEventType   = quad.IRI("ng:event_type")  // event → verb class
	PredCameo       = quad.IRI("ng:cameo")       // event → CAMEO code
	PredPlover      = quad.IRI("ng:plover")      // event → PLOVER category
	PredSource      = quad.IRI("ng:source")      // event → entity doing or saying
	PredTarget      = quad.IRI("ng:target")      // event → entity acted on
	PredDate        = quad.IRI("ng:date")        // event → date node
	PredAbout       = quad.IRI("ng:about_date")  // event → date node of what a claim is about
	PredDateText    = quad.IRI("ng:date_text")   // event → date phrase as written
	// PredDateFrom says where an event's ng:date comes from: "text" (its
	// sentence), "context" or "publication" (inferred for an event whose
	// sentence gives no date; see extract.InferDates).
	PredDateFrom    = quad.IRI("ng:date_from")   // event → text, context or publication
	PredStart       = quad.IRI("ng:start")       // event or date node → first day (YYYY-MM-DD)
	PredEnd         = quad.IRI("ng:end")         // event or date node → last day (YYYY-MM-DD)
	PredGranularity = quad.IRI("ng:granularity") // date node → day, week, month...
	PredValue       = quad.IRI("ng:value")       // date node → TIMEX3 value
	PredSentence    = quad.IRI("ng:sentence")    // event → sentence
	PredQuote       = quad.IRI("ng:quote")       // event → quoted words
	PredOffset      = quad.IRI("ng:offset")      // event → byte offset of the sentence
	PredNegated     = quad.IRI("ng:negated")     // event → true when the act is denied or negated
	PredArticle     = quad.IRI("ng:article")     // event → article
	// PredRecord holds an event's timeline fields as one JSON literal, so
	// bulk reads cost one quad per event (see record.go).
	PredRecord = quad.IRI("ng:record") // event → JSON record
	// Date buckets, for fast date-range queries (see docs/scale.md): an
	// event whose date interval spans at most MaxMonthBuckets months links
	// to every month it overlaps; a longer one links to every year instead.
	PredInMonth = quad.IRI("ng:in_month") // event → <month/YYYY-MM>
	PredInYear  = quad.IRI("ng:in_year")  // event → <year/YYYY>; entity month → year bucket
	// Entity timeline buckets, for the latest events of a busy entity: a
	// dated event links to <timeline/ENTITY/YYYY-MM> of its start, for each
	// entity it involves, and that month bucket to its year,
	// <timeline/ENTITY/YYYY-MM> <ng:in_year> <timeline/ENTITY/YYYY>.
	PredInTimeline = quad.IRI("ng:in_timeline") // event → entity month bucket
	// Pair index, for fast who-did-what-to-whom tables: next to every
	// direct edge <S> <ng:accused> <T>, an article writes
	// <pairs/accused> <ng:pair> <pair/accused/S-id/T-id>, so all pairs of an
	// edge class are one (subject, predicate) index range.
	PredPair = quad.IRI("ng:pair") // pairs hub → pair node
)

// Predicates lists every fixed predicate the store writes (the direct edges
// come on top, one per event class: see EdgePredicate).
var Predicates = []quad.IRI{
	PredType, PredName, PredKind, PredCountry, PredCountryNode, PredCode, PredRole,
	PredAffiliation, PredAlias, PredMentions, PredTitle, PredURL, PredPublisher,
	PredPublished, PredID, PredEventType, PredCameo, PredPlover, PredSource,
	PredTarget, PredDate, PredAbout, PredDateText, PredDateFrom, PredStart, PredEnd,
	PredGranularity, PredValue, PredSentence, PredQuote, PredOffset, PredNegated,
	PredArticle, PredRecord, PredInMonth, PredInYear, PredInTimeline, PredPair,
}

// PairsIRI is the hub node of the pairs of one direct edge class
// ("accused").
func PairsIRI(edge string) quad.IRI { return quad.IRI("pairs/" + edge) }

// PairIRI is the node of one (source, target) pair of an edge class; the
// entity ids are path-escaped, so "/" inside them becomes %2F.
func PairIRI(edge, source, target string) quad.IRI {
	return quad.IRI("pair/" + edge + "/" + url.PathEscape(source) + "/" + url.PathEscape(target))
}

// parsePairIRI returns the entity ids of a pair node.
func parsePairIRI(iri quad.IRI) (source, target string, ok bool) {
	parts := strings.Split(string(iri), "/")
	if len(parts) != 4 || parts[0] != "pair" {
		return "", "", false
	}
	s, err1 := url.PathUnescape(parts[2])
	t, err2 := url.PathUnescape(parts[3])
	return s, t, err1 == nil && err2 == nil
}

// MaxMonthBuckets is the longest date interval, in calendar months, that is
// linked to month buckets; longer ones are linked to year buckets.
const MaxMonthBuckets = 12

// MonthIRI is the bucket node of a calendar month, "2016-09".
func MonthIRI(month string) quad.IRI { return quad.IRI("month/" + month) }

// TimelineIRI is the bucket node of an entity's events that start in a
// period: a year ("2016") or a month ("2016-09"); the entity id is
// path-escaped ("timeline/country%2FUSA/2016-09"). Years after
// LastTimelineYear share the period "later".
func TimelineIRI(entity, period string) quad.IRI {
	return quad.IRI("timeline/" + url.PathEscape(entity) + "/" + period)
}

// FirstTimelineYear and LastTimelineYear bound the years whose entity
// timeline buckets a reader probes one by one.
const (
	FirstTimelineYear = 1900
	LastTimelineYear  = 2199
)

// timelinePeriods are the year and month buckets of a start date
// (YYYY-MM-DD); none for a malformed one.
func timelinePeriods(start string) (year, month string, ok bool) {
	if len(start) < 7 || start[4] != '-' {
		return "", "", false
	}
	y, err := strconv.Atoi(start[:4])
	if err != nil || y < 0 {
		return "", "", false
	}
	if y > LastTimelineYear {
		return "later", "", true
	}
	return start[:4], start[:7], true
}

// YearIRI is the bucket node of a calendar year, "2016".
func YearIRI(year string) quad.IRI { return quad.IRI("year/" + year) }

// Classes, the objects of rdf:type.
var (
	ClassArticle = quad.IRI("ng:Article")
	ClassEntity  = quad.IRI("ng:Entity")
	ClassEvent   = quad.IRI("ng:Event")
	ClassDate    = quad.IRI("ng:Date")
)

// EdgePredicate is the direct edge drawn from source to target for an event
// class, e.g. <ng:accused>.
func EdgePredicate(edge string) quad.IRI { return quad.IRI("ng:" + edge) }

// ArticleIRI is the node, and the quad label, of an article.
func ArticleIRI(id string) quad.IRI { return quad.IRI(articlePrefix + url.PathEscape(id)) }

// EntityIRI is the node of an entity; entity ids are already path-like
// ("country/RUS"), so only characters unsafe in an IRI are escaped.
func EntityIRI(id string) quad.IRI { return quad.IRI(entityPrefix + escapePath(id)) }

// EventIRI is the node of an event.
func EventIRI(id string) quad.IRI { return quad.IRI(eventPrefix + url.PathEscape(id)) }

// DateIRI is the node of a resolved date, one per TIMEX3 value.
func DateIRI(value string) quad.IRI { return quad.IRI(datePrefix + url.PathEscape(value)) }

func escapePath(id string) string {
	parts := strings.Split(id, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

func unescapeIRI(iri quad.IRI, prefix string) string {
	s := strings.TrimPrefix(string(iri), prefix)
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

// hashID is a short stable identifier for content without an id of its own.
func hashID(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}
