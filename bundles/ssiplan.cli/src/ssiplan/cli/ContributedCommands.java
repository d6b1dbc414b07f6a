package ssiplan.cli;

import java.io.PrintWriter;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Adds the commands other bundles contribute through the extension point {@code ssiplan.cli.commands}
 * (schema/commands.exsd). It exists because some commands need libraries this UI-free bundle must not
 * depend on: {@code export diagram} draws with SWT and lives in ssiplan.diagram. Without a registry
 * (plain Java tests) or without contributions the command line is unchanged.
 */
public final class ContributedCommands {

	public static final String EXTENSION_POINT = "ssiplan.cli.commands";

	private ContributedCommands() {
	}

	/** Adds every contribution to {@code top}; a broken one is reported on {@code err} and skipped. */
	public static void addTo(CommandLine top, PrintWriter err) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return;
		}
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"command".equals(element.getName())) {
				continue;
			}
			try {
				Object command = element.createExecutableExtension("class");
				parent(top, element.getAttribute("parent")).addSubcommand(command);
			} catch (CoreException | RuntimeException e) {
				err.println("ssiplan: warning: command contributed by " + element.getContributor().getName()
						+ " is not available: " + e.getMessage());
				err.flush();
			}
		}
	}

	/** The command at the space-separated {@code path} below {@code top}, created as an empty group when missing. */
	static CommandLine parent(CommandLine top, String path) {
		CommandLine current = top;
		if (path == null || path.isBlank()) {
			return current;
		}
		for (String name : path.trim().split("\\s+")) {
			CommandLine next = current.getSubcommands().get(name);
			if (next == null) {
				next = new CommandLine(new Group());
				next.getCommandSpec().name(name);
				current.addSubcommand(name, next);
			}
			current = next;
		}
		return current;
	}

	/** A parent that no bundle defines yet (e.g. {@code export} before its built-in subcommands exist). */
	@Command(description = "Commands contributed by installed bundles.", mixinStandardHelpOptions = true)
	static final class Group implements Runnable {

		@picocli.CommandLine.Spec
		private CommandLine.Model.CommandSpec spec;

		@Override
		public void run() {
			spec.commandLine().usage(spec.commandLine().getErr());
			throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
		}
	}
}
