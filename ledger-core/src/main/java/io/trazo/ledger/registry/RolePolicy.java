package io.trazo.ledger.registry;

import static io.trazo.ledger.registry.Role.*;

import io.trazo.ledger.event.Vocabulary;
import io.trazo.ledger.record.ProtocolVersion;
import io.trazo.ledger.record.RecordType;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which roles may sign what (docs/protocol.md §Role policy). Event records are judged by business
 * step: the acting actor must hold one of the listed roles. A counterparty, who co-signs a handover,
 * may hold any custodial role (anything but certifier). Registry records are signed only by trust-root
 * keys, certificates only by certifiers, plots only by farms and cooperatives.
 */
public final class RolePolicy {

    private static final Set<Role> CUSTODIANS = EnumSet.complementOf(EnumSet.of(CERTIFIER));
    private static final Set<Role> PRODUCERS = EnumSet.of(FARM, COOPERATIVE);
    private static final Set<Role> PROCESSORS = EnumSet.of(FARM, COOPERATIVE, MILL);

    private final Map<String, Set<Role>> byBizStep = new HashMap<>();

    private RolePolicy() {}

    /** The policy of protocol v1. */
    public static RolePolicy standard() {
        RolePolicy p = new RolePolicy();
        p.cbv("commissioning", EnumSet.of(FARM, COOPERATIVE, MILL, EXPORTER, ROASTER));
        p.trazo("harvesting", PRODUCERS);
        p.trazo("wet_milling", PROCESSORS);
        p.trazo("drying", PROCESSORS);
        p.trazo("dry_milling", EnumSet.of(COOPERATIVE, MILL, EXPORTER));
        p.trazo("cupping", EnumSet.of(COOPERATIVE, MILL, EXPORTER, IMPORTER, ROASTER));
        p.trazo("roasting", EnumSet.of(ROASTER));
        p.trazo("customs_clearing", EnumSet.of(CUSTOMS_BROKER, IMPORTER, EXPORTER));
        for (String s : new String[] {"packing", "unpacking", "loading", "unloading", "assembling", "disassembling",
                "repackaging", "staging_outbound"}) {
            p.cbv(s, EnumSet.of(COOPERATIVE, MILL, EXPORTER, FORWARDER, IMPORTER, ROASTER, RETAILER));
        }
        for (String s : new String[] {"shipping", "departing"}) {
            p.cbv(s, EnumSet.of(FARM, COOPERATIVE, MILL, EXPORTER, FORWARDER, IMPORTER, ROASTER, RETAILER));
        }
        for (String s : new String[] {"transporting", "arriving"}) {
            p.cbv(s, EnumSet.of(CARRIER, FORWARDER));
        }
        for (String s : new String[] {"receiving", "accepting"}) {
            p.cbv(s, EnumSet.of(COOPERATIVE, MILL, EXPORTER, FORWARDER, IMPORTER, ROASTER, RETAILER));
        }
        p.cbv("inspecting", EnumSet.of(CUSTOMS_BROKER, IMPORTER, EXPORTER, COOPERATIVE, MILL));
        p.cbv("retail_selling", EnumSet.of(RETAILER, ROASTER));
        for (String s : new String[] {"storing", "holding", "sampling", "stocking", "stock_taking", "decommissioning",
                "destroying"}) {
            p.cbv(s, CUSTODIANS);
        }
        return p;
    }

    private void cbv(String step, Set<Role> roles) {
        byBizStep.put(Vocabulary.CBV_BIZSTEP + step, Set.copyOf(roles));
    }

    private void trazo(String step, Set<Role> roles) {
        byBizStep.put(Vocabulary.TRAZO_BIZSTEP + step, Set.copyOf(roles));
    }

    /** Roles that may act in a v1 event with this business step (full URI); empty if no one may. */
    public Set<Role> actingRoles(String bizStepUri) {
        return byBizStep.getOrDefault(bizStepUri, Set.of());
    }

    /**
     * Roles that may act in an event of {@code version} with this business step. v1 is the table
     * above, unchanged. v2 (docs/protocol.md §12) gives every CBV 2.0 step a role: the steps v1 names
     * keep their roles, and every other step — the CBV steps v1 left out, an exporter's own step URI,
     * or no step at all — is open to any custodian, because it claims nothing the table restricts.
     * Trazo's own steps keep their roles in both versions.
     */
    public Set<Role> actingRoles(String bizStepUri, ProtocolVersion version) {
        Set<Role> v1 = actingRoles(bizStepUri);
        if (version == ProtocolVersion.V1 || !v1.isEmpty() || bizStepUri.startsWith(Vocabulary.TRAZO_BIZSTEP)) {
            return v1;
        }
        return CUSTODIANS;
    }

    public Set<Role> counterpartyRoles() {
        return CUSTODIANS;
    }

    /** Roles that may sign records of a non-event, non-governance type. */
    public Set<Role> signingRoles(RecordType type) {
        return switch (type) {
            case CERTIFICATE, CERTIFICATE_STATUS, AUDIT_REPORT -> EnumSet.of(CERTIFIER);
            case PLOT -> PRODUCERS;
            // any party that owns a place; a certifier certifies places, it does not register them
            case LOCATION -> EnumSet.complementOf(EnumSet.of(CERTIFIER));
            default -> Set.of();
        };
    }
}
