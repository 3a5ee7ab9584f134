/**
 * Scrolling inside the stage, the workshop's one scrolling column. Never `scrollIntoView`: it
 * scrolls every scrollable ancestor, the window included, and would push the top bar off screen.
 * The sticky jump bar (top) and the sticky footer (bottom) cover the stage's edges, so a target
 * is placed between them.
 */

/** Room left between a sticky bar and what was scrolled next to it. */
const GAP_PX = 12;

function stageOf(target: HTMLElement): HTMLElement | null {
  return target.closest<HTMLElement>('.stage');
}

function coveredEdges(stage: HTMLElement): { top: number; bottom: number } {
  const jumpBar = stage.querySelector<HTMLElement>('.stage-jump');
  const footer = stage.querySelector<HTMLElement>('.stage-footer');
  return { top: jumpBar?.getBoundingClientRect().height ?? 0, bottom: footer?.getBoundingClientRect().height ?? 0 };
}

/** Scrolls the stage so that `target` starts just under the sticky jump bar. */
export function scrollStageTo(target: HTMLElement): void {
  const stage = stageOf(target);
  if (!stage) return;
  const offset = target.getBoundingClientRect().top - stage.getBoundingClientRect().top;
  stage.scrollTo({ top: stage.scrollTop + offset - coveredEdges(stage).top - GAP_PX });
}

/** Scrolls the stage the least needed for `target` to be seen whole between the sticky bars. */
export function revealInStage(target: HTMLElement): void {
  const stage = stageOf(target);
  if (!stage) return;
  const view = stage.getBoundingClientRect();
  const edges = coveredEdges(stage);
  const box = target.getBoundingClientRect();
  const below = box.bottom - (view.bottom - edges.bottom - GAP_PX);
  const above = view.top + edges.top + GAP_PX - box.top;
  if (below > 0) stage.scrollTo({ top: stage.scrollTop + below });
  else if (above > 0) stage.scrollTo({ top: stage.scrollTop - above });
}

/** Focuses `target` without letting the browser scroll anything else; a `section` given first comes to the top. */
export function focusInStage(target: HTMLElement, section?: HTMLElement | null): void {
  if (section) scrollStageTo(section);
  revealInStage(target);
  target.focus({ preventScroll: true });
}
