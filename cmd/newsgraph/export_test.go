package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/timeline"
	"github.com/newsgraph/newsgraph/timeline/fixture"
)

// exportDB makes a bolt store holding the fixture articles, and returns the
// flags that open it.
func exportDB(t *testing.T) []string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "db")
	backend := "bolt"
	st, err := graph.Open(graph.Config{Backend: backend, Path: dir})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range fixture.Results() {
		if _, err := st.PutArticle(context.Background(), r); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return []string{"--backend", backend, "--db", dir}
}

// runDB runs the CLI on the store given by the db flags.
func runDB(t *testing.T, db []string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	return run(t, "", append(args, db...)...)
}

func TestExportCommand(t *testing.T) {
	db := exportDB(t)
	for _, tc := range []struct {
		format  string
		args    []string
		want    []string // substrings of the output
		skipped string   // expected stderr note
	}{
		{format: "jsonl", want: []string{`"id":"dw-say-1"`, `"granularity":"week"`}},
		{format: "csv", args: []string{"--bom"}, want: []string{timeline.UTF8BOM + "start,end,granularity"}},
		{format: "timelinejs", args: []string{"--title", "Syria"}, want: []string{`"display_date": "week of 19 Sep 2016"`}, skipped: "skipped 3 undated events"},
		{format: "timelinejs-csv", want: []string{"Year,Month,Day,Time,End Year"}, skipped: "skipped 3"},
		{format: "timesketch", want: []string{`"timestamp_desc":"Claim date (start of week)"`}, skipped: "skipped 3"},
		{format: "ics", want: []string{"BEGIN:VCALENDAR\r\n", "DTSTART;VALUE=DATE:20160919\r\n", "DTEND;VALUE=DATE:20160926\r\n"}, skipped: "skipped 3"},
		{format: "gexf", args: []string{"--type", "accuse"}, want: []string{`<gexf xmlns="http://gexf.net/1.3"`, `kind="accuse"`}},
		{format: "graphml", want: []string{`<graphml xmlns="http://graphml.graphdrawing.org/xmlns"`}},
		{format: "ftm", want: []string{`"schema":"PublicBody"`, `"schema":"Event"`}},
		{format: "nquads", want: []string{`<article/reuters-2016-09-27-aleppo> .`}},
		{format: "html", want: []string{"<!DOCTYPE html>", "vis-timeline"}},
	} {
		t.Run(tc.format, func(t *testing.T) {
			out, errOut, err := runDB(t, db, append([]string{"export", "--format", tc.format}, tc.args...)...)
			if err != nil {
				t.Fatalf("export: %v\n%s", err, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%.600s", w, out)
				}
			}
			if tc.skipped != "" && !strings.Contains(errOut, tc.skipped) {
				t.Errorf("stderr %q, want %q", errOut, tc.skipped)
			}
			if tc.skipped == "" && strings.Contains(errOut, "skipped") {
				t.Errorf("unexpected stderr %q", errOut)
			}
		})
	}
}

func TestExportFiltersAndFile(t *testing.T) {
	db := exportDB(t)
	file := filepath.Join(t.TempDir(), "peskov.jsonl")
	out, _, err := runDB(t, db, "export", "--format", "jsonl", "--entity", "Peskov", "-o", file)
	if err != nil || out != "" {
		t.Fatalf("export -o: %v, stdout %q", err, out)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	evs, err := timeline.ReadJSONL(bytes.NewReader(data))
	if err != nil || len(evs) != 1 || evs[0].ID != "dw-say-1" {
		t.Fatalf("--entity Peskov: %v %+v", err, evs)
	}
	// Same filters as timeline: the week overlaps the day asked for.
	out, _, err = runDB(t, db, "export", "--format", "jsonl", "--from", "2016-09-20", "--to", "2016-09-20", "--type", "say,accuse")
	if err != nil || strings.Count(out, "\n") != 2 {
		t.Fatalf("--from/--to/--type: %v\n%s", err, out)
	}
	// nquads with a filter: the quads of the articles reporting the events.
	out, _, err = runDB(t, db, "export", "--format", "nquads", "--entity", "Ban Ki-moon")
	if err != nil || strings.Contains(out, "<article/dw-2016-09-26-kremlin-syria> .") || !strings.Contains(out, "<article/reuters-2016-09-27-aleppo> .") {
		t.Fatalf("filtered nquads: %v\n%.500s", err, out)
	}
}

func TestExportUsageErrors(t *testing.T) {
	db := exportDB(t)
	for _, args := range [][]string{
		{"export"},
		{"export", "--format", "pdf"},
		{"export", "--format", "jsonl", "--type", "hug"},
		{"export", "--format", "jsonl", "--from", "Sept 2016"},
		{"export", "--format", "ics", "--bom"},
	} {
		_, _, err := runDB(t, db, args...)
		var ue usageError
		if !errors.As(err, &ue) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
}
