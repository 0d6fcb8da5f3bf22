// Package server is the HTTP side of `newsgraph serve`: Cayley's web UI and
// its v2 API over the newsgraph store, the Query Shape route the UI posts to,
// and newsgraph's own timeline and accusation-network pages with the JSON
// endpoints they read. Everything it serves is embedded in the binary.
package server

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/timeline"
)

//go:embed web
var webFS embed.FS

// Options configure a Server. The zero value is a read-only server with
// the defaults below.
type Options struct {
	// ReadOnly refuses every write: Cayley's write and delete routes are
	// not even registered.
	ReadOnly bool
	// Token, when set, must be sent as "Authorization: Bearer TOKEN" with
	// every write. Listen refuses a writable server on a non-loopback
	// address without one.
	Token string
	// MaxBody caps request bodies, in bytes (default 1 MiB).
	MaxBody int64
	// QueryTimeout stops a Gizmo query (default 30s); QueryLimit caps its
	// results (default 10000).
	QueryTimeout time.Duration
	QueryLimit   int
	// Log receives one line per request at debug level, and errors.
	Log *slog.Logger
}

// Defaults for Options fields left zero.
const (
	DefaultMaxBody      = 1 << 20
	DefaultQueryTimeout = 30 * time.Second
	DefaultQueryLimit   = 10000
	DefaultAddr         = "127.0.0.1:64210"
)

// Server serves one store.
type Server struct {
	st      *graph.Store
	opt     Options
	handler http.Handler
}

// New builds the HTTP handler tree for st.
func New(st *graph.Store, opt Options) (*Server, error) {
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	if opt.QueryTimeout <= 0 {
		opt.QueryTimeout = DefaultQueryTimeout
	}
	if opt.QueryLimit <= 0 {
		opt.QueryLimit = DefaultQueryLimit
	}
	if opt.Log == nil {
		opt.Log = slog.New(slog.DiscardHandler)
	}
	s := &Server{st: st, opt: opt}

	qs := st.QuadStore()
	h := &cgraph.Handle{QuadStore: qs}
	if !opt.ReadOnly {
		w, err := cgraph.NewQuadWriter("single", qs, nil)
		if err != nil {
			return nil, fmt.Errorf("quad writer: %w", err)
		}
		h.QuadWriter = w
	}
	api2 := cayleyhttp.NewAPIv2Writer(h, "single", nil)
	api2.SetReadOnly(opt.ReadOnly)
	api2.SetQueryTimeout(opt.QueryTimeout)
	api2.SetQueryLimit(opt.QueryLimit)

	ui, err := cayleyUI()
	if err != nil {
		return nil, err
	}
	web, err := fs.Sub(webFS, "web")
	if err != nil {
		return nil, err
	}

	mux := http.NewServeMux()
	// Cayley's API. Writes need the token when one is configured.
	mux.Handle("/api/v2/write", s.writeGuard(api2))
	mux.Handle("/api/v2/delete", s.writeGuard(api2))
	mux.Handle("/api/v2/node/delete", s.writeGuard(api2))
	mux.HandleFunc("/api/v2/query", s.serveQuery(api2))
	mux.Handle("/api/v2/", api2)
	mux.HandleFunc("POST /api/v1/shape/{lang}", s.serveShape)
	mux.HandleFunc("/api/v1/", func(w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusNotFound, "API v1 is gone; use /api/v2 (only /api/v1/shape/gizmo is kept, for the UI's Query Shape page)")
	})
	// newsgraph's JSON, the same shapes as the CLI's --format json.
	mux.HandleFunc("GET /api/timeline", s.serveTimeline)
	mux.HandleFunc("GET /api/claims", s.serveClaims)
	mux.HandleFunc("GET /api/entities", s.serveEntities)
	mux.HandleFunc("GET /api/config", s.serveConfig)
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusNotFound, "no such endpoint: "+r.Method+" "+r.URL.Path)
	})
	mux.HandleFunc("GET /health", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) })

	// Cayley's UI: its page at /ui/, its assets where its build expects
	// them (absolute paths at the root).
	uiFiles := http.FileServer(http.FS(ui))
	mux.HandleFunc("GET /ui", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/ui/", http.StatusMovedPermanently)
	})
	mux.HandleFunc("GET /ui/", func(w http.ResponseWriter, r *http.Request) {
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/"
		noCache(w)
		uiFiles.ServeHTTP(w, r2)
	})
	for _, p := range []string{"/static/", "/gizmo.d.ts", "/favicon.ico", "/manifest.json", "/logo192.png", "/logo512.png", "/robots.txt"} {
		mux.Handle("GET "+p, uiFiles)
	}

	// Our pages and the vendored libraries.
	webFiles := http.FileServer(http.FS(web))
	pages := map[string]string{"/{$}": "index.html", "/timeline": "timeline.html", "/network": "network.html"}
	for route, file := range pages {
		file := file
		mux.HandleFunc("GET "+route, func(w http.ResponseWriter, r *http.Request) {
			noCache(w)
			http.ServeFileFS(w, r, web, file)
		})
	}
	mux.Handle("GET /assets/", webFiles)
	mux.Handle("GET /vendor/monaco-editor/", webFiles)
	// vis-timeline and vis-network: the copies the HTML export inlines.
	mux.Handle("GET /vendor/", http.StripPrefix("/vendor/", http.FileServer(http.FS(timeline.Vendor()))))

	s.handler = s.recoverer(s.limitBody(mux))
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	s.handler.ServeHTTP(w, r)
	s.opt.Log.Debug("request", "method", r.Method, "path", r.URL.Path, "took", time.Since(start))
}

func noCache(w http.ResponseWriter) { w.Header().Set("Cache-Control", "no-cache") }

// limitBody caps every request body at MaxBody.
func (s *Server) limitBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.ContentLength > s.opt.MaxBody {
			jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body is %d bytes, more than serve.max_body (%d)", r.ContentLength, s.opt.MaxBody))
			return
		}
		if r.Body != nil {
			r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
		}
		next.ServeHTTP(w, r)
	})
}

// recoverer turns a panic in a handler into a JSON 500 instead of a dropped
// connection.
func (s *Server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.opt.Log.Error("panic serving request", "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				jsonError(w, http.StatusInternalServerError, fmt.Sprintf("internal error: %v", v))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// writeGuard refuses writes on a read-only server, and writes without the
// token when one is configured.
func (s *Server) writeGuard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.opt.ReadOnly {
			jsonError(w, http.StatusForbidden, "the server is read-only (start it with --read-only=false to write)")
			return
		}
		// A page of another site can POST to a loopback server from the
		// user's browser (a "simple" text/plain request needs no CORS
		// preflight): writes from a foreign origin are refused.
		if o := r.Header.Get("Origin"); o != "" {
			u, err := url.Parse(o)
			if err != nil || u.Host != r.Host {
				jsonError(w, http.StatusForbidden, "cross-origin write refused (Origin "+o+")")
				return
			}
		} else if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
			jsonError(w, http.StatusForbidden, "cross-site write refused")
			return
		}
		if s.opt.Token != "" {
			got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
			if !ok || subtle.ConstantTimeCompare([]byte(got), []byte(s.opt.Token)) != 1 {
				w.Header().Set("WWW-Authenticate", `Bearer realm="newsgraph"`)
				jsonError(w, http.StatusUnauthorized, "writes need the serve.token as 'Authorization: Bearer TOKEN'")
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) serveConfig(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]any{
		"read_only":     s.opt.ReadOnly,
		"query_timeout": s.opt.QueryTimeout.String(),
		"query_limit":   s.opt.QueryLimit,
		"max_body":      s.opt.MaxBody,
		"backend":       s.st.Config().Backend,
	})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func jsonError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

// IsLoopback reports whether addr (host:port) only listens on a loopback
// interface. An empty host ("":64210) listens everywhere, so it is not.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// CheckAddr applies the rules for where a server may listen: anywhere
// read-only, but writable off loopback only with a token.
func CheckAddr(addr string, readOnly bool, token string) error {
	if _, _, err := net.SplitHostPort(addr); err != nil {
		return fmt.Errorf("serve.addr %q: want host:port, e.g. %s", addr, DefaultAddr)
	}
	if !readOnly && token == "" && !IsLoopback(addr) {
		return errors.New("a writable server on a non-loopback address needs serve.token (set it in the config or NEWSGRAPH_SERVE_TOKEN), or use --read-only")
	}
	return nil
}

// loopbackHosts refuses requests that name another host than a loopback
// one: on a loopback server such a request comes through DNS rebinding (a
// site that points its own name at 127.0.0.1 to read the store from the
// analyst's browser).
func loopbackHosts(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		host = strings.Trim(host, "[]")
		ip := net.ParseIP(host)
		if host != "localhost" && !strings.HasSuffix(host, ".localhost") && (ip == nil || !ip.IsLoopback()) {
			jsonError(w, http.StatusMisdirectedRequest, "this server listens on loopback and answers only for localhost or a loopback address, not "+r.Host)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Serve serves on l until ctx is done, then shuts down gracefully.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	var h http.Handler = s
	if IsLoopback(l.Addr().String()) {
		h = loopbackHosts(s)
	}
	hs := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		// Long enough for a query that runs to its timeout.
		WriteTimeout: s.opt.QueryTimeout + 30*time.Second,
		IdleTimeout:  2 * time.Minute,
		ErrorLog:     slog.NewLogLogger(s.opt.Log.Handler(), slog.LevelDebug),
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(l) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := hs.Shutdown(sctx); err != nil {
		hs.Close()
	}
	<-errc
	return nil
}
