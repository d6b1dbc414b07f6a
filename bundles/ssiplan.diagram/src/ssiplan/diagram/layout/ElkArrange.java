package ssiplan.diagram.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.eclipse.gef.GraphicalEditPart;

import ssiplan.diagram.figures.LaneRouter;
import ssiplan.diagram.parts.InstallationDiagramPart;
import ssiplan.diagram.view.NetworkArea;
import ssiplan.diagram.view.SharedDasdPool;
import ssiplan.model.Cec;
import ssiplan.model.Member;
import ssiplan.model.SsiCluster;

/**
 * "Arrange All": ELK's layered algorithm places the top-level nodes, processors on top and what they
 * reach below (the shared DASD pool, the network), leaving room above for the ISFC lanes and between
 * the layers for the uplink lanes. What is inside a CEC or member is placed by its own figure layout.
 */
public final class ElkArrange {

	private static boolean registered;

	private ElkArrange() {
	}

	/** Inside OSGi ELK does not find its algorithms by itself (see build-notes.md). */
	private static synchronized void register() {
		if (!registered) {
			LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
			registered = true;
		}
	}

	private static boolean isProcessorRow(Object model) {
		return model instanceof Cec || model instanceof Member;
	}

	/** The new bounds of every top-level node, keyed by its model node (for {@code SetBoundsCommand}). */
	public static Map<Object, Rectangle> compute(InstallationDiagramPart diagram) {
		register();
		List<?> children = diagram.getChildren();
		ElkNode graph = ElkGraphUtil.createGraph();
		int isfcLinks = 0;
		int uplinks = 0;
		for (SsiCluster cluster : diagram.diagram().installation().getClusters()) {
			isfcLinks += cluster.getIsfcLinks().size();
			uplinks += cluster.getVirtualSwitches().stream().mapToInt(v -> v.getUplinks().size()).sum();
		}
		graph.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
		graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE, 60.0);
		graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, (double) LaneRouter.laneSpace(Math.min(uplinks, 10)) + 30);
		// keep the model's order (CEC1 left of CEC2) unless crossings force otherwise
		graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, org.eclipse.elk.alg.layered.options.OrderingStrategy.NODES_AND_EDGES);
		graph.setProperty(CoreOptions.PADDING, new org.eclipse.elk.core.math.ElkPadding(20));

		Map<Object, ElkNode> nodes = new LinkedHashMap<>();
		ElkNode pool = null;
		ElkNode network = null;
		for (Object child : children) {
			GraphicalEditPart part = (GraphicalEditPart) child;
			Dimension size = part.getFigure().getPreferredSize();
			ElkNode node = ElkGraphUtil.createNode(graph);
			node.setDimensions(size.width, size.height);
			nodes.put(part.getModel(), node);
			if (part.getModel() instanceof SharedDasdPool) {
				pool = node;
			} else if (part.getModel() instanceof NetworkArea) {
				network = node;
			}
		}
		// processors (and members outside an LPAR) reach the pool and the network: that puts them on top
		for (Map.Entry<Object, ElkNode> e : nodes.entrySet()) {
			if (e.getKey() instanceof Cec || e.getKey() instanceof Member) {
				if (pool != null) {
					ElkGraphUtil.createSimpleEdge(e.getValue(), pool);
				}
				if (network != null) {
					ElkGraphUtil.createSimpleEdge(e.getValue(), network);
				}
			}
		}
		new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

		int top = LaneRouter.laneSpace(Math.min(isfcLinks, 8));
		// ELK centres the nodes of a layer; a planner reads processors (and the pool/network row) top-aligned
		double processorsTop = Double.MAX_VALUE;
		double reachedTop = Double.MAX_VALUE;
		for (Map.Entry<Object, ElkNode> e : nodes.entrySet()) {
			if (isProcessorRow(e.getKey())) {
				processorsTop = Math.min(processorsTop, e.getValue().getY());
			} else {
				reachedTop = Math.min(reachedTop, e.getValue().getY());
			}
		}
		Map<Object, Rectangle> bounds = new LinkedHashMap<>();
		for (Map.Entry<Object, ElkNode> e : nodes.entrySet()) {
			double y = isProcessorRow(e.getKey()) ? processorsTop : reachedTop;
			bounds.put(e.getKey(), new Rectangle((int) Math.round(e.getValue().getX()), top + (int) Math.round(y), -1, -1));
		}
		return bounds;
	}
}
