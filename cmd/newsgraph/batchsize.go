package main

import (
	"context"
	"runtime/metrics"
	"sync/atomic"
	"time"
)

// batchSizer adapts the quads per write transaction to the memory limit.
// Most of an ingest's heap is bolt's copy of the pages the open
// transaction changes, and a batch of the same size changes more pages as
// the store grows (its index B-trees get wider): with 50,000-quad batches
// the live heap the GC measured peaked at about 100 MB on an empty store,
// 220 MB at 10,000 articles and near 600 MB at 100,000 (over the limit,
// so the GC ran without pause and the process held 640 MB). So a sampler
// records the peak live heap during each batch; above 70% of the limit
// the next batches are halved (down to minBatchQuads), under 35% they grow
// by half toward the configured size. Without a limit the size stays
// fixed.
type batchSizer struct {
	max, cur int
	limit    int64 // bytes; 0 for none
	peak     atomic.Uint64
}

const minBatchQuads = 5000

// startBatchQuads is the first batch's size under a memory limit: the
// store's size, and so a batch's cost in memory, is not known yet.
const startBatchQuads = 10000

func newBatchSizer(max int, limitBytes int64) *batchSizer {
	cur := max
	if limitBytes > 0 {
		cur = min(max, startBatchQuads)
	}
	return &batchSizer{max: max, cur: cur, limit: limitBytes}
}

// sample records the live heap every interval until ctx ends.
func (b *batchSizer) sample(ctx context.Context, every time.Duration) {
	if b.limit <= 0 {
		return
	}
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		metrics.Read(s)
		if s[0].Value.Kind() != metrics.KindUint64 {
			return
		}
		v := s[0].Value.Uint64()
		for {
			old := b.peak.Load()
			if v <= old || b.peak.CompareAndSwap(old, v) {
				break
			}
		}
	}
}

// size is the quads for the next batch.
func (b *batchSizer) size() int { return b.cur }

// written adjusts the size after a batch from the peak seen during it,
// which it returns (bytes).
func (b *batchSizer) written() int64 {
	peak := int64(b.peak.Swap(0))
	if b.limit <= 0 || peak == 0 {
		return peak
	}
	switch {
	case peak > b.limit*7/10 && b.cur > minBatchQuads:
		b.cur = max(minBatchQuads, b.cur/2)
	case peak < b.limit*35/100 && b.cur < b.max:
		b.cur = min(b.max, b.cur*3/2)
	}
	return peak
}
