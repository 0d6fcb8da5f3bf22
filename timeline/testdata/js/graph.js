// Reads a GEXF or GraphML file with graphology's parsers (graphology-gexf
// is what Gephi Lite and sigma.js use) into a directed multigraph and
// prints what it read as JSON: order, size, and every edge with its ends'
// labels and its attributes. Usage: node graph.js gexf|graphml FILE
"use strict";
const fs = require("fs");
const { MultiDirectedGraph } = require("graphology");

const [format, file] = process.argv.slice(2);
const parser = format === "gexf" ? require("graphology-gexf") : require("graphology-graphml");
const text = fs.readFileSync(file, "utf8");
const graph = parser.parse(MultiDirectedGraph, text);
const label = (n) => {
  const a = graph.getNodeAttributes(n);
  return a.label || n;
};
const edges = graph.mapEdges((e, attrs, s, t) => ({ source: label(s), target: label(t), attrs }));
const nodes = graph.mapNodes((n, attrs) => attrs);
console.log(JSON.stringify({ order: graph.order, size: graph.size, nodes, edges }));
