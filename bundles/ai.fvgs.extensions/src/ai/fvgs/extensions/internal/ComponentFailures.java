package ai.fvgs.extensions.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** Asks the Declarative Services runtime why a vendor's component could not be activated. */
@Component(service = ComponentFailures.class)
public final class ComponentFailures {

    private final ServiceComponentRuntime runtime;

    /** @param runtime the DS runtime (Felix SCR) */
    @Activate
    public ComponentFailures(@Reference ServiceComponentRuntime runtime) {
        this.runtime = runtime;
    }

    String reasonFor(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        Object name = reference.getProperty("component.name");
        if (bundle != null && name instanceof String componentName) {
            ComponentDescriptionDTO description = runtime.getComponentDescriptionDTO(bundle, componentName);
            if (description != null) {
                for (ComponentConfigurationDTO configuration : runtime.getComponentConfigurationDTOs(description)) {
                    if (configuration.failure != null && !configuration.failure.isBlank()) {
                        return "component " + componentName + " failed to activate: " + firstLine(configuration.failure);
                    }
                }
            }
            return "component " + componentName + " failed to activate (the log has the details)";
        }
        return "the service factory failed (the log has the details)";
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }
}
