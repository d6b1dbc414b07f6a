package ssiplan.ui.wizards;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import ssiplan.model.Installation;
import ssiplan.model.SsiplanFactory;
import ssiplan.model.derived.ReleaseLimits;
import ssiplan.model.examples.Examples;

/** What a new installation starts from: nothing, or one of the bundled example installations. */
public record InstallationTemplate(String id, String label, String description, Supplier<Installation> factory) {

	public static final String EMPTY = "empty";

	/** Empty first, then the bundled examples in their stable order. */
	public static List<InstallationTemplate> all() {
		List<InstallationTemplate> all = new ArrayList<>();
		all.add(new InstallationTemplate(EMPTY, "Empty installation",
				"No processors, members or guests yet: draw them with the diagram's palette.", InstallationTemplate::empty));
		for (String name : Examples.names()) {
			all.add(new InstallationTemplate(name, "Example: " + name, Examples.description(name), () -> Examples.create(name)));
		}
		return all;
	}

	public static InstallationTemplate byId(String id) {
		return all().stream().filter(t -> t.id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no installation template '" + id + "'; known: "
						+ all().stream().map(InstallationTemplate::id).toList()));
	}

	/** A new installation (not in any resource yet) named {@code name}. */
	public Installation create(String name) {
		Installation installation = factory.get();
		if (name != null && !name.isBlank() && (installation.getName() == null || EMPTY.equals(id))) {
			installation.setName(name);
		}
		return installation;
	}

	private static Installation empty() {
		Installation installation = SsiplanFactory.eINSTANCE.createInstallation();
		installation.setSettings(SsiplanFactory.eINSTANCE.createPlanningSettings());
		ReleaseLimits.addMissingDefaults(installation.getSettings());
		return installation;
	}
}
