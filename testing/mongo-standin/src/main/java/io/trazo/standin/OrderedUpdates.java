package io.trazo.standin;

import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * MongoDB's rule for an ordered {@code update} command, which mongo-java-server 1.47.0 does not keep:
 * the updates run one after another and none runs after the first that fails. The stock server goes
 * on past a write error whatever {@code ordered} says (MongoDB's default is ordered), so a caller that
 * relies on the stop (the ledger's in-order acceptance, docs/protocol.md §15) would see later updates
 * applied. Here an ordered command with several updates is run as one single-update command each, and
 * their replies are merged into the reply MongoDB gives: {@code n}, {@code nModified}, {@code upserted}
 * and {@code writeErrors}, with the indices of the whole command.
 */
public final class OrderedUpdates {

    private OrderedUpdates() {}

    /** What a backend's {@code handleCommand} returns: {@code handler}'s reply, or for an ordered bulk update, {@link #oneByOne}'s. */
    public static Document handle(String command, Document query, UnaryOperator<Document> handler) {
        return applies(command, query) ? oneByOne(query, handler) : handler.apply(query);
    }

    /** Whether {@link #oneByOne} must handle this command. */
    static boolean applies(String command, Document query) {
        return command.equalsIgnoreCase("update") && !Boolean.FALSE.equals(query.get("ordered"))
                && query.get("updates") instanceof List<?> updates && updates.size() > 1;
    }

    /** Runs each update of {@code query} through {@code single}, stopping after the first write error. */
    static Document oneByOne(Document query, UnaryOperator<Document> single) {
        List<?> updates = (List<?>) query.get("updates");
        int matched = 0;
        int modified = 0;
        List<Document> upserted = new ArrayList<>();
        List<Document> errors = new ArrayList<>();
        for (int i = 0; i < updates.size() && errors.isEmpty(); i++) {
            Document one = new Document(query);
            one.put("updates", List.of(updates.get(i)));
            Document reply = single.apply(one);
            if (!(reply.get("ok") instanceof Number ok) || ok.doubleValue() != 1.0) {
                return reply;
            }
            matched += ((Number) reply.getOrDefault("n", 0)).intValue();
            modified += ((Number) reply.getOrDefault("nModified", 0)).intValue();
            for (Object u : (List<?>) reply.getOrDefault("upserted", List.of())) {
                Document at = new Document((Document) u);
                at.put("index", i);
                upserted.add(at);
            }
            for (Object e : (List<?>) reply.getOrDefault("writeErrors", List.of())) {
                Document at = new Document((Document) e);
                at.put("index", i);
                errors.add(at);
            }
        }
        Document response = new Document("n", matched);
        response.put("nModified", modified);
        if (!upserted.isEmpty()) {
            response.put("upserted", upserted);
        }
        if (!errors.isEmpty()) {
            response.put("writeErrors", errors);
        }
        response.put("ok", 1.0);
        return response;
    }
}
