/**
 * C2SP tlog-checkpoint: a signed note whose text commits to a tree head.
 *
 * <pre>
 * text      = origin LF size LF root LF *(extension LF)
 * origin    = 1*char                 ; non-empty, identifies the log
 * size      = "0" / %x31-39 *DIGIT   ; decimal, no sign, no leading zeros, &lt; 2^63 here
 * root      = base64(MTH)            ; RFC 4648 §4 padded, canonical, exactly 32 bytes here
 * extension = 1*char                 ; non-empty
 * </pre>
 * Bounds: each line at most 1024 bytes, at most 32 extension lines. A verifier opens the note with
 * the log's verifier key, parses the checkpoint from the signed text bytes themselves, and checks the
 * origin it expects; witness cosignatures are ignored unless their keys are supplied.
 */
package io.trazo.ledger.merkle.checkpoint;
