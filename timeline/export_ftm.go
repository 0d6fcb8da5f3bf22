package timeline

import (
	"encoding/json"
	"io"
	"sort"
	"strings"

	"golang.org/x/text/language"

	"github.com/newsgraph/newsgraph/extract"
)

// FollowTheMoney (https://followthemoney.tech/explorer/) entities for
// Aleph, one JSON object per line. The mapping:
//
//	person        → Person (position: role and affiliation)
//	organization  → Organization
//	group         → Organization (FtM has no schema for armed or protest groups)
//	country       → PublicBody: a country acting in the news is its state
//	                (FtM has no Country schema); country and jurisdiction
//	                hold its ISO 3166-1 alpha-2 code, as FtM's country type wants
//	place         → Address (full: the name)
//	event         → Event: organizer = sources, involved = targets,
//	                location = places among them, proof = articles
//	article       → Article
//
// Dates keep their granularity with FtM's partial dates: a day is date
// 2016-09-26, a month 2016-09, a year 2011; a week, weekend or other
// interval sets startDate and endDate. The phrase as written is in the
// Event's description.

// FtMEntity is one FollowTheMoney entity.
type FtMEntity struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
}

func (e *FtMEntity) add(prop string, vals ...string) {
	for _, v := range vals {
		if v == "" {
			continue
		}
		dup := false
		for _, have := range e.Properties[prop] {
			dup = dup || have == v
		}
		if !dup {
			e.Properties[prop] = append(e.Properties[prop], v)
		}
	}
}

// FtMEntityID is the FtM id of a newsgraph entity, event or article.
func FtMEntityID(kind, id string) string { return "newsgraph-" + kind + "-" + slug(id) }

// ISO2 converts an ISO 3166-1 alpha-3 code to the lower-case alpha-2 code
// FtM uses ("RUS" → "ru"); "" when unknown.
func ISO2(iso3 string) string {
	if len(iso3) == 2 {
		return strings.ToLower(iso3)
	}
	r, err := language.ParseRegion(iso3)
	if err != nil || !r.IsCountry() {
		return ""
	}
	return strings.ToLower(r.String())
}

// FtMSchemaOf is the FtM schema an entity kind maps to.
func FtMSchemaOf(kind string) string {
	switch kind {
	case extract.KindPerson:
		return "Person"
	case extract.KindOrganization, extract.KindGroup:
		return "Organization"
	case extract.KindCountry:
		return "PublicBody"
	case extract.KindPlace:
		return "Address"
	}
	return "LegalEntity"
}

func ftmEntity(e extract.Entity) FtMEntity {
	f := FtMEntity{ID: FtMEntityID("entity", e.ID), Schema: FtMSchemaOf(e.Kind), Properties: map[string][]string{}}
	c := ISO2(e.Country)
	switch f.Schema {
	case "Address":
		f.add("full", e.Name)
		f.add("country", c)
		f.add("name", e.Name)
		return f
	case "PublicBody":
		f.add("jurisdiction", c)
	case "Person":
		pos := e.Role
		if e.Affiliation != "" {
			if pos != "" {
				pos += ", "
			}
			pos += e.Affiliation
		}
		f.add("position", pos)
		f.add("nationality", c)
	}
	f.add("name", e.Name)
	f.add("country", c)
	f.add("alias", e.Mentions...)
	if e.Kind == extract.KindGroup {
		f.add("keywords", "group")
	}
	if e.Code != "" {
		f.add("keywords", "CAMEO:"+e.Code)
	}
	return f
}

func ftmArticle(a extract.ArticleRef) FtMEntity {
	f := FtMEntity{ID: FtMEntityID("article", a.ID), Schema: "Article", Properties: map[string][]string{}}
	name := a.Title
	if name == "" {
		name = a.ID
	}
	f.add("title", name)
	f.add("publishedAt", a.Published)
	f.add("sourceUrl", a.URL)
	f.add("publisher", a.Source)
	return f
}

// ftmDate sets the date properties of an event with its granularity.
func ftmDate(f *FtMEntity, d *extract.Date) {
	sp, ok := SpanOf(d)
	if !ok {
		return
	}
	switch {
	case sp.Days() == 1:
		f.add("date", sp.Start.Format(extract.DateLayout))
	case yearAligned(sp) && sp.Start.Year() == sp.End.Year():
		f.add("date", sp.Start.Format("2006"))
	case monthAligned(sp) && sp.Start.Year() == sp.End.Year() && sp.Start.Month() == sp.End.Month():
		f.add("date", sp.Start.Format("2006-01"))
	default:
		f.add("startDate", sp.Start.Format(extract.DateLayout))
		f.add("endDate", sp.End.Format(extract.DateLayout))
	}
}

// FtMEntities converts events, their actors and their articles to FtM
// entities: actors and articles once each, sorted by id, then the events
// in the order given.
func FtMEntities(events []extract.Event) []FtMEntity {
	actors := map[string]FtMEntity{}
	articles := map[string]FtMEntity{}
	var evs []FtMEntity
	for _, e := range events {
		f := FtMEntity{ID: FtMEntityID("event", e.ID), Schema: "Event", Properties: map[string][]string{}}
		f.add("name", Headline(e))
		f.add("summary", e.Sentence)
		desc := e.Sentence
		if e.Quote != "" {
			desc += "\n\n“" + e.Quote + "”"
		}
		// FtM has no field for where a date comes from, so an inferred
		// date says so in the description instead of passing for the
		// sentence's own.
		if n := InferredNote(e); n != "" {
			desc += "\n\nDate " + n
			if dd := DisplayDate(e.Date); dd != "" {
				desc += ", " + dd
			}
		} else if n := DateNote(e.Date); n != "" {
			desc += "\n\nDate as written: " + n
			if dd := DisplayDate(e.Date); dd != "" {
				desc += ", " + dd
			}
		}
		if a := AboutNote(e); a != "" {
			desc += "\n\nAbout: " + a
		}
		if e.Negated {
			desc += "\n\nNegated: the text says this did not happen."
		}
		f.add("description", desc)
		ftmDate(&f, e.Date)
		f.add("recordId", e.ID)
		f.add("keywords", e.Type, e.Plover)
		if e.Cameo != "" {
			f.add("keywords", "CAMEO:"+e.Cameo)
		}
		for side, list := range map[string][]extract.Entity{"organizer": e.Source, "involved": e.Target} {
			for _, a := range list {
				fa := ftmEntity(a)
				if prev, ok := actors[fa.ID]; ok {
					for k, v := range fa.Properties {
						prev.add(k, v...)
					}
				} else {
					actors[fa.ID] = fa
				}
				if fa.Schema == "Address" {
					f.add("location", a.Name)
				} else {
					f.add(side, fa.ID)
				}
				f.add("country", ISO2(a.Country))
			}
		}
		for _, a := range Reports(e) {
			fa := ftmArticle(a)
			articles[fa.ID] = fa
			f.add("proof", fa.ID)
			f.add("sourceUrl", a.URL)
			f.add("publisher", a.Source)
		}
		for _, k := range []string{"organizer", "involved", "country"} {
			sort.Strings(f.Properties[k])
		}
		evs = append(evs, f)
	}
	var out []FtMEntity
	for _, m := range []map[string]FtMEntity{actors, articles} {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			out = append(out, m[k])
		}
	}
	return append(out, evs...)
}

// WriteFtM writes the events as FollowTheMoney entities, one per line, for
// `ftm store write` or `alephclient write-entities`.
func WriteFtM(w io.Writer, events []extract.Event) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, f := range FtMEntities(events) {
		if err := enc.Encode(f); err != nil {
			return err
		}
	}
	return nil
}
