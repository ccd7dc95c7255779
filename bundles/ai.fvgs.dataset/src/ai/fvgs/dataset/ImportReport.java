package ai.fvgs.dataset;

import java.util.List;

/**
 * What one run of an import did.
 *
 * @param batchId         the import batch; a re-run of an interrupted import continues the same batch
 * @param resumed         whether this run continued an earlier, unfinished run of the same import
 * @param filesSeen       media, side-car and manifest-listed files this run looked at
 * @param entriesCreated  entries this run created
 * @param alreadyImported entries skipped because an earlier run had imported them (same source key)
 * @param problems        errors, exact duplicates and near duplicates, in the order they were found
 */
public record ImportReport(long batchId, boolean resumed, int filesSeen, int entriesCreated, int alreadyImported, List<ImportProblem> problems) {

    /** Copies the list. */
    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** @return the files that could not be imported, with the reasons */
    public List<ImportProblem> errors() {
        return of(ImportProblem.Kind.ERROR);
    }

    /** @return the files skipped because their bytes are already in the dataset */
    public List<ImportProblem> duplicates() {
        return of(ImportProblem.Kind.DUPLICATE);
    }

    /** @return the files imported that look like pictures already in the dataset */
    public List<ImportProblem> nearDuplicates() {
        return of(ImportProblem.Kind.NEAR_DUPLICATE);
    }

    private List<ImportProblem> of(ImportProblem.Kind kind) {
        return problems.stream().filter(p -> p.kind() == kind).toList();
    }
}
