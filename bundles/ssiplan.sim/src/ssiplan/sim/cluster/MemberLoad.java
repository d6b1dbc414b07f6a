package ssiplan.sim.cluster;

import ssiplan.sim.engine.Engine;
import ssiplan.sim.param.Parameters;
import ssiplan.sim.param.SimParameters;
import ssiplan.sim.snapshot.GuestSnapshot;
import ssiplan.sim.trace.Trace;
import ssiplan.sim.trace.TraceEvent.CapacitySample;
import ssiplan.sim.trace.TraceEvent.Violation;

/**
 * Keeps each member's load (guests, storage, CPU) as guests come and go, samples it into the
 * trace on every change (the load is a step function, so this is exact), and reports
 * over-commitment and anti-affinity when they begin.
 */
public final class MemberLoad {

    private final Engine engine;
    private final Trace trace;
    private final long pageBytes;
    private final double overcommitLimit;
    private final double cpuLimit;

    public MemberLoad(Engine engine, Trace trace, Parameters p) {
        this.engine = engine;
        this.trace = trace;
        this.pageBytes = (long) p.get(SimParameters.PAGE_BYTES);
        this.overcommitLimit = p.get(SimParameters.MEMORY_OVERCOMMIT_LIMIT);
        this.cpuLimit = p.get(SimParameters.CPU_LIMIT);
    }

    /** Frames a guest occupies: its touched pages. */
    public long footprint(GuestSnapshot g) {
        return g.touchedPages() * pageBytes;
    }

    void arrive(Guest g, Member m) {
        arrive(g, m, 0);
    }

    /** The guest lands on {@code m}, taking over {@code reserved} bytes set aside for it, in one change. */
    void arrive(Guest g, Member m, long reserved) {
        GuestSnapshot s = g.snapshot();
        m.reservedBytes -= reserved;
        m.guests++;
        m.definedStorage += s.storageBytes();
        m.usedBytes += footprint(s);
        m.cpuDemand += s.cpuDemand();
        String group = s.antiAffinityGroup();
        if (group != null) {
            int before = m.antiAffinity.merge(group, 1, Integer::sum) - 1;
            if (before > 0) {
                trace.add(new Violation(engine.now(), "ANTI_AFFINITY", g.userid(), g.userid() + " runs on " + m.name()
                        + " with " + before + " other guest(s) of anti-affinity group " + group));
            }
        }
        changed(m);
    }

    void depart(Guest g, Member m) {
        GuestSnapshot s = g.snapshot();
        m.guests--;
        m.definedStorage -= s.storageBytes();
        m.usedBytes -= footprint(s);
        m.cpuDemand -= s.cpuDemand();
        if (m.guests == 0) {
            m.cpuDemand = 0; // no drift from adding and removing doubles
        }
        String group = s.antiAffinityGroup();
        if (group != null) {
            m.antiAffinity.merge(group, -1, Integer::sum);
        }
        changed(m);
    }

    /** Storage set aside on a destination while a guest relocates there. */
    public void reserve(Member m, long bytes) {
        m.reservedBytes += bytes;
        changed(m);
    }

    public void release(Member m, long bytes) {
        m.reservedBytes -= bytes;
        changed(m);
    }

    /** Writes the member's current load to the trace (also used for the initial samples). */
    public void sample(Member m) {
        trace.add(new CapacitySample(engine.now(), m.name(), m.guests, m.definedStorage, m.usedBytes(),
                m.snapshot().realBytes(), m.snapshot().pagingBytes(), Math.round(m.cpuDemand * 1000),
                Math.round(m.snapshot().processors() * 1000)));
    }

    private void changed(Member m) {
        sample(m);
        double real = m.snapshot().realBytes();
        boolean memOver = m.definedStorage > overcommitLimit * real;
        if (memOver && !m.memoryOvercommitted) {
            trace.add(new Violation(engine.now(), "MEMORY_OVERCOMMIT", m.name(), String.format(java.util.Locale.ROOT,
                    "%s: guests define %d MiB, more than %s x its %d MiB real memory", m.name(),
                    m.definedStorage >> 20, ssiplan.sim.trace.TraceJson.formatParameter(overcommitLimit),
                    m.snapshot().realBytes() >> 20)));
        }
        m.memoryOvercommitted = memOver;
        boolean cpuOver = m.cpuDemand > cpuLimit * m.snapshot().processors() + 1e-9;
        if (cpuOver && !m.cpuOvercommitted) {
            trace.add(new Violation(engine.now(), "CPU_OVERCOMMIT", m.name(), String.format(java.util.Locale.ROOT,
                    "%s: guests demand %.3f engines of its %.3f", m.name(), m.cpuDemand, m.snapshot().processors())));
        }
        m.cpuOvercommitted = cpuOver;
    }
}
