package ssiplan.cli;

import java.io.PrintWriter;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ssiplan.sysconfig.diagnostic.Diagnostic;
import ssiplan.sysconfig.diagnostic.Severity;

/** Prints diagnostics the way compilers do ({@code file:line:col: severity: message [rule]}) and counts them. */
public final class DiagnosticOutput {

	private DiagnosticOutput() {
	}

	/** Prints every diagnostic at or above {@code least}; returns the number of errors (all of them, printed or not). */
	public static int print(List<Diagnostic> diagnostics, Severity least, PrintWriter err) {
		int errors = 0;
		for (Diagnostic diagnostic : diagnostics) {
			if (diagnostic.severity() == Severity.ERROR) {
				errors++;
			}
			if (diagnostic.severity().ordinal() <= least.ordinal()) {
				err.println(diagnostic);
			}
		}
		err.flush();
		return errors;
	}

	public static long count(List<Diagnostic> diagnostics, Severity severity) {
		return diagnostics.stream().filter(d -> d.severity() == severity).count();
	}

	public static ArrayNode json(List<Diagnostic> diagnostics) {
		ArrayNode array = JsonOutput.object().arrayNode();
		for (Diagnostic d : diagnostics) {
			ObjectNode node = array.addObject();
			node.put("file", d.file());
			node.put("line", d.line());
			node.put("column", d.column());
			node.put("severity", d.severity().label());
			node.put("message", d.message());
			node.put("rule", d.ruleId());
		}
		return array;
	}
}
