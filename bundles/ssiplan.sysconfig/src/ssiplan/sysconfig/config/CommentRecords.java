package ssiplan.sysconfig.config;

import ssiplan.sysconfig.syntax.SourceSpan;

/** Consecutive records between statements holding only comments or blanks; kept verbatim. */
public record CommentRecords(SourceSpan source) implements SystemConfigPart {
}
