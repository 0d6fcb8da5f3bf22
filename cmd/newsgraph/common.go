package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
)

// openStore opens the configured store. Queries open it read-only, so they
// can never change an analyst's data by accident.
func (a *app) openStore(readOnly bool) (*graph.Store, error) {
	cfg := graph.Config{
		Backend:  a.backend(),
		Path:     a.v.GetString("store.path"),
		Address:  a.v.GetString("store.address"),
		ReadOnly: readOnly,
		Bloom:    a.v.GetBool("store.bloom"),
	}
	a.log.Debug("opening store", "backend", cfg.Backend, "path", cfg.Path)
	return graph.Open(cfg)
}

// checkFormat refuses a --format value that is not one of allowed.
func checkFormat(format string, allowed ...string) error {
	for _, f := range allowed {
		if f == format {
			return nil
		}
	}
	return usagef("--format %q: want one of %s", format, strings.Join(allowed, ", "))
}

// parseDateFlag reads a YYYY-MM-DD flag value; "" stays "".
func parseDateFlag(name, v string) (string, error) {
	if v == "" {
		return "", nil
	}
	t, err := time.Parse(extract.DateLayout, v)
	if err != nil {
		return "", usagef("--%s %q: want a date as YYYY-MM-DD", name, v)
	}
	return t.Format(extract.DateLayout), nil
}

// splitList reads a comma-separated flag value.
func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// checkTypes refuses unknown event classes, listing the known ones.
func checkTypes(types []string) error {
	for _, t := range types {
		if _, ok := extract.LookupEventType(t); !ok {
			var names []string
			for _, et := range extract.EventTypes {
				names = append(names, et.Name)
			}
			return usagef("--type %q: unknown event type (known: %s)", t, strings.Join(names, ", "))
		}
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// checkFilter validates the event filter flags shared by timeline, claims
// and export, normalising the dates.
func checkFilter(f *graph.Filter) error {
	if err := checkTypes(f.Types); err != nil {
		return err
	}
	var err error
	if f.From, err = parseDateFlag("from", f.From); err != nil {
		return err
	}
	f.To, err = parseDateFlag("to", f.To)
	return err
}
