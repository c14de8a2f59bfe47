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
        StringBuilder out = new StringBuilder(512).append("eventType=").append(eventType);
        ordered(remaining, CanonicalOrder.EVENT, out);
        if (!remaining.isEmpty()) {
            List<String> tail = new ArrayList<>(remaining.size());
            for (PreHashNode node : remaining) {
                tail.add(CanonicalOrder.TYPED_LISTS.contains(node.name()) ? typedList(node) : generic(node));
            }
            appendSorted(tail, out);
        }
        return out.toString();
    }

    /**
     * Writes to {@code out} and removes from {@code nodes} every node the order names, field by
     * field. Most fields occur once or not at all, so a list to sort is made only for a repeat.
     */
    private static void ordered(List<PreHashNode> nodes, List<Field> order, StringBuilder out) {
        for (Field field : order) {
            if (nodes.isEmpty()) {
                return;
            }
            String first = null;
            List<String> repeated = null;
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
                if (written.isEmpty()) {
                    continue;
                }
                if (first == null) {
                    first = written;
                } else {
                    if (repeated == null) {
                        repeated = new ArrayList<>();
                        repeated.add(first);
                    }
                    repeated.add(written);
                }
            }
            if (repeated != null) {
                appendSorted(repeated, out);
            } else if (first != null) {
                out.append(first);
            }
        }
    }

    private static String field(PreHashNode node, Field field) {
        String text = CanonicalValues.strip(node.text());
        if (!text.isEmpty()) {
            text = field.kind() == Kind.TIMESTAMP ? timestamp(node.name(), text) : CanonicalValues.value(text);
        }
        StringBuilder inner = null;
        if (field.kind() == Kind.GROUP && !node.children().isEmpty()) {
            List<PreHashNode> children = new ArrayList<>(node.children());
            inner = new StringBuilder();
            ordered(children, field.children(), inner);
            genericAll(children, inner);
        }
        boolean noInner = inner == null || inner.length() == 0;
        if (text.isEmpty() && noInner) {
            return "";
        }
        StringBuilder written = new StringBuilder(node.name().length() + text.length() + 1 + (noInner ? 0 : inner.length()));
        written.append(node.name());
        if (!text.isEmpty()) {
            written.append('=').append(text);
        }
        return noInner ? written.toString() : written.append(inner).toString();
    }

    private static String timestamp(String name, String text) {
        return EventTimestamps.normalise(text).orElseThrow(
                () -> EventHashException.invalidValue(name, "an xsd:dateTime", "'" + text + "'"));
    }

    /** {@code name[=value]} followed by the sorted generic forms of the children. */
    static String generic(PreHashNode node) {
        String text = CanonicalValues.strip(node.text());
        StringBuilder out = new StringBuilder(node.name());
        if (!text.isEmpty()) {
            out.append('=').append(CanonicalValues.value(text));
        }
        genericAll(node.children(), out);
        return out.toString();
    }

    private static void genericAll(List<PreHashNode> nodes, StringBuilder out) {
        if (nodes.isEmpty()) {
            return;
        }
        List<String> written = new ArrayList<>(nodes.size());
        nodes.forEach(node -> written.add(generic(node)));
        appendSorted(written, out);
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
            genericAll(rest, written);
            members.add(written.toString());
        }
        StringBuilder out = new StringBuilder(list.name());
        appendSorted(members, out);
        return out.toString();
    }

    private static void appendSorted(List<String> parts, StringBuilder out) {
        parts.sort(CODE_POINT_ORDER);
        parts.forEach(out::append);
    }
}
