// Package timeline orders events in time and writes them in the formats
// analysts read: a table for the terminal, JSON, CSV and the exports.
package timeline

import (
	"sort"

	"github.com/newsgraph/newsgraph/extract"
)

// Sort orders events by the start of their date, undated events last. Ties
// go to the shorter interval (a day before the week that contains it),
// then publication date, then position in the article, then id, so the
// order is the same on every run.
func Sort(events []extract.Event) {
	sort.SliceStable(events, func(i, j int) bool {
		a, b := events[i], events[j]
		as, bs := start(a), start(b)
		if (as == "") != (bs == "") {
			return bs == ""
		}
		if as != bs {
			return as < bs
		}
		if ae, be := end(a), end(b); ae != be {
			return ae < be
		}
		if a.Article.Published != b.Article.Published {
			return a.Article.Published < b.Article.Published
		}
		if a.Article.ID != b.Article.ID {
			return a.Article.ID < b.Article.ID
		}
		if a.Offset != b.Offset {
			return a.Offset < b.Offset
		}
		return a.ID < b.ID
	})
}

func start(e extract.Event) string {
	if e.Date == nil {
		return ""
	}
	return e.Date.Start
}

func end(e extract.Event) string {
	if e.Date == nil {
		return ""
	}
	if e.Date.End == "" {
		return e.Date.Start
	}
	return e.Date.End
}
