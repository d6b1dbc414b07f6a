package ssiplan.diagram.view;

import ssiplan.model.Member;

/** The row of member-local volumes (sysres, paging, tdisk, user-local) drawn inside their member. */
public record MemberVolumes(Member member) {
}
