/**
 * `import.longest-frame-gap-ms` (SPEC §5): a requestAnimationFrame probe in the panel, brought to the
 * front, timing the gaps between frames from the file picked (the panel's `csp-import-preview-start`
 * mark) to the list shown. A gap that began before the file was picked counts from the mark: what came
 * before it is the harness handing the file over.
 */
import type { Page } from 'playwright-core';

/** Starts recording frames (as source text: tsx would wrap a named inner function in a helper the page lacks). */
export async function startFrameProbe(panel: Page): Promise<void> {
  await panel.bringToFront();
  await panel.evaluate(`(() => {
    const probe = { frames: [], running: true };
    window.cspFrameProbe = probe;
    const tick = (time) => {
      probe.frames.push(time);
      if (probe.running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
}

/** Stops the probe; the longest gap between frames from the mark on, in ms. */
export async function longestFrameGap(panel: Page, fromMark: string): Promise<number> {
  return panel.evaluate(`(() => {
    const probe = window.cspFrameProbe;
    probe.running = false;
    const from = performance.getEntriesByName(${JSON.stringify(fromMark)}).at(-1).startTime;
    let longest = 0;
    for (let i = 1; i < probe.frames.length; i++) {
      if (probe.frames[i] > from) longest = Math.max(longest, probe.frames[i] - Math.max(probe.frames[i - 1], from));
    }
    return longest;
  })()`) as Promise<number>;
}
