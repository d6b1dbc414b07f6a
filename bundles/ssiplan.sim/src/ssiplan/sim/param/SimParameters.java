package ssiplan.sim.param;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalogue of every constant the runtime uses. Code reads values only through
 * {@link Parameters#get(ParameterDef)} with one of these definitions, so a planner can see and
 * override each of them per installation by name.
 */
public final class SimParameters {

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final Map<String, ParameterDef> BY_NAME = new TreeMap<>();

    // ---- ISFC: channel rates and link efficiency -------------------------------------------

    public static final ParameterDef CHPID_RATE_1G = define("isfc.chpidRate.1Gbps", 100, "MB/s", 1, INF, "[C]",
            "1 Gb/s Fibre Channel line rate, one direction (8b/10b: 100 MB/s).");
    public static final ParameterDef CHPID_RATE_2G = define("isfc.chpidRate.2Gbps", 200, "MB/s", 1, INF, "[C]",
            "2 Gb/s (FICON Express/Express2) line rate, one direction.");
    public static final ParameterDef CHPID_RATE_4G = define("isfc.chpidRate.4Gbps", 400, "MB/s", 1, INF, "[C]",
            "4 Gb/s (FICON Express4): 400 MB/s nominal one direction per fibre (reference section 5).");
    public static final ParameterDef CHPID_RATE_8G = define("isfc.chpidRate.8Gbps", 800, "MB/s", 1, INF, "[U]",
            "8 Gb/s (FICON Express8/8S): general FC line rate; no LGR-specific figure published.");
    public static final ParameterDef CHPID_RATE_16G = define("isfc.chpidRate.16Gbps", 1600, "MB/s", 1, INF, "[U]",
            "16 Gb/s (FICON Express16S/16SA): general FC line rate.");
    public static final ParameterDef CHPID_RATE_32G = define("isfc.chpidRate.32Gbps", 3200, "MB/s", 1, INF, "[U]",
            "32 Gb/s (FICON Express32S, z16): general FC line rate.");
    public static final ParameterDef CHPID_EFFICIENCY = define("isfc.chpidEfficiency", 0.85, "fraction", 0.01, 1, "[U]",
            "Share of the line rate ISFC reaches on a full CHPID: FICON Express 2 Gb measured about 170 of 200 MB/s. "
                    + "IBM says ISFC in 6.2 can fill a CHPID's fibre [C].");
    public static final ParameterDef MIXED_SPEED_EFFICIENCY = define("isfc.mixedSpeedEfficiency", 0.8, "fraction", 0.01, 1, "[U]",
            "Penalty when one logical link mixes CHPID speeds. IBM advises against mixing because the link runs "
                    + "less efficiently [C]; the size of the loss is not published.");
    public static final ParameterDef CTCS_TO_FILL_CHPID = define("isfc.ctcsToFillChpid", 4, "devices", 1, 16, "[C]",
            "About 4 FCTC devices per FICON channel fill it (6.2 link sizing advice); fewer devices reach "
                    + "a proportional share of the channel.");

    // ---- LGR: pre-copy, quiesce and limits -------------------------------------------------

    public static final ParameterDef PAGE_BYTES = define("lgr.pageBytes", 4096, "bytes", 4096, 4096, "[C]",
            "LGR moves 4 KiB pages (IBM page arithmetic: 887k pages = 3543 MiB).");
    public static final ParameterDef MAX_PASSES = define("lgr.maxPasses", 16, "passes", 3, 1000, "[U]",
            "Total memory passes including the two quiesced ones; recollection puts CP's limit near 16.");
    public static final ParameterDef SHRINK_RATIO = define("lgr.shrinkRatio", 0.9, "fraction", 0.01, 1, "[U]",
            "Pre-copy stops when the next pass would send at least this share of the pass just sent "
                    + "(no longer shrinking). At 1.0 it stops only when a pass does not shrink at all. Reference section 4 suggests 0.9.");
    public static final ParameterDef STOP_THRESHOLD_PAGES = define("lgr.stopThresholdPages", 2048, "pages", 0, INF, "[U]",
            "Pre-copy stops when the dirty set is this small (8 MiB): sending it stopped costs well under a second.");
    public static final ParameterDef STATE_TRANSFER_SECONDS = define("lgr.stateTransferSeconds", 0.1, "s", 0, INF, "[U]",
            "Fixed part of moving the virtual machine's state while quiesced (runs alongside the penultimate pass).");
    public static final ParameterDef DEVICE_TRANSFER_SECONDS = define("lgr.deviceTransferSeconds", 0.005, "s", 0, INF, "[U]",
            "Extra state-transfer time per virtual device and NIC moved.");
    public static final ParameterDef FINAL_PASS_RESIDUAL = define("lgr.finalPassResidualFraction", 0.02, "fraction", 0, 1, "[U]",
            "Pages still changed by completing I/O during the penultimate (stopped) pass, as a share of what the "
                    + "guest would have dirtied had it run; they make up the final pass.");
    public static final ParameterDef ELIGIBILITY_SECONDS = define("lgr.eligibilityCheckSeconds", 0.05, "s", 0, INF, "[U]",
            "Eligibility exchange plus creating the skeleton virtual machine on the destination.");
    public static final ParameterDef MAX_QUIESCE_SECONDS = define("lgr.maxQuiesceSeconds", 10, "s", 1, INF, "[U]",
            "VMRELOCATE MAXQUIESCE default (10 s, widely cited; range 1-99999999). Infinity = NOLIMIT.");
    public static final ParameterDef MAX_TOTAL_SECONDS = define("lgr.maxTotalSeconds", INF, "s", 1, INF, "[U]",
            "VMRELOCATE MAXTOTAL default: NOLIMIT.");
    public static final ParameterDef PAGING_SAFE_USE = define("lgr.pagingSafeUseFraction", 0.9, "fraction", 0.01, 1, "[U]",
            "Soft storage check (FORCE STORAGE overrides): the destination's paging space must stay below this "
                    + "share in use after the guest arrives. IBM's formula is not published.");
    public static final ParameterDef DIRTY_RATE_JITTER = define("lgr.dirtyRateJitter", 0, "fraction", 0, 1, "[U]",
            "Random +/- variation of a guest's dirty rate per pass (drawn from the run's seed); 0 = the closed form.");

    // ---- SSI cluster -----------------------------------------------------------------------

    public static final ParameterDef IPL_SECONDS = define("member.iplSeconds", 120, "s", 0, INF, "[U]",
            "From IPL to the member asking to join (CP initialisation, PDR read); site-dependent.");
    public static final ParameterDef JOIN_SECONDS = define("member.joinSeconds", 20, "s", 0, INF, "[U]",
            "JOINING state: SSI services exchange user, MAC and minidisk-link lists with every joined member.");
    public static final ParameterDef LEAVE_SECONDS = define("member.leaveSeconds", 20, "s", 0, INF, "[U]",
            "LEAVING state after the member's guests are down, before the PDR shows it DOWN.");
    public static final ParameterDef HEARTBEAT_INTERVAL = define("ssi.heartbeatIntervalSeconds", 5, "s", 0.001, INF, "[U]",
            "How often a running member writes its PDR heartbeat; not published.");
    public static final ParameterDef HEARTBEAT_TIMEOUT = define("ssi.heartbeatTimeoutSeconds", 30, "s", 0.001, INF, "[U]",
            "How stale a heartbeat may get before the other members treat the member as UNKNOWN.");

    // ---- Guests ----------------------------------------------------------------------------

    public static final ParameterDef GUEST_BOOT_SECONDS = define("guest.bootSeconds", 60, "s", 0, INF, "[U]",
            "Logon to the Linux guest being in service again.");
    public static final ParameterDef GUEST_SHUTDOWN_SECONDS = define("guest.shutdownSeconds", 30, "s", 0, INF, "[U]",
            "SIGNAL SHUTDOWN to logoff: a Linux guest's orderly shutdown.");

    // ---- Capacity ----------------------------------------------------------------------------

    public static final ParameterDef MEMORY_OVERCOMMIT_LIMIT = define("capacity.memoryOvercommitLimit", 2.0, "ratio", 0.1, INF, "[U]",
            "Defined guest storage per byte of real memory above which a member counts as over-committed; "
                    + "a common Linux-on-Z planning ceiling.");
    public static final ParameterDef CPU_LIMIT = define("capacity.cpuLimit", 1.0, "fraction", 0.01, INF, "[U]",
            "Share of a member's processor capacity that guest demand may use before it is a violation.");

    // ---- Scenarios (operator pacing) ---------------------------------------------------------

    public static final ParameterDef OPERATOR_REACTION_SECONDS = define("scenario.operatorReactionSeconds", 60, "s", 0, INF, "[U]",
            "Time an operator (or automation) takes to act on an unplanned event, e.g. to stop a member that lost its ISFC links.");
    public static final ParameterDef LOGON_INTERVAL_SECONDS = define("scenario.logonIntervalSeconds", 1, "s", 0, INF, "[U]",
            "Spacing of the XAUTOLOGs of a restart sequence (DR, member failure), so guests come up in criticality order.");
    public static final ParameterDef SEVER_MIRRORING_SECONDS = define("scenario.severMirroringSeconds", 300, "s", 0, INF, "[U]",
            "Severing DASD mirroring (making the recovery site's volumes writable) before its members can IPL; site-dependent.");

    private SimParameters() {
    }

    private static ParameterDef define(String name, double def, String unit, double min, double max, String status,
            String rationale) {
        ParameterDef p = new ParameterDef(name, def, unit, min, max, status, rationale);
        if (BY_NAME.put(name, p) != null) {
            throw new IllegalStateException("duplicate parameter " + name);
        }
        return p;
    }

    /** Every parameter, sorted by name. */
    public static List<ParameterDef> all() {
        return List.copyOf(BY_NAME.values());
    }

    /** The definition with that name, or null. */
    public static ParameterDef byName(String name) {
        return BY_NAME.get(name);
    }

    /** The line-rate parameter for a CHPID speed, or null when the speed is not a FICON speed. */
    public static ParameterDef chpidRateFor(int gbps) {
        return switch (gbps) {
            case 1 -> CHPID_RATE_1G;
            case 2 -> CHPID_RATE_2G;
            case 4 -> CHPID_RATE_4G;
            case 8 -> CHPID_RATE_8G;
            case 16 -> CHPID_RATE_16G;
            case 32 -> CHPID_RATE_32G;
            default -> null;
        };
    }
}
