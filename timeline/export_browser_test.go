package timeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// chromium renders a page headless and returns its DOM after scripts ran,
// and the browser's log (console messages land there with --enable-logging).
// The test is skipped when Debian's chromium is not installed.
func chromium(t *testing.T, page string) (dom, log string) {
	t.Helper()
	bin := ""
	for _, b := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(b); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("chromium not installed (Debian package chromium, see docs/export-deps.txt): browser check skipped")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu",
		"--disable-background-networking", "--disable-component-update", "--no-first-run",
		"--user-data-dir="+t.TempDir(), "--allow-file-access-from-files",
		"--enable-logging=stderr", "--v=0", "--virtual-time-budget=10000",
		"--window-size=1400,1800", "--dump-dom", "file://"+page)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium: %v\n%s", err, errb.String())
	}
	if os.Getenv("NEWSGRAPH_SCREENSHOTS") != "" {
		shot := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--no-first-run",
			"--user-data-dir="+t.TempDir(), "--allow-file-access-from-files", "--virtual-time-budget=10000",
			"--window-size=1400,1800", "--screenshot="+filepath.Join(os.Getenv("NEWSGRAPH_SCREENSHOTS"), filepath.Base(page)+".png"), "file://"+page)
		shot.Run()
	}
	return out.String(), errb.String()
}

// consoleErrors picks the page's console errors and uncaught exceptions
// out of chromium's log.
func consoleErrors(log string) []string {
	var errs []string
	for _, l := range strings.Split(log, "\n") {
		if strings.Contains(l, "CONSOLE") && (strings.Contains(l, "ERROR") || strings.Contains(l, "Uncaught")) ||
			strings.Contains(l, "Uncaught") {
			errs = append(errs, l)
		}
	}
	return errs
}

var bodyAttr = regexp.MustCompile(`<body[^>]*>`)

func attr(dom, name string) string {
	tag := bodyAttr.FindString(dom)
	m := regexp.MustCompile(name + `="([^"]*)"`).FindStringSubmatch(tag)
	if m == nil {
		return ""
	}
	return html.UnescapeString(m[1])
}

// TestHTMLInChromium opens the self-contained page in headless Chromium
// with the network off: no console errors, every dated event drawn on the
// timeline, the network drawn, every event in the table.
func TestHTMLInChromium(t *testing.T) {
	evs := events(t)
	var buf bytes.Buffer
	if err := WriteHTML(&buf, evs, "Syria, September 2016 <test>"); err != nil {
		t.Fatal(err)
	}
	for _, ref := range []string{`src="http`, `href="http://`, `<link `, `src="//`} {
		if strings.Contains(buf.String(), ref) {
			t.Errorf("page loads something from outside (%s)", ref)
		}
	}
	p := save(t, "timeline.html", buf.Bytes())
	net := BuildNetwork(evs)
	// The page opens on the events dated to a day, week or month (7 of
	// them; the 2011 year is out of view); "#all" opens on all 8.
	for _, tc := range []struct {
		hash  string
		drawn int
	}{{"", fixtureDated - 1}, {"#all", fixtureDated}} {
		dom, log := chromium(t, p+tc.hash)
		if errs := consoleErrors(log); len(errs) > 0 {
			t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
		}
		if m := regexp.MustCompile(`(?s)<pre id="ng-errors">(.*?)</pre>`).FindStringSubmatch(dom); m == nil || strings.TrimSpace(m[1]) != "" {
			t.Errorf("page errors: %v", m)
		}
		if n, _ := strconv.Atoi(attr(dom, "data-ng-dataset")); n != fixtureDated {
			t.Errorf("timeline has %d items, want %d", n, fixtureDated)
		}
		if n, _ := strconv.Atoi(attr(dom, "data-ng-items")); n != tc.drawn {
			t.Errorf("%q: timeline drew %d items, want %d (DOM body: %s)", tc.hash, n, tc.drawn, bodyAttr.FindString(dom))
		}
		if want := fmt.Sprintf("drawn:%d:%d", len(net.Nodes), len(net.Edges)); attr(dom, "data-ng-network") != want {
			t.Errorf("network: %q, want %q", attr(dom, "data-ng-network"), want)
		}
		if tc.hash == "" {
			continue
		}
		if n := strings.Count(dom, "vis-item vis-range"); n < 4 {
			t.Errorf("%d range items, want the week, weekend, month and year as ranges", n)
		}
		if n := strings.Count(dom, "<tr>") - 1; n != len(evs) {
			t.Errorf("table has %d rows, want %d", n, len(evs))
		}
		if !strings.Contains(dom, "Syria, September 2016 &lt;test&gt;") {
			t.Error("title not escaped")
		}
	}
}

// timelineJSCheck renders a page that builds a TimelineJS timeline with
// TimelineJS itself (npm @knight-lab/timelinejs) in headless Chromium,
// and fails unless TimelineJS finds the data valid and draws want slides
// and markers. setup is the script that creates `tl`; prelude runs before.
func timelineJSCheck(t *testing.T, name, prelude, setup string, slides, markers int) {
	t.Helper()
	lib, _ := filepath.Abs(filepath.Join("testdata", "js", "node_modules", "@knight-lab", "timelinejs", "dist"))
	if _, err := os.Stat(lib); err != nil {
		t.Skip("TimelineJS not installed: run `npm ci --prefix timeline/testdata/js` (see docs/export-deps.txt)")
	}
	page := `<!DOCTYPE html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="file://` + lib + `/css/timeline.css">
<script>window.errs=[];window.addEventListener("error",function(e){window.errs.push(String(e.message))});</script>
<script src="file://` + lib + `/js/timeline.js"></script></head>
<body data-slides="" data-valid="" data-errors="">
<div id="tl" style="width:1200px;height:700px"></div>
<script>
` + prelude + `
var tl = ` + setup + `;
function report() {
  document.body.setAttribute("data-valid", String(!!tl.config && tl.config.isValid()));
  document.body.setAttribute("data-errors", (tl.config ? tl.config.getErrors(" | ") : "no config") + window.errs.join(" | "));
  document.body.setAttribute("data-slides", String(document.querySelectorAll(".tl-slide").length));
  document.body.setAttribute("data-markers", String(document.querySelectorAll(".tl-timemarker").length));
}
tl.on("loaded", report);
setTimeout(report, 3000);
</script></body></html>`
	p := save(t, name, []byte(page))
	dom, log := chromium(t, p)
	if errs := consoleErrors(log); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
	if attr(dom, "data-valid") != "true" || attr(dom, "data-errors") != "" {
		t.Fatalf("TimelineJS rejected the data: valid=%q errors=%q", attr(dom, "data-valid"), attr(dom, "data-errors"))
	}
	if n, _ := strconv.Atoi(attr(dom, "data-markers")); n != markers {
		t.Errorf("TimelineJS drew %d time markers, want %d", n, markers)
	}
	if n, _ := strconv.Atoi(attr(dom, "data-slides")); n != slides {
		t.Errorf("TimelineJS built %d slides, want %d", n, slides)
	}
}

// TestTimelineJSInChromium opens our TimelineJS JSON with TimelineJS: the
// config must validate, with one slide per dated event plus the title.
func TestTimelineJSInChromium(t *testing.T) {
	var buf bytes.Buffer
	if _, err := WriteTimelineJS(&buf, events(t), "Syria, September 2016"); err != nil {
		t.Fatal(err)
	}
	lib, _ := filepath.Abs(filepath.Join("testdata", "js", "node_modules", "@knight-lab", "timelinejs", "dist"))
	timelineJSCheck(t, "timelinejs-check.html", "var data = "+buf.String()+";",
		`new TL.Timeline("tl", data, {script_path: "file://`+lib+`/js/", font: null})`, fixtureDated+1, fixtureDated)
}

// TestTimelineJSCSVInChromium feeds our sheet CSV to TimelineJS's own
// Google Sheets reader: the page answers TimelineJS's fetch of the
// published sheet with our CSV (no network), and TimelineJS parses the
// columns and builds its events from the rows.
func TestTimelineJSCSVInChromium(t *testing.T) {
	var buf bytes.Buffer
	if _, err := WriteTimelineJSCSV(&buf, events(t)); err != nil {
		t.Fatal(err)
	}
	csvJS, _ := json.Marshal(buf.String())
	prelude := `var sheetCSV = ` + string(csvJS) + `;
window.fetch = function (url) {
  document.body.setAttribute("data-fetched", String(url));
  return Promise.resolve(new Response(sheetCSV, {status: 200, headers: {"content-type": "text/csv"}}));
};`
	timelineJSCheck(t, "timelinejs-sheet-check.html", prelude,
		`new TL.Timeline("tl", "https://docs.google.com/spreadsheets/d/e/2PACX-newsgraph-test/pubhtml", {sheets_proxy: "https://sheets-proxy.invalid/", font: null})`,
		fixtureDated, fixtureDated)
}
