/**
 * What the proofreader reports. A finding names its kind by a code, the exact span of the text it
 * is about and the values its message needs; the words are made where it is shown (core/i18n
 * `proof.*`).
 */
import type { AccentStyle } from './syllable'

export const ProofCode = {
  spelling: 'proof.spelling',
  confusion: 'proof.confusion',
  spacing: 'proof.spacing',
  repeat: 'proof.repeat',
  quotes: 'proof.quotes',
  brackets: 'proof.brackets',
  abbreviation: 'proof.abbreviation',
  capitals: 'proof.capitals',
  accentStyle: 'proof.accentStyle',
  number: 'proof.number',
} as const
export type ProofCode = (typeof ProofCode)[keyof typeof ProofCode]

export interface ProofFinding {
  code: ProofCode
  /** UTF-16 offsets in the text that was checked; `text` is exactly `source.slice(start, end)`. */
  start: number
  end: number
  text: string
  /** Which message of the kind (`proof.<kind>_<variant>`), e.g. `onset` for "ngiệp". */
  variant: string
  /** Values for the message. */
  params: Record<string, string>
  /** Replacements for `text`, best first (possibly empty). */
  suggestions: string[]
}

/** The office's choices. */
export interface ProofOptions {
  /** Where the tone of open "oa", "oe", "uy" goes; `auto` follows the report's own majority. */
  accentStyle?: AccentStyle | 'auto'
  /** Abbreviations accepted without being spelled out, with their full form ('' when unknown); the default list when absent. */
  abbreviations?: Readonly<Record<string, string>>
  /** Words the office accepts (names of people, streets, local words), any case. */
  words?: readonly string[]
}

export const finding = (
  code: ProofCode,
  source: string,
  start: number,
  end: number,
  variant: string,
  suggestions: string[] = [],
  params: Record<string, string> = {},
): ProofFinding => ({ code, start, end, text: source.slice(start, end), variant, params, suggestions })
