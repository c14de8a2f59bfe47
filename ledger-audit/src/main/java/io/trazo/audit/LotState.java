package io.trazo.audit;

import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the fold knows of one lot; mutable, owned by {@link AuditFold}. */
final class LotState {

    /** A transformation that produced this lot from {@code inputs}. */
    record Parent(Digest record, List<String> inputs) {}

    final String lot;
    Optional<ProductForm> form = Optional.empty();
    String custodian;
    final Map<ClaimType, Holding> holdings = new EnumMap<>(ClaimType.class);
    final List<Parent> parents = new ArrayList<>();
    final List<ClaimVerdict> verdicts = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    /** The certificates claimed directly on this lot, with the first record that claimed each. */
    final Map<Digest, Digest> directClaims = new LinkedHashMap<>();
    /** The plots the lot's coffee grew on. */
    final Set<String> plots = new LinkedHashSet<>();
    final List<Digest> records = new ArrayList<>();
    final List<TraceRow> rows = new ArrayList<>();
    /** What the lot is, from the extension fields of the event that made it (FSMA product description). */
    String product = "coffee";
    /** Who assigned the lot code, and where (FSMA traceability lot code source). */
    String tlcSource = "";

    LotState(String lot) {
        this.lot = lot;
    }

    String formName() {
        return form.map(ProductForm::wire).orElse("unspecified");
    }
}
