// Package pgtest starts a throwaway PostgreSQL server for tests and
// benchmarks: initdb and pg_ctl in a temporary directory, on a free port on
// 127.0.0.1, as the "postgres" user when running as root (PostgreSQL refuses
// to run as root). Set NEWSGRAPH_TEST_POSTGRES to a postgres:// URL to use an
// existing server instead; each test then gets its own database on it.
package pgtest

import (
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/lib/pq" // database/sql driver, as Cayley uses
)

// ErrNoPostgres is returned when no PostgreSQL binaries are installed.
var ErrNoPostgres = errors.New("PostgreSQL server binaries (initdb, pg_ctl) not found: install PostgreSQL (Debian/Ubuntu: apt-get install postgresql) or set NEWSGRAPH_TEST_POSTGRES=postgres://user@host:port/db?sslmode=disable")

// Server is a running PostgreSQL server.
type Server struct {
	base    string // postgres://user@127.0.0.1:port/ (no database)
	dir     string // temp dir; empty for an external server
	bin     string
	runAs   string
	dbs     atomic.Int64
	stopped bool
}

// FindBin returns the directory holding initdb and pg_ctl: $PATH first,
// then Debian's /usr/lib/postgresql/<version>/bin (newest version).
func FindBin() (string, error) {
	if p, err := exec.LookPath("initdb"); err == nil {
		if _, err := exec.LookPath("pg_ctl"); err == nil {
			if r, err := filepath.EvalSymlinks(p); err == nil {
				p = r
			}
			return filepath.Dir(p), nil
		}
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(dirs, func(i, j int) bool {
		vi, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[i])))
		vj, _ := strconv.Atoi(filepath.Base(filepath.Dir(dirs[j])))
		return vi > vj
	})
	for _, d := range dirs {
		if _, err := os.Stat(filepath.Join(d, "initdb")); err == nil {
			return d, nil
		}
	}
	return "", ErrNoPostgres
}

// Start starts a server. settings are extra "name=value" server settings;
// by default durability is off (fsync, synchronous_commit), which is right
// for tests and throwaway benchmarks.
func Start(settings ...string) (*Server, error) {
	if u := os.Getenv("NEWSGRAPH_TEST_POSTGRES"); u != "" {
		pu, err := url.Parse(u)
		if err != nil {
			return nil, fmt.Errorf("NEWSGRAPH_TEST_POSTGRES: %w", err)
		}
		pu.Path = "/"
		return &Server{base: pu.String()}, nil
	}
	bin, err := FindBin()
	if err != nil {
		return nil, err
	}
	s := &Server{bin: bin}
	if os.Geteuid() == 0 {
		if _, err := user.Lookup("postgres"); err != nil {
			return nil, fmt.Errorf("running as root and there is no 'postgres' user to run the server as: %w", err)
		}
		s.runAs = "postgres"
	}
	s.reapOrphans()
	dir, err := os.MkdirTemp("", "newsgraph-pg-")
	if err != nil {
		return nil, err
	}
	s.dir = dir
	// Who owns this server: a test binary that dies without running its
	// TestMain cleanup (a fatal error, a timeout) leaves it running, and the
	// next Start stops it.
	os.WriteFile(filepath.Join(dir, "owner.pid"), []byte(strconv.Itoa(os.Getpid())), 0o644)
	if s.runAs != "" {
		u, _ := user.Lookup(s.runAs)
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		if err := os.Chown(dir, uid, gid); err != nil {
			s.cleanup()
			return nil, err
		}
	}
	data := filepath.Join(dir, "data")
	if out, err := s.run("initdb", "-D", data, "-A", "trust", "-U", "newsgraph", "-E", "UTF8", "--no-sync", "--no-instructions"); err != nil {
		s.cleanup()
		return nil, fmt.Errorf("initdb: %v: %s", err, out)
	}
	port, err := freePort()
	if err != nil {
		s.cleanup()
		return nil, err
	}
	opts := []string{"-p", strconv.Itoa(port), "-k", dir, "-c", "listen_addresses=127.0.0.1",
		"-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=50"}
	for _, st := range settings {
		opts = append(opts, "-c", st)
	}
	if out, err := s.run("pg_ctl", "-D", data, "-l", filepath.Join(dir, "server.log"), "-w", "-t", "60", "-o", strings.Join(opts, " "), "start"); err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "server.log"))
		s.cleanup()
		return nil, fmt.Errorf("pg_ctl start: %v: %s\n%s", err, out, log)
	}
	s.base = fmt.Sprintf("postgres://newsgraph@127.0.0.1:%d/", port)
	return s, nil
}

// reapOrphans stops the servers of earlier runs whose owning process is
// gone, and removes their directories.
func (s *Server) reapOrphans() {
	dirs, _ := filepath.Glob(filepath.Join(os.TempDir(), "newsgraph-pg-*"))
	for _, d := range dirs {
		b, err := os.ReadFile(filepath.Join(d, "owner.pid"))
		if err != nil {
			continue // not ours, or still being set up
		}
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || pid <= 0 || processAlive(pid) {
			continue
		}
		s.run("pg_ctl", "-D", filepath.Join(d, "data"), "-m", "immediate", "-w", "stop")
		os.RemoveAll(d)
	}
}

// processAlive reports whether pid is a live process (not a zombie).
func processAlive(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// pid (comm) state ...: the state follows the last ')'.
	if i := strings.LastIndexByte(string(b), ')'); i >= 0 && i+2 < len(b) {
		return b[i+2] != 'Z' && b[i+2] != 'X'
	}
	return true
}

func (s *Server) run(prog string, args ...string) ([]byte, error) {
	path := filepath.Join(s.bin, prog)
	var cmd *exec.Cmd
	if s.runAs != "" {
		cmd = exec.Command("runuser", append([]string{"-u", s.runAs, "--", path}, args...)...)
	} else {
		cmd = exec.Command(path, args...)
	}
	cmd.Dir = os.TempDir()
	return cmd.CombinedOutput()
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

// URL is the connection URL of database db.
func (s *Server) URL(db string) string { return s.base + db + "?sslmode=disable" }

// NewDatabase creates an empty database and returns its URL.
func (s *Server) NewDatabase(prefix string) (string, error) {
	name := fmt.Sprintf("%s_%d_%d", strings.ToLower(prefix), os.Getpid(), s.dbs.Add(1))
	db, err := sql.Open("postgres", s.URL("postgres"))
	if err != nil {
		return "", err
	}
	defer db.Close()
	var last error
	for i := 0; i < 50; i++ { // the server may still be coming up
		if _, last = db.Exec(`CREATE DATABASE ` + name); last == nil {
			return s.URL(name), nil
		}
		time.Sleep(100 * time.Millisecond)
	}
	return "", fmt.Errorf("create database %s: %w", name, last)
}

// Stop stops the server and removes its files; an external server is left
// alone.
func (s *Server) Stop() {
	if s == nil || s.dir == "" || s.stopped {
		return
	}
	s.stopped = true
	s.run("pg_ctl", "-D", filepath.Join(s.dir, "data"), "-m", "immediate", "-w", "stop")
	s.cleanup()
}

func (s *Server) cleanup() {
	if s.dir != "" {
		os.RemoveAll(s.dir)
	}
}

var (
	shared    *Server
	sharedErr error
	once      sync.Once
)

// Shared returns the package's shared server, starting it on first use, and
// skips the test with the reason when PostgreSQL is not available. Call
// StopShared from TestMain.
func Shared(t testing.TB) *Server {
	t.Helper()
	once.Do(func() { shared, sharedErr = Start() })
	if sharedErr != nil {
		if errors.Is(sharedErr, ErrNoPostgres) {
			t.Skip("skipping PostgreSQL test: ", sharedErr)
		}
		t.Fatal("start PostgreSQL:", sharedErr)
	}
	return shared
}

// Database returns the URL of a fresh database on the shared server.
func Database(t testing.TB) string {
	t.Helper()
	s := Shared(t)
	u, err := s.NewDatabase("t")
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// StopShared stops the shared server if one was started.
func StopShared() { shared.Stop() }
