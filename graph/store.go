package graph

import (
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/kv/bbolt"   // embedded default store (etcd's bbolt)
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb" // embedded alternative
	_ "github.com/cayleygraph/cayley/graph/memstore"   // tests and throwaway runs
	_ "github.com/cayleygraph/cayley/graph/sql/cockroach"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/writer"
)

// Backends lists the store backends newsgraph offers. Badger and pebble are
// left out on purpose: they never register with this Cayley version.
var Backends = []string{"bolt", "leveldb", "memstore", "postgres", "cockroach"}

// Config says which store to open.
type Config struct {
	Backend string // one of Backends
	Path    string // directory for bolt and leveldb
	Address string // connection string for postgres and cockroach
	// ReadOnly opens the store for queries only: writes fail.
	ReadOnly bool
	// Bloom keeps Cayley's in-memory bloom filters on an embedded (bolt,
	// leveldb) store opened for writing. Cayley builds them by scanning
	// every quad when the store is opened and sizes them for 100M entries
	// (several hundred MB); they let a write skip existence lookups. Off,
	// opening is instant and memory stays small. Read-only opens never
	// build them.
	Bloom bool
}

// Store is an open Cayley quad store holding newsgraph's model.
type Store struct {
	cfg  Config
	qs   graph.QuadStore
	lock *os.File // held for embedded stores, so a second process fails fast
	rc   refCache
	// sql is a direct connection for fast reads on the SQL backends.
	sqlOnce sync.Once
	sql     *sql.DB
	// fromQuads makes readers ignore ng:record (the benchmarks' baseline
	// and the test that both give the same events).
	fromQuads bool
	// rankLatest answers Filter.Limit by ranking every candidate instead
	// of walking the timeline buckets (the benchmarks' baseline).
	rankLatest bool
}

// ErrInUse is returned when another process holds an embedded store.
var ErrInUse = errors.New("store is in use")

// Open opens the store, creating it on first use.
func Open(cfg Config) (*Store, error) {
	if cfg.Backend == "" {
		cfg.Backend = "bolt"
	}
	known := false
	for _, b := range Backends {
		known = known || b == cfg.Backend
	}
	if !known {
		return nil, fmt.Errorf("unknown store backend %q (want one of %s)", cfg.Backend, strings.Join(Backends, ", "))
	}
	s := &Store{cfg: cfg}
	addr := cfg.Path
	switch cfg.Backend {
	case "memstore":
		addr = ""
	case "postgres", "cockroach":
		if cfg.Address == "" {
			return nil, fmt.Errorf("store backend %s needs store.address (a postgres:// URL)", cfg.Backend)
		}
		addr = cfg.Address
	default:
		if cfg.Path == "" {
			return nil, fmt.Errorf("store backend %s needs store.path", cfg.Backend)
		}
		if err := os.MkdirAll(cfg.Path, 0o755); err != nil {
			return nil, fmt.Errorf("store %s: %w", cfg.Path, err)
		}
		lock, err := lockDir(cfg.Path)
		if err != nil {
			return nil, err
		}
		s.lock = lock
	}
	kind := cayleyBackend(cfg.Backend)
	var opts graph.Options
	if (cfg.Backend == "bolt" || cfg.Backend == "leveldb") && (cfg.ReadOnly || !cfg.Bloom) {
		opts = graph.Options{"no_bloom": true}
	}
	// Init is idempotent for us: an existing store is simply opened.
	if cfg.Backend == "postgres" || cfg.Backend == "cockroach" {
		if err := initSQL(cfg.Backend, addr); err != nil {
			return nil, fmt.Errorf("create %s store %s: %w", cfg.Backend, s.where(), err)
		}
	} else if cfg.Backend != "memstore" {
		if err := graph.InitQuadStore(kind, addr, opts); err != nil && !errors.Is(err, graph.ErrDatabaseExists) {
			s.unlock()
			return nil, fmt.Errorf("create %s store %s: %w", cfg.Backend, s.where(), err)
		}
	}
	qs, err := graph.NewQuadStore(kind, addr, opts)
	if err != nil {
		s.unlock()
		return nil, fmt.Errorf("open %s store %s: %w", cfg.Backend, s.where(), err)
	}
	s.qs = qs
	return s, nil
}

// cayleyBackend maps our backend name to Cayley's registered store type.
// "bolt" is Cayley's key-value store on bbolt (boltDriver), etcd's
// maintained fork of BoltDB, with the same file format
// (path/indexes.bolt). The original
// boltdb/bolt 1.3.1 driver makes invalid unsafe-pointer conversions that
// the race detector's checkptr aborts on, so the race-enabled test suite
// could not exercise the real default store.
func cayleyBackend(backend string) string {
	if backend == "bolt" {
		return boltDriver
	}
	return backend
}

// where names the store in messages without leaking a password.
func (s *Store) where() string {
	switch s.cfg.Backend {
	case "memstore":
		return "(memory)"
	case "postgres", "cockroach":
		if i := strings.Index(s.cfg.Address, "@"); i >= 0 {
			if j := strings.Index(s.cfg.Address, "://"); j >= 0 && j < i {
				return s.cfg.Address[:j+3] + "…" + s.cfg.Address[i:]
			}
		}
		return s.cfg.Address
	}
	return s.cfg.Path
}

// QuadStore exposes the underlying Cayley store, for Gizmo and the HTTP API.
func (s *Store) QuadStore() graph.QuadStore { return s.qs }

// Config returns the configuration the store was opened with.
func (s *Store) Config() Config { return s.cfg }

// Close releases the store and its lock.
func (s *Store) Close() error {
	var err error
	if s.qs != nil {
		err = s.qs.Close()
		s.qs = nil
	}
	if s.sql != nil {
		s.sql.Close()
		s.sql = nil
	}
	s.unlock()
	return err
}

func (s *Store) unlock() {
	if s.lock != nil {
		syscall.Flock(int(s.lock.Fd()), syscall.LOCK_UN)
		s.lock.Close()
		s.lock = nil
	}
}

// lockDir takes an exclusive, non-blocking lock on dir/newsgraph.lock and
// writes our PID into it. bolt itself would wait forever for its own lock,
// so without this a second ingest or serve would hang instead of failing.
func lockDir(dir string) (*os.File, error) {
	name := filepath.Join(dir, "newsgraph.lock")
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("store %s: %w", dir, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		holder, _ := os.ReadFile(name)
		f.Close()
		who := strings.TrimSpace(string(holder))
		if who == "" {
			who = "another process"
		} else {
			who = "PID " + who
		}
		return nil, fmt.Errorf("%w by %s: %s (stop that newsgraph process, or use another --db)", ErrInUse, who, dir)
	}
	f.Truncate(0)
	f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return f, nil
}

// initSQL creates Cayley's tables unless they exist. Checking first keeps
// Cayley from logging a "cannot create" error on every open; retrying
// covers two processes creating a fresh database at once, where the loser's
// CREATE TABLE fails (PostgreSQL creates the schema in one transaction, so
// once the winner commits the tables are complete).
func initSQL(backend, addr string) error {
	driver := "postgres"
	if backend == "cockroach" {
		driver = "pgx"
	}
	var err error
	for attempt := 0; ; attempt++ {
		var ok bool
		if ok, err = sqlStoreExists(driver, addr); err == nil && ok {
			return nil
		}
		if err == nil {
			err = graph.InitQuadStore(backend, addr, nil)
			if err == nil || errors.Is(err, graph.ErrDatabaseExists) {
				return nil
			}
		}
		if attempt >= 10 {
			return err
		}
		time.Sleep(time.Duration(50*(attempt+1)) * time.Millisecond)
	}
}

func sqlStoreExists(driver, addr string) (bool, error) {
	db, err := sql.Open(driver, addr)
	if err != nil {
		return false, err
	}
	defer db.Close()
	var n int
	err = db.QueryRow(`SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'quads'`).Scan(&n)
	return n > 0, err
}
