package ssiplan.diagram.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import ssiplan.cli.CommandFailure;
import ssiplan.cli.Exit;
import ssiplan.cli.InstallationFiles;
import ssiplan.diagram.OffscreenDiagram;
import ssiplan.diagram.decorations.ProblemSource;
import ssiplan.model.Installation;

/**
 * {@code ssiplan export diagram FILE -o OUT.png|.svg}: the topology diagram as an image, laid out as
 * saved in {@code FILE.layout} (or by ELK when there is none). Contributed to the CLI through the
 * {@code ssiplan.cli.commands} extension point because it needs SWT (and a display: use xvfb-run).
 */
@Command(name = "diagram", mixinStandardHelpOptions = true,
		description = "Writes the topology diagram of an installation as PNG or SVG (needs a display; on a headless machine run under xvfb-run).")
public final class ExportDiagramCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE", description = "The installation (.ssiplan).")
	private Path file;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT", description = "The image to write: OUT.png or OUT.svg.")
	private Path output;

	private OffscreenDiagram open(Display display, Installation installation) {
		try {
			return new OffscreenDiagram(display, installation, file, ssiplan.diagram.DefaultProblems.source());
		} catch (IOException e) {
			throw CommandFailure.unreadable(e.getMessage() + " (delete or fix it to lay the diagram out afresh)");
		}
	}

	@Override
	public Integer call() {
		String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
		if (!name.endsWith(".png") && !name.endsWith(".svg")) {
			throw CommandFailure.unreadable(output + ": the image format follows the extension; use .png or .svg");
		}
		Installation installation = InstallationFiles.load(file);
		Display display;
		boolean ownDisplay = Display.getCurrent() == null;
		try {
			display = ownDisplay ? new Display() : Display.getCurrent();
		} catch (SWTError | UnsatisfiedLinkError e) {
			throw new CommandFailure(Exit.USAGE, "export diagram needs a display (" + e.getMessage()
					+ "); on a headless machine run: xvfb-run -a ./ssiplan export diagram " + file + " -o " + output, e);
		}
		try (OffscreenDiagram diagram = open(display, installation)) {
			diagram.write(output);
			var area = DiagramImages.extent(diagram.viewer());
			spec.commandLine().getOut().println("Wrote " + output + " (" + area.width + " x " + area.height + ")");
			spec.commandLine().getOut().flush();
		} catch (IOException e) {
			throw new CommandFailure(Exit.USAGE, output + ": cannot be written: " + e.getMessage(), e);
		} finally {
			if (ownDisplay) {
				display.dispose();
			}
		}
		return Exit.OK;
	}
}
