// One rule, shared by the editor and the command line, for which bytes are a text document.
export type DecodedBytes = { readonly text: string } | { readonly problem: 'binary' | 'encoding' };

export function decodeDocumentBytes(bytes: Uint8Array): DecodedBytes {
  // A NUL byte in text files is vanishingly rare; in binaries (and UTF-16 text) it is near certain.
  if (bytes.includes(0)) return { problem: 'binary' };
  try {
    // fatal: a Latin-1 file would otherwise be annotated as mojibake with shifted offsets. A leading
    // byte-order mark is dropped, as editors do.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'encoding' };
  }
}
