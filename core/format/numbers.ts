/**
 * Numbers as Vietnamese reports print them: "." between thousands, "," before decimals,
 * no space before "%" (spec §4.5, §6).
 *
 * Everything is done by hand rather than with `Intl.NumberFormat('vi')`, because a Node built
 * with small-icu silently falls back to English separators.
 */

const THOUSANDS = '.'
const DECIMAL = ','

function checkFractionDigits(maxFractionDigits: number): void {
  if (!Number.isInteger(maxFractionDigits) || maxFractionDigits < 0 || maxFractionDigits > 20) {
    throw new RangeError(`maxFractionDigits must be an integer from 0 to 20, got ${maxFractionDigits}`)
  }
}

/**
 * Round a non-negative number half away from zero to `digits` decimals and return its digits
 * with the decimal point removed (so 1.005, 2 → "101").
 */
function roundedDigits(abs: number, digits: number): string {
  // Shifting through the decimal string ("1.005e2") rather than multiplying (1.005 * 100 =
  // 100.49999…) keeps the value the user typed, so halves round the way they look.
  let shifted = Number(`${abs}e${digits}`)
  if (!Number.isFinite(shifted)) shifted = abs * 10 ** digits
  // toFixed switches to exponent notation from 1e21, which has no digits to group.
  if (!(shifted < 1e21)) throw new RangeError(`Cannot format ${abs} with ${digits} decimals: too large`)
  return Math.round(shifted).toFixed(0)
}

function groupThousands(intDigits: string): string {
  return intDigits.replace(/\B(?=(\d{3})+$)/g, THOUSANDS)
}

/**
 * Format a number the Vietnamese way: 8948 → "8.948", 1193.456 → "1.193,46", 0.5 → "0,5".
 *
 * Rounds half away from zero to at most `maxFractionDigits` decimals and drops trailing zeros.
 * A value that rounds to zero prints "0", never "-0".
 *
 * @throws RangeError for NaN, ±Infinity or a value too large to print in full (from 1e21 once
 *   scaled by the decimals), or a `maxFractionDigits` outside 0–20.
 */
export function formatNumber(value: number, maxFractionDigits = 2): string {
  if (!Number.isFinite(value)) throw new RangeError(`Cannot format ${value} as a number`)
  checkFractionDigits(maxFractionDigits)
  const digits = roundedDigits(Math.abs(value), maxFractionDigits).padStart(maxFractionDigits + 1, '0')
  const intPart = digits.slice(0, digits.length - maxFractionDigits)
  const fracPart = digits.slice(digits.length - maxFractionDigits).replace(/0+$/, '')
  const isZero = /^0*$/.test(intPart) && fracPart === ''
  const sign = value < 0 && !isZero ? '-' : ''
  return `${sign}${groupThousands(intPart)}${fracPart === '' ? '' : DECIMAL + fracPart}`
}

/**
 * Read a number written the Vietnamese way; the inverse of {@link formatNumber}.
 *
 * Accepted: an optional sign, an integer part that is either plain digits ("8948") or groups of
 * exactly three digits after the first, joined by "." ("8.948", "1.193.000"), then optionally ","
 * and one or more decimals ("12,5", "1.193,46"). Surrounding spaces are ignored.
 *
 * A "." that is not followed by exactly three digits ("12.5", "1.2345") is rejected with `null`:
 * it may be an English decimal point, and guessing would silently change the value by a factor
 * of a thousand. Anything else that is not a number ("abc", "", a number too large to hold) also
 * gives `null`.
 */
export function parseViNumber(text: string): number | null {
  const match = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(text.trim())
  if (!match) return null
  const [, sign = '', intPart = '', fracPart] = match
  const value = Number(`${sign}${intPart.replaceAll(THOUSANDS, '')}${fracPart === undefined ? '' : `.${fracPart}`}`)
  // Hundreds of digits read as Infinity, which no cell can show or print.
  if (!Number.isFinite(value)) return null
  // Normalise -0 so "-0" reads back as the same 0 that formatNumber prints.
  return value === 0 ? 0 : value
}

/**
 * Format a percentage without a space before "%": 12.5 → "12,5%", 129.4117 → "129,41%".
 * `value` is already in percent (100 means 100 %).
 */
export function formatPercent(value: number, maxFractionDigits = 2): string {
  return `${formatNumber(value, maxFractionDigits)}%`
}

/**
 * The achievement rate in percent, `actual / plan × 100` ("đạt 129,41% kế hoạch").
 *
 * Returns `null` rather than 0 or Infinity when there is nothing to compare against (either value
 * missing or not finite, or a plan of 0), so the caller can print a dash instead of a wrong figure.
 */
export function rate(actual: number | null | undefined, plan: number | null | undefined): number | null {
  if (actual === null || actual === undefined || plan === null || plan === undefined) return null
  if (!Number.isFinite(actual) || !Number.isFinite(plan) || plan === 0) return null
  return (actual / plan) * 100
}

function padSingleDigit(n: number): string {
  return Number.isInteger(n) && n >= 0 && n < 10 ? `0${n}` : formatNumber(n)
}

/**
 * A count out of a total, as in "02/16 chi bộ", "22/17 thanh niên", "12/12 chỉ tiêu".
 *
 * - `'auto'` (usual practice, spec §6): pad the count to two digits when the total has two or more
 *   digits and the count has one: "02/16", but "3/8".
 * - `'always'`: pad every single-digit number: "03/08".
 * - `'never'`: no padding: "2/16".
 *
 * Numbers of four or more digits take the thousands dot: "8.743/8.833".
 */
export function formatRatio(count: number, total: number, pad: 'auto' | 'always' | 'never' = 'auto'): string {
  const padCount = pad === 'always' || (pad === 'auto' && total >= 10)
  const countText = padCount ? padSingleDigit(count) : formatNumber(count)
  const totalText = pad === 'always' ? padSingleDigit(total) : formatNumber(total)
  return `${countText}/${totalText}`
}
