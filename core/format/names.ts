/**
 * Names of bodies and places inside a sentence, capitalised by Nghị định 30/2020/NĐ-CP, Phụ lục II
 * (spec §2.5): an issuer's header "QUẬN ỦY QUẬN 12" reads "Quận ủy Quận 12" in the Phụ lục caption,
 * the opening sentence or "Kính gửi".
 *
 * - A body: capital first letter of the words naming its kind and its field, the rest lower case:
 *   "Ủy ban nhân dân", "Hội đồng nhân dân", "Đảng ủy", "Ban Thường vụ", "Ủy ban Kiểm tra",
 *   "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội".
 * - A place: the generic noun lower case and every syllable of the proper name capitalised
 *   ("phường Hòa Khánh", "thành phố Thủ Đức"); a place named by a number capitalises the noun
 *   too ("Phường 1", "Quận 12"); "Thành phố Hồ Chí Minh" and "Thủ đô Hà Nội" as the rules spell them.
 * - A Party committee named after its place: "Tỉnh ủy Lâm Đồng", "Thành ủy Thủ Đức".
 * - Abbreviations in capitals (UBND, HĐND, MTTQ) stay as they are.
 */

type Mode = 'lower' | 'name' | 'fields'

interface Agency {
  words: readonly string[]
  /** How the phrase is spelled. */
  spelled: readonly string[]
  /** What follows: a descriptor in lower case, a proper name, or fields of activity. */
  then: Mode
}

const agency = (spelled: string, then: Mode): Agency => ({
  words: spelled.toLocaleLowerCase('vi').split(' '),
  spelled: spelled.split(' '),
  then,
})

// Longest first: "ủy ban nhân dân" before "ủy ban", "văn phòng" before "phòng".
const AGENCIES: readonly Agency[] = [
  agency('Ủy ban Mặt trận Tổ quốc Việt Nam', 'lower'),
  agency('Trung tâm Phục vụ hành chính công', 'lower'),
  agency('Ủy ban nhân dân', 'lower'),
  agency('Hội đồng nhân dân', 'lower'),
  agency('Ủy ban Kiểm tra', 'lower'),
  agency('Ban Thường vụ', 'lower'),
  agency('Ban Chấp hành', 'lower'),
  agency('Thường trực', 'lower'),
  agency('Đảng ủy', 'lower'),
  agency('Đảng bộ', 'lower'),
  agency('Chi bộ', 'lower'),
  agency('Tỉnh ủy', 'name'),
  agency('Thành ủy', 'name'),
  agency('Quận ủy', 'name'),
  agency('Huyện ủy', 'name'),
  agency('Thị ủy', 'name'),
  agency('Văn phòng', 'fields'),
  agency('Trung tâm', 'fields'),
  agency('Phòng', 'fields'),
  agency('Sở', 'fields'),
  agency('Ban', 'fields'),
]

// Generic nouns of administrative units, longest first.
const PLACE_NOUNS: readonly (readonly string[])[] = [
  'tổ dân phố',
  'thành phố',
  'thị xã',
  'thị trấn',
  'đặc khu',
  'khu phố',
  'phường',
  'tỉnh',
  'quận',
  'huyện',
  'xã',
  'ấp',
  'thôn',
].map((n) => n.split(' '))

/** Places the rules spell with a capital generic noun although not named by a number. */
const SPECIAL_PLACES: readonly (readonly string[])[] = ['Thành phố Hồ Chí Minh', 'Thủ đô Hà Nội'].map((n) => n.split(' '))

const lower = (word: string): string => word.toLocaleLowerCase('vi')
const capitalise = (word: string): string => {
  const w = lower(word)
  return w.charAt(0).toLocaleUpperCase('vi') + w.slice(1)
}

/** A syllable of a vowel and a final consonant, which reads like an abbreviation in capitals: "AN", "ANH", "ÍCH". */
const VOWEL_SYLLABLE = /^[AEIOUY](NG|NH|CH|N|M|C|T|P)$/u

/** UBND, HĐND, MTTQ, TP: capitals without a vowel after the first letter ("AN" in "AN KHÁNH" is a syllable). */
const isAbbreviation = (word: string): boolean =>
  word.length >= 2 && word.length <= 6 && /^[A-ZĐ]+\.?$/u.test(word) && !/[AEIOUY]/u.test(word.slice(1)) && !VOWEL_SYLLABLE.test(word)

/** The bare word, without the punctuation around it. */
const bare = (word: string): string => lower(word.replace(/^[("“]+|[)",;:.”]+$/gu, ''))

/** Whether `phrase` starts at `words[i]`. */
function startsWith(words: readonly string[], i: number, phrase: readonly string[]): boolean {
  return phrase.every((w, k) => bare(words[i + k] ?? '') === w) && !/[,;]$/u.test(words[i + phrase.length - 2] ?? '')
}

/** Keep the punctuation of `source` around the new spelling of its word. */
function respell(source: string, spelled: string): string {
  const match = /^([("“]*)(.*?)([)",;:.”]*)$/u.exec(source)
  return `${match?.[1] ?? ''}${spelled}${match?.[3] ?? ''}`
}

/**
 * A name as it reads inside a sentence, from its header form or as typed:
 * "ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ XUÂN" → "Ủy ban nhân dân phường Phú Xuân",
 * "QUẬN ỦY QUẬN 12" → "Quận ủy Quận 12", "ĐẢNG ỦY CƠ QUAN CHÍNH QUYỀN PHƯỜNG 1" →
 * "Đảng ủy cơ quan chính quyền Phường 1", "UBND PHƯỜNG 1" → "UBND Phường 1".
 */
export function nameInSentence(text: string): string {
  const words = text
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
  const out: string[] = []
  let mode: Mode = 'lower'
  // In a list of fields ("Kinh tế, Hạ tầng và Đô thị"), whether the next word starts a field.
  let fieldStart = false
  let blank = false
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? ''
    // A blank to fill ("[TÊN PHƯỜNG]") stays a blank, in lower case.
    if (blank || word.startsWith('[')) {
      out.push(lower(word))
      blank = !word.endsWith(']')
      continue
    }
    if (isAbbreviation(word) || /^\d/u.test(word) || /^[-–—&]$/u.test(word)) {
      out.push(word)
      // "Văn hóa - Xã hội": a dash starts the next field; an abbreviation is one.
      fieldStart = mode === 'fields' && (/^[-–—&]$/u.test(word) || /,$/u.test(word))
      continue
    }
    const special = SPECIAL_PLACES.find((p) => startsWith(words, i, p.map(lower)))
    if (special) {
      special.forEach((spelled, k) => out.push(respell(words[i + k] ?? '', spelled)))
      i += special.length - 1
      mode = 'lower'
      continue
    }
    // Among fields only a whole body starts anew ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân").
    const body: Agency | undefined =
      mode === 'name' || (mode === 'fields' && !fieldStart)
        ? undefined
        : AGENCIES.find((a) => startsWith(words, i, a.words) && (mode !== 'fields' || a.words.length > 2))
    if (body) {
      body.spelled.forEach((spelled, k) => out.push(respell(words[i + k] ?? '', spelled)))
      i += body.words.length - 1
      mode = body.then
      fieldStart = mode === 'fields'
      continue
    }
    const noun = fieldStart
      ? undefined
      : PLACE_NOUNS.find((n) => startsWith(words, i, n) && !(n[0] === 'xã' && bare(words[i + 1] ?? '') === 'hội'))
    if (noun) {
      const numbered = /^\d/u.test(words[i + noun.length] ?? '')
      noun.forEach((w, k) => out.push(respell(words[i + k] ?? '', k === 0 && (numbered || out.length === 0) ? capitalise(w) : w)))
      i += noun.length - 1
      mode = 'name'
      continue
    }
    if (out.length === 0 || mode === 'name' || (mode === 'fields' && fieldStart)) out.push(respell(word, capitalise(bare(word))))
    else out.push(respell(word, bare(word)))
    // A comma or "và" starts the next field; any other word continues the current one.
    fieldStart = mode === 'fields' && (/,$/u.test(word) || bare(word) === 'và')
  }
  return out.join(' ')
}
