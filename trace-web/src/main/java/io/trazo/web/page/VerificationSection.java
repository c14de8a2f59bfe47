package io.trazo.web.page;

import io.trazo.web.WebProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;

/** query-service's server-side verification of a lot, in the page's terms, and the command that repeats it offline. */
final class VerificationSection {

    private final String command;
    VerificationSection(WebProperties properties) {
        String logKey = properties.logKey() == null || properties.logKey().isBlank() ? "LOG-KEY" : properties.logKey();
        this.command = "java -jar trazo-cli.jar verify-bundle --trust-root trust-root.txt --log-key \"" + logKey + "\" --require-status trazo-bundle.json";
    }

    LotPage.Verification of(JsonNode v, UnaryOperator<String> actorName) {
        JsonNode store = v.path("store");
        Map<String, LotPage.Signer> signers = new LinkedHashMap<>();
        List<LotPage.EventResult> events = new ArrayList<>();
        int signedEvents = 0;
        for (JsonNode r : v.path("reports")) {
            for (JsonNode s : r.path("signatures")) {
                boolean ok = s.path("signatureValid").asBoolean() && s.path("keyKnown").asBoolean() && s.path("validAtTime").asBoolean()
                        && s.path("notRevoked").asBoolean() && s.path("roleAllowed").asBoolean();
                String keyId = LotPageBuilder.text(s, "keyId");
                LotPage.Signer before = signers.get(keyId);
                String actor = LotPageBuilder.text(s, "signer");
                signers.put(keyId, new LotPage.Signer(actor, actorName.apply(actor), keyId, ok && (before == null || before.ok())));
            }
            if ("event".equals(LotPageBuilder.text(r, "type"))) {
                signedEvents++;
                List<String> findings = new ArrayList<>();
                r.path("findings").forEach(f -> findings.add(LotPageBuilder.text(f, "code")));
                events.add(new LotPage.EventResult("event", LotPageBuilder.text(r, "hash"), r.path("ok").asBoolean(), findings));
            }
        }
        String problem = store.path("ok").asBoolean(true) ? null : LotPageBuilder.text(store, "check");
        return new LotPage.Verification(v.path("ok").asBoolean() && problem == null, problem, v.path("records").asInt(), signedEvents,
                v.path("failed").asInt(), store.path("logTreeSize").asLong(), store.path("loggedRecords").asInt(),
                store.path("notYetLogged").asInt(), List.of(), List.copyOf(signers.values()), events, command);
    }
}
