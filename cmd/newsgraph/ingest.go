package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

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
in the graph. Extraction runs on every core while one writer stores the
results in input order, batching articles into transactions of about
ingest.batch_quads quads (each batch all-or-nothing). Progress goes to
stderr: a status line on a terminal, a log line every
ingest.progress_interval otherwise. Re-ingesting an article with the
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
			sum, err := ingest(cmd.Context(), a, st, args, ov, cmd.InOrStdin(), cmd.ErrOrStderr(), a.ingestOptions())
			fmt.Fprintf(cmd.OutOrStdout(), "ingested %s (%d refused): %s, %s, %s%s\n",
				plural(sum.articles, "article", "articles"), sum.refused,
				plural(sum.entities, "entity", "entities"), plural(sum.events, "event", "events"),
				plural(sum.quads, "quad", "quads"), sum.rates())
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
	f.Int("batch-quads", 0, "write a transaction every this many quads (default: ingest.batch_quads)")
	f.String("progress", "", "progress on stderr: auto, bar, log or none (default: ingest.progress)")
	addContextDatesFlag(f)
	cmd.PreRunE = func(cmd *cobra.Command, _ []string) error {
		if _, err := a.contextPolicy(cmd); err != nil {
			return err
		}
		if f := cmd.Flags().Lookup("batch-quads"); f.Changed {
			a.v.Set("ingest.batch_quads", f.Value.String())
		}
		if f := cmd.Flags().Lookup("progress"); f.Changed {
			a.v.Set("ingest.progress", f.Value.String())
		}
		switch p := a.v.GetString("ingest.progress"); p {
		case "auto", "bar", "log", "none":
		default:
			return usagef("--progress %q: want auto, bar, log or none", p)
		}
		return nil
	}
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
	elapsed                                    time.Duration
}

// rates formats the throughput of an ingest.
func (s ingestSummary) rates() string {
	sec := s.elapsed.Seconds()
	if sec <= 0 {
		return ""
	}
	return fmt.Sprintf(" in %s (%.0f articles/s, %.0f quads/s)", s.elapsed.Round(10*time.Millisecond), float64(s.articles)/sec, float64(s.quads)/sec)
}

// ingestOptions tune the pipeline; the zero value is the default.
type ingestOptions struct {
	// batchQuads is the number of quads after which a batch of articles is
	// written in one transaction; batchArticles bounds the articles in one.
	batchQuads, batchArticles int
	// memoryLimitMB is the soft Go heap limit during the ingest, in MiB
	// (ignored when GOMEMLIMIT is set; 0 for none).
	memoryLimitMB int
	// progress is "auto" (a bar on a terminal, log lines otherwise),
	// "bar", "log" or "none".
	progress string
	// progressEvery is the interval of progress log lines.
	progressEvery time.Duration
	contextDates  string // extract.InferDates policy
}

// ingestOptions reads the pipeline settings from the configuration.
func (a *app) ingestOptions() ingestOptions {
	o := ingestOptions{
		batchQuads:    a.v.GetInt("ingest.batch_quads"),
		batchArticles: a.v.GetInt("ingest.batch_articles"),
		memoryLimitMB: a.v.GetInt("ingest.memory_limit_mb"),
		progress:      a.v.GetString("ingest.progress"),
		progressEvery: a.v.GetDuration("ingest.progress_interval"),
		contextDates:  extract.PolicyNone,
	}
	if p, ok := extract.UserPolicy(a.v.GetString("extract.context_dates")); ok {
		o.contextDates = p
	}
	return o
}

// ingest reads, extracts and stores. Extraction runs on every core while
// one goroutine writes, in input order, so a store sees articles in the
// order they were given. Articles are written in batches of about
// batchQuads quads, one transaction a batch: a batch is stored whole or
// not at all, and every article in it replaces what it stored before.
// Refused inputs are reported on errOut and counted; the run goes on.
func ingest(ctx context.Context, a *app, st *graph.Store, paths []string, ov extract.Overrides, stdin io.Reader, errOut io.Writer, opt ingestOptions) (ingestSummary, error) {
	var sum ingestSummary
	start := time.Now()
	// A soft heap limit keeps a long ingest's memory flat. The live heap is
	// mostly bolt's dirty pages of the open batch, which grow with the
	// store (the index B-trees get wider, so a batch touches more pages);
	// without a limit the GC lets the heap grow to twice that, and a limit
	// under the live heap makes the GC run without pause.
	if os.Getenv("GOMEMLIMIT") == "" && opt.memoryLimitMB > 0 {
		defer debug.SetMemoryLimit(debug.SetMemoryLimit(int64(opt.memoryLimitMB) << 20))
	}
	limit := debug.SetMemoryLimit(-1)
	if limit == math.MaxInt64 {
		limit = 0
	}
	x := extract.New(extract.WithContextDates(opt.contextDates))
	if opt.batchQuads <= 0 {
		opt.batchQuads = 50000
	}
	if opt.batchArticles <= 0 {
		opt.batchArticles = 5000
	}

	type job struct {
		art  extract.Article
		err  error
		done chan extract.Result
	}
	jobs := make(chan *job, 256)
	ordered := make(chan *job, 1024)
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

	sizer := newBatchSizer(opt.batchQuads, limit)
	sampleCtx, stopSampling := context.WithCancel(ctx)
	defer stopSampling()
	go sizer.sample(sampleCtx, 50*time.Millisecond)
	prog := newProgress(a, opt.progress, opt.progressEvery, start)
	var writeErr error
	var batch []extract.Result
	var origins []string
	batchQuads := 0
	flush := func() {
		if len(batch) == 0 || writeErr != nil {
			batch, origins, batchQuads = batch[:0], origins[:0], 0
			return
		}
		n, err := st.PutArticles(ctx, batch)
		if err != nil {
			writeErr = fmt.Errorf("%s (and the %d other articles of its batch, none stored): %w", origins[0], len(batch)-1, err)
			if len(batch) == 1 {
				writeErr = fmt.Errorf("%s: %w", origins[0], err)
			}
		} else {
			for _, res := range batch {
				sum.articles++
				sum.entities += len(res.Entities)
				sum.events += len(res.Events)
			}
			sum.quads += n
			peak := sizer.written()
			a.log.Debug("stored batch", "articles", len(batch), "first", batch[0].Article.ID, "quads", n, "peak_live_heap_mb", peak>>20, "next_batch_quads", sizer.size())
		}
		prog.update(sum.articles, sum.quads, sum.refused)
		batch, origins, batchQuads = batch[:0], origins[:0], 0
	}
	for j := range ordered {
		if j.err != nil {
			sum.refused++
			prog.clear()
			fmt.Fprintln(errOut, "newsgraph: refused:", j.err)
			continue
		}
		res := <-j.done
		if writeErr != nil {
			continue // drain so the workers finish
		}
		batch = append(batch, res)
		origins = append(origins, j.art.Origin)
		// An estimate good enough for batching: the model writes about
		// fifteen quads an event and eight an entity.
		batchQuads += 8 + 16*len(res.Events) + 8*len(res.Entities)
		if batchQuads >= sizer.size() || len(batch) >= opt.batchArticles {
			flush()
		}
	}
	flush()
	if sum.quads > 0 && writeErr == nil {
		if err := st.Analyze(ctx); err != nil {
			a.log.Warn("refreshing planner statistics failed", "err", err)
		}
	}
	prog.done()
	wg.Wait()
	if err := <-readErr; err != nil && writeErr == nil && !errors.Is(err, context.Canceled) {
		writeErr = err
	}
	sum.elapsed = time.Since(start)
	return sum, writeErr
}
