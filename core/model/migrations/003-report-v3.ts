/**
 * v2 → v3 (app 0.2.0): values are kept as the clerk typed them. The issue date may hold the text
 * of a date that does not exist yet ("31/02/2026"), and the number of copies and the indicator
 * figures may hold text that is not a number yet; the checks report both.
 *
 * Every v2 value is already a valid v3 value, so this step only moves the version: a v3 file
 * must not be opened by an app that would refuse its typed values and then overwrite them.
 *
 * v3 also remembers the proofreading notes the clerk ignored ("Bỏ qua", "Bỏ qua tất cả"); a v2
 * report had none. (A v3 file written before that field existed reads as having none too.)
 */
import type { Migration } from './index'

export const reportV3: Migration = {
  from: 2,
  up: (data) => ({ ...data, proofing: { ignored: [] } }),
}
