// Public surface of curation for the index, the editor and the CLI.
export * from './types';
export { applyCuration, staleCorrections, type CuratedCorpus } from './apply';
export { CURATION_FILE, emptyCuration, parseCuration, serializeCuration, describeCurationError, type CurationError, type ParseResult } from './file';
export { addCorrection, undoLastCorrection } from './history';
