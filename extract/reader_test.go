package extract

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// readAll collects what ReadPaths emits.
func readAll(t *testing.T, paths []string, stdin string, ov Overrides) ([]Article, []*InputError) {
	t.Helper()
	var arts []Article
	var errs []*InputError
	err := ReadPaths(paths, strings.NewReader(stdin), ov, func(a Article, err error) error {
		if err != nil {
			var ie *InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error is not an *InputError: %v", err)
			}
			errs = append(errs, ie)
			return nil
		}
		arts = append(arts, a)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return arts, errs
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestReadTextHeader(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.txt", "---\nid: a1\ntitle: Title\nurl: https://example.org/a\nsource: Example\npublished: 2016-09-26\n---\nThe Kremlin said so.\n")
	arts, errs := readAll(t, []string{p}, "", Overrides{})
	if len(errs) != 0 || len(arts) != 1 {
		t.Fatalf("arts=%v errs=%v", arts, errs)
	}
	a := arts[0]
	want := Article{ID: "a1", URL: "https://example.org/a", Title: "Title", Source: "Example", Published: time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC), Text: "The Kremlin said so.", Origin: p}
	if a != want {
		t.Fatalf("got %+v\nwant %+v", a, want)
	}
}

func TestOverridesWinOverHeader(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "a.md", "---\npublished: 2016-09-26\nsource: Header\n---\nText.")
	ov := Overrides{Published: time.Date(2017, 1, 2, 0, 0, 0, 0, time.UTC), Source: "Flag"}
	arts, _ := readAll(t, []string{p}, "", ov)
	if arts[0].Published != ov.Published || arts[0].Source != "Flag" {
		t.Fatalf("overrides not applied: %+v", arts[0])
	}
}

func TestIDFallbacks(t *testing.T) {
	a, err := ParseText([]byte("---\nurl: https://example.org/x\npublished: 2016-09-26\n---\nText."), Overrides{})
	if err != nil || a.ID != "https://example.org/x" {
		t.Fatalf("url as id: %q %v", a.ID, err)
	}
	b1, _ := ParseText([]byte("---\npublished: 2016-09-26\n---\nSame text."), Overrides{})
	b2, _ := ParseText([]byte("---\npublished: 2016-09-26\n---\nSame text.\n"), Overrides{})
	if b1.ID == "" || b1.ID != b2.ID {
		t.Fatalf("content id not stable: %q %q", b1.ID, b2.ID)
	}
}

func TestReadJSONAndJSONL(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "one.json", `{"id":"j1","published":"2016-09-26","text":"Hello.","extra":{"ignored":true}}`)
	write(t, dir, "feed.jsonl", `{"id":"l1","published":"2016-09-26","text":"One."}
{"id":"l2","published":"2016-09-27T10:00:00Z","text":"Two."}
`)
	write(t, dir, "notes.csv", "not read from folders")
	arts, errs := readAll(t, []string{dir}, "", Overrides{})
	if len(errs) != 0 || len(arts) != 3 {
		t.Fatalf("arts=%d errs=%v", len(arts), errs)
	}
	ids := []string{arts[0].ID, arts[1].ID, arts[2].ID}
	if strings.Join(ids, ",") != "l1,l2,j1" {
		t.Fatalf("folder order: %v", ids)
	}
	if arts[1].Published.Format(DateLayout) != "2016-09-27" || arts[1].Origin != filepath.Join(dir, "feed.jsonl")+":2" {
		t.Fatalf("jsonl line 2: %+v", arts[1])
	}
}

func TestReadStdinSniffsFormat(t *testing.T) {
	arts, errs := readAll(t, []string{"-"}, "{\"id\":\"s1\",\"published\":\"2016-09-26\",\"text\":\"A.\"}\n{\"id\":\"s2\",\"published\":\"2016-09-26\",\"text\":\"B.\"}\n", Overrides{})
	if len(errs) != 0 || len(arts) != 2 {
		t.Fatalf("jsonl on stdin: %d %v", len(arts), errs)
	}
	arts, errs = readAll(t, []string{"-"}, "{\n \"id\": \"p\",\n \"published\": \"2016-09-26\",\n \"text\": \"Pretty.\"\n}\n", Overrides{})
	if len(errs) != 0 || len(arts) != 1 || arts[0].ID != "p" {
		t.Fatalf("pretty json on stdin: %v %v", arts, errs)
	}
	arts, errs = readAll(t, []string{"-"}, "Plain text.", Overrides{Published: time.Date(2016, 9, 26, 0, 0, 0, 0, time.UTC)})
	if len(errs) != 0 || len(arts) != 1 || arts[0].Origin != "-" {
		t.Fatalf("text on stdin: %v %v", arts, errs)
	}
}

// Bad input: each case is refused with a message naming the file (and
// line), and the good inputs of the same run still come through.
func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "good.txt", "---\npublished: 2016-09-26\n---\nGood article.")
	cases := []struct {
		name, content, want string
		line                int
	}{
		{"empty.txt", "", "empty file", 0},
		{"empty-with-date.txt", "---\npublished: 2016-09-26\n---\n", "no text", 0},
		{"binary.txt", "---\npublished: 2016-09-26\n---\n\x00\x01\x02", "binary", 0},
		{"latin1.txt", "---\npublished: 2016-09-26\n---\nCaf\xe9", "UTF-8", 0},
		{"feb30.txt", "---\npublished: 2016-02-30\n---\nText.", "not a date", 0},
		{"year0.txt", "---\npublished: 0000-01-01\n---\nText.", "year 0", 0},
		{"nodate.txt", "---\ntitle: x\n---\nText.", "no publication date", 0},
		{"badyaml.txt", "---\npublished: [\n---\nText.", "invalid header", 0},
		{"unclosed.txt", "---\npublished: 2016-09-26\nText.", "no closing ---", 0},
		{"bad.json", `{"published": "2016-09-26", "text": `, "invalid JSON", 0},
		{"mixed.jsonl", "{\"id\":\"ok1\",\"published\":\"2016-09-26\",\"text\":\"A.\"}\n{broken\n{\"id\":\"ok2\",\"published\":\"2016-09-26\",\"text\":\"B.\"}\n", "invalid JSON", 2},
	}
	paths := []string{good}
	for _, c := range cases {
		paths = append(paths, write(t, dir, c.name, c.content))
	}
	paths = append(paths, filepath.Join(dir, "missing.txt"))
	arts, errs := readAll(t, paths, "", Overrides{})
	if len(arts) != 3 { // good.txt, ok1, ok2
		t.Errorf("good articles: %d, want 3", len(arts))
	}
	if len(errs) != len(cases)+1 {
		t.Fatalf("errors: %d, want %d: %v", len(errs), len(cases)+1, errs)
	}
	for i, c := range cases {
		e := errs[i]
		if filepath.Base(e.Origin) != c.name || e.Line != c.line || !strings.Contains(e.Error(), c.want) {
			t.Errorf("%s: got %q (line %d), want it to name the file, line %d and say %q", c.name, e.Error(), e.Line, c.line, c.want)
		}
	}
	if last := errs[len(errs)-1]; !strings.Contains(last.Error(), "missing.txt") || !strings.Contains(last.Error(), "no such file") {
		t.Errorf("missing file: %q", last.Error())
	}
}

func TestHugeInputs(t *testing.T) {
	dir := t.TempDir()
	// A 100 MB article is refused without being read into memory whole.
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("---\npublished: 2016-09-26\n---\n")
	chunk := bytes.Repeat([]byte("word "), 1<<20/5)
	for i := 0; i < 100; i++ {
		f.Write(chunk)
	}
	f.Close()
	// A JSONL line longer than the limit is refused; the next line is read.
	big := string(bytes.Repeat([]byte("word "), MaxArticleBytes/5+10))
	long := write(t, dir, "long.jsonl", `{"id":"big","published":"2016-09-26","text":"`+big+"\"}\n")
	// A 10 MB article on a single line is a valid article.
	line := strings.Repeat("The Kremlin said so on Monday and ", 10<<20/34)
	single := write(t, dir, "single.txt", "---\npublished: 2016-09-26\n---\n"+line)
	arts, errs := readAll(t, []string{huge, long, single}, "", Overrides{})
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "huge.txt: article is larger than") || !strings.Contains(errs[1].Error(), "long.jsonl:1: line longer than") {
		t.Fatalf("huge inputs: %v", errs)
	}
	if len(arts) != 1 || len(arts[0].Text) != len(strings.TrimSpace(line)) {
		t.Fatalf("10 MB single-line article not read whole: %d articles", len(arts))
	}
}

func TestUnreadableFileInFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "ok.txt", "---\npublished: 2016-09-26\n---\nFine.")
	// A dangling link cannot be read, even by root.
	if err := os.Symlink(filepath.Join(dir, "gone"), filepath.Join(dir, "dangling.txt")); err != nil {
		t.Fatal(err)
	}
	want := 1
	if os.Geteuid() != 0 { // permissions stop every user but root
		bad := write(t, dir, "secret.txt", "---\npublished: 2016-09-26\n---\nHidden.")
		os.Chmod(bad, 0)
		want = 2
	}
	arts, errs := readAll(t, []string{dir}, "", Overrides{})
	if len(arts) != 1 || len(errs) != want || !strings.Contains(errs[0].Error(), "dangling.txt") {
		t.Fatalf("arts=%d errs=%v", len(arts), errs)
	}
}

func FuzzParseText(f *testing.F) {
	f.Add([]byte("---\npublished: 2016-09-26\n---\nThe Kremlin said."))
	f.Add([]byte("---\npublished: 2016-02-30\n---\n"))
	f.Add([]byte("no header"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseText(data, Overrides{})
		if err == nil && (a.ID == "" || a.Text == "" || a.Published.IsZero()) {
			t.Fatalf("accepted an article without id, text or date: %+v", a)
		}
	})
}

func FuzzReadJSONL(f *testing.F) {
	f.Add("{\"id\":\"a\",\"published\":\"2016-09-26\",\"text\":\"x\"}\n{bad\n")
	f.Fuzz(func(t *testing.T, in string) {
		ReadPaths([]string{"-"}, strings.NewReader(in), Overrides{}, func(a Article, err error) error {
			if err == nil && (a.ID == "" || a.Text == "") {
				t.Fatalf("accepted an empty article: %+v", a)
			}
			return nil
		})
	})
}

// FuzzCreditPrefilter checks mayBeCredit is a necessary condition of
// creditLine, so skipping the expression on other lines changes nothing.
func FuzzCreditPrefilter(f *testing.F) {
	for _, s := range []string{"Image: DW", "© Reuters", "John Doe/Getty Images", "AFP / Getty", "Photo ©", "GETTY IMAGES", "Reuters/ John Smith", "plain prose line."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if creditLine.MatchString(s) && !mayBeCredit(s) {
			t.Errorf("creditLine matches %q but mayBeCredit is false", s)
		}
	})
}
