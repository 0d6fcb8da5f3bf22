package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/extract/temporal"
	"github.com/newsgraph/newsgraph/extract/temporal/timeml"
)

// The timeml and eval timeml commands read and write files only; they never
// open the store.
func init() {
	register(func(a *app) *cobra.Command {
		var out string
		cmd := &cobra.Command{
			Use:   "timeml [--out DIR] PATH...",
			Short: "Annotate TimeML files with the temporal tagger",
			Long: "Annotate the <TEXT> of TimeML files with TIMEX3 tags from the news-aware temporal tagger,\n" +
				"resolved against each file's <DCT>. Existing TIMEX3, EVENT and SIGNAL tags are dropped.\n" +
				"Writes one file per input with the same base name into --out, or to stdout for a single input.",
			Args: cobra.MinimumNArgs(1),
			RunE: func(cmd *cobra.Command, args []string) error {
				if out == "" && len(args) > 1 {
					return usagef("several inputs need --out DIR")
				}
				if out != "" {
					if err := os.MkdirAll(out, 0o755); err != nil {
						return err
					}
				}
				tg := temporal.NewTagger()
				for _, p := range args {
					d, err := timeml.ReadFile(p)
					if err != nil {
						return err
					}
					s := d.Write(tg.Tag(d.Text, d.DCT))
					if out == "" {
						_, err = fmt.Fprint(cmd.OutOrStdout(), s)
					} else {
						err = os.WriteFile(filepath.Join(out, filepath.Base(p)), []byte(s), 0o644)
					}
					if err != nil {
						return err
					}
				}
				return nil
			},
		}
		cmd.Flags().StringVar(&out, "out", "", "output directory (default: stdout, single input only)")
		return cmd
	})
	registerEval(newEvalTimeMLCmd)
}

func newEvalTimeMLCmd(*app) *cobra.Command {
	var gold, engine string
	var verbose bool
	cmd := &cobra.Command{
		Use:   "timeml --gold DIR [--verbose] [--engine newsgraph|when]",
		Short: "Score time expression tagging against TimeML gold TIMEX3 (TempEval-3 style)",
		Long: "Annotate the texts of the gold TimeML files under --gold from scratch and print strict and relaxed\n" +
			"span P/R/F1 and value and type F1, per subdirectory and in total. The DCT is not scored.\n" +
			"--engine when scores plain olebedev/when (every match a DATE with a day value) as the baseline.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if gold == "" {
				return usagef("--gold DIR is required")
			}
			var ann timeml.Annotator
			switch engine {
			case "newsgraph", "":
				ann = temporal.NewTagger().Tag
			case "when":
				ann = temporal.WhenBaseline
			default:
				return usagef("--engine %q: want newsgraph or when", engine)
			}
			docs, err := timeml.ReadDir(gold)
			if err != nil {
				return err
			}
			if len(docs) == 0 {
				return fmt.Errorf("no .tml files under %s", gold)
			}
			// Group by the subdirectory of --gold (timebank, aquaint).
			names, groups := groupTimeML(gold, docs)
			w := cmd.OutOrStdout()
			start := time.Now()
			var total timeml.Score
			for _, n := range names {
				sc, diffs := timeml.Evaluate(groups[n], ann)
				if verbose {
					timeml.WriteDiffs(w, diffs)
				}
				if len(names) > 1 {
					timeml.WriteScore(w, n, sc)
				}
				total.Add(sc)
			}
			label := "total"
			if len(names) == 1 {
				label = names[0]
			}
			timeml.WriteScore(w, fmt.Sprintf("%s (engine %s)", label, engine), total)
			fmt.Fprintf(cmd.ErrOrStderr(), "annotated %d docs in %v\n", total.Docs, time.Since(start).Round(time.Millisecond))
			return nil
		},
	}
	cmd.Flags().StringVar(&gold, "gold", "", "directory of gold TimeML files (searched recursively)")
	cmd.Flags().StringVar(&engine, "engine", "newsgraph", "tagger to score: newsgraph or when (baseline)")
	cmd.Flags().BoolVar(&verbose, "verbose", false, "list misses, spurious spans and wrong values")
	return cmd
}
