/**
 * Certifiers' audits computed from records alone (issue 17): certificate lifecycle, claim validity,
 * chain-of-custody levels, conversion factors, mass balance, taint, and the EUDR export.
 *
 * <p>Everything here depends on ledger-core only and folds records one at a time in log order
 * ({@link io.trazo.audit.AuditFold}), so the query API, the CLI and an offline certifier reading a
 * bundle reach the same answer. Audit results are computed, never enforced at ingest: a claim valid
 * today can become tainted by a later suspension.
 */
package io.trazo.audit;
