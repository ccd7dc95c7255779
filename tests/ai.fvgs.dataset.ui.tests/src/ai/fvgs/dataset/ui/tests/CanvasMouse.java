package ai.fvgs.dataset.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

import ai.fvgs.dataset.ui.internal.AnnotationCanvas;

/** Mouse events sent to an annotation canvas as SWT delivers them: press, moves and release at canvas points. */
final class CanvasMouse {

    private CanvasMouse() {
    }

    /**
     * @param c      the control
     * @param type   {@link SWT#MouseDown}, {@link SWT#MouseMove}, {@link SWT#MouseUp} or {@link SWT#MouseDoubleClick}
     * @param button the button, 0 for a move
     * @param at     the point in the control
     */
    static void mouse(Control c, int type, int button, Point at) {
        Event e = new Event();
        e.button = button;
        e.x = at.x;
        e.y = at.y;
        e.count = 1;
        c.notifyListeners(type, e);
    }

    /** Drags with the left button from one image point to another, through their middle. */
    static void drag(AnnotationCanvas canvas, double x0, double y0, double x1, double y1) {
        Control c = canvas.control();
        mouse(c, SWT.MouseDown, 1, canvas.toCanvas(x0, y0));
        mouse(c, SWT.MouseMove, 0, canvas.toCanvas((x0 + x1) / 2, (y0 + y1) / 2));
        mouse(c, SWT.MouseMove, 0, canvas.toCanvas(x1, y1));
        mouse(c, SWT.MouseUp, 1, canvas.toCanvas(x1, y1));
    }
}
