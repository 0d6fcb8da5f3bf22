package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// buildServeBinary builds newsgraph once per test into a temporary directory.
func buildServeBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "newsgraph")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// newsgraphCmd runs the binary in an empty directory (no config.yaml) on
// the store at db.
func newsgraphCmd(ctx context.Context, bin, dir, db string, args ...string) *exec.Cmd {
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NEWSGRAPH_STORE_PATH="+db, "NEWSGRAPH_STORE_BACKEND=bolt")
	return cmd
}

var servingRE = regexp.MustCompile(`on http://([0-9.:\[\]]+)/`)

// startServe starts `newsgraph serve` on a free loopback port and returns
// the process and its base URL once it answers.
func startServe(t *testing.T, bin, dir, db string, args ...string) (*exec.Cmd, string) {
	t.Helper()
	cmd := newsgraphCmd(context.Background(), bin, dir, db, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	lines := make(chan string, 8)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	select {
	case line, ok := <-lines:
		m := servingRE.FindStringSubmatch(line)
		if !ok || m == nil {
			cmd.Wait()
			t.Fatalf("serve did not start: %q\n%s", line, stderr.String())
		}
		go func() {
			for range lines {
			}
		}()
		base := "http://" + m[1]
		res, err := http.Get(base + "/health")
		if err != nil {
			t.Fatalf("serve does not answer: %v", err)
		}
		res.Body.Close()
		return cmd, base
	case <-time.After(30 * time.Second):
		t.Fatalf("serve did not start in 30s\n%s", stderr.String())
	}
	return nil, ""
}

// TestServeHoldsTheStore checks, with real processes, that a running serve
// makes a second serve and an ingest fail at once with a clear message
// instead of waiting on bolt's lock, and that stopping serve frees the
// store for ingest (the documented way to ingest into a served store).
func TestServeHoldsTheStore(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildServeBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	articles, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "articles"))

	if out, err := newsgraphCmd(context.Background(), bin, dir, db, "ingest", articles).CombinedOutput(); err != nil {
		t.Fatalf("first ingest: %v\n%s", err, out)
	}
	serve, base := startServe(t, bin, dir, db)
	pid := fmt.Sprint(serve.Process.Pid)

	for _, args := range [][]string{{"ingest", articles}, {"serve", "--addr", "127.0.0.1:0"}, {"timeline"}} {
		ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		start := time.Now()
		out, err := newsgraphCmd(ctx, bin, dir, db, args...).CombinedOutput()
		hung := ctx.Err() != nil
		cancel()
		if hung {
			t.Fatalf("%v hung while serve holds the store", args)
		}
		if err == nil || !strings.Contains(string(out), "store is in use by PID "+pid) {
			t.Errorf("%v while serve runs: err %v, output %q; want a failure naming PID %s", args, err, out, pid)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%v took %s to fail", args, d)
		}
	}

	// The server is still fine.
	res, err := http.Post(base+"/api/v2/query?lang=gizmo", "text/plain", strings.NewReader(`g.V("<article/dw-2016-09-26-kremlin-syria>").Out("<ng:published>").all()`))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(body), "2016-09-26") {
		t.Errorf("query through the running server: %s", body)
	}

	// Stop, ingest, start again.
	serve.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- serve.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve after SIGTERM: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop on SIGTERM")
	}
	if out, err := newsgraphCmd(context.Background(), bin, dir, db, "ingest", articles).CombinedOutput(); err != nil {
		t.Errorf("ingest after serve stopped: %v\n%s", err, out)
	}
	startServe(t, bin, dir, db)
}

func TestServeRefusesUnsafeAddress(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildServeBinary(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "db")
	out, err := newsgraphCmd(context.Background(), bin, dir, db, "serve", "--addr", "0.0.0.0:0", "--read-only=false").CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 || !strings.Contains(string(out), "needs serve.token") {
		t.Errorf("writable serve on 0.0.0.0 without a token: %v %s", err, out)
	}
	if _, err := os.Stat(db); err == nil {
		t.Errorf("the refused serve opened the store")
	}
}
