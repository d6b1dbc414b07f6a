package ssiplan.model.derived;

import ssiplan.model.MachineType;

/**
 * IBM Z processor generations, oldest first. Enterprise and business-class models of one generation
 * (e.g. z15 T01 and T02) share an instruction set, so architecture is decided per generation.
 */
public enum MachineGeneration {
    Z10, Z196, ZEC12, Z13, Z14, Z15, Z16, Z17;

    public static MachineGeneration of(MachineType type) {
        return switch (type) {
            case Z10_EC, Z10_BC -> Z10;
            case Z196, Z114 -> Z196;
            case ZEC12, ZBC12 -> ZEC12;
            case Z13, Z13S -> Z13;
            case Z14, Z14_ZR1 -> Z14;
            case Z15, Z15_T02 -> Z15;
            case Z16, Z16_A02 -> Z16;
            case Z17 -> Z17;
        };
    }

    /** True when this generation is the same as or newer than {@code other}. */
    public boolean isAtLeast(MachineGeneration other) {
        return compareTo(other) >= 0;
    }
}
