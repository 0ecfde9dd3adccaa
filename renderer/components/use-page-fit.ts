/**
 * The scale at which the A4 page fits the width of its scrolling area, kept in the store
 * (`pageFit`): the page shrinks beside a wide side panel instead of being cut off at its right.
 */
import { useCallback, useRef } from 'react'
import { useAppStore } from '../app/store'

/** 210 mm in CSS pixels. */
const PAGE_WIDTH_PX = (210 * 96) / 25.4
/** The page's margin inside its scrolling area (.page-scroll's padding), both sides. */
const GUTTER_PX = 48
/** Below this the text is too small to read: the area scrolls instead. */
const SMALLEST = 0.6

export function fitOf(width: number): number {
  // Rounded down: a page a pixel wider than the room would scroll sideways.
  return Math.floor(Math.min(1, Math.max(SMALLEST, (width - GUTTER_PX) / PAGE_WIDTH_PX)) * 100) / 100
}

/** A ref for the scrolling area: while it is mounted, its width sets the page's fit. */
export function usePageFit(): (element: HTMLElement | null) => void {
  const observer = useRef<ResizeObserver | null>(null)
  return useCallback((element: HTMLElement | null) => {
    observer.current?.disconnect()
    observer.current = null
    if (!element || typeof ResizeObserver === 'undefined') return
    observer.current = new ResizeObserver(() => useAppStore.getState().setPageFit(fitOf(element.clientWidth)))
    observer.current.observe(element)
  }, [])
}
