// GraphML (http://graphml.graphdrawing.org/) for graph tools such as Gephi, yEd and Cytoscape desktop.
import type { GraphData } from './graphIndex';

/** Escapes text for XML character data and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** The graph as a GraphML document: node data name, type, mentions, documents; edge data weight, sentences, paragraphs, documents. */
export function graphToGraphml(graph: GraphData): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>',
    '  <key id="ndocuments" for="node" attr.name="documents" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <key id="sentences" for="edge" attr.name="sentences" attr.type="int"/>',
    '  <key id="paragraphs" for="edge" attr.name="paragraphs" attr.type="int"/>',
    '  <key id="edocuments" for="edge" attr.name="documents" attr.type="int"/>',
    '  <graph id="cooccurrence" edgedefault="undirected">',
  ];
  for (const n of graph.nodes) {
    out.push(`    <node id="${escapeXml(n.id)}"><data key="name">${escapeXml(n.name)}</data><data key="type">${n.type}</data><data key="mentions">${n.mentions}</data><data key="ndocuments">${n.documents}</data></node>`);
  }
  graph.edges.forEach((e, i) => {
    out.push(`    <edge id="e${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"><data key="weight">${e.weight}</data><data key="sentences">${e.sentences}</data><data key="paragraphs">${e.paragraphs}</data><data key="edocuments">${e.documents}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
