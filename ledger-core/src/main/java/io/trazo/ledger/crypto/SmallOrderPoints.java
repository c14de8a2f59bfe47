package io.trazo.ledger.crypto;

/**
 * The canonical encodings of the eight points of order dividing 8 on edwards25519 (the torsion
 * subgroup), as listed in the literature on Ed25519 validation criteria (Chalkias et al., "Taming the
 * many EdDSAs", Table 4). Non-canonical encodings need no list: BouncyCastle rejects them.
 */
final class SmallOrderPoints {

    private SmallOrderPoints() {}

    static byte[][] canonicalEncodings() {
        String[] hex = {
            // identity (order 1)
            "0100000000000000000000000000000000000000000000000000000000000000",
            // order 2: (0, -1)
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
            // order 4: (±sqrt(-1), 0)
            "0000000000000000000000000000000000000000000000000000000000000000",
            "0000000000000000000000000000000000000000000000000000000000000080",
            // order 8
            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
            "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
            "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
        };
        byte[][] out = new byte[hex.length][];
        for (int i = 0; i < hex.length; i++) {
            out[i] = Hex.decode(hex[i]);
        }
        return out;
    }
}
