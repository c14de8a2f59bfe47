/**
 * C2SP signed notes with Ed25519 signatures (signature type 0x01).
 *
 * <h2>Keys</h2>
 * <ul>
 *   <li>Key ID: {@code keyID = SHA-256(name ‖ 0x0A ‖ 0x01 ‖ publicKey32)[0:4]}, read big-endian.
 *   <li>Verifier key (vkey): {@code name "+" hex8(keyID) "+" base64(0x01 ‖ publicKey32)}; split on the
 *       first two {@code +} only, since standard base64 uses {@code +}. The name is non-empty UTF-8
 *       without Unicode spaces or {@code +} (we also cap it at 256 bytes).
 *   <li>Signer key (golang.org/x/mod form): {@code "PRIVATE+KEY+" name "+" hex8(keyID) "+"
 *       base64(0x01 ‖ seed32)}, the seed being the RFC 8032 §5.1.5 private key.
 * </ul>
 *
 * <h2>Note</h2>
 * <pre>
 * note      = text LF 1*sigline
 * text      = 1*(line LF)            ; UTF-8, no control characters except LF
 * sigline   = U+2014 SP name SP base64(keyID[4] ‖ signature) LF
 * </pre>
 * The Ed25519 signature (RFC 8032, 64 bytes, deterministic) is over the bytes of {@code text}
 * including its final LF and excluding the blank line. A reader splits at the last {@code LF LF}.
 * Signature lines from (name, key ID) pairs the verifier does not know are ignored, whatever their
 * length (e.g. 76-byte tlog-cosignature type 0x04 lines); identical unknown lines count once. A known
 * key's signature must be exactly 64 bytes and verify, or the note is rejected; repeated lines of a
 * known key are verified once. A note without a verified signature is rejected. Bounds: 64 KiB per
 * note, 100 signature lines (as Go; C2SP requires accepting at least 16). Base64 must be canonical
 * RFC 4648 §4 (padded, zero trailing bits).
 */
package io.trazo.ledger.merkle.note;
