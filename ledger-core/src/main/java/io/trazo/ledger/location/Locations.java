package io.trazo.ledger.location;

import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads v2 {@code location} bodies (docs/protocol.md §8.9): a GLN with its name, address and optional
 * coordinates, signed by the actor who owns the place.
 */
public final class Locations {

    /** A registered place. */
    public record Location(String gln, String owner, String name, String country, Optional<String> function) {}

    private static final Set<String> MEMBERS = Set.of("gln", "owner", "name", "address", "coordinates", "function");
    private static final Set<String> ADDRESS_MEMBERS = Set.of("street", "locality", "region", "postalCode", "country");
    private static final Pattern GLN = Pattern.compile("[0-9]{13}");
    private static final Pattern TEXT = Pattern.compile("\\S(?:.{0,198}\\S)?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern COORDINATE = Pattern.compile("-?\\d{1,3}\\.\\d{1,9}");
    private static final Pattern FUNCTION = Pattern.compile("farm|wet_mill|dry_mill|warehouse|port|roastery|other");

    private Locations() {}

    public static Location read(SignedRecord record) {
        if (record.type() != RecordType.LOCATION) {
            throw new IllegalArgumentException("not a location record: " + record.type().wire());
        }
        Fields body = new Fields(record.body(), "/body");
        body.requireOnly(MEMBERS);
        String gln = body.string("gln", GLN, "a 13-digit GLN");
        if (!checkDigitValid(gln)) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("gln"), "GLN " + gln + " has a wrong check digit");
        }
        String owner = body.string("owner", Identifiers.ACTOR, "an actor URI");
        if (!owner.equals(record.actor())) {
            throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("owner"), "a location is signed by its owner, "
                    + owner + ", not " + record.actor());
        }
        Fields address = body.object("address");
        address.requireOnly(ADDRESS_MEMBERS);
        for (String part : List.of("street", "region", "postalCode")) {
            address.optional(part).ifPresent(v -> address.string(part, TEXT, "1 to 200 characters"));
        }
        address.string("locality", TEXT, "1 to 200 characters");
        String country = address.string("country", COUNTRY, "an ISO 3166-1 alpha-2 code");
        if (body.optional("coordinates").isPresent()) {
            List<String> c = body.strings("coordinates", COORDINATE, "a decimal degree string");
            if (c.size() != 2 || Math.abs(Double.parseDouble(c.get(0))) > 180 || Math.abs(Double.parseDouble(c.get(1))) > 90) {
                throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("coordinates"), "[longitude, latitude] within range");
            }
        }
        Optional<String> function = body.optional("function").map(v -> body.string("function", FUNCTION, "a location function"));
        return new Location(gln, owner, body.string("name", TEXT, "a name of 1 to 200 characters"), country, function);
    }

    /** GS1 General Specifications §7.9.1: weights 3 and 1 from the right, check digit to the next multiple of ten. */
    static boolean checkDigitValid(String digits) {
        int sum = 0;
        for (int i = digits.length() - 2, w = 3; i >= 0; i--, w = 4 - w) {
            sum += (digits.charAt(i) - '0') * w;
        }
        return (10 - sum % 10) % 10 == digits.charAt(digits.length() - 1) - '0';
    }
}
