package ssiplan.sysconfig.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import ssiplan.sysconfig.syntax.SourceSpan;
import ssiplan.sysconfig.syntax.Token;

/**
 * One directory statement: a keyword and blank-separated operands on one record. As with SYSTEM CONFIG
 * statements, a read statement keeps its {@link #source()} and is written back verbatim; the
 * {@code with...} methods and {@link #of} give statements the writer formats.
 *
 * @param keyword  the first word in upper case, e.g. {@code MDISK}
 * @param operands the words after it
 * @param source   where it was read, or null for a statement built or changed by a program
 */
public record DirectoryStatement(String keyword, List<Token> operands, SourceSpan source) implements DirectoryLine {

    public DirectoryStatement {
        Objects.requireNonNull(keyword, "keyword");
        keyword = keyword.toUpperCase(Locale.ROOT);
        operands = List.copyOf(operands);
    }

    public static DirectoryStatement of(String keyword, String... operands) {
        return new DirectoryStatement(keyword, Arrays.stream(operands).map(Token::generated).toList(), null);
    }

    public DirectoryStatement withOperands(String... newOperands) {
        return of(keyword, newOperands);
    }

    public DirectoryStatement detached() {
        return new DirectoryStatement(keyword, operands, null);
    }

    public boolean isVerbatim() {
        return source != null;
    }

    /** True when SSI Planner interprets this statement (reference §2); others are only kept. */
    public boolean isModelled() {
        return DirectoryKeywords.isModelled(keyword);
    }

    public List<String> operandTexts() {
        return operands.stream().map(Token::text).toList();
    }

    /** The operand at {@code index}, or null when there are fewer operands. */
    public Token operand(int index) {
        return index < operands.size() ? operands.get(index) : null;
    }

    public int line() {
        return source == null ? 0 : source.line();
    }

    public int column() {
        return source == null ? 0 : source.column();
    }

    @Override
    public String toString() {
        return keyword + (operands.isEmpty() ? "" : " " + String.join(" ", operandTexts()));
    }
}
