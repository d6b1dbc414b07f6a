package ssiplan.sysconfig.directory;

/** One record of a USER DIRECT file: a statement, or a comment/blank record. */
public sealed interface DirectoryLine permits DirectoryStatement, DirectoryComment {
}
