package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/timeline"
)

func init() { register(newExtractCmd) }

func newExtractCmd(a *app) *cobra.Command {
	var published, source, url, title, format string
	cmd := &cobra.Command{
		Use:   "extract [flags] PATH|-",
		Short: "Print what the extractors find in one article, without storing it",
		Example: `  newsgraph extract --published 2016-09-26 testdata/dw-2016-09-26-kremlin-syria.txt
  newsgraph extract --format json testdata/articles/dw-2016-09-26-kremlin-syria.md`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := checkFormat(format, "json", "table"); err != nil {
				return err
			}
			ov, err := overrides(published, source, url, title)
			if err != nil {
				return err
			}
			var arts []extract.Article
			var errs []error
			err = extract.ReadPaths(args, cmd.InOrStdin(), ov, func(art extract.Article, err error) error {
				if err != nil {
					errs = append(errs, err)
				} else {
					arts = append(arts, art)
				}
				return nil
			})
			if err != nil {
				return err
			}
			if len(errs) > 0 {
				return errors.Join(errs...)
			}
			if len(arts) != 1 {
				return usagef("extract takes exactly one article, %s has %d (use ingest for many)", args[0], len(arts))
			}
			policy, err := a.contextPolicy(cmd)
			if err != nil {
				return err
			}
			res := extract.New(extract.WithContextDates(policy)).Extract(arts[0])
			if format == "json" {
				return timeline.WriteJSON(cmd.OutOrStdout(), res)
			}
			return writeResultTable(cmd.OutOrStdout(), res)
		},
	}
	f := cmd.Flags()
	addArticleFlags(f, &published, &source, &url, &title)
	f.StringVar(&format, "format", "json", "output format: json or table")
	addContextDatesFlag(f)
	return cmd
}

func writeResultTable(w io.Writer, res extract.Result) error {
	fmt.Fprintf(w, "ARTICLE %s (published %s)\n\nENTITIES\n", res.Article.ID, res.Article.Published)
	if err := timeline.WriteEntityTable(w, res.Entities); err != nil {
		return err
	}
	fmt.Fprintln(w, "\nEVENTS")
	evs := append([]extract.Event(nil), res.Events...)
	timeline.Sort(evs)
	return timeline.WriteTable(w, evs)
}
