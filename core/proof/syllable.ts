/**
 * Vietnamese syllable structure: onset, rhyme (medial, nucleus, coda) and tone, with the rules of
 * spelling that say which combinations can be written at all.
 *
 * A syllable is read into its toneless letters (`base`, lower case, NFC), its tone and the index
 * of the letter that carries the tone mark. The rules are written here from the spelling of the
 * language, not taken from a list: the onsets and where c/k, g/gh and ng/ngh go, the rhymes that
 * exist (an open "â" or "ă" does not), the only tones a syllable closed by p, t, c or ch may take,
 * and the vowel that carries the tone mark — in both the older style ("hòa", "thủy", "ủy") and the
 * newer one ("hoà", "thuỷ", "uỷ").
 */

/** 0 ngang, 1 huyền, 2 sắc, 3 hỏi, 4 ngã, 5 nặng. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5

/** Where an open "oa", "oe", "uy" carries its tone: "hòa, thủy, ủy" or "hoà, thuỷ, uỷ". */
export type AccentStyle = 'old' | 'new'

const TONE_OF_MARK: Readonly<Record<string, Tone>> = { '\u0300': 1, '\u0301': 2, '\u0309': 3, '\u0303': 4, '\u0323': 5 }
const MARK_OF_TONE = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const

const VOWELS = 'aăâeêioôơuưy'
const HAT_VOWELS = 'ăâêôơư'
/** The letters of Vietnamese, toneless, lower case. */
export const LETTERS = 'abcdđeghiklmnopqrstuvxy' + 'ăâêôơư'

const ONSETS = [
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'x',
] as const
const CODAS: ReadonlySet<string> = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'])
const STOP_CODAS: ReadonlySet<string> = new Set(['c', 'ch', 'p', 't'])

const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/u).filter(Boolean))

/** Rhymes after any onset but "qu" (and alone). */
const RHYMES = words(`
  a ac ach ai am an ang anh ao ap at au ay  ăc ăm ăn ăng ăp ăt  âc âm ân âng âp ât âu ây
  e ec em en eng ep et eo  ê êch êm ên ênh êp êt êu
  i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
  o oc oi om on ong op ot oong ooc  ô ôc ôi ôm ôn ông ôp ôt  ơ ơi ơm ơn ơp ơt
  u ua uc ui um un ung up ut uôc uôi uôm uôn uông uôt
  ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
  y yêm yên yêng yêt yêu
  oa oac oach oai oam oan oang oanh oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet
  uy uya uych uyên uyêt uynh uyp uyt uyu uân uât uâng uây uê uêch uênh uơ
`)
/** Rhymes after "qu", whose u is the medial: "quan", "quyết", "quốc". */
const QU_RHYMES = words(`
  a ac ach ai an ang anh ao at au ay ăc ăm ăn ăng ăp ăt ân âng ât ây e en eo et ê êch ên ênh êt êu ơ ơn
  y ych yên yêt ynh yt yu i ich in inh it ôc
`)

const VOWEL_CLUSTERS: ReadonlySet<string> = new Set(
  [...RHYMES, ...[...QU_RHYMES].map((r) => 'u' + r)].map((r) => /^[aăâeêioôơuưy]*/u.exec(r)?.[0] ?? ''),
)

/**
 * True when the syllable is built like a Vietnamese one — onset, a vowel group the language has,
 * a Vietnamese final — even if this rhyme does not exist ("lâ"). Names from the other languages
 * of the country are not ("Đắk", "Krông", "Ea").
 */
export function vietnameseShaped(s: Syllable): boolean {
  const rest = s.base.slice(s.onset.length)
  return VOWEL_CLUSTERS.has(s.vowels) && rest.startsWith(s.vowels) && CODAS.has(s.coda)
}

/** Why a syllable cannot be written so. */
export type SyllableFault =
  /** c/k, g/gh, ng/ngh before the wrong vowel, or q without u. */
  | 'onset'
  /** A rhyme Vietnamese does not have ("â" without a final consonant, "uâ", "ưy"). */
  | 'rhyme'
  /** p, t, c, ch at the end with a tone other than sắc or nặng. */
  | 'toneCoda'
  /** The tone mark is on a vowel that does not carry it ("tòan"). */
  | 'tonePlace'

export interface Syllable {
  /** Toneless letters, lower case, NFC ("toan" for "Tòan"). */
  base: string
  tone: Tone
  onset: string
  /** Vowels of the rhyme, after the onset ("oa" in "toan"; "a" in "quan"). */
  vowels: string
  coda: string
  /** Index in `base` of the letter with the tone mark, or -1 for ngang. */
  toneAt: number
  /** Index in `base` where the tone belongs, old and new style (equal unless open oa/oe/uy). */
  expected: Readonly<Record<AccentStyle, number>>
  fault: SyllableFault | null
}

interface Letters {
  base: string
  tone: Tone
  toneAt: number
}

/** Splits the tone mark from the letters; null when the word has letters Vietnamese does not use. */
function splitTone(word: string): Letters | null {
  let base = ''
  let tone: Tone = 0
  let toneAt = -1
  let letters = 0
  for (const ch of word.toLowerCase().normalize('NFD')) {
    const mark = TONE_OF_MARK[ch]
    if (mark !== undefined) {
      if (tone !== 0 || letters === 0) return null
      tone = mark
      toneAt = letters - 1
    } else if (ch === '\u0302' || ch === '\u0306' || ch === '\u031b') {
      if (letters === 0) return null
      base += ch
    } else {
      base += ch
      letters += 1
    }
  }
  base = base.normalize('NFC')
  if ([...base].length !== letters) return null
  for (const ch of base) if (!LETTERS.includes(ch)) return null
  return { base, tone, toneAt }
}

const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch)
const FRONT = 'eêiy'

function onsetOf(base: string): { onset: string; rhymeAt: number } {
  // "gi" before a vowel is one consonant ("gia", "giữa"); before a consonant or alone its i is the vowel ("gìn", "gì").
  // Before "ê" the i is shared with the diphthong "iê" ("giếng", "giết").
  if (base.startsWith('gi')) return { onset: 'gi', rhymeAt: isVowel(base[2]) && base[2] !== 'ê' ? 2 : 1 }
  for (const onset of ONSETS) if (base.startsWith(onset)) return { onset, rhymeAt: onset.length }
  return { onset: '', rhymeAt: 0 }
}

function onsetFault(onset: string, rhyme: string): boolean {
  const first = rhyme[0] ?? ''
  const front = FRONT.includes(first)
  switch (onset) {
    case 'c':
    case 'ng':
      return front
    case 'g':
      return first === 'e' || first === 'ê'
    case 'k':
    case 'gh':
    case 'ngh':
      return !front
    case '':
      // Without an onset the diphthong is written "yê" ("yên"); after one, "iê" ("tiên").
      return rhyme.startsWith('iê')
    case 'qu':
      return false
    default:
      return rhyme.startsWith('yê')
  }
}

/** Tone position inside the vowels, old and new style. */
function tonePlace(vowels: string, coda: string): Record<AccentStyle, number> {
  let hat = -1
  for (let i = 0; i < vowels.length; i += 1) if (HAT_VOWELS.includes(vowels[i] ?? '')) hat = i
  if (hat >= 0) return { old: hat, new: hat }
  if (coda !== '' || vowels.length === 3) {
    const at = coda !== '' ? vowels.length - 1 : 1
    return { old: at, new: at }
  }
  if (vowels === 'oa' || vowels === 'oe' || vowels === 'uy') return { old: 0, new: 1 }
  return { old: 0, new: 0 }
}

const cache = new Map<string, Syllable | null>()
const CACHE_LIMIT = 50_000

/**
 * Reads one word as a Vietnamese syllable. Null when it has letters Vietnamese does not use
 * (f, j, w, z, other scripts, digits) or more than one tone mark: such a word is not checked.
 */
export function parseSyllable(word: string): Syllable | null {
  const hit = cache.get(word)
  if (hit !== undefined) return hit
  const result = word.length > 12 ? null : parse(word)
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(word, result)
  return result
}

function parse(word: string): Syllable | null {
  const letters = splitTone(word)
  if (letters === null || letters.base === '') return null
  const { base, tone, toneAt } = letters
  const { onset, rhymeAt } = onsetOf(base)
  const rhyme = base.slice(rhymeAt)
  let v = 0
  while (isVowel(rhyme[v])) v += 1
  const vowels = rhyme.slice(0, v)
  const coda = rhyme.slice(v)
  const place = tonePlace(vowels, coda)
  const expected = { old: rhymeAt + place.old, new: rhymeAt + place.new }
  const syllable: Syllable = { base, tone, onset, vowels, coda, toneAt, expected, fault: null }
  const rhymes = onset === 'qu' ? QU_RHYMES : RHYMES
  if (vowels === '' || !CODAS.has(coda) || !rhymes.has(rhyme)) syllable.fault = 'rhyme'
  else if (onsetFault(onset, rhyme)) syllable.fault = 'onset'
  else if (STOP_CODAS.has(coda) && tone !== 2 && tone !== 5) syllable.fault = 'toneCoda'
  else if (tone !== 0 && toneAt !== expected.old && toneAt !== expected.new) syllable.fault = 'tonePlace'
  return syllable
}

/** The accent style a syllable is written in, when the two styles differ for it. */
export function styleOf(s: Syllable): AccentStyle | null {
  if (s.tone === 0 || s.fault !== null || s.expected.old === s.expected.new) return null
  return s.toneAt === s.expected.old ? 'old' : 'new'
}

/** Writes toneless letters with a tone, the mark where `style` puts it. */
export function compose(base: string, tone: Tone, style: AccentStyle): string {
  if (tone === 0) return base
  const parsed = parseSyllable(base)
  const chars = [...base]
  let at = parsed ? parsed.expected[style] : -1
  if (at < 0 || at >= chars.length || !isVowel(chars[at])) {
    at = chars.findIndex((c) => isVowel(c))
    if (at < 0) return base
  }
  chars[at] = ((chars[at] ?? '').normalize('NFD') + MARK_OF_TONE[tone]).normalize('NFC')
  return chars.join('')
}

/** Gives `word` the case of `model`: "Hòa" → "Hoà", "UBND" stays upper. */
export function matchCase(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase()
  const first = model.charAt(0)
  if (first !== first.toLowerCase()) return word.charAt(0).toUpperCase() + word.slice(1)
  return word
}
