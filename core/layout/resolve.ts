/**
 * The effective layout of one report: the profile's defaults with the clerk's choices on top,
 * each checked against the legal range of the profile.
 */
import type { LayoutChoices, ProfileId } from '../model/schema'
import { mmToTwips } from './metrics'
import { profileFor, type LayoutProfile, type Margins, type Range } from './profiles'

export interface ResolvedLayout {
  profile: LayoutProfile
  bodySize: number
  /** A multiple of single spacing (state) or exact points (Party), per `profile.body.lineSpacing.mode`. */
  lineSpacing: number
  margins: Margins
  indicatorsPlacement: 'appendix' | 'none'
  /** Width of the text area in twips. */
  textWidth: number
  /** Text width of a landscape page in twips. */
  landscapeTextWidth: number
}

/** A choice outside its legal range, for the checks and for refusing settings. */
export interface LayoutIssue {
  field: 'bodySize' | 'lineSpacing' | 'margins.top' | 'margins.bottom' | 'margins.left' | 'margins.right'
  value: number
  range: Range
}

const inRange = (value: number, [min, max]: Range): boolean => Number.isFinite(value) && value >= min - 1e-9 && value <= max + 1e-9

/** Every choice that lies outside the profile's legal range. */
export function layoutIssues(profileId: ProfileId, choices: LayoutChoices): LayoutIssue[] {
  const profile = profileFor(profileId)
  const issues: LayoutIssue[] = []
  if (choices.bodySize !== undefined && !inRange(choices.bodySize, profile.body.size.range)) {
    issues.push({ field: 'bodySize', value: choices.bodySize, range: profile.body.size.range })
  }
  if (choices.lineSpacing !== undefined && !inRange(choices.lineSpacing, profile.body.lineSpacing.range)) {
    issues.push({ field: 'lineSpacing', value: choices.lineSpacing, range: profile.body.lineSpacing.range })
  }
  if (choices.margins) {
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      const range = profile.margins.range[side]
      if (!inRange(choices.margins[side], range)) issues.push({ field: `margins.${side}`, value: choices.margins[side], range })
    }
  }
  return issues
}

/**
 * The layout to print with, by the profile in force on `date` (ISO, see `guidanceDate`). A choice
 * outside its range is replaced by the default (the checks report it first, so a clerk never gets
 * a silently different page without a message).
 */
export function resolveLayout(profileId: ProfileId, choices: LayoutChoices = {}, date?: string): ResolvedLayout {
  const profile = profileFor(profileId, date)
  const bad = new Set(layoutIssues(profileId, choices).map((i) => i.field))
  const margins: Margins = { ...profile.margins.default }
  if (choices.margins) {
    for (const side of ['top', 'bottom', 'left', 'right'] as const) {
      if (!bad.has(`margins.${side}`)) margins[side] = choices.margins[side]
    }
  }
  const bodySize = choices.bodySize !== undefined && !bad.has('bodySize') ? choices.bodySize : profile.body.size.default
  const lineSpacing = choices.lineSpacing !== undefined && !bad.has('lineSpacing') ? choices.lineSpacing : profile.body.lineSpacing.default
  const horizontal = mmToTwips(margins.left) + mmToTwips(margins.right)
  return {
    profile,
    bodySize,
    lineSpacing,
    margins,
    indicatorsPlacement: choices.indicatorsPlacement ?? 'appendix',
    textWidth: profile.page.width - horizontal,
    landscapeTextWidth: profile.page.height - horizontal,
  }
}
