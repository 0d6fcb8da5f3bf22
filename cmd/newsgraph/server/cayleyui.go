package server

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"path"
	"time"

	cayleyui "github.com/cayleygraph/cayley/ui"
)

// Cayley's embedded UI is a create-react-app build with two addresses baked
// in at build time: the server it talks to (http://localhost:64210, so it
// only works on Cayley's default port) and the CDN it loads its Monaco
// editor from (which an offline analyst or a sandboxed CI cannot reach). We
// serve it with both rewritten: the API becomes same-origin, and Monaco
// comes from our vendored copy of the same version (scripts/fetch-webdeps.sh).
const (
	uiBakedServer = `"http://localhost:64210"`
	uiMonacoCDN   = "https://cdn.jsdelivr.net/npm/monaco-editor@0.18.1/min/vs"
	uiMonacoLocal = "/vendor/monaco-editor/min/vs"
	uiStyle       = `<style>.mdc-button__icon.material-icons{display:none}</style>`
)

// cayleyUI returns Cayley's UI files with the rewrites applied. It fails
// when a rewrite finds nothing to rewrite: a Cayley upgrade changed the
// build, and the UI would silently call the wrong server.
func cayleyUI() (fs.FS, error) {
	web, err := fs.Sub(cayleyui.FS, "web")
	if err != nil {
		return nil, err
	}
	js, err := fs.Glob(web, "static/js/*.js")
	if err != nil {
		return nil, err
	}
	patched := map[string][]byte{}
	found := map[string]int{}
	for _, name := range js {
		data, err := fs.ReadFile(web, name)
		if err != nil {
			return nil, err
		}
		orig := data
		for _, rw := range []struct{ from, to string }{
			{uiBakedServer, `""`},
			{uiMonacoCDN, uiMonacoLocal},
		} {
			if n := bytes.Count(data, []byte(rw.from)); n > 0 {
				found[rw.from] += n
				data = bytes.ReplaceAll(data, []byte(rw.from), []byte(rw.to))
			}
		}
		if !bytes.Equal(orig, data) {
			// The source map no longer matches byte for byte; drop the
			// reference rather than mislead a debugger.
			data = bytes.ReplaceAll(data, []byte("//# sourceMappingURL="), []byte("//# sourceMappingURL-removed-by-newsgraph="))
			patched[name] = data
		}
	}
	for _, want := range []string{uiBakedServer, uiMonacoCDN} {
		if found[want] == 0 {
			return nil, fmt.Errorf("embedded Cayley UI: %s not found in its scripts; the UI build changed, update cmd/newsgraph/server/cayleyui.go", want)
		}
	}
	// Its buttons name Material icons, a web font it does not ship: hide the
	// icon names rather than print "play_circle_filled" over "Run".
	index, err := fs.ReadFile(web, "index.html")
	if err != nil {
		return nil, err
	}
	if !bytes.Contains(index, []byte("</head>")) {
		return nil, fmt.Errorf("embedded Cayley UI: index.html has no </head>; update cmd/newsgraph/server/cayleyui.go")
	}
	patched["index.html"] = bytes.Replace(index, []byte("</head>"), []byte(uiStyle+"</head>"), 1)
	return &overlayFS{base: web, files: patched}, nil
}

// overlayFS serves base with some files replaced.
type overlayFS struct {
	base  fs.FS
	files map[string][]byte
}

func (o *overlayFS) Open(name string) (fs.File, error) {
	data, ok := o.files[path.Clean(name)]
	if !ok {
		return o.base.Open(name)
	}
	return &memFile{Reader: bytes.NewReader(data), name: path.Base(name), size: int64(len(data))}, nil
}

type memFile struct {
	*bytes.Reader
	name string
	size int64
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f, nil }
func (f *memFile) Close() error               { return nil }
func (f *memFile) Name() string               { return f.name }
func (f *memFile) Size() int64                { return f.size }
func (f *memFile) Mode() fs.FileMode          { return 0o444 }
func (f *memFile) ModTime() time.Time         { return time.Time{} }
func (f *memFile) IsDir() bool                { return false }
func (f *memFile) Sys() any                   { return nil }

var _ io.ReadSeeker = (*memFile)(nil)
