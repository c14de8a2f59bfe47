package io.trazo.query.epcis;

import io.trazo.ledger.encoding.JsonObject;
import io.trazo.query.epcis.Comparison.Op;
import io.trazo.query.epcis.EventTests.Scope;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SimpleEventQuery parameters whose names embed a type, unit or field (EPCIS 2.0 §8.2.7.1, the REST
 * binding's query-schema.json {@code patternProperties}), and the fixed-name sensor parameters.
 * Extension fields match by the IRI they expand to, not by the prefix an event happens to use
 * ({@link ExtensionName}).
 */
final class FlexibleParameters {

    /** {@code prefix:field}, or {@code namespace#field} with the whole namespace IRI ({@link ExtensionName}). */
    private static final String FIELD = "([a-z][A-Za-z0-9]*:\\w+|(?:https?://|urn:)[^#\\s]+#\\w+)";
    private static final String OP = "(EQ|GT|GE|LT|LE)";
    private static final Pattern EXTENSION = Pattern.compile(OP + "_(INNER_)?(ILMD_|ERROR_DECLARATION_|SENSORELEMENT_|SENSORMETADATA_"
            + "|SENSORREPORT_|readPoint_|bizLocation_)?" + FIELD);
    private static final Pattern EXISTS = Pattern.compile("EXISTS_(INNER_)?(ILMD_|ERROR_DECLARATION_)?" + FIELD);
    private static final Pattern SOURCE = Pattern.compile("EQ_(source|destination)_([a-z][a-zA-Z0-9_]+)");
    private static final Pattern BIZ_TRANSACTION = Pattern.compile("EQ_bizTransaction_([a-z][a-zA-Z0-9_]+)");
    private static final Pattern QUANTITY = Pattern.compile(OP + "_quantity(?:_([A-Z0-9]{2,4}))?");
    private static final Pattern MEASURE = Pattern.compile(OP + "_(value|minValue|maxValue|meanValue|sDev|percValue)_([A-Z0-9]{2,4})");
    private static final Pattern SENSOR_TIME = Pattern.compile("(GE|LT)_(time|startTime|endTime)");
    private static final Pattern SENSOR_EQ = Pattern.compile("EQ_(type|deviceID|dataProcessingMethod|microorganism|chemicalSubstance"
            + "|bizRules|stringValue|hexBinaryValue|uriValue|booleanValue)");
    private static final Pattern PERC_RANK = Pattern.compile(OP + "_percRank");
    private static final Pattern MASTER_DATA = Pattern.compile("HASATTR_\\w+|EQ_ATTR_\\w+_\\w+");

    private FlexibleParameters() {}

    /** Adds the parameter's test and returns true, or returns false if the name is none of these. */
    static boolean read(String name, String raw, Map<String, String> declared, List<Predicate<JsonObject>> tests) {
        Optional<Predicate<JsonObject>> test = test(name, raw, declared);
        test.ifPresent(tests::add);
        return test.isPresent();
    }

    private static Optional<Predicate<JsonObject>> test(String name, String raw, Map<String, String> declared) {
        Matcher m;
        if ((m = SOURCE.matcher(name)).matches()) {
            String list = m.group(1) + "List";
            return Optional.of(EventTests.sourceOrDestination(list, m.group(1), m.group(2), QueryValues.uris(name, raw)));
        }
        if ((m = BIZ_TRANSACTION.matcher(name)).matches()) {
            return Optional.of(EventTests.bizTransaction(m.group(1), QueryValues.uris(name, raw)));
        }
        if ((m = QUANTITY.matcher(name)).matches()) {
            return Optional.of(EventTests.quantity(Comparison.number(name, Op.valueOf(m.group(1)), raw), Optional.ofNullable(m.group(2))));
        }
        if ((m = MEASURE.matcher(name)).matches()) {
            return Optional.of(SensorTests.measure(m.group(2), m.group(3), Comparison.number(name, Op.valueOf(m.group(1)), raw)));
        }
        if ((m = SENSOR_TIME.matcher(name)).matches()) {
            QueryValues.time(name, raw);
            return Optional.of(SensorTests.time(m.group(2), Comparison.parse(name, Op.valueOf(m.group(1)), raw)));
        }
        if ((m = SENSOR_EQ.matcher(name)).matches()) {
            if (m.group(1).equals("booleanValue")) {
                QueryValues.bool(name, raw);
            }
            return Optional.of(SensorTests.equals(m.group(1), QueryValues.gs1Terms(name, raw)));
        }
        if ((m = PERC_RANK.matcher(name)).matches()) {
            return Optional.of(SensorTests.percRank(Comparison.number(name, Op.valueOf(m.group(1)), raw)));
        }
        if (name.equals("EXISTS_sensorElementList")) {
            return Optional.of(SensorTests.exists());
        }
        if ((m = EXTENSION.matcher(name)).matches()) {
            return Optional.of(EventTests.extension(scope(m.group(3)), m.group(2) != null, ExtensionName.of(name, m.group(4), declared),
                    Comparison.parse(name, Op.valueOf(m.group(1)), raw)));
        }
        if ((m = EXISTS.matcher(name)).matches()) {
            return Optional.of(EventTests.extensionExists(scope(m.group(2)), m.group(1) != null, ExtensionName.of(name, m.group(3), declared)));
        }
        if (MASTER_DATA.matcher(name).matches()) {
            return Optional.of(EventTests.never());
        }
        return Optional.empty();
    }

    private static Scope scope(String marker) {
        if (marker == null) {
            return Scope.EVENT;
        }
        return switch (marker) {
            case "ILMD_" -> Scope.ILMD;
            case "ERROR_DECLARATION_" -> Scope.ERROR_DECLARATION;
            case "SENSORELEMENT_" -> Scope.SENSOR_ELEMENT;
            case "SENSORMETADATA_" -> Scope.SENSOR_METADATA;
            case "SENSORREPORT_" -> Scope.SENSOR_REPORT;
            case "readPoint_" -> Scope.READ_POINT;
            case "bizLocation_" -> Scope.BIZ_LOCATION;
            default -> throw new IllegalArgumentException(marker);
        };
    }
}
