package server

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
)

// The Gizmo examples of README.md ("Graph model"), verbatim: they must run
// unchanged in the UI's query box, which posts them to /api/v2/query.
var readmeGizmo = map[string]string{
	"who accused Russia": `g.V("<entity/country/RUS>").In("<ng:accused>").Out("<ng:name>").all()`,
	"Russia's timeline":  `g.V("<entity/country/RUS>").In(["<ng:source>", "<ng:target>"]).Tag("event").saveOpt("<ng:event_type>", "type").saveOpt("<ng:sentence>", "sentence").Out("<ng:start>").order().all()`,
	"what Peskov said":   `g.V("<entity/person/dmitry-peskov>").In("<ng:source>").Has("<ng:event_type>", "say").Tag("event").saveOpt("<ng:quote>", "quote").Out("<ng:sentence>").all()`,
	"every accusation":   `g.V().Has("<ng:event_type>", "accuse").Tag("event").Out("<ng:source>").Out("<ng:name>").Tag("accuser").Back("event").Out("<ng:target>").Out("<ng:name>").Tag("accused").Back("event").saveOpt("<ng:start>", "date").all()`,
	"articles of the UK": `g.V("<entity/country/GBR>").In("<ng:mentions>").Out("<ng:published>").all()`,
}

type gizmoAnswer struct {
	Result []map[string]any `json:"result"`
	Values []any            `json:"-"`
	Error  string           `json:"error"`
}

func postQuery(t *testing.T, base, q string) (int, gizmoAnswer) {
	t.Helper()
	res, err := http.Post(base+"/api/v2/query?lang=gizmo", "application/javascript", strings.NewReader(q))
	if err != nil {
		t.Fatalf("query %s: %v", q, err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	var ans gizmoAnswer
	var vals struct {
		Result []any `json:"result"`
	}
	if err := json.Unmarshal(body, &vals); err != nil {
		t.Fatalf("query %s: not JSON (%d): %s", q, res.StatusCode, body)
	}
	ans.Values = vals.Result
	if err := json.Unmarshal(body, &ans); err != nil && len(vals.Result) == 0 {
		t.Fatalf("query %s: not JSON (%d): %s", q, res.StatusCode, body)
	}
	return res.StatusCode, ans
}

func column(rows []map[string]any, key string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, fmt.Sprint(r[key]))
	}
	return out
}

func TestReadmeGizmoExamples(t *testing.T) {
	base := startServer(t, loadFixture(t), Options{ReadOnly: true, QueryTimeout: 20 * time.Second})

	code, ans := postQuery(t, base, readmeGizmo["who accused Russia"])
	names := column(ans.Result, "id")
	sort.Strings(names)
	want := "Boris Johnson,Matthew Rycroft,Samantha Power,United Kingdom,United States"
	if code != 200 || strings.Join(dedup(names), ",") != want {
		t.Errorf("who accused Russia: %d %v %q, want %s", code, names, ans.Error, want)
	}

	code, ans = postQuery(t, base, readmeGizmo["Russia's timeline"])
	if code != 200 || len(ans.Result) < 6 {
		t.Fatalf("Russia's timeline: %d %d rows %q", code, len(ans.Result), ans.Error)
	}
	dates := column(ans.Result, "id")
	if !sort.StringsAreSorted(dates) {
		t.Errorf("Russia's timeline not in date order: %v", dates)
	}
	if dates[0] != "2016-09-19" || ans.Result[0]["type"] != "ceasefire" {
		t.Errorf("Russia's timeline starts with %v, want the ceasefire of last week (2016-09-19)", ans.Result[0])
	}
	for _, r := range ans.Result {
		if r["event"] == nil || r["type"] == nil || r["sentence"] == nil {
			t.Errorf("timeline row without event, type or sentence: %v", r)
		}
	}

	code, ans = postQuery(t, base, readmeGizmo["what Peskov said"])
	if code != 200 || len(ans.Result) != 1 || !strings.Contains(fmt.Sprint(ans.Result[0]["quote"]), "Terrorists") ||
		!strings.Contains(fmt.Sprint(ans.Result[0]["id"]), "Peskov said") {
		t.Errorf("what Peskov said: %d %v %q", code, ans.Result, ans.Error)
	}

	code, ans = postQuery(t, base, readmeGizmo["every accusation"])
	pairs := map[string]bool{}
	for _, r := range ans.Result {
		pairs[fmt.Sprint(r["accuser"], " → ", r["accused"])] = true
	}
	for _, p := range []string{"United States → Russia", "United Kingdom → Russia", "Boris Johnson → Russia"} {
		if !pairs[p] {
			t.Errorf("every accusation: %s missing from %v (%d %q)", p, pairs, code, ans.Error)
		}
	}

	code, ans = postQuery(t, base, readmeGizmo["articles of the UK"])
	got := column(ans.Result, "id")
	sort.Strings(got)
	if code != 200 || strings.Join(got, ",") != "2016-09-25,2016-09-26" {
		t.Errorf("articles of the UK: %d %v %q", code, got, ans.Error)
	}
}

func dedup(ss []string) []string {
	var out []string
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}

// Bad and hostile queries get a JSON error and leave the server up.
func TestQueryErrorsAndLimits(t *testing.T) {
	base := startServer(t, loadFixture(t), Options{ReadOnly: true, QueryTimeout: 2 * time.Second, QueryLimit: 3})
	for _, q := range []string{
		`g.V(`,                     // syntax error
		`g.V().Order().all()`,      // only order() exists
		`g.V().Out().Has().all()`,  // missing arguments
		`g.V().Out(42).all()`,      // wrong argument type
		`g.V().Tag().Back().all()`, // back to nothing
		`g.Emit(g)`,                // a Go object
		`throw new Error("boom")`,  // a JS exception
		`g.V().ForEach(function(x) { null.x })`,
		`g.V().Follow("nope").all()`,
		`g.V().FollowRecursive().all()`,
		`g.V().Skip(-1).Limit(-5).all()`,
		`g.V().Count().toString()`,
		`g.V().getLimit("x")`,
		`g.V().Filter(regex("[")).all()`,
		`g.V().Filter(gt()).all()`,
		`g.V().Labels().Labels().all()`,
		`g.M().Out().all()`,
		`g.V().Follow(g.M()).all()`,
		`g.V().Intersect().all()`,
		`g.V().Union(null).all()`,
		`g.V().Except(undefined).all()`,
		`g.V().In(["<ng:source>", 5]).all()`,
		`g.V().SaveR().all()`,
		`g.V().saveOpt().all()`,
		`g.V().order().order().all()`,
		`g.addDefaultNamespaces(); g.loadNamespaces(); g.V().all()`,
		`while (true) {}`, // must be stopped by the timeout
	} {
		start := time.Now()
		res, err := http.Post(base+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(q))
		if err != nil {
			t.Fatalf("%s: %v (did the server die?)", q, err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if !json.Valid(body) {
			t.Errorf("%s: answer is not JSON (%d): %s", q, res.StatusCode, body)
		}
		if time.Since(start) > 5*time.Second {
			t.Errorf("%s: took %s, want the 2s query timeout", q, time.Since(start))
		}
		t.Logf("%-50s %d %.120s", q, res.StatusCode, strings.TrimSpace(string(body)))
	}
	// The server still answers, and the limit holds for every way of
	// asking for results.
	for _, q := range []string{`g.V().all()`, `g.V().getLimit(100)`, `g.V().getLimit("x")`, `g.V().ForEach(function(x) { g.Emit(x) })`, `for (var i = 0; i < 100; i++) g.Emit(i)`} {
		code, ans := postQuery(t, base, q)
		if code != 200 || len(ans.Values) == 0 || len(ans.Values) > 3 {
			t.Errorf("%s: %d, %d results (limit 3), %q", q, code, len(ans.Values), ans.Error)
		}
	}
	code, ans := postQuery(t, base, `g.V("<entity/country/RUS>").In("<ng:accused>").unique().Out("<ng:name>").all()`)
	if code != 200 || len(ans.Result) != 3 {
		t.Errorf("unique(): %d %v %q", code, ans.Result, ans.Error)
	}
	code, ans = postQuery(t, base, `while (true) {}`)
	if code != 400 || !strings.Contains(ans.Error, "deadline") {
		t.Errorf("endless loop: %d %q, want 400 and a deadline error", code, ans.Error)
	}
}

func TestShape(t *testing.T) {
	base := startServer(t, loadFixture(t), Options{ReadOnly: true, QueryTimeout: 5 * time.Second})
	post := func(lang, q string) (int, map[string]json.RawMessage) {
		res, err := http.Post(base+"/api/v1/shape/"+lang, "text/plain", strings.NewReader(q))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		var out map[string]json.RawMessage
		body, _ := io.ReadAll(res.Body)
		if err := json.Unmarshal(body, &out); err != nil {
			t.Fatalf("shape %s: not JSON: %s", q, body)
		}
		return res.StatusCode, out
	}
	code, out := post("gizmo", readmeGizmo["who accused Russia"])
	if code != 200 {
		t.Fatalf("shape: %d %s", code, out["error"])
	}
	var qs QueryShape
	qs.Nodes = nil
	json.Unmarshal(out["nodes"], &qs.Nodes)
	json.Unmarshal(out["links"], &qs.Links)
	// Two hops: RUS <-accused- X -name-> Y.
	if len(qs.Links) != 2 {
		t.Errorf("want 2 links, got %+v", qs)
	}
	byID := map[int]ShapeNode{}
	for _, n := range qs.Nodes {
		byID[n.ID] = n
	}
	var preds []string
	for _, l := range qs.Links {
		p := byID[l.Pred]
		preds = append(preds, strings.Join(p.Values, ","))
		if !byID[l.LinkNode].IsLinkNode {
			t.Errorf("link %+v: link node is not marked", l)
		}
	}
	sort.Strings(preds)
	if strings.Join(preds, " ") != "<ng:accused> <ng:name>" {
		t.Errorf("link predicates %v", preds)
	}
	fixed := false
	for _, n := range qs.Nodes {
		fixed = fixed || n.IsFixed && strings.Join(n.Values, "") == "<entity/country/RUS>"
	}
	if !fixed {
		t.Errorf("no fixed node for RUS: %+v", qs.Nodes)
	}
	// Tags are kept.
	code, out = post("gizmo", readmeGizmo["every accusation"])
	if code != 200 || !strings.Contains(string(out["nodes"]), `"accuser"`) || !strings.Contains(string(out["nodes"]), `"event"`) {
		t.Errorf("every accusation shape: %d %s", code, out["nodes"])
	}
	// Errors are JSON.
	for _, c := range []struct{ lang, q, want string }{
		{"gizmo", "g.V(", "SyntaxError"},
		{"gizmo", "1 + 1", "no path"},
		{"gizmo", "while (true) {}", "timed out"},
		{"graphql", "{}", "only available for gizmo"},
		{"gizmo", "", "empty"},
	} {
		code, out := post(c.lang, c.q)
		if code != 400 || !strings.Contains(string(out["error"]), c.want) {
			t.Errorf("shape %s %q: %d %s, want 400 with %q", c.lang, c.q, code, out["error"], c.want)
		}
	}
}

func getJSON(t *testing.T, u string, v any) int {
	t.Helper()
	res, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("%s: not JSON: %s", u, body)
	}
	return res.StatusCode
}

func TestJSONEndpoints(t *testing.T) {
	base := startServer(t, loadFixture(t), Options{ReadOnly: true})
	var evs []extract.Event
	if code := getJSON(t, base+"/api/timeline", &evs); code != 200 || len(evs) != 13 {
		t.Fatalf("timeline: %d, %d events", code, len(evs))
	}
	if evs[0].Date == nil || evs[0].Date.Start != "2016-09-19" || evs[len(evs)-1].Date != nil {
		t.Errorf("timeline not sorted like the CLI: first %+v, last %+v", evs[0].Date, evs[len(evs)-1].Date)
	}
	var attack *extract.Event
	for i, e := range evs {
		if e.Type == "attack" {
			attack = &evs[i]
		}
	}
	if attack == nil || attack.Date.Start != "2016-09-22" || attack.Date.Text != "on Thursday" || attack.Article.URL == "" {
		t.Errorf("attack event: %+v", attack)
	}
	evs = nil
	getJSON(t, base+"/api/timeline?entity=Peskov&from=2016-09-26&to=2016-09-26", &evs)
	if len(evs) != 2 {
		t.Errorf("timeline for Peskov on 2016-09-26: %d events", len(evs))
	}
	evs = nil
	getJSON(t, base+"/api/claims?type=accuse&source=GBR", &evs)
	if len(evs) != 2 {
		t.Errorf("GBR accusations: %d", len(evs))
	}
	evs = nil
	getJSON(t, base+"/api/claims?target=Russia&type=accuse,criticize", &evs)
	for _, e := range evs {
		if e.Type != "accuse" {
			t.Errorf("claim about Russia of type %s", e.Type)
		}
	}
	var ents []extract.Entity
	if getJSON(t, base+"/api/entities?kind=person", &ents); len(ents) != 5 {
		t.Errorf("persons: %d", len(ents))
	}
	for _, u := range []string{
		"/api/timeline?from=yesterday", "/api/timeline?type=gossip", "/api/timeline?entiy=RUS",
		"/api/entities?kind=planet", "/api/claims?to=2016-13-01", "/api/nothing",
	} {
		var e map[string]string
		if code := getJSON(t, base+u, &e); code/100 != 4 || e["error"] == "" {
			t.Errorf("%s: %d %v, want a 4xx JSON error", u, code, e)
		}
	}
}

func TestWritesAndSafety(t *testing.T) {
	st := loadFixture(t)
	nq := "<a> <b> <c> .\n"
	post := func(base, path, token, body string) (int, string) {
		req, _ := http.NewRequest("POST", base+path, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/n-quads")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		if !json.Valid(b) {
			t.Errorf("%s: not JSON: %s", path, b)
		}
		return res.StatusCode, string(b)
	}

	ro := startServer(t, st, Options{ReadOnly: true, MaxBody: 1024})
	if code, body := post(ro, "/api/v2/write", "", nq); code != 403 {
		t.Errorf("write on a read-only server: %d %s", code, body)
	}
	if code, body := post(ro, "/api/v2/delete", "", nq); code != 403 {
		t.Errorf("delete on a read-only server: %d %s", code, body)
	}
	if code, body := post(ro, "/api/v2/query?lang=gizmo", "", "g.V().all() // "+strings.Repeat("x", 2000)); code != 413 && code != 400 {
		t.Errorf("oversized query: %d %s", code, body)
	}
	req, _ := http.NewRequest("POST", ro+"/api/v2/query?lang=gizmo", io.NopCloser(strings.NewReader("g.V().all() // "+strings.Repeat("x", 2000))))
	req.ContentLength = -1 // chunked: the limit must hold without a length
	if res, err := http.DefaultClient.Do(req); err == nil {
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode == 200 {
			t.Errorf("chunked oversized query accepted: %s", b)
		}
	}

	rw := startServer(t, st, Options{ReadOnly: false, Token: "s3cret"})
	if code, body := post(rw, "/api/v2/write", "", nq); code != 401 {
		t.Errorf("write without token: %d %s", code, body)
	}
	if code, body := post(rw, "/api/v2/write", "wrong", nq); code != 401 {
		t.Errorf("write with a wrong token: %d %s", code, body)
	}
	if code, body := post(rw, "/api/v2/write", "s3cret", nq); code != 200 || !strings.Contains(body, `"count":1`) {
		t.Errorf("write with token: %d %s", code, body)
	}
	code, ans := postQuery(t, rw, `g.V("<a>").Out("<b>").all()`)
	if code != 200 || len(ans.Result) != 1 {
		t.Errorf("written quad not found: %d %v", code, ans)
	}
	req, _ = http.NewRequest("POST", rw+"/api/v2/write", strings.NewReader(nq))
	req.Header.Set("Content-Type", "text/plain")
	req.Header.Set("Authorization", "Bearer s3cret")
	req.Header.Set("Origin", "http://evil.example")
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != 403 {
		t.Errorf("cross-origin write: %v %v", err, res.Status)
	} else {
		res.Body.Close()
	}
	req, _ = http.NewRequest("POST", rw+"/api/v2/write", strings.NewReader(nq))
	req.Header.Set("Content-Type", "application/n-quads")
	req.Header.Set("Authorization", "Bearer s3cret")
	req.Header.Set("Origin", rw)
	if res, err := http.DefaultClient.Do(req); err != nil || res.StatusCode != 200 {
		t.Errorf("same-origin write (the UI's Write page): %v %v", err, res.Status)
	} else {
		res.Body.Close()
	}
	if code, body := post(rw, "/api/v2/delete", "s3cret", nq); code != 200 {
		t.Errorf("delete with token: %d %s", code, body)
	}
}

func TestLoopbackHosts(t *testing.T) {
	base := startServer(t, loadFixture(t), Options{ReadOnly: true})
	for host, want := range map[string]int{"": 200, "localhost:64210": 200, "127.0.0.1": 200, "[::1]:1": 200, "evil.example": 421, "evil.example:64210": 421, "10.1.2.3": 421} {
		req, _ := http.NewRequest("GET", base+"/api/entities", nil)
		if host != "" {
			req.Host = host
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != want {
			t.Errorf("Host %q: %s, want %d", host, res.Status, want)
		}
	}
}

func TestCheckAddr(t *testing.T) {
	for _, c := range []struct {
		addr     string
		readOnly bool
		token    string
		ok       bool
	}{
		{"127.0.0.1:64210", false, "", true},
		{"localhost:0", false, "", true},
		{"[::1]:64210", false, "", true},
		{"0.0.0.0:64210", true, "", true},
		{"0.0.0.0:64210", false, "", false},
		{":64210", false, "", false},
		{"192.0.2.7:64210", false, "tok", true},
		{"nonsense", true, "", false},
	} {
		err := CheckAddr(c.addr, c.readOnly, c.token)
		if (err == nil) != c.ok {
			t.Errorf("CheckAddr(%q, ro=%v, token=%q) = %v, want ok=%v", c.addr, c.readOnly, c.token, err, c.ok)
		}
	}
}

func TestUIIsPatched(t *testing.T) {
	base := startServer(t, loadFixture(t), Options{ReadOnly: true})
	res, err := http.Get(base + "/ui/")
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(page), `<div id="root">`) {
		t.Fatalf("/ui/ is not Cayley's UI: %.200s", page)
	}
	scripts := 0
	for _, m := range strings.Split(string(page), `<script src="`)[1:] {
		src := m[:strings.Index(m, `"`)]
		res, err := http.Get(base + src)
		if err != nil || res.StatusCode != 200 {
			t.Fatalf("%s: %v %v", src, err, res.Status)
		}
		js, _ := io.ReadAll(res.Body)
		res.Body.Close()
		scripts++
		if strings.Contains(string(js), "localhost:64210") || strings.Contains(string(js), "cdn.jsdelivr") {
			t.Errorf("%s still names a fixed server or a CDN", src)
		}
	}
	if scripts < 2 {
		t.Errorf("found %d scripts in /ui/", scripts)
	}
	for _, p := range []string{"/vendor/monaco-editor/min/vs/loader.js", "/vendor/monaco-editor/min/vs/editor/editor.main.js", "/gizmo.d.ts",
		"/vendor/vis-timeline/vis-timeline-graph2d.min.js", "/vendor/vis-network/vis-network.min.js", "/", "/timeline", "/network", "/assets/timeline.js"} {
		res, err := http.Get(base + p)
		if err != nil || res.StatusCode != 200 {
			t.Errorf("GET %s: %v %v", p, err, res.Status)
			continue
		}
		res.Body.Close()
	}
	if res, _ := http.Get(base + "/api/v1/query/gizmo"); res.StatusCode != 404 {
		t.Errorf("old v1 route: %s", res.Status)
	}
	_ = url.Values{}
}
