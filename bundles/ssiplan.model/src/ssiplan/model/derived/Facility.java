package ssiplan.model.derived;

/**
 * Hardware facilities that differ between IBM Z generations and therefore fence relocation: a guest
 * sees only its relocation domain's common facilities, and moving it to a member that lacks one needs
 * FORCE ARCHITECTURE [C].
 *
 * <p>Which facility arrived with which generation is <b>[U]</b>: recalled, not confirmed (reference §7).
 * z/VM really derives its architecture description from STFLE bits, crypto and CPU features, and
 * exposes only some facilities to guests. The list is coarse on purpose: it distinguishes the
 * generations, which is what planning needs. z17 additions are not known.
 */
public enum Facility {
    /** Baseline every generation here has. */
    Z_ARCHITECTURE(MachineGeneration.Z10),
    GENERAL_INSTRUCTIONS_EXTENSION(MachineGeneration.Z10),
    EDAT_1(MachineGeneration.Z10),
    /** The one example IBM names for domain fencing [C]. */
    FLOATING_POINT_EXTENSION(MachineGeneration.Z196),
    DISTINCT_OPERANDS(MachineGeneration.Z196),
    HIGH_WORD(MachineGeneration.Z196),
    INTERLOCKED_ACCESS_1(MachineGeneration.Z196),
    LOAD_STORE_ON_CONDITION(MachineGeneration.Z196),
    POPULATION_COUNT(MachineGeneration.Z196),
    FAST_BCR_SERIALIZATION(MachineGeneration.Z196),
    TRANSACTIONAL_EXECUTION(MachineGeneration.ZEC12),
    MISC_INSTRUCTION_EXTENSIONS(MachineGeneration.ZEC12),
    EDAT_2(MachineGeneration.ZEC12),
    RUNTIME_INSTRUMENTATION(MachineGeneration.ZEC12),
    /** SIMD; given to guests from z/VM 6.3 with an APAR, or 6.4. */
    VECTOR(MachineGeneration.Z13),
    VECTOR_ENHANCEMENTS_1(MachineGeneration.Z14),
    GUARDED_STORAGE(MachineGeneration.Z14),
    INSTRUCTION_EXECUTION_PROTECTION(MachineGeneration.Z14),
    MSA_8(MachineGeneration.Z14),
    VECTOR_ENHANCEMENTS_2(MachineGeneration.Z15),
    DEFLATE_CONVERSION(MachineGeneration.Z15),
    SORTL(MachineGeneration.Z15),
    MISC_INSTRUCTION_EXTENSIONS_3(MachineGeneration.Z15),
    MSA_9(MachineGeneration.Z15),
    NEURAL_NETWORK_PROCESSING_ASSIST(MachineGeneration.Z16),
    VECTOR_PACKED_DECIMAL_ENHANCEMENTS_2(MachineGeneration.Z16),
    BEAR_ENHANCEMENT(MachineGeneration.Z16);

    private final MachineGeneration introducedWith;

    Facility(MachineGeneration introducedWith) {
        this.introducedWith = introducedWith;
    }

    /** The first generation that offers this facility [U]. */
    public MachineGeneration introducedWith() {
        return introducedWith;
    }
}
