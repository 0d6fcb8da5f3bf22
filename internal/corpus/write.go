package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph/extract"
)

// record is the JSONL form newsgraph ingest reads.
type record struct {
	ID        string `json:"id"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	Published string `json:"published"`
	Text      string `json:"text"`
}

// WriteJSONL writes articles [0, n) of seed as JSON lines.
func WriteJSONL(w io.Writer, seed int64, n int) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for i := 0; i < n; i++ {
		a := Generate(seed, i).Article
		if err := enc.Encode(record{ID: a.ID, URL: a.URL, Title: a.Title, Source: a.Source, Published: a.Published.Format(extract.DateLayout), Text: a.Text}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// WriteDir writes articles [0, n) of seed as one .md file each, with the
// YAML header newsgraph ingest reads, 1000 files a subfolder.
func WriteDir(dir string, seed int64, n int) error {
	for i := 0; i < n; i++ {
		a := Generate(seed, i).Article
		sub := filepath.Join(dir, fmt.Sprintf("%04d", i/1000))
		if i%1000 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
		}
		var b strings.Builder
		fmt.Fprintf(&b, "---\nid: %s\ntitle: %q\nsource: %s\nurl: %s\npublished: %s\n---\n%s\n",
			a.ID, a.Title, a.Source, a.URL, a.Published.Format(extract.DateLayout), a.Text)
		if err := os.WriteFile(filepath.Join(sub, a.ID+".md"), []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Write writes n articles of seed to out: a .jsonl file ("-" is stdout), or
// otherwise a directory of .md files.
func Write(out string, stdout io.Writer, seed int64, n int) error {
	switch {
	case out == "-":
		return WriteJSONL(stdout, seed, n)
	case strings.HasSuffix(out, ".jsonl"):
		if d := filepath.Dir(out); d != "" {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return err
			}
		}
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		if err := WriteJSONL(f, seed, n); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	return WriteDir(out, seed, n)
}
