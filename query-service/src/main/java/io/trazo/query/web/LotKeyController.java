package io.trazo.query.web;

import io.swagger.v3.oas.annotations.Operation;
import io.trazo.ledger.event.Gs1LotKey;
import io.trazo.mongo.MongoLedgerReader;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A label's GTIN and lot to the lot URI they name (docs/protocol.md §7.1), by exact key. Query
 * parameters rather than path segments, because a lot may contain {@code /}.
 */
@RestController
class LotKeyController {

    record LotKeyView(String key, String lot) {}

    private final MongoLedgerReader reader;

    LotKeyController(MongoLedgerReader reader) {
        this.reader = reader;
    }

    @GetMapping("/lot-keys")
    @Operation(summary = "The lot a GS1 Digital Link label names: GTIN (8, 12, 13 or 14 digits) and lot (AI 10, as printed)")
    LotKeyView resolve(@RequestParam String gtin, @RequestParam String lot) {
        String key;
        try {
            key = Gs1LotKey.of(gtin, lot);
        } catch (Gs1LotKey.InvalidGs1KeyException e) {
            throw BadParameterException.of(e.field(), e.getMessage());
        }
        return new LotKeyView(key, reader.lotByGs1Key(key).orElseThrow(() -> NotFoundException.lot(key)));
    }
}
