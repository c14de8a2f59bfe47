package io.trazo.architecture;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The modules of the reactor and their declared dependencies, read from the pom files: enough to follow
 * Maven's scope and exclusion rules between Trazo's own modules, which is what the module walls are about.
 */
record PomModel(Map<String, List<Dep>> modules) {

    /** A declared dependency; {@code exclusions} are {@code groupId:artifactId}. */
    record Dep(String group, String artifact, String scope, Set<String> exclusions) {
        boolean ours() {
            return group.equals("io.trazo");
        }

        boolean reachesMain() {
            return scope.equals("compile") || scope.equals("runtime");
        }
    }

    static PomModel read(Path repository) throws IOException {
        Map<String, List<Dep>> modules = new LinkedHashMap<>();
        for (String module : children(parse(repository.resolve("pom.xml")), "modules", "module")) {
            Element pom = parse(repository.resolve(module).resolve("pom.xml"));
            List<Dep> deps = new ArrayList<>();
            for (Element d : elements(first(pom, "dependencies"), "dependency")) {
                Set<String> exclusions = new LinkedHashSet<>();
                for (Element e : elements(first(d, "exclusions"), "exclusion")) {
                    exclusions.add(text(e, "groupId") + ":" + text(e, "artifactId"));
                }
                String scope = text(d, "scope");
                deps.add(new Dep(text(d, "groupId"), text(d, "artifactId"), scope.isEmpty() ? "compile" : scope, exclusions));
            }
            modules.put(text(pom, "artifactId"), deps);
        }
        return new PomModel(modules);
    }

    /** This model with one more dependency declared by {@code module}: how a broken wall is simulated. */
    PomModel with(String module, Dep dep) {
        Map<String, List<Dep>> copy = new HashMap<>(modules);
        List<Dep> deps = new ArrayList<>(copy.get(module));
        deps.add(dep);
        copy.put(module, deps);
        return new PomModel(copy);
    }

    /**
     * Trazo modules on {@code module}'s classpath, following Maven: a first-hop dependency of any scope
     * (or only compile/runtime with {@code mainOnly}), then only compile and runtime dependencies, minus
     * every exclusion declared on the path.
     */
    Set<String> reachable(String module, boolean mainOnly) {
        Set<String> seen = new LinkedHashSet<>();
        record Step(String module, Set<String> excluded) {}
        Set<Step> visited = new java.util.HashSet<>();
        Deque<Step> todo = new ArrayDeque<>();
        for (Dep d : modules.getOrDefault(module, List.of())) {
            if (d.ours() && (!mainOnly || d.reachesMain())) {
                todo.add(new Step(d.artifact(), d.exclusions()));
            }
        }
        while (!todo.isEmpty()) {
            Step s = todo.poll();
            // the same module reached along another path may come with other exclusions, so a visit is a (module, exclusions) pair
            if (s.excluded().contains("io.trazo:" + s.module()) || !visited.add(s)) {
                continue;
            }
            seen.add(s.module());
            for (Dep d : modules.getOrDefault(s.module(), List.of())) {
                if (d.ours() && d.reachesMain()) {
                    Set<String> excluded = new LinkedHashSet<>(s.excluded());
                    excluded.addAll(d.exclusions());
                    todo.add(new Step(d.artifact(), excluded));
                }
            }
        }
        return seen;
    }

    List<Dep> declared(String module) {
        return modules.getOrDefault(module, List.of());
    }

    private static Element parse(Path pom) throws IOException {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(pom + ": " + e.getMessage(), e);
        }
    }

    private static List<String> children(Element parent, String list, String item) {
        return elements(first(parent, list), item).stream().map(Node::getTextContent).map(String::strip).toList();
    }

    private static Element first(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> elements(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            NodeList nodes = parent.getChildNodes();
            for (int i = 0; i < nodes.getLength(); i++) {
                if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    private static String text(Element parent, String name) {
        Element e = first(parent, name);
        return e == null ? "" : e.getTextContent().strip();
    }
}
