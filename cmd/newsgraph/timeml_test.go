package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runOut runs the CLI and returns its stdout.
func runOut(t *testing.T, args ...string) (string, error) {
	t.Helper()
	out, _, err := run(t, "", args...)
	return out, err
}

func TestEvalTimeML(t *testing.T) {
	out, err := runOut(t, "eval", "timeml", "--gold", "../../testdata/timeml", "--verbose")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"timeml (engine newsgraph): 1 docs, 6 gold TIMEX3", "relaxed", "value", "strict"} {
		if !strings.Contains(out, s) {
			t.Errorf("output lacks %q:\n%s", s, out)
		}
	}
	if _, err := runOut(t, "eval", "timeml", "--gold", "../../testdata/timeml", "--engine", "when"); err != nil {
		t.Fatal(err)
	}
	if _, err := runOut(t, "eval", "timeml", "--gold", "../../testdata/timeml", "--engine", "nope"); err == nil {
		t.Error("unknown engine accepted")
	}
}

func TestTimeMLCommand(t *testing.T) {
	dir := t.TempDir()
	if _, err := runOut(t, "timeml", "--out", dir, "../../testdata/timeml/sample.tml"); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "sample.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `value="2016-W38">last week</TIMEX3>`) || strings.Contains(string(b), "<EVENT") {
		t.Errorf("annotated file:\n%s", b)
	}
	out, err := runOut(t, "timeml", "../../testdata/timeml/sample.tml")
	if err != nil || !strings.Contains(out, "<TIMEX3") {
		t.Errorf("stdout mode: %v\n%s", err, out)
	}
}
