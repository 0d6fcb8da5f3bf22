//go:build race

package main

// raceEnabled is true under `go test -race`. boltdb/bolt v1.3.1 (Cayley's
// bolt backend) fails the race detector's pointer checks ("checkptr:
// converted pointer straddles multiple allocations") as soon as it creates
// a bucket, so tests that need a persistent store use leveldb then.
const raceEnabled = true
