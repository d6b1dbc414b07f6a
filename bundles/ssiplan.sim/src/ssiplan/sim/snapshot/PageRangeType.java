package ssiplan.sim.snapshot;

/** DCSS page-range types (DEFSEG/DEFSYS). The exclusive ones belong to one guest and cannot be moved. */
public enum PageRangeType {
    EW, EN, ER, SW, SN, SR, SC;

    public boolean exclusive() {
        return this == EW || this == EN || this == ER;
    }
}
