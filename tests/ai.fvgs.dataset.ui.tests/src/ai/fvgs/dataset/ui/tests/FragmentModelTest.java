package ai.fvgs.dataset.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import ai.fvgs.dataset.ui.internal.EntryBrowserPart;
import ai.fvgs.dataset.ui.internal.LabellingPart;
import ai.fvgs.dataset.ui.internal.ReviewPart;
import ai.fvgs.dataset.ui.internal.StatisticsPart;

/**
 * The Dataset perspective's model fragment: it hangs off elements the application model has, names classes the
 * bundle has, and binds the documented keys to its commands.
 */
class FragmentModelTest {

    private static Document read(String property) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(Path.of(System.getProperty(property)).toFile());
    }

    private static List<Element> all(Document d) {
        NodeList nodes = d.getElementsByTagName("*");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    @Test
    void fragmentsHangOffElementsOfTheApplicationModel() throws Exception {
        Set<String> appIds = new HashSet<>();
        all(read("fvgs.application.model")).forEach(e -> appIds.add(e.getAttribute("elementId")));
        List<Element> fragments = all(read("fvgs.fragment")).stream().filter(e -> e.getTagName().equals("fragments")).toList();
        assertTrue(fragments.size() >= 6, "fragments: " + fragments.size());
        for (Element f : fragments) {
            assertTrue(appIds.contains(f.getAttribute("parentElementId")), "parent " + f.getAttribute("parentElementId") + " is in Application.e4xmi");
        }
        Document frag = read("fvgs.fragment");
        for (Element e : all(frag)) {
            if (e.getTagName().equals("imports")) {
                assertTrue(appIds.contains(e.getAttribute("elementId")), "imported " + e.getAttribute("elementId") + " is in Application.e4xmi");
            }
        }
    }

    @Test
    void perspectivePartsAndHandlersNameClassesOfTheBundle() throws Exception {
        Document frag = read("fvgs.fragment");
        List<String> parts = new ArrayList<>();
        int classes = 0;
        for (Element e : all(frag)) {
            String uri = e.getAttribute("contributionURI");
            if (!uri.isEmpty()) {
                assertTrue(uri.startsWith("bundleclass://ai.fvgs.dataset.ui/"), uri);
                LabellingPart.class.getClassLoader().loadClass(uri.substring("bundleclass://ai.fvgs.dataset.ui/".length()));
                classes++;
            }
            if ("basic:Part".equals(e.getAttribute("xsi:type"))) {
                parts.add(e.getAttribute("elementId"));
            }
        }
        assertEquals(List.of(EntryBrowserPart.ID, LabellingPart.ID, ReviewPart.ID, StatisticsPart.ID), parts);
        assertEquals(4 + 2 + 10 + 1, classes, "4 parts, 2 part handlers, 10 handlers, 1 addon");
    }

    @Test
    void keysAndMenuItemsAreThere() throws Exception {
        Document frag = read("fvgs.fragment");
        Set<String> keys = new HashSet<>();
        Set<String> items = new HashSet<>();
        for (Element e : all(frag)) {
            if (e.getTagName().equals("bindings")) {
                keys.add(e.getAttribute("keySequence"));
            }
            if ("menu:HandledMenuItem".equals(e.getAttribute("xsi:type"))) {
                items.add(e.getAttribute("label"));
            }
            if (e.getTagName().equals("parameters") && e.getAttribute("name").equals("org.eclipse.ui.perspectives.showPerspective.perspectiveId")) {
                assertEquals("ai.fvgs.dataset.ui.perspective.dataset", e.getAttribute("value"));
            }
        }
        assertEquals(Set.of("M3+ARROW_RIGHT", "M3+ARROW_LEFT", "M1+CR", "M1+M2+A", "M1+M2+R", "M1+M2+N", "F5"), keys);
        assertEquals(Set.of("&Dataset", "&Labelling Shortcuts", "Import Dataset &Media...", "&Export Dataset..."), items);
    }
}
