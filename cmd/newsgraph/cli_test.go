package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/extract"
)

// run executes the CLI in-process, as a user would from a shell.
func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	root := newRootCmd()
	var out, errb bytes.Buffer
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetIn(strings.NewReader(stdin))
	root.SetArgs(args)
	err = root.Execute()
	return out.String(), errb.String(), err
}

func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, stderr, err := run(t, "", args...)
	if err != nil {
		t.Fatalf("newsgraph %s: %v\n%s", strings.Join(args, " "), err, stderr)
	}
	return out
}

func decode[T any](t *testing.T, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("bad JSON: %v\n%s", err, s)
	}
	return v
}

// chdir moves the test into a fresh directory so no config.yaml or store
// of the repository is picked up.
func chdir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	wd, _ := os.Getwd()
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chdir(wd) })
	return dir
}

func repoFile(t *testing.T, rel string) string {
	t.Helper()
	p, err := filepath.Abs(filepath.Join("..", "..", rel))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestConfigPrecedence(t *testing.T) {
	dir := chdir(t)
	art := filepath.Join(dir, "a.txt")
	os.WriteFile(art, []byte("---\nid: a\npublished: 2016-09-26\n---\nText."), 0o644)
	os.WriteFile("config.yaml", []byte("store:\n  path: ./from-file.db\n"), 0o644)

	mustRun(t, "ingest", art)
	if _, err := os.Stat("from-file.db"); err != nil {
		t.Fatalf("config file ignored: %v", err)
	}
	t.Setenv("NEWSGRAPH_STORE_PATH", "./from-env.db")
	mustRun(t, "ingest", art)
	if _, err := os.Stat("from-env.db"); err != nil {
		t.Fatalf("env ignored over file: %v", err)
	}
	mustRun(t, "--db", "./from-flag.db", "ingest", art)
	if _, err := os.Stat("from-flag.db"); err != nil {
		t.Fatalf("flag ignored over env: %v", err)
	}
	other := filepath.Join(dir, "other.yaml")
	os.WriteFile(other, []byte("store:\n  backend: nosuch\n"), 0o644)
	if _, _, err := run(t, "", "--config", other, "ingest", art); err == nil || !strings.Contains(err.Error(), "nosuch") {
		t.Fatalf("--config file not read: %v", err)
	}
}

func TestIngestRefusesUndatedAndKeepsTheRest(t *testing.T) {
	dir := chdir(t)
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("---\nid: good\npublished: 2016-09-26\n---\nText."), 0o644)
	os.WriteFile(filepath.Join(dir, "undated.txt"), []byte("Text without a date."), 0o644)
	out, _, err := run(t, "", "--db", "db", "ingest", dir)
	if err == nil || !strings.Contains(err.Error(), "refused") {
		t.Fatalf("want a refusal error, got %v", err)
	}
	if !strings.Contains(out, "ingested 1 article (1 refused)") {
		t.Fatalf("summary: %q", out)
	}
	arts := decode[[]extract.ArticleRef](t, mustRun(t, "--db", "db", "articles"))
	if len(arts) != 1 || arts[0].ID != "good" {
		t.Fatalf("stored: %+v", arts)
	}
}

func TestUsageErrors(t *testing.T) {
	chdir(t)
	for _, args := range [][]string{
		{"timeline", "--format", "xml"},
		{"timeline", "--from", "2016-13-01"},
		{"claims", "--type", "hug"},
		{"entities", "--kind", "planet"},
		{"ingest", "--published", "2016-02-30", "x.txt"},
	} {
		_, _, err := run(t, "", args...)
		var ue usageError
		if err == nil || !errors.As(err, &ue) {
			t.Errorf("%v: want a usage error, got %v", args, err)
		}
	}
}
