package ai.fvgs.dataset.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;

import ai.fvgs.dataset.DatasetException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The Statistics part: label distribution, progress per labeller and agreement per labeller pair as bar charts
 * ({@link ChartCanvas}). The figures ({@link StatisticsFigures}) are read off the display thread, when the part
 * opens, on Refresh (F5), and by themselves 300 ms after an entry was saved, submitted, taken, accepted or rejected
 * in this workbench ({@link DatasetConnection#entriesChanged()}).
 */
public final class StatisticsPart {

    /** Element id of the part in the model fragment. */
    public static final String ID = "ai.fvgs.dataset.ui.part.statistics";

    /** Changes within this many milliseconds are read together. */
    static final int SETTLE_MS = 300;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final DatasetConnection connection;
    private final PartDisplay ui = new PartDisplay();
    private final Runnable entriesChanged = () -> ui.async(this::scheduleRefresh);
    private final Runnable refreshNow = () -> read(false);
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fvgs-statistics");
        t.setDaemon(true);
        return t;
    });
    private Display display;
    private Composite root;
    private ChartCanvas labels, progress, agreement;
    private Label status;
    private MApplication app;
    private StatisticsFigures figures;
    private boolean reading, again;
    private int reads;

    /** @param connection the dataset connection of the workbench */
    @Inject
    public StatisticsPart(DatasetConnection connection) {
        this.connection = connection;
    }

    /**
     * Creates the controls, offers the part to the handlers and reads the figures.
     *
     * @param parent      the part's composite
     * @param application the application, whose context gets the part
     */
    @PostConstruct
    public void create(Composite parent, MApplication application) {
        createControls(parent);
        app = application;
        app.getContext().set(StatisticsPart.class, this);
    }

    /** Stops listening and reading. */
    @PreDestroy
    public void dispose() {
        connection.removeEntryListener(entriesChanged);
        if (app != null && app.getContext().getLocal(StatisticsPart.class) == this) {
            app.getContext().remove(StatisticsPart.class);
        }
        background.shutdownNow();
    }

    /** @param parent the composite to build the part in; reads the figures at once */
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        root = new Composite(parent, SWT.NONE);
        ui.attach(root);
        root.setLayout(new GridLayout(2, false));
        Button refresh = new Button(root, SWT.PUSH);
        refresh.setText("Refresh (F5)");
        refresh.addListener(SWT.Selection, e -> refresh());
        status = new Label(root, SWT.NONE);
        ui.status(status);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        SashForm charts = new SashForm(root, SWT.VERTICAL);
        charts.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        labels = new ChartCanvas(charts);
        progress = new ChartCanvas(charts);
        agreement = new ChartCanvas(charts);
        charts.setWeights(4, 3, 3);
        connection.addEntryListener(entriesChanged);
        read(false);
    }

    private void scheduleRefresh() {
        display.timerExec(-1, refreshNow);
        display.timerExec(SETTLE_MS, refreshNow);
    }

    /** Reads the figures again, in the background (F5); a failure shows a dialog. */
    public void refresh() {
        read(true);
    }

    /**
     * @param asked whether the user asked (a failure shows a dialog) or a change did (a failure is logged and shown
     *              in the status line, so that a lost database does not open a dialog after every save)
     */
    private void read(boolean asked) {
        if (root == null || root.isDisposed()) {
            return;
        }
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        ui.message("Reading the figures...");
        CompletableFuture.supplyAsync(() -> {
            try {
                return StatisticsFigures.read(connection.store());
            } catch (DatasetException e) {
                throw new CompletionException(e);
            }
        }, background).whenComplete((read, error) -> ui.async(() -> {
            reading = false;
            if (error != null) {
                ui.message("The figures could not be read: " + DatasetErrors.unwrap(error).getMessage());
                DatasetErrors.show(asked ? root.getShell() : null, "Statistics", "The figures could not be read", error);
            } else {
                figures = read;
                labels.show(read.labelChart());
                progress.show(read.progressChart());
                agreement.show(read.agreementChart());
                reads++;
                ui.message("Figures of " + TIME.format(read.readAt()) + ": " + read.stats().entries() + " entries");
            }
            if (again) {
                again = false;
                read(asked);
            }
        }));
    }

    // for the handlers and the tests

    /** @return the figures shown, or {@code null} before the first read */
    public StatisticsFigures figures() {
        return figures;
    }

    /** @return how many times the figures were read and shown */
    public int reads() {
        return reads;
    }

    /** @return whether the figures are being read */
    public boolean reading() {
        return reading;
    }

    /** @return the label distribution chart */
    public ChartCanvas labelChart() {
        return labels;
    }

    /** @return the progress chart */
    public ChartCanvas progressChart() {
        return progress;
    }

    /** @return the agreement chart */
    public ChartCanvas agreementChart() {
        return agreement;
    }

    /** @return the status line */
    public String statusText() {
        return status.getText();
    }
}
