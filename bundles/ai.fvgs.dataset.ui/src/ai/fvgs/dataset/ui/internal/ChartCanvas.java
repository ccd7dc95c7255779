package ai.fvgs.dataset.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/**
 * Draws a {@link Chart} with SWT's GC: the title, a legend when bars are stacked, then one row per bar: its label,
 * the bar (stacked by series, from the zero line; negative values to the left of it) and the figure in words.
 * Undefined figures show the word, in italics, with no bar. Rows that do not fit are counted at the bottom.
 */
public final class ChartCanvas {

    private static final int ROW = 20, GAP = 6;

    private final Canvas canvas;
    private final Font bold, italic;
    private Chart chart;
    private int rowsTop;

    /** @param parent the parent */
    public ChartCanvas(Composite parent) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        FontData[] data = canvas.getFont().getFontData();
        bold = new Font(canvas.getDisplay(), styled(data, SWT.BOLD));
        italic = new Font(canvas.getDisplay(), styled(data, SWT.ITALIC));
        canvas.addListener(SWT.Paint, e -> paint(e.gc));
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addListener(SWT.Dispose, e -> {
            bold.dispose();
            italic.dispose();
        });
    }

    private static FontData[] styled(FontData[] data, int style) {
        FontData[] out = new FontData[data.length];
        for (int i = 0; i < data.length; i++) {
            out[i] = new FontData(data[i].getName(), data[i].getHeight(), data[i].getStyle() | style);
        }
        return out;
    }

    /** @return the SWT control */
    public Canvas control() {
        return canvas;
    }

    /** @return the chart shown, or {@code null} */
    public Chart chart() {
        return chart;
    }

    /** @return where the rows began when the chart was last painted, below the title and the legend, in pixels */
    public int rowsTop() {
        return rowsTop;
    }

    /** @param newChart the chart to show, or {@code null} for none */
    public void show(Chart newChart) {
        chart = newChart;
        if (!canvas.isDisposed()) {
            canvas.redraw();
        }
    }

    private void paint(GC gc) {
        Rectangle area = canvas.getClientArea();
        gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        if (chart == null) {
            gc.drawText("Reading the figures...", GAP, GAP, true);
            return;
        }
        gc.setAntialias(SWT.ON);
        gc.setFont(bold);
        gc.drawText(chart.title(), GAP, GAP, true);
        gc.setFont(canvas.getFont());
        int y = GAP + gc.getFontMetrics().getHeight() + GAP;
        if (chart.series().size() > 1) {
            int x = GAP;
            for (int i = 0; i < chart.series().size(); i++) {
                Color c = colour(chart.colours().get(i));
                gc.setBackground(c);
                gc.fillRectangle(x, y + 3, 10, 10);
                gc.drawText(chart.series().get(i), x + 14, y, true);
                x += 14 + gc.textExtent(chart.series().get(i)).x + 3 * GAP;
            }
            y += ROW;
        }
        rowsTop = y;
        if (chart.bars().isEmpty()) {
            gc.setFont(italic);
            gc.drawText(chart.empty(), GAP, y + GAP, true);
            gc.setFont(canvas.getFont());
            return;
        }
        int labelWidth = 0, textWidth = 0;
        for (Chart.Bar b : chart.bars()) {
            labelWidth = Math.max(labelWidth, gc.textExtent(b.label()).x);
            textWidth = Math.max(textWidth, gc.textExtent(b.text()).x);
        }
        labelWidth = Math.min(labelWidth, area.width * 2 / 5);
        textWidth = Math.min(textWidth, area.width / 3);
        int barX = GAP + labelWidth + GAP, barWidth = Math.max(20, area.width - barX - textWidth - 2 * GAP);
        double span = chart.max() - chart.min();
        int zero = barX + (int) Math.round(-chart.min() / span * barWidth);
        gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.drawLine(zero, y, zero, Math.min(area.height, y + chart.bars().size() * ROW));
        int shown = 0;
        for (Chart.Bar b : chart.bars()) {
            if (y + ROW > area.height - (shown + 1 < chart.bars().size() ? ROW : 0)) {
                break;
            }
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_BLACK));
            gc.setClipping(GAP, y, labelWidth, ROW);
            gc.drawText(b.label(), GAP, y + 2, true);
            gc.setClipping((Rectangle) null);
            int end = zero;
            if (!b.undefined()) {
                int x = zero;
                for (int i = 0; i < b.values().size(); i++) {
                    int w = (int) Math.round(Math.abs(b.values().get(i)) / span * barWidth);
                    gc.setBackground(colour(chart.colours().get(i % chart.colours().size())));
                    if (b.values().get(i) < 0) {
                        gc.fillRectangle(zero - w, y + 3, w, ROW - 6);
                    } else if (w > 0) {
                        gc.fillRectangle(x, y + 3, w, ROW - 6);
                        x += w;
                    }
                }
                end = Math.max(x, zero);
            } else {
                gc.setFont(italic);
            }
            gc.setForeground(canvas.getDisplay().getSystemColor(b.undefined() ? SWT.COLOR_DARK_GRAY : SWT.COLOR_BLACK));
            gc.drawText(b.text(), Math.max(end, zero) + GAP, y + 2, true);
            gc.setFont(canvas.getFont());
            y += ROW;
            shown++;
        }
        if (shown < chart.bars().size()) {
            gc.setForeground(canvas.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
            gc.drawText("... and " + (chart.bars().size() - shown) + " more (enlarge the part)", GAP, y + 2, true);
        }
    }

    private Color colour(int rgb) {
        return new Color(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }
}
