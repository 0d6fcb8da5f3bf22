package graph

import (
	"os"
	"path/filepath"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	hkv "github.com/hidal-go/hidalgo/kv"

	"github.com/newsgraph/newsgraph/graph/internal/boltkv"
)

// boltDriver is newsgraph's registration of Cayley's key-value quad store
// on bbolt: the file (DIR/indexes.bolt) and its layout are those of
// Cayley's own "bbolt" driver, so either opens the other's stores; the
// adapter underneath caches bucket lookups (see package boltkv).
const boltDriver = "newsgraph-bbolt"

func init() {
	kv.Register(boltDriver, kv.Registration{NewFunc: openBolt, InitFunc: openBolt, IsPersistent: true})
}

func openBolt(path string, _ graph.Options) (hkv.KV, error) {
	if path == "" {
		return nil, kv.ErrEmptyPath
	}
	if err := os.MkdirAll(path, 0o700); err != nil {
		return nil, err
	}
	return boltkv.Open(filepath.Join(path, "indexes.bolt"), nil)
}
