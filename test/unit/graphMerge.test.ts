import * as assert from 'node:assert/strict';
import type { GraphData, GraphEdge, GraphNode } from '../../src/core/graph';
import { mergeNeighbourhood } from '../../src/editor/graph/mergeGraph';

const node = (id: string, mentions = 1): GraphNode => ({ id, name: id, type: 'PERSON', mentions, documents: 1, degree: 1 });
const edge = (a: string, b: string, weight = 1): GraphEdge => ({ id: `${a}|${b}`, source: a, target: b, weight, sentences: weight, paragraphs: 0, documents: 1 });

describe('graph view: a neighbourhood merged into the graph shown', () => {
  const shown: GraphData = { nodes: [node('a', 9), node('b')], edges: [edge('a', 'b', 4)], totalNodes: 30, totalEdges: 60, focus: 'a' };

  it('adds the neighbours and links it lacks, after the ones shown, strongest first', () => {
    const hood: GraphData = { nodes: [node('b', 5), node('d'), node('c')], edges: [edge('b', 'd', 7), edge('b', 'c', 2), edge('a', 'b', 9)], totalNodes: 3, totalEdges: 3, focus: 'b' };
    const merged = mergeNeighbourhood(shown, hood);
    assert.deepEqual(merged.graph.nodes.map((n) => n.id), ['a', 'b', 'd', 'c']);
    assert.deepEqual(merged.graph.edges.map((e) => e.id), ['a|b', 'b|d', 'b|c']);
    assert.equal(merged.addedNodes, 2);
    assert.equal(merged.addedEdges, 2);
    assert.equal(merged.graph.nodes[1].mentions, 1, 'a node already shown keeps its figures');
    assert.equal(merged.graph.edges[0].weight, 4, 'an edge already shown keeps its weight');
    assert.equal(merged.graph.focus, 'a', 'the focus stays the view\'s');
    assert.equal(merged.graph.totalNodes, 30);
  });

  it('adds nothing when the neighbourhood is all shown or empty, and never an edge to a node off the page', () => {
    assert.equal(mergeNeighbourhood(shown, { nodes: [node('a'), node('b')], edges: [edge('a', 'b')], totalNodes: 2, totalEdges: 1 }).addedNodes, 0);
    const empty = mergeNeighbourhood(shown, { nodes: [], edges: [], totalNodes: 0, totalEdges: 0 });
    assert.deepEqual(empty.graph, shown);
    const dangling = mergeNeighbourhood(shown, { nodes: [node('b')], edges: [edge('b', 'zz')], totalNodes: 1, totalEdges: 1 });
    assert.equal(dangling.addedEdges, 0);
  });
});
