package io.trazo.audit;

import io.trazo.ledger.claim.Certificate;
import io.trazo.ledger.claim.ClaimType;
import io.trazo.ledger.crypto.Digest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mass balance per operator × scheme × product form × period, folded one movement at a time in log
 * order: each movement costs a map look-up and an add, so a year of records is one pass and a new
 * record is one more step. Balances carry over from one period to the next (closing becomes opening).
 *
 * <p>Hard errors: a negative certified balance at any event where the stock is held at a physical
 * level (IP, mixed IP, segregated), a negative balance at the end of any period, and certified sales
 * by a certificate's holder above its {@code volumeLimit}.
 */
public final class MassBalance {

    record Key(String operator, ClaimType scheme, String form) {}

    private record CapKey(String operator, ClaimType scheme, String certificate) {}

    /**
     * The most records an error cites: the event that broke the rule and the latest records before it.
     * Citing every credit of a busy account would make each error O(n) and a run of errors O(n²).
     */
    static final int MAX_CITED = 64;

    private final Periods periods;
    private final Map<Key, Account> accounts = new HashMap<>();
    private final Map<Digest, Cap> caps = new HashMap<>();
    private final Map<CapKey, Finding> capErrors = new HashMap<>();

    MassBalance(Periods periods) {
        this.periods = periods;
    }

    private static final class Account {
        BigDecimal balance = BigDecimal.ZERO;
        final List<Digest> credits = new ArrayList<>();
        final Map<String, Totals> byPeriod = new LinkedHashMap<>();
    }

    private static final class Totals {
        final BigDecimal opening;
        final Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        BigDecimal inputsKg = BigDecimal.ZERO;
        BigDecimal conversionIn = BigDecimal.ZERO;
        BigDecimal expectedIn = BigDecimal.ZERO;
        BigDecimal conversionOut = BigDecimal.ZERO;
        BigDecimal outputs = BigDecimal.ZERO;
        BigDecimal downgrades = BigDecimal.ZERO;
        BigDecimal closing;
        final List<Finding> errors = new ArrayList<>();
        final List<Digest> records = new ArrayList<>();

        Totals(BigDecimal opening) {
            this.opening = opening;
            this.closing = opening;
        }
    }

    private static final class Cap {
        BigDecimal sold = BigDecimal.ZERO;
        final List<Digest> sales = new ArrayList<>();
    }

    private Totals totals(Key key, Instant t) {
        Account a = accounts.computeIfAbsent(key, k -> new Account());
        return a.byPeriod.computeIfAbsent(periods.of(t), p -> new Totals(a.balance));
    }

    void input(Key key, Instant t, BigDecimal kg, Iterable<Digest> certificates, Digest record) {
        Totals p = totals(key, t);
        certificates.forEach(c -> p.inputs.merge(c.hex(), kg, BigDecimal::add));
        p.inputsKg = p.inputsKg.add(kg);
        credit(key, p, kg, record);
    }

    void conversionIn(Key key, Instant t, BigDecimal kg, BigDecimal expected, Digest record) {
        Totals p = totals(key, t);
        p.conversionIn = p.conversionIn.add(kg);
        p.expectedIn = p.expectedIn.add(expected);
        credit(key, p, kg, record);
    }

    void conversionOut(Key key, Instant t, BigDecimal kg, boolean physical, Digest record) {
        Totals p = totals(key, t);
        p.conversionOut = p.conversionOut.add(kg);
        debit(key, p, kg, physical, record);
    }

    void downgrade(Key key, Instant t, BigDecimal kg, boolean physical, Digest record) {
        Totals p = totals(key, t);
        p.downgrades = p.downgrades.add(kg);
        debit(key, p, kg, physical, record);
    }

    void output(Key key, Instant t, BigDecimal kg, boolean physical, Digest record) {
        Totals p = totals(key, t);
        p.outputs = p.outputs.add(kg);
        debit(key, p, kg, physical, record);
    }

    /** A certified sale by a certificate's holder, counted against the certificate's cap. */
    void sale(Certificate certificate, BigDecimal kg, Digest record, List<Finding> into) {
        if (certificate.volumeLimit().isEmpty() || !certificate.volumeLimit().get().uom().equals("KGM")) {
            return;
        }
        Cap cap = caps.computeIfAbsent(certificate.recordHash(), k -> new Cap());
        cap.sold = cap.sold.add(kg);
        cap.sales.add(record);
        if (cap.sales.size() > MAX_CITED) {
            cap.sales.remove(0);
        }
        BigDecimal limit = new BigDecimal(certificate.volumeLimit().get().amount());
        if (cap.sold.compareTo(limit) > 0) {
            Finding exceeded = new Finding(AuditReason.VOLUME_CAP_EXCEEDED, "certificate " + certificate.certificateId() + " caps certified sales at "
                    + Kilograms.show(limit) + " kg; sales by " + certificate.subject().actor() + " reach " + Kilograms.show(cap.sold) + " kg",
                    cap.sales);
            into.add(exceeded);
            capErrors.put(new CapKey(certificate.subject().actor(), certificate.claim(), certificate.recordHash().hex()), exceeded);
        }
    }

    /**
     * The latest {@code VOLUME_CAP_EXCEEDED} of each certificate {@code operator} holds in {@code scheme}: a cap
     * is per certificate, not per period, and each later sale's finding counts every sale before it.
     */
    public List<Finding> capErrors(String operator, ClaimType scheme) {
        return capErrors.entrySet().stream().filter(e -> e.getKey().operator().equals(operator) && e.getKey().scheme() == scheme)
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(CapKey::certificate))).map(Map.Entry::getValue).toList();
    }

    private void credit(Key key, Totals p, BigDecimal kg, Digest record) {
        Account a = accounts.get(key);
        a.balance = a.balance.add(kg);
        a.credits.add(record);
        if (a.credits.size() > MAX_CITED - 1) {
            a.credits.remove(0);
        }
        p.closing = a.balance;
        p.records.add(record);
        if (p.records.size() > MAX_CITED) {
            p.records.remove(0);
        }
    }

    private void debit(Key key, Totals p, BigDecimal kg, boolean physical, Digest record) {
        Account a = accounts.get(key);
        a.balance = a.balance.subtract(kg);
        p.closing = a.balance;
        p.records.add(record);
        if (p.records.size() > MAX_CITED) {
            p.records.remove(0);
        }
        if (a.balance.signum() < 0 && physical) {
            List<Digest> cited = new ArrayList<>(a.credits);
            cited.add(record);
            p.errors.add(new Finding(AuditReason.NEGATIVE_BALANCE, key.operator() + " holds " + Kilograms.show(a.balance) + " kg of certified "
                    + key.scheme().wire() + " " + key.form() + " after record " + record.hex(), cited));
        }
    }

    /** Every period of one operator and scheme, all product forms, oldest first within each form. */
    public List<PeriodBalance> balances(String operator, ClaimType scheme) {
        List<PeriodBalance> out = new ArrayList<>();
        accounts.forEach((key, account) -> {
            if (key.operator().equals(operator) && key.scheme() == scheme) {
                account.byPeriod.forEach((period, p) -> {
                    List<Finding> errors = new ArrayList<>(p.errors);
                    if (p.closing.signum() < 0 && p.errors.stream().noneMatch(f -> f.reason() == AuditReason.NEGATIVE_BALANCE)) {
                        errors.add(new Finding(AuditReason.NEGATIVE_BALANCE, operator + " closes " + period + " with " + Kilograms.show(p.closing)
                                + " kg of certified " + scheme.wire() + " " + key.form(), p.records));
                    }
                    out.add(new PeriodBalance(operator, scheme, key.form(), period, p.opening, p.inputs, p.inputsKg, p.conversionIn,
                            p.expectedIn, p.conversionOut, p.outputs, p.downgrades, p.closing, errors));
                });
            }
        });
        out.sort((a, b) -> a.form().equals(b.form()) ? a.period().compareTo(b.period()) : a.form().compareTo(b.form()));
        return out;
    }
}
