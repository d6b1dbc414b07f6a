package ssiplan.model.tests.examples;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ssiplan.model.IdentityEntry;
import ssiplan.model.Installation;
import ssiplan.model.Member;
import ssiplan.model.MemberState;
import ssiplan.model.SsiCluster;
import ssiplan.model.Subconfig;
import ssiplan.model.UserEntry;
import ssiplan.model.VirtualMachine;
import ssiplan.model.examples.Examples;

/**
 * The examples are healthy plans at plan start: every logged-on machine states its CPU demand, each
 * member's machines use at most 70 % of its logical processors, and a cluster of three or more members
 * still fits its whole demand on the others while its busiest member is out (rolling maintenance).
 */
class ExampleCpuDemandTest {

    static Iterable<String> names() {
        return Examples.names();
    }

    @ParameterizedTest
    @MethodSource("names")
    void membersHaveCpuHeadroomAtPlanStart(String name) {
        Installation installation = Examples.create(name);
        for (SsiCluster cluster : installation.getClusters()) {
            Map<Member, Double> demand = demandByMember(cluster);
            double total = 0;
            double engines = 0;
            double busiest = 0;
            Member busiestMember = null;
            for (Map.Entry<Member, Double> e : demand.entrySet()) {
                Member member = e.getKey();
                assertNotNull(member.getLpar(), name + " " + member.getName() + " is joined and has an LPAR");
                int processors = member.getLpar().getLogicalProcessors();
                assertTrue(e.getValue() <= 0.70 * processors, String.format(Locale.ROOT, "%s %s: %.2f engines of %d logical processors",
                        name, member.getName(), e.getValue(), processors));
                total += e.getValue();
                engines += processors;
                if (e.getValue() > busiest) {
                    busiest = e.getValue();
                    busiestMember = member;
                }
            }
            if (demand.size() >= 3) {
                double rest = engines - busiestMember.getLpar().getLogicalProcessors();
                assertTrue(total <= rest, String.format(Locale.ROOT, "%s: %.2f engines fit on the %.0f left with %s out", name, total, rest,
                        busiestMember.getName()));
            }
        }
    }

    /** Joined members and the CPU demand of what is logged on to them; every machine has a workload. */
    private static Map<Member, Double> demandByMember(SsiCluster cluster) {
        Map<Member, Double> demand = new LinkedHashMap<>();
        for (Member member : cluster.getMembers()) {
            if (member.getInitialState() == MemberState.JOINED) {
                demand.put(member, 0.0);
            }
        }
        for (VirtualMachine vm : cluster.getVirtualMachines()) {
            if (vm instanceof UserEntry user && user.getHomeMember() != null && demand.containsKey(user.getHomeMember())) {
                demand.merge(user.getHomeMember(), cpu(vm), Double::sum);
            } else if (vm instanceof IdentityEntry identity) {
                for (Subconfig s : identity.getSubconfigs()) {
                    if (s.isLoggedOn() && demand.containsKey(s.getMember())) {
                        demand.merge(s.getMember(), cpu(vm), Double::sum);
                    }
                }
            }
        }
        return demand;
    }

    private static double cpu(VirtualMachine vm) {
        assertNotNull(vm.getWorkload(), vm.getUserid() + " states its workload");
        assertTrue(vm.getWorkload().getCpuDemand() > 0, vm.getUserid() + " states its CPU demand");
        return vm.getWorkload().getCpuDemand();
    }
}
