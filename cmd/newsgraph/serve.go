package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/cmd/newsgraph/server"
)

func init() { register(newServeCmd) }

func newServeCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "serve [flags]",
		Short: "Serve Cayley's web UI, its API and newsgraph's timeline and network pages",
		Long: `Opens the configured store and serves, on one address:

  /            index of the pages below
  /timeline    interactive timeline of the stored events
  /network     who-accused-whom network of the stored claims
  /ui/         Cayley's web UI (Gizmo queries, Query Shape)
  /api/v2/...  Cayley's HTTP API (query, read, formats; write and delete
               only when not read-only)
  /api/v1/shape/gizmo   the query shape the UI's Query Shape page draws
  /api/timeline, /api/claims, /api/entities   JSON, as the CLI's --format json

It listens on loopback and is read-only unless told otherwise. While it runs
it holds the store (bolt, leveldb): stop it to ingest, then start it again.`,
		Example: `  newsgraph serve
  newsgraph serve --addr 127.0.0.1:8080
  NEWSGRAPH_SERVE_TOKEN=secret newsgraph serve --addr 0.0.0.0:64210 --read-only=false`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, b := range []struct{ flag, key string }{{"addr", "serve.addr"}, {"read-only", "serve.read_only"}} {
				if f := cmd.Flags().Lookup(b.flag); f != nil && f.Changed {
					a.v.Set(b.key, f.Value.String())
				}
			}
			addr := a.v.GetString("serve.addr")
			readOnly := a.v.GetBool("serve.read_only")
			token := a.v.GetString("serve.token")
			if err := server.CheckAddr(addr, readOnly, token); err != nil {
				return usagef("%v", err)
			}
			st, err := a.openStore(readOnly)
			if err != nil {
				return err
			}
			defer st.Close()
			srv, err := server.New(st, server.Options{
				ReadOnly:     readOnly,
				Token:        token,
				MaxBody:      a.v.GetInt64("serve.max_body"),
				QueryTimeout: a.v.GetDuration("query.timeout"),
				QueryLimit:   a.v.GetInt("query.limit"),
				Log:          a.log,
			})
			if err != nil {
				return err
			}
			l, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			mode := "read-only"
			if !readOnly {
				mode = "writable"
				if token != "" {
					mode += ", writes need the token"
				}
			}
			if !server.IsLoopback(addr) {
				a.log.Warn("listening beyond loopback: anyone who can reach this address can query the store", "addr", l.Addr().String())
			}
			fmt.Fprintf(cmd.OutOrStdout(), "newsgraph: serving %s store %s (%s) on http://%s/\n", st.Config().Backend, storeName(st.Config().Path, st.Config().Backend), mode, l.Addr())
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			if err := srv.Serve(ctx, l); err != nil && !errors.Is(err, context.Canceled) {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), "newsgraph: stopped, store released")
			return nil
		},
	}
	f := cmd.Flags()
	f.String("addr", server.DefaultAddr, "address to listen on, host:port (overrides serve.addr)")
	f.Bool("read-only", true, "refuse writes through the API (overrides serve.read_only)")
	return cmd
}

func storeName(path, backend string) string {
	switch backend {
	case "memstore":
		return "(memory)"
	case "postgres", "cockroach":
		return "(" + backend + ")"
	}
	return path
}
