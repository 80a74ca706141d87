/** Disjoint sets over 0..size-1, with path halving and union by size. */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(size: number) {
    this.parent = new Int32Array(size);
    this.size = new Int32Array(size).fill(1);
    for (let index = 0; index < size; index++) this.parent[index] = index;
  }

  /** Returns the representative of the set containing `element`. */
  find(element: number): number {
    let current = element;
    while (this.parent[current] !== current) {
      this.parent[current] = this.parent[this.parent[current]];
      current = this.parent[current];
    }
    return current;
  }

  /** Merges the sets of `a` and `b`. */
  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.size[rootA] < this.size[rootB]) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA] += this.size[rootB];
  }
}
