package ssiplan.sysconfig.config;

/** A piece of a SYSTEM CONFIG file in file order: a statement, or comment/blank records between statements. */
public sealed interface SystemConfigPart permits Statement, CommentRecords {
}
