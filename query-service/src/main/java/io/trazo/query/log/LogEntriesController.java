package io.trazo.query.log;

import io.trazo.ledger.log.LogEntries;
import io.trazo.ledger.log.LogLookupException;
import io.trazo.ledger.log.LogProofs;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The log's entries for anyone to read (protocol §17, "Entries"): tiles hold only hashes, so a monitor that
 * replays the log (records and map-root leaves) fetches the leaf inputs here and checks each against the
 * tiles. Only leaves the latest checkpoint covers are served: the index may hold more, not yet signed.
 */
@RestController
class LogEntriesController {

    private final LogEntries entries;
    private final LogProofs proofs;

    LogEntriesController(LogEntries entries, LogProofs proofs) {
        this.entries = entries;
        this.proofs = proofs;
    }

    @GetMapping(path = "/log/entries", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    ResponseEntity<byte[]> entries(@RequestParam long start, @RequestParam long end) throws LogLookupException {
        long size = proofs.latest().orElseThrow(LogLookupException::nothingPublished).size();
        if (end > size) {
            throw new IllegalArgumentException("end " + end + " is beyond the latest checkpoint, of size " + size);
        }
        byte[] body = entries.framed(start, end);
        // a full, aligned block never changes (leaves are append-only), like a full tile
        boolean full = start % LogEntries.MAX_LEAVES == 0 && end - start == LogEntries.MAX_LEAVES;
        return ResponseEntity.ok().cacheControl(full ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.noCache()).body(body);
    }
}
