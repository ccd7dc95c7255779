package ai.fvgs.product.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The workbench's UI model as the product merges it: {@code bundles/ai.fvgs.app/Application.e4xmi} plus the
 * {@code fragment.e4xmi} of every bundle whose {@code plugin.xml} contributes one to
 * {@code org.eclipse.e4.workbench.model}. Only what the UI tests need: the window's perspectives with their sashes,
 * stacks and parts, and the main menu.
 */
final class WorkbenchModel {

    /** An element of the model: its type ({@code Part}, {@code PartStack}, ...), attributes and children. */
    static final class Item {
        final String type;
        final Map<String, String> attributes;
        final Map<String, String> parameters = new LinkedHashMap<>();
        final List<Item> children = new ArrayList<>();
        final String source;

        Item(String type, Map<String, String> attributes, String source) {
            this.type = type;
            this.attributes = attributes;
            this.source = source;
        }

        String id() {
            return attributes.getOrDefault("elementId", "");
        }

        String label() {
            return attributes.getOrDefault("label", "");
        }

        /** @return whether the renderer shows it ({@code toBeRendered} and {@code visible} not false) */
        boolean shown() {
            return !"false".equals(attributes.get("toBeRendered")) && !"false".equals(attributes.get("visible"));
        }

        /** @return the sash weight ({@code containerData}), 100 when unset as in e4's SashLayout */
        int weight() {
            try {
                return Integer.parseInt(attributes.getOrDefault("containerData", "100").strip());
            } catch (NumberFormatException e) {
                return 100;
            }
        }

        List<Item> shownChildren() {
            return children.stream().filter(Item::shown).toList();
        }

        Stream<Item> descendants() {
            return Stream.concat(Stream.of(this), children.stream().flatMap(Item::descendants));
        }

        @Override
        public String toString() {
            return type + " '" + id() + "' (" + source + ")";
        }
    }

    private final Item application;
    private final Map<String, Item> byId = new HashMap<>();
    private final List<Path> files = new ArrayList<>();

    private WorkbenchModel(Item application) {
        this.application = application;
    }

    /**
     * @param root the source checkout
     * @return the merged model
     */
    static WorkbenchModel read(Path root) throws IOException {
        Path appFile = root.resolve("bundles/ai.fvgs.app/Application.e4xmi");
        Element app = parse(appFile).getDocumentElement();
        WorkbenchModel model = new WorkbenchModel(convert(app, "Application", appFile));
        model.files.add(appFile);
        model.index(model.application);
        try (Stream<Path> bundles = Files.list(root.resolve("bundles"))) {
            for (Path bundle : bundles.sorted().toList()) {
                for (Path fragment : fragmentFiles(bundle)) {
                    model.merge(fragment);
                }
            }
        }
        return model;
    }

    /** @return the model files read, Application.e4xmi first */
    List<Path> files() {
        return files;
    }

    /** @return the perspectives of the window's perspective stack, in model order */
    List<Item> perspectives() {
        return application.descendants().filter(i -> i.type.equals("PerspectiveStack"))
                .flatMap(s -> s.shownChildren().stream()).filter(i -> i.type.equals("Perspective")).toList();
    }

    /** @return the main menu */
    Item mainMenu() {
        return application.descendants().filter(i -> i.type.equals("MainMenu")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the window has no main menu"));
    }

    /**
     * @param perspectiveId a perspective's element id
     * @return the menus from the main menu down to the item that shows this perspective (the item last)
     */
    Optional<List<Item>> menuPathTo(String perspectiveId) {
        return path(mainMenu(), i -> i.type.endsWith("MenuItem") && perspectiveId.equals(
                i.parameters.get("org.eclipse.ui.perspectives.showPerspective.perspectiveId")));
    }

    private static Optional<List<Item>> path(Item from, java.util.function.Predicate<Item> target) {
        for (Item child : from.shownChildren()) {
            if (target.test(child)) {
                return Optional.of(new ArrayList<>(List.of(child)));
            }
            Optional<List<Item>> below = path(child, target);
            if (below.isPresent()) {
                below.get().add(0, child);
                return below;
            }
        }
        return Optional.empty();
    }

    private static List<Path> fragmentFiles(Path bundle) throws IOException {
        Path pluginXml = bundle.resolve("plugin.xml");
        if (!Files.isRegularFile(pluginXml)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        Document plugin = parse(pluginXml);
        for (Element ext : elements(plugin.getDocumentElement(), "extension")) {
            if ("org.eclipse.e4.workbench.model".equals(ext.getAttribute("point"))) {
                for (Element fragment : elements(ext, "fragment")) {
                    found.add(bundle.resolve(fragment.getAttribute("uri")));
                }
            }
        }
        return found;
    }

    private void merge(Path file) throws IOException {
        files.add(file);
        for (Element fragment : elements(parse(file).getDocumentElement(), "fragments")) {
            String feature = fragment.getAttribute("featurename");
            Item parent = byId.get(fragment.getAttribute("parentElementId"));
            if (!feature.equals("children") || parent == null) {
                continue; // commands, handlers, bindings, add-ons, or a parent this test does not need
            }
            List<Item> added = new ArrayList<>();
            for (Element e : elements(fragment, "elements")) {
                Item item = convert(e, null, file);
                added.add(item);
                index(item);
            }
            parent.children.addAll(insertionIndex(parent, fragment.getAttribute("positionInList")), added);
        }
    }

    /** e4's positionInList: first, last, index:N, before:ID, after:ID; appended otherwise. */
    private static int insertionIndex(Item parent, String position) {
        int size = parent.children.size();
        String p = position == null ? "" : position.strip();
        if (p.equals("first")) {
            return 0;
        }
        if (p.startsWith("index:")) {
            return Math.max(0, Math.min(size, Integer.parseInt(p.substring(6).strip())));
        }
        if (p.startsWith("before:") || p.startsWith("after:")) {
            String ref = p.substring(p.indexOf(':') + 1).strip();
            for (int i = 0; i < size; i++) {
                if (parent.children.get(i).id().equals(ref)) {
                    return p.startsWith("before:") ? i : i + 1;
                }
            }
        }
        return size;
    }

    private void index(Item item) {
        item.descendants().forEach(i -> byId.putIfAbsent(i.id(), i));
    }

    private static Item convert(Element e, String fallbackType, Path file) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < e.getAttributes().getLength(); i++) {
            Node a = e.getAttributes().item(i);
            attributes.put(a.getNodeName(), a.getNodeValue());
        }
        String xsiType = e.getAttribute("xsi:type");
        String type = !xsiType.isEmpty() ? xsiType.substring(xsiType.indexOf(':') + 1)
                : e.getTagName().equals("mainMenu") ? "MainMenu" : fallbackType == null ? e.getTagName() : fallbackType;
        Item item = new Item(type, attributes, file.getParent().getFileName() + "/" + file.getFileName());
        for (Element child : elements(e, null)) {
            switch (child.getTagName()) {
            case "children", "mainMenu" -> item.children.add(convert(child, null, file));
            case "parameters" -> item.parameters.put(child.getAttribute("name"), child.getAttribute("value"));
            default -> {
                // handlers, bindings, commands, trim bars: not part of the perspectives or menus
            }
            }
        }
        return item;
    }

    private static List<Element> elements(Element parent, String tag) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (tag == null || e.getTagName().equals(tag))) {
                list.add(e);
            }
        }
        return list;
    }

    private static Document parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            return f.newDocumentBuilder().parse(file.toFile());
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
            throw new IOException("cannot read the model file " + file + ": " + e.getMessage(), e);
        }
    }
}
