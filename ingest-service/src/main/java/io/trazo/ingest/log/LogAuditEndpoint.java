package io.trazo.ingest.log;

import io.trazo.append.audit.AuditFinding;
import io.trazo.append.audit.AuditReport;
import io.trazo.append.audit.LogAudit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

/**
 * {@code POST /actuator/logaudit}: a full store audit on demand, from leaf 0 to the latest checkpoint,
 * answered as JSON. It runs through ingest so that an operator needs neither the Mongo driver nor the
 * database credentials; it reads every record once, so it is an operator's tool (expose the management
 * endpoints on an internal port only).
 */
@Endpoint(id = "logaudit")
final class LogAuditEndpoint {

    private final Supplier<LogAudit> newPass;

    LogAuditEndpoint(Supplier<LogAudit> newPass) {
        this.newPass = newPass;
    }

    @WriteOperation
    Map<String, Object> audit() {
        return json(newPass.get().runToEnd());
    }

    static Map<String, Object> json(AuditReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("clean", report.clean() && report.complete());
        out.put("complete", report.complete());
        out.put("checkpointSize", report.checkpointSize());
        out.put("leavesAudited", report.leavesAudited());
        out.put("findingCount", report.findingCount());
        out.put("findings", report.findings().stream().map(LogAuditEndpoint::json).toList());
        return out;
    }

    private static Map<String, Object> json(AuditFinding f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("kind", f.kind().name());
        f.leaf().ifPresent(leaf -> out.put("leaf", leaf));
        f.record().ifPresent(record -> out.put("record", record.hex()));
        out.put("message", f.message());
        return out;
    }
}
