// Decides whether file bytes are a text document the annotator should see. Pure, so each refusal
// reason is unit-tested; the reason reads as the end of "Skipped <file>: it …".

export type Decoded = { readonly text: string } | { readonly skip: string };

export function sizeLimitReason(bytes: number, maxFileSizeMB: number): string {
  return `is ${(bytes / 1024 / 1024).toFixed(1)} MB, larger than the maximum of ${maxFileSizeMB} MB (setting sourceAnnotator.maxFileSizeMB)`;
}

export function decodeText(bytes: Uint8Array, maxFileSizeMB: number): Decoded {
  if (bytes.length > maxFileSizeMB * 1024 * 1024) return { skip: sizeLimitReason(bytes.length, maxFileSizeMB) };
  // A NUL byte in text files is vanishingly rare; in binaries it is near certain.
  if (bytes.subarray(0, 8192).includes(0)) return { skip: 'looks like a binary file' };
  try {
    // fatal: a Latin-1 or UTF-16 file would otherwise be annotated as mojibake with shifted offsets.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { skip: 'is not valid UTF-8 text (save it as UTF-8 to annotate it)' };
  }
}
