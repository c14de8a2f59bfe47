package io.trazo.audit;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Protocol v2 {@code location} records by GLN, read by member name; events name places as SGLN EPC URIs
 * ({@code urn:epc:id:sgln:<company prefix>.<location reference>.<extension>}, GS1 EPC TDS §6.3.3),
 * whose first 12 digits are the GLN's without its check digit.
 */
final class Locations {

    record Location(String gln, String owner, String name, String locality, String country) {
        String describe() {
            return name + ", " + locality + ", " + country;
        }
    }

    private static final Pattern SGLN = Pattern.compile("urn:epc:id:sgln:(\\d+)\\.(\\d*)\\..*");

    private final Map<String, Location> byGlnBody = new HashMap<>();

    void add(AuditRecord record) {
        JsonObject body = record.body();
        String gln = CertificateStatus.string(body, "gln");
        JsonObject address = body.get("address").filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .orElseThrow(() -> new AuditInputException("location " + record.hash().hex() + " has no address"));
        Location l = new Location(gln, CertificateStatus.string(body, "owner"), CertificateStatus.string(body, "name"),
                CertificateStatus.string(address, "locality"), CertificateStatus.string(address, "country"));
        if (l.owner().equals(record.actor()) && gln.length() == 13) {
            byGlnBody.put(gln.substring(0, 12), l);
        }
    }

    Optional<Location> bySgln(String uri) {
        Matcher m = SGLN.matcher(uri);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byGlnBody.get(m.group(1) + m.group(2)));
    }

    static Optional<String> readPoint(io.trazo.ledger.event.EpcisEvent e) {
        return e.json().get("readPoint").filter(JsonObject.class::isInstance).map(JsonObject.class::cast).flatMap(r -> r.get("id"))
                .filter(JsonString.class::isInstance).map(v -> ((JsonString) v).value());
    }
}
