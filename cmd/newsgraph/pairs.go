package main

import (
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/timeline"
)

func init() { register(newPairsCmd) }

func newPairsCmd(a *app) *cobra.Command {
	var typ, format string
	var limit int
	cmd := &cobra.Command{
		Use:   "pairs [flags]",
		Short: "Count who did what to whom: the most reported (source, target) pairs of an event type",
		Long: `Counts the direct edges of an event type (accuse by default: who accused
whom) by (source, target) and lists the most reported pairs. A pair's count
is the number of articles reporting it; negated events are not counted.`,
		Example: `  newsgraph pairs
  newsgraph pairs --type condemn --limit 50 --format json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := checkFormat(format, "table", "json"); err != nil {
				return err
			}
			if err := checkTypes([]string{typ}); err != nil {
				return err
			}
			st, err := a.openStore(true)
			if err != nil {
				return err
			}
			defer st.Close()
			pairs, err := st.EdgePairs(cmd.Context(), typ, limit)
			if err != nil {
				return err
			}
			if format == "json" {
				return timeline.WriteJSON(cmd.OutOrStdout(), pairs)
			}
			return writePairs(cmd, pairs)
		},
	}
	cmd.Flags().StringVar(&typ, "type", "accuse", "event type whose pairs to count")
	cmd.Flags().IntVar(&limit, "limit", 20, "list this many pairs (0: all)")
	cmd.Flags().StringVar(&format, "format", "table", "output format: table or json")
	return cmd
}

func writePairs(cmd *cobra.Command, pairs []graph.Pair) error {
	tw := tabwriter.NewWriter(cmd.OutOrStdout(), 2, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "COUNT\tSOURCE\tTARGET")
	for _, p := range pairs {
		fmt.Fprintf(tw, "%d\t%s\t%s\n", p.Count, p.Source.Name, p.Target.Name)
	}
	return tw.Flush()
}
