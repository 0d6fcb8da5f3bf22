package main

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// Everything a user can see must be in the README: every command and flag,
// every configuration key, every predicate and event type.
func TestReadmeDocumentsEverything(t *testing.T) {
	b, err := os.ReadFile(repoFile(t, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	missing := func(what, s string) {
		if !strings.Contains(readme, s) {
			t.Errorf("README does not mention %s %s", what, s)
		}
	}
	var walk func(c *cobra.Command, path string)
	walk = func(c *cobra.Command, path string) {
		if c.Hidden || c.Name() == "help" || c.Name() == "completion" {
			return
		}
		if path != "" {
			missing("command", path)
		}
		c.NonInheritedFlags().VisitAll(func(f *pflag.Flag) {
			if f.Name != "help" {
				missing("flag of "+c.Name()+":", "--"+f.Name)
			}
		})
		for _, sub := range c.Commands() {
			p := sub.Name()
			if path != "" {
				p = path + " " + sub.Name()
			}
			walk(sub, p)
		}
	}
	walk(newRootCmd(), "")

	v := viper.New()
	setDefaults(v)
	for _, k := range v.AllKeys() {
		missing("config key", "`"+k+"`")
	}
	for _, p := range graph.Predicates {
		missing("predicate", "<"+string(p)+">")
	}
	for _, et := range extract.EventTypes {
		missing("event type", "`"+et.Name+"`")
		missing("edge predicate", "<"+string(graph.EdgePredicate(et.Edge))+">")
	}
}

// The README's Gizmo examples run unchanged against a store holding the
// reference article, and each returns something.
func TestReadmeGizmoExamples(t *testing.T) {
	b, err := os.ReadFile(repoFile(t, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	art := repoFile(t, "testdata/articles/dw-2016-09-26-kremlin-syria.md")
	chdir(t)
	mustRun(t, "--db", "db", "ingest", art)
	examples := codeBlocks(string(b), "js")
	if len(examples) < 3 {
		t.Fatalf("found %d Gizmo examples", len(examples))
	}
	for _, q := range examples {
		res := decode[[]any](t, mustRun(t, "--db", "db", "query", q))
		if len(res) == 0 {
			t.Errorf("README example returns nothing: %s", q)
		}
	}
}

// codeBlocks returns the bodies of the fenced blocks of a language.
func codeBlocks(md, lang string) []string {
	var out []string
	parts := strings.Split(md, "```"+lang+"\n")
	for _, p := range parts[1:] {
		body, _, _ := strings.Cut(p, "```")
		out = append(out, strings.TrimSpace(body))
	}
	return out
}

// The README's command examples run as written, against a store holding the
// bundled sample articles.
func TestReadmeCommandExamples(t *testing.T) {
	b, err := os.ReadFile(repoFile(t, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	root := repoFile(t, ".")
	dir := chdir(t)
	db := dir + "/db"
	// Examples name files under testdata/ and write files of their own:
	// run them in a scratch folder that sees the repository's testdata.
	if err := os.Symlink(root+"/testdata", "testdata"); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "--db", db, "ingest", "testdata/articles")
	ran := 0
	for _, block := range codeBlocks(string(b), "sh") {
		for _, line := range strings.Split(block, "\n") {
			line = strings.TrimSpace(line)
			if !strings.HasPrefix(line, "newsgraph ") || strings.ContainsAny(line, "|<>") {
				continue
			}
			args, err := shellWords(strings.TrimPrefix(line, "newsgraph "))
			if err != nil {
				t.Fatalf("%s: %v", line, err)
			}
			if skipExample(args) {
				continue
			}
			ran++
			if _, stderr, err := run(t, "", append([]string{"--db", db}, args...)...); err != nil {
				t.Errorf("README example failed: %s\n%v\n%s", line, err, stderr)
			}
		}
	}
	if ran < 10 {
		t.Fatalf("ran only %d README examples", ran)
	}
}

// skipExample leaves out examples that do not return: a server.
func skipExample(args []string) bool { return len(args) > 0 && args[0] == "serve" }

// shellWords splits a command line the way a POSIX shell would for the
// quoting the README uses: single and double quotes, no expansions.
func shellWords(s string) ([]string, error) {
	var out []string
	var cur strings.Builder
	inWord := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\'' || c == '"':
			j := strings.IndexByte(s[i+1:], c)
			if j < 0 {
				return nil, errUnclosedQuote
			}
			cur.WriteString(s[i+1 : i+1+j])
			i += j + 1
			inWord = true
		case c == ' ' || c == '\t':
			if inWord {
				out = append(out, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteByte(c)
			inWord = true
		}
	}
	if inWord {
		out = append(out, cur.String())
	}
	return out, nil
}

var errUnclosedQuote = errors.New("unclosed quote")
