// Disjoint sets over string ids with path halving; the smaller id (lexicographic) wins as root so the
// result does not depend on the order in which merges were found.
export class UnionFind {
  private readonly parent = new Map<string, string>();

  find(x: string): string {
    if (!this.parent.has(x)) this.parent.set(x, x);
    let r = x;
    for (let p = this.parent.get(r) as string; p !== r; p = this.parent.get(r) as string) {
      const grand = this.parent.get(p) as string;
      this.parent.set(r, grand);
      r = grand;
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
