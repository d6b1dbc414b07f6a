package ssiplan.validation.checks;

import static ssiplan.validation.Rules.NET_VSWITCH_DUPLICATE;
import static ssiplan.validation.Rules.SSI_QUALIFIER_MEMBER;
import static ssiplan.validation.Rules.SSI_STATEMENT_DUPLICATE;
import static ssiplan.validation.Rules.SSI_XLINK;
import static ssiplan.validation.Rules.SSI_XLINK_UNCONFIRMED;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ssiplan.model.ConfigStatement;
import ssiplan.model.Member;
import ssiplan.model.SsiCluster;
import ssiplan.model.VirtualSwitch;
import ssiplan.validation.Rule;

/**
 * SYSTEM CONFIG statements an import kept verbatim (the model does not interpret them): what they
 * can still break at model level, namely a second SSI statement (V1), XLINK/CSE statements beside SSI
 * (V10), a second DEFINE VSWITCH of a modelled switch (V13, reported as NET-VSWITCH-DUPLICATE), and a
 * qualifier naming no member.
 */
public final class ConfigStatementChecks implements Check {

    @Override
    public List<Rule> rules() {
        return List.of(SSI_STATEMENT_DUPLICATE, SSI_XLINK, SSI_XLINK_UNCONFIRMED, SSI_QUALIFIER_MEMBER);
    }

    @Override
    public void check(ValidationContext context) {
        for (SsiCluster cluster : context.installation().getClusters()) {
            if (cluster.getConfigStatements().isEmpty()) {
                continue;
            }
            String clusterName = Names.shown(cluster.getName(), "the cluster");
            Map<String, Member> members = new HashMap<>();
            cluster.getMembers().forEach(m -> members.put(Names.key(m.getName()), m));
            Map<String, VirtualSwitch> switches = new HashMap<>();
            cluster.getVirtualSwitches().forEach(s -> switches.putIfAbsent(Names.key(s.getName()), s));
            for (ConfigStatement statement : cluster.getConfigStatements()) {
                List<String> words = words(statement.getText());
                String keyword = Names.key(statement.getKeyword());
                if (keyword.isEmpty() && !words.isEmpty()) {
                    keyword = words.get(0);
                }
                String shown = firstLine(statement);
                String qualifier = Names.key(statement.getQualifier());
                if (!qualifier.isEmpty() && !members.containsKey(qualifier)) {
                    context.report(SSI_QUALIFIER_MEMBER, statement, "kept statement '" + shown + "' is qualified for "
                            + qualifier + ", which is not a member of " + clusterName
                            + ": correct the qualifier or delete the statement");
                }
                if (keyword.equals("SSI")) {
                    context.report(SSI_STATEMENT_DUPLICATE, statement, "kept statement '" + shown + "' is a second SSI"
                            + " statement; CP honours only the first and " + clusterName + " already defines it: delete it",
                            "delete the kept SSI statement", List.of(cluster));
                } else if (keyword.equals("XLINK_SYSTEM_EXCLUDE")) {
                    context.report(SSI_XLINK, statement, "kept statement '" + shown + "' may not be coded together with the"
                            + " SSI statement of " + clusterName + ": delete it (the SSI cluster manages its DASD sharing)",
                            "delete the kept XLINK_SYSTEM_EXCLUDE statement", List.of(cluster));
                } else if (keyword.startsWith("XLINK_")) {
                    context.report(SSI_XLINK_UNCONFIRMED, statement, "kept statement '" + shown + "' is a CSE/XLINK"
                            + " statement, which probably may not be coded with SSI [unconfirmed]: check and delete it");
                } else if (keyword.startsWith("DEF") && words.size() > 2 && words.get(0).startsWith("DEF")
                        && words.get(1).equals("VSWITCH") && switches.containsKey(words.get(2))) {
                    context.report(NET_VSWITCH_DUPLICATE, statement, "kept statement '" + shown + "' defines VSWITCH "
                            + words.get(2) + " again; CP keeps the first DEFINE and rejects this one: delete it",
                            null, List.of(switches.get(words.get(2))));
                }
            }
        }
    }

    /** Upper-case words of the statement, qualifier and comments dropped. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String plain = text.replaceAll("(?s)/\\*.*?(\\*/|$)", " ").replace(',', ' ').strip();
        int colon = plain.indexOf(':');
        if (colon > 0 && colon <= 9 && !plain.substring(0, colon).isBlank() && plain.substring(0, colon).strip().matches("\\S+")) {
            plain = plain.substring(colon + 1);
        }
        return List.of(plain.strip().toUpperCase(java.util.Locale.ROOT).split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
    }

    private static String firstLine(ConfigStatement statement) {
        String text = statement.getText() == null ? Names.shown(statement.getKeyword(), "?") : statement.getText().strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline).strip() + " ...";
    }
}
