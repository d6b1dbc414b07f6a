package ssiplan.sysconfig.config;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import ssiplan.sysconfig.syntax.SourceSpan;
import ssiplan.sysconfig.syntax.Token;

/**
 * One logical SYSTEM CONFIG statement: all its continuation records joined, comments removed.
 *
 * <p>A statement read from a file keeps its {@link #source()} (position and verbatim records); the
 * writer copies those records back unchanged, so statements SSI Planner does not model, and modelled
 * ones nobody changed, diff clean. Every {@code with...} method returns a statement without a source,
 * which the writer formats afresh. That is the contract the model mapping relies on: build statements
 * with {@link #of}, or take read ones and replace what the model changed.
 *
 * @param kind            the recognised statement, or {@link StatementKind#UNMODELLED}
 * @param keyword         normalised keyword: {@code DEFINE VSWITCH}, or the upper-cased first word of
 *                        an unmodelled statement
 * @param qualifier       the member it applies to (own or from a BEGIN block), or null for all members
 * @param operands        the words after the keyword(s), commas and comments removed
 * @param trailingComment text of the comment after the statement's last word, without the delimiters,
 *                        or null
 * @param source          where it was read, or null for a statement built or changed by a program
 */
public record Statement(StatementKind kind, String keyword, Qualifier qualifier, List<Token> operands,
        String trailingComment, SourceSpan source) implements SystemConfigPart {

    public Statement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(keyword, "keyword");
        operands = List.copyOf(operands);
    }

    /** A new statement of a recognised kind, to be formatted by the writer. */
    public static Statement of(StatementKind kind, String... operands) {
        if (kind == StatementKind.UNMODELLED) {
            throw new IllegalArgumentException("use unmodelled(keyword, ...) for statements without a kind");
        }
        return new Statement(kind, kind.keyword(), null, tokens(operands), null, null);
    }

    /** A new statement SSI Planner does not model, e.g. one a user typed into a free-form section. */
    public static Statement unmodelled(String keyword, String... operands) {
        return new Statement(StatementKind.UNMODELLED, keyword, null, tokens(operands), null, null);
    }

    private static List<Token> tokens(String... operands) {
        return Arrays.stream(operands).map(Token::generated).toList();
    }

    public Statement withQualifier(String member) {
        return new Statement(kind, keyword, member == null ? null : Qualifier.of(member), operands, trailingComment, null);
    }

    public Statement withOperands(String... newOperands) {
        return new Statement(kind, keyword, qualifier, tokens(newOperands), trailingComment, null);
    }

    public Statement withTrailingComment(String comment) {
        return new Statement(kind, keyword, qualifier, operands, comment, null);
    }

    /** The same statement without its source, so that a writer formats it instead of copying it. */
    public Statement detached() {
        return new Statement(kind, keyword, qualifier, operands, trailingComment, null);
    }

    public boolean isModelled() {
        return kind != StatementKind.UNMODELLED;
    }

    public boolean isQualified() {
        return qualifier != null;
    }

    /** True when the writer will copy the original records rather than format the statement. */
    public boolean isVerbatim() {
        return source != null;
    }

    public List<String> operandTexts() {
        return operands.stream().map(Token::text).toList();
    }

    /** Line of the statement's first word (its qualifier, if written), 0 for a built statement. */
    public int line() {
        return source == null ? 0 : source.line();
    }

    public int column() {
        return source == null ? 0 : source.column();
    }

    public String file() {
        return source == null ? "<generated>" : source.file();
    }

    @Override
    public String toString() {
        String prefix = qualifier == null ? "" : qualifier.name() + ": ";
        return prefix + keyword + (operands.isEmpty() ? "" : " " + String.join(" ", operandTexts()));
    }
}
