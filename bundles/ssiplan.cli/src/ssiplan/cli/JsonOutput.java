package ssiplan.cli;

import java.io.PrintWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one place that decides how {@code --json} output looks: pretty-printed, keys in insertion order. */
public final class JsonOutput {

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private JsonOutput() {
	}

	/** A fresh object to fill in. */
	public static ObjectNode object() {
		return MAPPER.createObjectNode();
	}

	/** Prints {@code value} (a Jackson tree, a record, a map …) as JSON followed by a newline. */
	public static void print(PrintWriter out, Object value) {
		try {
			out.println(MAPPER.writeValueAsString(value));
			out.flush();
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("cannot render JSON output", e);
		}
	}
}
