// Public surface of the exports: all pure, corpus in, text or JSON out.
export { codePointOffsets } from './codePoints';
export { toJsonExport, type JsonExport, type JsonExportOptions } from './json';
export { toCsv, CSV_COLUMNS, CSV_LIST_SEPARATOR, type CsvExport, type CsvExportOptions } from './csv';
export { toBratAnn, bratAnnotationConf, bratFragments, BRAT_QUOTE_TYPE } from './brat';
export { toW3cCollection, documentAnnotations, W3C_CONTEXT, type W3cExportOptions } from './w3c';
export { toFtmEntities, toFtmJsonLines, ftmId, FTM_SCHEMA_OF, type FtmEntity, type FtmExport, type FtmExportOptions, type FtmSchemaName } from './ftm';
export { exportBundle, type BundleFormat, type BundleOptions, type ExportBundle } from './bundle';
