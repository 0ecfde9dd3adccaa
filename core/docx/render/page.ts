/**
 * The page: the profile's paper size, portrait or landscape, its margins, the page number centred in the
 * top margin of every page but the first of each section.
 */
import { Header, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx'
import { mmToTwips, STYLE, type ResolvedLayout } from '../../layout'

/** The page setup of a section, portrait or landscape. */
export type PageSetup = (landscape: boolean) => ISectionOptions['properties']

/** The page number centred in the top margin of every page but the first of each section. */
export function pageHeaders(): ISectionOptions['headers'] {
  return {
    first: new Header({ children: [new Paragraph({ children: [] })] }),
    default: new Header({
      children: [new Paragraph({ style: STYLE.pageNumber, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
    }),
  }
}

/** The page of the layout: its size and margins; the page numbers of each section start at 1. */
export function pageSetup(layout: ResolvedLayout): PageSetup {
  const margins = layout.margins
  return (landscape) => ({
    titlePage: true,
    page: {
      size: {
        width: layout.profile.page.width,
        height: layout.profile.page.height,
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: mmToTwips(margins.top),
        bottom: mmToTwips(margins.bottom),
        left: mmToTwips(margins.left),
        right: mmToTwips(margins.right),
        header: mmToTwips(layout.profile.headerDistanceMm),
        footer: mmToTwips(layout.profile.headerDistanceMm),
      },
      pageNumbers: { start: 1 },
    },
  })
}
