package main

import "github.com/spf13/cobra"

// evalCmd groups the accuracy evaluations against gold data.
var evalCmd = &cobra.Command{Use: "eval", Short: "Measure extraction accuracy against gold data"}

func init() { register(func(*app) *cobra.Command { return evalCmd }) }
