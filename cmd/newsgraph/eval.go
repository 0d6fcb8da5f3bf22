package main

import "github.com/spf13/cobra"

// evalSubcommands build the accuracy measurements (eval timeml, eval
// events); each file adds its own from init, like register.
var evalSubcommands []func(*app) *cobra.Command

func registerEval(f func(*app) *cobra.Command) { evalSubcommands = append(evalSubcommands, f) }

func init() {
	register(func(a *app) *cobra.Command {
		eval := &cobra.Command{Use: "eval", Short: "Measure extraction accuracy against gold data"}
		for _, f := range evalSubcommands {
			eval.AddCommand(f(a))
		}
		return eval
	})
}
