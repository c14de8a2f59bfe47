package io.trazo.query.log;

import io.trazo.ledger.crypto.Digest;
import io.trazo.ledger.log.LogJson;
import io.trazo.ledger.log.LogLookupException;
import io.trazo.ledger.log.LogProofs;
import io.trazo.ledger.log.SignedCheckpoint;
import io.trazo.ledger.merkle.TileReader;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only HTTP API of the transparency log: checkpoints, proofs, and C2SP tlog-tiles static paths
 * ({@code /checkpoint}, {@code /tile/L/N[.p/W]}) for generic tooling. Every proof is for a size up to
 * the latest published checkpoint.
 */
@RestController
class LogController {

    static final int MAX_HISTORY = 1000;

    private final LogProofs proofs;
    private final TileReader tiles;

    LogController(LogProofs proofs, TileReader tiles) {
        this.proofs = proofs;
        this.tiles = tiles;
    }

    // the note holds U+2014 (the signature-line dash): say UTF-8, or text clients garble it
    @GetMapping(path = {"/log/checkpoint", "/checkpoint"}, produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> latest() throws LogLookupException {
        SignedCheckpoint latest = proofs.latest().orElseThrow(LogLookupException::nothingPublished);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)).body(latest.note());
    }

    @GetMapping(path = "/log/checkpoints", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] history(@RequestParam(defaultValue = "1") long from, @RequestParam(defaultValue = "100") int limit) {
        if (from < 0 || limit < 1 || limit > MAX_HISTORY) {
            throw new IllegalArgumentException("from must be >= 0 and limit in 1.." + MAX_HISTORY);
        }
        return LogJson.history(proofs.checkpoints(from, limit));
    }

    @GetMapping(path = "/log/proof/inclusion", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] inclusion(@RequestParam String record, @RequestParam(required = false) Long size) throws LogLookupException {
        if (!record.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("record must be a record hash of 64 lower-case hex digits");
        }
        Digest hash = Digest.fromHex(record);
        return LogJson.inclusion(size == null ? proofs.inclusion(hash) : proofs.inclusion(hash, size));
    }

    @GetMapping(path = "/log/proof/consistency", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] consistency(@RequestParam long from, @RequestParam long to) throws LogLookupException {
        return LogJson.consistency(proofs.consistency(from, to));
    }

    @GetMapping(path = "/tile/**", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<byte[]> tile(HttpServletRequest request) {
        TilePath path = TilePath.parse(request.getRequestURI().substring(request.getRequestURI().indexOf("/tile/") + 6));
        return tiles.read(path.level(), path.index(), path.width())
                .map(t -> t.prefix(path.width()))
                .map(t -> ResponseEntity.ok().cacheControl(t.isFull()
                        ? CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable()
                        : CacheControl.noCache()).body(t.toBytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

}
