package ai.fvgs.dataset.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.junit.jupiter.api.Test;

import ai.fvgs.dataset.DatasetException;
import ai.fvgs.dataset.ui.internal.DatasetConnection;
import ai.fvgs.dataset.ui.internal.LabellingPart;
import ai.fvgs.dataset.ui.internal.ReviewPart;
import ai.fvgs.dataset.ui.internal.handlers.AcceptEntryHandler;
import ai.fvgs.dataset.ui.internal.handlers.NextReviewHandler;
import ai.fvgs.dataset.ui.internal.handlers.RejectEntryHandler;

/** Accept, Reject and Next Review Item act only while the Review part is the active part. */
class ReviewHandlersTest {

    private final DatasetConnection connection = new DatasetConnection(() -> {
        throw new DatasetException("no store in this test");
    });

    private static MPart part(Object contribution) {
        MPart p = MBasicFactory.INSTANCE.createPart();
        p.setObject(contribution);
        return p;
    }

    @Test
    void onlyTheActiveReviewPartIsDecidedOn() {
        MPart review = part(new ReviewPart(connection));
        MPart labelling = part(new LabellingPart(connection));
        assertTrue(new AcceptEntryHandler().canExecute(review));
        assertTrue(new RejectEntryHandler().canExecute(review));
        assertTrue(new NextReviewHandler().canExecute(review));
        assertFalse(new AcceptEntryHandler().canExecute(labelling), "Ctrl+Shift+A in the annotation part accepts nothing");
        assertFalse(new RejectEntryHandler().canExecute(labelling));
        assertFalse(new NextReviewHandler().canExecute(null));
    }

    @Test
    void theWorkbenchFindsTheKeysOfTheReviewPart() {
        IEclipseContext context = EclipseContextFactory.create("review handlers");
        try {
            context.set(IServiceConstants.ACTIVE_PART, part(new ReviewPart(connection)));
            for (Object handler : new Object[] {new AcceptEntryHandler(), new RejectEntryHandler(), new NextReviewHandler()}) {
                assertEquals(Boolean.TRUE, ContextInjectionFactory.invoke(handler, CanExecute.class, context),
                        handler.getClass().getSimpleName() + " is enabled through the injector while the Review part is active");
            }
            context.set(IServiceConstants.ACTIVE_PART, part(new LabellingPart(connection)));
            assertEquals(Boolean.FALSE, ContextInjectionFactory.invoke(new AcceptEntryHandler(), CanExecute.class, context),
                    "Ctrl+Shift+A in the annotation part accepts nothing");
        } finally {
            context.dispose();
        }
    }
}
