package main

import (
	"fmt"
	"os"
	"sync"
	"time"
)

// progress reports a long ingest on stderr: a status line redrawn in place
// on a terminal, or a log line every interval otherwise. stdout stays for
// the final summary.
type progress struct {
	a        *app
	mode     string // bar, log or none
	start    time.Time
	every    time.Duration
	mu       sync.Mutex
	last     time.Time
	drawn    bool
	articles int
	quads    int
	refused  int
}

func newProgress(a *app, mode string, every time.Duration, start time.Time) *progress {
	if every <= 0 {
		every = 10 * time.Second
	}
	if mode == "" || mode == "auto" {
		mode = "log"
		if fi, err := os.Stderr.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			mode = "bar"
		}
	}
	return &progress{a: a, mode: mode, start: start, every: every, last: start}
}

func (p *progress) update(articles, quads, refused int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.articles, p.quads, p.refused = articles, quads, refused
	now := time.Now()
	switch p.mode {
	case "bar":
		if now.Sub(p.last) < 200*time.Millisecond {
			return
		}
		p.last = now
		p.draw(now)
	case "log":
		if now.Sub(p.last) < p.every {
			return
		}
		p.last = now
		el := now.Sub(p.start).Seconds()
		p.a.log.Info("ingest progress", "articles", articles, "quads", quads, "refused", refused,
			"articles_per_s", int(float64(articles)/el), "quads_per_s", int(float64(quads)/el),
			"elapsed", now.Sub(p.start).Round(time.Second).String())
	}
}

// draw writes the status line: a spinner-style bar (the total is unknown
// while streaming), counts and rates.
func (p *progress) draw(now time.Time) {
	el := now.Sub(p.start)
	sec := el.Seconds()
	if sec <= 0 {
		sec = 1e-9
	}
	const width = 20
	pos := int(el/(200*time.Millisecond)) % width
	bar := make([]byte, width)
	for i := range bar {
		bar[i] = '.'
		if i == pos {
			bar[i] = '#'
		}
	}
	fmt.Fprintf(os.Stderr, "\r[%s] %d articles, %d quads, %.0f art/s, %.0f quads/s, %s\x1b[K",
		bar, p.articles, p.quads, float64(p.articles)/sec, float64(p.quads)/sec, el.Round(time.Second))
	p.drawn = true
}

// clear removes the status line before another message is printed.
func (p *progress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(os.Stderr, "\r\x1b[K")
		p.drawn = false
	}
}

func (p *progress) done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		p.draw(time.Now())
		fmt.Fprintln(os.Stderr)
		p.drawn = false
	}
}
