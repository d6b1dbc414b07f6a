package ssiplan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.cli.SsiplanCommand;
import ssiplan.model.examples.Examples;

/** {@code ssiplan export diagram FILE -o OUT}: contributed through ssiplan.cli.commands, run as the CLI runs it. */
class ExportDiagramCommandTest {

	@TempDir
	Path dir;

	private record Run(int exit, String out, String err) {
	}

	private static Run run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = SsiplanCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
		return new Run(exit, out.toString(), err.toString());
	}

	@Test
	void writesPngAndSvgOfAnExample() throws Exception {
		Path model = Workbench.save(Examples.create("dr-two-sites"), dir.resolve("dr.ssiplan"));
		Path png = Workbench.output("cli-dr-two-sites.png");
		Run run = run("export", "diagram", model.toString(), "-o", png.toString());
		assertEquals(0, run.exit(), run.toString());
		assertTrue(run.out().startsWith("Wrote " + png), run.out());
		ImageData image = new ImageLoader().load(png.toString())[0];
		assertTrue(run.out().contains("(" + image.width + " x " + image.height + ")"), run.out());
		assertTrue(image.width > 600 && image.height > 300, image.width + "x" + image.height);

		Path svg = dir.resolve("dr.svg");
		Run svgRun = run("export", "diagram", model.toString(), "-o", svg.toString());
		assertEquals(0, svgRun.exit(), svgRun.toString());
		assertTrue(Files.readString(svg).contains("<svg"), "an SVG document");
	}

	@Test
	void refusesAnUnknownFormatAndAMissingFile() {
		Run format = run("export", "diagram", dir.resolve("x.ssiplan").toString(), "-o", dir.resolve("x.jpg").toString());
		assertEquals(2, format.exit(), format.toString());
		assertTrue(format.err().contains("use .png or .svg"), format.err());
		Run missing = run("export", "diagram", dir.resolve("missing.ssiplan").toString(), "-o", dir.resolve("x.png").toString());
		assertEquals(2, missing.exit(), missing.toString());
		assertTrue(missing.err().contains("missing.ssiplan"), missing.err());
	}
}
