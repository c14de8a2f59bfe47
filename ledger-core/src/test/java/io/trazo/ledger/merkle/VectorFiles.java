package io.trazo.ledger.merkle;

import io.trazo.ledger.encoding.JsonArray;
import io.trazo.ledger.encoding.JsonBoolean;
import io.trazo.ledger.encoding.JsonNull;
import io.trazo.ledger.encoding.JsonNumber;
import io.trazo.ledger.encoding.JsonObject;
import io.trazo.ledger.encoding.JsonString;
import io.trazo.ledger.encoding.JsonValue;
import io.trazo.ledger.encoding.StrictJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads the public vectors from the test classpath (never from the shared folder). */
public final class VectorFiles {

    public static final String ROOT = "/vectors-public/";

    private static final StrictJson JSON = new StrictJson(new StrictJson.Limits(1 << 20, 32));

    private VectorFiles() {}

    public static byte[] bytes(String relativePath) {
        try (InputStream in = VectorFiles.class.getResourceAsStream(ROOT + relativePath)) {
            if (in == null) {
                throw new IllegalArgumentException("no vector file on the classpath: " + relativePath);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonObject json(String relativePath) {
        return (JsonObject) JSON.parse(bytes(relativePath));
    }

    /** Paths relative to {@link #ROOT} of every {@code .json} file under {@code relativeDir}, sorted. */
    public static List<String> jsonFilesUnder(String relativeDir) {
        URL url = VectorFiles.class.getResource(ROOT + relativeDir);
        if (url == null) {
            throw new IllegalArgumentException("no vector folder on the classpath: " + relativeDir);
        }
        // Modules downstream of the core read these files from its test-jar, so the folder may be in a jar.
        try (FileSystem jar = url.getProtocol().equals("jar") ? FileSystems.newFileSystem(url.toURI(), Map.of()) : null) {
            Path dir = Path.of(url.toURI());
            Path base = dir.getParent();
            try (Stream<Path> files = Files.walk(dir)) {
                return files.filter(p -> p.toString().endsWith(".json"))
                        .map(p -> relativeDir.substring(0, relativeDir.lastIndexOf('/') + 1) + base.relativize(p))
                        .map(p -> p.replace('\\', '/'))
                        .sorted()
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String string(JsonObject object, String name) {
        return ((JsonString) member(object, name)).value();
    }

    public static long number(JsonObject object, String name) {
        return ((JsonNumber) member(object, name)).value().longValueExact();
    }

    public static boolean bool(JsonObject object, String name) {
        return ((JsonBoolean) member(object, name)).value();
    }

    public static JsonObject object(JsonObject object, String name) {
        return (JsonObject) member(object, name);
    }

    /** The array's elements; a JSON {@code null} reads as an empty list (Go's nil slice). */
    public static List<JsonValue> array(JsonObject object, String name) {
        JsonValue value = member(object, name);
        return value == JsonNull.INSTANCE ? List.of() : ((JsonArray) value).elements();
    }

    public static List<String> strings(JsonObject object, String name) {
        return array(object, name).stream().map(v -> ((JsonString) v).value()).toList();
    }

    public static List<JsonObject> objects(JsonObject object, String name) {
        return array(object, name).stream().map(JsonObject.class::cast).toList();
    }

    public static boolean isNull(JsonObject object, String name) {
        return object.get(name).orElse(JsonNull.INSTANCE) == JsonNull.INSTANCE;
    }

    private static JsonValue member(JsonObject object, String name) {
        return object.get(name).orElseThrow(() -> new IllegalArgumentException("missing member " + name));
    }
}
