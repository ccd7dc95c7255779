package ai.fvgs.dataset;

/**
 * A workflow step is not allowed: the status change does not follow the workflow, or the user's role may
 * not make it. Nothing was changed. The message names the entry, the step, the user and role, and who may
 * make the step.
 */
public final class WorkflowException extends DatasetException {

    private static final long serialVersionUID = 1L;

    /** @param message what was refused and who may do it */
    public WorkflowException(String message) {
        super(message);
    }
}
