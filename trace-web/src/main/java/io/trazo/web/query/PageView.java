package io.trazo.web.query;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The members of query-service's page view of a lot ({@code /lots/{lot}/page}) that the buyer's page shows, bound
 * straight from the response's bytes. The view of a retail lot is about 100 KB, most of it members the page never
 * shows (each report's links, each step's inputs and outputs, the reasons' details); read as a tree, all of it was
 * decoded and kept, then walked once (issue 18: trace-web's share of a never-seen page). Bound into these records,
 * the parser skips what is not named here without decoding its strings. A member query leaves out reads as
 * {@code null}, an absent list or map as empty, as the tree's missing nodes did.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PageView(Summary summary, Verification verification, Journey journey, Map<String, Extensions> extensions,
        Map<String, Validity> certificates, Map<String, String> actors) {

    public PageView {
        summary = summary == null ? new Summary(null, null, null, null, null, null) : summary;
        verification = verification == null ? new Verification(false, 0, 0, null, null) : verification;
        journey = journey == null ? new Journey(null) : journey;
        extensions = extensions == null ? Map.of() : extensions;
        certificates = certificates == null ? Map.of() : certificates;
        actors = actors == null ? Map.of() : actors;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Summary(String head, String producedBy, String custodian, Quantity quantity, List<Plot> plotsOfOrigin, List<Claim> claims) {

        public Summary {
            plotsOfOrigin = plotsOfOrigin == null ? List.of() : plotsOfOrigin;
            claims = claims == null ? List.of() : claims;
        }
    }

    /** An amount as query wrote it (a JSON number's text, or a decimal string), and its UN/ECE Rec 20 unit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quantity(String amount, String uom) {}

    /** @param coordinates the plot's ring (or point), each vertex {@code [lon, lat]} as the signed decimal strings */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Plot(String name, String owner, String country, List<List<String>> coordinates) {

        public Plot {
            coordinates = coordinates == null ? List.of() : coordinates;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(String claim, String standard, String subject, String issuer, String certificateId, String certificate,
            boolean validAtEvent, String status, String level, List<Reason> reasons) {

        public Claim {
            reasons = reasons == null ? List.of() : reasons;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Reason(String reason) {}

    /** @param store null when query sent none; its {@code ok} null when absent (then the store is taken as sound) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Verification(boolean ok, int records, int failed, Store store, List<Report> reports) {

        public Verification {
            store = store == null ? new Store(null, null, 0, 0, 0) : store;
            reports = reports == null ? List.of() : reports;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Store(Boolean ok, String check, long logTreeSize, int loggedRecords, int notYetLogged) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Report(String type, String hash, boolean ok, List<Signature> signatures, List<Finding> findings) {

        public Report {
            signatures = signatures == null ? List.of() : signatures;
            findings = findings == null ? List.of() : findings;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signature(String keyId, String signer, boolean signatureValid, boolean keyKnown, boolean validAtTime, boolean notRevoked,
            boolean roleAllowed) {

        public boolean ok() {
            return signatureValid && keyKnown && validAtTime && notRevoked && roleAllowed;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Finding(String code) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Journey(List<Step> steps) {

        public Journey {
            steps = steps == null ? List.of() : steps;
        }
    }

    /** @param record the step's record hash, which keys its {@link Extensions} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String time, String bizStep, String actor, List<Quantity> quantities, Place place, String record) {

        public Step {
            quantities = quantities == null ? List.of() : quantities;
        }
    }

    /** The location record that speaks for a step's GLN; {@code coordinates} {@code [lon, lat]} as signed, or null. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Place(String name, String function, String locality, String region, String country, List<String> coordinates) {}

    /**
     * A journey event's {@code trazo:} members, its own and its ilmd's, as signed: kept as JSON values because their
     * shapes vary (a price is an object); there are a handful per page.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Extensions(Map<String, JsonNode> event, Map<String, JsonNode> ilmd) {

        public Extensions {
            event = event == null ? Map.of() : event;
            ilmd = ilmd == null ? Map.of() : ilmd;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Validity(String validFrom, String validUntil) {}
}
