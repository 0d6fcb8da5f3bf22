package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"

	"github.com/cayleygraph/cayley/query"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
)

// serveQuery answers /api/v2/query like Cayley's handler (same parameters,
// same {"result": [...]} and {"error": "..."} answers, JSON-LD when asked
// for) but enforces query.limit itself: Cayley passes the limit to the
// session, and Gizmo's getLimit(n) — or getLimit(0) — replaces it, so a
// query could otherwise return the whole store. Languages without a
// session (answered by their own HTTP handler) go to Cayley's handler.
func (s *Server) serveQuery(api2 http.Handler) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodPost {
			jsonError(w, http.StatusMethodNotAllowed, "use GET (?qu=) or POST (query as the body)")
			return
		}
		lang := r.URL.Query().Get("lang")
		if lang == "" {
			jsonError(w, http.StatusBadRequest, "query language not specified (?lang=gizmo)")
			return
		}
		l := query.GetLanguage(lang)
		if l == nil {
			jsonError(w, http.StatusBadRequest, "unknown query language "+lang)
			return
		}
		if l.Session == nil || l.HTTPQuery != nil {
			api2.ServeHTTP(w, r)
			return
		}
		var text string
		if r.Method == http.MethodGet {
			text = r.URL.Query().Get("qu")
		} else {
			data, err := io.ReadAll(r.Body)
			if err != nil {
				jsonError(w, http.StatusRequestEntityTooLarge, "reading query: "+err.Error())
				return
			}
			text = string(data)
		}
		if strings.TrimSpace(text) == "" {
			jsonError(w, http.StatusBadRequest, "query is empty")
			return
		}
		opt := query.Options{Collation: query.JSON, Limit: s.opt.QueryLimit}
		if specs := cayleyhttp.ParseAccept(r.Header, "Accept"); len(specs) != 0 && specs[0].Value == "application/ld+json" {
			opt.Collation = query.JSONLD
		}
		ctx, cancel := context.WithTimeout(r.Context(), s.opt.QueryTimeout)
		defer cancel()
		it, err := l.Session(s.st.QuadStore()).Execute(ctx, text, opt)
		if err != nil {
			jsonError(w, http.StatusBadRequest, err.Error())
			return
		}
		out := []any{}
		for len(out) < s.opt.QueryLimit && it.Next(ctx) {
			out = append(out, it.Result())
		}
		err = it.Err()
		it.Close()
		if err != nil {
			jsonError(w, http.StatusBadRequest, err.Error())
			return
		}
		ct := "application/json"
		if opt.Collation == query.JSONLD {
			ct = "application/ld+json"
		}
		w.Header().Set("Content-Type", ct)
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.Encode(map[string]any{"result": out})
	}
}
