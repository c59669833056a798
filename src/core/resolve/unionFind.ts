// Disjoint sets over string ids with path halving; the smaller id (lexicographic) wins as root so the
// result does not depend on the order in which merges were found.
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    // Only ids that were merged under another are stored: an id never seen, or a root, is its own
    // root. The map stays as small as the merges (not every name group of the corpus), and the common
    // case costs one lookup.
    let r = x;
    let p = this.parent.get(r);
    while (p !== undefined) {
      const grand = this.parent.get(p);
      if (grand === undefined) return p;
      this.parent.set(r, grand);
      r = grand;
      p = this.parent.get(r);
    }
    return r;
  }

  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    if (ra < rb) this.parent.set(rb, ra); else this.parent.set(ra, rb);
    return true;
  }
}
