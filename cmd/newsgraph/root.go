package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
	"github.com/spf13/viper"

	"github.com/newsgraph/newsgraph/extract"
)

// subcommands are added by the files that implement them, from init, so
// each command lives in its own file.
var subcommands []func(*app) *cobra.Command

func register(f func(*app) *cobra.Command) { subcommands = append(subcommands, f) }

// app is the state shared by every command: the resolved configuration
// and the logger. It is built once per process, after flags are parsed.
type app struct {
	v   *viper.Viper
	log *slog.Logger
}

func newRootCmd() *cobra.Command {
	a := &app{v: viper.New()}
	root := &cobra.Command{
		Use:           "newsgraph",
		Short:         "Turn news articles into an event timeline and an entity knowledge graph",
		SilenceUsage:  true,
		SilenceErrors: true,
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return a.load(cmd)
		},
	}
	pf := root.PersistentFlags()
	pf.String("config", "", "config file (default: ./config.yaml if present)")
	pf.String("db", "", "store path (bolt, leveldb) or address (postgres, cockroach); overrides store.path/store.address")
	pf.String("backend", "", "store backend: bolt, memstore, leveldb, postgres, cockroach; overrides store.backend")
	pf.String("log-level", "", "log level: debug, info, warn, error")
	for _, f := range subcommands {
		root.AddCommand(f(a))
	}
	return root
}

// load resolves configuration with the precedence flags > NEWSGRAPH_* env >
// config file > defaults, and sets up logging.
func (a *app) load(cmd *cobra.Command) error {
	v := a.v
	setDefaults(v)
	v.SetEnvPrefix("NEWSGRAPH")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_", "-", "_"))
	v.AutomaticEnv()

	file, _ := cmd.Flags().GetString("config")
	if file == "" {
		file = os.Getenv("NEWSGRAPH_CONFIG")
	}
	if file != "" {
		v.SetConfigFile(file)
		if err := v.ReadInConfig(); err != nil {
			return fmt.Errorf("config %s: %w", file, err)
		}
	} else if _, err := os.Stat("config.yaml"); err == nil {
		v.SetConfigFile("config.yaml")
		if err := v.ReadInConfig(); err != nil {
			return fmt.Errorf("config config.yaml: %w", err)
		}
	}
	// Flags last, so they win. --backend comes before --db because the
	// backend decides whether --db is a path or an address.
	for _, b := range []struct{ flag, key string }{
		{"backend", "store.backend"}, {"db", ""}, {"log-level", "log.level"},
	} {
		f := cmd.Flags().Lookup(b.flag)
		if f == nil || !f.Changed {
			continue
		}
		key := b.key
		if b.flag == "db" {
			key = "store.path"
			if isSQL(a.backend()) {
				key = "store.address"
			}
		}
		v.Set(key, f.Value.String())
	}

	var level slog.Level
	if err := level.UnmarshalText([]byte(v.GetString("log.level"))); err != nil {
		return usagef("log.level %q: want debug, info, warn or error", v.GetString("log.level"))
	}
	a.log = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	return nil
}

// backend is the configured store backend, with the --backend flag already
// applied when called after load.
func (a *app) backend() string { return a.v.GetString("store.backend") }

// isSQL reports whether backend is one of Cayley's SQL backends, which take
// an address instead of a path.
func isSQL(backend string) bool {
	return backend == "postgres" || backend == "cockroach" || backend == "mysql"
}

// setDefaults registers every configuration key with its default. Each key
// is documented in README.md and config.yaml; a key missing here would be
// invisible to NEWSGRAPH_* environment variables.
func setDefaults(v *viper.Viper) {
	v.SetDefault("store.backend", "bolt")
	v.SetDefault("store.path", "./newsgraph.db")
	v.SetDefault("store.address", "")
	// Cayley's bloom filters on embedded stores opened for writing: faster
	// bulk writes for several hundred MB of memory and a full scan at open.
	v.SetDefault("store.bloom", false)
	v.SetDefault("log.level", "info")
	v.SetDefault("query.timeout", "30s")
	v.SetDefault("query.limit", 10000)
	v.SetDefault("serve.addr", "127.0.0.1:64210")
	v.SetDefault("serve.read_only", true)
	v.SetDefault("serve.token", "")
	v.SetDefault("serve.max_body", 1<<20)
	// Ingest pipeline: quads (estimated) per write transaction, a bound on
	// articles per transaction, and progress reporting on stderr.
	v.SetDefault("ingest.batch_quads", 50000)
	v.SetDefault("ingest.batch_articles", 5000)
	v.SetDefault("ingest.memory_limit_mb", 384)
	v.SetDefault("ingest.progress", "auto")
	v.SetDefault("ingest.progress_interval", "10s")
	// Events whose own sentence gives no date: "story-day" dates them
	// from context (marked date_from context or publication), "none"
	// leaves them undated. See docs/dates.md, "Fifth session".
	v.SetDefault("extract.context_dates", "story-day")
}

// addContextDatesFlag adds --context-dates, which overrides
// extract.context_dates.
func addContextDatesFlag(f *pflag.FlagSet) {
	f.String("context-dates", "", "date events whose sentence gives none from context: story-day or none (default: extract.context_dates)")
}

// contextPolicy is the extract.InferDates policy of --context-dates or
// extract.context_dates.
func (a *app) contextPolicy(cmd *cobra.Command) (string, error) {
	if f := cmd.Flags().Lookup("context-dates"); f != nil && f.Changed {
		a.v.Set("extract.context_dates", f.Value.String())
	}
	name := a.v.GetString("extract.context_dates")
	p, ok := extract.UserPolicy(name)
	if !ok {
		return "", usagef("--context-dates %q: want story-day or none", name)
	}
	return p, nil
}
