package main

import (
	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/timeline"
)

func init() {
	register(newTimelineCmd)
	register(newClaimsCmd)
	register(newEntitiesCmd)
	register(newArticlesCmd)
	register(newDeleteCmd)
	register(newGizmoCmd)
}

func newTimelineCmd(a *app) *cobra.Command {
	var f graph.Filter
	var types, format string
	cmd := &cobra.Command{
		Use:   "timeline [flags]",
		Short: "List stored events in date order",
		Example: `  newsgraph timeline
  newsgraph timeline --entity Russia --from 2016-09-01 --to 2016-09-30
  newsgraph timeline --format csv > timeline.csv`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.Types = splitList(types)
			return a.listEvents(cmd, f, format)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.Entity, "entity", "", "only events with this entity as source or target (id, ISO3 code, name or alias)")
	fl.StringVar(&f.From, "from", "", "only events whose date reaches this day or later (YYYY-MM-DD)")
	fl.StringVar(&f.To, "to", "", "only events whose date starts this day or earlier (YYYY-MM-DD)")
	fl.StringVar(&types, "type", "", "only these event types, comma-separated (accuse,attack,...)")
	fl.StringVar(&format, "format", "table", "output format: table, json or csv")
	fl.IntVar(&f.Limit, "limit", 0, "only the latest N matching events (0: all)")
	return cmd
}

func newClaimsCmd(a *app) *cobra.Command {
	f := graph.Filter{Claims: true}
	var types, format string
	cmd := &cobra.Command{
		Use:   "claims [flags]",
		Short: "List who accused, criticized, condemned, denied or said what about whom",
		Example: `  newsgraph claims --type accuse
  newsgraph claims --target Russia --format json
  newsgraph claims --source "Boris Johnson"`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			f.Types = splitList(types)
			return a.listEvents(cmd, f, format)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&types, "type", "", "only these claim types, comma-separated (accuse,criticize,condemn,deny,say,report,...)")
	fl.StringVar(&f.Source, "source", "", "only claims made by this entity (id, ISO3 code, name or alias)")
	fl.StringVar(&f.Target, "target", "", "only claims about this entity")
	fl.StringVar(&f.From, "from", "", "only claims dated this day or later (YYYY-MM-DD)")
	fl.StringVar(&f.To, "to", "", "only claims dated this day or earlier (YYYY-MM-DD)")
	fl.StringVar(&format, "format", "table", "output format: table, json or csv")
	return cmd
}

// listEvents runs an event query and writes it sorted by date.
func (a *app) listEvents(cmd *cobra.Command, f graph.Filter, format string) error {
	if err := checkFormat(format, "table", "json", "csv"); err != nil {
		return err
	}
	if err := checkFilter(&f); err != nil {
		return err
	}
	st, err := a.openStore(true)
	if err != nil {
		return err
	}
	defer st.Close()
	evs, err := st.Events(cmd.Context(), f)
	if err != nil {
		return err
	}
	timeline.Sort(evs)
	out := cmd.OutOrStdout()
	switch format {
	case "json":
		return timeline.WriteJSON(out, evs)
	case "csv":
		return timeline.WriteCSV(out, evs)
	}
	return timeline.WriteTable(out, evs)
}

func newEntitiesCmd(a *app) *cobra.Command {
	var kind, format string
	cmd := &cobra.Command{
		Use:     "entities [flags]",
		Short:   "List stored entities",
		Example: "  newsgraph entities --kind person\n  newsgraph entities --format json",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format, "table", "json"); err != nil {
				return err
			}
			if kind != "" {
				if err := checkFormat(kind, extract.KindCountry, extract.KindPerson, extract.KindOrganization, extract.KindPlace, extract.KindGroup); err != nil {
					return usagef("--kind %q: want country, person, organization, place or group", kind)
				}
			}
			st, err := a.openStore(true)
			if err != nil {
				return err
			}
			defer st.Close()
			es, err := st.Entities(cmd.Context(), kind)
			if err != nil {
				return err
			}
			if format == "json" {
				return timeline.WriteJSON(cmd.OutOrStdout(), es)
			}
			return timeline.WriteEntityTable(cmd.OutOrStdout(), es)
		},
	}
	cmd.Flags().StringVar(&kind, "kind", "", "only this kind: country, person, organization, place, group")
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	return cmd
}

func newArticlesCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "articles",
		Short: "List stored articles as JSON, oldest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := a.openStore(true)
			if err != nil {
				return err
			}
			defer st.Close()
			arts, err := st.Articles(cmd.Context())
			if err != nil {
				return err
			}
			return timeline.WriteJSON(cmd.OutOrStdout(), arts)
		},
	}
}

func newDeleteCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "delete ARTICLE_ID...",
		Short:   "Remove articles and exactly the quads they stored",
		Example: "  newsgraph delete dw-2016-09-26-kremlin-syria",
		Args:    cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.openStore(false)
			if err != nil {
				return err
			}
			defer st.Close()
			for _, id := range args {
				n, err := st.DeleteArticle(cmd.Context(), id)
				if err != nil {
					return err
				}
				if n == 0 {
					return usagef("no article %q in the store (see 'newsgraph articles')", id)
				}
				cmd.Printf("deleted article %s: %s\n", id, plural(n, "quad", "quads"))
			}
			return nil
		},
	}
}

func newGizmoCmd(a *app) *cobra.Command {
	var limit int
	cmd := &cobra.Command{
		Use:   "query 'GIZMO'",
		Short: "Run a Gizmo query against the store and print JSON results",
		Example: `  newsgraph query 'g.V("<entity/country/RUS>").In("<ng:accused>").Out("<ng:name>").all()'
  newsgraph query 'g.V().Has("<ng:event_type>", "accuse").Out("<ng:sentence>").all()'`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := a.openStore(true)
			if err != nil {
				return err
			}
			defer st.Close()
			if limit == 0 {
				limit = a.v.GetInt("query.limit")
			}
			res, err := st.Query(cmd.Context(), args[0], limit, a.v.GetDuration("query.timeout"))
			if err != nil {
				return err
			}
			return timeline.WriteJSON(cmd.OutOrStdout(), res)
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 0, "stop after this many results (default: query.limit)")
	return cmd
}
