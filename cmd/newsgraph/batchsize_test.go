package main

import "testing"

func TestBatchSizer(t *testing.T) {
	const mb = 1 << 20
	b := newBatchSizer(50000, 400*mb)
	if b.size() != startBatchQuads {
		t.Fatalf("first batch %d, want %d", b.size(), startBatchQuads)
	}
	steps := []struct {
		peak int64 // MB seen during the batch
		want int   // next size
	}{
		{100, 15000}, {100, 22500}, {100, 33750}, {100, 50000}, {100, 50000}, // small store: grow to the configured size
		{200, 50000},                                                      // between the marks: keep
		{300, 25000}, {300, 12500}, {300, 6250}, {300, 5000}, {300, 5000}, // over 70%: halve, not under the minimum
		{0, 5000}, // no sample (a short batch): keep
	}
	for i, s := range steps {
		b.peak.Store(uint64(s.peak * mb))
		if got := b.written(); got != s.peak*mb {
			t.Fatalf("step %d: written returned %d", i, got)
		}
		if b.size() != s.want {
			t.Fatalf("step %d (peak %d MB): next %d, want %d", i, s.peak, b.size(), s.want)
		}
	}
	fixed := newBatchSizer(50000, 0)
	fixed.peak.Store(900 * mb)
	fixed.written()
	if fixed.size() != 50000 {
		t.Fatalf("without a limit the size changed to %d", fixed.size())
	}
}
