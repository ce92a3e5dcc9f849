/**
 * Draws the extension's icons (public/icons/icon{16,32,48,128}.png) from one SVG, in headless
 * Chromium: a bold check on Partner Center blue, drawn to be read at 16 px. The 128 px file holds
 * 96 px of art with 16 px of transparent padding, as the Chrome Web Store asks; the toolbar sizes
 * fill their canvas. Run with `npx tsx scripts/draw-icons.ts` after changing the drawing.
 */
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../test/support/extension-browser';

const OUT = resolve(import.meta.dirname, '../public/icons');

/** The art on a 96-unit square: a rounded tile and a check (the rules are met). */
const ART = `
  <rect x="0" y="0" width="96" height="96" rx="20" fill="#0f6cbd"/>
  <path d="M22 50 L40 68 L74 30" fill="none" stroke="#fff" stroke-width="13" stroke-linecap="round" stroke-linejoin="round"/>`;

function svg(size: number, padding: number): string {
  const scale = (size - 2 * padding) / 96;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
    <g transform="translate(${padding} ${padding}) scale(${scale})">${ART}</g></svg>`;
}

const browser = await chromium.launch({ executablePath: findChromium() });
const page = await browser.newPage();
for (const [size, padding] of [
  [16, 0],
  [32, 0],
  [48, 2],
  [128, 16],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size, padding)}</body></html>`);
  await page.screenshot({ path: resolve(OUT, `icon${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}
await browser.close();
