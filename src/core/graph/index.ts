// The co-occurrence graph: who appears with whom, and where.
export { documentGraph, edgeId, parseEdgeId, evidenceAt, localPairEvidence, pairCounts, pairEvidence, pairKey, PAIR_SCALE, type CooccurrenceEvidence, type DocumentGraph, type PairContribution } from './document';
export { corpusGraph, createGraphIndex, type EvidenceItem, type GraphCorpus, type GraphData, type GraphEdge, type GraphIndex, type GraphIndexStats, type GraphNode, type GraphQuery } from './graphIndex';
export { escapeXml, graphToGraphml } from './graphml';
export { clusterIds, DEFAULT_DOCUMENT_GRAPH_LIMITS, localCooccurrence, sameVersion, type DocumentGraphLimits, type LocalCooccurrence } from './local';
export { segmentText, spanIndexAt, type TextSegments } from './segments';
export { runInSlices, runToEnd, type SliceOptions, type Sliced } from '../util/slices';
export { fromWire, toWire, type WireEdge, type WireGraph, type WireNode } from './wire';
