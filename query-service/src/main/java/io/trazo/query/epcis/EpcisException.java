package io.trazo.query.epcis;

/**
 * An exception of the EPCIS 2.0 query interface (EPCIS 2.0 §8.2.6, REST binding openapi.yaml), answered
 * as a problem detail whose {@code type} is the standard's own {@code epcisException:} name, so EPCIS
 * clients can switch on it as the binding tells them to.
 */
public final class EpcisException extends RuntimeException {

    /** The standard's exception names, each with the HTTP status the REST binding gives it. */
    public enum Kind {
        QueryParameterException(400),
        QueryTooLargeException(413),
        QueryTooComplexException(413),
        NotAcceptableException(406),
        NoSuchResourceException(404);

        final int status;

        Kind(int status) {
            this.status = status;
        }
    }

    private final Kind kind;
    private final String parameter;

    private EpcisException(Kind kind, String parameter, String message) {
        super(message);
        this.kind = kind;
        this.parameter = parameter;
    }

    /** A parameter that is unknown, unsupported, repeated, of the wrong type, or in conflict with another (§8.2.7.1). */
    public static EpcisException parameter(String name, String why) {
        return new EpcisException(Kind.QueryParameterException, name, name + ": " + why);
    }

    public static EpcisException unknownParameter(String name) {
        return parameter(name, "not a parameter of EPCIS 2.0 SimpleEventQuery that this repository supports"
                + " (docs/operations.md §EPCIS queries lists them)");
    }

    /** More matching events than {@code maxEventCount} allows. */
    public static EpcisException tooLarge(int max) {
        return new EpcisException(Kind.QueryTooLargeException, "maxEventCount", "more than maxEventCount=" + max + " events match");
    }

    /** The matches could not be counted within the per-request scan limit, so maxEventCount cannot be honoured. */
    public static EpcisException tooComplex(int scanLimit) {
        return new EpcisException(Kind.QueryTooComplexException, "maxEventCount",
                "the matching events could not be counted within " + scanLimit + " stored events; narrow the query");
    }

    public static EpcisException notAcceptable(String header, String value, String supported) {
        return new EpcisException(Kind.NotAcceptableException, header,
                header + ": " + value + " cannot be met; this repository speaks " + supported);
    }

    public static EpcisException noSuchResource(String what, String value) {
        return new EpcisException(Kind.NoSuchResourceException, what, "no " + what + " \"" + value + "\" in this repository");
    }

    public Kind kind() {
        return kind;
    }

    /** The parameter or header at fault, or the resource kind. */
    public String parameter() {
        return parameter;
    }
}
