package io.trazo.audit;

/**
 * Why a lot cannot be declared under EUDR: one of its plots of origin lacks adequate geometry (or the
 * lot has none). Names the plot and the rule, so the producer knows what to re-survey.
 */
public class EudrRefusal extends RuntimeException {

    public enum Rule {
        NO_PLOT_OF_ORIGIN,
        PLOT_UNKNOWN,
        PRECISION_BELOW_6_DECIMALS,
        POINT_OVER_4_HA,
        TOO_FEW_VERTICES,
        DUPLICATE_VERTEX,
        SELF_CROSSING
    }

    private final String plot;
    private final Rule rule;

    EudrRefusal(String plot, Rule rule, String detail) {
        super((plot == null ? "" : "plot " + plot + ": ") + detail + " (" + rule + ")");
        this.plot = plot;
        this.rule = rule;
    }

    /** The plot at fault; null for {@link Rule#NO_PLOT_OF_ORIGIN}. */
    public String plot() {
        return plot;
    }

    public Rule rule() {
        return rule;
    }
}
