package io.trazo.web.page;

import io.trazo.web.WebProperties;
import io.trazo.web.query.PageView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** query-service's server-side verification of a lot, in the page's terms, and the command that repeats it offline. */
final class VerificationSection {

    private final String command;
    VerificationSection(WebProperties properties) {
        String logKey = properties.logKey() == null || properties.logKey().isBlank() ? "LOG-KEY" : properties.logKey();
        this.command = "java -jar trazo-cli.jar verify-bundle --trust-root trust-root.txt --log-key \"" + logKey + "\" --require-status trazo-bundle.json";
    }

    LotPage.Verification of(PageView.Verification v, UnaryOperator<String> actorName) {
        PageView.Store store = v.store();
        Map<String, LotPage.Signer> signers = new LinkedHashMap<>();
        List<LotPage.EventResult> events = new ArrayList<>();
        int signedEvents = 0;
        for (PageView.Report r : v.reports()) {
            for (PageView.Signature s : r.signatures()) {
                LotPage.Signer before = signers.get(s.keyId());
                signers.put(s.keyId(), new LotPage.Signer(s.signer(), actorName.apply(s.signer()), s.keyId(), s.ok() && (before == null || before.ok())));
            }
            if ("event".equals(r.type())) {
                signedEvents++;
                List<String> findings = new ArrayList<>();
                r.findings().forEach(f -> findings.add(f.code()));
                events.add(new LotPage.EventResult("event", r.hash(), r.ok(), findings));
            }
        }
        // a store check query did not report is taken as passed, as before: only a failed one says so
        String problem = store.ok() == null || store.ok() ? null : store.check();
        return new LotPage.Verification(v.ok() && problem == null, problem, v.records(), signedEvents, v.failed(), store.logTreeSize(),
                store.loggedRecords(), store.notYetLogged(), List.of(), List.copyOf(signers.values()), events, command);
    }
}
