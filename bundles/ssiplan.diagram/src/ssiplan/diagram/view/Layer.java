package ssiplan.diagram.view;

/** What the user can show or hide on the diagram (Sirius calls these layers). */
public enum Layer {
	/** ISFC links and CHPIDs; CECs, LPARs and members are always drawn. */
	TOPOLOGY("Topology"),
	/** Shared DASD pool, member-local volumes, mirrored pairs. */
	STORAGE("Storage"),
	/** Virtual switches, OSA devices, uplinks. */
	NETWORK("Network"),
	/** Guest tiles inside their members. */
	GUESTS("Guests");

	private final String label;

	Layer(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
