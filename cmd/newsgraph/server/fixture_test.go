package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// loadFixture stores testdata/fixture.json, hand-made extraction results
// for the reference DW article (accusations USA → RUS and GBR → RUS, the
// 2016-09-22 assault "on Thursday", events of "last week", 2016-W38) and a
// UN report of the Security Council session, into a new bolt store.
func loadFixture(t testing.TB) *graph.Store {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "fixture.json"))
	if err != nil {
		t.Fatal(err)
	}
	var results []extract.Result
	if err := json.Unmarshal(data, &results); err != nil {
		t.Fatal(err)
	}
	cfg := graph.Config{Backend: "bolt", Path: filepath.Join(t.TempDir(), "db")}
	st, err := graph.Open(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, res := range results {
		if _, err := st.PutArticle(context.Background(), res); err != nil {
			t.Fatal(err)
		}
	}
	return st
}

// startServer serves st on a free loopback port until the test ends and
// returns its base URL.
func startServer(t testing.TB, st *graph.Store, opt Options) string {
	t.Helper()
	if opt.Log == nil {
		opt.Log = slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	srv, err := New(st, opt)
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, l) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("server did not stop")
		}
	})
	base := "http://" + l.Addr().String()
	// Wait until it answers.
	for i := 0; i < 50; i++ {
		if res, err := http.Get(base + "/health"); err == nil {
			res.Body.Close()
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	return base
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(string(p))
	return len(p), nil
}
