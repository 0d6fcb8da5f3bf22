package server

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is Debian's Chromium; CI installs it with
// `apt-get install -y chromium`.
const chromiumPath = "/usr/bin/chromium"

// TestBrowser drives headless Chromium through every page `newsgraph serve`
// offers, over a bolt store holding the fixture, and saves a screenshot of
// each into $NEWSGRAPH_ARTIFACTS (or a temporary directory, logged).
func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromiumPath); err != nil {
		t.Skipf("browser test skipped: %s not found (install Debian's chromium: apt-get install -y chromium)", chromiumPath)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	artifacts := os.Getenv("NEWSGRAPH_ARTIFACTS")
	if artifacts == "" {
		artifacts = t.TempDir()
	}
	if err := os.MkdirAll(artifacts, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots in %s", artifacts)

	base := startServer(t, loadFixture(t), Options{ReadOnly: true, QueryTimeout: 20 * time.Second})

	// Chromium's helper processes may still write to the profile for a
	// moment after the browser exits, so it is removed by hand, with
	// retries, instead of by t.TempDir.
	profile, err := os.MkdirTemp("", "newsgraph-chromium-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for i := 0; i < 20; i++ {
			if os.RemoveAll(profile) == nil {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromiumPath),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1400, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithLogf(t.Logf))
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelTimeout()
	// Start the browser now, so its start-up is not charged to a step.
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("starting %s: %v", chromiumPath, err)
	}

	shot := func(name string) chromedp.Action {
		return chromedp.ActionFunc(func(ctx context.Context) error {
			var buf []byte
			if err := chromedp.FullScreenshot(&buf, 100).Do(ctx); err != nil {
				return err
			}
			path := filepath.Join(artifacts, name+".png")
			t.Logf("screenshot %s", path)
			return os.WriteFile(path, buf, 0o644)
		})
	}
	// waitJS polls a JavaScript expression until it is true.
	waitJS := func(what, expr string, timeout time.Duration) chromedp.Action {
		return chromedp.ActionFunc(func(ctx context.Context) error {
			deadline := time.Now().Add(timeout)
			for {
				var ok bool
				if err := chromedp.Evaluate(expr, &ok).Do(ctx); err == nil && ok {
					return nil
				}
				if time.Now().After(deadline) {
					return fmt.Errorf("timed out after %s waiting for %s (%s)", timeout, what, expr)
				}
				time.Sleep(100 * time.Millisecond)
			}
		})
	}
	step := func(name string, actions ...chromedp.Action) {
		t.Helper()
		sctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		defer cancel()
		if err := chromedp.Run(sctx, actions...); err != nil {
			// Keep what the page showed for the post-mortem.
			chromedp.Run(ctx, shot(name+"-failed"))
			t.Fatalf("%s: %v", name, err)
		}
	}

	// 1. Cayley's UI runs a Gizmo query (a README example) and shows the
	// results. The editor starts with the last query, kept in localStorage.
	query := readmeGizmo["who accused Russia"]
	lastQuery, _ := json.Marshal(map[string]string{"text": query, "language": "gizmo"})
	const models = `(window.monaco ? monaco.editor.getModels().map(m => m.getValue()).join("\n") : "")`
	step("cayley-query",
		chromedp.Navigate(base+"/ui/"),
		chromedp.Evaluate(fmt.Sprintf(`localStorage.setItem("LAST_QUERY", %q)`, lastQuery), nil),
		chromedp.Reload(),
		waitJS("the Monaco editor (served locally)", `!!document.querySelector(".monaco-editor") && `+models+`.includes("In(\"<ng:accused>\")")`, 40*time.Second),
		chromedp.Click(`//button[.//text()[contains(., "Run")]]`, chromedp.BySearch),
		waitJS("query results", models+`.includes('"United Kingdom"') && `+models+`.includes('"Boris Johnson"')`, 30*time.Second),
		chromedp.Sleep(500*time.Millisecond),
		shot("cayley-ui-query"),
	)

	// 2. The Query Shape page draws the query's shape from
	// /api/v1/shape/gizmo.
	step("cayley-shape",
		chromedp.Click(`//*[contains(@class, "mdc-list-item")][contains(., "Query Shape")]`, chromedp.BySearch),
		waitJS("the shape page's editor", `document.querySelectorAll(".monaco-editor").length >= 2`, 30*time.Second),
		chromedp.Click(`//button[.//text()[contains(., "Run")]]`, chromedp.BySearch),
		waitJS("the shape", models+`.includes('"is_link_node"') && `+models+`.includes('<ng:accused>') && `+models+`.includes('"links"')`, 30*time.Second),
		chromedp.Sleep(500*time.Millisecond),
		shot("cayley-ui-shape"),
	)

	// 3. The timeline: the 2016-09-22 assault is a point, "last week" a
	// week-long range; clicking an item shows its sentence and article.
	var items []struct {
		Text  string  `json:"text"`
		Class string  `json:"class"`
		Width float64 `json:"width"`
	}
	step("timeline",
		chromedp.Navigate(base+"/timeline"),
		waitJS("the timeline", `document.body.dataset.loaded === "true" && document.querySelectorAll(".vis-item").length > 0`, 30*time.Second),
		chromedp.Sleep(700*time.Millisecond),
		chromedp.Evaluate(`[...document.querySelectorAll(".vis-item")].map(e => ({text: e.innerText, class: e.className, width: e.getBoundingClientRect().width}))`, &items),
		shot("timeline"),
	)
	var point, week, inferred bool
	var weekWidth float64
	for _, it := range items {
		// The accusation dated from context, not by its own sentence, is
		// marked as such (dashed, "(context: …)").
		if strings.Contains(it.Text, "accuse: United Kingdom, United States → Russia · (context: on Monday)") && strings.Contains(it.Class, "inferred") {
			inferred = true
		}
		if strings.Contains(it.Text, "attack: Syrian government forces → rebels in Aleppo · on Thursday") && strings.Contains(it.Class, "vis-point") {
			point = true
		}
		if strings.Contains(it.Text, "last week") && strings.Contains(it.Class, "vis-range") && strings.Contains(it.Class, "grain-week") {
			week = true
			weekWidth = it.Width
		}
	}
	if !point {
		t.Errorf("timeline: no point item for the 2016-09-22 assault among %+v", items)
	}
	if !inferred {
		t.Errorf("timeline: the accusation dated from context is not marked inferred among %+v", items)
	}
	if !week || weekWidth < 60 {
		t.Errorf("timeline: no week-long range for \"last week\" (width %.0fpx) among %+v", weekWidth, items)
	}
	var detail string
	step("timeline-click",
		chromedp.Evaluate(`newsgraphTimeline.timeline.setSelection(["dw-2016-09-26-kremlin-syria-e7"], {focus: false}); newsgraphTimeline.timeline.emit("select", {items: ["dw-2016-09-26-kremlin-syria-e7"]}); true`, nil),
		waitJS("the event's detail", `document.getElementById("detail").innerText.includes("launched a vicious assault")`, 10*time.Second),
		chromedp.Evaluate(`document.getElementById("detail").innerHTML`, &detail),
		shot("timeline-selected"),
	)
	if !strings.Contains(detail, `href="https://www.dw.com/en/kremlin-slams-us-uk-unacceptable-rhetoric-on-syria/a-35891765#:~:text=`) {
		t.Errorf("timeline detail does not link to the article at the sentence: %s", detail)
	}
	var inferredDetail string
	step("timeline-click-inferred",
		chromedp.Evaluate(`newsgraphTimeline.timeline.emit("select", {items: ["dw-2016-09-26-kremlin-syria-e1"]}); true`, nil),
		waitJS("the inferred event's detail", `document.getElementById("detail").innerText.includes("have accused Russia")`, 10*time.Second),
		chromedp.Evaluate(`document.getElementById("detail").innerText`, &inferredDetail),
	)
	if !strings.Contains(inferredDetail, "2016-09-26 (inferred from context: “on Monday”)") {
		t.Errorf("timeline detail of a date inferred from context: %q", inferredDetail)
	}

	// Filters: only Peskov's events.
	var n int
	step("timeline-filter",
		chromedp.Navigate(base+"/timeline?entity=Peskov"),
		waitJS("the filtered timeline", `document.body.dataset.loaded === "true"`, 30*time.Second),
		chromedp.Evaluate(`newsgraphTimeline.items.length`, &n),
	)
	if n != 2 {
		t.Errorf("timeline?entity=Peskov shows %d items, want 2", n)
	}

	// 4. The network: USA → RUS and GBR → RUS accusation edges, counted.
	var edges []string
	var table string
	step("network",
		chromedp.Navigate(base+"/network"),
		waitJS("the network", `document.body.dataset.loaded === "true" && newsgraphNetwork.edges.length > 0`, 30*time.Second),
		chromedp.Sleep(2*time.Second), // let the layout settle for the picture
		chromedp.Evaluate(`newsgraphNetwork.edges.get().map(e => e.from + " " + e.type + " " + e.to + " x" + e.count)`, &edges),
		chromedp.Evaluate(`document.getElementById("edges").innerText`, &table),
		shot("network"),
	)
	joined := strings.Join(edges, "\n")
	for _, want := range []string{"country/USA accuse country/RUS x3", "country/GBR accuse country/RUS x2"} {
		if !strings.Contains(joined, want) {
			t.Errorf("network: edge %q missing from\n%s", want, joined)
		}
	}
	if !strings.Contains(table, "United States\taccused\tRussia\t3") {
		t.Errorf("network edge table: %q", table)
	}
	step("network-click",
		chromedp.Click(`tr[data-edge="country/GBR|accuse|country/RUS"]`, chromedp.ByQuery),
		waitJS("the claims of the edge", `document.getElementById("detail").innerText.includes("the US and UK have accused Russia of possible war crimes")`, 10*time.Second),
		shot("network-edge-claims"),
	)

	// 5. The index links everything.
	step("index",
		chromedp.Navigate(base+"/"),
		waitJS("the summary", `document.getElementById("summary").innerText.includes("13 events")`, 20*time.Second),
		shot("index"),
	)
}
