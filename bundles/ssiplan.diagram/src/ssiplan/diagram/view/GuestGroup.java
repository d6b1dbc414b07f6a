package ssiplan.diagram.view;

import ssiplan.model.Member;

/** The guests running on one member: tiles, or one summary tile with a count when there are many. */
public record GuestGroup(Member member) {
}
