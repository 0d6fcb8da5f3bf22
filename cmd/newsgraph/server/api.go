package server

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/timeline"
)

// The JSON endpoints take the CLI's filters as query parameters and answer
// with the CLI's --format json shapes:
//
//	GET /api/timeline?entity=&from=&to=&type=       like `newsgraph timeline`
//	GET /api/claims?source=&target=&from=&to=&type= like `newsgraph claims`
//	GET /api/entities?kind=                         like `newsgraph entities`
//
// type takes a comma-separated list and may be repeated. A bad parameter is
// a 400 with {"error": "..."}.

func (s *Server) serveTimeline(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := onlyParams(q, "entity", "from", "to", "type"); err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	f := graph.Filter{Entity: strings.TrimSpace(q.Get("entity"))}
	s.serveEvents(w, r, f, q)
}

func (s *Server) serveClaims(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := onlyParams(q, "entity", "source", "target", "from", "to", "type"); err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	f := graph.Filter{
		Claims: true,
		Entity: strings.TrimSpace(q.Get("entity")),
		Source: strings.TrimSpace(q.Get("source")),
		Target: strings.TrimSpace(q.Get("target")),
	}
	s.serveEvents(w, r, f, q)
}

func (s *Server) serveEvents(w http.ResponseWriter, r *http.Request, f graph.Filter, q url.Values) {
	var err error
	if f.From, err = dateParam(q, "from"); err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	if f.To, err = dateParam(q, "to"); err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	if f.Types, err = typesParam(q); err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	evs, err := s.st.Events(r.Context(), f)
	if err != nil {
		jsonError(w, http.StatusInternalServerError, err.Error())
		return
	}
	timeline.Sort(evs)
	writeJSON(w, http.StatusOK, evs)
}

func (s *Server) serveEntities(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if err := onlyParams(q, "kind"); err != nil {
		jsonError(w, http.StatusBadRequest, err.Error())
		return
	}
	kind := q.Get("kind")
	switch kind {
	case "", extract.KindCountry, extract.KindPerson, extract.KindOrganization, extract.KindPlace, extract.KindGroup:
	default:
		jsonError(w, http.StatusBadRequest, fmt.Sprintf("kind %q: want country, person, organization, place or group", kind))
		return
	}
	es, err := s.st.Entities(r.Context(), kind)
	if err != nil {
		jsonError(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, es)
}

// onlyParams refuses parameters an endpoint does not know, so a typo does
// not silently return everything.
func onlyParams(q url.Values, known ...string) error {
	for k := range q {
		ok := false
		for _, n := range known {
			ok = ok || k == n
		}
		if !ok {
			return fmt.Errorf("unknown parameter %q (known: %s)", k, strings.Join(known, ", "))
		}
	}
	return nil
}

func dateParam(q url.Values, name string) (string, error) {
	v := strings.TrimSpace(q.Get(name))
	if v == "" {
		return "", nil
	}
	t, err := time.Parse(extract.DateLayout, v)
	if err != nil {
		return "", fmt.Errorf("%s %q: want a date as YYYY-MM-DD", name, v)
	}
	return t.Format(extract.DateLayout), nil
}

func typesParam(q url.Values) ([]string, error) {
	var out []string
	for _, v := range q["type"] {
		for _, t := range strings.Split(v, ",") {
			if t = strings.TrimSpace(t); t == "" {
				continue
			}
			if _, ok := extract.LookupEventType(t); !ok {
				var names []string
				for _, et := range extract.EventTypes {
					names = append(names, et.Name)
				}
				return nil, fmt.Errorf("type %q: unknown event type (known: %s)", t, strings.Join(names, ", "))
			}
			out = append(out, t)
		}
	}
	return out, nil
}
