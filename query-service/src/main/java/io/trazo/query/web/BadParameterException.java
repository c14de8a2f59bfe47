package io.trazo.query.web;

/** A request parameter the API cannot accept; {@code parameter} names it for the problem detail. */
public final class BadParameterException extends RuntimeException {

    private final String parameter;

    private BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public static BadParameterException of(String parameter, String message) {
        return new BadParameterException(parameter, parameter + ": " + message);
    }

    public String parameter() {
        return parameter;
    }
}
