/**
 * Approximate widths of text set in Times New Roman, for decisions the exporter must take before
 * Word or LibreOffice lays the page out: how long the rule under the tiêu ngữ is, whether a table
 * fits a portrait page. Widths come from the Adobe Times metrics (units per 1000 em); Vietnamese
 * letters take the width of their base letter, which is how the fonts draw them.
 *
 * Checked against the spec's measurements: "Độc lập - Tự do - Hạnh phúc" at 13 pt bold ≈ 56 mm.
 */

const REGULAR: Record<string, number> = {
  ' ': 250,
  '!': 333,
  '"': 408,
  '#': 500,
  $: 500,
  '%': 833,
  '&': 778,
  "'": 180,
  '(': 333,
  ')': 333,
  '*': 500,
  '+': 564,
  ',': 250,
  '-': 333,
  '.': 250,
  '/': 278,
  ':': 278,
  ';': 278,
  '<': 564,
  '=': 564,
  '>': 564,
  '?': 444,
  '@': 921,
  '[': 333,
  ']': 333,
  _: 500,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
}

const BOLD: Record<string, number> = {
  ' ': 250,
  '!': 333,
  '"': 555,
  '#': 500,
  $: 500,
  '%': 1000,
  '&': 833,
  "'": 278,
  '(': 333,
  ')': 333,
  '*': 500,
  '+': 570,
  ',': 250,
  '-': 333,
  '.': 250,
  '/': 278,
  ':': 333,
  ';': 333,
  '<': 570,
  '=': 570,
  '>': 570,
  '?': 500,
  '@': 930,
  '[': 333,
  ']': 333,
  _: 500,
  A: 722,
  B: 667,
  C: 722,
  D: 722,
  E: 667,
  F: 611,
  G: 778,
  H: 778,
  I: 389,
  J: 500,
  K: 778,
  L: 667,
  M: 944,
  N: 722,
  O: 778,
  P: 611,
  Q: 778,
  R: 722,
  S: 556,
  T: 667,
  U: 722,
  V: 722,
  W: 1000,
  X: 722,
  Y: 722,
  Z: 667,
  a: 500,
  b: 556,
  c: 444,
  d: 556,
  e: 444,
  f: 333,
  g: 500,
  h: 556,
  i: 278,
  j: 333,
  k: 556,
  l: 278,
  m: 833,
  n: 556,
  o: 500,
  p: 556,
  q: 556,
  r: 444,
  s: 389,
  t: 333,
  u: 556,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
}

const DIGIT = 500
const FALLBACK = 500

// Letters seen so far and their base letter: decomposing each character again is most of the
// time of sizing an indicator table's columns.
const baseLetters = new Map<string, string>()

function baseLetter(char: string): string {
  let base = baseLetters.get(char)
  if (base === undefined) {
    base = char === 'đ' ? 'd' : char === 'Đ' ? 'D' : char.normalize('NFD').replace(/\p{M}/gu, '') || char
    if (baseLetters.size < 10_000) baseLetters.set(char, base)
  }
  return base
}

/** Width in points of `text` at `size` points, bold or regular. */
export function textWidthPt(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR
  let units = 0
  for (const char of text.normalize('NFC')) {
    const base = baseLetter(char)
    units += /\d/.test(base) ? DIGIT : (table[base] ?? FALLBACK)
  }
  return (units / 1000) * size
}

export const TWIPS_PER_PT = 20
export const TWIPS_PER_MM = 1440 / 25.4

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM)
}

/** Width in twips of `text`, see {@link textWidthPt}. */
export function textWidthTwips(text: string, size: number, bold = false): number {
  return Math.round(textWidthPt(text, size, bold) * TWIPS_PER_PT)
}
