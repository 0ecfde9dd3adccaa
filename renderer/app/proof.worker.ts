/**
 * The proofreader off the UI thread: the units of each request are analysed (core/proof) and
 * sent back as they are read; a newer request stops the one before it.
 */
import { serveLatest } from './latest-request-worker'
import { runProofRead, type ProofReadMessage, type ProofReadRequest } from './proof-reader'

serveLatest<ProofReadRequest, ProofReadMessage>(runProofRead)
