// One small, pure string hash for the engine (no node:crypto, so it runs in a browser too).

/**
 * cyrb53 (public domain, bryc, github.com/bryc/code): a fast 53-bit hash of a string's UTF-16 code
 * units, well mixed (two 32-bit lanes with Math.imul). Returns an integer in [0, 2^53). Not
 * cryptographic: used to tell a changed value from an unchanged one and to build stable export ids.
 * Never throws.
 */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
