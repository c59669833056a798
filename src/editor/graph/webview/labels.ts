// Which node labels the graph drawing shows: the most important first, none overlapping another and
// none crossing the canvas edge. Cytoscape draws every label it is given and has no collision pass of
// its own (its min-zoomed-font-size hides all labels alike), so the page runs this one after each
// layout, zoom, pan and selection. Pure (no DOM), so it is unit tested.

/** A label as it would be drawn, in rendered pixels of the canvas. */
export interface LabelCandidate {
  readonly id: string;
  /** Box of the label text: left, top, width, height (pixels). */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Higher is shown first: the selection and its neighbours, then by mentions. */
  readonly priority: number;
  /** Other places the label may go when its own box is taken (above, beside the node), in order of preference. */
  readonly alternatives?: readonly { readonly x: number; readonly y: number }[];
}

export interface LabelPlacementOptions {
  readonly canvasWidth: number;
  readonly canvasHeight: number;
  /** Free space kept around each label, pixels (default 2). */
  readonly gap?: number;
  /** Boxes a label must not cover (the nodes' bodies), each with the id of its node: a label may touch its own. */
  readonly obstacles?: readonly Omit<LabelCandidate, 'priority'>[];
  /** Candidates of this priority or more (the selection), when no place is free of obstacles, go over them; default: none does. */
  readonly overObstaclesFrom?: number;
}

const CELL = 64;

/**
 * Ids of the labels to draw: candidates in order of priority (ties: the order given), each kept when
 * its box lies wholly inside the canvas, overlaps no box kept before it (with `gap` pixels around)
 * and covers no obstacle of another node (a candidate of priority `overObstaclesFrom` or more with no
 * such place may cover one).
 * A grid of 64-pixel cells keeps the test near linear in the number of labels.
 */
export function placeLabels(candidates: readonly LabelCandidate[], options: LabelPlacementOptions): Set<string> {
  return new Set(placeLabelsAt(candidates, options).keys());
}

/**
 * As placeLabels, trying each candidate's `alternatives` after its own box: the id of each label to
 * draw, with the place chosen (0 its own box, i + 1 alternative i).
 */
export function placeLabelsAt(candidates: readonly LabelCandidate[], options: LabelPlacementOptions): Map<string, number> {
  const gap = options.gap ?? 2;
  const order = candidates.map((c, i) => ({ c, i })).sort((p, q) => q.c.priority - p.c.priority || p.i - q.i);
  const grid = new Map<string, Omit<LabelCandidate, 'priority'>[]>();
  const obstacleGrid = new Map<string, Omit<LabelCandidate, 'priority'>[]>();
  const shown = new Map<string, number>();
  const cells = (c: Omit<LabelCandidate, 'priority'>, visit: (key: string) => boolean | void): boolean => {
    for (let cx = Math.floor((c.x - gap) / CELL); cx <= Math.floor((c.x + c.width + gap) / CELL); cx++) {
      for (let cy = Math.floor((c.y - gap) / CELL); cy <= Math.floor((c.y + c.height + gap) / CELL); cy++) {
        if (visit(`${cx},${cy}`) === true) return true;
      }
    }
    return false;
  };
  const overlaps = (a: Omit<LabelCandidate, 'priority'>, b: Omit<LabelCandidate, 'priority'>) =>
    a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
  const add = (into: typeof grid, c: Omit<LabelCandidate, 'priority'>) => cells(c, (key) => {
    const list = into.get(key);
    if (list) list.push(c);
    else into.set(key, [c]);
  });
  for (const o of options.obstacles ?? []) add(obstacleGrid, o);
  const overObstacles = options.overObstaclesFrom ?? Infinity;
  const fits = (c: LabelCandidate, overBodies: boolean): boolean => {
    if (c.x < 0 || c.y < 0 || c.x + c.width > options.canvasWidth || c.y + c.height > options.canvasHeight) return false;
    if (cells(c, (key) => grid.get(key)?.some((other) => overlaps(c, other)))) return false;
    return overBodies || !cells(c, (key) => obstacleGrid.get(key)?.some((o) => o.id !== c.id && overlaps(c, o)));
  };
  for (const { c } of order) {
    if (!(c.width > 0 && c.height > 0)) continue;
    const places = [c, ...(c.alternatives ?? []).map((p) => ({ ...c, x: p.x, y: p.y }))];
    let at = places.findIndex((p) => fits(p, false));
    if (at < 0 && c.priority >= overObstacles) at = places.findIndex((p) => fits(p, true));
    if (at < 0) continue;
    shown.set(c.id, at);
    add(grid, places[at]);
  }
  return shown;
}

/**
 * Ids of the drawn labels to keep: boxes as the drawing reports them (canvas pixels), in order of
 * priority, each kept when it lies wholly inside the canvas and overlaps no box kept before it. No gap
 * and no other places: this checks what is drawn, after placeLabelsAt chose from estimates.
 */
export function keepDrawnLabels(drawn: readonly LabelCandidate[], canvas: { readonly canvasWidth: number; readonly canvasHeight: number }): Set<string> {
  return placeLabels(drawn.map(({ id, x, y, width, height, priority }) => ({ id, x, y, width, height, priority })), { ...canvas, gap: 0 });
}
