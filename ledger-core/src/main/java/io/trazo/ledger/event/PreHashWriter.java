package io.trazo.ledger.event;

import io.trazo.ledger.event.CanonicalOrder.Field;
import io.trazo.ledger.event.CanonicalOrder.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Writes the CBV 2.0 §8.9 pre-hash string from {@link PreHashNode}s: fields in
 * {@link CanonicalOrder}, {@code name=value} without separators, repeated elements sorted, and
 * whatever the order does not name (extensions, {@code ilmd}, the typed lists) written generically
 * and sorted, at the end of the enclosing element.
 */
final class PreHashWriter {

    /** Case-sensitive order by Unicode code point, which is the order of the UTF-8 bytes. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private PreHashWriter() {}

    static String write(String eventType, List<PreHashNode> eventChildren) {
        List<PreHashNode> remaining = new ArrayList<>(eventChildren);
        StringBuilder out = new StringBuilder("eventType=").append(eventType);
        out.append(ordered(remaining, CanonicalOrder.EVENT));
        List<String> tail = new ArrayList<>();
        for (PreHashNode node : remaining) {
            tail.add(CanonicalOrder.TYPED_LISTS.contains(node.name()) ? typedList(node) : generic(node));
        }
        return out.append(sortedJoin(tail)).toString();
    }

    /** Writes and removes from {@code nodes} every node the order names, field by field. */
    private static String ordered(List<PreHashNode> nodes, List<Field> order) {
        StringBuilder out = new StringBuilder();
        for (Field field : order) {
            List<String> values = new ArrayList<>();
            for (Iterator<PreHashNode> it = nodes.iterator(); it.hasNext(); ) {
                PreHashNode node = it.next();
                if (!node.name().equals(field.name())) {
                    continue;
                }
                if (field.kind() != Kind.GROUP && !node.children().isEmpty()) {
                    continue;
                }
                it.remove();
                String written = field(node, field);
                if (!written.isEmpty()) {
                    values.add(written);
                }
            }
            out.append(sortedJoin(values));
        }
        return out.toString();
    }

    private static String field(PreHashNode node, Field field) {
        String text = CanonicalValues.strip(node.text());
        if (!text.isEmpty()) {
            text = field.kind() == Kind.TIMESTAMP ? timestamp(node.name(), text) : CanonicalValues.value(text);
        }
        String inner = "";
        if (field.kind() == Kind.GROUP) {
            List<PreHashNode> children = new ArrayList<>(node.children());
            inner = ordered(children, field.children()) + genericAll(children);
        }
        if (text.isEmpty() && inner.isEmpty()) {
            return "";
        }
        return node.name() + (text.isEmpty() ? "" : "=" + text) + inner;
    }

    private static String timestamp(String name, String text) {
        return EventTimestamps.normalise(text).orElseThrow(
                () -> EventHashException.invalidValue(name, "an xsd:dateTime", "'" + text + "'"));
    }

    /** {@code name[=value]} followed by the sorted generic forms of the children. */
    static String generic(PreHashNode node) {
        String text = CanonicalValues.strip(node.text());
        String value = text.isEmpty() ? "" : "=" + CanonicalValues.value(text);
        return node.name() + value + genericAll(node.children());
    }

    private static String genericAll(List<PreHashNode> nodes) {
        List<String> written = new ArrayList<>(nodes.size());
        nodes.forEach(node -> written.add(generic(node)));
        return sortedJoin(written);
    }

    /** A business transaction, source or destination: {@code type=…} first, then its identifier. */
    private static String typedList(PreHashNode list) {
        List<String> members = new ArrayList<>();
        for (PreHashNode member : list.children()) {
            StringBuilder written = new StringBuilder();
            List<PreHashNode> rest = new ArrayList<>(member.children());
            for (String name : List.of("type", member.name())) {
                for (Iterator<PreHashNode> it = rest.iterator(); it.hasNext(); ) {
                    PreHashNode child = it.next();
                    if (child.name().equals(name) && child.children().isEmpty()) {
                        it.remove();
                        written.append(generic(child));
                    }
                }
            }
            if (!CanonicalValues.strip(member.text()).isEmpty()) {
                written.append(member.name()).append('=').append(CanonicalValues.value(CanonicalValues.strip(member.text())));
            }
            members.add(written.append(genericAll(rest)).toString());
        }
        return list.name() + sortedJoin(members);
    }

    private static String sortedJoin(List<String> parts) {
        parts.sort(CODE_POINT_ORDER);
        return String.join("", parts);
    }
}
