package ssiplan.diagram.view;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.draw2d.geometry.Rectangle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ssiplan.model.resource.AtomicFileReplacement;

/**
 * Reads and writes a {@link DiagramLayout} as JSON in {@code NAME.ssiplan.layout} beside the model.
 * Nodes are keyed by the model's UUIDs, so the file survives edits, renames and reordering; entries
 * whose element no longer exists are simply unused. Writing is atomic (temporary file, fsync, rename).
 */
public final class LayoutFile {

	public static final String FORMAT = "ssiplan-diagram-layout";
	public static final int VERSION = 1;

	private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

	private LayoutFile() {
	}

	/** {@code lab.ssiplan} → {@code lab.ssiplan.layout}. */
	public static Path beside(Path model) {
		return model.resolveSibling(model.getFileName() + ".layout");
	}

	/** Reads {@code file} into {@code layout}; returns false (layout untouched) when there is no file. */
	public static boolean read(Path file, DiagramLayout layout) throws IOException {
		if (!Files.isRegularFile(file)) {
			return false;
		}
		JsonNode root;
		try {
			root = MAPPER.readTree(file.toFile());
		} catch (IOException e) {
			throw new IOException(file + ": not a diagram layout (" + e.getMessage() + ")", e);
		}
		if (root == null || !FORMAT.equals(root.path("format").asText())) {
			throw new IOException(file + ": not a diagram layout (\"format\" is not \"" + FORMAT + "\")");
		}
		DiagramLayout read = new DiagramLayout();
		JsonNode nodes = root.path("nodes");
		for (Iterator<Map.Entry<String, JsonNode>> it = nodes.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> e = it.next();
			JsonNode n = e.getValue();
			read.setBounds(e.getKey(), new Rectangle(n.path("x").asInt(), n.path("y").asInt(),
					n.path("width").asInt(-1), n.path("height").asInt(-1)));
		}
		for (JsonNode key : root.path("expanded")) {
			read.setExpanded(key.asText(), true);
		}
		JsonNode layers = root.path("layers");
		for (Layer layer : Layer.values()) {
			read.setShown(layer, layers.path(layer.name().toLowerCase()).asBoolean(true));
		}
		layout.copyFrom(read);
		return true;
	}

	public static String toJson(DiagramLayout layout) throws IOException {
		ObjectNode root = MAPPER.createObjectNode();
		root.put("format", FORMAT);
		root.put("version", VERSION);
		ObjectNode nodes = root.putObject("nodes");
		layout.allBounds().forEach((key, r) -> {
			ObjectNode n = nodes.putObject(key);
			n.put("x", r.x);
			n.put("y", r.y);
			n.put("width", r.width);
			n.put("height", r.height);
		});
		ArrayNode expanded = root.putArray("expanded");
		layout.expandedKeys().stream().sorted().forEach(expanded::add);
		ObjectNode layers = root.putObject("layers");
		for (Layer layer : Layer.values()) {
			layers.put(layer.name().toLowerCase(), layout.isShown(layer));
		}
		return MAPPER.writeValueAsString(root);
	}

	/** Replaces {@code file} atomically with the layout. */
	public static void write(Path file, DiagramLayout layout) throws IOException {
		byte[] bytes = toJson(layout).getBytes(java.nio.charset.StandardCharsets.UTF_8);
		AtomicFileReplacement.write(file, bytes);
	}
}
