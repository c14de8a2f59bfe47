package io.trazo.ledger.event;

import io.trazo.ledger.event.CanonicalOrder.Field;
import io.trazo.ledger.event.CanonicalOrder.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * {@link PreHashWriter} as it was before it looked fields up by name: every field of an order scans
 * every node. Kept to check the lookup against, on random trees ({@code PreHashOrderTest}).
 *
 * <p>Original description: writes the CBV 2.0 §8.9 pre-hash string from {@link PreHashNode}s: fields in
 * {@link CanonicalOrder}, {@code name=value} without separators, repeated elements sorted, and
 * whatever the order does not name (extensions, {@code ilmd}, the typed lists) written generically
 * and sorted, at the end of the enclosing element.
 */
final class ReferencePreHashWriter {

    /**
     * Case-sensitive order by Unicode code point, which is the order of the UTF-8 bytes. UTF-16 code
     * units are in that order as long as neither differing unit is a surrogate, so chars are compared
     * directly and code points are decoded only then.
     */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char ca = a.charAt(i);
            char cb = b.charAt(i);
            if (ca != cb) {
                return Character.isSurrogate(ca) || Character.isSurrogate(cb) ? byCodePoint(a, b) : Character.compare(ca, cb);
            }
        }
        return Integer.compare(a.length(), b.length());
    };

    private static int byCodePoint(String a, String b) {
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
    }

    private ReferencePreHashWriter() {}

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
     * field. Most fields occur once or not at all: a single node is written straight to {@code out},
     * and a list to sort is made only for a repeat.
     */
    private static void ordered(List<PreHashNode> nodes, List<Field> order, StringBuilder out) {
        for (Field field : order) {
            if (nodes.isEmpty()) {
                return;
            }
            int matches = 0;
            int at = -1;
            for (int i = 0; i < nodes.size(); i++) {
                if (takes(field, nodes.get(i))) {
                    matches++;
                    at = at < 0 ? i : at;
                }
            }
            if (matches == 1) {
                appendField(nodes.remove(at), field, out);
            } else if (matches > 1) {
                List<String> repeated = new ArrayList<>(matches);
                for (int i = at; i < nodes.size(); ) {
                    if (takes(field, nodes.get(i))) {
                        String written = field(nodes.remove(i), field);
                        if (!written.isEmpty()) {
                            repeated.add(written);
                        }
                    } else {
                        i++;
                    }
                }
                appendSorted(repeated, out);
            }
        }
    }

    /** Whether {@code field} places {@code node}; a non-group field leaves a node with children to the tail. */
    private static boolean takes(Field field, PreHashNode node) {
        return node.name().equals(field.name()) && (field.kind() == Kind.GROUP || node.children().isEmpty());
    }

    private static String field(PreHashNode node, Field field) {
        StringBuilder written = new StringBuilder();
        appendField(node, field, written);
        return written.toString();
    }

    /** Appends {@code name[=value]} and the ordered children, or nothing if all of them are empty. */
    private static void appendField(PreHashNode node, Field field, StringBuilder out) {
        String text = CanonicalValues.strip(node.text());
        if (!text.isEmpty()) {
            text = field.kind() == Kind.TIMESTAMP ? timestamp(node.name(), text) : CanonicalValues.value(text);
        }
        int start = out.length();
        out.append(node.name());
        int named = out.length();
        if (!text.isEmpty()) {
            out.append('=').append(text);
        }
        if (field.kind() == Kind.GROUP && !node.children().isEmpty()) {
            List<PreHashNode> children = new ArrayList<>(node.children());
            ordered(children, field.children(), out);
            genericAll(children, out);
        }
        if (out.length() == named) {
            out.setLength(start);
        }
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
