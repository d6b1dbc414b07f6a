package ssiplan.diagram.view;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.draw2d.geometry.Rectangle;

/**
 * Everything about the picture that is not in the model: where the top-level nodes are, how big the
 * user made them, which guest groups are expanded, which layers are shown. Kept in its own file beside
 * the model ({@link LayoutFile}) and keyed by model identity ({@link ModelIds}), like Sirius's .aird.
 */
public final class DiagramLayout {

	/** Told after any change, so the edit parts can follow. */
	public interface Listener {
		void layoutChanged();
	}

	private final Map<String, Rectangle> bounds = new LinkedHashMap<>();
	private final Set<String> expanded = new LinkedHashSet<>();
	private final EnumSet<Layer> shown = EnumSet.allOf(Layer.class);
	private final List<Listener> listeners = new ArrayList<>();

	/** The stored bounds of node {@code key} (width/height -1 = preferred size), or null when it has none yet. */
	public Rectangle bounds(String key) {
		Rectangle r = bounds.get(key);
		return r == null ? null : r.getCopy();
	}

	public void setBounds(String key, Rectangle r) {
		if (r == null) {
			bounds.remove(key);
		} else {
			bounds.put(key, r.getCopy());
		}
		fire();
	}

	/** Sets many bounds with one notification (Arrange All). */
	public void setAllBounds(Map<String, Rectangle> all) {
		all.forEach((k, v) -> {
			if (v == null) {
				bounds.remove(k);
			} else {
				bounds.put(k, v.getCopy());
			}
		});
		fire();
	}

	public Map<String, Rectangle> allBounds() {
		Map<String, Rectangle> copy = new LinkedHashMap<>();
		bounds.forEach((k, v) -> copy.put(k, v.getCopy()));
		return copy;
	}

	public boolean isEmpty() {
		return bounds.isEmpty();
	}

	public boolean isExpanded(String key) {
		return expanded.contains(key);
	}

	public void setExpanded(String key, boolean value) {
		if (value ? expanded.add(key) : expanded.remove(key)) {
			fire();
		}
	}

	public Set<String> expandedKeys() {
		return Set.copyOf(expanded);
	}

	public boolean isShown(Layer layer) {
		return shown.contains(layer);
	}

	public void setShown(Layer layer, boolean value) {
		if (value ? shown.add(layer) : shown.remove(layer)) {
			fire();
		}
	}

	/** Replaces everything with {@code other}'s content (reopening, reloading). */
	public void copyFrom(DiagramLayout other) {
		bounds.clear();
		other.bounds.forEach((k, v) -> bounds.put(k, v.getCopy()));
		expanded.clear();
		expanded.addAll(other.expanded);
		shown.clear();
		shown.addAll(other.shown);
		fire();
	}

	public void addListener(Listener listener) {
		listeners.add(listener);
	}

	public void removeListener(Listener listener) {
		listeners.remove(listener);
	}

	private void fire() {
		for (Listener listener : List.copyOf(listeners)) {
			listener.layoutChanged();
		}
	}
}
