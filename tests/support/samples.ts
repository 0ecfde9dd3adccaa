/**
 * The news articles about ward review conferences (copied from the project's shared samples into
 * tests/fixtures/news so that a fresh clone has them): realistic Vietnamese text for fixtures.
 */
import { resolve } from 'node:path'

export const NEWS_DIR = resolve(import.meta.dirname, '../fixtures/news')
