//go:build race

package server

// boltdb/bolt 1.3.1, Cayley's bolt backend, trips the race detector's
// pointer checks (checkptr: "converted pointer straddles multiple
// allocations") in its own code as soon as a store is created. Under -race
// the tests therefore run on memstore, which exercises all of this
// package's code; the plain test run uses bolt, as users do. To run bolt
// under -race anyway:
//
//	NEWSGRAPH_RACE_BOLT=1 go test -race -gcflags=all=-d=checkptr=0 ./server/
const raceEnabled = true
