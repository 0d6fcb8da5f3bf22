package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/refs"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/timeline"
)

func init() { register(newBenchCmd) }

func newBenchCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Scale benchmarks: generate a corpus, compare ingest with cayley load, time queries",
		Long: `Scale benchmarks, see docs/scale.md.

  bench corpus   writes a generated corpus (JSONL or a folder of .md files)
  bench build    stores a generated corpus's ground truth directly (fast
                 way to a store of millions of quads for query benchmarks)
  bench ingest   times 'newsgraph ingest' of a generated corpus into a fresh
                 bolt store against 'cayley load' of the N-Quads it produced
  bench query    times the entity timeline, who-accused-whom and one-month
                 queries (Store methods and Gizmo forms) on the store
  bench all      ingest, then query on the ingested store`,
	}
	cmd.AddCommand(newBenchCorpusCmd(a), newBenchBuildCmd(a), newBenchIngestCmd(a), newBenchQueryCmd(a), newBenchAllCmd(a))
	return cmd
}

func newBenchCorpusCmd(a *app) *cobra.Command {
	var n int
	var seed int64
	var out string
	cmd := &cobra.Command{
		Use:   "corpus --articles N --out DIR|FILE.jsonl [--seed S]",
		Short: "Write a generated news corpus",
		Long: `Writes N generated articles: varied actors (about sixty countries, their
officials with titles, international organisations and armed groups),
verbs (accuse, condemn, criticize, deny, say, attack, bomb, meet,
threaten, sanction...) and relative dates ("on Thursday", "last week",
"last month", "in March", "in 2011") over 2010-2020 publication dates.
Article i of a seed is the same everywhere. --out ending in .jsonl (or
"-") writes JSON lines, anything else a folder of .md files.`,
		Example: "  newsgraph bench corpus --articles 10000 --out corpus.jsonl --seed 1",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if out == "" {
				return usagef("--out is required")
			}
			start := time.Now()
			if err := corpus.Write(out, cmd.OutOrStdout(), seed, n); err != nil {
				return err
			}
			if out != "-" {
				fmt.Fprintf(cmd.ErrOrStderr(), "wrote %d articles (seed %d) to %s in %s\n", n, seed, out, time.Since(start).Round(time.Millisecond))
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&n, "articles", 10000, "number of articles")
	cmd.Flags().Int64Var(&seed, "seed", 1, "corpus seed")
	cmd.Flags().StringVar(&out, "out", "", "output: FILE.jsonl, - (stdout, JSONL) or a folder")
	return cmd
}

func newBenchBuildCmd(a *app) *cobra.Command {
	var n, batch int
	var seed int64
	cmd := &cobra.Command{
		Use:   "build --articles N [--seed S]",
		Short: "Store a generated corpus's ground truth directly (no text, no extractor)",
		Example: `  newsgraph --db /tmp/big.db bench build --articles 20000
  newsgraph --backend postgres --db postgres://... bench build --articles 2000`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.openStore(false)
			if err != nil {
				return err
			}
			defer st.Close()
			r, err := buildStore(cmd.Context(), st, seed, n, batch)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "stored %d articles, %d events, %d quads in %s (%.0f articles/s, %.0f quads/s)\n",
				n, r.events, r.quads, r.elapsed.Round(time.Millisecond), float64(n)/r.elapsed.Seconds(), float64(r.quads)/r.elapsed.Seconds())
			return nil
		},
	}
	cmd.Flags().IntVar(&n, "articles", 20000, "number of articles")
	cmd.Flags().Int64Var(&seed, "seed", 1, "corpus seed")
	cmd.Flags().IntVar(&batch, "batch-quads", 50000, "quads per write transaction")
	return cmd
}

type buildResult struct {
	events, quads int
	elapsed       time.Duration
}

// buildStore generates results on every core and writes them in batches.
func buildStore(ctx context.Context, st *graph.Store, seed int64, n, batchQuads int) (buildResult, error) {
	start := time.Now()
	var r buildResult
	results := make([]extract.Result, n)
	const chunk = 1000
	out := make(chan int, 4)
	go func() {
		defer close(out)
		for lo := 0; lo < n; lo += chunk {
			hi := min(lo+chunk, n)
			var wg sync.WaitGroup
			w := runtime.GOMAXPROCS(0)
			for k := 0; k < w; k++ {
				wg.Add(1)
				go func(k int) {
					defer wg.Done()
					for i := lo + k; i < hi; i += w {
						results[i] = corpus.Generate(seed, i).Truth
					}
				}(k)
			}
			wg.Wait()
			out <- hi
		}
	}()
	lo, q, next := 0, 0, 0
	var err error
	for hi := range out {
		for i := next; i < hi; i++ {
			q += 8 + 16*len(results[i].Events) + 8*len(results[i].Entities)
			r.events += len(results[i].Events)
			if q >= batchQuads || i == n-1 {
				if err == nil {
					var w int
					w, err = st.PutArticles(ctx, results[lo:i+1])
					r.quads += w
				}
				for j := lo; j <= i; j++ {
					results[j] = extract.Result{}
				}
				lo, q = i+1, 0
			}
		}
		next = hi
	}
	if err == nil {
		err = st.Analyze(ctx)
	}
	r.elapsed = time.Since(start)
	return r, err
}

type ingestCompare struct {
	articles   int
	ingestTime time.Duration
	ingestRSS  int64 // KiB
	quads      int64
	summary    string
	ingestDB   string
	nq         string
	loads      []cayleyLoad
}

// cayleyLoad is one `cayley load` run.
type cayleyLoad struct {
	backend string
	time    time.Duration
	rss     int64 // KiB
	quads   int64 // in the store it built
}

func newBenchIngestCmd(a *app) *cobra.Command {
	var o benchIngestOpts
	cmd := &cobra.Command{
		Use:   "ingest [--articles N] [--cayley PATH]",
		Short: "Time newsgraph ingest against cayley load of the same quads",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := benchIngest(cmd, a, o)
			return err
		},
	}
	o.flags(cmd)
	return cmd
}

type benchIngestOpts struct {
	articles, batchQuads int
	seed                 int64
	work, cayley         string
}

func (o *benchIngestOpts) flags(cmd *cobra.Command) {
	f := cmd.Flags()
	f.IntVar(&o.articles, "articles", 10000, "corpus size in articles")
	f.Int64Var(&o.seed, "seed", 1, "corpus seed")
	f.StringVar(&o.work, "work", "", "work folder for the corpus and stores (default: a new temp folder, removed after)")
	f.StringVar(&o.cayley, "cayley", "", "cayley binary (default: $PATH, then /tmp/cayley; build it with scripts/bench.sh)")
	f.IntVar(&o.batchQuads, "batch-quads", 0, "ingest.batch_quads for the ingest (default: the configured value)")
}

func findCayley(p string) (string, error) {
	if p != "" {
		return p, nil
	}
	if lp, err := exec.LookPath("cayley"); err == nil {
		return lp, nil
	}
	if _, err := os.Stat("/tmp/cayley"); err == nil {
		return "/tmp/cayley", nil
	}
	return "", usagef("no cayley binary: pass --cayley, or run scripts/bench.sh which builds one")
}

// runTimed runs a command and returns its wall time and peak RSS in KiB.
func runTimed(stdout, stderr io.Writer, name string, args ...string) (time.Duration, int64, error) {
	c := exec.Command(name, args...)
	c.Stdout, c.Stderr = stdout, stderr
	start := time.Now()
	err := c.Run()
	el := time.Since(start)
	var rss int64
	if c.ProcessState != nil {
		if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = ru.Maxrss
		}
	}
	if err != nil {
		return el, rss, fmt.Errorf("%s %s: %w", name, strings.Join(args, " "), err)
	}
	return el, rss, nil
}

func benchIngest(cmd *cobra.Command, a *app, o benchIngestOpts) (*ingestCompare, error) {
	cay, err := findCayley(o.cayley)
	if err != nil {
		return nil, err
	}
	self, err := os.Executable()
	if err != nil {
		return nil, err
	}
	work := o.work
	if work == "" {
		if work, err = os.MkdirTemp("", "newsgraph-bench-"); err != nil {
			return nil, err
		}
		defer os.RemoveAll(work)
	} else if err := os.MkdirAll(work, 0o755); err != nil {
		return nil, err
	}
	out := cmd.OutOrStdout()
	logw := cmd.ErrOrStderr()
	r := &ingestCompare{articles: o.articles}
	corpusFile := filepath.Join(work, "corpus.jsonl")
	r.ingestDB = filepath.Join(work, "ingest.db")
	r.nq = filepath.Join(work, "ingest.nq")
	for _, p := range []string{r.ingestDB, r.nq} {
		os.RemoveAll(p)
	}
	fmt.Fprintf(logw, "bench: generating %d articles (seed %d) in %s\n", o.articles, o.seed, corpusFile)
	if err := corpus.Write(corpusFile, nil, o.seed, o.articles); err != nil {
		return nil, err
	}
	emptyConf := filepath.Join(work, "bench-config.yaml")
	if err := os.WriteFile(emptyConf, []byte("{}\n"), 0o644); err != nil {
		return nil, err
	}

	fmt.Fprintf(logw, "bench: newsgraph ingest into a fresh bolt store\n")
	args := []string{"--config", emptyConf, "--backend", "bolt", "--db", r.ingestDB, "ingest", "--progress", "log"}
	if o.batchQuads > 0 {
		args = append(args, "--batch-quads", strconv.Itoa(o.batchQuads))
	}
	args = append(args, corpusFile)
	var sum strings.Builder
	r.ingestTime, r.ingestRSS, err = runTimed(&sum, logw, self, args...)
	if err != nil {
		return nil, err
	}
	r.summary = strings.TrimSpace(sum.String())
	if m := regexp.MustCompile(`(\d+) quads`).FindStringSubmatch(r.summary); m != nil {
		r.quads, _ = strconv.ParseInt(m[1], 10, 64)
	}

	// The N-Quads of exactly what the ingest stored.
	st, err := graph.Open(graph.Config{Backend: "bolt", Path: r.ingestDB, ReadOnly: true})
	if err != nil {
		return nil, err
	}
	f, err := os.Create(r.nq)
	if err != nil {
		st.Close()
		return nil, err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	nq, err := st.WriteNQuads(cmd.Context(), bw)
	st.Close()
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, err
	}
	r.quads = int64(nq)

	// cayley's command registers only the original boltdb driver ("bolt");
	// newsgraph's "bolt" is Cayley's bbolt driver (etcd's maintained fork,
	// same file format).
	for _, backend := range []string{"bolt"} {
		dir := filepath.Join(work, "cayley-"+backend+".db")
		os.RemoveAll(dir)
		fmt.Fprintf(logw, "bench: cayley load of the same %d quads into a fresh %s store\n", nq, backend)
		l := cayleyLoad{backend: backend}
		l.time, l.rss, err = runTimed(io.Discard, logw, cay, "load", "--init", "-d", backend, "-a", dir, "-i", r.nq, "--logtostderr=true", "-l", "2")
		if err != nil {
			return nil, err
		}
		if cst, err := graph.Open(graph.Config{Backend: "bolt", Path: dir, ReadOnly: true}); err == nil {
			if s, err := cst.Stats(cmd.Context()); err == nil {
				l.quads = s.Quads.Value
			}
			cst.Close()
		}
		os.RemoveAll(dir)
		r.loads = append(r.loads, l)
	}

	// cayley load's code path (kv quad writer, quad.CopyBatch of the
	// N-Quads in batches of quad.DefaultBatch, bloom filters on), in this
	// process, on the bbolt driver newsgraph's bolt uses.
	{
		dir := filepath.Join(work, "cayley-bbolt.db")
		os.RemoveAll(dir)
		fmt.Fprintf(logw, "bench: cayley's loader in-process, bbolt driver\n")
		l := cayleyLoad{backend: "bbolt (in-process)"}
		start := time.Now()
		n, err := cayleyLoadBBolt(dir, r.nq)
		l.time = time.Since(start)
		if err != nil {
			return nil, err
		}
		l.quads = n
		os.RemoveAll(dir)
		r.loads = append(r.loads, l)
	}

	tw := tabwriter.NewWriter(out, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "ingest vs cayley load\t%d articles, %d quads (%s)\n", o.articles, r.quads, machine())
	fmt.Fprintf(tw, "newsgraph ingest (bolt via bbolt)\t%s\t%.0f quads/s\t%.0f articles/s\tpeak RSS %d MiB\n", r.ingestTime.Round(time.Millisecond), float64(r.quads)/r.ingestTime.Seconds(), float64(o.articles)/r.ingestTime.Seconds(), r.ingestRSS/1024)
	for _, l := range r.loads {
		rss := "n/a"
		if l.rss > 0 {
			rss = fmt.Sprintf("%d MiB", l.rss/1024)
		}
		fmt.Fprintf(tw, "cayley load -d %s\t%s\t%.0f quads/s\t\tpeak RSS %s\t(%d quads in its store)\n", l.backend, l.time.Round(time.Millisecond), float64(r.quads)/l.time.Seconds(), rss, l.quads)
	}
	for _, l := range r.loads {
		fmt.Fprintf(tw, "ratio ingest / load -d %s\t%.2f\t(target ≤ 1.00)\n", l.backend, r.ingestTime.Seconds()/l.time.Seconds())
	}
	fmt.Fprintf(tw, "ingest summary\t%s\n", r.summary)
	return r, tw.Flush()
}

func machine() string {
	return fmt.Sprintf("%s/%s, %d CPUs, %s", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())
}

func newBenchQueryCmd(a *app) *cobra.Command {
	var runs int
	var profile string
	cmd := &cobra.Command{
		Use:   "query [--runs N]",
		Short: "Time the entity timeline, who-accused-whom and one-month queries on the store",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.openStore(true)
			if err != nil {
				return err
			}
			defer st.Close()
			if profile != "" {
				f, err := os.Create(profile)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			return benchQueries(cmd.Context(), cmd.OutOrStdout(), st, runs)
		},
	}
	cmd.Flags().IntVar(&runs, "runs", 15, "timed runs of each query (after one warm-up)")
	cmd.Flags().StringVar(&profile, "cpuprofile", "", "write a CPU profile of the queries to this file")
	return cmd
}

func newBenchAllCmd(a *app) *cobra.Command {
	var o benchIngestOpts
	var runs int
	cmd := &cobra.Command{
		Use:   "all [--articles N]",
		Short: "bench ingest, then bench query on the ingested store",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			keep := o.work != ""
			if !keep {
				w, err := os.MkdirTemp("", "newsgraph-bench-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(w)
				o.work = w
			}
			r, err := benchIngest(cmd, a, o)
			if err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout())
			st, err := graph.Open(graph.Config{Backend: "bolt", Path: r.ingestDB, ReadOnly: true})
			if err != nil {
				return err
			}
			defer st.Close()
			return benchQueries(cmd.Context(), cmd.OutOrStdout(), st, runs)
		},
	}
	o.flags(cmd)
	cmd.Flags().IntVar(&runs, "runs", 15, "timed runs of each query (after one warm-up)")
	return cmd
}

// timing is the spread of a query's run times.
type timing struct {
	name    string
	results int
	runs    []time.Duration
	err     error
}

func (t timing) median() time.Duration {
	if len(t.runs) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), t.runs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2]
}

func (t timing) max() time.Duration {
	var m time.Duration
	for _, d := range t.runs {
		m = max(m, d)
	}
	return m
}

func timeIt(name string, runs int, f func() (int, error)) timing {
	t := timing{name: name}
	if t.results, t.err = f(); t.err != nil { // warm-up
		return t
	}
	for i := 0; i < runs; i++ {
		start := time.Now()
		if _, t.err = f(); t.err != nil {
			return t
		}
		t.runs = append(t.runs, time.Since(start))
	}
	return t
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }

// benchQueries picks the subjects of the queries from the store itself
// (the busiest entity, a typical person, the busiest month; not timed)
// and times each query.
func benchQueries(ctx context.Context, w io.Writer, st *graph.Store, runs int) error {
	stats, err := st.Stats(ctx)
	if err != nil {
		return err
	}
	counts, err := inCounts(ctx, st, []quad.IRI{graph.PredSource, graph.PredTarget})
	if err != nil {
		return err
	}
	months, err := inCounts(ctx, st, []quad.IRI{graph.PredInMonth})
	if err != nil {
		return err
	}
	events := 0
	if c, err := inCounts(ctx, st, []quad.IRI{graph.PredType}); err == nil {
		events = c[string(graph.ClassEvent)]
	}
	type kv struct {
		k string
		n int
	}
	sorted := func(m map[string]int, prefix string) []kv {
		var out []kv
		for k, n := range m {
			if strings.HasPrefix(k, prefix) {
				out = append(out, kv{k, n})
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].n > out[j].n || out[i].n == out[j].n && out[i].k < out[j].k })
		return out
	}
	ents := sorted(counts, "entity/")
	persons := sorted(counts, "entity/person/")
	ms_ := sorted(months, "month/")
	if len(ents) == 0 || len(ms_) == 0 {
		return fmt.Errorf("the store has no events to query (ingest or 'bench build' first)")
	}
	busiest := strings.TrimPrefix(ents[0].k, "entity/")
	typical := busiest
	typicalN := ents[0].n
	if len(persons) > 0 {
		p := persons[len(persons)/2]
		typical, typicalN = strings.TrimPrefix(p.k, "entity/"), p.n
	}
	month := strings.TrimPrefix(ms_[0].k, "month/")
	mt, _ := time.Parse("2006-01", month)
	from, to := mt.Format(extract.DateLayout), mt.AddDate(0, 1, -1).Format(extract.DateLayout)

	timelineOf := func(f graph.Filter) func() (int, error) {
		return func() (int, error) {
			evs, err := st.Events(ctx, f)
			timeline.Sort(evs)
			return len(evs), err
		}
	}
	gizmo := func(q string) func() (int, error) {
		return func() (int, error) {
			res, err := st.Query(ctx, q, 0, 30*time.Second)
			return len(res), err
		}
	}
	var ts []timing
	ts = append(ts,
		timeIt(fmt.Sprintf("timeline of a typical person (%s, %d event links)", typical, typicalN), runs, timelineOf(graph.Filter{Entity: typical})),
		timeIt(fmt.Sprintf("timeline of the busiest entity (%s, %d event links)", busiest, ents[0].n), max(3, runs/3), timelineOf(graph.Filter{Entity: busiest})),
		timeIt(fmt.Sprintf("latest 50 events of the busiest entity (%s, timeline --limit 50)", busiest), runs, timelineOf(graph.Filter{Entity: busiest, Limit: 50})),
		timeIt("who accused whom, top 20 pairs", runs, func() (int, error) {
			p, err := st.AccusationPairs(ctx, 20)
			return len(p), err
		}),
		timeIt(fmt.Sprintf("one-month range, busiest month (%s)", month), runs, timelineOf(graph.Filter{From: from, To: to})),
		timeIt("gizmo: typical person timeline, SaveOpt form", runs, gizmo(fmt.Sprintf(
			`g.V("<entity/%s>").In(["<ng:source>","<ng:target>"]).SaveOpt("<ng:start>","start").SaveOpt("<ng:event_type>","type").SaveOpt("<ng:sentence>","sentence").all()`, typical))),
		timeIt("gizmo: one month, SaveOpt form", runs, gizmo(fmt.Sprintf(
			`g.V("<month/%s>").In("<ng:in_month>").SaveOpt("<ng:start>","start").SaveOpt("<ng:event_type>","type").all()`, month))),
		timeIt("gizmo: who accused whom (edge walk, counted in JS)", max(3, runs/3), gizmo(
			`var c = {}; g.V().Tag("s").Out("<ng:accused>").Tag("t").ForEach(function(d) { var k = d.s + " " + d.t; c[k] = (c[k] || 0) + 1; });
var ks = Object.keys(c).sort(function(a, b) { return c[b] - c[a]; }).slice(0, 20); for (var i = 0; i < ks.length; i++) g.Emit({pair: ks[i], count: c[ks[i]]});`)),
		timeIt("gizmo: typical person timeline, Save form (slow)", 1, gizmo(fmt.Sprintf(
			`g.V("<entity/%s>").In(["<ng:source>","<ng:target>"]).Save("<ng:start>","start").Save("<ng:event_type>","type").all()`, typical))),
	)
	cfg := st.Config()
	where := cfg.Path
	if isSQL(cfg.Backend) || cfg.Backend == "memstore" {
		where = "(" + cfg.Backend + ")"
	}
	fmt.Fprintf(w, "queries on %s store %s: %d quads, %d events (%s)\n", cfg.Backend, where, stats.Quads.Value, events, machine())
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "query\tresults\tmedian\tmax\truns\n")
	for _, t := range ts {
		if t.err != nil {
			fmt.Fprintf(tw, "%s\terror: %v\n", t.name, t.err)
			continue
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%d\n", t.name, t.results, ms(t.median()), ms(t.max()), len(t.runs))
	}
	return tw.Flush()
}

// inCounts counts, per object node, the quads with one of preds: how many
// events link to each entity or month. It walks the predicate indexes.
func inCounts(ctx context.Context, st *graph.Store, preds []quad.IRI) (map[string]int, error) {
	qs := st.QuadStore()
	byRef := map[any]int{}
	refOf := map[any]cgraph.Ref{}
	for _, p := range preds {
		pr, err := qs.ValueOf(p)
		if err != nil || pr == nil {
			continue
		}
		it := qs.QuadIterator(quad.Predicate, pr).Iterate()
		for it.Next(ctx) {
			o, err := qs.QuadDirection(it.Result(), quad.Object)
			if err != nil {
				it.Close()
				return nil, err
			}
			k := refs.ToKey(o)
			byRef[k]++
			refOf[k] = o
		}
		err = it.Err()
		it.Close()
		if err != nil {
			return nil, err
		}
	}
	keys := make([]any, 0, len(refOf))
	rs := make([]cgraph.Ref, 0, len(refOf))
	for k, r := range refOf {
		keys = append(keys, k)
		rs = append(rs, r)
	}
	vals, err := cgraph.ValuesOf(ctx, qs, rs)
	if err != nil {
		return nil, err
	}
	out := map[string]int{}
	for i, v := range vals {
		if v == nil {
			continue
		}
		name := v.String()
		if iri, ok := v.(quad.IRI); ok {
			name = string(iri)
		}
		out[name] += byRef[keys[i]]
	}
	return out, nil
}

// cayleyLoadBBolt does what `cayley load --init -d bbolt` would if the
// cayley command registered the bbolt driver: init the store, open it with
// default options, and copy the N-Quads through the store's quad writer in
// batches of quad.DefaultBatch. It returns the quads in the store.
func cayleyLoadBBolt(dir, nq string) (int64, error) {
	if err := cgraph.InitQuadStore("bbolt", dir, nil); err != nil {
		return 0, err
	}
	qs, err := cgraph.NewQuadStore("bbolt", dir, nil)
	if err != nil {
		return 0, err
	}
	defer qs.Close()
	f, err := os.Open(nq)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	qw, err := qs.NewQuadWriter()
	if err != nil {
		return 0, err
	}
	qr := nquads.NewReader(bufio.NewReaderSize(f, 1<<20), false)
	if _, err := quad.CopyBatch(qw, qr, quad.DefaultBatch); err != nil {
		qw.Close()
		return 0, err
	}
	if err := qw.Close(); err != nil {
		return 0, err
	}
	st, err := qs.Stats(context.Background(), true)
	return st.Quads.Value, err
}
