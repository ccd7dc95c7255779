package ai.fvgs.extensions.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ai.fvgs.extensions.ExtensionEvent;
import ai.fvgs.extensions.ExtensionListener;

/** Thread-safe listeners; one that throws is logged and does not stop the others. */
final class ListenerList {

    private final List<ExtensionListener> listeners = new CopyOnWriteArrayList<>();

    void add(ExtensionListener listener) {
        listeners.add(listener);
    }

    void remove(ExtensionListener listener) {
        listeners.remove(listener);
    }

    void fire(ExtensionEvent event) {
        for (ExtensionListener l : listeners) {
            try {
                l.extensionsChanged(event);
            } catch (RuntimeException e) {
                System.getLogger(ListenerList.class.getName()).log(System.Logger.Level.ERROR,
                        "extension listener " + l.getClass().getName() + " failed on " + event.type(), e);
            }
        }
    }
}
