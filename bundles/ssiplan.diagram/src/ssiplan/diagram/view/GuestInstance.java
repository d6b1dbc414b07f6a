package ssiplan.diagram.view;

import ssiplan.model.Member;
import ssiplan.model.VirtualMachine;

/**
 * A guest as it runs on one member. A USER runs on its home member; an IDENTITY has one instance per
 * member it is built on, so the guest alone cannot identify a tile.
 */
public record GuestInstance(VirtualMachine guest, Member member) {
}
