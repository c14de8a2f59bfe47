package io.trazo.ledger.location;

import io.trazo.ledger.record.Fields;
import io.trazo.ledger.record.Identifiers;
import io.trazo.ledger.record.ReasonCode;
import io.trazo.ledger.record.RecordException;
import io.trazo.ledger.record.RecordType;
import io.trazo.ledger.record.SignedRecord;
import io.trazo.ledger.registry.LotOwnership;
import io.trazo.ledger.registry.RegistryView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads v2 {@code location} bodies (docs/protocol.md §8.7): a GLN with its name, address and optional
 * coordinates, signed by the actor who owns the place.
 */
public final class Locations {

    /** A registered place. */
    public record Location(String gln, String owner, String name, Address address, Optional<Coordinates> coordinates,
            Optional<String> function) {

        public String country() {
            return address.country();
        }
    }

    public record Address(Optional<String> street, String locality, Optional<String> region, Optional<String> postalCode, String country) {}

    /** Decimal degree strings as signed, {@code [longitude, latitude]} in the record. */
    public record Coordinates(String longitude, String latitude) {}

    private static final Set<String> MEMBERS = Set.of("gln", "owner", "name", "address", "coordinates", "function");
    private static final Set<String> ADDRESS_MEMBERS = Set.of("street", "locality", "region", "postalCode", "country");
    private static final Pattern GLN = Pattern.compile("[0-9]{13}");
    private static final Pattern TEXT = Pattern.compile("\\S(?:.{0,198}\\S)?");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern COORDINATE = Pattern.compile("-?\\d{1,3}\\.\\d{1,9}");
    private static final Pattern SGLN = Pattern.compile("urn:epc:id:sgln:(\\d+)\\.(\\d*)\\..+");
    private static final Pattern GLN_LINK = Pattern.compile("https://[a-z0-9.-]+/414/(\\d{13})(?:/254/[!-~]{1,20})?");
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
        String locality = address.string("locality", TEXT, "1 to 200 characters");
        String country = address.string("country", COUNTRY, "an ISO 3166-1 alpha-2 code");
        Optional<Coordinates> coordinates = Optional.empty();
        if (body.optional("coordinates").isPresent()) {
            List<String> c = body.strings("coordinates", COORDINATE, "a decimal degree string");
            if (c.size() != 2 || Math.abs(Double.parseDouble(c.get(0))) > 180 || Math.abs(Double.parseDouble(c.get(1))) > 90) {
                throw new RecordException(ReasonCode.INVALID_FIELD, body.pathOf("coordinates"), "[longitude, latitude] within range");
            }
            coordinates = Optional.of(new Coordinates(c.get(0), c.get(1)));
        }
        Optional<String> function = body.optional("function").map(v -> body.string("function", FUNCTION, "a location function"));
        Address where = new Address(address.optionalString("street"), locality, address.optionalString("region"),
                address.optionalString("postalCode"), country);
        return new Location(gln, owner, body.string("name", TEXT, "a name of 1 to 200 characters"), where, coordinates, function);
    }

    /**
     * Whether the location speaks for its GLN (docs/protocol.md §8.7, "A GLN's location"): its owner owns
     * the GLN's GS1 company prefix at {@code time}, the location record's time, by the rule that decides
     * who owns a lot (§11, Lot owners), applied to the GLN as a GS1 key of AI 414.
     */
    public static boolean speaksForGln(Location location, Instant time, RegistryView registry) {
        return LotOwnership.refusal("https://id.gs1.org/414/" + location.gln(), location.owner(), time, registry).isEmpty();
    }

    /**
     * The GLN an event's {@code bizLocation} or {@code readPoint} id names, if any: an SGLN
     * {@code urn:epc:id:sgln:P.R.E} names P ‖ R ‖ its check digit (GS1 EPC TDS §6.3.3; E, a sub-location,
     * is ignored), a GLN Digital Link {@code https://host/414/<GLN>(/254/E)?} names its GLN.
     */
    public static Optional<String> glnOf(String placeId) {
        Matcher sgln = SGLN.matcher(placeId);
        if (sgln.matches() && sgln.group(1).length() + sgln.group(2).length() == 12) {
            String body = sgln.group(1) + sgln.group(2);
            return Optional.of(body + checkDigit(body));
        }
        Matcher link = GLN_LINK.matcher(placeId);
        return link.matches() && checkDigitValid(link.group(1)) ? Optional.of(link.group(1)) : Optional.empty();
    }

    static boolean checkDigitValid(String digits) {
        return checkDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1);
    }

    /** GS1 General Specifications §7.9.1: weights 3 and 1 from the right, check digit to the next multiple of ten. */
    static char checkDigit(String body) {
        int sum = 0;
        for (int i = body.length() - 1, w = 3; i >= 0; i--, w = 4 - w) {
            sum += (body.charAt(i) - '0') * w;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
