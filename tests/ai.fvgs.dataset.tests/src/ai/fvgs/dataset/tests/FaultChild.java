package ai.fvgs.dataset.tests;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import ai.fvgs.dataset.Annotation;
import ai.fvgs.dataset.Annotations;
import ai.fvgs.dataset.DatasetEntry;
import ai.fvgs.dataset.DatasetStore;
import ai.fvgs.dataset.EntryStatus;
import ai.fvgs.dataset.ImportOptions;
import ai.fvgs.dataset.ImportReport;
import ai.fvgs.dataset.Label;
import ai.fvgs.dataset.SearchQuery;
import ai.fvgs.dataset.Shape.Box;
import ai.fvgs.sdk.Progress;

/**
 * The child process of {@link KillNineOSGiTest}: a plain JVM (no OSGi) on the class path of the installed
 * bundles, which works on a dataset and prints each step on stdout once it is committed, until it is killed.
 * <ul>
 * <li>{@code import URL MEDIA FOLDER}: imports the folder; prints {@code progress I LABEL} each time the import
 * reports progress, which it does after each commit (LABEL and every file before it are committed), and
 * {@code done CREATED ALREADY} at the end.</li>
 * <li>{@code label URL MEDIA}: saves annotation sets of users {@code ada} and {@code bea} and moves entries
 * through the workflow as admin {@code boss}, round the entries, printing {@code saved ENTRY VERSION LABELLER
 * ITERATION} and {@code status ENTRY VERSION STATUS} after each commit; {@code done} after 100,000 steps.</li>
 * </ul>
 */
public final class FaultChild {

    private FaultChild() {
    }

    /**
     * @param args the mode and its arguments, see the class comment
     * @throws Exception on any failure (the test reads stderr)
     */
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        try (DatasetStore store = DatasetStore.open(args[1], Path.of(args[2]))) {
            if (args[0].equals("import")) {
                ImportReport r = store.importer().run(Path.of(args[3]), ImportOptions.defaults("importer"), new Progress() {
                    private int i;

                    @Override
                    public void report(double fraction, String message) {
                        out.println("progress " + i++ + " " + message);
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
                out.println("done " + r.entriesCreated() + " " + r.alreadyImported());
                return;
            }
            List<Long> ids = store.search().search(SearchQuery.all().withPage(1, 1000)).entries().stream().map(DatasetEntry::id).toList();
            for (int i = 0; i < 100_000; i++) {
                long id = ids.get(i % ids.size());
                if (i % 3 == 2) {
                    DatasetEntry e = store.entry(id).orElseThrow();
                    EntryStatus to = switch (e.status()) {
                        case NEW, ACCEPTED, REJECTED -> EntryStatus.IN_PROGRESS;
                        case IN_PROGRESS -> EntryStatus.SUBMITTED;
                        case SUBMITTED -> EntryStatus.ACCEPTED;
                    };
                    DatasetEntry saved = store.workflow().transition(e, to, null, "boss");
                    out.println("status " + id + " " + saved.version() + " " + to.label());
                } else {
                    String labeller = i % 2 == 0 ? "ada" : "bea";
                    Annotations before = store.annotations().read(id);
                    Annotations saved = store.annotations().save(id, before.entryVersion(), labeller,
                            List.of(new Annotation.Attribute(Label.of("iteration"), Integer.toString(i)),
                                    new Annotation.Region(0, Label.of("dress"), new Box(i % 50, 1, 10, 20))),
                            labeller);
                    out.println("saved " + id + " " + saved.entryVersion() + " " + labeller + " " + i);
                }
            }
            out.println("done");
        }
    }
}
