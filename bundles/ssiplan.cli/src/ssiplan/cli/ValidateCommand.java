package ssiplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ssiplan.model.Installation;
import ssiplan.model.ZvmRelease;
import ssiplan.model.format.ElementLabels;
import ssiplan.validation.Finding;
import ssiplan.validation.MemberLimit;
import ssiplan.validation.Rule;
import ssiplan.validation.RuleCatalogue;
import ssiplan.validation.ValidationOptions;
import ssiplan.validation.ValidationReport;

/**
 * {@code ssiplan validate FILE}: runs the rule catalogue. One finding per line
 * ({@code SEVERITY RULE-ID element: message}) and a summary, or {@code --json}. Exit 0 without errors,
 * 1 with errors, 2 when the file cannot be read or the options are wrong.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = { "Checks an installation against the rule catalogue (SSI, ISFC, CP_Owned, VSWITCH, LGR readiness, capacity).",
				"Exit 0: no errors (warnings allowed); 1: errors found; 2: unreadable file or bad options." })
public final class ValidateCommand implements Callable<Integer> {

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "the .ssiplan installation file")
	private Path file;

	@Option(names = "--json", description = "print the findings as a JSON array")
	private boolean json;

	@Option(names = "--list-rules", description = "print the rule catalogue (id, severity, description) instead of validating")
	private boolean listRules;

	@Option(names = "--release-limit", paramLabel = "RELEASE=N[,confirmed]",
			description = "maximum members at a z/VM release, e.g. 7.3=8 (unconfirmed) or 7.3=8,confirmed; overrides the planning settings")
	private List<String> releaseLimits = new ArrayList<>();

	@Option(names = "--overcommit", paramLabel = "RATIO",
			description = "memory over-commit limit (guest storage / real memory per member); overrides the planning settings")
	private Double overcommit;

	@Option(names = "--paging-use-limit", paramLabel = "FRACTION",
			description = "planned paging use limit, 0-1; overrides the planning settings")
	private Double pagingUseLimit;

	@Option(names = "--disable", split = ",", paramLabel = "RULE-ID", description = "leave out the findings of these rules")
	private List<String> disabled = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		RuleCatalogue catalogue = RuleCatalogue.standard();
		if (listRules) {
			printRules(out, catalogue);
			return Exit.OK;
		}
		if (file == null) {
			throw new CommandLine.ParameterException(spec.commandLine(), "Missing required parameter: 'FILE'");
		}
		ValidationOptions options = options(catalogue);
		Installation installation = InstallationFiles.load(file);
		ValidationReport report = catalogue.validate(installation, options);
		if (json) {
			JsonOutput.print(out, findingsJson(report));
		} else {
			for (Finding finding : report.findings()) {
				out.println(finding.severity() + " " + finding.ruleId() + " " + label(finding.element()) + ": " + finding.message());
			}
			out.println(file + ": " + report.summary());
			out.flush();
		}
		return report.hasErrors() ? Exit.NO : Exit.OK;
	}

	private ValidationOptions options(RuleCatalogue catalogue) {
		ValidationOptions.Builder builder = ValidationOptions.builder();
		try {
			if (overcommit != null) {
				builder.memoryOvercommitLimit(overcommit);
			}
		} catch (IllegalArgumentException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--overcommit: " + e.getMessage());
		}
		try {
			if (pagingUseLimit != null) {
				builder.pagingUseLimit(pagingUseLimit);
			}
		} catch (IllegalArgumentException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--paging-use-limit: " + e.getMessage());
		}
		for (String limit : releaseLimits) {
			parseReleaseLimit(builder, limit);
		}
		for (String id : disabled) {
			if (catalogue.rule(id.strip()).isEmpty()) {
				throw new CommandLine.ParameterException(spec.commandLine(), "--disable: no rule '" + id
						+ "' in the catalogue (see validate --list-rules)");
			}
			builder.disable(id.strip());
		}
		return builder.build();
	}

	private void parseReleaseLimit(ValidationOptions.Builder builder, String text) {
		String[] parts = text.split("=", 2);
		ZvmRelease release = parts.length == 2 ? ZvmRelease.get(parts[0].strip()) : null;
		String[] value = parts.length == 2 ? parts[1].split(",", 2) : new String[0];
		boolean confirmed = value.length == 2 && value[1].strip().equalsIgnoreCase("confirmed");
		if (release == null || value.length == 0 || (value.length == 2 && !confirmed)) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--release-limit '" + text
					+ "': expected RELEASE=N or RELEASE=N,confirmed with RELEASE one of " + ZvmRelease.VALUES.stream()
							.map(ZvmRelease::getLiteral).toList() + ", e.g. 7.3=8");
		}
		try {
			builder.memberLimit(release, new MemberLimit(Integer.parseInt(value[0].strip()), confirmed));
		} catch (IllegalArgumentException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), "--release-limit '" + text + "': the limit must be a"
					+ " whole number of members, at least 1");
		}
	}

	private void printRules(PrintWriter out, RuleCatalogue catalogue) {
		if (json) {
			ArrayNode rules = JsonNodeFactory.instance.arrayNode();
			for (Rule rule : catalogue.rules()) {
				ObjectNode node = rules.addObject();
				node.put("rule", rule.id());
				node.put("severity", rule.severity().name());
				node.put("description", rule.description());
				node.put("reference", rule.reference());
				node.put("quickFix", rule.quickFix().orElse(null));
			}
			JsonOutput.print(out, rules);
			return;
		}
		for (Rule rule : catalogue.rules()) {
			out.println(String.format(Locale.ROOT, "%-26s %-7s %s (%s)", rule.id(), rule.severity(), rule.description(), rule.reference()));
		}
		out.flush();
	}

	private static ArrayNode findingsJson(ValidationReport report) {
		ArrayNode findings = JsonNodeFactory.instance.arrayNode();
		for (Finding finding : report.findings()) {
			ObjectNode node = findings.addObject();
			node.put("rule", finding.ruleId());
			node.put("severity", finding.severity().name());
			node.set("element", element(finding.element()));
			ArrayNode related = node.putArray("related");
			finding.relatedElements().forEach(e -> related.add(element(e)));
			node.put("message", finding.message());
			node.put("quickFix", finding.quickFix().orElse(null));
		}
		return findings;
	}

	/** label, type, the element's id in the file (its xmi:id) and its containment path from the root. */
	private static ObjectNode element(EObject element) {
		ObjectNode node = JsonNodeFactory.instance.objectNode();
		if (element == null) {
			return node;
		}
		node.put("label", ElementLabels.of(element));
		node.put("type", element.eClass().getName());
		Resource resource = element.eResource();
		node.put("id", resource == null ? null : resource.getURIFragment(element));
		EObject root = EcoreUtil.getRootContainer(element);
		node.put("path", root == element ? "/" : "/" + EcoreUtil.getRelativeURIFragmentPath(root, element));
		return node;
	}

	private static String label(EObject element) {
		return element == null ? "(installation)" : ElementLabels.of(element);
	}
}
