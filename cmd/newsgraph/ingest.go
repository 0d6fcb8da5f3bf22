package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"sync"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

func init() { register(newIngestCmd) }

func newIngestCmd(a *app) *cobra.Command {
	var published, source, url, title string
	cmd := &cobra.Command{
		Use:   "ingest [flags] PATH...",
		Short: "Extract articles and store them in the graph",
		Long: `Reads articles from files, folders (recursively: .txt, .md, .json, .jsonl)
or "-" for stdin, extracts their entities, dates and events, and stores them
in the graph, one transaction per article. Re-ingesting an article with the
same id (or URL) replaces what it stored before.`,
		Example: `  newsgraph ingest testdata/articles
  newsgraph ingest --published 2016-09-26 --source "Deutsche Welle" article.txt
  cat feed.jsonl | newsgraph ingest -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ov, err := overrides(published, source, url, title)
			if err != nil {
				return err
			}
			st, err := a.openStore(false)
			if err != nil {
				return err
			}
			defer st.Close()
			sum, err := ingest(cmd.Context(), a, st, args, ov, cmd.InOrStdin())
			fmt.Fprintf(cmd.OutOrStdout(), "ingested %s (%d refused): %s, %s, %s\n",
				plural(sum.articles, "article", "articles"), sum.refused,
				plural(sum.entities, "entity", "entities"), plural(sum.events, "event", "events"),
				plural(sum.quads, "quad", "quads"))
			if err != nil {
				return err
			}
			if sum.refused > 0 {
				return fmt.Errorf("%s refused (see messages above); the others were stored", plural(sum.refused, "input was", "inputs were"))
			}
			return nil
		},
	}
	f := cmd.Flags()
	addArticleFlags(f, &published, &source, &url, &title)
	return cmd
}

type pflagSet interface {
	StringVar(p *string, name, value, usage string)
}

func addArticleFlags(f pflagSet, published, source, url, title *string) {
	f.StringVar(published, "published", "", "publication date YYYY-MM-DD (overrides the header)")
	f.StringVar(source, "source", "", "source name, e.g. \"Deutsche Welle\" (overrides the header)")
	f.StringVar(url, "url", "", "article URL (overrides the header)")
	f.StringVar(title, "title", "", "article title (overrides the header)")
}

func overrides(published, source, url, title string) (extract.Overrides, error) {
	ov := extract.Overrides{Source: source, URL: url, Title: title}
	if published != "" {
		t, err := extract.ParseDate(published)
		if err != nil {
			return ov, usagef("--published: %v", err)
		}
		ov.Published = t
	}
	return ov, nil
}

type ingestSummary struct {
	articles, refused, entities, events, quads int
}

// ingest reads, extracts and stores. Extraction runs on every core while
// one goroutine writes, in input order, so a store sees articles in the
// order they were given.
func ingest(ctx context.Context, a *app, st *graph.Store, paths []string, ov extract.Overrides, stdin interface{ Read([]byte) (int, error) }) (ingestSummary, error) {
	var sum ingestSummary
	x := extract.New()

	type job struct {
		art  extract.Article
		err  error
		done chan extract.Result
	}
	jobs := make(chan *job, 64)
	ordered := make(chan *job, 64)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.done <- x.Extract(j.art)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(ordered)
		defer close(jobs)
		readErr <- extract.ReadPaths(paths, stdin, ov, func(art extract.Article, err error) error {
			j := &job{art: art, err: err, done: make(chan extract.Result, 1)}
			select {
			case ordered <- j:
			case <-ctx.Done():
				return ctx.Err()
			}
			if err == nil {
				jobs <- j
			}
			return nil
		})
	}()

	var writeErr error
	for j := range ordered {
		if j.err != nil {
			sum.refused++
			fmt.Fprintln(os.Stderr, "newsgraph: refused:", j.err)
			continue
		}
		res := <-j.done
		if writeErr != nil {
			continue // drain so the workers finish
		}
		n, err := st.PutArticle(ctx, res)
		if err != nil {
			writeErr = fmt.Errorf("%s: %w", j.art.Origin, err)
			continue
		}
		sum.articles++
		sum.entities += len(res.Entities)
		sum.events += len(res.Events)
		sum.quads += n
		a.log.Debug("stored", "article", j.art.ID, "origin", j.art.Origin, "quads", n)
	}
	wg.Wait()
	if err := <-readErr; err != nil && writeErr == nil && !errors.Is(err, context.Canceled) {
		writeErr = err
	}
	return sum, writeErr
}
