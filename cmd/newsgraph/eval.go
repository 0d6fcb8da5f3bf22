package main

import "github.com/spf13/cobra"

// evalCmd is the parent of the accuracy measurements (eval timeml, eval
// events); each subcommand adds itself from its own file.
var evalCmd = &cobra.Command{Use: "eval", Short: "Measure extraction accuracy against gold data"}

func init() {
	register(func(*app) *cobra.Command { return evalCmd })
}
