package ai.fvgs.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.fvgs.product.tests.PerspectiveLayout.Stack;
import ai.fvgs.product.tests.WorkbenchModel.Item;

/**
 * How the workbench smoke test reads the model: fragments merged where e4 merges them, hidden parts left out,
 * stacks placed by their sash weights; and the product's own model read the same way.
 */
class WorkbenchModelTest {

    private static final String NS = "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xmlns:advanced=\"a\" xmlns:basic=\"b\" xmlns:menu=\"m\" xmlns:application=\"app\" xmlns:fragment=\"f\"";

    @TempDir
    Path root;

    @Test
    void fragmentsAreMergedAtTheirPositionAndHiddenPartsLeftOut() throws Exception {
        write("bundles/ai.fvgs.app/Application.e4xmi", "<application:Application " + NS + " elementId=\"app\">"
                + "<children xsi:type=\"basic:TrimmedWindow\" elementId=\"win\">"
                + "<children xsi:type=\"advanced:PerspectiveStack\" elementId=\"ps\">"
                + "<children xsi:type=\"advanced:Perspective\" elementId=\"p1\" label=\"One\">"
                + "<children xsi:type=\"basic:PartSashContainer\" elementId=\"sash\" horizontal=\"true\">"
                + "<children xsi:type=\"basic:PartStack\" elementId=\"left\" containerData=\"25\">"
                + "<children xsi:type=\"basic:Part\" elementId=\"a\" label=\"A\"/>"
                + "<children xsi:type=\"basic:Part\" elementId=\"hidden\" label=\"H\" toBeRendered=\"false\"/></children>"
                + "<children xsi:type=\"basic:PartStack\" elementId=\"right\" containerData=\"75\">"
                + "<children xsi:type=\"basic:Part\" elementId=\"b\" label=\"B\"/></children>"
                + "</children></children></children>"
                + "<mainMenu elementId=\"main\"><children xsi:type=\"menu:Menu\" elementId=\"window\" label=\"&amp;Window\">"
                + "<children xsi:type=\"menu:Menu\" elementId=\"persp\" label=\"&amp;Perspective\">"
                + "<children xsi:type=\"menu:HandledMenuItem\" elementId=\"i1\" label=\"&amp;One\">"
                + "<parameters name=\"org.eclipse.ui.perspectives.showPerspective.perspectiveId\" value=\"p1\"/>"
                + "</children></children></children></mainMenu></children></application:Application>");
        write("bundles/ai.fvgs.more.ui/plugin.xml", "<plugin><extension point=\"org.eclipse.e4.workbench.model\">"
                + "<fragment uri=\"fragment.e4xmi\"/></extension></plugin>");
        write("bundles/ai.fvgs.more.ui/fragment.e4xmi", "<fragment:ModelFragments " + NS + ">"
                + "<fragments xsi:type=\"fragment:StringModelFragment\" featurename=\"children\" parentElementId=\"right\" positionInList=\"first\">"
                + "<elements xsi:type=\"basic:Part\" elementId=\"c\" label=\"C\"/></fragments>"
                + "<fragments xsi:type=\"fragment:StringModelFragment\" featurename=\"children\" parentElementId=\"ps\">"
                + "<elements xsi:type=\"advanced:Perspective\" elementId=\"p2\" label=\"Two\">"
                + "<children xsi:type=\"basic:Part\" elementId=\"d\" label=\"D\"/></elements></fragments>"
                + "</fragment:ModelFragments>");

        WorkbenchModel model = WorkbenchModel.read(root);

        assertEquals(List.of("p1", "p2"), model.perspectives().stream().map(Item::id).toList());
        List<Stack> one = PerspectiveLayout.stacks(model.perspectives().get(0), new Rectangle(0, 100, 1000, 500));
        assertEquals(List.of("a"), one.get(0).parts().stream().map(Item::id).toList());
        assertEquals(List.of("c", "b"), one.get(1).parts().stream().map(Item::id).toList());
        assertEquals(new Rectangle(0, 100, 250, 500), one.get(0).bounds());
        assertEquals(new Rectangle(250, 100, 750, 500), one.get(1).bounds());
        assertTrue(one.get(0).tabbed());
        List<Stack> two = PerspectiveLayout.stacks(model.perspectives().get(1), new Rectangle(0, 100, 1000, 500));
        assertFalse(two.get(0).tabbed(), "a part straight in the perspective has no tab");
        assertEquals(List.of("window", "persp", "i1"), model.menuPathTo("p1").orElseThrow().stream().map(Item::id).toList());
        assertTrue(model.menuPathTo("p2").isEmpty());
        assertEquals('o', PerspectivesUITest.mnemonic("&One"));
        assertEquals('b', PerspectivesUITest.mnemonic("A&&B &bold"));
    }

    @Test
    void theProductModelHasPerspectivesWithPartsAndMenuItems() throws Exception {
        WorkbenchModel model = WorkbenchModel.read(Path.of(System.getProperty("fvgs.root", "../..")));
        assertTrue(model.perspectives().size() >= 3, "Workbench, Studio and Dataset at least: " + model.perspectives());
        for (Item p : model.perspectives()) {
            List<Stack> stacks = PerspectiveLayout.stacks(p, new Rectangle(0, 0, 1280, 700));
            assertFalse(stacks.isEmpty() || stacks.stream().anyMatch(s -> s.parts().isEmpty()), p + " has an empty stack or none");
            assertTrue(model.menuPathTo(p.id()).isPresent(), p + " has no item in Window > Perspective");
        }
    }

    private void write(String path, String text) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text);
    }
}
