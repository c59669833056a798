// The co-occurrence graph: who appears with whom, and where.
export { DEFAULT_DOCUMENT_GRAPH_LIMITS, documentGraph, pairCounts, pairEvidence, pairKey, PAIR_SCALE, type CooccurrenceEvidence, type DocumentGraph, type DocumentGraphLimits, type PairContribution } from './document';
export { corpusGraph, createGraphIndex, type EvidenceItem, type GraphData, type GraphEdge, type GraphIndex, type GraphNode, type GraphQuery } from './graphIndex';
export { escapeXml, graphToGraphml } from './graphml';
export { segmentText, spanIndexAt, type TextSegments } from './segments';
