// Writes a small graph as GEXF 1.3 with graphology-gexf's own writer, so
// the hand-written schema in testdata/xsd can be checked against a file
// another implementation wrote. Usage: node write-graphs.js DIR
"use strict";
const fs = require("fs");
const path = require("path");
const { MultiDirectedGraph } = require("graphology");
const gexf = require("graphology-gexf");

const g = new MultiDirectedGraph();
g.addNode("a", { label: "Russia", kind: "country", size: 3 });
g.addNode("b", { label: "United States", kind: "country", size: 2 });
g.addEdgeWithKey("e1", "b", "a", { label: "accuse", weight: 2, claims: 2 });
g.addEdgeWithKey("e2", "a", "b", { label: "criticize", weight: 1, claims: 1 });
const dir = process.argv[2];
fs.writeFileSync(path.join(dir, "graphology.gexf"), gexf.write(g, { version: "1.3" }));
console.log("wrote graphology.gexf");
