package extract

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Overrides are values given on the command line that replace what an
// article's header or JSON record says.
type Overrides struct {
	Published time.Time
	Source    string
	URL       string
	Title     string
}

// InputError is a problem with one input (a file, or one line of a JSONL
// file). Reading goes on with the next input.
type InputError struct {
	Origin string // file name, "-" for stdin
	Line   int    // 1-based line for JSONL, 0 otherwise
	Err    error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Origin, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Origin, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// Extensions read from folders; files given by name are read whatever
// their extension (as text unless .json or .jsonl).
var Extensions = []string{".txt", ".md", ".json", ".jsonl"}

// MaxArticleBytes bounds one article's text; a larger input is refused
// rather than read into memory.
const MaxArticleBytes = 32 << 20

// ReadPaths reads every article under paths ("-" is stdin) and calls emit
// with each article, or with an *InputError for each input that could not be
// read. emit returning an error stops the walk with that error.
func ReadPaths(paths []string, stdin io.Reader, ov Overrides, emit func(Article, error) error) error {
	for _, p := range paths {
		if p == "-" {
			if err := readStream("-", "", stdin, ov, emit); err != nil {
				return err
			}
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			if err := emit(Article{}, &InputError{Origin: p, Err: unwrapPathError(err)}); err != nil {
				return err
			}
			continue
		}
		if !info.IsDir() {
			if err := readFile(p, ov, emit); err != nil {
				return err
			}
			continue
		}
		var files []string
		walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return emit(Article{}, &InputError{Origin: path, Err: unwrapPathError(err)})
			}
			if d.IsDir() || !hasExt(path) {
				return nil
			}
			files = append(files, path)
			return nil
		})
		if walkErr != nil {
			return walkErr
		}
		sort.Strings(files)
		for _, f := range files {
			if err := readFile(f, ov, emit); err != nil {
				return err
			}
		}
	}
	return nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func hasExt(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

func readFile(path string, ov Overrides, emit func(Article, error) error) error {
	f, err := os.Open(path)
	if err != nil {
		return emit(Article{}, &InputError{Origin: path, Err: unwrapPathError(err)})
	}
	defer f.Close()
	return readStream(path, strings.ToLower(filepath.Ext(path)), f, ov, emit)
}

// readStream reads one input. ext picks the format; stdin ("") is sniffed:
// a leading '{' means JSON or JSONL, anything else text.
func readStream(origin, ext string, r io.Reader, ov Overrides, emit func(Article, error) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if ext == "" {
		if b, err := peekNonSpace(br); err == nil && b == '{' {
			ext = ".jsonl" // a single JSON object is also valid JSONL when on one line
			if !looksLikeJSONL(br) {
				ext = ".json"
			}
		}
	}
	switch ext {
	case ".jsonl":
		return readJSONL(origin, br, ov, emit)
	case ".json":
		data, err := readLimited(br)
		if err != nil {
			return emit(Article{}, &InputError{Origin: origin, Err: err})
		}
		a, err := parseJSONArticle(data, ov)
		if err != nil {
			return emit(Article{}, &InputError{Origin: origin, Err: err})
		}
		a.Origin = origin
		return emit(a, nil)
	default:
		data, err := readLimited(br)
		if err != nil {
			return emit(Article{}, &InputError{Origin: origin, Err: err})
		}
		a, err := ParseText(data, ov)
		if err != nil {
			return emit(Article{}, &InputError{Origin: origin, Err: err})
		}
		a.Origin = origin
		return emit(a, nil)
	}
}

func peekNonSpace(br *bufio.Reader) (byte, error) {
	for n := 1; n <= 4096; n++ {
		b, err := br.Peek(n)
		if len(b) < n {
			return 0, err
		}
		c := b[n-1]
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != 0xEF && c != 0xBB && c != 0xBF {
			return c, nil
		}
	}
	return 0, io.EOF
}

// looksLikeJSONL reports whether the first line of the buffered input is a
// complete JSON value.
func looksLikeJSONL(br *bufio.Reader) bool {
	b, _ := br.Peek(br.Size())
	line, _, _ := bytes.Cut(b, []byte("\n"))
	return json.Valid(bytes.TrimSpace(line))
}

func readLimited(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxArticleBytes+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxArticleBytes {
		return nil, fmt.Errorf("article is larger than %d MiB", MaxArticleBytes>>20)
	}
	return data, nil
}

func readJSONL(origin string, br *bufio.Reader, ov Overrides, emit func(Article, error) error) error {
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 64<<10), MaxArticleBytes+1)
	line := 0
	for sc.Scan() {
		line++
		b := bytes.TrimSpace(sc.Bytes())
		if len(b) == 0 {
			continue
		}
		a, err := parseJSONArticle(b, ov)
		if err != nil {
			if err := emit(Article{}, &InputError{Origin: origin, Line: line, Err: err}); err != nil {
				return err
			}
			continue
		}
		a.Origin = fmt.Sprintf("%s:%d", origin, line)
		if err := emit(a, nil); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			err = fmt.Errorf("line longer than %d MiB", MaxArticleBytes>>20)
		}
		return emit(Article{}, &InputError{Origin: origin, Line: line + 1, Err: err})
	}
	return nil
}

// jsonArticle is the JSON/JSONL record format. Unknown fields are ignored
// so feeds with extra metadata load as they are.
type jsonArticle struct {
	ID        string `json:"id"`
	URL       string `json:"url"`
	Title     string `json:"title"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

func parseJSONArticle(data []byte, ov Overrides) (Article, error) {
	if bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		data = data[3:]
	}
	if !utf8.Valid(data) {
		return Article{}, errors.New("not valid UTF-8")
	}
	var j jsonArticle
	if err := json.Unmarshal(data, &j); err != nil {
		return Article{}, fmt.Errorf("invalid JSON article: %v", err)
	}
	return finish(header{ID: j.ID, URL: j.URL, Title: j.Title, Source: j.Source, Published: j.Published}, j.Text, ov)
}

// header is the optional YAML front matter of a text article.
type header struct {
	ID        string `yaml:"id"`
	URL       string `yaml:"url"`
	Title     string `yaml:"title"`
	Source    string `yaml:"source"`
	Published string `yaml:"published"`
}

// ParseText reads a text article: an optional YAML header between "---"
// lines, then the text.
func ParseText(data []byte, ov Overrides) (Article, error) {
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return Article{}, errors.New("empty file")
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return Article{}, errors.New("binary file (NUL bytes), not an article")
	}
	if !utf8.Valid(data) {
		return Article{}, errors.New("not valid UTF-8 text")
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	var h header
	if rest, ok := strings.CutPrefix(text, "---\n"); ok {
		front, body, found := strings.Cut(rest, "\n---\n")
		if !found {
			if f, ok := strings.CutSuffix(rest, "\n---"); ok {
				front, body, found = f, "", true
			}
		}
		if !found {
			return Article{}, errors.New("header starts with --- but has no closing --- line")
		}
		if err := yaml.Unmarshal([]byte(front), &h); err != nil {
			return Article{}, fmt.Errorf("invalid header: %v", err)
		}
		text = body
	}
	return finish(h, text, ov)
}

// finish applies overrides, checks the article and gives it an id.
func finish(h header, text string, ov Overrides) (Article, error) {
	a := Article{ID: strings.TrimSpace(h.ID), URL: strings.TrimSpace(h.URL), Title: strings.TrimSpace(h.Title), Source: strings.TrimSpace(h.Source), Text: strings.TrimSpace(text)}
	if ov.Source != "" {
		a.Source = ov.Source
	}
	if ov.URL != "" {
		a.URL = ov.URL
	}
	if ov.Title != "" {
		a.Title = ov.Title
	}
	switch {
	case !ov.Published.IsZero():
		a.Published = ov.Published
	case strings.TrimSpace(h.Published) != "":
		t, err := ParseDate(h.Published)
		if err != nil {
			return Article{}, fmt.Errorf("published: %v", err)
		}
		a.Published = t
	default:
		return Article{}, errors.New("no publication date: add 'published: YYYY-MM-DD' to the header or the record, or pass --published")
	}
	if a.Text == "" {
		return Article{}, errors.New("article has no text")
	}
	if a.ID == "" {
		if a.URL != "" {
			a.ID = a.URL
		} else {
			sum := sha256.Sum256([]byte(a.Text))
			a.ID = "sha256-" + hex.EncodeToString(sum[:8])
		}
	}
	return a, nil
}

// ParseDate reads a publication date: YYYY-MM-DD, or an RFC 3339 timestamp
// whose calendar date is taken as written. Impossible dates (2016-02-30)
// and years outside 1000-9999 are refused.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		t2, err2 := time.Parse(time.RFC3339, s)
		if err2 != nil {
			return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD)", s)
		}
		t = time.Date(t2.Year(), t2.Month(), t2.Day(), 0, 0, 0, 0, time.UTC)
	}
	if t.Year() < 1000 {
		return time.Time{}, fmt.Errorf("%q: year %d is not a publication year", s, t.Year())
	}
	return t, nil
}
