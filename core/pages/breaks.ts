/**
 * Where a line may break inside a paragraph's text: the rules of Unicode's line breaking algorithm
 * (UAX #14) for the characters of Vietnamese reports — letters, digits, spaces, punctuation,
 * quotes, brackets, dashes, %, / — as ICU applies them, and with it LibreOffice: a line breaks
 * after spaces, after a hyphen between words ("BC-" / "UBND"), after a slash before a letter, never
 * before a closing bracket, a comma or a full stop, never around quotes, never inside a figure
 * ("8.833", "98,98%", "02/16"). Word breaks at fewer places; the reports seldom give it a chance
 * to differ. As in Unicode 15.1 (and LibreOffice), a closing quote followed by a space does not
 * hold on to an opening bracket after the space.
 */

type BreakClass =
  'AL' | 'NU' | 'SP' | 'GL' | 'OP' | 'CL' | 'CP' | 'QU' | 'IS' | 'EX' | 'SY' | 'HY' | 'BA' | 'B2' | 'PR' | 'PO' | 'IN' | 'CM'

const CLASSES: Record<string, BreakClass> = {
  ' ': 'SP',
  '\u00a0': 'GL',
  '\u2011': 'GL',
  '\u202f': 'GL',
  '(': 'OP',
  '[': 'OP',
  '{': 'OP',
  '¡': 'OP',
  '¿': 'OP',
  '}': 'CL',
  ')': 'CP',
  ']': 'CP',
  '"': 'QU',
  "'": 'QU',
  '‘': 'QU',
  '’': 'QU',
  '“': 'QU',
  '”': 'QU',
  '«': 'QU',
  '»': 'QU',
  ',': 'IS',
  '.': 'IS',
  ':': 'IS',
  ';': 'IS',
  '!': 'EX',
  '?': 'EX',
  '/': 'SY',
  '-': 'HY',
  '\t': 'BA',
  '\u2010': 'BA',
  '–': 'BA',
  '|': 'BA',
  '—': 'B2',
  $: 'PR',
  '+': 'PR',
  '\\': 'PR',
  '€': 'PR',
  '₫': 'PR',
  '£': 'PR',
  '%': 'PO',
  '‰': 'PO',
  '°': 'PO',
  '¢': 'PO',
  '…': 'IN',
}

const COMBINING = /\p{M}/u

function classOf(char: string): BreakClass {
  const known = CLASSES[char]
  if (known) return known
  const code = char.charCodeAt(0)
  if (code >= 0x30 && code <= 0x39) return 'NU'
  if (code >= 0x300 && COMBINING.test(char)) return 'CM'
  return 'AL'
}

const NUMERIC_TAIL: ReadonlySet<BreakClass> = new Set(['NU', 'SY', 'IS'])

/**
 * A line may break there (true) or not (false); a number is a break found only when the line's
 * first glyph that does not fit is at or before that index.
 */
export type Break = boolean | number

// Marks a break that LibreOffice's rules find only from a cut before the next slash.
const BEFORE_SLASH = -1

/**
 * `breaks[i]` says whether a line may start at character `i` of `text` (i > 0). Spaces belong to
 * the end of the line before the break.
 */
export function breakOpportunities(text: string): Break[] {
  const chars = [...text]
  const classes = chars.map(classOf)
  const breaks: Break[] = new Array<Break>(chars.length).fill(false)
  // The class of the last non-space character before the current run of spaces, and whether a
  // figure is running ("NU (NU|SY|IS)*" of rule LB25), with the bracket that may close it.
  let beforeSpaces: BreakClass | null = null
  let inFigure = false
  let figureClosed = false
  for (let i = 1; i < chars.length; i++) {
    let a = classes[i - 1] as BreakClass
    const b = classes[i] as BreakClass
    // LB9: a combining mark takes the class of the character it sits on.
    if (a === 'CM') a = previousBase(classes, i - 1)
    if (a !== 'SP') beforeSpaces = a
    if (a === 'NU') {
      inFigure = true
      figureClosed = false
    } else if (inFigure && !figureClosed && (a === 'CL' || a === 'CP')) figureClosed = true
    else if (!(inFigure && !figureClosed && NUMERIC_TAIL.has(a))) inFigure = false
    breaks[i] = breakBetween(a, b, beforeSpaces, inFigure, i > 1 ? (classes[i - 2] as BreakClass) : null)
  }
  for (let i = 0; i < breaks.length; i++) {
    if (breaks[i] !== BEFORE_SLASH) continue
    let reach = i
    while (reach < classes.length && classes[reach] !== 'SY' && classes[reach] !== 'SP') reach++
    breaks[i] = classes[reach] === 'SY' ? reach : true
  }
  return breaks
}

function previousBase(classes: readonly BreakClass[], at: number): BreakClass {
  for (let k = at; k >= 0; k--) if (classes[k] !== 'CM') return classes[k] as BreakClass
  return 'AL'
}

/**
 * UAX #14, rules LB7–LB31, for one pair (`last` is the class before any spaces between them,
 * `before` the class before `a`), as LibreOffice's rules (i18npool's line.txt) apply them.
 */
function breakBetween(a: BreakClass, b: BreakClass, last: BreakClass | null, inFigure: boolean, before: BreakClass | null): Break {
  if (b === 'CM') return false // LB9
  if (b === 'SP') return false // LB7
  if (a === 'GL' || b === 'GL') return false // LB11–12
  if (b === 'CL' || b === 'CP' || b === 'EX' || b === 'IS' || b === 'SY') return false // LB13
  if (last === 'OP') return false // LB14: OP SP* ×
  if (last === 'B2' && b === 'B2') return false // LB17
  if (a === 'SP') return true // LB18
  if (a === 'QU' || b === 'QU') return false // LB19
  if (b === 'BA' || b === 'HY') return false // LB21
  if (b === 'IN') return false // LB22
  if ((a === 'AL' && b === 'NU') || (a === 'NU' && b === 'AL')) return false // LB23
  if ((a === 'PR' || a === 'PO') && b === 'AL') return false // LB24
  if (a === 'AL' && (b === 'PR' || b === 'PO')) return false
  // LB25, figures: "(PR|PO) × (OP|HY)? NU", "(OP|HY) × NU", "NU (NU|SY|IS)* × (NU|SY|IS|CL|CP)", "… (CL|CP)? × (PO|PR)".
  if ((a === 'PR' || a === 'PO') && (b === 'NU' || b === 'OP')) return false
  if (a === 'OP' && b === 'NU') return false
  // LibreOffice breaks after the hyphen of a word or a figure before a figure ("Covid-" / "19",
  // "2021-" / "2026"), not after a sign ("-5"); before a word only when the line ends right there
  // ("24-" / "CT/TU", but "Chỉ thị" / "23-CT/TU" when "23-CT/" would fit: its rules, looking back
  // from a cut after the slash, pass over the hyphen). It never breaks after a slash before a
  // letter or a figure.
  if (a === 'HY') return before === 'AL' || before === 'NU' ? (b === 'NU' ? true : BEFORE_SLASH) : false
  if (a === 'SY' && (b === 'AL' || b === 'NU')) return false
  if (inFigure && (b === 'NU' || b === 'PO' || b === 'PR')) return false
  if (a === 'AL' && b === 'AL') return false // LB28
  if (a === 'IS' && b === 'AL') return false // LB29
  if ((a === 'AL' || a === 'NU') && b === 'OP') return false // LB30
  if (a === 'CP' && (b === 'AL' || b === 'NU')) return false
  return true // LB31
}
