package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/timeline"
)

func init() { register(newExportCmd) }

func newExportCmd(a *app) *cobra.Command {
	var f graph.Filter
	var types, format, output, title string
	var bom bool
	cmd := &cobra.Command{
		Use:   "export --format FORMAT [flags]",
		Short: "Export events for other tools: JSONL, CSV, TimelineJS, Timesketch, iCalendar, Gephi, FollowTheMoney, N-Quads, HTML",
		Long: `Export the stored events, filtered like 'timeline', in a format another tool reads:

  jsonl           one event per line, lossless (the canonical form)
  csv             the timeline CSV columns (--bom for Excel)
  timelinejs      Knight Lab TimelineJS3 JSON
  timelinejs-csv  the TimelineJS Google sheet columns
  timesketch      Timesketch JSONL (message, datetime, timestamp_desc, ...)
  ics             iCalendar (RFC 5545), one all-day event per event
  gexf            the who-did-what-to-whom network for Gephi, dynamic edges
  graphml         the same network as GraphML
  ftm             FollowTheMoney entities (JSONL) for Aleph
  nquads          the graph itself with article labels, for 'cayley load'
  html            one self-contained page: timeline, network and table

Undated events are skipped by timelinejs, timelinejs-csv, timesketch and
ics (the number skipped is printed on stderr) and kept by the others.
nquads exports the whole store without filters; with a filter, every quad
of the articles that report the matching events. See docs/exports.md.`,
		Example: `  newsgraph export --format jsonl > events.jsonl
  newsgraph export --format timelinejs --entity Russia -o timeline.json
  newsgraph export --format gexf --type accuse -o accusations.gexf
  newsgraph export --format csv --bom -o timeline.csv
  newsgraph export --format html --from 2016-09-01 --to 2016-09-30 -o syria.html`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format == "" {
				return usagef("--format is required: one of %s", strings.Join(timeline.ExportFormats, ", "))
			}
			if err := checkFormat(format, timeline.ExportFormats...); err != nil {
				return err
			}
			if bom && format != timeline.FormatCSV && format != timeline.FormatTimelineJSCSV {
				return usagef("--bom only applies to --format csv and timelinejs-csv")
			}
			f.Types = splitList(types)
			if err := checkFilter(&f); err != nil {
				return err
			}
			return a.export(cmd, f, format, output, title, bom)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "", "export format: "+strings.Join(timeline.ExportFormats, ", "))
	fl.StringVar(&f.Entity, "entity", "", "only events with this entity as source or target (id, ISO3 code, name or alias)")
	fl.StringVar(&f.From, "from", "", "only events whose date reaches this day or later (YYYY-MM-DD)")
	fl.StringVar(&f.To, "to", "", "only events whose date starts this day or earlier (YYYY-MM-DD)")
	fl.StringVar(&types, "type", "", "only these event types, comma-separated (accuse,attack,...)")
	fl.StringVarP(&output, "output", "o", "", "write to this file instead of stdout")
	fl.StringVar(&title, "title", "", "title of the timelinejs, ics and html exports")
	fl.BoolVar(&bom, "bom", false, "start csv output with a UTF-8 byte order mark, for Excel")
	return cmd
}

func (a *app) export(cmd *cobra.Command, f graph.Filter, format, output, title string, bom bool) error {
	st, err := a.openStore(true)
	if err != nil {
		return err
	}
	defer st.Close()
	ctx := cmd.Context()
	evs, err := st.Events(ctx, f)
	if err != nil {
		return err
	}
	timeline.Sort(evs)

	var quads []quad.Quad
	if format == timeline.FormatNQuads {
		if f.Entity == "" && f.From == "" && f.To == "" && len(f.Types) == 0 {
			quads, err = st.AllQuads(ctx)
		} else {
			var ids []string
			for _, e := range evs {
				for _, r := range timeline.Reports(e) {
					ids = append(ids, r.ID)
				}
			}
			quads, err = st.ArticleQuads(ctx, ids)
		}
		if err != nil {
			return err
		}
	}

	// Write to a temporary file beside the output and rename it, so a
	// failed export never leaves half a file where the last good one was.
	var w io.Writer = cmd.OutOrStdout()
	var tmp *os.File
	if output != "" && output != "-" {
		tmp, err = os.CreateTemp(filepath.Dir(output), "."+filepath.Base(output)+".*")
		if err != nil {
			return fmt.Errorf("export: %w", err)
		}
		defer os.Remove(tmp.Name())
		defer tmp.Close()
		w = tmp
	}
	bw := bufio.NewWriter(w)

	skipped := 0
	switch format {
	case timeline.FormatJSONL:
		err = timeline.WriteJSONL(bw, evs)
	case timeline.FormatCSV:
		if bom {
			err = timeline.WriteCSVBOM(bw, evs)
		} else {
			err = timeline.WriteCSV(bw, evs)
		}
	case timeline.FormatTimelineJS:
		skipped, err = timeline.WriteTimelineJS(bw, evs, title)
	case timeline.FormatTimelineJSCSV:
		if bom {
			_, err = bw.WriteString(timeline.UTF8BOM)
		}
		if err == nil {
			skipped, err = timeline.WriteTimelineJSCSV(bw, evs)
		}
	case timeline.FormatTimesketch:
		skipped, err = timeline.WriteTimesketch(bw, evs)
	case timeline.FormatICS:
		skipped, err = timeline.WriteICS(bw, evs, timeline.ICSOptions{Name: title})
	case timeline.FormatGEXF:
		err = timeline.WriteGEXF(bw, evs)
	case timeline.FormatGraphML:
		err = timeline.WriteGraphML(bw, evs)
	case timeline.FormatFtM:
		err = timeline.WriteFtM(bw, evs)
	case timeline.FormatNQuads:
		err = timeline.WriteNQuads(bw, quads)
	case timeline.FormatHTML:
		err = timeline.WriteHTML(bw, evs, title)
	}
	if err == nil {
		err = bw.Flush()
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	if tmp != nil {
		if err := tmp.Close(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := os.Chmod(tmp.Name(), 0o644); err != nil {
			return fmt.Errorf("export: %w", err)
		}
		if err := os.Rename(tmp.Name(), output); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if skipped > 0 {
		fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: export %s: skipped %s (%s needs a calendar date)\n",
			format, plural(skipped, "undated event", "undated events"), format)
	}
	if format == timeline.FormatNQuads {
		a.log.Debug("exported quads", "count", len(quads))
	} else {
		a.log.Debug("exported events", "count", len(evs), "skipped", skipped)
	}
	return nil
}
