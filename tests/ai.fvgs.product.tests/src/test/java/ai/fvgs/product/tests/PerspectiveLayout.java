package ai.fvgs.product.tests;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import ai.fvgs.product.tests.WorkbenchModel.Item;

/**
 * Where a perspective's part stacks are on the screen, worked out from the model the way e4's sash layout shares
 * out the space: each shown child of a sash gets its weight's share ({@code containerData}) of the width
 * ({@code horizontal="true"}) or height. Exact to a few pixels (the sashes themselves are not counted), which is
 * enough to click a stack's first tab and to find the area where its parts draw.
 */
final class PerspectiveLayout {

    /**
     * A part stack, or a part placed straight into a sash (then it has no tab).
     *
     * @param container the stack or the part
     * @param parts     the parts in tab order
     * @param bounds    its place on the screen; for a stack the tab row is at the top
     * @param tabbed    whether the parts have tabs
     */
    record Stack(Item container, List<Item> parts, Rectangle bounds, boolean tabbed) {
    }

    private PerspectiveLayout() {
    }

    /**
     * @param perspective the perspective's model element
     * @param area        where the window shows perspectives
     * @return its stacks, in model order
     */
    static List<Stack> stacks(Item perspective, Rectangle area) {
        List<Stack> stacks = new ArrayList<>();
        place(perspective, area, stacks);
        return stacks;
    }

    private static void place(Item item, Rectangle r, List<Stack> out) {
        switch (item.type) {
        case "PartStack" -> out.add(new Stack(item, item.shownChildren().stream().filter(p -> p.type.equals("Part")).toList(), r, true));
        case "Part" -> out.add(new Stack(item, List.of(item), r, false));
        case "Perspective", "PartSashContainer" -> {
            List<Item> children = item.shownChildren();
            boolean horizontal = "true".equals(item.attributes.get("horizontal"));
            int total = children.stream().mapToInt(Item::weight).sum();
            int done = 0;
            for (Item child : children) {
                int from = share(done, total, horizontal ? r.width : r.height);
                done += child.weight();
                int to = share(done, total, horizontal ? r.width : r.height);
                place(child, horizontal ? new Rectangle(r.x + from, r.y, to - from, r.height)
                        : new Rectangle(r.x, r.y + from, r.width, to - from), out);
            }
        }
        default -> {
            // placeholders and areas: none in this product's model yet
        }
        }
    }

    private static int share(int weight, int total, int size) {
        return total == 0 ? 0 : (int) Math.round((double) weight * size / total);
    }
}
