package ssiplan.diagram.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ssiplan.diagram.InstallationEditor;
import ssiplan.diagram.parts.GuestPart;
import ssiplan.diagram.parts.MemberPart;
import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.SsiplanPackage.Literals;
import ssiplan.model.examples.SyntheticInstallations;

/**
 * Benchmark, not a test of speed: prints how long opening {@code generate --members 8 --guests 2000}
 * takes in the editor (load, figures, ELK first layout, first paint) and one animation-sized repaint
 * (one member's state colour). Figures go to stdout and target/test-output/diagram-bench.txt.
 */
class DiagramBench {

	private static final int ROUNDS = 5;

	@TempDir
	Path dir;

	@Test
	void openAndFirstLayoutOfEightMembersTwoThousandGuests() throws Exception {
		Installation generated = SyntheticInstallations.generate(8, 2000, 1L);
		Path file = Workbench.save(generated, dir.resolve("synthetic.ssiplan"));
		List<Double> opens = new ArrayList<>();
		List<Double> repaints = new ArrayList<>();
		List<Double> refreshes = new ArrayList<>();
		int figures = 0;
		for (int round = 0; round < ROUNDS + 1; round++) {
			long start = System.nanoTime();
			InstallationEditor editor = Workbench.open0(file);
			Control canvas = editor.getViewer().getControl();
			canvas.update(); // first paint done
			double open = (System.nanoTime() - start) / 1e6;
			figures = editor.getViewer().getEditPartRegistry().size();

			Member member = editor.getInstallation().getClusters().get(0).getMembers().get(3);
			MemberPart part = (MemberPart) editor.getViewer().getEditPartRegistry().get(member);
			for (int i = 0; i < 10; i++) {
				MemberState next = i % 2 == 0 ? MemberState.LEAVING : MemberState.JOINED;
				long t = System.nanoTime();
				member.setInitialState(next); // what an animation step does: one attribute of one element
				part.getFigure().getUpdateManager().performUpdate();
				canvas.update();
				double repaint = (System.nanoTime() - t) / 1e6;
				long r = System.nanoTime();
				editor.getDiagram().refreshNow(); // the coalesced full pass that follows (structure + decorations)
				double refresh = (System.nanoTime() - r) / 1e6;
				if (round > 0) {
					repaints.add(repaint);
					refreshes.add(refresh);
				}
			}
			editor.getEditingDomain().getCommandStack().execute(
					SetCommand.create(editor.getEditingDomain(), member, Literals.MEMBER__INITIAL_STATE, MemberState.JOINED));
			Workbench.close(editor);
			if (round > 0) {
				opens.add(open); // round 0 warms up class loading and the JIT
			}
		}
		String report = String.format(Locale.ROOT,
				"diagram bench: generate --members 8 --guests 2000 (%d edit parts, guests aggregated per member)%n"
						+ "  open + first ELK layout + first paint: median %.0f ms (min %.0f, max %.0f, %d rounds after warm-up)%n"
						+ "  one member state colour repaint:       median %.2f ms (max %.2f)%n"
						+ "  full coalesced refresh + validation:   median %.1f ms (max %.1f)%n",
				figures, median(opens), Collections.min(opens), Collections.max(opens), opens.size(),
				median(repaints), Collections.max(repaints), median(refreshes), Collections.max(refreshes));
		System.out.print(report);
		Files.writeString(Workbench.output("diagram-bench.txt"), report);
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}

	static int guests(InstallationEditor editor) {
		return Workbench.parts(editor, GuestPart.class).size();
	}
}
