package io.trazo.audit;

import java.util.List;
import java.util.Optional;

/**
 * A lot's audit: its holdings now, every claim made on it or upstream of it with its verdict, the
 * chain-of-custody and yield findings along the way, and the taints that later suspensions or
 * withdrawals put on it.
 *
 * @param plots the plots the lot's coffee grew on
 */
public record LotAudit(String lot, Optional<ProductForm> form, String custodian, List<Holding> holdings, List<ClaimVerdict> claims,
        List<Finding> findings, List<Finding> taints, List<String> plots) {

    public LotAudit {
        holdings = List.copyOf(holdings);
        claims = List.copyOf(claims);
        findings = List.copyOf(findings);
        taints = List.copyOf(taints);
        plots = List.copyOf(plots);
    }

    public boolean tainted() {
        return !taints.isEmpty();
    }
}
