// Decides whether file bytes are a text document the annotator should see. Pure, so each refusal
// reason is unit-tested; the reason reads as the end of "Skipped <file>: it …".

import { decodeDocumentBytes } from '../core/decodeText';

export type Decoded = { readonly text: string } | { readonly skip: string };

export function sizeLimitReason(bytes: number, maxFileSizeMB: number): string {
  return `is ${(bytes / 1024 / 1024).toFixed(1)} MB, larger than the maximum of ${maxFileSizeMB} MB (setting sourceAnnotator.maxFileSizeMB)`;
}

export function decodeText(bytes: Uint8Array, maxFileSizeMB: number): Decoded {
  if (bytes.length > maxFileSizeMB * 1024 * 1024) return { skip: sizeLimitReason(bytes.length, maxFileSizeMB) };
  const decoded = decodeDocumentBytes(bytes);
  if ('text' in decoded) return decoded;
  return { skip: decoded.problem === 'binary' ? 'looks like a binary file' : 'is not valid UTF-8 text (save it as UTF-8 to annotate it)' };
}
