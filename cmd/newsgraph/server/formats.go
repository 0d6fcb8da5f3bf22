package server

// The quad formats Cayley's API reads and writes (/api/v2/read?format=,
// /api/v2/write with a Content-Type, /api/v2/formats), as in `cayley http`.
import (
	_ "github.com/cayleygraph/quad/dot"
	_ "github.com/cayleygraph/quad/gml"
	_ "github.com/cayleygraph/quad/graphml"
	_ "github.com/cayleygraph/quad/json"
	_ "github.com/cayleygraph/quad/jsonld"
	_ "github.com/cayleygraph/quad/nquads"
	_ "github.com/cayleygraph/quad/pquads"
)
