package timeline

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/timeline/fixture"
)

// The fixture has 11 events: 8 with a calendar interval, two undated and
// one dated only by a duration ("for five years").
const fixtureDated, fixtureUndated = 8, 3

func events(t *testing.T) []extract.Event {
	t.Helper()
	evs := fixture.Events()
	if len(evs) != fixtureDated+fixtureUndated {
		t.Fatalf("fixture has %d events", len(evs))
	}
	Sort(evs)
	return evs
}

// save keeps an export in testdata/out when NEWSGRAPH_KEEP_EXPORTS is set,
// for docs and manual checks, and always in a temp file it returns.
func save(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("NEWSGRAPH_KEEP_EXPORTS"); dir != "" {
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, name), data, 0o644)
	}
	return p
}

func TestJSONLLossless(t *testing.T) {
	evs := events(t)
	var buf bytes.Buffer
	if err := WriteJSONL(&buf, evs); err != nil {
		t.Fatal(err)
	}
	save(t, "events.jsonl", buf.Bytes())
	if n := strings.Count(buf.String(), "\n"); n != len(evs) {
		t.Fatalf("%d lines for %d events", n, len(evs))
	}
	back, err := ReadJSONL(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, evs) {
		t.Fatalf("jsonl round trip differs:\n got %+v\nwant %+v", back, evs)
	}
}

func TestCSVBOM(t *testing.T) {
	evs := events(t)
	var buf bytes.Buffer
	if err := WriteCSVBOM(&buf, evs); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatal("no UTF-8 BOM")
	}
	rows, err := csv.NewReader(bytes.NewReader(buf.Bytes()[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows[0], CSVHeader) || len(rows) != len(evs)+1 {
		t.Fatalf("header %v, %d rows", rows[0], len(rows))
	}
	// The week keeps its range and the phrase as written.
	for _, r := range rows[1:] {
		if r[len(r)-1] == "dw-say-1" && (r[0] != "2016-09-19" || r[1] != "2016-09-25" || r[2] != "week" || r[3] != "last week") {
			t.Errorf("week row %v", r)
		}
	}
}

func TestDisplayDate(t *testing.T) {
	for _, tc := range []struct {
		d    *extract.Date
		want string
	}{
		{fixture.Monday, "26 Sep 2016"},
		{fixture.Week, "week of 19 Sep 2016"},
		{fixture.Weekend, "weekend of 24–25 Sep 2016"},
		{fixture.Month, "Sep 2016"},
		{fixture.Year, "2011"},
		{fixture.Years, ""},
		{nil, ""},
		{&extract.Date{Start: "2016-07-01", End: "2016-09-30", Granularity: "quarter"}, "Jul 2016 – Sep 2016"},
	} {
		if got := DisplayDate(tc.d); got != tc.want {
			t.Errorf("DisplayDate(%+v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}

func TestTimelineJSStructure(t *testing.T) {
	evs := events(t)
	var buf bytes.Buffer
	skipped, err := WriteTimelineJS(&buf, evs, "Syria, September 2016")
	if err != nil || skipped != fixtureUndated {
		t.Fatalf("skipped %d, %v", skipped, err)
	}
	var doc TLTimeline
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != fixtureDated {
		t.Fatalf("%d slides", len(doc.Events))
	}
	by := map[string]TLEvent{}
	for _, e := range doc.Events {
		by[e.UniqueID] = e
	}
	week := by["ng-dw-say-1"]
	if week.StartDate != (TLDate{Year: 2016, Month: 9, Day: 19}) || week.EndDate == nil || *week.EndDate != (TLDate{Year: 2016, Month: 9, Day: 25}) || week.DisplayDate != "week of 19 Sep 2016" {
		t.Errorf("week slide %+v %+v", week, week.EndDate)
	}
	if !strings.Contains(week.Text.Text, "last week") {
		t.Errorf("phrase lost: %s", week.Text.Text)
	}
	year := by["ng-dw-attack-1"]
	if year.StartDate != (TLDate{Year: 2011}) || year.EndDate != nil || year.DisplayDate != "2011" {
		t.Errorf("year slide %+v", year)
	}
	month := by["ng-dw-reject-1"]
	if month.StartDate != (TLDate{Year: 2016, Month: 9}) || month.EndDate != nil {
		t.Errorf("month slide %+v", month)
	}
	multi := by["ng-ev-unsc-accuse"]
	if !strings.Contains(multi.Text.Text, "reuters.com") || !strings.Contains(multi.Text.Text, "dw.com") {
		t.Errorf("second report lost: %s", multi.Text.Text)
	}
	if strings.Contains(by["ng-reuters-condemn-1"].Text.Text, "<and>") {
		t.Error("sentence not HTML-escaped")
	}
	save(t, "timeline.json", buf.Bytes())
}

func TestTimelineJSCSV(t *testing.T) {
	evs := events(t)
	var buf bytes.Buffer
	skipped, err := WriteTimelineJSCSV(&buf, evs)
	if err != nil || skipped != fixtureUndated {
		t.Fatalf("skipped %d, %v", skipped, err)
	}
	save(t, "timelinejs.csv", buf.Bytes())
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	want := "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background"
	if strings.Join(rows[0], ",") != want || len(rows) != fixtureDated+1 {
		t.Fatalf("header %q, %d rows", strings.Join(rows[0], ","), len(rows))
	}
	for _, r := range rows[1:] {
		if len(r) != 18 {
			t.Fatalf("row has %d columns", len(r))
		}
		if r[8] == "2011" && (r[0] != "2011" || r[1] != "" || r[4] != "") {
			t.Errorf("year row %q", r)
		}
		if r[8] == "week of 19 Sep 2016" && (r[2] != "19" || r[6] != "25") {
			t.Errorf("week row %q", r)
		}
	}
}

func TestTimesketch(t *testing.T) {
	evs := events(t)
	var buf bytes.Buffer
	skipped, err := WriteTimesketch(&buf, evs)
	if err != nil || skipped != fixtureUndated {
		t.Fatalf("skipped %d, %v", skipped, err)
	}
	save(t, "timesketch.jsonl", buf.Bytes())
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != fixtureDated {
		t.Fatalf("%d lines", len(lines))
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"message", "datetime", "timestamp_desc"} {
			if s, _ := m[k].(string); s == "" {
				t.Errorf("required field %s missing in %s", k, l)
			}
		}
		dt, err := time.Parse(time.RFC3339, m["datetime"].(string))
		if err != nil {
			t.Errorf("datetime not ISO 8601: %v", err)
		}
		if int64(m["timestamp"].(float64)) != dt.UnixMicro() {
			t.Errorf("timestamp %v != datetime %v", m["timestamp"], dt)
		}
		if m["event_id"] == "dw-say-1" && (m["end_datetime"] != "2016-09-25T23:59:59Z" || m["phrase"] != "last week" || m["granularity"] != "week") {
			t.Errorf("week lost: %s", l)
		}
	}
}

func TestICS(t *testing.T) {
	evs := events(t)
	var buf bytes.Buffer
	skipped, err := WriteICS(&buf, evs, ICSOptions{Name: "Syria"})
	if err != nil || skipped != fixtureUndated {
		t.Fatalf("skipped %d, %v", skipped, err)
	}
	raw := buf.String()
	save(t, "events.ics", buf.Bytes())
	// RFC 5545 3.1: CRLF line breaks, lines folded at 75 octets.
	if strings.Count(raw, "\n") != strings.Count(raw, "\r\n") {
		t.Fatal("bare LF line breaks")
	}
	for _, l := range strings.Split(raw, "\r\n") {
		if len(l) > 75 {
			t.Fatalf("line longer than 75 octets: %q", l)
		}
	}
	var again bytes.Buffer
	WriteICS(&again, evs, ICSOptions{Name: "Syria"})
	if again.String() != raw {
		t.Fatal("two exports of the same events differ (DTSTAMP must be deterministic)")
	}

	// Parsed back by golang-ical's parser.
	cal, err := ics.ParseCalendar(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	ves := cal.Events()
	if len(ves) != fixtureDated {
		t.Fatalf("%d VEVENTs", len(ves))
	}
	for _, ve := range ves {
		if ve.Id() == "dw-say-1@newsgraph" {
			s, _ := ve.GetAllDayStartAt()
			e, _ := ve.GetAllDayEndAt()
			if s.Format(extract.DateLayout) != "2016-09-19" || e.Format(extract.DateLayout) != "2016-09-26" {
				t.Errorf("week: DTSTART %v DTEND %v, want 2016-09-19 and exclusive 2016-09-26", s, e)
			}
			if p := ve.GetProperty(ics.ComponentPropertyDtstamp); p == nil || p.Value != "20160926T000000Z" {
				t.Errorf("DTSTAMP %v, want the publication date", p)
			}
			if d := ve.GetProperty(ics.ComponentPropertyDescription); d == nil || !strings.Contains(d.Value, "so far, so good") {
				t.Errorf("description %v", d)
			}
		}
		if ve.Id() == "dw-attack-1@newsgraph" {
			s, _ := ve.GetAllDayStartAt()
			e, _ := ve.GetAllDayEndAt()
			if s.Format(extract.DateLayout) != "2011-01-01" || e.Format(extract.DateLayout) != "2012-01-01" {
				t.Errorf("year: %v..%v", s, e)
			}
		}
	}
	// And by Mozilla's ical.js (the Thunderbird parser), strictly.
	runNode(t, "ics.js", save(t, "check.ics", buf.Bytes()))
}

func TestNetwork(t *testing.T) {
	n := BuildNetwork(events(t))
	var usRus *NetEdge
	for i, e := range n.Edges {
		src, tgt := "", ""
		for _, nd := range n.Nodes {
			if nd.ID == e.Source {
				src = nd.Entity.ID
			}
			if nd.ID == e.Target {
				tgt = nd.Entity.ID
			}
		}
		if src == "country/USA" && tgt == "country/RUS" && e.Type == "accuse" {
			usRus = &n.Edges[i]
		}
		if e.Type == "reject" {
			t.Error("a negated event drew an edge")
		}
	}
	if usRus == nil || usRus.Weight != 2 || len(usRus.Spells) != 1 || usRus.First() != "2016-09-19" || usRus.Last() != "2016-09-25" {
		t.Fatalf("US accused Russia edge: %+v", usRus)
	}
}

func xmllint(t *testing.T, xsd, file string) {
	t.Helper()
	if _, err := exec.LookPath("xmllint"); err != nil {
		t.Skip("xmllint not installed (Debian package libxml2-utils, see docs/export-deps.txt): schema check skipped")
	}
	out, err := exec.Command("xmllint", "--noout", "--nonet", "--schema", filepath.Join("testdata", "xsd", xsd), file).CombinedOutput()
	if err != nil {
		t.Fatalf("xmllint --schema %s: %v\n%s", xsd, err, out)
	}
}

func TestGEXFSchema(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGEXF(&buf, events(t)); err != nil {
		t.Fatal(err)
	}
	p := save(t, "network.gexf", buf.Bytes())
	xmllint(t, "gexf.xsd", p)
	// The schema is strict enough to catch a dangling edge.
	bad := save(t, "bad.gexf", bytes.Replace(buf.Bytes(), []byte(`target="n1"`), []byte(`target="n99"`), 1))
	if exec.Command("xmllint", "--noout", "--nonet", "--schema", "testdata/xsd/gexf.xsd", bad).Run() == nil {
		t.Fatal("gexf.xsd accepts an edge to an undeclared node")
	}
}

func TestGraphMLSchema(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteGraphML(&buf, events(t)); err != nil {
		t.Fatal(err)
	}
	p := save(t, "network.graphml", buf.Bytes())
	xmllint(t, "graphml.xsd", p)
	bad := save(t, "bad.graphml", bytes.Replace(buf.Bytes(), []byte(`<data key="kind">`), []byte(`<data key="nokey">`), 1))
	if exec.Command("xmllint", "--noout", "--nonet", "--schema", "testdata/xsd/graphml.xsd", bad).Run() == nil {
		t.Fatal("graphml.xsd accepts data for an undeclared key")
	}
}

func TestFtM(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteFtM(&buf, events(t)); err != nil {
		t.Fatal(err)
	}
	p := save(t, "entities.ftm.json", buf.Bytes())
	ents := FtMEntities(events(t))
	schemas := map[string]int{}
	for _, e := range ents {
		schemas[e.Schema]++
		if e.ID == FtMEntityID("event", "dw-say-1") {
			if e.Properties["startDate"][0] != "2016-09-19" || e.Properties["endDate"][0] != "2016-09-25" {
				t.Errorf("week event dates %v", e.Properties)
			}
		}
		if e.ID == FtMEntityID("event", "dw-attack-1") && e.Properties["date"][0] != "2011" {
			t.Errorf("year event date %v", e.Properties["date"])
		}
		if e.ID == FtMEntityID("entity", "country/RUS") && (e.Schema != "PublicBody" || e.Properties["country"][0] != "ru") {
			t.Errorf("Russia %+v", e)
		}
	}
	want := map[string]int{"Event": 11, "Article": 2, "PublicBody": 4, "Person": 2, "Organization": 3, "Address": 1}
	if !reflect.DeepEqual(schemas, want) {
		t.Errorf("schemas %v, want %v", schemas, want)
	}
	// Checked against FtM's own model (@alephdata/followthemoney).
	runNode(t, "ftm.js", p)

	// The checker is not a rubber stamp: a made-up property, a reference
	// of the wrong schema and an ISO3 country code are refused.
	for _, bad := range []string{
		`{"id":"x","schema":"Event","properties":{"accused":["y"]}}`,
		`{"id":"a","schema":"Article","properties":{"title":["t"]}}` + "\n" + `{"id":"x","schema":"Event","properties":{"organizer":["a"]}}`,
		`{"id":"x","schema":"PublicBody","properties":{"country":["RUS"]}}`,
	} {
		out, err := exec.Command("node", filepath.Join("testdata", "js", "ftm.js"), save(t, "bad.ftm.json", []byte(bad+"\n"))).CombinedOutput()
		if err == nil {
			t.Errorf("ftm.js accepted %s: %s", bad, out)
		}
	}
}

// runNode runs a checker script from testdata/js with node, skipping when
// node or the checkers' npm packages are not installed.
func runNode(t *testing.T, script string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath("node"); err != nil {
		t.Skip("node not installed: third-party check skipped (see docs/export-deps.txt)")
	}
	if _, err := os.Stat(filepath.Join("testdata", "js", "node_modules")); err != nil {
		t.Skip("checker packages not installed: run `npm ci --prefix timeline/testdata/js` (see docs/export-deps.txt)")
	}
	out, err := exec.Command("node", append([]string{filepath.Join("testdata", "js", script)}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("node %s: %v\n%s", script, err, out)
	}
	msg := strings.TrimSpace(string(out))
	if len(msg) > 200 {
		msg = msg[:200] + "…"
	}
	t.Logf("node %s: %s", script, msg)
	return string(out)
}

// readBack is a network as a third-party reader saw it.
type readBack struct {
	Order, Size int
	Edges       []struct {
		Source, Target string
		Attrs          map[string]any
	}
}

// checkReadBack compares what a reader saw with the network we wrote.
func checkReadBack(t *testing.T, reader string, out []byte, n Network) {
	t.Helper()
	var rb readBack
	if err := json.Unmarshal(out, &rb); err != nil {
		t.Fatalf("%s: %v\n%s", reader, err, out)
	}
	if rb.Order != len(n.Nodes) || rb.Size != len(n.Edges) {
		t.Fatalf("%s read %d nodes and %d edges, want %d and %d", reader, rb.Order, rb.Size, len(n.Nodes), len(n.Edges))
	}
	label := map[string]string{}
	for _, nd := range n.Nodes {
		label[nd.ID] = nd.Entity.Name
	}
	want := map[string]NetEdge{}
	for _, e := range n.Edges {
		want[label[e.Source]+"|"+label[e.Target]+"|"+e.Type] = e
	}
	for _, e := range rb.Edges {
		typ, _ := e.Attrs["type"].(string)
		w, ok := want[e.Source+"|"+e.Target+"|"+typ]
		if !ok {
			t.Errorf("%s read an edge we did not write: %+v", reader, e)
			continue
		}
		if weight, _ := e.Attrs["weight"].(float64); int(weight) != w.Weight {
			t.Errorf("%s: %s->%s %s weight %v, want %d", reader, e.Source, e.Target, typ, e.Attrs["weight"], w.Weight)
		}
		first, _ := e.Attrs["first"].(string)
		last, _ := e.Attrs["last"].(string)
		if first != w.First() || last != w.Last() {
			t.Errorf("%s: %s->%s %s dates %q..%q, want %q..%q", reader, e.Source, e.Target, typ, first, last, w.First(), w.Last())
		}
	}
}

// TestNetworkReaders reads both network files back with graphology
// (graphology-gexf is Gephi Lite's GEXF reader) and the GraphML file with
// NetworkX, and compares nodes, edges, weights and dates.
func TestNetworkReaders(t *testing.T) {
	evs := events(t)
	n := BuildNetwork(evs)
	var gexf, gml bytes.Buffer
	if err := WriteGEXF(&gexf, evs); err != nil {
		t.Fatal(err)
	}
	if err := WriteGraphML(&gml, evs); err != nil {
		t.Fatal(err)
	}
	gexfFile, gmlFile := save(t, "network.gexf", gexf.Bytes()), save(t, "network.graphml", gml.Bytes())
	t.Run("networkx-graphml", func(t *testing.T) {
		py := "/usr/bin/python3"
		if exec.Command(py, "-c", "import networkx").Run() != nil {
			t.Skip("NetworkX not installed (Debian package python3-networkx, see docs/export-deps.txt)")
		}
		out, err := exec.Command(py, filepath.Join("testdata", "graphml_networkx.py"), gmlFile).Output()
		if err != nil {
			t.Fatalf("networkx: %v", err)
		}
		checkReadBack(t, "networkx", out, n)
	})
	t.Run("graphology-gexf", func(t *testing.T) {
		checkReadBack(t, "graphology-gexf", []byte(runNode(t, "graph.js", "gexf", gexfFile)), n)
	})
	t.Run("graphology-graphml", func(t *testing.T) {
		checkReadBack(t, "graphology-graphml", []byte(runNode(t, "graph.js", "graphml", gmlFile)), n)
	})
}

// TestSchemasAcceptThirdPartyFiles checks the hand-written schemas in
// testdata/xsd against files other implementations wrote: GEXF 1.3 from
// graphology-gexf's writer and GraphML from NetworkX's, so the schemas
// are not merely shaped after our own writer.
func TestSchemasAcceptThirdPartyFiles(t *testing.T) {
	dir := t.TempDir()
	t.Run("graphology-gexf", func(t *testing.T) {
		runNode(t, "write-graphs.js", dir)
		xmllint(t, "gexf.xsd", filepath.Join(dir, "graphology.gexf"))
	})
	t.Run("networkx-graphml", func(t *testing.T) {
		py := "/usr/bin/python3"
		if exec.Command(py, "-c", "import networkx").Run() != nil {
			t.Skip("NetworkX not installed (Debian package python3-networkx, see docs/export-deps.txt)")
		}
		f := filepath.Join(dir, "networkx.graphml")
		script := `import sys, networkx as nx
g = nx.DiGraph()  # a MultiDiGraph repeats edge ids (its keys), which the spec forbids
g.add_node("a", label="Russia", kind="country")
g.add_node("b", label="United States")
g.add_edge("b", "a", label="accuse", weight=2.0, claims=2)
g.add_edge("a", "b", label="criticize", weight=1.0, negated=False)
nx.write_graphml(g, sys.argv[1])`
		if out, err := exec.Command(py, "-c", script, f).CombinedOutput(); err != nil {
			t.Fatalf("networkx: %v\n%s", err, out)
		}
		xmllint(t, "graphml.xsd", f)
	})
}
