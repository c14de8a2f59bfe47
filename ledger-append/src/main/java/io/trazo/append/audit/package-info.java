/**
 * The store auditor: re-derives the transparency log from the ledger's accepted records (leaf hashes,
 * leaf index, every tile, the latest checkpoint's root and signature) over the read-only ports, so
 * that an edit of any store behind the log's back is found even where no proof is ever requested.
 * Read-only; it holds no key, only the log's public key.
 */
package io.trazo.append.audit;
