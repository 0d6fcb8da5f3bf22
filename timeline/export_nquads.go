package timeline

import (
	"io"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
)

// WriteNQuads writes quads as N-Quads, one per line, each with its label
// (the article that stored it), so `cayley load` or any RDF store can load
// the graph and an article can still be removed exactly.
func WriteNQuads(w io.Writer, quads []quad.Quad) error {
	nw := nquads.NewWriter(w)
	if _, err := nw.WriteQuads(quads); err != nil {
		return err
	}
	return nw.Close()
}
