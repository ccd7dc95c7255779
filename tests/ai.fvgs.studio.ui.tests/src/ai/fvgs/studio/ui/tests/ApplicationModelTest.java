package ai.fvgs.studio.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Studio's entries in the workbench's application model (Application.e4xmi): the perspective and part,
 * the File and Edit commands with Eclipse's key bindings, handlers whose classes load, the toolbar and the
 * Window menu that switches between the Workbench and Studio perspectives.
 */
class ApplicationModelTest {

    private static Document model;
    private static final Map<String, Element> byXmiId = new HashMap<>();

    @BeforeAll
    static void read() throws Exception {
        Path file = Path.of(System.getProperty("fvgs.application.model", "../../bundles/ai.fvgs.app/Application.e4xmi"));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        model = f.newDocumentBuilder().parse(file.toFile());
        NodeList all = model.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            String id = e.getAttributeNS("http://www.omg.org/XMI", "id");
            if (!id.isEmpty()) {
                byXmiId.put(id, e);
            }
        }
    }

    @Test
    void keyBindingsFollowEclipseConventions() {
        Map<String, String> keys = new HashMap<>();
        for (Element b : elements("bindings")) {
            keys.put(b.getAttribute("keySequence"), byXmiId.get(b.getAttribute("command")).getAttribute("elementId"));
        }
        assertEquals("ai.fvgs.studio.file.new", keys.get("M1+N"));
        assertEquals("ai.fvgs.studio.file.open", keys.get("M1+O"));
        assertEquals("org.eclipse.ui.file.save", keys.get("M1+S"));
        assertEquals("org.eclipse.ui.file.saveAs", keys.get("M1+M2+S"));
        assertEquals("org.eclipse.ui.edit.undo", keys.get("M1+Z"));
        assertEquals("org.eclipse.ui.edit.redo", keys.get("M1+Y"));
        assertEquals("org.eclipse.ui.edit.redo", keys.get("M1+M2+Z"));
        assertEquals("org.eclipse.ui.file.exit", keys.get("M1+Q"));
        // a binding table only works while its context is active: the window activates it
        Element window = byElementId("ai.fvgs.app.window.main");
        for (Element table : elements("bindingTables")) {
            String context = table.getAttribute("bindingContext");
            assertTrue(List.of(window.getAttribute("bindingContexts").split(" ")).contains(context)
                    || model.getDocumentElement().getAttribute("bindingContexts").equals(context),
                    "the context of " + table.getAttribute("elementId") + " is active in the window");
        }
    }

    @Test
    void everyCommandHasAHandlerWhoseClassLoads() throws Exception {
        List<String> commands = new ArrayList<>();
        for (Element c : elements("commands")) {
            commands.add(c.getAttribute("xmi:id"));
        }
        for (String command : commands) {
            Element handler = elements("handlers").stream().filter(h -> h.getAttribute("command").equals(command)).findFirst().orElse(null);
            assertNotNull(handler, "a handler for " + command);
            load(handler.getAttribute("contributionURI"));
        }
        for (Element item : elements("children")) {
            String command = item.getAttribute("command");
            if (!command.isEmpty()) {
                assertTrue(byXmiId.containsKey(command), item.getAttribute("elementId") + " names a command of the model");
            }
        }
    }

    @Test
    void theStudioPerspectiveHoldsTheModelBuilderAndTheWorkbenchPerspectiveStays() throws Exception {
        Element studio = byElementId("ai.fvgs.app.perspective.studio");
        Element workbench = byElementId("ai.fvgs.app.perspective.workbench");
        assertEquals(studio.getParentNode(), workbench.getParentNode(), "both in the window's perspective stack");
        Element part = byElementId("ai.fvgs.studio.ui.part.modelbuilder");
        assertTrue(isUnder(part, studio));
        assertTrue(isUnder(byElementId("ai.fvgs.ui.part.extensions"), workbench), "the Extensions part is still reachable");
        load(part.getAttribute("contributionURI"));
        Element outfit = byElementId("ai.fvgs.studio.ui.part.outfit");
        assertTrue(isUnder(outfit, studio), "the Outfit part is in the Studio perspective");
        load(outfit.getAttribute("contributionURI"));
        Element scene = byElementId("ai.fvgs.studio.ui.part.scene");
        assertTrue(isUnder(scene, studio), "the Scene part is in the Studio perspective");
        load(scene.getAttribute("contributionURI"));
        load(byElementId("ai.fvgs.studio.ui.addon").getAttribute("contributionURI"));
        for (String id : List.of("ai.fvgs.app.perspective.workbench", "ai.fvgs.app.perspective.studio")) {
            assertTrue(elements("parameters").stream().anyMatch(p -> p.getAttribute("value").equals(id)
                    && p.getAttribute("name").equals("org.eclipse.ui.perspectives.showPerspective.perspectiveId")),
                    "Window > Perspective shows " + id);
        }
        for (String tool : List.of("new", "open", "save", "undo", "redo")) {
            assertNotNull(byElementId("ai.fvgs.app.toolitem." + tool), "tool bar item " + tool);
        }
        for (Element e : elements("children")) {
            String icon = e.getAttribute("iconURI");
            if (icon.startsWith("platform:/plugin/ai.fvgs.studio.ui/")) {
                Bundle b = bundle("ai.fvgs.studio.ui");
                assertNotNull(b.getEntry(icon.substring("platform:/plugin/ai.fvgs.studio.ui".length())), icon);
            }
        }
    }

    @Test
    void renderHasAMenuItemAToolItemCtrlRAndThePlayerAndRendersPartsAreInTheStudio() throws Exception {
        Element studio = byElementId("ai.fvgs.app.perspective.studio");
        for (String id : List.of("ai.fvgs.studio.ui.part.player", "ai.fvgs.studio.ui.part.renders")) {
            Element part = byElementId(id);
            assertTrue(isUnder(part, studio), id + " is in the Studio perspective");
            load(part.getAttribute("contributionURI"));
        }
        Element command = byElementId("ai.fvgs.studio.render");
        String xmiId = command.getAttribute("xmi:id");
        assertTrue(isUnder(byElementId("ai.fvgs.app.menuitem.render"), byElementId("ai.fvgs.app.menu.render")), "Render > Render Video...");
        assertEquals(xmiId, byElementId("ai.fvgs.app.menuitem.render").getAttribute("command"));
        assertEquals(xmiId, byElementId("ai.fvgs.app.toolitem.render").getAttribute("command"));
        assertTrue(elements("bindings").stream().anyMatch(b -> b.getAttribute("keySequence").equals("M1+R") && b.getAttribute("command").equals(xmiId)),
                "Ctrl+R renders");
        load(byElementId("ai.fvgs.studio.ui.addon.render").getAttribute("contributionURI"));
    }

    private static boolean isUnder(Element e, Element ancestor) {
        for (var n = e.getParentNode(); n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void load(String uri) throws ClassNotFoundException {
        assertTrue(uri.startsWith("bundleclass://"), uri);
        String[] parts = uri.substring("bundleclass://".length()).split("/");
        Bundle b = bundle(parts[0]);
        if (parts[0].startsWith("ai.fvgs.studio")) {
            assertNotNull(b.loadClass(parts[1]), uri);
        }
    }

    private static Bundle bundle(String symbolicName) {
        for (Bundle b : FrameworkUtil.getBundle(ApplicationModelTest.class).getBundleContext().getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b;
            }
        }
        if (symbolicName.startsWith("ai.fvgs.studio")) {
            throw new AssertionError("bundle " + symbolicName + " is not installed");
        }
        return FrameworkUtil.getBundle(ApplicationModelTest.class);
    }

    private static Element byElementId(String id) {
        NodeList all = model.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("elementId").equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no element " + id + " in the application model");
    }

    private static List<Element> elements(String tag) {
        NodeList list = model.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }
}
